// Binding arguments to a new frame (CPython 3.11's initialize_locals) and calling Python
// functions from C++.
#include "vm/call.h"

#include "objects/dictobject.h"
#include "objects/exceptions.h"
#include "objects/funcobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/runtime.h"
#include "vm/eval.h"
#include "vm/frame.h"

#include <string>
#include <vector>

namespace hs {

namespace {

std::string qualname(FunctionObject* func) { return std::string(str_view(func->func_qualname)); }

Object* varname(CodeObject* co, int i) { return tuple_items(co->co_localsplusnames)[i]; }

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'" (CPython's format_missing).
std::string join_names(const std::vector<Object*>& names) {
    std::string out;
    for (size_t i = 0; i < names.size(); i++) {
        if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
        out += "'" + std::string(str_view(names[i])) + "'";
    }
    return out;
}

void missing_arguments(FunctionObject* func, const char* kind, int start, int end, Object** localsplus, bool positional) {
    CodeObject* co = func->func_code;
    std::vector<Object*> missing;
    for (int i = start; i < end; i++) {
        if (localsplus[i]) continue;
        if (positional) {
            int defcount = func->func_defaults ? static_cast<int>(tuple_size(func->func_defaults)) : 0;
            if (i >= co->co_argcount - defcount) continue;
        } else if (func->func_kwdefaults && dict_getitem_str(func->func_kwdefaults, str_view(varname(co, i)))) {
            continue;
        }
        missing.push_back(varname(co, i));
    }
    type_error("%s() missing %zu required %s argument%s: %s", qualname(func).c_str(), missing.size(), kind,
               missing.size() == 1 ? "" : "s", join_names(missing).c_str());
}

void too_many_positional(FunctionObject* func, size_t given, Object** localsplus) {
    CodeObject* co = func->func_code;
    int co_argcount = co->co_argcount;
    int defcount = func->func_defaults ? static_cast<int>(tuple_size(func->func_defaults)) : 0;
    int kwonly_given = 0;
    for (int i = co_argcount; i < co_argcount + co->co_kwonlyargcount; i++)
        if (localsplus[i]) kwonly_given++;
    std::string sig;
    bool plural;
    if (defcount) {
        sig = "from " + std::to_string(co_argcount - defcount) + " to " + std::to_string(co_argcount);
        plural = true;
    } else {
        sig = std::to_string(co_argcount);
        plural = co_argcount != 1;
    }
    std::string kwonly_sig;
    if (kwonly_given) {
        kwonly_sig = " positional argument" + std::string(given != 1 ? "s" : "") + " (and " + std::to_string(kwonly_given) +
                     " keyword-only argument" + (kwonly_given != 1 ? "s" : "") + ")";
    }
    type_error("%s() takes %s positional argument%s but %zu%s %s given", qualname(func).c_str(), sig.c_str(),
               plural ? "s" : "", given, kwonly_sig.c_str(), given == 1 && !kwonly_given ? "was" : "were");
}

bool name_matches(Object* a, Object* b) { return a == b || str_equal(a, b); }

} // namespace

int initialize_locals(Frame* frame, FunctionObject* func, Object** args, size_t argcount, Object* kwnames) {
    CodeObject* co = func->func_code;
    Object** localsplus = frame->localsplus;
    const int co_argcount = co->co_argcount;
    const int total_args = co_argcount + co->co_kwonlyargcount;
    const bool has_varargs = co->co_flags & compiler::CO_VARARGS;
    const size_t nkw = kwnames ? static_cast<size_t>(tuple_size(kwnames)) : 0;
    Object* kwdict = nullptr;
    size_t i = 0;

    auto fail = [&]() {
        // Arguments not yet moved into the frame are still ours to release.
        for (; i < argcount + nkw; i++) xdecref(args[i]);
        return -1;
    };

    if (co->co_flags & compiler::CO_VARKEYWORDS) {
        kwdict = dict_new();
        if (!kwdict) return fail();
        localsplus[total_args + (has_varargs ? 1 : 0)] = kwdict;
    }
    size_t n = argcount < static_cast<size_t>(co_argcount) ? argcount : static_cast<size_t>(co_argcount);
    for (size_t j = 0; j < n; j++) localsplus[j] = args[j];
    i = n;
    if (has_varargs) {
        size_t extra = argcount > n ? argcount - n : 0;
        Object* u = extra ? tuple_new(static_cast<ssize_t>(extra)) : tuple_empty();
        if (!u) return fail();
        for (size_t j = 0; j < extra; j++) tuple_items(u)[j] = args[n + j];
        i = argcount;
        localsplus[total_args] = u;
    }

    // Keyword arguments (args[argcount..]).
    size_t first_kw = argcount;
    if (!has_varargs && argcount > n) {
        // Extra positionals are reported below; release them now so `i` can skip past them.
        for (size_t j = n; j < argcount; j++) clear_ref(args[j]);
    }
    i = first_kw;
    std::vector<Object*> posonly_as_kw;
    for (size_t k = 0; k < nkw; k++, i++) {
        Object* name = tuple_items(kwnames)[k];
        Object* value = args[first_kw + k];
        if (!str_check(name)) {
            type_error("%s() keywords must be strings", qualname(func).c_str());
            return fail();
        }
        int found = -1;
        for (int j = co->co_posonlyargcount; j < total_args; j++) {
            if (name_matches(varname(co, j), name)) {
                found = j;
                break;
            }
        }
        if (found < 0) {
            if (kwdict) {
                if (dict_setitem(kwdict, name, value) < 0) return fail();
                decref(value);
                args[first_kw + k] = nullptr;
                continue;
            }
            for (int j = 0; j < co->co_posonlyargcount; j++)
                if (name_matches(varname(co, j), name)) posonly_as_kw.push_back(name);
            if (!posonly_as_kw.empty()) continue;
            type_error("%s() got an unexpected keyword argument '%s'", qualname(func).c_str(), str_data(name));
            return fail();
        }
        if (localsplus[found]) {
            type_error("%s() got multiple values for argument '%s'", qualname(func).c_str(), str_data(name));
            return fail();
        }
        localsplus[found] = value;
        args[first_kw + k] = nullptr;
    }
    if (!posonly_as_kw.empty()) {
        std::string names;
        for (size_t k = 0; k < posonly_as_kw.size(); k++) {
            if (k) names += ", ";
            names += str_view(posonly_as_kw[k]);
        }
        type_error("%s() got some positional-only arguments passed as keyword arguments: '%s'", qualname(func).c_str(),
                   names.c_str());
        return fail();
    }
    if (!has_varargs && argcount > static_cast<size_t>(co_argcount)) {
        too_many_positional(func, argcount, localsplus);
        return fail();
    }
    // Defaults for missing positional parameters.
    if (argcount < static_cast<size_t>(co_argcount)) {
        int defcount = func->func_defaults ? static_cast<int>(tuple_size(func->func_defaults)) : 0;
        int first_default = co_argcount - defcount;
        bool missing = false;
        for (int j = static_cast<int>(argcount); j < first_default; j++)
            if (!localsplus[j]) missing = true;
        if (missing) {
            missing_arguments(func, "positional", static_cast<int>(argcount), first_default, localsplus, true);
            return fail();
        }
        for (int j = first_default > static_cast<int>(argcount) ? first_default : static_cast<int>(argcount); j < co_argcount; j++) {
            if (!localsplus[j]) localsplus[j] = newref(tuple_items(func->func_defaults)[j - first_default]);
        }
    }
    // Keyword-only defaults.
    if (co->co_kwonlyargcount > 0) {
        bool missing = false;
        for (int j = co_argcount; j < total_args; j++) {
            if (localsplus[j]) continue;
            Object* def = func->func_kwdefaults ? dict_getitem_str(func->func_kwdefaults, str_view(varname(co, j))) : nullptr;
            if (def) localsplus[j] = newref(def);
            else missing = true;
        }
        if (missing) {
            missing_arguments(func, "keyword-only", co_argcount, total_args, localsplus, false);
            return fail();
        }
    }
    return 0;
}

Object* function_vectorcall(Object* callable, Object* const* args, size_t nargs, Object* kwnames) {
    auto* func = static_cast<FunctionObject*>(callable);
    CodeObject* co = func->func_code;
    Object* locals = (co->co_flags & compiler::CO_OPTIMIZED) ? nullptr : func->func_globals;
    Frame* frame = frame_push_for(static_cast<FunctionObject*>(newref(callable)), locals);
    if (!frame) return nullptr;
    size_t total = nargs + (kwnames ? static_cast<size_t>(tuple_size(kwnames)) : 0);
    Object* small[8];
    std::vector<Object*> large;
    Object** owned = small;
    if (total > 8) {
        large.resize(total);
        owned = large.data();
    }
    for (size_t i = 0; i < total; i++) owned[i] = newref(args[i]);
    if (initialize_locals(frame, func, owned, nargs, kwnames) < 0) {
        frame_clear_and_pop(frame);
        return nullptr;
    }
    Object* result = eval_frame(frame, false);
    frame_clear_and_pop(frame);
    return result;
}

Object* call_with_self(Object* callable, Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    size_t total = nargs + (kwnames ? static_cast<size_t>(tuple_size(kwnames)) : 0);
    Object* small[9];
    std::vector<Object*> large;
    Object** stack = small;
    if (total + 1 > 9) {
        large.resize(total + 1);
        stack = large.data();
    }
    stack[0] = self;
    for (size_t i = 0; i < total; i++) stack[i + 1] = args[i];
    return object_call(callable, stack, nargs + 1, kwnames);
}

} // namespace hs

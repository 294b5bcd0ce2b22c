// The atexit module (CPython's Modules/atexitmodule.c): calls registered to run when the program
// ends, newest first, before the collector and the module teardown run (vm/shutdown.cpp).
// weakref.finalize registers its exit function here.
#include "modules/atexit.h"

#include "objects/dictobject.h"
#include "objects/intobject.h"
#include "objects/moduleobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/finalize.h"
#include "runtime/runtime.h"

#include <utility>
#include <vector>

namespace hs {

namespace {

void release(AtexitCallback& cb) {
    clear_ref(cb.func);
    clear_ref(cb.args);
    clear_ref(cb.kwargs);
}

// Removes every callback (CPython's atexit_cleanup).
void atexit_cleanup() {
    std::vector<AtexitCallback> callbacks = std::move(rt().atexit_callbacks);
    rt().atexit_callbacks.clear();
    for (AtexitCallback& cb : callbacks) release(cb);
}

// register(func, *args, **kwargs) -> func. A METH_VARARGS | METH_KEYWORDS function in CPython:
// the call builds an argument tuple (and a dict for keywords), as here.
Object* atexit_register(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs == 0) return type_error("register() takes at least 1 argument (0 given)");
    Object* func = args[0];
    if (!type_of(func)->tp_call) return type_error("the first argument must be callable");
    Ref argtuple(tuple_new(static_cast<ssize_t>(nargs)));
    if (!argtuple) return nullptr;
    for (size_t i = 0; i < nargs; i++) tuple_items(argtuple.get())[i] = newref(args[i]);
    Ref kwargs;
    if (size_t nkw = kwnames_count(kwnames)) {
        kwargs.reset(dict_new());
        if (!kwargs) return nullptr;
        for (size_t i = 0; i < nkw; i++) {
            if (dict_setitem(kwargs.get(), tuple_items(kwnames)[i], args[nargs + i]) < 0) return nullptr;
        }
    }
    Object* rest;
    if (nargs == 1) {
        rest = tuple_empty();
    } else {
        rest = tuple_new(static_cast<ssize_t>(nargs) - 1);
        if (!rest) return nullptr;
        for (size_t i = 1; i < nargs; i++) tuple_items(rest)[i - 1] = newref(args[i]);
    }
    rt().atexit_callbacks.push_back({newref(func), rest, kwargs.release()});
    return newref(func);
}

// unregister(func): removes every registration of a callable equal to func.
Object* atexit_unregister(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("atexit.unregister", nargs, kwnames)) return nullptr;
    std::vector<AtexitCallback>& callbacks = rt().atexit_callbacks;
    for (size_t i = 0; i < callbacks.size(); i++) {
        if (!callbacks[i].func) continue;
        int eq = object_richcompare_bool(callbacks[i].func, args[0], Py_EQ);
        if (eq < 0) return nullptr;
        // The comparison may have run code that registered or unregistered: re-check the index.
        if (eq && i < callbacks.size()) release(callbacks[i]);
    }
    return new_none();
}

Object* atexit_run_exitfuncs(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("atexit._run_exitfuncs", nargs, kwnames)) return nullptr;
    atexit_call_all();
    return new_none();
}

Object* atexit_clear(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("atexit._clear", nargs, kwnames)) return nullptr;
    atexit_cleanup();
    return new_none();
}

Object* atexit_ncallbacks(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("atexit._ncallbacks", nargs, kwnames)) return nullptr;
    return int_from_int64(static_cast<int64_t>(rt().atexit_callbacks.size()));
}

const MethodDef atexit_functions[] = {
    {"register", atexit_register},
    {"unregister", atexit_unregister},
    {"_run_exitfuncs", atexit_run_exitfuncs},
    {"_clear", atexit_clear},
    {"_ncallbacks", atexit_ncallbacks},
    {nullptr, nullptr},
};

} // namespace

void atexit_call_all() {
    std::vector<AtexitCallback>& callbacks = rt().atexit_callbacks;
    // Newest first. A callback may register or unregister others: index, never iterate.
    for (size_t i = callbacks.size(); i-- > 0;) {
        if (i >= callbacks.size() || !callbacks[i].func) continue;
        Ref func = Ref::borrowed(callbacks[i].func);
        Ref args = Ref::borrowed(callbacks[i].args);
        Ref kwargs = Ref::borrowed(callbacks[i].kwargs);
        Ref result(call_tuple_dict(func.get(), args.get(), kwargs.get()));
        if (!result) write_unraisable_msg("Exception ignored in atexit callback", func.get());
    }
    atexit_cleanup();
}

Object* atexit_module_create() {
    Ref module(module_new("atexit"));
    if (!module || module_add_functions(module.get(), atexit_functions) < 0) return nullptr;
    return module.release();
}

} // namespace hs

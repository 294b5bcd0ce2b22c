// Argument parsing for builtins (runtime/args.h). The algorithm and every message follow
// CPython 3.11's Python/getargs.c (_PyArg_UnpackKeywords, _PyArg_CheckPositional) and the
// METH_O/METH_NOARGS checks of Objects/methodobject.c, so wrong calls print the same text.
#include "runtime/args.h"

#include "objects/exceptions.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/errors.h"
#include "runtime/runtime.h"

#include <algorithm>
#include <string>

namespace hs {

namespace {

const char* plural(size_t n) { return n == 1 ? "" : "s"; }

// The value passed under `name` (kwnames[j] == name), or nullptr.
Object* find_keyword(Object* kwnames, Object* const* kwvalues, std::string_view name) {
    size_t n = kwnames_count(kwnames);
    Object** names = tuple_items(kwnames);
    for (size_t j = 0; j < n; ++j) {
        if (str_view(names[j]) == name) return kwvalues[j];
    }
    return nullptr;
}

bool names_contain(const ArgSpec& spec, size_t from, std::string_view name) {
    size_t i = 0;
    for (const char* n : spec.names) {
        if (i++ >= from && name == n) return true;
    }
    return false;
}

// The first keyword that is not a keyword parameter: "'x' is an invalid keyword argument for f()".
bool error_unexpected_keyword(const ArgSpec& spec, Object* kwnames) {
    size_t n = kwnames_count(kwnames);
    Object** names = tuple_items(kwnames);
    for (size_t j = 0; j < n; ++j) {
        std::string_view name = str_view(names[j]);
        if (!names_contain(spec, static_cast<size_t>(spec.positional_only), name)) {
            // Appended piece by piece: GCC 12 warns (falsely) on "'" + std::string(...).
            std::string message = "'";
            message += name;
            message += "' is an invalid keyword argument for ";
            message += spec.function_name;
            message += "()";
            set_error(&TypeErrorType, message);
            return false;
        }
    }
    // Unreachable when called as below; keep a message rather than an unset error.
    set_error_format(&TypeErrorType, "%s() got unexpected keyword arguments", spec.function_name);
    return false;
}

// _PyArg_UnpackKeywords: `posonly` leading positional-only parameters, `maxpos` parameters that
// may be positional, `minpos` required positionals, `minkw` required keyword-only parameters.
bool unpack_keywords(const ArgSpec& spec, Object* const* args, size_t nargs, Object* kwnames, Object** out) {
    const char* fname = spec.function_name;
    const size_t maxargs = spec.names.size();
    const size_t posonly = static_cast<size_t>(spec.positional_only);
    const size_t maxpos = maxargs - static_cast<size_t>(spec.keyword_only);
    const size_t required = static_cast<size_t>(spec.required);
    const size_t minpos = std::min(required, maxpos);
    const size_t minkw = required > maxpos ? required - maxpos : 0;
    const size_t minposonly = std::min(posonly, minpos);
    size_t nkwargs = kwnames_count(kwnames);

    if (nkwargs == 0 && minkw == 0 && minpos <= nargs && nargs <= maxpos) {
        for (size_t i = 0; i < maxargs; ++i) out[i] = i < nargs ? args[i] : nullptr;
        return true;
    }
    if (nargs + nkwargs > maxargs) {
        // "keyword " when nothing was positional avoids a misleading count (bpo-31229).
        set_error_format(&TypeErrorType, "%s() takes at most %zd %sargument%s (%zd given)", fname,
                         static_cast<ssize_t>(maxargs), nargs == 0 ? "keyword " : "", plural(maxargs),
                         static_cast<ssize_t>(nargs + nkwargs));
        return false;
    }
    if (nargs > maxpos) {
        if (maxpos == 0) {
            set_error_format(&TypeErrorType, "%s() takes no positional arguments", fname);
        } else {
            set_error_format(&TypeErrorType, "%s() takes %s %zd positional argument%s (%zd given)", fname,
                             minpos < maxpos ? "at most" : "exactly", static_cast<ssize_t>(maxpos),
                             plural(maxpos), static_cast<ssize_t>(nargs));
        }
        return false;
    }
    if (nargs < minposonly) {
        set_error_format(&TypeErrorType, "%s() takes %s %zd positional argument%s (%zd given)", fname,
                         minposonly < maxpos ? "at least" : "exactly", static_cast<ssize_t>(minposonly),
                         plural(minposonly), static_cast<ssize_t>(nargs));
        return false;
    }

    for (size_t i = 0; i < nargs; ++i) out[i] = args[i];
    for (size_t i = nargs; i < maxargs; ++i) out[i] = nullptr;
    Object* const* kwvalues = args + nargs;
    const size_t reqlimit = minkw ? maxpos + minkw : minpos;
    const char* const* names = spec.names.begin();
    for (size_t i = std::max(nargs, posonly); i < maxargs; ++i) {
        Object* value = nullptr;
        if (nkwargs) {
            value = find_keyword(kwnames, kwvalues, names[i]);
        } else if (i >= reqlimit) {
            break;
        }
        out[i] = value;
        if (value) {
            --nkwargs;
        } else if (i < minpos || (maxpos <= i && i < reqlimit)) {
            set_error_format(&TypeErrorType, "%s() missing required argument '%s' (pos %zd)", fname, names[i],
                             static_cast<ssize_t>(i + 1));
            return false;
        }
    }
    if (nkwargs > 0) {
        // A keyword that names a parameter already given by position.
        for (size_t i = posonly; i < nargs; ++i) {
            if (find_keyword(kwnames, kwvalues, names[i])) {
                set_error_format(&TypeErrorType, "argument for %s() given by name ('%s') and position (%zd)", fname,
                                 names[i], static_cast<ssize_t>(i + 1));
                return false;
            }
        }
        return error_unexpected_keyword(spec, kwnames);
    }
    return true;
}

} // namespace

bool check_no_kwargs(const char* function_name, Object* kwnames) {
    if (kwnames_count(kwnames) == 0) return true;
    set_error_format(&TypeErrorType, "%s() takes no keyword arguments", function_name);
    return false;
}

bool check_nargs(const char* function_name, size_t nargs, size_t min, size_t max) {
    if (nargs < min) {
        set_error_format(&TypeErrorType, "%s expected %s%zd argument%s, got %zd", function_name,
                         min == max ? "" : "at least ", static_cast<ssize_t>(min), plural(min),
                         static_cast<ssize_t>(nargs));
        return false;
    }
    if (nargs > max) {
        set_error_format(&TypeErrorType, "%s expected %s%zd argument%s, got %zd", function_name,
                         min == max ? "" : "at most ", static_cast<ssize_t>(max), plural(max),
                         static_cast<ssize_t>(nargs));
        return false;
    }
    return true;
}

bool check_one_arg(const char* qualified_name, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs(qualified_name, kwnames)) return false;
    if (nargs == 1) return true;
    set_error_format(&TypeErrorType, "%s() takes exactly one argument (%zd given)", qualified_name,
                     static_cast<ssize_t>(nargs));
    return false;
}

bool check_no_args(const char* qualified_name, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs(qualified_name, kwnames)) return false;
    if (nargs == 0) return true;
    set_error_format(&TypeErrorType, "%s() takes no arguments (%zd given)", qualified_name,
                     static_cast<ssize_t>(nargs));
    return false;
}

bool parse_args(const ArgSpec& spec, Object* const* args, size_t nargs, Object* kwnames, Object** out) {
    const size_t n = spec.names.size();
    if (static_cast<size_t>(spec.positional_only) >= n) {
        if (!check_no_kwargs(spec.qualified_name ? spec.qualified_name : spec.function_name, kwnames)) return false;
        if (!check_nargs(spec.function_name, nargs, static_cast<size_t>(spec.required), n)) return false;
        for (size_t i = 0; i < n; ++i) out[i] = i < nargs ? args[i] : nullptr;
        return true;
    }
    return unpack_keywords(spec, args, nargs, kwnames, out);
}

bool parse_keywords(const ArgSpec& spec, Object* const* args, size_t nargs, Object* kwnames, Object** out) {
    ArgSpec keywords{spec.function_name, spec.names, 0, 0, static_cast<int>(spec.names.size()), nullptr};
    return unpack_keywords(keywords, args + nargs, 0, kwnames, out);
}

bool arg_parser_init(const ArgSpec& spec) {
    std::vector<ArgParserState>& parsers = rt().arg_parsers;
    for (const ArgParserState& p : parsers) {
        if (p.spec == &spec) return true;
    }
    ssize_t count = static_cast<ssize_t>(spec.names.size()) - spec.positional_only;
    Ref kwtuple(tuple_new(count));
    if (!kwtuple) return false;
    for (ssize_t i = 0; i < count; i++) {
        tuple_items(kwtuple.get())[i] = newref(intern(spec.names.begin()[spec.positional_only + i]));
    }
    parsers.push_back({&spec, kwtuple.release()});
    return true;
}

} // namespace hs

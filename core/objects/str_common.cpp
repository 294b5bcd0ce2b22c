// Argument helpers shared by the str and bytes methods: CPython's old-style PyArg_ParseTuple
// messages, slice-style start/end arguments, integer widths, and slice objects.
#include "objects/str_impl.h"

#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/sliceobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"

#include <cstdint>

namespace hs {

bool check_tuple_args(const char* name, const char* qualified_name, size_t nargs, Object* kwnames, size_t min,
                      size_t max) {
    if (!check_no_kwargs(qualified_name, kwnames)) return false;
    if (nargs < min) {
        set_error_format(&TypeErrorType, "%s() takes at least %zd argument%s (%zd given)", name,
                         static_cast<ssize_t>(min), min == 1 ? "" : "s", static_cast<ssize_t>(nargs));
        return false;
    }
    if (nargs > max) {
        set_error_format(&TypeErrorType, "%s() takes at most %zd argument%s (%zd given)", name,
                         static_cast<ssize_t>(max), max == 1 ? "" : "s", static_cast<ssize_t>(nargs));
        return false;
    }
    return true;
}

bool parse_start_end(Object* const* args, size_t nargs, size_t first, ssize_t length, ssize_t* start,
                     ssize_t* end) {
    *start = 0;
    *end = PTRDIFF_MAX;
    if (nargs > first && !eval_slice_index(args[first], start)) return false;
    if (nargs > first + 1 && !eval_slice_index(args[first + 1], end)) return false;
    // ADJUST_INDICES of CPython's stringlib.
    if (*end > length) {
        *end = length;
    } else if (*end < 0) {
        *end += length;
        if (*end < 0) *end = 0;
    }
    if (*start < 0) {
        *start += length;
        if (*start < 0) *start = 0;
    }
    return true;
}

bool as_index_arg(Object* o, ssize_t* out) {
    if (!int_check(o) && !o->ob_type->nb_index) {
        type_error("'%s' object cannot be interpreted as an integer", type_name_of(o));
        return false;
    }
    ssize_t v = index_as_ssize(o, &OverflowErrorType);
    if (v == -1 && error_occurred()) return false;
    *out = v;
    return true;
}

} // namespace hs

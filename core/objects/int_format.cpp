// int.__format__ and float.__format__: the format-spec mini-language (numeric/format_spec.h)
// applied to numbers, with CPython's fallback to str() for an empty spec.
#include "numeric/format_spec.h"
#include "objects/exceptions.h"
#include "objects/float_impl.h"
#include "objects/int_impl.h"
#include "objects/strobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"

namespace hs {

namespace {

// The spec argument of __format__, or nullptr with TypeError set.
Object* format_spec_arg(const char* qualified_name, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg(qualified_name, nargs, kwnames)) return nullptr;
    if (!str_check(args[0])) {
        set_error_format(&TypeErrorType, "__format__() argument must be str, not %s", type_name_of(args[0]));
        return nullptr;
    }
    return args[0];
}

Object* format_result(numeric::FormatResult result) {
    if (result.ok()) return str_from_utf8(result.text());
    TypeObject* type = &ValueErrorType;
    if (result.error_kind() == numeric::ErrorKind::type_error) type = &TypeErrorType;
    if (result.error_kind() == numeric::ErrorKind::overflow_error) type = &OverflowErrorType;
    set_error(type, result.error_message());
    return nullptr;
}

} // namespace

Object* int_format_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* spec = format_spec_arg("int.__format__", args, nargs, kwnames);
    if (!spec) return nullptr;
    std::string_view text = str_view(spec);
    // format(True, '') is 'True': subclasses with an empty spec use their str().
    if (text.empty()) return int_check_exact(self) ? int_to_decimal_str(self) : object_str(self);
    auto* i = as_int(self);
    const char* name = type_name_of(self);
    if (i->big) return format_result(numeric::format_int(*i->big, text, name, int_max_str_digits()));
    return format_result(numeric::format_int(i->value, text, name, int_max_str_digits()));
}

Object* float_format_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* spec = format_spec_arg("float.__format__", args, nargs, kwnames);
    if (!spec) return nullptr;
    std::string_view text = str_view(spec);
    if (text.empty()) return object_str(self);
    return format_result(numeric::format_float(float_value(self), text, type_name_of(self)));
}

} // namespace hs

// printf-style formatting: str % args (CPython's PyUnicode_Format), with its argument rules
// (a tuple gives the arguments, a mapping serves %(name)s, anything else is one argument)
// and its messages.
#include "objects/str_impl.h"

#include "numeric/bigint.h"
#include "numeric/printf_format.h"
#include "objects/exceptions.h"
#include "objects/floatobject.h"
#include "objects/intobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"

#include <string>

namespace hs {

namespace {

using numeric::FormatResult;
using numeric::PrintfSpec;

// Where the arguments come from (CPython's unicode_formatter_t): a tuple gives them in order,
// any other value is the single argument, and a mapping also serves %(key) lookups.
struct Arguments {
    Object* args;
    ssize_t arglen;
    ssize_t argidx;
    Object* dict = nullptr;
    Ref keyed;  // the value of the current %(key) conversion

    Object* next() {  // borrowed
        if (argidx < arglen) {
            ssize_t i = argidx++;
            if (keyed) return keyed.get();
            return arglen < 0 ? args : tuple_items(args)[i];
        }
        set_error(&TypeErrorType, numeric::kPrintfNotEnoughArguments);
        return nullptr;
    }
};

bool raise_result(const numeric::FormatError& e) {
    TypeObject* type = e.kind == numeric::ErrorKind::type_error       ? &TypeErrorType
                       : e.kind == numeric::ErrorKind::overflow_error ? &OverflowErrorType
                                                                      : &ValueErrorType;
    set_error(type, e.message);
    return false;
}

bool append_result(std::string& out, FormatResult r) {
    if (!r.ok()) return raise_result({r.error_kind(), r.error_message()});
    out += r.text();
    return true;
}

// A '*' width or precision.
bool star_value(Arguments& a, int64_t* out) {
    Object* v = a.next();
    if (!v) return false;
    if (!int_check(v)) {
        type_error("%s", numeric::kPrintfStarWantsInt);
        return false;
    }
    bool overflow = false;
    *out = int_as_int64(v, &overflow);
    if (overflow) {
        set_error(&OverflowErrorType, "Python int too large to convert to C int");
        return false;
    }
    return true;
}

// %d %i %u %o %x %X: int() (or index() for o x X) of the value, then the digits.
bool format_integer(std::string& out, Object* v, const PrintfSpec& spec) {
    uint32_t c = spec.conversion;
    Ref iobj;
    if (int_check(v)) {
        iobj = Ref::borrowed(v);
    } else {
        bool index_only = c == 'o' || c == 'x' || c == 'X';
        TypeObject* t = v->ob_type;
        if (index_only) {
            if (t->nb_index) iobj = Ref(number_index(v));
        } else if (t->nb_int) {
            iobj = Ref(t->nb_int(v));
        } else if (t->nb_index) {
            iobj = Ref(number_index(v));
        } else if (float_check(v)) {
            iobj = Ref(int_from_double(float_as_double(v)));
        }
        if (!iobj) {
            if (!error_occurred() || error_matches(&TypeErrorType)) {
                clear_error();
                set_error(&TypeErrorType, numeric::printf_wrong_type_message(c, type_name_of(v)));
            }
            return false;
        }
    }
    return append_result(out, numeric::printf_int(int_to_bigint(iobj.get()), spec));
}

bool format_char(std::string& out, Object* v, const PrintfSpec& spec) {
    if (str_check(v)) {
        if (str_length(v) != 1) return type_error("%s", numeric::kPrintfCharNeedsIntOrChar), false;
        return append_result(out, numeric::printf_str(str_view(v), spec));
    }
    if (!int_check(v) && !v->ob_type->nb_index) return type_error("%s", numeric::kPrintfCharNeedsIntOrChar), false;
    Ref iv(number_index(v));
    if (!iv) return false;
    return append_result(out, numeric::printf_char(int_to_bigint(iv.get()), spec));
}

bool format_one(std::string& out, Object* v, const PrintfSpec& spec, std::string_view fmt) {
    switch (spec.conversion) {
    case 's':
    case 'r':
    case 'a': {
        Ref text(spec.conversion == 's' ? object_str(v) : spec.conversion == 'r' ? object_repr(v) : object_ascii(v));
        if (!text) return false;
        return append_result(out, numeric::printf_str(str_view(text.get()), spec));
    }
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X':
        return format_integer(out, v, spec);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
        double x = float_as_double(v);
        if (x == -1.0 && error_occurred()) return false;
        return append_result(out, numeric::printf_float(x, spec));
    }
    case 'c':
        return format_char(out, v, spec);
    default:
        return raise_result(numeric::printf_unsupported_error(fmt, spec));
    }
}

} // namespace

Object* str_mod(Object* format, Object* args) {
    Arguments a;
    bool is_tuple = tuple_check(args);
    a.args = args;
    a.arglen = is_tuple ? tuple_size(args) : -1;
    a.argidx = is_tuple ? 0 : -2;
    // PyMapping_Check: anything subscriptable that is not a tuple or a str serves %(key).
    if (!is_tuple && !str_check(args) && args->ob_type->mp_subscript) a.dict = args;

    std::string_view fmt = str_view(format);
    std::string out;
    out.reserve(fmt.size() + 16);
    size_t pos = 0;
    bool converted = false;
    while (pos < fmt.size()) {
        size_t pct = fmt.find('%', pos);
        if (pct == std::string_view::npos) {
            out.append(fmt.substr(pos));
            break;
        }
        out.append(fmt.substr(pos, pct - pos));
        numeric::PrintfParseResult parsed = numeric::parse_printf_spec(fmt, pct + 1);
        PrintfSpec& spec = parsed.spec;
        if (spec.has_key && !a.dict) return type_error("%s", numeric::kPrintfNeedsMapping);
        bool key_error = parsed.error && spec.has_key && parsed.error->message == "incomplete format key";
        if (key_error) return raise_result(*parsed.error), nullptr;
        if (spec.has_key) {
            Ref key(str_from_utf8(spec.key));
            if (!key) return nullptr;
            Object* value = object_getitem(a.dict, key.get());
            if (!value) return nullptr;
            a.keyed = Ref(value);
            a.arglen = -1;
            a.argidx = -2;
        }
        if (spec.width_star) {
            int64_t w;
            if (!star_value(a, &w)) return nullptr;
            numeric::set_star_width(spec, w);
        }
        if (spec.precision_star) {
            int64_t p;
            if (!star_value(a, &p)) return nullptr;
            numeric::set_star_precision(spec, p);
        }
        if (parsed.error) return raise_result(*parsed.error), nullptr;
        pos = spec.end;
        if (spec.literal_percent) {
            out.push_back('%');
            continue;
        }
        converted = true;
        Object* v = a.next();
        if (!v) return nullptr;
        if (!format_one(out, v, spec, fmt)) return nullptr;
        if (a.keyed) {
            a.keyed.reset();
            a.arglen = -1;
            a.argidx = -2;
        }
    }
    if (a.argidx < a.arglen && !a.dict) return type_error("%s", numeric::kPrintfNotAllConverted);
    // A template without conversions gives the same object back ('abc' % () is 'abc'), and
    // "%s" % s with an exact str gives s itself, as CPython's writer does.
    if (!converted && out.size() == fmt.size()) return str_result_unchanged(format);
    if (fmt == "%s" && !a.dict) {
        Object* v = is_tuple ? tuple_items(args)[0] : args;
        if (str_check_exact(v)) return newref(v);
    }
    return str_from_utf8(out);
}

} // namespace hs

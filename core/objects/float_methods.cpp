// float's constructor, methods and attributes: float(x), is_integer, as_integer_ratio, hex,
// fromhex, __round__, __trunc__/__floor__/__ceil__, real/imag...
#include "objects/float_impl.h"

#include "numeric/float_format.h"
#include "objects/bytesobject.h"
#include "objects/exceptions.h"
#include "objects/int_impl.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"

#include <cctype>
#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <string>

namespace hs {

Object* float_format_method(Object* self, Object* const* args, size_t nargs, Object* kwnames);  // float_format.cpp

namespace {

// ---- float(x) ---------------------------------------------------------------------------------

// PyNumber_Float.
Object* number_float(Object* o) {
    if (o->ob_type == &FloatType) return newref(o);
    TypeObject* t = o->ob_type;
    if (t->nb_float) {
        Object* r = t->nb_float(o);
        if (!r || r->ob_type == &FloatType) return r;
        if (!float_check(r)) {
            set_error_format(&TypeErrorType, "%s.__float__ returned non-float (type %s)", type_name(t), type_name_of(r));
            decref(r);
            return nullptr;
        }
        Object* exact = float_from_double(float_value(r));
        decref(r);
        return exact;
    }
    if (t->nb_index) {
        Ref i(number_index(o));
        if (!i) return nullptr;
        double d = int_as_double(i.get());
        if (d == -1.0 && error_occurred()) return nullptr;
        return float_from_double(d);
    }
    if (float_check(o)) return float_from_double(float_value(o));
    if (str_check(o)) return float_from_text(str_view(o), o);
    if (bytes_check(o)) return float_from_text(bytes_view(o), o);
    if (o->ob_type == &ByteArrayType) {
        auto* b = static_cast<ByteArrayObject*>(o);
        return float_from_text(std::string_view(b->data ? b->data : "", static_cast<size_t>(b->ob_size)), o);
    }
    set_error_format(&TypeErrorType, "float() argument must be a string or a real number, not '%s'", type_name_of(o));
    return nullptr;
}

Object* float_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    static const ArgSpec spec{"float", {"x"}, 0, 1};
    Object* x = nullptr;
    if (!parse_args(spec, args, nargs, kwnames, &x)) return nullptr;
    Ref value(x ? number_float(x) : float_from_double(0.0));
    if (!value || type == &FloatType) return value.release();
    return float_subtype_from(type, float_value(value.get()));
}

// ---- Attributes -------------------------------------------------------------------------------

Object* float_get_real(Object* self) { return float_from_double(float_value(self)); }
Object* float_get_imag(Object*) { return float_from_double(0.0); }

const GetSetDef float_getset[] = {
    {"real", float_get_real},
    {"imag", float_get_imag},
    {nullptr, nullptr},
};

// ---- Methods ----------------------------------------------------------------------------------

Object* float_conjugate(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("float.conjugate", nargs, kwnames)) return nullptr;
    return float_from_double(float_value(self));
}

Object* float_is_integer(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("float.is_integer", nargs, kwnames)) return nullptr;
    double x = float_value(self);
    return new_bool(std::isfinite(x) && std::floor(x) == x);
}

Object* float_trunc(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("float.__trunc__", nargs, kwnames)) return nullptr;
    return int_from_double(float_value(self));
}

Object* float_floor(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("float.__floor__", nargs, kwnames)) return nullptr;
    return int_from_double(std::floor(float_value(self)));
}

Object* float_ceil(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("float.__ceil__", nargs, kwnames)) return nullptr;
    return int_from_double(std::ceil(float_value(self)));
}

Object* float_getnewargs(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("float.__getnewargs__", nargs, kwnames)) return nullptr;
    Ref v(float_from_double(float_value(self)));
    if (!v) return nullptr;
    return tuple_pack({v.get()});
}

Object* float_round(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("float.__round__", kwnames) || !check_nargs("__round__", nargs, 0, 1)) return nullptr;
    double x = float_value(self);
    if (nargs == 0 || args[0] == None()) return int_from_double(numeric::round_half_even(x));
    ssize_t ndigits = index_as_ssize(args[0], nullptr);
    if (ndigits == -1 && error_occurred()) return nullptr;
    // Past these, the result is x itself or a zero of x's sign (CPython's NDIGITS_MAX/MIN).
    constexpr ssize_t ndigits_max = static_cast<ssize_t>((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
    constexpr ssize_t ndigits_min = -static_cast<ssize_t>((DBL_MAX_EXP + 1) * 0.30103);
    if (ndigits > ndigits_max) return float_from_double(x);
    if (ndigits < ndigits_min) return float_from_double(0.0 * x);
    double out = 0;
    if (!numeric::round_double(x, static_cast<int64_t>(ndigits), out)) {
        set_error(&OverflowErrorType, "rounded value too large to represent");
        return nullptr;
    }
    return float_from_double(out);
}

Object* float_as_integer_ratio(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("float.as_integer_ratio", nargs, kwnames)) return nullptr;
    double x = float_value(self);
    if (std::isinf(x)) {
        set_error(&OverflowErrorType, "cannot convert Infinity to integer ratio");
        return nullptr;
    }
    if (std::isnan(x)) {
        set_error(&ValueErrorType, "cannot convert NaN to integer ratio");
        return nullptr;
    }
    int exponent = 0;
    double mantissa = std::frexp(x, &exponent);
    // Scale the mantissa up to an integer; at most 300 doublings for any finite double.
    for (int i = 0; i < 300 && mantissa != std::floor(mantissa); ++i) {
        mantissa *= 2.0;
        exponent--;
    }
    std::optional<numeric::BigInt> num = numeric::BigInt::from_double(mantissa);
    numeric::BigInt den(1);
    if (exponent > 0) {
        *num = numeric::lshift(*num, static_cast<uint64_t>(exponent));
    } else {
        den = numeric::lshift(den, static_cast<uint64_t>(-exponent));
    }
    Ref n(int_from_bigint(std::move(*num)));
    Ref d(int_from_bigint(std::move(den)));
    if (!n || !d) return nullptr;
    return tuple_pack({n.get(), d.get()});
}

// float.hex(): "0x1.8000000000000p+0" (always 13 hex digits after the point, as CPython).
Object* float_hex(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("float.hex", nargs, kwnames)) return nullptr;
    double x = float_value(self);
    if (std::isnan(x) || std::isinf(x)) return str_from_ascii(numeric::repr_double(x));
    if (x == 0.0) return str_from_ascii(std::copysign(1.0, x) == 1.0 ? "0x0.0p+0" : "-0x0.0p+0");
    const char* hexdigits = "0123456789abcdef";
    int e = 0;
    double m = std::frexp(std::fabs(x), &e);
    int shift = 1 - std::max(DBL_MIN_EXP - e, 0);
    m = std::ldexp(m, shift);
    e -= shift;
    std::string s;
    s += hexdigits[static_cast<int>(m)];
    m -= static_cast<int>(m);
    s += '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; ++i) {
        m *= 16.0;
        s += hexdigits[static_cast<int>(m)];
        m -= static_cast<int>(m);
    }
    std::string out = x < 0 ? "-0x" : "0x";
    out += s;
    out += 'p';
    out += e < 0 ? '-' : '+';
    out += std::to_string(e < 0 ? -e : e);
    return str_from_ascii(out);
}

Object* invalid_hex() {
    set_error(&ValueErrorType, "invalid hexadecimal floating-point string");
    return nullptr;
}

// float.fromhex(s): [sign] ["0x"] hexdigits ["." hexdigits] ["p" [sign] digits], or inf/nan.
Object* float_fromhex(Object* cls, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("float.fromhex", nargs, kwnames)) return nullptr;
    if (!str_check(args[0])) {
        set_error(&TypeErrorType, "bad argument type for built-in operation");
        return nullptr;
    }
    std::string_view s = str_view(args[0]);
    auto is_space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    bool negative = false;
    std::string_view body = s;
    if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
        negative = body[0] == '-';
        body.remove_prefix(1);
    }
    auto lower_equals = [](std::string_view a, std::string_view b) {
        if (a.size() != b.size()) return false;
        for (size_t i = 0; i < a.size(); ++i)
            if (std::tolower(static_cast<unsigned char>(a[i])) != b[i]) return false;
        return true;
    };
    double value;
    if (lower_equals(body, "inf") || lower_equals(body, "infinity")) {
        value = negative ? -HUGE_VAL : HUGE_VAL;
    } else if (lower_equals(body, "nan")) {
        value = negative ? -NAN : NAN;
    } else {
        if (body.size() >= 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X')) body.remove_prefix(2);
        // Validate the grammar ourselves, then let strtod (exact for hex input) do the rounding.
        size_t i = 0, digits = 0;
        while (i < body.size() && std::isxdigit(static_cast<unsigned char>(body[i]))) ++i, ++digits;
        if (i < body.size() && body[i] == '.') {
            ++i;
            while (i < body.size() && std::isxdigit(static_cast<unsigned char>(body[i]))) ++i, ++digits;
        }
        if (digits == 0) return invalid_hex();
        if (i < body.size() && (body[i] == 'p' || body[i] == 'P')) {
            ++i;
            if (i < body.size() && (body[i] == '+' || body[i] == '-')) ++i;
            size_t exp_digits = 0;
            while (i < body.size() && std::isdigit(static_cast<unsigned char>(body[i]))) ++i, ++exp_digits;
            if (exp_digits == 0) return invalid_hex();
        }
        if (i != body.size()) return invalid_hex();
        std::string text = "0x" + std::string(body);
        value = std::strtod(text.c_str(), nullptr);
        if (std::isinf(value)) {
            set_error(&OverflowErrorType, "hexadecimal value too large to represent as a float");
            return nullptr;
        }
        if (negative) value = -value;
    }
    Ref result(float_from_double(value));
    if (!result || cls == &FloatType) return result.release();
    return call_args(cls, {result.get()});
}

} // namespace

Object* float_divmod_values(Object* a, Object* b) {
    double x, y;
    int ca = float_convert_operand(a, &x);
    if (ca <= 0) return ca < 0 ? nullptr : newref(NotImplemented());
    int cb = float_convert_operand(b, &y);
    if (cb <= 0) return cb < 0 ? nullptr : newref(NotImplemented());
    if (y == 0.0) {
        set_error(&ZeroDivisionErrorType, "float divmod()");
        return nullptr;
    }
    numeric::DoubleDivMod qr = numeric::divmod_double(x, y);
    Ref q(float_from_double(qr.quotient));
    Ref r(float_from_double(qr.remainder));
    if (!q || !r) return nullptr;
    return tuple_pack({q.get(), r.get()});
}

namespace {

Object* float_divmod_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("float.__divmod__", nargs, kwnames)) return nullptr;
    return float_divmod_values(self, args[0]);
}

Object* float_rdivmod_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("float.__rdivmod__", nargs, kwnames)) return nullptr;
    return float_divmod_values(args[0], self);
}

const MethodDef float_methods[] = {
    {"conjugate", float_conjugate},
    {"__trunc__", float_trunc},
    {"__floor__", float_floor},
    {"__ceil__", float_ceil},
    {"__round__", float_round},
    {"as_integer_ratio", float_as_integer_ratio},
    {"fromhex", float_fromhex, METH_CLASS},
    {"hex", float_hex},
    {"is_integer", float_is_integer},
    {"__getnewargs__", float_getnewargs},
    {"__format__", float_format_method},
    {"__divmod__", float_divmod_method},
    {"__rdivmod__", float_rdivmod_method},
    {nullptr, nullptr},
};

} // namespace

void init_float_methods(TypeObject* type) {
    type->tp_new = float_new;
    type->tp_methods = float_methods;
    type->tp_getset = float_getset;
}

} // namespace hs

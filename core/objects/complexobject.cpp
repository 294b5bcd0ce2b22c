// complex: two doubles, with CPython 3.11's repr, hash, arithmetic (Smith's division, integer
// powers by squaring up to 100) and constructor, including complex("1+2j").
#include "objects/float_impl.h"

#include "numeric/float_format.h"
#include "numeric/float_power.h"
#include "objects/exceptions.h"
#include "objects/int_impl.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/types_registry.h"

#include <cmath>
#include <cctype>
#include <string>

namespace hs {

TypeObject ComplexType;

namespace {


using numeric::Complex;

Complex value_of(const Object* o) {
    auto* c = static_cast<const ComplexObject*>(o);
    return {c->real, c->imag};
}

bool complex_check(const Object* o) { return o->ob_type == &ComplexType || type_is_subtype(o->ob_type, &ComplexType); }

Object* from(Complex c) { return complex_from_doubles(c.real, c.imag); }

// ---- The algebra (CPython's _Py_c_* functions; division and powers in numeric/) -----------

Complex c_sum(Complex a, Complex b) { return {a.real + b.real, a.imag + b.imag}; }
Complex c_diff(Complex a, Complex b) { return {a.real - b.real, a.imag - b.imag}; }

// ---- Slots ---------------------------------------------------------------------------------

void complex_dealloc(Object* self) {
    if (is_gc_type(self->ob_type)) {
        gc_untrack(self);
        gc_free(self);
    } else {
        object_free(self);
    }
}

// Operands: complex, float or int (CPython's TO_COMPLEX). 1 ok, 0 NotImplemented, -1 error.
int to_complex(Object* o, Complex* out) {
    if (complex_check(o)) {
        *out = value_of(o);
        return 1;
    }
    double d;
    int r = float_convert_operand(o, &d);
    if (r > 0) *out = {d, 0.0};
    return r;
}

#define CONVERT_OPERANDS(a, b, x, y)                                                               \
    Complex x, y;                                                                                  \
    {                                                                                              \
        int ca = to_complex(a, &x);                                                                \
        if (ca <= 0) return ca < 0 ? nullptr : newref(NotImplemented());                           \
        int cb = to_complex(b, &y);                                                                \
        if (cb <= 0) return cb < 0 ? nullptr : newref(NotImplemented());                           \
    }

Object* complex_add(Object* a, Object* b) {
    CONVERT_OPERANDS(a, b, x, y);
    return from(c_sum(x, y));
}

Object* complex_sub(Object* a, Object* b) {
    CONVERT_OPERANDS(a, b, x, y);
    return from(c_diff(x, y));
}

Object* complex_mul(Object* a, Object* b) {
    CONVERT_OPERANDS(a, b, x, y);
    return from(numeric::complex_prod(x, y));
}

Object* complex_div(Object* a, Object* b) {
    CONVERT_OPERANDS(a, b, x, y);
    Complex q;
    if (!numeric::complex_quot(x, y, q)) {
        set_error(&ZeroDivisionErrorType, "complex division by zero");
        return nullptr;
    }
    return from(q);
}

Object* complex_pow_values(Complex a, Complex b) {
    Complex p;
    switch (numeric::complex_power(a, b, p)) {
    case numeric::PowResult::ZeroDivision:
        set_error(&ZeroDivisionErrorType, "0.0 to a negative or complex power");
        return nullptr;
    case numeric::PowResult::Overflow:
        set_error(&OverflowErrorType, "complex exponentiation");
        return nullptr;
    default:
        return from(p);
    }
}

Object* complex_pow(Object* a, Object* b) {
    CONVERT_OPERANDS(a, b, x, y);
    return complex_pow_values(x, y);
}

Object* complex_pow3(Object* a, Object* b, Object* m) {
    if (m != None()) {
        set_error(&ValueErrorType, "complex modulo");
        return nullptr;
    }
    return complex_pow(a, b);
}

Object* complex_neg(Object* a) {
    Complex c = value_of(a);
    return complex_from_doubles(-c.real, -c.imag);
}

Object* complex_pos(Object* a) {
    if (a->ob_type == &ComplexType) return newref(a);
    return from(value_of(a));
}

Object* complex_abs(Object* a) {
    Complex c = value_of(a);
    // CPython's _Py_c_abs: inf wins over nan; a finite input that overflows is an error.
    double result;
    if (!std::isfinite(c.real) || !std::isfinite(c.imag)) {
        if (std::isinf(c.real)) result = std::fabs(c.real);
        else if (std::isinf(c.imag)) result = std::fabs(c.imag);
        else result = NAN;
    } else {
        result = std::hypot(c.real, c.imag);
        if (std::isinf(result)) {
            set_error(&OverflowErrorType, "absolute value too large");
            return nullptr;
        }
    }
    return float_from_double(result);
}

int complex_bool(Object* a) {
    Complex c = value_of(a);
    return c.real != 0.0 || c.imag != 0.0;
}

Object* complex_richcompare(Object* v, Object* w, int op) {
    if (op != Py_EQ && op != Py_NE) return newref(NotImplemented());
    Complex i = value_of(v);
    bool equal;
    if (int_check(w)) {
        if (i.imag != 0.0) {
            equal = false;
        } else {
            // Exact, as float == int.
            equal = int_compare_double(w, i.real) == std::partial_ordering::equivalent;
        }
    } else if (float_check(w)) {
        equal = i.real == float_value(w) && i.imag == 0.0;
    } else if (complex_check(w)) {
        Complex j = value_of(w);
        equal = i.real == j.real && i.imag == j.imag;
    } else {
        return newref(NotImplemented());
    }
    return new_bool(op == Py_EQ ? equal : !equal);
}

int64_t complex_hash(Object* self) {
    Complex c = value_of(self);
    auto identity = static_cast<uint64_t>(reinterpret_cast<uintptr_t>(self));
    uint64_t hashreal = static_cast<uint64_t>(numeric::hash_double(c.real, identity));
    uint64_t hashimag = static_cast<uint64_t>(numeric::hash_double(c.imag, identity));
    auto combined = static_cast<int64_t>(hashreal + 1000003u * hashimag);
    return combined == -1 ? -2 : combined;
}

Object* complex_repr(Object* self) {
    Complex c = value_of(self);
    std::string text;
    if (c.real == 0.0 && std::copysign(1.0, c.real) == 1.0) {
        text = numeric::double_to_string(c.imag, 'r', 0) + "j";
    } else {
        text = "(";
        text += numeric::double_to_string(c.real, 'r', 0);
        text += numeric::double_to_string(c.imag, 'r', 0, numeric::kDtsfSign);
        text += "j)";
    }
    return str_from_ascii(text);
}

// ---- Constructor ---------------------------------------------------------------------------

// The longest prefix of s that float() would accept (underscores only between digits), or 0.
size_t float_prefix(std::string_view s, std::string& out) {
    size_t i = 0;
    out.clear();
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) out += s[i++];
    auto lower_starts = [&](std::string_view word) {
        if (s.size() - i < word.size()) return false;
        for (size_t k = 0; k < word.size(); ++k)
            if (std::tolower(static_cast<unsigned char>(s[i + k])) != word[k]) return false;
        return true;
    };
    for (std::string_view word : {"infinity", "inf", "nan"}) {
        if (lower_starts(word)) {
            out += word;
            return i + word.size();
        }
    }
    auto digits = [&]() {
        size_t n = 0;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) {
            out += s[i++];
            ++n;
            if (i + 1 < s.size() && s[i] == '_' && std::isdigit(static_cast<unsigned char>(s[i + 1]))) ++i;
        }
        return n;
    };
    size_t n = digits();
    if (i < s.size() && s[i] == '.') {
        out += s[i++];
        n += digits();
    }
    if (n == 0) return 0;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        size_t save = i;
        std::string save_out = out;
        out += s[i++];
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) out += s[i++];
        if (digits() == 0) {
            i = save;
            out = save_out;
        }
    }
    return i;
}

bool parse_complex(std::string_view s, Complex* out) {
    auto is_space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    size_t i = 0;
    while (i < s.size() && is_space(s[i])) ++i;
    bool bracket = false;
    if (i < s.size() && s[i] == '(') {
        bracket = true;
        ++i;
        while (i < s.size() && is_space(s[i])) ++i;
    }
    double x = 0.0, y = 0.0;
    std::string number;
    auto at = [&](size_t k) { return k < s.size() ? s[k] : '\0'; };
    auto is_j = [](char c) { return c == 'j' || c == 'J'; };
    if (size_t n = float_prefix(s.substr(i), number)) {
        double z = *numeric::parse_double(number);
        i += n;
        if (at(i) == '+' || at(i) == '-') {
            x = z;
            if (size_t m = float_prefix(s.substr(i), number)) {
                y = *numeric::parse_double(number);
                i += m;
            } else {
                y = at(i) == '+' ? 1.0 : -1.0;
                ++i;
            }
            if (!is_j(at(i))) return false;
            ++i;
        } else if (is_j(at(i))) {
            ++i;
            y = z;
        } else {
            x = z;
        }
    } else {
        if (at(i) == '+' || at(i) == '-') {
            y = at(i) == '+' ? 1.0 : -1.0;
            ++i;
        } else {
            y = 1.0;
        }
        if (!is_j(at(i))) return false;
        ++i;
    }
    while (i < s.size() && is_space(s[i])) ++i;
    if (bracket) {
        if (at(i) != ')') return false;
        ++i;
        while (i < s.size() && is_space(s[i])) ++i;
    }
    if (i != s.size()) return false;
    *out = {x, y};
    return true;
}

bool number_check(Object* o) {
    TypeObject* t = o->ob_type;
    return t->nb_index || t->nb_int || t->nb_float || complex_check(o);
}

Object* complex_subtype_from(TypeObject* type, Complex c) {
    if (type == &ComplexType) return from(c);
    auto* o = static_cast<ComplexObject*>(type_generic_alloc(type, 0));
    if (!o) return nullptr;
    o->real = c.real;
    o->imag = c.imag;
    return o;
}

// __complex__, if the type defines it: 1 with *out set, 0 if not defined, -1 on error.
int try_complex_special_method(Object* o, Complex* out) {
    if (!type_lookup(o->ob_type, intern("__complex__"))) return 0;
    Ref r(call_special(o, "__complex__", {}));
    if (!r) return -1;
    if (!complex_check(r.get())) {
        set_error_format(&TypeErrorType, "__complex__ returned non-complex (type %s)", type_name_of(r.get()));
        return -1;
    }
    *out = value_of(r.get());
    return 1;
}

Object* complex_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    static const ArgSpec spec{"complex", {"real", "imag"}, 0, 0};
    Object* a[2];
    if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
    Object* r = a[0];
    Object* i = a[1];
    if (!r) return complex_subtype_from(type, {0.0, 0.0});
    if (r->ob_type == &ComplexType && !i && type == &ComplexType) return newref(r);
    if (str_check(r)) {
        if (i) {
            set_error(&TypeErrorType, "complex() can't take second arg if first is a string");
            return nullptr;
        }
        std::string ascii = transform_decimal_and_space(str_view(r));
        Complex c;
        if (ascii.find('\0') != std::string::npos || !parse_complex(ascii, &c)) {
            set_error(&ValueErrorType, "complex() arg is a malformed string");
            return nullptr;
        }
        return complex_subtype_from(type, c);
    }
    if (i && str_check(i)) {
        set_error(&TypeErrorType, "complex() second arg can't be a string");
        return nullptr;
    }
    Complex cr{0.0, 0.0}, ci{0.0, 0.0};
    bool cr_is_complex = false, ci_is_complex = false;
    int special = try_complex_special_method(r, &cr);
    if (special < 0) return nullptr;
    if (special > 0) {
        cr_is_complex = true;
    } else if (!number_check(r)) {
        set_error_format(&TypeErrorType, "complex() first argument must be a string or a number, not '%s'",
                         type_name_of(r));
        return nullptr;
    } else if (complex_check(r)) {
        cr = value_of(r);
        cr_is_complex = true;
    } else {
        cr.real = float_as_double(r);
        if (cr.real == -1.0 && error_occurred()) return nullptr;
    }
    if (i && !number_check(i)) {
        set_error_format(&TypeErrorType, "complex() second argument must be a number, not '%s'", type_name_of(i));
        return nullptr;
    }
    if (!i) {
        ci.real = cr.imag;
    } else if (complex_check(i)) {
        ci = value_of(i);
        ci_is_complex = true;
    } else {
        ci.real = float_as_double(i);
        if (ci.real == -1.0 && error_occurred()) return nullptr;
    }
    // complex(a, b) is a + b*1j even when a or b are complex themselves.
    if (ci_is_complex) cr.real -= ci.imag;
    if (cr_is_complex && i) ci.real += cr.imag;
    return complex_subtype_from(type, {cr.real, ci.real});
}

// ---- Methods and attributes ------------------------------------------------------------------

Object* complex_get_real(Object* self) { return float_from_double(value_of(self).real); }
Object* complex_get_imag(Object* self) { return float_from_double(value_of(self).imag); }

const GetSetDef complex_getset[] = {
    {"real", complex_get_real},
    {"imag", complex_get_imag},
    {nullptr, nullptr},
};

Object* complex_conjugate(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("complex.conjugate", nargs, kwnames)) return nullptr;
    Complex c = value_of(self);
    return complex_from_doubles(c.real, -c.imag);
}

Object* complex_getnewargs(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("complex.__getnewargs__", nargs, kwnames)) return nullptr;
    Complex c = value_of(self);
    Ref re(float_from_double(c.real));
    Ref im(float_from_double(c.imag));
    if (!re || !im) return nullptr;
    return tuple_pack({re.get(), im.get()});
}

Object* complex_format(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("complex.__format__", nargs, kwnames)) return nullptr;
    if (!str_check(args[0])) {
        set_error_format(&TypeErrorType, "__format__() argument must be str, not %s", type_name_of(args[0]));
        return nullptr;
    }
    if (str_view(args[0]).empty()) return object_str(self);
    set_error(&NotImplementedErrorType, "heapscope does not support format specifications for complex numbers");
    return nullptr;
}

const MethodDef complex_methods[] = {
    {"conjugate", complex_conjugate},
    {"__getnewargs__", complex_getnewargs},
    {"__format__", complex_format},
    {nullptr, nullptr},
};

} // namespace

Object* complex_from_doubles(double real, double imag) {
    auto* c = static_cast<ComplexObject*>(object_alloc(&ComplexType, sizeof(ComplexObject)));
    if (!c) return nullptr;
    c->real = real;
    c->imag = imag;
    return c;
}

Object* complex_pow_parts(double ar, double ai, double br, double bi) { return complex_pow_values({ar, ai}, {br, bi}); }

void init_complex_type() {
    ComplexType.ob_refcnt = IMMORTAL_REFCNT;
    ComplexType.ob_type = &TypeType;
    ComplexType.tp_name = "complex";
    ComplexType.tp_basicsize = 32;
    ComplexType.tp_cxx_size = sizeof(ComplexObject);
    ComplexType.tp_flags = TPFLAGS_BASETYPE;
    ComplexType.tp_dealloc = complex_dealloc;
    ComplexType.tp_repr = complex_repr;
    ComplexType.tp_hash = complex_hash;
    ComplexType.tp_richcompare = complex_richcompare;
    ComplexType.tp_getattro = generic_getattr;
    ComplexType.tp_new = complex_new;
    ComplexType.nb_binary[NB_ADD] = complex_add;
    ComplexType.nb_binary[NB_SUBTRACT] = complex_sub;
    ComplexType.nb_binary[NB_MULTIPLY] = complex_mul;
    ComplexType.nb_binary[NB_TRUE_DIVIDE] = complex_div;
    ComplexType.nb_binary[NB_POWER] = complex_pow;
    ComplexType.nb_power3 = complex_pow3;
    ComplexType.nb_negative = complex_neg;
    ComplexType.nb_positive = complex_pos;
    ComplexType.nb_absolute = complex_abs;
    ComplexType.nb_bool = complex_bool;
    ComplexType.tp_methods = complex_methods;
    ComplexType.tp_getset = complex_getset;
    ComplexType.tp_doc = "Create a complex number from a real part and an optional imaginary part.";
    register_static_type(&ComplexType);
}

} // namespace hs

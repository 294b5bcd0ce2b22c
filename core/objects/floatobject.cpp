// float: storage, repr, hash, comparison (exact against ints) and arithmetic with CPython 3.11's
// semantics and messages. The constructor and methods live in float_methods.cpp.
#include "objects/float_impl.h"

#include "numeric/float_format.h"
#include "numeric/float_power.h"
#include "objects/exceptions.h"
#include "objects/int_impl.h"
#include "objects/str_unicode.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/types_registry.h"

#include <cmath>
#include <cstdint>

namespace hs {

TypeObject FloatType;


namespace {


Object* not_implemented() { return newref(NotImplemented()); }

void float_dealloc(Object* self) {
    if (is_gc_type(self->ob_type)) {
        gc_untrack(self);  // a subclass instance, from subtype_dealloc
        gc_free(self);
    } else {
        object_free(self);
    }
}

Object* float_repr(Object* self) { return str_from_ascii(numeric::repr_double(float_value(self))); }

int64_t float_hash(Object* self) {
    return numeric::hash_double(float_value(self), static_cast<uint64_t>(reinterpret_cast<uintptr_t>(self)));
}

int float_bool(Object* self) { return float_value(self) != 0.0; }

Object* float_int(Object* self) { return int_from_double(float_value(self)); }

Object* float_float(Object* self) {
    if (self->ob_type == &FloatType) return newref(self);
    return float_from_double(float_value(self));
}

bool compare_result(std::partial_ordering ord, int op) {
    switch (op) {
    case Py_LT: return ord == std::partial_ordering::less;
    case Py_LE: return ord == std::partial_ordering::less || ord == std::partial_ordering::equivalent;
    case Py_EQ: return ord == std::partial_ordering::equivalent;
    case Py_NE: return ord != std::partial_ordering::equivalent;
    case Py_GT: return ord == std::partial_ordering::greater;
    case Py_GE: return ord == std::partial_ordering::greater || ord == std::partial_ordering::equivalent;
    }
    return false;
}

Object* float_richcompare(Object* v, Object* w, int op) {
    double x = float_value(v);
    if (float_check(w)) return new_bool(compare_result(x <=> float_value(w), op));
    if (int_check(w)) {
        // Exact: 2**53 + 1 != float(2**53 + 1). int_compare_double orders the int against x.
        std::partial_ordering ord = int_compare_double(w, x);
        if (ord == std::partial_ordering::less) ord = std::partial_ordering::greater;
        else if (ord == std::partial_ordering::greater) ord = std::partial_ordering::less;
        return new_bool(compare_result(ord, op));
    }
    return not_implemented();
}

// ---- Arithmetic -------------------------------------------------------------------------------

#define CONVERT_OPERANDS(a, b, x, y)                                                               \
    double x, y;                                                                                   \
    {                                                                                              \
        int ca = float_convert_operand(a, &x);                                                     \
        if (ca <= 0) return ca < 0 ? nullptr : not_implemented();                                  \
        int cb = float_convert_operand(b, &y);                                                     \
        if (cb <= 0) return cb < 0 ? nullptr : not_implemented();                                  \
    }

Object* zero_division(const char* message) {
    set_error(&ZeroDivisionErrorType, message);
    return nullptr;
}

Object* float_add(Object* a, Object* b) {
    CONVERT_OPERANDS(a, b, x, y);
    return float_from_double(x + y);
}

Object* float_sub(Object* a, Object* b) {
    CONVERT_OPERANDS(a, b, x, y);
    return float_from_double(x - y);
}

Object* float_mul(Object* a, Object* b) {
    CONVERT_OPERANDS(a, b, x, y);
    return float_from_double(x * y);
}

Object* float_div(Object* a, Object* b) {
    CONVERT_OPERANDS(a, b, x, y);
    if (y == 0.0) return zero_division("float division by zero");
    return float_from_double(x / y);
}

Object* float_floor_div(Object* a, Object* b) {
    CONVERT_OPERANDS(a, b, x, y);
    if (y == 0.0) return zero_division("float floor division by zero");
    return float_from_double(numeric::floor_div_double(x, y));
}

Object* float_mod(Object* a, Object* b) {
    CONVERT_OPERANDS(a, b, x, y);
    if (y == 0.0) return zero_division("float modulo");
    return float_from_double(numeric::mod_double(x, y));
}


Object* float_pow(Object* a, Object* b) {
    CONVERT_OPERANDS(a, b, x, y);
    return float_pow_doubles(x, y);
}

Object* float_pow3(Object* a, Object* b, Object* m) {
    if (m != None()) {
        set_error(&TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers");
        return nullptr;
    }
    return float_pow(a, b);
}

Object* float_neg(Object* a) { return float_from_double(-float_value(a)); }
Object* float_pos(Object* a) { return float_float(a); }
Object* float_abs(Object* a) { return float_from_double(std::fabs(float_value(a))); }

} // namespace

// CPython's float_pow for two doubles.
Object* float_pow_doubles(double iv, double iw) {
    double r = 0.0;
    switch (numeric::float_power(iv, iw, r)) {
    case numeric::PowResult::ZeroDivision:
        return zero_division("0.0 cannot be raised to a negative power");
    case numeric::PowResult::Overflow:
        set_erange_overflow();
        return nullptr;
    case numeric::PowResult::Complex:
        return complex_pow_parts(iv, 0.0, iw, 0.0);
    default:
        return float_from_double(r);
    }
}

void set_erange_overflow() {
    // Linux's ERANGE, which CPython's message shows; the wasm32 libc numbers it 68.
    constexpr int kLinuxErange = 34;
    Ref code(int_from_int64(kLinuxErange));
    Ref message(str_from_ascii("Numerical result out of range"));
    if (!code || !message) return;
    Ref args(tuple_pack({code.get(), message.get()}));
    if (!args) return;
    set_error_object(&OverflowErrorType, args.get());
}

int float_convert_operand(Object* o, double* out) {
    if (float_check(o)) {
        *out = float_value(o);
        return 1;
    }
    if (int_check(o)) {
        *out = int_as_double(o);
        return (*out == -1.0 && error_occurred()) ? -1 : 1;
    }
    return 0;
}

Object* float_from_double(double v) {
    auto* f = static_cast<FloatObject*>(object_alloc(&FloatType, sizeof(FloatObject)));
    if (!f) return nullptr;
    f->ob_fval = v;
    return f;
}

Object* float_subtype_from(TypeObject* type, double v) {
    if (type == &FloatType) return float_from_double(v);
    auto* f = static_cast<FloatObject*>(type_generic_alloc(type, 0));
    if (!f) return nullptr;
    f->ob_fval = v;
    return f;
}

double float_as_double(Object* o) {
    if (float_check(o)) return float_value(o);
    if (int_check(o)) return int_as_double(o);
    TypeObject* t = o->ob_type;
    if (t->nb_float) {
        Ref r(t->nb_float(o));
        if (!r) return -1.0;
        if (!float_check(r.get())) {
            set_error_format(&TypeErrorType, "%s.__float__ returned non-float (type %s)", type_name(t),
                             type_name_of(r.get()));
            return -1.0;
        }
        return float_value(r.get());
    }
    if (t->nb_index) {
        Ref i(number_index(o));
        if (!i) return -1.0;
        return int_as_double(i.get());
    }
    set_error_format(&TypeErrorType, "must be real number, not %s", type_name_of(o));
    return -1.0;
}

std::string transform_decimal_and_space(std::string_view utf8) {
    std::string ascii;
    ascii.reserve(utf8.size());
    const char* p = utf8.data();
    const char* end = p + utf8.size();
    while (p < end) {
        uint32_t cp = unicode::decode(p);
        if (cp < 0x80) {
            ascii += static_cast<char>(cp);
        } else if (unicode::is_space(cp)) {
            ascii += ' ';
        } else if (int d = unicode::decimal_value(cp); d >= 0) {
            ascii += static_cast<char>('0' + d);
        } else {
            ascii += '?';
        }
    }
    return ascii;
}

Object* float_from_text(std::string_view text, Object* original) {
    std::string ascii;
    if (str_check(original) && !str_is_ascii(original)) {
        ascii = transform_decimal_and_space(text);
        text = ascii;
    }
    std::optional<double> v;
    if (text.find('\0') == std::string_view::npos) v = numeric::parse_double(text);
    if (!v) {
        Ref repr(object_repr(original));
        if (!repr) return nullptr;
        set_error(&ValueErrorType, "could not convert string to float: " + std::string(str_view(repr.get())));
        return nullptr;
    }
    return float_from_double(*v);
}

void init_float_type() {
    FloatType.ob_refcnt = IMMORTAL_REFCNT;
    FloatType.ob_type = &TypeType;
    FloatType.tp_name = "float";
    FloatType.tp_basicsize = 24;
    FloatType.tp_cxx_size = sizeof(FloatObject);
    FloatType.tp_flags = TPFLAGS_BASETYPE;
    FloatType.tp_dealloc = float_dealloc;
    FloatType.tp_repr = float_repr;
    FloatType.tp_hash = float_hash;
    FloatType.tp_richcompare = float_richcompare;
    FloatType.tp_getattro = generic_getattr;
    FloatType.nb_binary[NB_ADD] = float_add;
    FloatType.nb_binary[NB_SUBTRACT] = float_sub;
    FloatType.nb_binary[NB_MULTIPLY] = float_mul;
    FloatType.nb_binary[NB_TRUE_DIVIDE] = float_div;
    FloatType.nb_binary[NB_FLOOR_DIVIDE] = float_floor_div;
    FloatType.nb_binary[NB_REMAINDER] = float_mod;
    FloatType.nb_binary[NB_POWER] = float_pow;
    FloatType.nb_power3 = float_pow3;
    FloatType.nb_negative = float_neg;
    FloatType.nb_positive = float_pos;
    FloatType.nb_absolute = float_abs;
    FloatType.nb_bool = float_bool;
    FloatType.nb_int = float_int;
    FloatType.nb_float = float_float;
    FloatType.tp_doc = "Convert a string or number to a floating point number, if possible.";
    init_float_methods(&FloatType);
    register_static_type(&FloatType);
}

} // namespace hs

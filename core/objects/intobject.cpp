// int: storage, the small-int cache, conversions, hashing, comparison and the type object.
// Arithmetic lives in int_arith.cpp, methods and the constructor in int_methods.cpp.
#include "objects/int_impl.h"

#include "objects/exceptions.h"
#include "objects/floatobject.h"
#include "objects/strobject.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/runtime.h"
#include "runtime/types_registry.h"

#include <bit>
#include <charconv>
#include <cmath>
#include <limits>
#include <new>
#include <optional>

namespace hs {

TypeObject IntType;

void init_int_arith(TypeObject* type);    // int_arith.cpp
void init_int_methods(TypeObject* type);  // int_methods.cpp

namespace {

// Shared by every program and never freed, like CPython's small ints.
constexpr int NSMALLNEG = 5;
constexpr int NSMALLPOS = 257;
IntObject small_ints[NSMALLNEG + NSMALLPOS];

int g_max_str_digits = numeric::kDefaultMaxStrDigits;

// A big value lives right behind the object when the object is an exact int (one allocation),
// or in its own block for subclass instances, whose memory the type machinery allocates.
numeric::BigInt* trailing_big(IntObject* o) { return reinterpret_cast<numeric::BigInt*>(o + 1); }

size_t big_storage_bytes(const numeric::BigInt& v) {
    // The digits count in the heap budget as CPython's in-object digits do.
    return sizeof(numeric::BigInt) + 4 * v.ndigits();
}

void int_dealloc(Object* self) {
    auto* o = as_int(self);
    if (numeric::BigInt* big = o->big) {
        size_t bytes = big_storage_bytes(*big);
        big->~BigInt();
        if (big != trailing_big(o)) mem_free(big, bytes);
        o->big = nullptr;
    }
    if (is_gc_type(self->ob_type)) {
        gc_untrack(self);  // a subclass instance, from subtype_dealloc
        gc_free(self);
    } else {
        object_free(self);
    }
}

int64_t int_hash(Object* self) {
    auto* o = as_int(self);
    return o->big ? o->big->hash() : int64_hash(o->value);
}

int int_bool(Object* self) {
    auto* o = as_int(self);
    return o->big != nullptr || o->value != 0;
}

Object* int_int(Object* self) { return int_copy_exact(self); }

Object* int_float(Object* self) {
    double d = int_as_double(self);
    if (d == -1.0 && error_occurred()) return nullptr;
    return float_from_double(d);
}

} // namespace

// ---- Construction ---------------------------------------------------------------------------

Object* int_from_int64(int64_t v) {
    if (v >= -NSMALLNEG && v < NSMALLPOS) return newref(&small_ints[v + NSMALLNEG]);
    auto* o = static_cast<IntObject*>(object_alloc(&IntType, sizeof(IntObject)));
    if (!o) return nullptr;
    o->value = v;
    o->big = nullptr;
    return o;
}

Object* int_from_bigint(numeric::BigInt v) {
    if (v.fits_int64()) return int_from_int64(v.to_int64());
    size_t bytes = big_storage_bytes(v);
    auto* o = static_cast<IntObject*>(object_alloc(&IntType, sizeof(IntObject) + bytes));
    if (!o) return nullptr;
    o->value = 0;
    o->big = new (trailing_big(o)) numeric::BigInt(std::move(v));
    return o;
}

Object* int_from_double(double d) {
    if (std::isinf(d)) {
        set_error(&OverflowErrorType, "cannot convert float infinity to integer");
        return nullptr;
    }
    if (std::isnan(d)) {
        set_error(&ValueErrorType, "cannot convert float NaN to integer");
        return nullptr;
    }
    // 2**63 is exact in a double; everything strictly inside fits int64 after truncation.
    if (d > -9223372036854775808.0 && d < 9223372036854775808.0) return int_from_int64(static_cast<int64_t>(d));
    std::optional<numeric::BigInt> big = numeric::BigInt::from_double(d);
    return int_from_bigint(std::move(*big));
}

Object* int_copy_exact(Object* o) {
    if (int_check_exact(o)) return newref(o);
    auto* i = as_int(o);
    return i->big ? int_from_bigint(*i->big) : int_from_int64(i->value);
}

Object* int_subtype_from(TypeObject* type, Object* exact_value) {
    if (type == &IntType) return newref(exact_value);
    auto* o = static_cast<IntObject*>(type_generic_alloc(type, 0));
    if (!o) return nullptr;
    auto* src = as_int(exact_value);
    o->value = src->value;
    o->big = nullptr;
    if (src->big) {
        size_t bytes = big_storage_bytes(*src->big);
        void* mem = mem_alloc(bytes);
        if (!mem) {
            decref(o);
            return nullptr;
        }
        o->big = new (mem) numeric::BigInt(*src->big);
    }
    return o;
}

// ---- Conversions ----------------------------------------------------------------------------

int64_t int_as_int64(Object* o, bool* overflow) {
    auto* i = as_int(o);
    *overflow = i->big != nullptr;
    return i->big ? 0 : i->value;
}

ssize_t int_as_ssize(Object* o) {
    auto* i = as_int(o);
    if (!i->big && i->value >= std::numeric_limits<ssize_t>::min() && i->value <= std::numeric_limits<ssize_t>::max())
        return static_cast<ssize_t>(i->value);
    set_error(&OverflowErrorType, "Python int too large to convert to C ssize_t");
    return -1;
}

numeric::BigInt int_to_bigint(Object* o) {
    auto* i = as_int(o);
    return i->big ? *i->big : numeric::BigInt(i->value);
}

double int_as_double(Object* o) {
    auto* i = as_int(o);
    if (!i->big) return static_cast<double>(i->value);  // correctly rounded (half-even) conversion
    bool overflow = false;
    double d = i->big->to_double(overflow);
    if (overflow) {
        set_error(&OverflowErrorType, "int too large to convert to float");
        return -1.0;
    }
    return d;
}

Object* number_index(Object* o) {
    if (int_check(o)) return int_copy_exact(o);
    unaryfunc index = o->ob_type->nb_index;
    if (!index) {
        set_error_format(&TypeErrorType, "'%s' object cannot be interpreted as an integer", type_name_of(o));
        return nullptr;
    }
    Object* result = index(o);
    if (!result || int_check_exact(result)) return result;
    if (!int_check(result)) {
        set_error_format(&TypeErrorType, "__index__ returned non-int (type %s)", type_name_of(result));
        decref(result);
        return nullptr;
    }
    Object* exact = int_copy_exact(result);
    decref(result);
    return exact;
}

ssize_t index_as_ssize(Object* o, TypeObject* overflow_error) {
    if (int_check(o) && int_is_small(o)) {
        int64_t v = as_int(o)->value;
        if (v >= std::numeric_limits<ssize_t>::min() && v <= std::numeric_limits<ssize_t>::max())
            return static_cast<ssize_t>(v);
    }
    Ref value(number_index(o));
    if (!value) return -1;
    auto* i = as_int(value.get());
    bool negative = i->big ? i->big->is_negative() : i->value < 0;
    if (!i->big && i->value >= std::numeric_limits<ssize_t>::min() && i->value <= std::numeric_limits<ssize_t>::max())
        return static_cast<ssize_t>(i->value);
    if (!overflow_error) return negative ? std::numeric_limits<ssize_t>::min() : std::numeric_limits<ssize_t>::max();
    set_error_format(overflow_error, "cannot fit '%s' into an index-sized integer", type_name_of(o));
    return -1;
}

size_t int_ndigits30(const Object* o) {
    auto* i = as_int(o);
    if (i->big) return i->big->ndigits();
    uint64_t magnitude = i->value < 0 ? uint64_t{0} - static_cast<uint64_t>(i->value) : static_cast<uint64_t>(i->value);
    int bits = 64 - std::countl_zero(magnitude);
    return static_cast<size_t>((bits + 29) / 30);
}

std::partial_ordering int_compare_double(Object* io, double d) {
    auto* i = as_int(io);
    if (!i->big) {
        int64_t v = i->value;
        // Every int of magnitude <= 2**53 converts to double exactly.
        if (v >= -(int64_t{1} << 53) && v <= (int64_t{1} << 53)) return static_cast<double>(v) <=> d;
        return numeric::compare(numeric::BigInt(v), d);
    }
    return numeric::compare(*i->big, d);
}

// ---- Text -----------------------------------------------------------------------------------

int int_max_str_digits() { return g_max_str_digits; }
void set_int_max_str_digits(int limit) { g_max_str_digits = limit; }

Object* int_to_decimal_str(Object* o) {
    auto* i = as_int(o);
    if (!i->big) {
        char buf[24];
        auto res = std::to_chars(buf, buf + sizeof buf, i->value);
        return str_from_ascii(std::string_view(buf, static_cast<size_t>(res.ptr - buf)));
    }
    std::optional<std::string> text = i->big->to_decimal_string(g_max_str_digits);
    if (!text) {
        set_error(&ValueErrorType, numeric::int_max_str_digits_to_str_message(g_max_str_digits));
        return nullptr;
    }
    return str_from_ascii(*text);
}

Object* int_repr(Object* o) { return int_to_decimal_str(o); }

Object* int_to_prefixed_str(Object* o, int base) {
    return str_from_ascii(int_to_bigint(o).to_prefixed_string(base));
}

// ---- Comparison -----------------------------------------------------------------------------

Object* int_richcompare(Object* a, Object* b, int op) {
    if (!int_check(a) || !int_check(b)) return newref(NotImplemented());
    int c;
    auto* x = as_int(a);
    auto* y = as_int(b);
    if (!x->big && !y->big) {
        c = (x->value > y->value) - (x->value < y->value);
    } else {
        auto ord = int_to_bigint(a) <=> int_to_bigint(b);
        c = ord < 0 ? -1 : ord > 0 ? 1 : 0;
    }
    bool r = false;
    switch (op) {
    case Py_LT: r = c < 0; break;
    case Py_LE: r = c <= 0; break;
    case Py_EQ: r = c == 0; break;
    case Py_NE: r = c != 0; break;
    case Py_GT: r = c > 0; break;
    case Py_GE: r = c >= 0; break;
    }
    return new_bool(r);
}

// ---- The type -------------------------------------------------------------------------------

void init_int_type() {
    IntType.ob_refcnt = IMMORTAL_REFCNT;
    IntType.ob_type = &TypeType;
    IntType.tp_name = "int";
    IntType.tp_basicsize = 24;
    IntType.tp_itemsize = 4;
    IntType.tp_cxx_size = sizeof(IntObject);
    IntType.tp_flags = TPFLAGS_BASETYPE | TPFLAGS_LONG_SUBCLASS;
    IntType.tp_dealloc = int_dealloc;
    IntType.tp_repr = int_repr;
    IntType.tp_hash = int_hash;
    IntType.tp_richcompare = int_richcompare;
    IntType.tp_getattro = generic_getattr;
    IntType.nb_bool = int_bool;
    IntType.nb_int = int_int;
    IntType.nb_index = int_int;
    IntType.nb_float = int_float;
    IntType.tp_doc = "int([x]) -> integer\nint(x, base=10) -> integer";
    init_int_arith(&IntType);
    init_int_methods(&IntType);
    for (int k = 0; k < NSMALLNEG + NSMALLPOS; ++k) {
        IntObject& s = small_ints[k];
        s.ob_refcnt = IMMORTAL_REFCNT;
        s.ob_type = &IntType;
        s.value = k - NSMALLNEG;
        s.big = nullptr;
    }
    register_static_type(&IntType);
}

} // namespace hs

// Internal helpers shared by the int, bool and float files (not part of the public contract).
//
// An IntObject holds its value inline (`value`) when it fits in int64, and in a BigInt (`big`)
// otherwise; values are always normalized, so `big != nullptr` means "outside int64".
#pragma once

#include "objects/intobject.h"

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace hs {

inline IntObject* as_int(Object* o) { return static_cast<IntObject*>(o); }
inline const IntObject* as_int(const Object* o) { return static_cast<const IntObject*>(o); }
inline bool int_is_small(const Object* o) { return as_int(o)->big == nullptr; }

// Both operands are ints held inline: the fast path of every binary operation.
inline bool ints_small(const Object* a, const Object* b) {
    return int_check(a) && int_check(b) && int_is_small(a) && int_is_small(b);
}

// hash(n) for n in int64, as CPython's long_hash: |n| mod 2**61-1 with n's sign, -1 -> -2.
inline int64_t int64_hash(int64_t v) {
    constexpr uint64_t modulus = (uint64_t{1} << 61) - 1;
    uint64_t magnitude = v < 0 ? uint64_t{0} - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    auto h = static_cast<int64_t>(magnitude % modulus);
    if (v < 0) h = -h;
    return h == -1 ? -2 : h;
}

// CPython's 30-bit digit count of the value (0 for zero): decides __sizeof__.
size_t int_ndigits30(const Object* o);
// int.__sizeof__(): 24 + 4*max(1, ndigits).
inline ssize_t int_sizeof_value(const Object* o) {
    size_t n = int_ndigits30(o);
    return 24 + 4 * static_cast<ssize_t>(n ? n : 1);
}

// A new exact int holding the value of o (an int or a subclass instance).
Object* int_copy_exact(Object* o);
// Exact comparison of an int with a double (nan is unordered), as CPython's float_richcompare.
std::partial_ordering int_compare_double(Object* i, double d);

// str(int) honouring sys.set_int_max_str_digits (ValueError past the limit).
Object* int_to_decimal_str(Object* o);
// bin()/oct()/hex(): "0b101", "-0o17", "0xff".
Object* int_to_prefixed_str(Object* o, int base);
// int(text, base) for str/bytes text; `original` (the str/bytes object) is quoted in the message
// "invalid literal for int() with base 10: 'abc'".
Object* int_from_text(std::string_view text, int base, Object* original);
// The int_max_str_digits setting of sys (4300 by default, 0 = unlimited).
int int_max_str_digits();
void set_int_max_str_digits(int limit);

// Allocates an instance of int or a subclass of it holding `v` / `big` (the big value is moved).
Object* int_subtype_from(TypeObject* type, Object* exact_value);

// The int slots that bool reuses (int_arith.cpp).
Object* int_and(Object* a, Object* b);
Object* int_or(Object* a, Object* b);
Object* int_xor(Object* a, Object* b);
Object* int_repr(Object* o);
Object* int_richcompare(Object* a, Object* b, int op);
Object* int_divmod(Object* a, Object* b);

// pow(float, float) as CPython's float_pow, for int ** negative int (floatobject.cpp).
Object* float_pow_doubles(double iv, double iw);

} // namespace hs

// Python float semantics that need care to match CPython 3.11 exactly: repr/str and the
// PyOS_double_to_string formats, hash, floor division and modulo, round(), and float(str).
//
// Exact decimal work relies on the C library's correctly rounded printf/strtod (glibc and musl are).
// The process must stay in the "C" locale (no setlocale), as CPython's conversions are locale-free.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hs::numeric {

// ---- Text output (float_format.cpp) ----

// repr(x) == str(x): the shortest string that round-trips, in exponent form when the decimal exponent
// is < -4 or >= 16 ("1e+16", "1e-05"), always with ".0" on integral values, and "inf", "-inf", "nan".
std::string repr_double(double x);

// Flags of PyOS_double_to_string.
enum DoubleToStringFlags : unsigned {
    kDtsfNone = 0,
    kDtsfSign = 1,     // always write a sign
    kDtsfAddDot0 = 2,  // integral values get ".0" (and 'g' switches to exponent one digit earlier)
    kDtsfAlt = 4,      // '#': keep trailing zeros and the decimal point
    kDtsfNoNeg0 = 8,   // 'z': a value that rounds to zero has no minus sign
};

// PyOS_double_to_string: code is one of e E f F g G r ('r' = repr, precision ignored). The result
// has no padding; upper-case codes give "INF"/"NAN"/"E". precision must be >= 0.
std::string double_to_string(double x, char code, int precision, unsigned flags = kDtsfNone);

// ---- Arithmetic helpers (float_ops.cpp) ----

// hash(float): CPython's _Py_HashDouble. A nan hashes by object identity in 3.11: pass the object's
// address (or id) as `identity`; it is ignored for other values.
std::int64_t hash_double(double x, std::uint64_t identity = 0) noexcept;
// _Py_HashPointer: identity rotated by 4 bits, -1 mapped to -2.
std::int64_t hash_pointer(std::uint64_t identity) noexcept;

// Python's float // and % and divmod(); precondition b != 0 (ZeroDivisionError: "float floor division
// by zero", "float modulo", "float divmod()"). The remainder takes b's sign, also for zero results.
struct DoubleDivMod {
    double quotient;
    double remainder;
};
DoubleDivMod divmod_double(double a, double b) noexcept;
double floor_div_double(double a, double b) noexcept;
double mod_double(double a, double b) noexcept;

// round(x) without ndigits, before the conversion to int: halves go to even. The caller converts
// with BigInt::from_double (which fails for inf/nan like CPython).
double round_half_even(double x) noexcept;
// round(x, ndigits), correctly rounded half-even on the exact binary value. Returns false when the
// result overflows (OverflowError "rounded value too large to represent"). inf/nan round to themselves.
bool round_double(double x, std::int64_t ndigits, double& out);

// ---- Parsing (float_parse.cpp) ----

// float(text) for ASCII text: surrounding whitespace, a sign, "inf"/"infinity"/"nan" in any case,
// underscores only between digits. Out-of-range values become +-inf or +-0 (no error, as CPython).
// nullopt means ValueError "could not convert string to float: %R". The caller maps non-ASCII digits
// and whitespace to ASCII first, as CPython does.
std::optional<double> parse_double(std::string_view text);

} // namespace hs::numeric

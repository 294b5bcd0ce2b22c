// BigInt <-> double: int(float), float(int), int / int and int-vs-float comparison, each exact or
// correctly rounded (round-half-even) like CPython.
#include "numeric/bigint.h"

#include "numeric/bigint_kernels.h"

#include <algorithm>
#include <cassert>
#include <cfloat>
#include <cmath>

namespace hs::numeric {

using namespace detail;

std::optional<BigInt> BigInt::from_double(double value) {
    if (!std::isfinite(value))
        return std::nullopt;
    double t = std::trunc(value);
    if (std::fabs(t) < 9.2e18) // inside int64: the cast is exact
        return BigInt(static_cast<std::int64_t>(t));
    int exponent = 0;
    double m = std::frexp(std::fabs(t), &exponent); // |t| = m * 2**exponent, m in [0.5, 1)
    // The 53-bit significand as an integer, then shifted into place.
    auto significand = static_cast<std::uint64_t>(std::ldexp(m, DBL_MANT_DIG));
    BigInt z = lshift(BigInt(significand), static_cast<std::uint64_t>(exponent - DBL_MANT_DIG));
    if (t < 0)
        z.negate();
    return z;
}

double BigInt::to_double(bool& overflow) const noexcept {
    overflow = false;
    if (auto small = try_to_int64())
        return static_cast<double>(*small); // the hardware conversion rounds half-even
    const std::uint64_t bits = bit_length();
    if (bits > static_cast<std::uint64_t>(DBL_MAX_EXP)) {
        overflow = true;
        return is_negative() ? -HUGE_VAL : HUGE_VAL;
    }
    // The top 64 bits, with every lower bit folded into bit 0 as a sticky bit: converting that to
    // double rounds exactly as the full value would (bit 0 sits well below the rounding bit).
    const std::uint64_t shift = bits - 64;
    const std::size_t index = static_cast<std::size_t>(shift / kShift);
    const int offset = static_cast<int>(shift % kShift);
    const Digit* d = data();
    const std::size_t n = ndigits();
    std::uint64_t top = d[index] >> offset;
    for (std::size_t k = index + 1; k < n; ++k)
        top |= static_cast<std::uint64_t>(d[k]) << ((k - index) * kShift - offset);
    bool sticky = offset != 0 && (d[index] & ((Digit{1} << offset) - 1)) != 0;
    for (std::size_t k = 0; k < index && !sticky; ++k)
        sticky = d[k] != 0;
    top |= sticky ? 1 : 0;
    double result = std::ldexp(static_cast<double>(top), static_cast<int>(shift));
    if (std::isinf(result))
        overflow = true;
    return is_negative() ? -result : result;
}

bool true_divide(const BigInt& a, const BigInt& b, double& out) {
    assert(!b.is_zero());
    const bool negate = a.is_negative() != b.is_negative();
    if (a.is_zero()) {
        out = negate ? -0.0 : 0.0;
        return true;
    }
    const std::uint64_t a_bits = a.bit_length(), b_bits = b.bit_length();
    if (a_bits <= DBL_MANT_DIG && b_bits <= DBL_MANT_DIG) {
        // Both exact as doubles, and IEEE division is correctly rounded.
        bool unused = false;
        out = a.to_double(unused) / b.to_double(unused);
        return true;
    }
    // a/b lies in [2**(diff-1), 2**(diff+1)).
    const std::int64_t diff = static_cast<std::int64_t>(a_bits) - static_cast<std::int64_t>(b_bits);
    if (diff > DBL_MAX_EXP)
        return false;
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
        out = negate ? -0.0 : 0.0;
        return true;
    }
    // Scale so the integer quotient x has DBL_MANT_DIG + 2 or + 3 bits (fewer for subnormal results,
    // whose quantum is fixed at 2**(DBL_MIN_EXP - DBL_MANT_DIG)).
    const std::int64_t shift = std::max<std::int64_t>(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    bool inexact = false;
    BigInt scaled;
    if (shift <= 0) {
        scaled = lshift(a.abs(), static_cast<std::uint64_t>(-shift));
    } else {
        BigInt magnitude = a.abs();
        scaled = rshift(magnitude, static_cast<std::uint64_t>(shift));
        // Any bit shifted out makes the quotient inexact.
        inexact = lshift(scaled, static_cast<std::uint64_t>(shift)) != magnitude;
    }
    BigInt quotient, remainder;
    divrem_big(scaled, b, &quotient, &remainder);
    inexact = inexact || !remainder.is_zero();
    std::uint64_t x = static_cast<std::uint64_t>(quotient.to_int64());
    const std::int64_t x_bits = 64 - __builtin_clzll(x);

    // Round x to a multiple of 2**extra_bits, half to even, with `inexact` as a sticky bit.
    const std::int64_t extra_bits = std::max<std::int64_t>(x_bits, DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    assert(extra_bits >= 2);
    const std::uint64_t mask = std::uint64_t{1} << (extra_bits - 1);
    // low keeps the bit above the rounding bit too: it decides ties.
    const std::uint64_t low = x | (inexact ? 1 : 0);
    if ((low & mask) && (low & (3 * mask - 1)))
        x += mask;
    x &= ~(2 * mask - 1);

    double result = std::ldexp(static_cast<double>(x), static_cast<int>(shift));
    if (std::isinf(result))
        return false;
    out = negate ? -result : result;
    return true;
}

std::partial_ordering compare(const BigInt& a, double b) noexcept {
    if (std::isnan(b))
        return std::partial_ordering::unordered;
    if (std::isinf(b))
        return b > 0 ? std::partial_ordering::less : std::partial_ordering::greater;
    if (auto small = a.try_to_int64(); small && *small > -(std::int64_t{1} << 53) &&
                                       *small < (std::int64_t{1} << 53))
        return static_cast<double>(*small) <=> b; // exact as a double
    // Compare with the integral part exactly, then let the fraction break a tie.
    double t = std::trunc(b);
    BigInt integral = *BigInt::from_double(t);
    std::strong_ordering c = a <=> integral;
    if (c != std::strong_ordering::equal)
        return c;
    double fraction = b - t;
    return 0.0 <=> fraction;
}

} // namespace hs::numeric

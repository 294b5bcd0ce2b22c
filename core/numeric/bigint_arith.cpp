// BigInt arithmetic with Python semantics: + - *, floor division and modulo, pow, modular pow and
// inverse, gcd. Small operands take int64 fast paths; everything else goes to the magnitude kernels.
#include "numeric/bigint.h"

#include "numeric/bigint_kernels.h"
#include "numeric/int64_ops.h"

#include <algorithm>
#include <cassert>

namespace hs::numeric {

using namespace detail;

namespace {

// Values of at most two digits (below 2**60): their sums and differences fit an int64.
bool is_small(const BigInt& a) {
    return a.ndigits() <= 2;
}

std::int64_t small_value(const BigInt& a) {
    const Digit* d = a.data();
    std::int64_t v = 0;
    switch (a.ndigits()) {
    case 2:
        v = (static_cast<std::int64_t>(d[1]) << kShift) | d[0];
        break;
    case 1:
        v = d[0];
        break;
    default:
        break;
    }
    return a.is_negative() ? -v : v;
}

// a + b, or a - b when subtract is set, by signs and magnitudes.
BigInt add_signed(const BigInt& a, const BigInt& b, bool subtract) {
    const std::size_t na = a.ndigits(), nb = b.ndigits();
    const bool neg_a = a.is_negative();
    const bool neg_b = b.is_negative() != subtract;
    BigInt z;
    if (neg_a == neg_b) {
        Digit* p = z.prepare(std::max(na, nb) + 1);
        add_mag(a.data(), na, b.data(), nb, p);
        z.finish(std::max(na, nb) + 1, neg_a);
        return z;
    }
    int c = compare_mag(a.data(), na, b.data(), nb);
    if (c == 0)
        return z;
    if (c > 0) {
        Digit* p = z.prepare(na);
        sub_mag(a.data(), na, b.data(), nb, p);
        z.finish(na, neg_a);
    } else {
        Digit* p = z.prepare(nb);
        sub_mag(b.data(), nb, a.data(), na, p);
        z.finish(nb, neg_b);
    }
    return z;
}

// |a| + 1 as a magnitude (used to step a truncated quotient down toward -inf).
BigInt increment_magnitude(const BigInt& a) {
    static const Digit one = 1;
    BigInt z;
    std::size_t n = a.ndigits();
    Digit* p = z.prepare(n + 1);
    add_mag(a.data(), n, &one, 1, p);
    z.finish(n + 1, false);
    return z;
}

// |m| - r for 0 < r < |m|.
BigInt complement_remainder(const BigInt& m, const BigInt& r) {
    BigInt z;
    std::size_t n = m.ndigits();
    Digit* p = z.prepare(n);
    sub_mag(m.data(), n, r.data(), r.ndigits(), p);
    z.finish(n, false);
    return z;
}

// Non-negative a mod m for m > 0 (as magnitudes; a may be negative).
BigInt mod_positive(const BigInt& a, const BigInt& m) {
    BigInt r;
    divrem_big(a, m, nullptr, &r);
    if (a.is_negative() && !r.is_zero())
        r = complement_remainder(m, r);
    return r;
}

} // namespace

BigInt add(const BigInt& a, const BigInt& b) {
    if (is_small(a) && is_small(b))
        return BigInt(small_value(a) + small_value(b));
    return add_signed(a, b, false);
}

BigInt sub(const BigInt& a, const BigInt& b) {
    if (is_small(a) && is_small(b))
        return BigInt(small_value(a) - small_value(b));
    return add_signed(a, b, true);
}

BigInt mul(const BigInt& a, const BigInt& b) {
    const std::size_t na = a.ndigits(), nb = b.ndigits();
    if (na == 0 || nb == 0)
        return BigInt();
    if (na == 1 && nb == 1) {
        std::int64_t v = static_cast<std::int64_t>(a.data()[0]) * b.data()[0];
        return BigInt(a.is_negative() != b.is_negative() ? -v : v);
    }
    BigInt z;
    Digit* p = z.prepare(na + nb);
    mul_mag(a.data(), na, b.data(), nb, p);
    z.finish(na + nb, a.is_negative() != b.is_negative());
    return z;
}

BigIntDivMod divmod(const BigInt& a, const BigInt& b) {
    assert(!b.is_zero());
    if (is_small(a) && is_small(b)) {
        std::int64_t x = small_value(a), y = small_value(b);
        return {BigInt(python_floordiv(x, y)), BigInt(python_mod(x, y))};
    }
    BigIntDivMod result;
    divrem_big(a, b, &result.quotient, &result.remainder);
    const bool signs_differ = a.is_negative() != b.is_negative();
    if (signs_differ && !result.remainder.is_zero()) {
        // Truncation rounded toward zero; floor needs one more step down and the remainder moves
        // to the divisor's side.
        result.quotient = increment_magnitude(result.quotient);
        result.remainder = complement_remainder(b, result.remainder);
    }
    if (signs_differ)
        result.quotient.negate();
    if (b.is_negative())
        result.remainder.negate();
    return result;
}

BigInt floor_div(const BigInt& a, const BigInt& b) {
    return divmod(a, b).quotient;
}

BigInt floor_mod(const BigInt& a, const BigInt& b) {
    assert(!b.is_zero());
    if (is_small(a) && is_small(b))
        return BigInt(python_mod(small_value(a), small_value(b)));
    BigInt r;
    divrem_big(a, b, nullptr, &r);
    if (a.is_negative() != b.is_negative() && !r.is_zero())
        r = complement_remainder(b, r);
    if (b.is_negative())
        r.negate();
    return r;
}

BigInt pow(const BigInt& base, const BigInt& exp) {
    assert(!exp.is_negative());
    if (exp.is_zero())
        return BigInt(1);
    if (base.is_zero())
        return BigInt();
    if (base.ndigits() == 1 && base.data()[0] == 1) {
        // 1 ** n and (-1) ** n: only the parity of n matters.
        bool odd = exp.data()[0] & 1;
        return BigInt(base.is_negative() && odd ? -1 : 1);
    }
    if (auto e = exp.try_to_int64(); e && base.fits_int64()) {
        std::int64_t small;
        if (checked_pow(base.to_int64(), static_cast<std::uint64_t>(*e), small))
            return BigInt(small);
    }
    // Left-to-right binary exponentiation over the exponent's bits.
    BigInt result(1);
    const std::uint64_t bits = exp.bit_length();
    for (std::uint64_t i = bits; i-- > 0;) {
        result = mul(result, result);
        if ((exp.data()[i / kShift] >> (i % kShift)) & 1)
            result = mul(result, base);
    }
    return result;
}

std::optional<BigInt> mod_inverse(const BigInt& a, const BigInt& m) {
    assert(!m.is_zero());
    BigInt modulus = m.abs();
    // Extended Euclid, keeping only the coefficient of a.
    BigInt x = a, y = modulus;
    BigInt coef_x(1), coef_y(0);
    while (!y.is_zero()) {
        BigIntDivMod qr = divmod(x, y);
        BigInt next = sub(coef_x, mul(qr.quotient, coef_y));
        x = std::move(y);
        y = std::move(qr.remainder);
        coef_x = std::move(coef_y);
        coef_y = std::move(next);
    }
    if (x != BigInt(1))
        return std::nullopt;
    BigInt inverse = mod_positive(coef_x, modulus);
    if (m.is_negative() && !inverse.is_zero())
        inverse = sub(inverse, modulus);
    return inverse;
}

BigInt pow_mod(const BigInt& base, const BigInt& exp, const BigInt& mod) {
    assert(!mod.is_zero() && !exp.is_negative());
    BigInt modulus = mod.abs();
    if (modulus == BigInt(1))
        return BigInt();
    BigInt b = mod_positive(base, modulus);
    BigInt result(1);
    const std::uint64_t bits = exp.bit_length();
    for (std::uint64_t i = bits; i-- > 0;) {
        result = mod_positive(mul(result, result), modulus);
        if ((exp.data()[i / kShift] >> (i % kShift)) & 1)
            result = mod_positive(mul(result, b), modulus);
    }
    // Python's result carries the modulus's sign, like %.
    if (mod.is_negative() && !result.is_zero())
        result = sub(result, modulus);
    return result;
}

BigInt gcd(const BigInt& a, const BigInt& b) {
    BigInt x = a.abs(), y = b.abs();
    while (!y.is_zero()) {
        if (x.fits_int64() && y.fits_int64()) {
            std::int64_t p = x.to_int64(), q = y.to_int64();
            while (q != 0) {
                std::int64_t t = p % q;
                p = q;
                q = t;
            }
            return BigInt(p);
        }
        BigInt r;
        divrem_big(x, y, nullptr, &r);
        x = std::move(y);
        y = std::move(r);
    }
    return x;
}

} // namespace hs::numeric

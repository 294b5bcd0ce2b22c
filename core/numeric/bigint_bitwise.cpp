// Shifts and bitwise operators with Python's semantics: negative values behave as an infinite two's
// complement bit string, so -1 >> n == -1 and (-6) & 3 == 2.
#include "numeric/bigint.h"

#include "numeric/bigint_kernels.h"

#include <algorithm>
#include <cassert>
#include <climits>

namespace hs::numeric {

using namespace detail;

BigInt lshift(const BigInt& a, std::uint64_t shift) {
    const std::size_t na = a.ndigits();
    if (na == 0 || shift == 0)
        return a;
    const std::size_t digit_shift = static_cast<std::size_t>(shift / kShift);
    const int bit_shift = static_cast<int>(shift % kShift);
    const std::size_t n = na + digit_shift + 1;
    assert(n < static_cast<std::size_t>(INT32_MAX));
    BigInt z;
    Digit* p = z.prepare(n);
    std::fill(p, p + digit_shift, Digit{0});
    Digit carry = 0;
    const Digit* d = a.data();
    for (std::size_t i = 0; i < na; ++i) {
        TwoDigits t = (static_cast<TwoDigits>(d[i]) << bit_shift) | carry;
        p[digit_shift + i] = static_cast<Digit>(t & kMask);
        carry = static_cast<Digit>(t >> kShift);
    }
    p[n - 1] = carry;
    z.finish(n, a.is_negative());
    return z;
}

BigInt rshift(const BigInt& a, std::uint64_t shift) {
    const std::size_t na = a.ndigits();
    if (na == 0 || shift == 0)
        return a;
    const bool negative = a.is_negative();
    if (shift / kShift >= na)
        return BigInt(negative ? -1 : 0);
    const std::size_t digit_shift = static_cast<std::size_t>(shift / kShift);
    const int bit_shift = static_cast<int>(shift % kShift);
    const Digit* d = a.data();
    // Floor for negatives: -(|a| >> s) - 1 when any dropped bit is set, else -(|a| >> s).
    bool dropped = false;
    if (negative) {
        for (std::size_t i = 0; i < digit_shift && !dropped; ++i)
            dropped = d[i] != 0;
        if (bit_shift != 0 && (d[digit_shift] & ((Digit{1} << bit_shift) - 1)) != 0)
            dropped = true;
    }
    const std::size_t n = na - digit_shift;
    BigInt z;
    Digit* p = z.prepare(n + 1);
    for (std::size_t i = 0; i < n; ++i) {
        Digit hi = digit_shift + i + 1 < na ? d[digit_shift + i + 1] : 0;
        p[i] = ((d[digit_shift + i] >> bit_shift) | (hi << (kShift - bit_shift))) & kMask;
    }
    p[n] = 0;
    if (dropped) {
        static const Digit one = 1;
        add_in_place(p, n + 1, &one, 1);
    }
    z.finish(n + 1, negative);
    return z;
}

namespace {

enum class BitOp { and_, or_, xor_ };

// Writes the low n digits of x's two's complement form (B**n - |x| for negatives).
void to_twos_complement(const BigInt& x, Digit* out, std::size_t n) {
    const Digit* d = x.data();
    const std::size_t nx = x.ndigits();
    if (!x.is_negative()) {
        std::copy(d, d + nx, out);
        std::fill(out + nx, out + n, Digit{0});
        return;
    }
    Digit carry = 1;
    for (std::size_t i = 0; i < n; ++i) {
        Digit v = (~(i < nx ? d[i] : 0) & kMask) + carry;
        out[i] = v & kMask;
        carry = v >> kShift;
    }
}

BigInt bitwise(const BigInt& a, const BigInt& b, BitOp op) {
    const bool neg_a = a.is_negative(), neg_b = b.is_negative();
    bool neg_z = false;
    switch (op) {
    case BitOp::and_:
        neg_z = neg_a && neg_b;
        break;
    case BitOp::or_:
        neg_z = neg_a || neg_b;
        break;
    case BitOp::xor_:
        neg_z = neg_a != neg_b;
        break;
    }
    // One extra digit keeps the sign position explicit: the result's digit n-1 and above all equal
    // the sign fill.
    const std::size_t n = std::max(a.ndigits(), b.ndigits()) + 1;
    DigitBuffer ta(n), tb(n);
    to_twos_complement(a, ta.data(), n);
    to_twos_complement(b, tb.data(), n);
    BigInt z;
    Digit* p = z.prepare(n);
    for (std::size_t i = 0; i < n; ++i) {
        switch (op) {
        case BitOp::and_:
            p[i] = ta[i] & tb[i];
            break;
        case BitOp::or_:
            p[i] = ta[i] | tb[i];
            break;
        case BitOp::xor_:
            p[i] = ta[i] ^ tb[i];
            break;
        }
    }
    if (neg_z) {
        // Back from two's complement: |z| = B**n - z. z is non-zero here since its top digit is all
        // ones, so the magnitude fits n digits.
        Digit carry = 1;
        for (std::size_t i = 0; i < n; ++i) {
            Digit v = (~p[i] & kMask) + carry;
            p[i] = v & kMask;
            carry = v >> kShift;
        }
    }
    z.finish(n, neg_z);
    return z;
}

} // namespace

BigInt bit_and(const BigInt& a, const BigInt& b) {
    if (auto x = a.try_to_int64()) {
        if (auto y = b.try_to_int64())
            return BigInt(*x & *y);
    }
    return bitwise(a, b, BitOp::and_);
}

BigInt bit_or(const BigInt& a, const BigInt& b) {
    if (auto x = a.try_to_int64()) {
        if (auto y = b.try_to_int64())
            return BigInt(*x | *y);
    }
    return bitwise(a, b, BitOp::or_);
}

BigInt bit_xor(const BigInt& a, const BigInt& b) {
    if (auto x = a.try_to_int64()) {
        if (auto y = b.try_to_int64())
            return BigInt(*x ^ *y);
    }
    return bitwise(a, b, BitOp::xor_);
}

BigInt bit_invert(const BigInt& a) {
    // ~a == -(a + 1)
    BigInt z = add(a, BigInt(1));
    z.negate();
    return z;
}

} // namespace hs::numeric

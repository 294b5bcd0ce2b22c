// Magnitude kernels shared by the BigInt files: plain functions over little-endian base 2**30 digit
// arrays. Internal to core/numeric.
#pragma once

#include "numeric/bigint.h"

#include <cstddef>
#include <cstdint>
#include <memory>

namespace hs::numeric::detail {

using Digit = BigInt::Digit;
using TwoDigits = std::uint64_t;
using STwoDigits = std::int64_t;
inline constexpr int kShift = BigInt::kShift;
inline constexpr Digit kBase = BigInt::kBase;
inline constexpr Digit kMask = BigInt::kMask;

// Below this many digits in the smaller factor, schoolbook multiplication wins (CPython uses 70).
inline constexpr std::size_t kKaratsubaCutoff = 70;

// The size of a[0..n) without leading zero digits.
inline std::size_t normalized_size(const Digit* a, std::size_t n) {
    while (n > 0 && a[n - 1] == 0)
        --n;
    return n;
}

// Scratch digits: on the stack when small, so short operations do not allocate.
class DigitBuffer {
public:
    explicit DigitBuffer(std::size_t n) {
        if (n > kLocal) {
            m_heap.reset(new Digit[n]);
            m_data = m_heap.get();
        }
    }
    DigitBuffer(const DigitBuffer&) = delete;
    DigitBuffer& operator=(const DigitBuffer&) = delete;
    Digit* data() noexcept { return m_data; }
    Digit& operator[](std::size_t i) noexcept { return m_data[i]; }

private:
    static constexpr std::size_t kLocal = 24;
    Digit m_local[kLocal];
    std::unique_ptr<Digit[]> m_heap;
    Digit* m_data = m_local;
};

// Compares normalized magnitudes: -1, 0 or 1.
int compare_mag(const Digit* a, std::size_t na, const Digit* b, std::size_t nb);

// z[0..max(na,nb)] = a + b; writes max(na, nb) + 1 digits.
void add_mag(const Digit* a, std::size_t na, const Digit* b, std::size_t nb, Digit* z);
// z[0..na) = a - b; requires a >= b (as magnitudes). z may alias a.
void sub_mag(const Digit* a, std::size_t na, const Digit* b, std::size_t nb, Digit* z);

// a[0..na) += b[0..nb) with na >= nb; returns the carry out of the top digit.
Digit add_in_place(Digit* a, std::size_t na, const Digit* b, std::size_t nb);
// a[0..na) -= b[0..nb) with na >= nb; returns the borrow out of the top digit.
Digit sub_in_place(Digit* a, std::size_t na, const Digit* b, std::size_t nb);

// z[0..na+nb) = a * b. z must not alias a or b. Schoolbook or Karatsuba by size.
void mul_mag(const Digit* a, std::size_t na, const Digit* b, std::size_t nb, Digit* z);

// a[0..n) = a * m + add; returns the carry digit.
Digit mul_add1(Digit* a, std::size_t n, Digit m, Digit add);
// q[0..n) = a / d, returns a % d. q may alias a. d != 0.
Digit divrem1(const Digit* a, std::size_t n, Digit d, Digit* q);
// Knuth's algorithm D: q[0..na-nb+1) = a / b, r[0..nb) = a % b, for nb >= 2, na >= nb, b normalized.
void divrem_mag(const Digit* a, std::size_t na, const Digit* b, std::size_t nb, Digit* q, Digit* r);

// Trunc division of magnitudes into BigInts (non-negative results). b is non-zero.
void divrem_big(const BigInt& a, const BigInt& b, BigInt* quotient, BigInt* remainder);

// Number of significant bits in a non-zero digit.
inline int digit_bit_length(Digit d) {
    return d == 0 ? 0 : 32 - __builtin_clz(d);
}

} // namespace hs::numeric::detail

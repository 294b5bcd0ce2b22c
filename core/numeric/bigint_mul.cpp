// Magnitude kernels: comparison, addition, subtraction and multiplication (schoolbook, squaring,
// Karatsuba). Each works on raw digit arrays so BigInt and the other kernels can share them.
#include "numeric/bigint_kernels.h"

#include <algorithm>
#include <cassert>
#include <cstring>

namespace hs::numeric::detail {

int compare_mag(const Digit* a, std::size_t na, const Digit* b, std::size_t nb) {
    if (na != nb)
        return na < nb ? -1 : 1;
    for (std::size_t i = na; i-- > 0;) {
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    }
    return 0;
}

void add_mag(const Digit* a, std::size_t na, const Digit* b, std::size_t nb, Digit* z) {
    if (na < nb) {
        std::swap(a, b);
        std::swap(na, nb);
    }
    Digit carry = 0;
    std::size_t i = 0;
    for (; i < nb; ++i) {
        carry += a[i] + b[i];
        z[i] = carry & kMask;
        carry >>= kShift;
    }
    for (; i < na; ++i) {
        carry += a[i];
        z[i] = carry & kMask;
        carry >>= kShift;
    }
    z[i] = carry;
}

void sub_mag(const Digit* a, std::size_t na, const Digit* b, std::size_t nb, Digit* z) {
    assert(na >= nb);
    Digit borrow = 0;
    std::size_t i = 0;
    for (; i < nb; ++i) {
        borrow = a[i] - b[i] - borrow;
        z[i] = borrow & kMask;
        borrow = (borrow >> kShift) & 1;
    }
    for (; i < na; ++i) {
        borrow = a[i] - borrow;
        z[i] = borrow & kMask;
        borrow = (borrow >> kShift) & 1;
    }
    assert(borrow == 0);
}

Digit add_in_place(Digit* a, std::size_t na, const Digit* b, std::size_t nb) {
    assert(na >= nb);
    Digit carry = 0;
    std::size_t i = 0;
    for (; i < nb; ++i) {
        carry += a[i] + b[i];
        a[i] = carry & kMask;
        carry >>= kShift;
    }
    for (; carry != 0 && i < na; ++i) {
        carry += a[i];
        a[i] = carry & kMask;
        carry >>= kShift;
    }
    return carry;
}

Digit sub_in_place(Digit* a, std::size_t na, const Digit* b, std::size_t nb) {
    assert(na >= nb);
    Digit borrow = 0;
    std::size_t i = 0;
    for (; i < nb; ++i) {
        borrow = a[i] - b[i] - borrow;
        a[i] = borrow & kMask;
        borrow = (borrow >> kShift) & 1;
    }
    for (; borrow != 0 && i < na; ++i) {
        borrow = a[i] - borrow;
        a[i] = borrow & kMask;
        borrow = (borrow >> kShift) & 1;
    }
    return borrow;
}

namespace {

void schoolbook_mul(const Digit* a, std::size_t na, const Digit* b, std::size_t nb, Digit* z) {
    std::fill(z, z + na + nb, Digit{0});
    for (std::size_t i = 0; i < na; ++i) {
        TwoDigits f = a[i];
        if (f == 0)
            continue;
        Digit* pz = z + i;
        TwoDigits carry = 0;
        for (std::size_t j = 0; j < nb; ++j) {
            carry += pz[j] + b[j] * f;
            pz[j] = static_cast<Digit>(carry & kMask);
            carry >>= kShift;
        }
        // Rows 0..i fit in i + nb + 1 digits, so the carry lands in a still-zero digit.
        pz[nb] = static_cast<Digit>(carry);
    }
}

// a * a with each cross product computed once: sum the upper triangle, double it, add the diagonal.
void schoolbook_square(const Digit* a, std::size_t n, Digit* z) {
    std::fill(z, z + 2 * n, Digit{0});
    for (std::size_t i = 0; i + 1 < n; ++i) {
        TwoDigits f = a[i];
        if (f == 0)
            continue;
        Digit* pz = z + 2 * i + 1;
        TwoDigits carry = 0;
        std::size_t m = n - i - 1;
        for (std::size_t j = 0; j < m; ++j) {
            carry += pz[j] + a[i + 1 + j] * f;
            pz[j] = static_cast<Digit>(carry & kMask);
            carry >>= kShift;
        }
        pz[m] = static_cast<Digit>(carry);
    }
    // Double: the triangle is below a*a / 2, so no bit leaves the 2n digits.
    Digit top = 0;
    for (std::size_t k = 0; k < 2 * n; ++k) {
        Digit d = z[k];
        z[k] = ((d << 1) | top) & kMask;
        top = d >> (kShift - 1);
    }
    TwoDigits carry = 0;
    for (std::size_t i = 0; i < n; ++i) {
        TwoDigits sq = static_cast<TwoDigits>(a[i]) * a[i];
        carry += z[2 * i] + (sq & kMask);
        z[2 * i] = static_cast<Digit>(carry & kMask);
        carry >>= kShift;
        carry += z[2 * i + 1] + (sq >> kShift);
        z[2 * i + 1] = static_cast<Digit>(carry & kMask);
        carry >>= kShift;
    }
    assert(carry == 0);
}

void karatsuba(const Digit* a, std::size_t na, const Digit* b, std::size_t nb, Digit* z);

// Splits the larger factor into slices the size of the smaller one so each product is balanced.
void lopsided_mul(const Digit* a, std::size_t na, const Digit* b, std::size_t nb, Digit* z) {
    std::fill(z, z + na + nb, Digit{0});
    DigitBuffer product(2 * na);
    for (std::size_t offset = 0; offset < nb; offset += na) {
        std::size_t len = std::min(na, nb - offset);
        mul_mag(a, na, b + offset, len, product.data());
        Digit carry = add_in_place(z + offset, na + nb - offset, product.data(), na + len);
        assert(carry == 0);
        (void)carry;
    }
}

// (ah*B^k + al)(bh*B^k + bl) = z2*B^2k + ((ah+al)(bh+bl) - z2 - z0)*B^k + z0, with k = nb / 2.
void karatsuba(const Digit* a, std::size_t na, const Digit* b, std::size_t nb, Digit* z) {
    const bool square = a == b && na == nb;
    const std::size_t k = nb / 2;
    const std::size_t nah = na - k, nbh = nb - k;
    mul_mag(a, k, b, k, z);
    mul_mag(a + k, nah, b + k, nbh, z + 2 * k);

    DigitBuffer sum_a(std::max(k, nah) + 1);
    add_mag(a, k, a + k, nah, sum_a.data());
    std::size_t s1 = normalized_size(sum_a.data(), std::max(k, nah) + 1);
    DigitBuffer sum_b(std::max(k, nbh) + 1);
    std::size_t s2 = s1;
    const Digit* pb = sum_a.data();
    if (!square) {
        add_mag(b, k, b + k, nbh, sum_b.data());
        s2 = normalized_size(sum_b.data(), std::max(k, nbh) + 1);
        pb = sum_b.data();
    }
    std::size_t nm = s1 + s2;
    DigitBuffer middle(nm + 1);
    if (s1 == 0 || s2 == 0)
        std::fill(middle.data(), middle.data() + nm, Digit{0});
    else
        mul_mag(sum_a.data(), s1, pb, s2, middle.data());
    // The middle term must cover z0 and z2 before subtracting them.
    std::size_t n0 = normalized_size(z, 2 * k);
    std::size_t n2 = normalized_size(z + 2 * k, na + nb - 2 * k);
    sub_in_place(middle.data(), nm, z, n0);
    sub_in_place(middle.data(), nm, z + 2 * k, n2);
    nm = normalized_size(middle.data(), nm);
    Digit carry = add_in_place(z + k, na + nb - k, middle.data(), nm);
    assert(carry == 0);
    (void)carry;
}

} // namespace

void mul_mag(const Digit* a, std::size_t na, const Digit* b, std::size_t nb, Digit* z) {
    if (na > nb) {
        std::swap(a, b);
        std::swap(na, nb);
    }
    if (na == 0) {
        std::fill(z, z + nb, Digit{0});
        return;
    }
    const bool square = a == b && na == nb;
    if (na < (square ? 2 * kKaratsubaCutoff : kKaratsubaCutoff)) {
        if (square)
            schoolbook_square(a, na, z);
        else
            schoolbook_mul(a, na, b, nb, z);
        return;
    }
    if (2 * na <= nb) {
        lopsided_mul(a, na, b, nb, z);
        return;
    }
    karatsuba(a, na, b, nb, z);
}

} // namespace hs::numeric::detail

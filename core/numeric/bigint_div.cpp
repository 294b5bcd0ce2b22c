// Magnitude kernels for division: by one digit, and Knuth's algorithm D for longer divisors.
#include "numeric/bigint_kernels.h"

#include <cassert>
#include <cstring>

namespace hs::numeric::detail {

Digit mul_add1(Digit* a, std::size_t n, Digit m, Digit add) {
    TwoDigits carry = add;
    for (std::size_t i = 0; i < n; ++i) {
        carry += static_cast<TwoDigits>(a[i]) * m;
        a[i] = static_cast<Digit>(carry & kMask);
        carry >>= kShift;
    }
    return static_cast<Digit>(carry);
}

Digit divrem1(const Digit* a, std::size_t n, Digit d, Digit* q) {
    assert(d != 0 && d < kBase);
    TwoDigits rem = 0;
    for (std::size_t i = n; i-- > 0;) {
        rem = (rem << kShift) | a[i];
        Digit hi = static_cast<Digit>(rem / d);
        rem -= static_cast<TwoDigits>(hi) * d;
        q[i] = hi;
    }
    return static_cast<Digit>(rem);
}

void divrem_mag(const Digit* a, std::size_t na, const Digit* b, std::size_t nb, Digit* q, Digit* r) {
    assert(nb >= 2 && na >= nb && b[nb - 1] != 0);
    // Normalize: shift both so the divisor's top digit has its top bit set; then each trial quotient
    // digit is at most two too large.
    const int d = kShift - digit_bit_length(b[nb - 1]);
    DigitBuffer wbuf(nb);
    DigitBuffer vbuf(na + 1);
    Digit* w = wbuf.data();
    Digit* v = vbuf.data();
    {
        Digit carry = 0;
        for (std::size_t i = 0; i < nb; ++i) {
            TwoDigits t = (static_cast<TwoDigits>(b[i]) << d) | carry;
            w[i] = static_cast<Digit>(t & kMask);
            carry = static_cast<Digit>(t >> kShift);
        }
        assert(carry == 0);
        carry = 0;
        for (std::size_t i = 0; i < na; ++i) {
            TwoDigits t = (static_cast<TwoDigits>(a[i]) << d) | carry;
            v[i] = static_cast<Digit>(t & kMask);
            carry = static_cast<Digit>(t >> kShift);
        }
        v[na] = carry;
    }

    const Digit wtop = w[nb - 1];
    const Digit wnext = w[nb - 2];
    for (std::size_t j = na - nb + 1; j-- > 0;) {
        // Invariant: v[j + nb] <= wtop and v[j..j+nb] < w * B.
        Digit* vk = v + j;
        const Digit vtop = vk[nb];
        const TwoDigits vv = (static_cast<TwoDigits>(vtop) << kShift) | vk[nb - 1];
        TwoDigits qhat = vv / wtop;
        TwoDigits rhat = vv % wtop;
        while (qhat * wnext > ((rhat << kShift) | vk[nb - 2])) {
            --qhat;
            rhat += wtop;
            if (rhat >= kBase)
                break;
        }
        // vk[0..nb] -= qhat * w, tracking a signed borrow.
        STwoDigits borrow = 0;
        for (std::size_t i = 0; i < nb; ++i) {
            STwoDigits z = static_cast<STwoDigits>(vk[i]) + borrow -
                           static_cast<STwoDigits>(qhat) * static_cast<STwoDigits>(w[i]);
            vk[i] = static_cast<Digit>(z) & kMask;
            borrow = z >> kShift; // arithmetic shift: floor division by B
        }
        if (static_cast<STwoDigits>(vtop) + borrow < 0) {
            // qhat was one too large (rare): add w back.
            Digit carry = 0;
            for (std::size_t i = 0; i < nb; ++i) {
                carry += vk[i] + w[i];
                vk[i] = carry & kMask;
                carry >>= kShift;
            }
            --qhat;
        }
        vk[nb] = 0;
        assert(qhat < kBase);
        q[j] = static_cast<Digit>(qhat);
    }

    // The remainder is v[0..nb) shifted back down.
    for (std::size_t i = 0; i < nb; ++i) {
        Digit hi = i + 1 < nb ? v[i + 1] : 0;
        r[i] = ((v[i] >> d) | (hi << (kShift - d))) & kMask;
    }
}

void divrem_big(const BigInt& a, const BigInt& b, BigInt* quotient, BigInt* remainder) {
    const std::size_t na = a.ndigits(), nb = b.ndigits();
    assert(nb > 0);
    if (compare_mag(a.data(), na, b.data(), nb) < 0) {
        if (remainder)
            *remainder = a.abs();
        if (quotient)
            *quotient = BigInt();
        return;
    }
    if (nb == 1) {
        BigInt q;
        Digit* pq = q.prepare(na);
        Digit rem = divrem1(a.data(), na, b.data()[0], pq);
        q.finish(na, false);
        if (quotient)
            *quotient = std::move(q);
        if (remainder)
            *remainder = BigInt(rem);
        return;
    }
    BigInt q, r;
    Digit* pq = q.prepare(na - nb + 1);
    Digit* pr = r.prepare(nb);
    divrem_mag(a.data(), na, b.data(), nb, pq, pr);
    q.finish(na - nb + 1, false);
    r.finish(nb, false);
    if (quotient)
        *quotient = std::move(q);
    if (remainder)
        *remainder = std::move(r);
}

} // namespace hs::numeric::detail

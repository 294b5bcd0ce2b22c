// float hash, floor division/modulo and round(), following CPython 3.11's floatobject.c.
#include "numeric/float_format.h"

#include <cerrno>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace hs::numeric {

std::int64_t hash_pointer(std::uint64_t identity) noexcept {
    // The low bits of addresses are mostly zero: rotate them away, as _Py_HashPointerRaw does.
    std::uint64_t y = (identity >> 4) | (identity << 60);
    auto h = static_cast<std::int64_t>(y);
    return h == -1 ? -2 : h;
}

std::int64_t hash_double(double x, std::uint64_t identity) noexcept {
    constexpr int kBits = 61;
    constexpr std::uint64_t kModulus = (std::uint64_t{1} << kBits) - 1;
    constexpr std::int64_t kInfHash = 314159;
    if (!std::isfinite(x)) {
        if (std::isinf(x))
            return x > 0 ? kInfHash : -kInfHash;
        return hash_pointer(identity);
    }
    // x = m * 2**e; consume m 28 bits at a time into a value mod 2**61 - 1, then fold in 2**e as a
    // rotation (2**61 == 1 mod the modulus). Matches hash(int(x)) for integral x.
    int e = 0;
    double m = std::frexp(x, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    std::uint64_t h = 0;
    while (m != 0.0) {
        h = ((h << 28) & kModulus) | (h >> (kBits - 28));
        m *= 268435456.0; // 2**28
        e -= 28;
        auto y = static_cast<std::uint64_t>(m);
        m -= static_cast<double>(y);
        h += y;
        if (h >= kModulus)
            h -= kModulus;
    }
    e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
    h = ((h << e) & kModulus) | (h >> (kBits - e));
    if (sign < 0)
        h = 0 - h;
    if (h == static_cast<std::uint64_t>(-1))
        h = static_cast<std::uint64_t>(-2);
    return static_cast<std::int64_t>(h);
}

DoubleDivMod divmod_double(double a, double b) noexcept {
    double mod = std::fmod(a, b);
    // fmod is exact, so a - mod is an exact multiple of b mathematically; the division below is
    // within an ulp of an integer and gets snapped to it.
    double div = (a - mod) / b;
    if (mod != 0.0) {
        if ((b < 0) != (mod < 0)) {
            mod += b;
            div -= 1.0;
        }
    } else {
        // Zero remainders take the divisor's sign on every platform.
        mod = std::copysign(0.0, b);
    }
    double floordiv;
    if (div != 0.0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5)
            floordiv += 1.0;
    } else {
        // A zero quotient gets the sign of the true quotient.
        floordiv = std::copysign(0.0, a / b);
    }
    return {floordiv, mod};
}

double floor_div_double(double a, double b) noexcept {
    return divmod_double(a, b).quotient;
}

double mod_double(double a, double b) noexcept {
    double mod = std::fmod(a, b);
    if (mod != 0.0) {
        if ((b < 0) != (mod < 0))
            mod += b;
    } else {
        mod = std::copysign(0.0, b);
    }
    return mod;
}

double round_half_even(double x) noexcept {
    double rounded = std::round(x);
    if (std::fabs(x - rounded) == 0.5)
        rounded = 2.0 * std::round(x / 2.0);
    return rounded;
}

namespace {

double read_back(const char* text, bool& overflow) {
    errno = 0;
    double r = std::strtod(text, nullptr);
    overflow = errno == ERANGE && std::fabs(r) >= 1.0;
    return r;
}

// round(x, -m) for m >= 1: round the exact integer part at the 10**m place, half to even, using the
// fraction only to break ties (it is below 1 while 10**m / 2 >= 5).
bool round_to_tens(double x, int m, double& out) {
    const double integral = std::trunc(std::fabs(x));
    const bool has_fraction = std::fabs(x) != integral;
    char buf[400];
    int len = std::snprintf(buf, sizeof(buf), "%.0f", integral); // exact: integral is an integer
    std::string rounded = x < 0 || std::signbit(x) ? "-" : "";
    if (len < m) {
        // |x| < 10**(m-1) <= 10**m / 2: rounds to zero.
        rounded += "0";
    } else {
        std::string head(buf, static_cast<std::size_t>(len - m));
        const char* tail = buf + (len - m);
        bool up = false;
        if (tail[0] > '5') {
            up = true;
        } else if (tail[0] == '5') {
            bool rest_zero = !has_fraction;
            for (const char* p = tail + 1; *p && rest_zero; ++p)
                rest_zero = *p == '0';
            // An exact tie goes to the even neighbour.
            bool odd = !head.empty() && ((head.back() - '0') & 1);
            up = !rest_zero || odd;
        }
        if (up) {
            int i = static_cast<int>(head.size()) - 1;
            while (i >= 0 && head[static_cast<std::size_t>(i)] == '9')
                head[static_cast<std::size_t>(i--)] = '0';
            if (i < 0)
                head.insert(head.begin(), '1');
            else
                ++head[static_cast<std::size_t>(i)];
        }
        rounded += head.empty() ? "0" : head;
    }
    rounded += "e" + std::to_string(m);
    bool overflow = false;
    out = read_back(rounded.c_str(), overflow);
    return !overflow;
}

} // namespace

bool round_double(double x, std::int64_t ndigits, double& out) {
    // Beyond these, x is its own rounding or rounds to zero (0.30103 bounds log10(2)).
    constexpr int kMaxDigits = static_cast<int>((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
    constexpr int kMinDigits = -static_cast<int>((DBL_MAX_EXP + 1) * 0.30103);
    if (!std::isfinite(x) || ndigits > kMaxDigits) {
        out = x;
        return true;
    }
    if (ndigits < kMinDigits) {
        out = 0.0 * x;
        return true;
    }
    if (ndigits < 0)
        return round_to_tens(x, static_cast<int>(-ndigits), out);
    // printf's %.*f rounds the exact binary value half-even, as dtoa mode 3 does.
    char buf[720];
    std::snprintf(buf, sizeof(buf), "%.*f", static_cast<int>(ndigits), x);
    bool overflow = false;
    out = read_back(buf, overflow);
    return !overflow;
}

} // namespace hs::numeric

// Double -> text exactly as CPython 3.11: the digit strings of David Gay's dtoa modes 0, 2 and 3
// (mode 0 computed exactly with 128-bit integers where it can, otherwise, like modes 2 and 3,
// obtained from the C library's exact printf), laid out by a port of format_float_short.
#include "numeric/float_format.h"

#include <algorithm>
#include <cassert>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace hs::numeric {

namespace {

// A decimal digit string d1 d2 ... dn (no trailing zeros) and the position of the point:
// value = 0.d1d2...dn * 10**decpt, as _Py_dg_dtoa returns it.
struct Digits {
    char text[32];
    std::string long_text; // used instead of `text` when more than 31 digits are needed
    int length = 0;
    int decpt = 0;

    const char* data() const { return long_text.empty() ? text : long_text.data(); }
};

void set_digits(Digits& out, const char* p, int n, int decpt) {
    // Trailing zeros are never part of dtoa's output.
    while (n > 0 && p[n - 1] == '0')
        --n;
    if (n < static_cast<int>(sizeof(out.text))) {
        std::memcpy(out.text, p, static_cast<std::size_t>(n));
        out.text[n] = '\0';
        out.long_text.clear();
    } else {
        out.long_text.assign(p, static_cast<std::size_t>(n));
    }
    out.length = n;
    out.decpt = decpt;
}

// Parses "d.ddde+XX" (positive, from %.*e) into digits and decpt.
void digits_from_exponent_form(const char* s, Digits& out) {
    std::string mantissa;
    char small[40];
    int n = 0;
    bool use_small = true;
    const char* p = s;
    for (; *p && *p != 'e'; ++p) {
        if (*p == '.')
            continue;
        if (use_small && n < static_cast<int>(sizeof(small))) {
            small[n++] = *p;
        } else {
            if (use_small) {
                mantissa.assign(small, static_cast<std::size_t>(n));
                use_small = false;
            }
            mantissa.push_back(*p);
        }
    }
    int exponent = std::atoi(p + 1);
    if (use_small)
        set_digits(out, small, n, exponent + 1);
    else
        set_digits(out, mantissa.data(), static_cast<int>(mantissa.size()), exponent + 1);
}

// snprintf into a buffer that grows to fit; returns the text.
const char* format_into(std::string& buffer, const char* format, int precision, double x) {
    int needed = std::snprintf(buffer.data(), buffer.size(), format, precision, x);
    if (needed >= static_cast<int>(buffer.size())) {
        buffer.resize(static_cast<std::size_t>(needed) + 1);
        std::snprintf(buffer.data(), buffer.size(), format, precision, x);
    }
    return buffer.c_str();
}

// Splits "%.*e" output into its mantissa digits (all of them) and its exponent.
int split_exponent_form(const char* s, std::string& mantissa) {
    mantissa.clear();
    const char* p = s;
    for (; *p && *p != 'e'; ++p) {
        if (*p != '.')
            mantissa.push_back(*p);
    }
    return std::atoi(p + 1);
}

// The n-digit decimal just above x, when the nearest n-digit decimal lies below x (else false).
bool upper_neighbour(double x, int n, Digits& out) {
    char buf[40];
    std::snprintf(buf, sizeof(buf), "%.*e", n - 1, x);
    if (std::strtod(buf, nullptr) >= x)
        return false;
    std::string m;
    int decpt = split_exponent_form(buf, m) + 1;
    int i = static_cast<int>(m.size()) - 1;
    while (i >= 0 && m[static_cast<std::size_t>(i)] == '9')
        m[static_cast<std::size_t>(i--)] = '0';
    if (i < 0) {
        m.insert(m.begin(), '1');
        ++decpt;
    } else {
        ++m[static_cast<std::size_t>(i)];
    }
    set_digits(out, m.data(), static_cast<int>(m.size()), decpt);
    return true;
}

double parse_digits(const Digits& d) {
    char buf[64];
    std::snprintf(buf, sizeof(buf), "0.%se%d", d.data(), d.decpt);
    return std::strtod(buf, nullptr);
}

// Writes x rounded to n - 1 significant digits in "%.*e" form, derived from `wider`, x's correctly
// rounded n-digit form in the same notation. Falls back to printf when the dropped digit is a 5,
// since `wider` is itself rounded and cannot tell a tie from a near-tie.
void round_off_one_digit(double x, const char* wider, int n, char* buf, std::size_t size) {
    char d[24];
    int count = 0;
    const char* p = wider;
    for (; *p && *p != 'e'; ++p) {
        if (*p != '.')
            d[count++] = *p;
    }
    const int dropped = d[n - 1];
    if (dropped == '5' || count != n) {
        std::snprintf(buf, size, "%.*e", n - 2, x);
        return;
    }
    int exponent = std::atoi(p + 1);
    if (dropped > '5') {
        int i = n - 2;
        while (i >= 0 && d[i] == '9')
            d[i--] = '0';
        if (i < 0) {
            d[0] = '1'; // 99..9 rounds up to 10..0
            ++exponent;
        } else {
            ++d[i];
        }
    }
    std::snprintf(buf, size, "%c.%.*se%+.02d", d[0], n - 2, d + 1, exponent);
}

#ifdef __SIZEOF_INT128__
using U128 = unsigned __int128;

constexpr int kExactMaxPow10 = 21;

struct Pow10Table {
    U128 value[kExactMaxPow10 + 1];
    constexpr Pow10Table() : value{} {
        U128 p = 1;
        for (int k = 0; k <= kExactMaxPow10; ++k, p *= 10)
            value[k] = p;
    }
};
constexpr Pow10Table kPow10;

// Mode 0 without printf for the common range: x = m / 2**s with 0 < s <= 64 (about 2.4e-4 to 9e15),
// not a power of two. All quantities are exact 128-bit integers: the 17-digit scaled value v and its
// binary fraction, and the rounding interval (2m -+ 1) / 2**(s+1), whose ends read back as x only
// when m is even (strtod rounds half to even). Returns false outside that range.
bool shortest_digits_exact(double x, Digits& out) {
    int e = 0;
    const double f = std::frexp(x, &e); // x = f * 2**e, f in [0.5, 1)
    const auto m = static_cast<std::uint64_t>(std::ldexp(f, DBL_MANT_DIG));
    const int s = DBL_MANT_DIG - e;
    if (s <= 0 || s > 64 || m == (std::uint64_t{1} << (DBL_MANT_DIG - 1)))
        return false;
    // x is in [2**(e-1), 2**e): start from the smaller decimal exponent and step up if v has 18 digits.
    int q = 16 - static_cast<int>(std::floor((e - 1) * 0.30102999566398120));
    U128 n = 0;
    std::uint64_t v = 0;
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (q < 0 || q > kExactMaxPow10)
            return false;
        n = static_cast<U128>(m) * kPow10.value[q];
        v = static_cast<std::uint64_t>(n >> s);
        if (v < 100000000000000000ULL)
            break;
        --q;
    }
    const U128 fraction = n & ((U128{1} << s) - 1); // v's fractional part, in units of 2**-s
    const U128 half_unit = U128{1} << (s - 1);
    const U128 upper = static_cast<U128>(2 * m + 1) * kPow10.value[q];
    const U128 lower = static_cast<U128>(2 * m - 1) * kPow10.value[q];
    const bool inclusive = (m & 1) == 0;

    for (int digits = 15; digits <= 17; ++digits) {
        // Round v (+ fraction) to `digits` significant digits, half to even, exactly.
        const int dropped = 17 - digits;
        const std::uint64_t unit = static_cast<std::uint64_t>(kPow10.value[dropped]);
        std::uint64_t c = v / unit;
        const std::uint64_t r = v % unit;
        bool up;
        if (dropped == 0) {
            up = fraction > half_unit || (fraction == half_unit && (c & 1));
        } else {
            const std::uint64_t half = unit / 2;
            up = r > half || (r == half && (fraction != 0 || (c & 1)));
        }
        c += up ? 1 : 0;
        const U128 scaled = static_cast<U128>(c * unit) << (s + 1);
        const bool inside = inclusive ? (lower <= scaled && scaled <= upper) : (lower < scaled && scaled < upper);
        if (inside || digits == 17) {
            // value = c * 10**(dropped - q) = 0.<c> * 10**(len + dropped - q)
            char text[24];
            char* p = text + sizeof(text);
            do {
                *--p = static_cast<char>('0' + c % 10);
                c /= 10;
            } while (c != 0);
            const int len = static_cast<int>(text + sizeof(text) - p);
            set_digits(out, p, len, len + dropped - q);
            return true;
        }
    }
    return false;
}
#endif

// Mode 0 for a positive finite x: the shortest digit string that reads back as x, the nearest one
// when several have that length.
void shortest_digits(double x, Digits& out) {
#ifdef __SIZEOF_INT128__
    if (shortest_digits_exact(x, out))
        return;
#endif
    char buf[40];
    if (x < DBL_MIN) {
        // Subnormals have fewer significant bits: search every length.
        for (int n = 1; n <= 17; ++n) {
            std::snprintf(buf, sizeof(buf), "%.*e", n - 1, x);
            if (std::strtod(buf, nullptr) == x)
                break;
        }
    } else {
        // A normal double's rounding interval holds at most one 15-digit decimal, so when the nearest
        // one reads back, its trailing-zero-stripped form is the shortest. Otherwise 16 digits may
        // do; 17 always read back.
        std::snprintf(buf, sizeof(buf), "%.14e", x);
        if (std::strtod(buf, nullptr) != x) {
            char wide[40];
            std::snprintf(wide, sizeof(wide), "%.16e", x);
            round_off_one_digit(x, wide, 17, buf, sizeof(buf));
            if (std::strtod(buf, nullptr) != x)
                std::memcpy(buf, wide, sizeof(wide));
        }
    }
    digits_from_exponent_form(buf, out);

    // At a power of two the interval below x is half as wide as above, so a shorter decimal just above
    // x can read back even though the nearest one of its length does not (dtoa's special case).
    int exponent = 0;
    if (std::frexp(x, &exponent) == 0.5 && x > DBL_MIN) {
        Digits upper;
        for (int n = 1; n < out.length; ++n) {
            if (upper_neighbour(x, n, upper) && parse_digits(upper) == x) {
                out = upper;
                return;
            }
        }
    }
}

// Mode 2: `n` >= 1 significant digits, correctly rounded (half-even on exact ties).
void significant_digits(double x, int n, Digits& out) {
    std::string buffer(static_cast<std::size_t>(n) + 32, '\0');
    digits_from_exponent_form(format_into(buffer, "%.*e", n - 1, x), out);
}

// Mode 3: `n` >= 0 digits after the point. A value that rounds to zero has no digits and
// decpt == -n, as dtoa reports it.
void fixed_digits(double x, int n, Digits& out) {
    std::string buffer(static_cast<std::size_t>(n) + 340, '\0');
    const char* s = format_into(buffer, "%.*f", n, x);
    std::string all;
    int int_digits = 0;
    bool seen_point = false;
    for (const char* p = s; *p; ++p) {
        if (*p == '.') {
            seen_point = true;
            continue;
        }
        all.push_back(*p);
        if (!seen_point)
            ++int_digits;
    }
    std::size_t first = all.find_first_not_of('0');
    if (first == std::string::npos) {
        set_digits(out, "", 0, -n);
        return;
    }
    set_digits(out, all.data() + first, static_cast<int>(all.size() - first), int_digits - static_cast<int>(first));
}

void append_zeros(std::string& out, std::int64_t count) {
    if (count > 0)
        out.append(static_cast<std::size_t>(count), '0');
}

} // namespace

std::string double_to_string(double x, char code, int precision, unsigned flags) {
    const bool upper = code == 'E' || code == 'F' || code == 'G';
    switch (code) {
    case 'E':
        code = 'e';
        break;
    case 'F':
        code = 'f';
        break;
    case 'G':
        code = 'g';
        break;
    default:
        break;
    }
    const bool add_dot_0 = flags & kDtsfAddDot0;
    const bool alt = flags & kDtsfAlt;
    bool negative = std::signbit(x);

    std::string out;
    if (!std::isfinite(x)) {
        // A nan never shows a sign.
        if (std::isnan(x))
            negative = false;
        if (negative)
            out.push_back('-');
        else if (flags & kDtsfSign)
            out.push_back('+');
        out += std::isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        return out;
    }

    if (code == 'e')
        ++precision; // 'e' asks for precision digits after the first
    else if (code == 'g' && precision == 0)
        precision = 1; // 'g' with precision 0 means 1

    Digits digits;
    const double magnitude = std::fabs(x);
    if (magnitude == 0.0) {
        // dtoa reports zero as "0" with decpt 1 (set_digits would strip that zero).
        std::strcpy(digits.text, "0");
        digits.length = 1;
        digits.decpt = 1;
    } else if (code == 'r') {
        shortest_digits(magnitude, digits);
    } else if (code == 'f') {
        fixed_digits(magnitude, precision, digits);
    } else {
        significant_digits(magnitude, precision, digits);
    }
    const char* d = digits.data();
    const std::int64_t digits_len = digits.length;
    if ((flags & kDtsfNoNeg0) && (digits_len == 0 || (digits_len == 1 && d[0] == '0')))
        negative = false;

    // Output the slice vdigits[vstart:vend] of the digit string padded with zeros on both sides,
    // with the point before vdigits[decpt] (format_float_short's plan).
    std::int64_t decpt = digits.decpt;
    std::int64_t vend = digits_len;
    bool use_exp = false;
    switch (code) {
    case 'e':
        use_exp = true;
        vend = precision;
        break;
    case 'f':
        vend = decpt + precision;
        break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision))
            use_exp = true;
        if (alt)
            vend = precision;
        break;
    case 'r':
        // Exponent form from 1e16 on, so 16-digit reprs are never padded with misleading zeros.
        if (decpt <= -4 || decpt > 16)
            use_exp = true;
        break;
    default:
        assert(false && "bad format code");
        return out;
    }
    int exponent = 0;
    if (use_exp) {
        exponent = static_cast<int>(decpt - 1);
        decpt = 1;
    }
    const std::int64_t vstart = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0)
        vend = std::max(vend, decpt + 1);
    else
        vend = std::max(vend, decpt);

    out.reserve(static_cast<std::size_t>(vend - vstart) + 8);
    if (negative)
        out.push_back('-');
    else if (flags & kDtsfSign)
        out.push_back('+');
    if (decpt <= 0) {
        append_zeros(out, decpt - vstart);
        out.push_back('.');
        append_zeros(out, -decpt);
    } else {
        append_zeros(out, -vstart);
    }
    if (0 < decpt && decpt <= digits_len) {
        out.append(d, static_cast<std::size_t>(decpt));
        out.push_back('.');
        out.append(d + decpt, static_cast<std::size_t>(digits_len - decpt));
    } else {
        out.append(d, static_cast<std::size_t>(digits_len));
    }
    if (digits_len < decpt) {
        append_zeros(out, decpt - digits_len);
        out.push_back('.');
        append_zeros(out, vend - decpt);
    } else {
        append_zeros(out, vend - digits_len);
    }
    if (out.back() == '.' && !alt)
        out.pop_back();
    if (use_exp) {
        char buf[16];
        std::snprintf(buf, sizeof(buf), "%c%+.02d", upper ? 'E' : 'e', exponent);
        out += buf;
    }
    return out;
}

std::string repr_double(double x) {
    // Integral values below 1e16 print as the integer plus ".0": no digit search needed.
    if (std::fabs(x) < 1e16 && x == std::trunc(x) && x != 0.0) {
        char buf[32];
        std::snprintf(buf, sizeof(buf), "%.0f.0", x);
        return buf;
    }
    return double_to_string(x, 'r', 0, kDtsfAddDot0);
}

} // namespace hs::numeric

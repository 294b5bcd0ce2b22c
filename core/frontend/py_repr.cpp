#include "frontend/py_repr.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "frontend/source_text.h"
#include "unicode/utf8.h"
#include "unicode/chartype.h"

namespace hs::frontend {

namespace {

const char kHex[] = "0123456789abcdef";

void append_hex(std::string& out, uint32_t value, int digits) {
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out.push_back(kHex[(value >> shift) & 0xF]);
}

// Shortest digits that read back as `value` (like David Gay's dtoa mode 0): the digit
// string without a point, and the decimal exponent `decpt` (value = 0.DIGITS * 10**decpt).
void shortest_digits(double value, std::string& digits, int& decpt) {
    char buf[64];
    for (int precision = 1; precision <= 17; ++precision) {
        std::snprintf(buf, sizeof buf, "%.*e", precision - 1, value);
        if (std::strtod(buf, nullptr) == value || precision == 17) break;
    }
    // buf is "d.ddde[+-]xx"
    digits.clear();
    const char* p = buf;
    while (*p && *p != 'e') {
        if (*p >= '0' && *p <= '9') digits.push_back(*p);
        ++p;
    }
    int exponent = *p == 'e' ? std::atoi(p + 1) : 0;
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    decpt = exponent + 1;
}

// CPython's format_float_short() for the 'r' format code.
std::string format_repr(double value, bool add_dot_0) {
    if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
    if (std::isnan(value)) return "nan";
    std::string out;
    if (std::signbit(value)) {
        out.push_back('-');
        value = -value;
    }
    if (value == 0) {
        out += add_dot_0 ? "0.0" : "0";
        return out;
    }
    std::string digits;
    int decpt = 0;
    shortest_digits(value, digits, decpt);
    int ndigits = static_cast<int>(digits.size());
    bool use_exp = decpt <= -4 || decpt > 16;
    int exp = 0;
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    int vdigits_end = ndigits;
    if (!use_exp && add_dot_0)
        vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
    else
        vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;
    if (decpt <= 0) {
        out += "0.";
        out.append(static_cast<size_t>(-decpt), '0');
        out += digits;
    } else if (decpt <= ndigits) {
        out.append(digits, 0, static_cast<size_t>(decpt));
        out.push_back('.');
        out.append(digits, static_cast<size_t>(decpt), std::string::npos);
        out.append(static_cast<size_t>(vdigits_end - ndigits), '0');
    } else {
        out += digits;
        out.append(static_cast<size_t>(decpt - ndigits), '0');
        out.push_back('.');
        out.append(static_cast<size_t>(vdigits_end - decpt), '0');
    }
    if (out.back() == '.') out.pop_back();
    if (use_exp) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "e%+.02d", exp);
        out += buf;
    }
    return out;
}

} // namespace

std::string repr_str(std::string_view s) {
    bool squote = s.find('\'') != std::string_view::npos;
    bool dquote = s.find('"') != std::string_view::npos;
    char quote = squote && !dquote ? '"' : '\'';
    std::string out;
    out.reserve(s.size() + 2);
    out.push_back(quote);
    size_t i = 0;
    while (i < s.size()) {
        int32_t cp = utf8_decode(s, i);
        if (cp < 0) cp = 0xFFFD;
        auto ch = static_cast<uint32_t>(cp);
        if (ch == static_cast<uint32_t>(quote) || ch == '\\') {
            out.push_back('\\');
            out.push_back(static_cast<char>(ch));
        } else if (ch == '\t') {
            out += "\\t";
        } else if (ch == '\n') {
            out += "\\n";
        } else if (ch == '\r') {
            out += "\\r";
        } else if (ch < ' ' || ch == 0x7F) {
            out += "\\x";
            append_hex(out, ch, 2);
        } else if (ch < 0x7F) {
            out.push_back(static_cast<char>(ch));
        } else if (unicode::is_printable(ch)) {
            unicode::append_utf8(out, ch);
        } else if (ch <= 0xFF) {
            out += "\\x";
            append_hex(out, ch, 2);
        } else if (ch <= 0xFFFF) {
            out += "\\u";
            append_hex(out, ch, 4);
        } else {
            out += "\\U";
            append_hex(out, ch, 8);
        }
    }
    out.push_back(quote);
    return out;
}

std::string repr_bytes(std::string_view s) {
    bool squote = s.find('\'') != std::string_view::npos;
    bool dquote = s.find('"') != std::string_view::npos;
    char quote = squote && !dquote ? '"' : '\'';
    std::string out = "b";
    out.push_back(quote);
    for (char c : s) {
        auto b = static_cast<unsigned char>(c);
        if (b == static_cast<unsigned char>(quote) || b == '\\') {
            out.push_back('\\');
            out.push_back(c);
        } else if (b == '\t') {
            out += "\\t";
        } else if (b == '\n') {
            out += "\\n";
        } else if (b == '\r') {
            out += "\\r";
        } else if (b < ' ' || b >= 0x7F) {
            out += "\\x";
            append_hex(out, b, 2);
        } else {
            out.push_back(c);
        }
    }
    out.push_back(quote);
    return out;
}

std::string repr_float(double value) { return format_repr(value, true); }

std::string repr_imaginary(double imag) { return format_repr(imag, false) + "j"; }

std::string int_to_decimal(std::string_view digits, int base) {
    if (base == 10) {
        size_t nz = digits.find_first_not_of('0');
        return nz == std::string_view::npos ? "0" : std::string(digits.substr(nz));
    }
    // Little-endian limbs of 10**9.
    std::vector<uint32_t> limbs{0};
    for (char c : digits) {
        uint32_t d = c >= '0' && c <= '9' ? static_cast<uint32_t>(c - '0')
                     : c >= 'a'           ? static_cast<uint32_t>(c - 'a' + 10)
                                          : static_cast<uint32_t>(c - 'A' + 10);
        uint64_t carry = d;
        for (uint32_t& limb : limbs) {
            uint64_t v = static_cast<uint64_t>(limb) * static_cast<uint64_t>(base) + carry;
            limb = static_cast<uint32_t>(v % 1000000000u);
            carry = v / 1000000000u;
        }
        while (carry) {
            limbs.push_back(static_cast<uint32_t>(carry % 1000000000u));
            carry /= 1000000000u;
        }
    }
    std::string out = std::to_string(limbs.back());
    char buf[16];
    for (size_t i = limbs.size() - 1; i-- > 0;) {
        std::snprintf(buf, sizeof buf, "%09u", limbs[i]);
        out += buf;
    }
    return out;
}

} // namespace hs::frontend

#include "compiler/constant.h"
#include "unicode/chartype.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace hs::compiler {

Constant make_none() {
    return Constant{};
}

Constant make_bool(bool value) {
    Constant c;
    c.kind = value ? Constant::Kind::True : Constant::Kind::False;
    return c;
}

Constant make_int(long long value) {
    Constant c;
    c.kind = Constant::Kind::Int;
    c.integer = numeric::BigInt(value);
    return c;
}

Constant make_str(std::string text) {
    Constant c;
    c.kind = Constant::Kind::Str;
    c.text = std::move(text);
    return c;
}

Constant make_float(double value) {
    Constant c;
    c.kind = Constant::Kind::Float;
    c.real = value;
    return c;
}

Constant make_tuple(std::vector<Constant> items) {
    Constant c;
    c.kind = Constant::Kind::Tuple;
    c.items = std::move(items);
    return c;
}

Constant make_code(std::shared_ptr<const CodeUnit> code) {
    Constant c;
    c.kind = Constant::Kind::Code;
    c.code = std::move(code);
    return c;
}

Constant constant_from_ast(const ast::ConstantValue& value) {
    using K = ast::ConstantValue::Kind;
    Constant c;
    switch (value.kind) {
    case K::None:
        c.kind = Constant::Kind::None;
        break;
    case K::True:
        c.kind = Constant::Kind::True;
        break;
    case K::False:
        c.kind = Constant::Kind::False;
        break;
    case K::Ellipsis:
        c.kind = Constant::Kind::Ellipsis;
        break;
    case K::Int:
        c.kind = Constant::Kind::Int;
        c.integer = numeric::BigInt::from_string(value.text, value.base).value_or(numeric::BigInt());
        break;
    case K::Float:
        c.kind = Constant::Kind::Float;
        c.real = value.number;
        break;
    case K::Imaginary:
        c.kind = Constant::Kind::Complex;
        c.imag = value.number;
        break;
    case K::Str:
        c.kind = Constant::Kind::Str;
        c.text = value.text;
        break;
    case K::Bytes:
        c.kind = Constant::Kind::Bytes;
        c.text = value.text;
        break;
    }
    return c;
}

namespace {

std::string bits_of(double d) {
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    char buf[20];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(bits));
    return buf;
}

// Shortest decimal digits that read back as `v` (v finite and > 0): digits without a point,
// and the exponent such that v = 0.DIGITS * 10**decpt.
void shortest_digits(double v, std::string& digits, int& decpt) {
    char buf[64];
    for (int precision = 1; precision <= 17; ++precision) {
        std::snprintf(buf, sizeof buf, "%.*e", precision - 1, v);
        if (std::strtod(buf, nullptr) == v || precision == 17) break;
    }
    // buf is "D.DDDDe[+-]XX".
    const char* e = std::strchr(buf, 'e');
    digits.clear();
    for (const char* p = buf; p < e; ++p) {
        if (*p != '.') digits += *p;
    }
    while (digits.size() > 1 && digits.back() == '0')
        digits.pop_back();
    decpt = std::atoi(e + 1) + 1;
}

// Python's float formatting with format code 'r'; add_dot_0 appends ".0" to integral
// fixed-point output (float repr does, complex parts do not).
std::string format_float_r(double v, bool add_dot_0) {
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    std::string sign = std::signbit(v) ? "-" : "";
    v = std::fabs(v);
    if (v == 0) return sign + (add_dot_0 ? "0.0" : "0");
    std::string digits;
    int decpt;
    shortest_digits(v, digits, decpt);
    int n = static_cast<int>(digits.size());
    if (decpt <= -4 || decpt > 16) {
        std::string out = sign + digits.substr(0, 1);
        if (n > 1) out += "." + digits.substr(1);
        int exp = decpt - 1;
        char buf[16];
        std::snprintf(buf, sizeof buf, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
        return out + buf;
    }
    if (decpt <= 0) return sign + "0." + std::string(-decpt, '0') + digits;
    if (decpt >= n) return sign + digits + std::string(decpt - n, '0') + (add_dot_0 ? ".0" : "");
    return sign + digits.substr(0, decpt) + "." + digits.substr(decpt);
}

// Decodes one UTF-8 sequence at s[i]; advances i.
uint32_t next_code_point(const std::string& s, size_t& i) {
    unsigned char c = static_cast<unsigned char>(s[i++]);
    if (c < 0x80) return c;
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    uint32_t cp = c & (0x3F >> extra);
    for (int k = 0; k < extra && i < s.size(); ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
    return cp;
}

std::string str_repr(const std::string& s) {
    bool has_single = s.find('\'') != std::string::npos;
    bool has_double = s.find('"') != std::string::npos;
    char quote = (has_single && !has_double) ? '"' : '\'';
    std::string out(1, quote);
    char buf[16];
    for (size_t i = 0; i < s.size();) {
        size_t start = i;
        uint32_t cp = next_code_point(s, i);
        if (cp == static_cast<uint32_t>(quote) || cp == '\\') {
            out += '\\';
            out += static_cast<char>(cp);
        } else if (cp == '\t') {
            out += "\\t";
        } else if (cp == '\n') {
            out += "\\n";
        } else if (cp == '\r') {
            out += "\\r";
        } else if (!unicode::is_printable(cp)) {
            if (cp < 0x100)
                std::snprintf(buf, sizeof buf, "\\x%02x", cp);
            else if (cp < 0x10000)
                std::snprintf(buf, sizeof buf, "\\u%04x", cp);
            else
                std::snprintf(buf, sizeof buf, "\\U%08x", cp);
            out += buf;
        } else {
            out.append(s, start, i - start);
        }
    }
    out += quote;
    return out;
}

std::string bytes_repr(const std::string& s) {
    bool has_single = s.find('\'') != std::string::npos;
    bool has_double = s.find('"') != std::string::npos;
    char quote = (has_single && !has_double) ? '"' : '\'';
    std::string out = "b";
    out += quote;
    char buf[8];
    for (unsigned char c : s) {
        if (c == quote || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c >= 0x7F) {
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    out += quote;
    return out;
}

std::string complex_repr(double real, double imag) {
    if (real == 0 && !std::signbit(real)) return format_float_r(imag, false) + "j";
    std::string im = format_float_r(imag, false);
    if (im[0] != '-') im = "+" + im;
    return "(" + format_float_r(real, false) + im + "j)";
}

} // namespace

std::string float_repr(double value) {
    return format_float_r(value, true);
}

size_t utf8_length(const std::string& s) {
    size_t n = 0;
    for (unsigned char c : s) {
        if ((c & 0xC0) != 0x80) ++n;
    }
    return n;
}

namespace {

void append_int(std::string& out, long long v) {
    out += std::to_string(v);
    out += ',';
}

} // namespace

// Code objects compare by content (code_richcompare): a lambda in a `while` test or a
// `finally` body is compiled twice and CPython keeps one constant for both.
std::string code_key(const CodeUnit& co) {
    std::string key = "C" + std::to_string(co.name.size()) + ":" + co.name;
    append_int(key, co.argcount);
    append_int(key, co.posonlyargcount);
    append_int(key, co.kwonlyargcount);
    append_int(key, co.flags);
    append_int(key, co.firstlineno);
    for (const Instruction& i : co.code) {
        append_int(key, static_cast<int>(i.op));
        append_int(key, i.arg);
    }
    key += "|";
    for (const Constant& c : co.consts)
        key += constant_key(c) + ",";
    key += "|";
    for (const std::string& n : co.names)
        key += std::to_string(n.size()) + ":" + n;
    key += "|";
    for (const std::string& n : co.localsplusnames)
        key += std::to_string(n.size()) + ":" + n;
    key += "|";
    for (const ast::Position& p : co.positions) {
        append_int(key, p.lineno);
        append_int(key, p.end_lineno);
        append_int(key, p.col_offset);
        append_int(key, p.end_col_offset);
    }
    key += "|";
    for (const ExceptionTableEntry& e : co.exception_table) {
        append_int(key, e.start);
        append_int(key, e.end);
        append_int(key, e.target);
        append_int(key, e.depth);
        append_int(key, e.lasti);
    }
    return key + ";";
}

std::string constant_key(const Constant& c) {
    using K = Constant::Kind;
    switch (c.kind) {
    case K::None:
        return "N";
    case K::True:
        return "T";
    case K::False:
        return "F";
    case K::Ellipsis:
        return "E";
    case K::Int:
        return "i" + c.integer.to_string();
    case K::Float:
        return "f" + bits_of(c.real);
    case K::Complex:
        return "c" + bits_of(c.real) + bits_of(c.imag);
    case K::Str:
        return "s" + std::to_string(c.text.size()) + ":" + c.text;
    case K::Bytes:
        return "b" + std::to_string(c.text.size()) + ":" + c.text;
    case K::Tuple: {
        std::string key = "(";
        for (const Constant& item : c.items)
            key += constant_key(item) + ",";
        return key + ")";
    }
    case K::FrozenSet: {
        std::vector<std::string> keys;
        for (const Constant& item : c.items)
            keys.push_back(constant_key(item));
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        std::string key = "{";
        for (const std::string& k : keys)
            key += k + ",";
        return key + "}";
    }
    case K::Code:
        return c.code ? code_key(*c.code) : "C";
    }
    return "?";
}

bool constant_is_true(const Constant& c) {
    using K = Constant::Kind;
    switch (c.kind) {
    case K::None:
    case K::False:
        return false;
    case K::True:
    case K::Ellipsis:
    case K::Code:
        return true;
    case K::Int:
        return !c.integer.is_zero();
    case K::Float:
        return c.real != 0;
    case K::Complex:
        return c.real != 0 || c.imag != 0;
    case K::Str:
    case K::Bytes:
        return !c.text.empty();
    case K::Tuple:
    case K::FrozenSet:
        return !c.items.empty();
    }
    return true;
}

std::string constant_repr(const Constant& c) {
    using K = Constant::Kind;
    switch (c.kind) {
    case K::None:
        return "None";
    case K::True:
        return "True";
    case K::False:
        return "False";
    case K::Ellipsis:
        return "Ellipsis";
    case K::Int:
        return c.integer.to_string();
    case K::Float:
        return float_repr(c.real);
    case K::Complex:
        return complex_repr(c.real, c.imag);
    case K::Str:
        return str_repr(c.text);
    case K::Bytes:
        return bytes_repr(c.text);
    case K::Tuple: {
        std::string out = "(";
        for (size_t i = 0; i < c.items.size(); ++i) {
            if (i) out += ", ";
            out += constant_repr(c.items[i]);
        }
        if (c.items.size() == 1) out += ",";
        return out + ")";
    }
    case K::FrozenSet: {
        if (c.items.empty()) return "frozenset()";
        std::vector<std::string> reprs;
        for (const Constant& item : c.items)
            reprs.push_back(constant_repr(item));
        std::sort(reprs.begin(), reprs.end());
        reprs.erase(std::unique(reprs.begin(), reprs.end()), reprs.end());
        std::string out = "frozenset({";
        for (size_t i = 0; i < reprs.size(); ++i) {
            if (i) out += ", ";
            out += reprs[i];
        }
        return out + "})";
    }
    case K::Code:
        return "<code " + (c.code ? c.code->qualname : std::string("?")) + ">";
    }
    return "?";
}

} // namespace hs::compiler

// printf-style formatting: str % args (CPython's PyUnicode_Format), with its argument rules
// (a tuple gives the arguments, a mapping serves %(name)s, anything else is one argument)
// and its messages.
#include "objects/str_impl.h"

#include "numeric/bigint.h"
#include "objects/exceptions.h"
#include "objects/floatobject.h"
#include "objects/intobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace hs {

namespace {

enum Flag { F_LEFT = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

struct Formatter {
    Object* args;
    ssize_t arglen;
    ssize_t argidx;
    Object* dict = nullptr;
    Ref keyed;  // the value of the current %(key) specification

    Object* next_arg() {  // borrowed
        if (keyed) {
            if (argidx < arglen) {
                ++argidx;
                return keyed.get();
            }
        } else if (argidx < arglen) {
            ssize_t i = argidx++;
            return arglen < 0 ? args : tuple_items(args)[i];
        }
        set_error(&TypeErrorType, "not enough arguments for format string");
        return nullptr;
    }
};

// The digits of an int (new std::string, sign included), or false with an error.
std::string int_digits(Object* v, int base) {
    bool overflow = false;
    int64_t x = int_as_int64(v, &overflow);
    if (!overflow) {
        std::string s;
        bool negative = x < 0;
        uint64_t u = negative ? 0 - static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
        do {
            s.push_back("0123456789abcdef"[u % static_cast<uint64_t>(base)]);
            u /= static_cast<uint64_t>(base);
        } while (u);
        if (negative) s.push_back('-');
        return std::string(s.rbegin(), s.rend());
    }
    return int_to_bigint(v).to_string(base);
}

// Lays out sign + prefix + digits in `width` (CPython's unicode_format_arg_output for numbers).
void output_number(std::string& out, std::string body, int flags, ssize_t width, const char* prefix,
                   bool zero_allowed) {
    std::string sign;
    if (!body.empty() && body[0] == '-') {
        sign = "-";
        body.erase(0, 1);
    } else if (flags & F_SIGN) {
        sign = "+";
    } else if (flags & F_BLANK) {
        sign = " ";
    }
    std::string head = sign + prefix;
    ssize_t len = static_cast<ssize_t>(head.size() + body.size());
    if (width > len && (flags & F_ZERO) && !(flags & F_LEFT) && zero_allowed) {
        out += head;
        out.append(static_cast<size_t>(width - len), '0');
        out += body;
        return;
    }
    if (width > len && !(flags & F_LEFT)) out.append(static_cast<size_t>(width - len), ' ');
    out += head;
    out += body;
    if (width > len && (flags & F_LEFT)) out.append(static_cast<size_t>(width - len), ' ');
}

bool format_long(std::string& out, Object* v, char type, int flags, ssize_t width, ssize_t prec) {
    Ref iobj;
    if (int_check(v)) {
        iobj = Ref::borrowed(v);
    } else {
        bool index_only = type == 'o' || type == 'x' || type == 'X';
        if (index_only) {
            iobj = Ref(v->ob_type->nb_index ? number_index(v) : nullptr);
        } else if (float_check(v) && !v->ob_type->nb_int) {
            iobj = Ref(int_from_double(float_as_double(v)));
        } else if (v->ob_type->nb_int || v->ob_type->nb_index || v->ob_type->nb_float) {
            iobj = Ref(v->ob_type->nb_int ? v->ob_type->nb_int(v) : v->ob_type->nb_index ? number_index(v) : nullptr);
        }
        if (!iobj) {
            if (!error_occurred() || error_matches(&TypeErrorType)) {
                clear_error();
                type_error("%%%c format: %s is required, not %s", type, index_only ? "an integer" : "a real number",
                           type_name_of(v));
            }
            return false;
        }
    }
    int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    std::string digits = int_digits(iobj.get(), base);
    bool negative = !digits.empty() && digits[0] == '-';
    std::string body = negative ? digits.substr(1) : digits;
    if (prec >= 0 && static_cast<ssize_t>(body.size()) < prec) body.insert(0, static_cast<size_t>(prec) - body.size(), '0');
    if (type == 'X') {
        for (char& c : body) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    const char* prefix = "";
    if (flags & F_ALT) prefix = type == 'o' ? "0o" : type == 'x' ? "0x" : type == 'X' ? "0X" : "";
    output_number(out, (negative ? "-" : "") + body, flags, width, prefix, true);
    return true;
}

bool format_float(std::string& out, Object* v, char type, int flags, ssize_t width, ssize_t prec) {
    double x = float_as_double(v);
    if (x == -1.0 && error_occurred()) return false;
    if (prec < 0) prec = 6;
    std::string body;
    if (std::isnan(x) || std::isinf(x)) {
        bool upper = type == 'E' || type == 'F' || type == 'G';
        body = std::isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        if (std::isinf(x) && x < 0) body.insert(0, "-");
    } else {
        char fmt[8] = "%";
        size_t k = 1;
        if (flags & F_ALT) fmt[k++] = '#';
        fmt[k++] = '.';
        fmt[k++] = '*';
        fmt[k++] = type == 'F' ? 'f' : type;
        fmt[k] = 0;
        int n = std::snprintf(nullptr, 0, fmt, static_cast<int>(prec), x);
        body.resize(static_cast<size_t>(n) + 1);
        std::snprintf(body.data(), body.size(), fmt, static_cast<int>(prec), x);
        body.resize(static_cast<size_t>(n));
    }
    output_number(out, body, flags, width, "", true);
    return true;
}

// Pads a text result (for %s %r %a %c) into the output.
void output_text(std::string& out, std::string_view text, ssize_t chars, int flags, ssize_t width) {
    if (width > chars && !(flags & F_LEFT)) out.append(static_cast<size_t>(width - chars), ' ');
    out += text;
    if (width > chars && (flags & F_LEFT)) out.append(static_cast<size_t>(width - chars), ' ');
}

// Reads a '*' argument for width or precision.
bool star_arg(Formatter& f, ssize_t* out) {
    Object* v = f.next_arg();
    if (!v) return false;
    if (!int_check(v)) {
        type_error("* wants int");
        return false;
    }
    bool overflow = false;
    int64_t x = int_as_int64(v, &overflow);
    if (overflow || x > PTRDIFF_MAX / 2 || x < -PTRDIFF_MAX / 2) {
        value_error("width too big");
        return false;
    }
    *out = static_cast<ssize_t>(x);
    return true;
}

} // namespace

Object* str_mod(Object* format, Object* args) {
    Formatter f;
    bool is_tuple = tuple_check(args);
    f.args = args;
    f.arglen = is_tuple ? tuple_size(args) : -1;
    f.argidx = is_tuple ? 0 : -2;
    if (!is_tuple && !str_check(args) && (args->ob_type->mp_subscript)) f.dict = args;

    // Work on characters: positions in messages are character indices.
    std::string_view fmt = str_view(format);
    std::vector<uint32_t> s;
    s.reserve(fmt.size());
    for (const char* p = fmt.data(); p < fmt.data() + fmt.size();) s.push_back(unicode::decode(p));
    const size_t n = s.size();
    std::string out;
    out.reserve(fmt.size() + 16);
    size_t i = 0;
    while (i < n) {
        if (s[i] != '%') {
            char buf[4];
            out.append(buf, static_cast<size_t>(unicode::encode(s[i], buf)));
            ++i;
            continue;
        }
        ++i;
        if (i < n && s[i] == '%') {
            out.push_back('%');
            ++i;
            continue;
        }
        f.keyed.reset();
        if (i < n && s[i] == '(') {
            if (!f.dict) return type_error("format requires a mapping");
            size_t start = ++i;
            int depth = 1;
            while (i < n && depth > 0) {
                if (s[i] == ')') --depth;
                else if (s[i] == '(') ++depth;
                ++i;
            }
            if (depth > 0) return value_error("incomplete format key");
            StrBuilder key;
            for (size_t k = start; k < i - 1; ++k) key.append_char(s[k]);
            Ref keyobj(key.finish());
            if (!keyobj) return nullptr;
            Object* value = object_getitem(f.dict, keyobj.get());
            if (!value) return nullptr;
            f.keyed = Ref(value);
            f.arglen = -1;
            f.argidx = -2;
        }
        int flags = 0;
        for (; i < n; ++i) {
            uint32_t c = s[i];
            if (c == '-') flags |= F_LEFT;
            else if (c == '+') flags |= F_SIGN;
            else if (c == ' ') flags |= F_BLANK;
            else if (c == '#') flags |= F_ALT;
            else if (c == '0') flags |= F_ZERO;
            else break;
        }
        ssize_t width = -1, prec = -1;
        if (i < n && s[i] == '*') {
            if (!star_arg(f, &width)) return nullptr;
            if (width < 0) {
                flags |= F_LEFT;
                width = -width;
            }
            ++i;
        } else {
            while (i < n && s[i] >= '0' && s[i] <= '9') {
                if (width < 0) width = 0;
                if (width > (PTRDIFF_MAX - 9) / 10) return value_error("width too big");
                width = width * 10 + static_cast<ssize_t>(s[i] - '0');
                ++i;
            }
        }
        if (i < n && s[i] == '.') {
            ++i;
            prec = 0;
            if (i < n && s[i] == '*') {
                if (!star_arg(f, &prec)) return nullptr;
                if (prec < 0) prec = 0;
                ++i;
            } else {
                while (i < n && s[i] >= '0' && s[i] <= '9') {
                    if (prec > (PTRDIFF_MAX - 9) / 10) return value_error("precision too big");
                    prec = prec * 10 + static_cast<ssize_t>(s[i] - '0');
                    ++i;
                }
            }
        }
        // Length modifiers are accepted and ignored, as in C.
        while (i < n && (s[i] == 'h' || s[i] == 'l' || s[i] == 'L')) ++i;
        if (i >= n) return value_error("incomplete format");
        uint32_t c = s[i++];
        Object* v = f.next_arg();
        if (!v) return nullptr;
        switch (c) {
        case 's':
        case 'r':
        case 'a': {
            Ref text(c == 's' ? object_str(v) : c == 'r' ? object_repr(v) : object_ascii(v));
            if (!text) return nullptr;
            std::string_view t = str_view(text.get());
            ssize_t chars = str_length(text.get());
            if (prec >= 0 && prec < chars) {
                t = t.substr(0, static_cast<size_t>(str_offset_of(text.get(), prec)));
                chars = prec;
            }
            output_text(out, t, chars, flags, width);
            break;
        }
        case 'd':
        case 'i':
        case 'u':
        case 'o':
        case 'x':
        case 'X':
            if (!format_long(out, v, static_cast<char>(c), flags, width, prec)) return nullptr;
            break;
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
            if (!format_float(out, v, static_cast<char>(c), flags, width, prec)) return nullptr;
            break;
        case 'c': {
            uint32_t ch;
            if (str_check(v)) {
                if (str_length(v) != 1) return type_error("%%c requires int or char");
                ch = str_char_at(v, 0);
            } else if (int_check(v) || v->ob_type->nb_index) {
                Ref iv(number_index(v));
                if (!iv) return nullptr;
                bool overflow = false;
                int64_t x = int_as_int64(iv.get(), &overflow);
                if (overflow || x < 0 || x >= 0x110000) {
                    set_error(&OverflowErrorType, "%c arg not in range(0x110000)");
                    return nullptr;
                }
                ch = static_cast<uint32_t>(x);
            } else {
                return type_error("%%c requires int or char");
            }
            char buf[4];
            output_text(out, std::string_view(buf, static_cast<size_t>(unicode::encode(ch, buf))), 1, flags, width);
            break;
        }
        default: {
            char shown = (c > 32 && c < 127) ? static_cast<char>(c) : '?';
            set_error_format(&ValueErrorType, "unsupported format character '%c' (0x%x) at index %zd", shown,
                             static_cast<unsigned>(c), static_cast<ssize_t>(i - 1));
            return nullptr;
        }
        }
        if (f.keyed) {
            f.keyed.reset();
            f.arglen = -1;
            f.argidx = -2;
        }
    }
    if (f.argidx < f.arglen && !f.dict) return type_error("not all arguments converted during string formatting");
    // A template without specifications gives the same object back ('abc' % () is 'abc').
    if (fmt.find('%') == std::string_view::npos) return str_result_unchanged(format);
    // "%s" % s with an exact str gives s itself, as CPython's writer does.
    if (fmt == "%s" && !f.dict) {
        Object* v = is_tuple ? (tuple_size(args) == 1 ? tuple_items(args)[0] : nullptr) : args;
        if (v && str_check_exact(v)) return newref(v);
    }
    return str_from_utf8(out);
}

} // namespace hs

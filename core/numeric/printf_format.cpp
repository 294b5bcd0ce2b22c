// printf-style conversions: the spec parser (unicode_format_arg_parse), the number texts
// (_PyUnicode_FormatLong, formatfloat) and the padding step (unicode_format_arg_output).
#include "numeric/printf_format.h"

#include "numeric/float_format.h"
#include "numeric/utf8.h"

#include <climits>
#include <cstdio>

namespace hs::numeric {

using detail::append_repeated;
using detail::count_code_points;
using detail::decode_utf8;
using detail::prefix_bytes;

namespace {

FormatError value_error(std::string message) {
    return {ErrorKind::value_error, std::move(message)};
}

// unicode_format_arg_output: pads `text` to the width. For numbers (`numeric`), a leading sign and
// an alternate-form 0x/0X/0o prefix stay in front of zero padding.
std::string pad_output(std::string_view text, const PrintfSpec& spec, bool numeric) {
    const std::uint32_t fill = numeric && spec.zero ? '0' : ' ';
    std::int64_t len = static_cast<std::int64_t>(count_code_points(text));
    std::int64_t width = spec.width;
    const char conversion = static_cast<char>(spec.conversion);
    if ((conversion == 's' || conversion == 'r' || conversion == 'a') && spec.precision >= 0 &&
        len > spec.precision) {
        len = spec.precision;
        text = text.substr(0, prefix_bytes(text, static_cast<std::size_t>(len)));
    }
    std::size_t index = 0; // byte position of the next character of `text` to write
    char sign = '\0';
    bool has_sign = numeric;
    if (has_sign) {
        if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
            sign = text[0];
            --len;
            ++index;
        } else if (spec.plus) {
            sign = '+';
        } else if (spec.blank) {
            sign = ' ';
        } else {
            has_sign = false;
        }
    }
    if (width < len)
        width = len;

    std::string out;
    out.reserve(text.size() + static_cast<std::size_t>(width - len) + 1);
    if (has_sign) {
        if (fill != ' ')
            out.push_back(sign);
        if (width > len)
            --width;
    }
    const bool prefix = spec.alt && (conversion == 'x' || conversion == 'X' || conversion == 'o');
    if (prefix) {
        if (fill != ' ') {
            out.append(text.substr(index, 2));
            index += 2;
        }
        width = std::max<std::int64_t>(width - 2, 0);
        len -= 2;
    }
    if (width > len && !spec.left) {
        append_repeated(out, fill, width - len);
        width = len;
    }
    if (fill == ' ') {
        if (has_sign)
            out.push_back(sign);
        if (prefix) {
            out.append(text.substr(index, 2));
            index += 2;
        }
    }
    out.append(text.substr(index, prefix_bytes(text.substr(index), static_cast<std::size_t>(len))));
    if (width > len)
        out.append(static_cast<std::size_t>(width - len), ' ');
    return out;
}

} // namespace

PrintfParseResult parse_printf_spec(std::string_view format, std::size_t pos) {
    PrintfParseResult result;
    PrintfSpec& spec = result.spec;
    const std::size_t end = format.size();
    if (pos < end && format[pos] == '%') {
        spec.literal_percent = true;
        spec.conversion = '%';
        spec.conversion_offset = pos;
        spec.end = pos + 1;
        return result;
    }
    // CPython counts down the characters left (fmtcnt); running out anywhere is "incomplete format".
    std::size_t p = pos;
    std::uint32_t ch = 0;
    bool ran_out = false;
    std::size_t ch_offset = pos;
    auto read = [&]() {
        if (p >= end) {
            ran_out = true;
            return false;
        }
        ch_offset = p;
        ch = decode_utf8(format, p);
        return true;
    };

    if (pos < end && format[pos] == '(') {
        spec.has_key = true;
        p = pos + 1;
        int depth = 1;
        while (depth > 0 && read()) {
            if (ch == ')')
                --depth;
            else if (ch == '(')
                ++depth;
        }
        if (ran_out || depth > 0) {
            result.error = value_error("incomplete format key");
            return result;
        }
        spec.key = format.substr(pos + 1, p - pos - 2);
    }
    while (read()) {
        if (ch == '-')
            spec.left = true;
        else if (ch == '+')
            spec.plus = true;
        else if (ch == ' ')
            spec.blank = true;
        else if (ch == '#')
            spec.alt = true;
        else if (ch == '0')
            spec.zero = true;
        else
            break;
    }
    if (ch == '*') {
        spec.width_star = true;
        read();
    } else if (ch >= '0' && ch <= '9') {
        std::int64_t width = ch - '0';
        while (read()) {
            if (ch < '0' || ch > '9')
                break;
            int d = static_cast<int>(ch - '0');
            if (width > (INT64_MAX - d) / 10) {
                result.error = value_error("width too big");
                return result;
            }
            width = width * 10 + d;
        }
        spec.width = width;
    }
    if (ch == '.') {
        spec.precision = 0;
        read();
        if (ch == '*') {
            spec.precision_star = true;
            read();
        } else if (ch >= '0' && ch <= '9') {
            std::int64_t precision = ch - '0';
            while (read()) {
                if (ch < '0' || ch > '9')
                    break;
                int d = static_cast<int>(ch - '0');
                if (precision > (INT_MAX - d) / 10) {
                    result.error = value_error("precision too big");
                    return result;
                }
                precision = precision * 10 + d;
            }
            spec.precision = precision;
        }
    }
    // Length modifiers as in C are accepted and ignored: "%ld" == "%d".
    if (!ran_out && (ch == 'h' || ch == 'l' || ch == 'L'))
        read();
    if (ran_out) {
        result.error = value_error("incomplete format");
        return result;
    }
    spec.conversion = ch;
    spec.conversion_offset = ch_offset;
    spec.end = p;
    return result;
}

void set_star_width(PrintfSpec& spec, std::int64_t width) noexcept {
    if (width < 0) {
        spec.left = true;
        width = width == INT64_MIN ? INT64_MAX : -width;
    }
    spec.width = width;
}

void set_star_precision(PrintfSpec& spec, std::int64_t precision) noexcept {
    spec.precision = precision < 0 ? 0 : precision;
}

FormatResult printf_int(const BigInt& value, const PrintfSpec& spec, int max_str_digits) {
    const char conversion = static_cast<char>(spec.conversion);
    if (spec.precision > INT_MAX - 3)
        return FormatError{ErrorKind::overflow_error, "precision too large"};
    // _PyUnicode_FormatLong: sign, optional base prefix, digits zero-extended to the precision.
    int base = 10;
    const char* prefix = "";
    if (conversion == 'o') {
        base = 8;
        prefix = "0o";
    } else if (conversion == 'x') {
        base = 16;
        prefix = "0x";
    } else if (conversion == 'X') {
        base = 16;
        prefix = "0X";
    }
    std::string digits;
    if (base == 10) {
        auto text = value.abs().to_decimal_string(max_str_digits);
        if (!text)
            return value_error(int_max_str_digits_to_str_message(max_str_digits));
        digits = std::move(*text);
    } else {
        digits = value.abs().to_string(base);
        if (conversion == 'X') {
            for (char& c : digits)
                c = c >= 'a' && c <= 'f' ? static_cast<char>(c - 'a' + 'A') : c;
        }
    }
    std::string text;
    if (value.is_negative())
        text.push_back('-');
    if (spec.alt)
        text += prefix;
    if (spec.precision > static_cast<std::int64_t>(digits.size()))
        text.append(static_cast<std::size_t>(spec.precision) - digits.size(), '0');
    text += digits;
    return pad_output(text, spec, true);
}

FormatResult printf_float(double value, const PrintfSpec& spec) {
    int precision = spec.precision < 0 ? 6 : static_cast<int>(spec.precision);
    std::string text = double_to_string(value, static_cast<char>(spec.conversion), precision,
                                        spec.alt ? kDtsfAlt : kDtsfNone);
    return pad_output(text, spec, true);
}

FormatResult printf_char(const BigInt& code_point, const PrintfSpec& spec) {
    auto cp = code_point.try_to_int64();
    if (!cp || *cp < 0 || *cp > 0x10FFFF)
        return FormatError{ErrorKind::overflow_error, "%c arg not in range(0x110000)"};
    std::string text;
    detail::append_utf8(text, static_cast<std::uint32_t>(*cp));
    return pad_output(text, spec, false);
}

FormatResult printf_str(std::string_view text, const PrintfSpec& spec) {
    return pad_output(text, spec, false);
}

FormatError printf_unsupported_error(std::string_view format, const PrintfSpec& spec) {
    const std::uint32_t ch = spec.conversion;
    const std::size_t index = count_code_points(format.substr(0, spec.conversion_offset));
    char buf[120];
    std::snprintf(buf, sizeof(buf), "unsupported format character '%c' (0x%x) at index %zu",
                  ch >= 31 && ch <= 126 ? static_cast<char>(ch) : '?', static_cast<unsigned>(ch), index);
    return value_error(buf);
}

std::string printf_wrong_type_message(std::uint32_t conversion, std::string_view type_name) {
    std::string c(1, static_cast<char>(conversion));
    bool integer_only = conversion == 'o' || conversion == 'x' || conversion == 'X';
    return "%" + c + " format: " + (integer_only ? "an integer is required" : "a real number is required") +
           ", not " + std::string(type_name.substr(0, 200));
}

} // namespace hs::numeric

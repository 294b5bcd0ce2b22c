// int.__format__ and float.__format__: the number is rendered to digits, then laid out as
//
//     <lpadding> <sign> <prefix> <spadding> <grouped digits> <decimal point> <remainder> <rpadding>
//
// following CPython's calc_number_widths / fill_number (formatter_unicode.c), including zero padding
// that runs through the thousands separators (format(1234, '010,') == '00,001,234').
#include "numeric/float_format.h"
#include "numeric/format_spec.h"

#include "numeric/utf8.h"

#include <algorithm>
#include <climits>

namespace hs::numeric {

using detail::append_repeated;
using detail::append_utf8;

namespace {

struct GroupingStyle {
    int group = 0; // digits per group; 0 = no grouping
    char separator = '\0';
};

GroupingStyle grouping_style(Grouping g) {
    switch (g) {
    case Grouping::comma:
        return {3, ','};
    case Grouping::underscore:
        return {3, '_'};
    case Grouping::underscore_four:
        return {4, '_'};
    case Grouping::none:
        break;
    }
    return {};
}

// _PyUnicode_InsertThousandsGrouping: groups `digits` from the right, padding with zeros (and more
// separators) up to min_width characters.
std::string group_digits(std::string_view digits, std::int64_t min_width, GroupingStyle style) {
    std::string reversed;
    std::int64_t remaining = static_cast<std::int64_t>(digits.size());
    min_width = std::max<std::int64_t>(0, min_width);
    std::size_t next = digits.size(); // digits[0, next) are still to be copied
    bool use_separator = false;
    auto emit = [&](std::int64_t len) {
        std::int64_t zeros = std::max<std::int64_t>(0, len - remaining);
        std::int64_t chars = std::max<std::int64_t>(0, std::min(remaining, len));
        if (use_separator)
            reversed.push_back(style.separator);
        for (std::int64_t k = 0; k < chars; ++k)
            reversed.push_back(digits[--next]);
        reversed.append(static_cast<std::size_t>(zeros), '0');
        remaining -= chars;
    };
    bool done = false;
    if (style.group > 0) {
        while (true) {
            std::int64_t len = std::min<std::int64_t>(style.group, std::max({remaining, min_width, std::int64_t{1}}));
            emit(len);
            use_separator = true;
            min_width -= len;
            if (remaining <= 0 && min_width <= 0) {
                done = true;
                break;
            }
            min_width -= 1; // the separator's width
        }
    }
    if (!done)
        emit(std::max({remaining, min_width, std::int64_t{1}}));
    std::reverse(reversed.begin(), reversed.end());
    return reversed;
}

// calc_number_widths + fill_number.
std::string layout_number(const FormatSpec& spec, bool negative, std::string_view prefix, std::string_view digits,
                          bool has_decimal, std::string_view remainder, std::int64_t remainder_width,
                          GroupingStyle style) {
    char sign = '\0';
    if (spec.sign == '+')
        sign = negative ? '-' : '+';
    else if (spec.sign == ' ')
        sign = negative ? '-' : ' ';
    else if (negative)
        sign = '-';
    const std::int64_t n_non_digits = (sign ? 1 : 0) + static_cast<std::int64_t>(prefix.size()) +
                                      (has_decimal ? 1 : 0) + remainder_width;
    const std::int64_t min_width = spec.fill == '0' && spec.align == '=' ? spec.width - n_non_digits : 0;
    std::string grouped;
    if (!digits.empty())
        grouped = group_digits(digits, min_width, style);

    std::int64_t padding = spec.width - (n_non_digits + static_cast<std::int64_t>(grouped.size()));
    std::int64_t lpad = 0, spad = 0, rpad = 0;
    if (padding > 0) {
        switch (spec.align) {
        case '<':
            rpad = padding;
            break;
        case '^':
            lpad = padding / 2;
            rpad = padding - lpad;
            break;
        case '=':
            spad = padding;
            break;
        default:
            lpad = padding;
            break;
        }
    }
    std::string out;
    out.reserve(grouped.size() + remainder.size() + prefix.size() + 4 +
                static_cast<std::size_t>(std::max<std::int64_t>(padding, 0)));
    append_repeated(out, spec.fill, lpad);
    if (sign)
        out.push_back(sign);
    out.append(prefix);
    append_repeated(out, spec.fill, spad);
    out += grouped;
    if (has_decimal)
        out.push_back('.');
    out.append(remainder);
    append_repeated(out, spec.fill, rpad);
    return out;
}

FormatError value_error(std::string message) {
    return {ErrorKind::value_error, std::move(message)};
}

// format_float_internal for an already parsed spec.
FormatResult format_float_spec(double value, const FormatSpec& spec) {
    if (spec.precision > INT_MAX)
        return value_error("precision too big");
    unsigned flags = kDtsfNone;
    if (spec.alternate)
        flags |= kDtsfAlt;
    if (spec.no_neg_0)
        flags |= kDtsfNoNeg0;
    char type = static_cast<char>(spec.type);
    int default_precision = 6;
    if (type == '\0') {
        // Like repr() without a precision; like 'g' with at least one digit after the point with one.
        flags |= kDtsfAddDot0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n')
        type = 'g'; // the C locale has no grouping and a '.' point
    bool add_pct = false;
    if (type == '%') {
        type = 'f';
        value *= 100;
        add_pct = true;
    }
    int precision = default_precision;
    if (spec.precision >= 0) {
        precision = static_cast<int>(spec.precision);
        if (type == 'r')
            type = 'g';
    }
    std::string text = double_to_string(value, type, precision, flags);
    if (add_pct)
        text.push_back('%');
    if (spec.sign != '+' && spec.sign != ' ' && spec.width == -1 && spec.type != 'n' &&
        spec.grouping == Grouping::none)
        return text;

    std::string_view number = text;
    bool negative = false;
    if (!number.empty() && number.front() == '-') {
        negative = true;
        number.remove_prefix(1);
    }
    // parse_number(): the leading digit run is grouped; a '.' follows it; the rest is copied.
    std::size_t digit_end = 0;
    while (digit_end < number.size() && number[digit_end] >= '0' && number[digit_end] <= '9')
        ++digit_end;
    bool has_decimal = digit_end < number.size() && number[digit_end] == '.';
    std::string_view remainder = number.substr(digit_end + (has_decimal ? 1 : 0));
    GroupingStyle style = spec.type == 'n' ? GroupingStyle{} : grouping_style(spec.grouping);
    return layout_number(spec, negative, {}, number.substr(0, digit_end), has_decimal, remainder,
                         static_cast<std::int64_t>(remainder.size()), style);
}

// format_long_internal for an already parsed spec with an integer type.
FormatResult format_int_spec(const BigInt& value, const FormatSpec& spec, int max_str_digits) {
    if (spec.precision != -1)
        return value_error("Precision not allowed in integer format specifier");
    if (spec.no_neg_0)
        return value_error("Negative zero coercion (z) not allowed in integer format specifier");
    if (spec.type == 'c') {
        if (spec.sign != '\0')
            return value_error("Sign not allowed with integer format specifier 'c'");
        if (spec.alternate)
            return value_error("Alternate form (#) not allowed with integer format specifier 'c'");
        auto code = value.try_to_int64();
        if (!code)
            return FormatError{ErrorKind::overflow_error, "Python int too large to convert to C long"};
        if (*code < 0 || *code > 0x10FFFF)
            return FormatError{ErrorKind::overflow_error, "%c arg not in range(0x110000)"};
        // The character is laid out as a "remainder": never grouped or zero-filled.
        std::string ch;
        append_utf8(ch, static_cast<std::uint32_t>(*code));
        return layout_number(spec, false, {}, {}, false, ch, 1, {});
    }
    int base = 10;
    std::string_view prefix;
    switch (spec.type) {
    case 'b':
        base = 2;
        prefix = "0b";
        break;
    case 'o':
        base = 8;
        prefix = "0o";
        break;
    case 'x':
        base = 16;
        prefix = "0x";
        break;
    case 'X':
        base = 16;
        prefix = "0X";
        break;
    default:
        break;
    }
    std::string digits;
    if (base == 10) {
        auto text = value.abs().to_decimal_string(max_str_digits);
        if (!text)
            return value_error(int_max_str_digits_to_str_message(max_str_digits));
        digits = std::move(*text);
    } else {
        digits = value.abs().to_string(base);
        if (spec.type == 'X') {
            for (char& c : digits)
                c = c >= 'a' && c <= 'f' ? static_cast<char>(c - 'a' + 'A') : c;
        }
    }
    if (!spec.alternate)
        prefix = {};
    if (spec.sign == '\0' && spec.width == -1 && spec.grouping == Grouping::none && spec.type != 'n') {
        // Fast path: no layout needed.
        std::string out;
        out.reserve(digits.size() + 3);
        if (value.is_negative())
            out.push_back('-');
        out.append(prefix);
        out += digits;
        return out;
    }
    GroupingStyle style = spec.type == 'n' ? GroupingStyle{} : grouping_style(spec.grouping);
    return layout_number(spec, value.is_negative(), prefix, digits, false, {}, 0, style);
}

} // namespace

FormatResult format_int(const BigInt& value, std::string_view spec, std::string_view type_name, int max_str_digits) {
    if (spec.empty()) {
        auto text = value.to_decimal_string(max_str_digits);
        if (!text)
            return value_error(int_max_str_digits_to_str_message(max_str_digits));
        return std::move(*text);
    }
    FormatSpec f;
    if (auto error = parse_format_spec(spec, type_name, 'd', '>', f))
        return *error;
    switch (f.type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
        return format_int_spec(value, f, max_str_digits);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': {
        bool overflow = false;
        double d = value.to_double(overflow);
        if (overflow)
            return FormatError{ErrorKind::overflow_error, "int too large to convert to float"};
        return format_float_spec(d, f);
    }
    default:
        return unknown_format_code_error(f.type, type_name);
    }
}

FormatResult format_int(std::int64_t value, std::string_view spec, std::string_view type_name, int max_str_digits) {
    return format_int(BigInt(value), spec, type_name, max_str_digits);
}

FormatResult format_float(double value, std::string_view spec, std::string_view type_name) {
    if (spec.empty())
        return repr_double(value);
    FormatSpec f;
    if (auto error = parse_format_spec(spec, type_name, '\0', '>', f))
        return *error;
    switch (f.type) {
    case '\0':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
        return format_float_spec(value, f);
    default:
        return unknown_format_code_error(f.type, type_name);
    }
}

} // namespace hs::numeric

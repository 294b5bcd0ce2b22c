// Parsing the format-spec mini-language (parse_internal_render_format_spec) and str.__format__.
#include "numeric/format_spec.h"

#include "numeric/utf8.h"

#include <cstdio>

namespace hs::numeric {

using detail::append_repeated;
using detail::count_code_points;
using detail::decode_utf8;
using detail::prefix_bytes;

namespace {

bool is_alignment_token(std::uint32_t c) {
    return c == '<' || c == '>' || c == '=' || c == '^';
}

bool is_sign_element(char c) {
    return c == ' ' || c == '+' || c == '-';
}

// %.200s of a type name.
std::string_view type_name_for_message(std::string_view name) {
    return name.substr(0, 200);
}

// '%c' for printable ASCII, else '\x%x' (as CPython's messages print a presentation type).
std::string type_code_text(std::uint32_t type) {
    if (type > 32 && type < 128)
        return std::string(1, static_cast<char>(type));
    char buf[16];
    std::snprintf(buf, sizeof(buf), "\\x%x", static_cast<unsigned>(type));
    return buf;
}

FormatError value_error(std::string message) {
    return {ErrorKind::value_error, std::move(message)};
}

// get_integer(): ASCII digits into an int64; -1 consumed means overflow.
int read_integer(std::string_view spec, std::size_t& pos, std::int64_t& result) {
    std::int64_t accumulator = 0;
    int digits = 0;
    while (pos < spec.size() && spec[pos] >= '0' && spec[pos] <= '9') {
        int d = spec[pos] - '0';
        if (accumulator > (INT64_MAX - d) / 10)
            return -1;
        accumulator = accumulator * 10 + d;
        ++pos;
        ++digits;
    }
    result = accumulator;
    return digits;
}

} // namespace

FormatError unknown_format_code_error(std::uint32_t type, std::string_view type_name) {
    return value_error("Unknown format code '" + type_code_text(type) + "' for object of type '" +
                       std::string(type_name_for_message(type_name)) + "'");
}

std::optional<FormatError> parse_format_spec(std::string_view spec, std::string_view type_name, char default_type,
                                             char default_align, FormatSpec& out) {
    out = FormatSpec{};
    out.align = default_align;
    out.type = static_cast<unsigned char>(default_type);
    const std::size_t end = spec.size();
    std::size_t pos = 0;
    bool fill_specified = false, align_specified = false;

    // [[fill]align]: the fill is any code point, recognised by an alignment token after it.
    if (pos < end) {
        std::size_t after_first = pos;
        std::uint32_t first = decode_utf8(spec, after_first);
        if (after_first < end && is_alignment_token(static_cast<unsigned char>(spec[after_first]))) {
            out.fill = first;
            out.align = spec[after_first];
            fill_specified = align_specified = true;
            pos = after_first + 1;
        } else if (is_alignment_token(first)) {
            out.align = static_cast<char>(first);
            align_specified = true;
            pos = after_first;
        }
    }
    if (pos < end && is_sign_element(spec[pos]))
        out.sign = spec[pos++];
    if (pos < end && spec[pos] == 'z') {
        out.no_neg_0 = true;
        ++pos;
    }
    if (pos < end && spec[pos] == '#') {
        out.alternate = true;
        ++pos;
    }
    // A leading '0' means zero padding after the sign, unless a fill was given.
    if (!fill_specified && pos < end && spec[pos] == '0') {
        out.fill = '0';
        if (!align_specified && default_align == '>')
            out.align = '=';
        ++pos;
    }
    std::int64_t width = 0;
    int consumed = read_integer(spec, pos, width);
    if (consumed < 0)
        return value_error("Too many decimal digits in format string");
    out.width = consumed == 0 ? -1 : width;

    if (pos < end && spec[pos] == ',') {
        out.grouping = Grouping::comma;
        ++pos;
    }
    if (pos < end && spec[pos] == '_') {
        if (out.grouping != Grouping::none)
            return value_error("Cannot specify both ',' and '_'.");
        out.grouping = Grouping::underscore;
        ++pos;
    }
    if (pos < end && spec[pos] == ',' && out.grouping == Grouping::underscore)
        return value_error("Cannot specify both ',' and '_'.");

    if (pos < end && spec[pos] == '.') {
        ++pos;
        std::int64_t precision = 0;
        consumed = read_integer(spec, pos, precision);
        if (consumed < 0)
            return value_error("Too many decimal digits in format string");
        if (consumed == 0)
            return value_error("Format specifier missing precision");
        out.precision = precision;
    }

    // At most one code point (the type) may remain.
    std::string_view rest = spec.substr(pos);
    std::size_t remaining = count_code_points(rest);
    if (remaining > 1) {
        return value_error("Invalid format specifier '" + std::string(spec) + "' for object of type '" +
                           std::string(type_name_for_message(type_name)) + "'");
    }
    if (remaining == 1) {
        std::size_t i = 0;
        out.type = decode_utf8(rest, i);
    }

    // Validate the grouping against the type without knowing the object (PEP 378 and PEP 515).
    if (out.grouping != Grouping::none) {
        switch (out.type) {
        case 'd':
        case 'e':
        case 'f':
        case 'g':
        case 'E':
        case 'G':
        case '%':
        case 'F':
        case '\0':
            break;
        case 'b':
        case 'o':
        case 'x':
        case 'X':
            if (out.grouping == Grouping::underscore) {
                out.grouping = Grouping::underscore_four;
                break;
            }
            [[fallthrough]];
        default:
            return value_error(std::string("Cannot specify '") + (out.grouping == Grouping::comma ? ',' : '_') +
                               "' with '" + type_code_text(out.type) + "'.");
        }
    }
    return std::nullopt;
}

FormatResult format_str(std::string_view value, std::string_view spec, std::string_view type_name) {
    if (spec.empty())
        return std::string(value);
    FormatSpec f;
    if (auto error = parse_format_spec(spec, type_name, 's', '<', f))
        return *error;
    if (f.type != 's')
        return unknown_format_code_error(f.type, type_name);
    if (f.sign != '\0') {
        return value_error(f.sign == ' ' ? "Space not allowed in string format specifier"
                                         : "Sign not allowed in string format specifier");
    }
    if (f.no_neg_0)
        return value_error("Negative zero coercion (z) not allowed in string format specifier");
    if (f.alternate)
        return value_error("Alternate form (#) not allowed in string format specifier");
    if (f.align == '=')
        return value_error("'=' alignment not allowed in string format specifier");

    std::int64_t length = static_cast<std::int64_t>(count_code_points(value));
    if (f.precision >= 0 && length >= f.precision) {
        length = f.precision;
        value = value.substr(0, prefix_bytes(value, static_cast<std::size_t>(length)));
    }
    // calc_padding()
    std::int64_t total = f.width >= 0 && f.width > length ? f.width : length;
    std::int64_t left = f.align == '>' ? total - length : f.align == '^' ? (total - length) / 2 : 0;
    std::int64_t right = total - length - left;
    std::string out;
    out.reserve(value.size() + static_cast<std::size_t>(total - length));
    append_repeated(out, f.fill, left);
    out.append(value);
    append_repeated(out, f.fill, right);
    return out;
}

} // namespace hs::numeric

// Python's format-spec mini-language, as int.__format__, float.__format__ and str.__format__ apply it:
//
//     [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
//
// Parsing and every error message follow CPython 3.11's Python/formatter_unicode.c. Specs and results
// are UTF-8; widths and precisions count code points. Nothing here throws.
#pragma once

#include "numeric/bigint.h"
#include "numeric/format_result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hs::numeric {

enum class Grouping : std::uint8_t {
    none,
    comma,           // ',' every 3 digits
    underscore,      // '_' every 3 digits
    underscore_four, // '_' every 4 digits (b, o, x, X)
};

struct FormatSpec {
    std::uint32_t fill = ' '; // a code point
    char align = '\0';        // '<', '>', '^', '='
    char sign = '\0';         // '+', '-', ' ', or '\0' when absent
    bool no_neg_0 = false;    // 'z'
    bool alternate = false;   // '#'
    std::int64_t width = -1;  // -1 when absent
    Grouping grouping = Grouping::none;
    std::int64_t precision = -1; // -1 when absent
    std::uint32_t type = '\0';   // a code point; the default type when absent
};

// Parses `spec` for an object of type `type_name` (used in messages) with the type's default
// presentation type and alignment ('d'/'>' for int, '\0'/'>' for float, 's'/'<' for str).
std::optional<FormatError> parse_format_spec(std::string_view spec, std::string_view type_name, char default_type,
                                             char default_align, FormatSpec& out);

// int.__format__. An empty spec gives str(value); for bool and int subclasses with an empty spec the
// caller uses str(obj) instead, as CPython does (format(True, '') == 'True'). Decimal output obeys
// max_str_digits (sys.set_int_max_str_digits; 0 = unlimited). type_name is type(value).__name__.
FormatResult format_int(const BigInt& value, std::string_view spec, std::string_view type_name = "int",
                        int max_str_digits = kDefaultMaxStrDigits);
FormatResult format_int(std::int64_t value, std::string_view spec, std::string_view type_name = "int",
                        int max_str_digits = kDefaultMaxStrDigits);

// float.__format__. An empty spec gives repr(value) (str(obj) for float subclasses: the caller's job).
FormatResult format_float(double value, std::string_view spec, std::string_view type_name = "float");

// str.__format__ for a UTF-8 string.
FormatResult format_str(std::string_view value, std::string_view spec, std::string_view type_name = "str");

// The ValueError for a presentation type the object does not support.
FormatError unknown_format_code_error(std::uint32_t type, std::string_view type_name);

} // namespace hs::numeric

// printf-style formatting for `str % args`, one conversion at a time, as CPython 3.11's
// PyUnicode_Format does it (Objects/unicodeobject.c).
//
// The runtime drives the loop: copy text up to a '%', call parse_printf_spec(), then
//   1. if spec.has_key and the arguments are not a mapping: TypeError kPrintfNeedsMapping
//      (checked before the parse error, as CPython does);
//   2. fetch '*' arguments in order (width, then precision; TypeError kPrintfStarWantsInt if not an
//      int) and apply them with set_star_width() / set_star_precision();
//   3. then raise the parse error, if any;
//   4. unless spec.literal_percent, fetch the value (TypeError kPrintfNotEnoughArguments) and format
//      it by conversion: d i u o x X -> printf_int (after int()/index() conversion, see
//      printf_wrong_type_message), e E f F g G -> printf_float, c -> printf_char, s r a -> printf_str
//      on str()/repr()/ascii() of the value, anything else -> printf_unsupported_error().
// After the last conversion, unused positional arguments raise TypeError kPrintfNotAllConverted.
#pragma once

#include "numeric/bigint.h"
#include "numeric/format_result.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hs::numeric {

struct PrintfSpec {
    bool literal_percent = false; // "%%": writes '%' and takes no argument
    bool has_key = false;         // "%(key)s"
    std::string_view key;         // a view into the format string
    bool left = false;            // '-'
    bool plus = false;            // '+'
    bool blank = false;           // ' '
    bool alt = false;             // '#'
    bool zero = false;            // '0'
    bool width_star = false;      // '*': the caller supplies the width
    bool precision_star = false;  // '.*': the caller supplies the precision
    std::int64_t width = -1;      // -1 when absent
    std::int64_t precision = -1;  // -1 when absent
    std::uint32_t conversion = 0; // a code point
    std::size_t conversion_offset = 0; // byte offset of the conversion character
    std::size_t end = 0;               // byte offset just past this conversion
};

struct PrintfParseResult {
    PrintfSpec spec;
    std::optional<FormatError> error; // ValueError: "incomplete format", "incomplete format key", ...
};

// Parses the conversion whose '%' is at format[pos - 1].
PrintfParseResult parse_printf_spec(std::string_view format, std::size_t pos);

// Apply a '*' argument: a negative width left-justifies, a negative precision means 0.
void set_star_width(PrintfSpec& spec, std::int64_t width) noexcept;
void set_star_precision(PrintfSpec& spec, std::int64_t precision) noexcept;

// %d %i %u %o %x %X of an int (max_str_digits limits decimal output; 0 = unlimited).
FormatResult printf_int(const BigInt& value, const PrintfSpec& spec, int max_str_digits = kDefaultMaxStrDigits);
// %e %E %f %F %g %G of a float.
FormatResult printf_float(double value, const PrintfSpec& spec);
// %c of an int (OverflowError "%c arg not in range(0x110000)" outside 0..0x10FFFF) ...
FormatResult printf_char(const BigInt& code_point, const PrintfSpec& spec);
// ... and %s %r %a (and %c of a one-character str) of already converted UTF-8 text.
FormatResult printf_str(std::string_view text, const PrintfSpec& spec);
// ValueError "unsupported format character 'y' (0x79) at index 1".
FormatError printf_unsupported_error(std::string_view format, const PrintfSpec& spec);

// The TypeError messages the caller raises itself.
inline constexpr const char* kPrintfNotEnoughArguments = "not enough arguments for format string";
inline constexpr const char* kPrintfNotAllConverted = "not all arguments converted during string formatting";
inline constexpr const char* kPrintfNeedsMapping = "format requires a mapping";
inline constexpr const char* kPrintfStarWantsInt = "* wants int";
inline constexpr const char* kPrintfCharNeedsIntOrChar = "%c requires int or char";
// "%x format: an integer is required, not float" (o x X) or "%d format: a real number is required,
// not str" (d i u), for a value int()/index() cannot convert.
std::string printf_wrong_type_message(std::uint32_t conversion, std::string_view type_name);

} // namespace hs::numeric

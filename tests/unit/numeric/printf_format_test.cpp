// printf-style formatting (str % args), one conversion at a time, against CPython 3.11.7.
#include "numeric/printf_format.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace hs::numeric;

namespace {
struct Expect {
    bool ok;
    const char* text; // the output, or the error message
    ErrorKind kind;
};

void check(const FormatResult& r, const Expect& e) {
    CHECK(r.ok() == e.ok);
    if (e.ok) {
        CHECK(r.text() == e.text);
    } else {
        CHECK(r.error_message() == e.text);
        CHECK(r.error_kind() == e.kind);
    }
}

// Parses a format holding one conversion, which must parse cleanly.
PrintfSpec spec_of(std::string_view format) {
    PrintfParseResult p = parse_printf_spec(format, 1);
    REQUIRE_FALSE(p.error.has_value());
    REQUIRE(p.spec.end == format.size());
    return p.spec;
}
} // namespace

TEST_CASE("parse_printf_spec reads flags, width, precision, key and modifiers", "[printf]") {
    PrintfSpec s = spec_of("%-+ #012.5ld");
    CHECK(s.left);
    CHECK(s.plus);
    CHECK(s.blank);
    CHECK(s.alt);
    CHECK(s.zero);
    CHECK(s.width == 12);
    CHECK(s.precision == 5);
    CHECK(s.conversion == 'd');

    s = spec_of("%(na(m)e)s");
    CHECK(s.has_key);
    CHECK(s.key == "na(m)e");
    CHECK(s.conversion == 's');

    s = spec_of("%*.*f");
    CHECK(s.width_star);
    CHECK(s.precision_star);
    set_star_width(s, -7);
    set_star_precision(s, -3);
    CHECK(s.left);
    CHECK(s.width == 7);
    CHECK(s.precision == 0);

    s = spec_of("%%");
    CHECK(s.literal_percent);

    s = spec_of("%.f");
    CHECK(s.precision == 0);

    // "%5%" is not a literal percent: it takes an argument and then fails as unsupported.
    s = spec_of("%5%");
    CHECK_FALSE(s.literal_percent);
    CHECK(s.conversion == '%');

    // A conversion in the middle of a longer format ends where the conversion character does.
    PrintfParseResult p = parse_printf_spec("ab%-5dcd", 3);
    REQUIRE_FALSE(p.error.has_value());
    CHECK(p.spec.end == 6);
    CHECK(p.spec.conversion_offset == 5);
}

TEST_CASE("parse_printf_spec errors", "[printf]") {
    struct Case { const char* format; const char* message; };
    static const Case cases[] = {
        {"%", "incomplete format"},
        {"%-", "incomplete format"},
        {"%5", "incomplete format"},
        {"%.", "incomplete format"},
        {"%.5", "incomplete format"},
        {"%*", "incomplete format"},
        {"%l", "incomplete format"},
        {"%(a)", "incomplete format"},
        {"%(a", "incomplete format key"},
        {"%((a)s", "incomplete format key"},
        {"%99999999999999999999d", "width too big"},
        {"%.99999999999d", "precision too big"},
        {"%*.99999999999d", "precision too big"},
    };
    for (const Case& c : cases) {
        INFO(c.format);
        PrintfParseResult p = parse_printf_spec(c.format, 1);
        REQUIRE(p.error.has_value());
        CHECK(p.error->message == c.message);
        CHECK(p.error->kind == ErrorKind::value_error);
    }
    // The width '*' was seen before the precision error: the caller fetches it first.
    CHECK(parse_printf_spec("%*.99999999999d", 1).spec.width_star);
    CHECK(parse_printf_spec("%(a", 1).spec.has_key);
}

TEST_CASE("printf_int", "[printf][int]") {
    struct Case { const char* format; const char* value; Expect expect; };
    static const Case cases[] = {
        {"%d", "5", {true, "5", ErrorKind::value_error}},
        {"%i", "-5", {true, "-5", ErrorKind::value_error}},
        {"%u", "7", {true, "7", ErrorKind::value_error}},
        {"%x", "-255", {true, "-ff", ErrorKind::value_error}},
        {"%#X", "-255", {true, "-0XFF", ErrorKind::value_error}},
        {"%#o", "-8", {true, "-0o10", ErrorKind::value_error}},
        {"%.5x", "-255", {true, "-000ff", ErrorKind::value_error}},
        {"%#.5x", "-255", {true, "-0x000ff", ErrorKind::value_error}},
        {"%#010.5x|", "-255", {true, "-0x00000ff|", ErrorKind::value_error}},
        {"%#08o", "8", {true, "0o000010", ErrorKind::value_error}},
        {"%#08x", "255", {true, "0x0000ff", ErrorKind::value_error}},
        {"%#8x", "255", {true, "    0xff", ErrorKind::value_error}},
        {"%-#8x|", "255", {true, "0xff    |", ErrorKind::value_error}},
        {"%+#8X", "255", {true, "   +0XFF", ErrorKind::value_error}},
        {"%+08.3d", "5", {true, "+0000005", ErrorKind::value_error}},
        {"% 5d", "-5", {true, "   -5", ErrorKind::value_error}},
        {"% d", "5", {true, " 5", ErrorKind::value_error}},
        {"%+d", "0", {true, "+0", ErrorKind::value_error}},
        {"%05d", "-42", {true, "-0042", ErrorKind::value_error}},
        {"%-05d|", "-42", {true, "-42  |", ErrorKind::value_error}},
        {"%.0d", "0", {true, "0", ErrorKind::value_error}},
        {"%x", "1180591620717411303424", {true, "400000000000000000", ErrorKind::value_error}},
        {"%d", "1000000000000000000000000000000", {true, "1000000000000000000000000000000", ErrorKind::value_error}},
        {"%o", "0", {true, "0", ErrorKind::value_error}},
        {"%#o", "0", {true, "0o0", ErrorKind::value_error}},
        {"%#x", "0", {true, "0x0", ErrorKind::value_error}},
        {"%3d", "123456", {true, "123456", ErrorKind::value_error}},
        {"%-+7d|", "3", {true, "+3     |", ErrorKind::value_error}},
        {"%0+7d", "3", {true, "+000003", ErrorKind::value_error}},
        {"%# 10x", "255", {true, "      0xff", ErrorKind::value_error}},
        {"%ld", "5", {true, "5", ErrorKind::value_error}},
        {"%hd", "5", {true, "5", ErrorKind::value_error}},
        {"%Ld", "5", {true, "5", ErrorKind::value_error}},
        {"%.3i", "-7", {true, "-007", ErrorKind::value_error}},
        {"%#5.3o", "8", {true, "0o010", ErrorKind::value_error}},
        {"%X", "3054", {true, "BEE", ErrorKind::value_error}},
    };
    for (const Case& c : cases) {
        INFO(c.format << " % " << c.value);
        std::string_view format = c.format;
        if (format.back() == '|')
            format.remove_suffix(1); // the '|' marks the end of the padding in the expected text
        PrintfSpec s = spec_of(format);
        FormatResult r = printf_int(parse_int_literal(c.value, 10, 0).value, s);
        if (r.ok() && std::string_view(c.format).back() == '|')
            r = FormatResult(r.text() + "|");
        check(r, c.expect);
    }
    check(printf_int(pow(BigInt(10), BigInt(5000)), spec_of("%d")), {false, "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", ErrorKind::value_error});
    CHECK(printf_int(pow(BigInt(10), BigInt(5000)), spec_of("%x")).ok());
}

TEST_CASE("printf_float", "[printf][float]") {
    struct Case { const char* format; double value; Expect expect; };
    static const Case cases[] = {
        {"%f", 0x1.921f9f01b866ep+1, {true, "3.141590", ErrorKind::value_error}},
        {"%.2f", 0x1.5666666666666p+1, {true, "2.67", ErrorKind::value_error}},
        {"%e", 0x1.81cd6c8b43958p+13, {true, "1.234568e+04", ErrorKind::value_error}},
        {"%E", -0x1.01f31f46ed246p-13, {true, "-1.230000E-04", ErrorKind::value_error}},
        {"%g", 0x1.1c37937e08000p+53, {true, "1e+16", ErrorKind::value_error}},
        {"%G", 0x1.4f8b588e368f1p-17, {true, "1E-05", ErrorKind::value_error}},
        {"%#.0f", 0x1.8000000000000p+1, {true, "3.", ErrorKind::value_error}},
        {"%#.3g", 0x1.8000000000000p+1, {true, "3.00", ErrorKind::value_error}},
        {"%010.3e", -0x1.c000000000000p+1, {true, "-3.500e+00", ErrorKind::value_error}},
        {"%+05.1f", HUGE_VAL, {true, "+0inf", ErrorKind::value_error}},
        {"%05.1f", std::nan(""), {true, "00nan", ErrorKind::value_error}},
        {"%-10.2f|", 0x1.8000000000000p+0, {true, "1.50      |", ErrorKind::value_error}},
        {"%+.3g", 0.0, {true, "+0", ErrorKind::value_error}},
        {"% f", -0.0, {true, "-0.000000", ErrorKind::value_error}},
        {"%.0e", 0x1.81c8000000000p+13, {true, "1e+04", ErrorKind::value_error}},
        {"%#.0e", 0x1.0000000000000p+0, {true, "1.e+00", ErrorKind::value_error}},
        {"%F", -HUGE_VAL, {true, "-INF", ErrorKind::value_error}},
        {"%10.4g", 0x1.d6f3454000000p+26, {true, " 1.235e+08", ErrorKind::value_error}},
        {"%.20f", 0x1.999999999999ap-4, {true, "0.10000000000000000555", ErrorKind::value_error}},
        {"%g", 0x1.86a0000000000p+16, {true, "100000", ErrorKind::value_error}},
        {"%g", 0x1.e848000000000p+19, {true, "1e+06", ErrorKind::value_error}},
        {"%.0f", 0x1.0000000000000p-1, {true, "0", ErrorKind::value_error}},
        {"%.0f", 0x1.8000000000000p+0, {true, "2", ErrorKind::value_error}},
        {"%.1f", 0x1.0000000000000p-2, {true, "0.2", ErrorKind::value_error}},
        {"%.1f", 0x1.6666666666666p-2, {true, "0.3", ErrorKind::value_error}},
        {"%+010.2f", -0x1.0147ae147ae14p+0, {true, "-000001.00", ErrorKind::value_error}},
    };
    for (const Case& c : cases) {
        INFO(c.format << " % " << c.value);
        std::string_view format = c.format;
        if (format.back() == '|')
            format.remove_suffix(1);
        FormatResult r = printf_float(c.value, spec_of(format));
        if (r.ok() && std::string_view(c.format).back() == '|')
            r = FormatResult(r.text() + "|");
        check(r, c.expect);
    }
}

TEST_CASE("printf_char and printf_str", "[printf][str]") {
    CHECK(printf_char(BigInt(65), spec_of("%c")).text() == "A");
    CHECK(printf_char(BigInt(65), spec_of("%5c")).text() == "    A");
    CHECK(printf_char(BigInt(65), spec_of("%-5c")).text() + "|" == "A    |");
    CHECK(printf_char(BigInt(65), spec_of("%05c")).text() == "    A");
    CHECK(printf_char(BigInt(128512), spec_of("%c")).text() == "😀");
    check(printf_char(BigInt(1114112), spec_of("%c")), {false, "%c arg not in range(0x110000)", ErrorKind::overflow_error});
    check(printf_char(BigInt(-1), spec_of("%c")), {false, "%c arg not in range(0x110000)", ErrorKind::overflow_error});
    check(printf_char(pow(BigInt(10), BigInt(20)), spec_of("%c")), {false, "%c arg not in range(0x110000)", ErrorKind::overflow_error});
    CHECK(printf_str("abc", spec_of("%s")).text() == "abc");
    CHECK(printf_str("abcdef", spec_of("%.3s")).text() == "abc");
    CHECK(printf_str("ab", spec_of("%05s")).text() == "   ab");
    CHECK(printf_str("ab", spec_of("%+s")).text() == "ab");
    CHECK(printf_str("ab", spec_of("%+5s")).text() == "   ab");
    CHECK(printf_str("abc", spec_of("%.0s")).text() == "");
    CHECK(printf_str("日本", spec_of("%-6s")).text() + "|" == "日本    |");
    CHECK(printf_str("日本", spec_of("%6.1s")).text() == "     日");
    CHECK(printf_str("'ab'", spec_of("%r")).text() == "'ab'");
    CHECK(printf_str("x", spec_of("%5c")).text() == "    x");
    CHECK(printf_str("-1", spec_of("% 4s")).text() == "  -1");
    CHECK(printf_str("'\\xe9'", spec_of("%a")).text() == "'\\xe9'");
}

TEST_CASE("printf errors the caller raises", "[printf]") {
    CHECK(printf_unsupported_error("%y", parse_printf_spec("%y", 1).spec).message == "unsupported format character 'y' (0x79) at index 1");
    CHECK(printf_unsupported_error("%é", parse_printf_spec("%é", 1).spec).message == "unsupported format character '?' (0xe9) at index 1");
    CHECK(printf_unsupported_error("ab%5%", parse_printf_spec("ab%5%", 3).spec).message == "unsupported format character '%' (0x25) at index 4");
    CHECK(printf_unsupported_error("%(k)y", parse_printf_spec("%(k)y", 1).spec).message == "unsupported format character 'y' (0x79) at index 4");
    CHECK(printf_wrong_type_message('x', "float") == "%x format: an integer is required, not float");
    CHECK(printf_wrong_type_message('d', "str") == "%d format: a real number is required, not str");
}

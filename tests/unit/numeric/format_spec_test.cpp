// The format-spec mini-language for int, float and str, against CPython 3.11.7 (format(value, spec)).
#include "numeric/format_spec.h"

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
} // namespace

TEST_CASE("parse_format_spec fills every field", "[format]") {
    FormatSpec f;
    REQUIRE_FALSE(parse_format_spec("*^+z#012_.3f", "float", '\0', '>', f).has_value());
    CHECK(f.fill == '*');
    CHECK(f.align == '^');
    CHECK(f.sign == '+');
    CHECK(f.no_neg_0);
    CHECK(f.alternate);
    CHECK(f.width == 12);
    CHECK(f.grouping == Grouping::underscore);
    CHECK(f.precision == 3);
    CHECK(f.type == 'f');

    REQUIRE_FALSE(parse_format_spec("010", "int", 'd', '>', f).has_value());
    CHECK(f.fill == '0');
    CHECK(f.align == '=');
    CHECK(f.width == 10);
    CHECK(f.type == 'd');

    REQUIRE_FALSE(parse_format_spec("05", "str", 's', '<', f).has_value());
    CHECK(f.fill == '0');
    CHECK(f.align == '<');

    REQUIRE_FALSE(parse_format_spec("\xe2\x82\xac>6_x", "int", 'd', '>', f).has_value()); // euro sign fill
    CHECK(f.fill == 0x20AC);
    CHECK(f.grouping == Grouping::underscore_four);
    CHECK(f.type == 'x');

    CHECK(parse_format_spec("abc", "int", 'd', '>', f)->message == "Invalid format specifier 'abc' for object of type 'int'");
}

TEST_CASE("format_int", "[format][int]") {
    struct Case { const char* value; const char* spec; Expect expect; };
    static const Case cases[] = {
        {"0", "", {true, "0", ErrorKind::value_error}},
        {"5", "", {true, "5", ErrorKind::value_error}},
        {"-5", "", {true, "-5", ErrorKind::value_error}},
        {"1000000000000000000000000000000", "", {true, "1000000000000000000000000000000", ErrorKind::value_error}},
        {"-5", "05d", {true, "-0005", ErrorKind::value_error}},
        {"255", "#x", {true, "0xff", ErrorKind::value_error}},
        {"255", "#X", {true, "0XFF", ErrorKind::value_error}},
        {"255", "x", {true, "ff", ErrorKind::value_error}},
        {"255", "X", {true, "FF", ErrorKind::value_error}},
        {"-255", "#x", {true, "-0xff", ErrorKind::value_error}},
        {"255", "#b", {true, "0b11111111", ErrorKind::value_error}},
        {"255", "b", {true, "11111111", ErrorKind::value_error}},
        {"8", "#o", {true, "0o10", ErrorKind::value_error}},
        {"-8", "o", {true, "-10", ErrorKind::value_error}},
        {"1234", "010,", {true, "00,001,234", ErrorKind::value_error}},
        {"1234", "0=10,", {true, "00,001,234", ErrorKind::value_error}},
        {"1234", "x<010,", {true, "1,234xxxxx", ErrorKind::value_error}},
        {"1234", "0>8,", {true, "0001,234", ErrorKind::value_error}},
        {"1234", "08,", {true, "0,001,234", ErrorKind::value_error}},
        {"1234", "09,", {true, "0,001,234", ErrorKind::value_error}},
        {"1234", "07,", {true, "001,234", ErrorKind::value_error}},
        {"0", "07,", {true, "000,000", ErrorKind::value_error}},
        {"0", "+07,", {true, "+00,000", ErrorKind::value_error}},
        {"-1234", "#012,d", {true, "-000,001,234", ErrorKind::value_error}},
        {"12345678", "_x", {true, "bc_614e", ErrorKind::value_error}},
        {"12345678", "#014_x", {true, "0x00_00bc_614e", ErrorKind::value_error}},
        {"-12345678", "#014_X", {true, "-0X0_00BC_614E", ErrorKind::value_error}},
        {"1234", "012_b", {true, "100_1101_0010", ErrorKind::value_error}},
        {"1234", "#012_b", {true, "0b100_1101_0010", ErrorKind::value_error}},
        {"1234", "#012_o", {true, "0o0_0000_2322", ErrorKind::value_error}},
        {"1234567", ",d", {true, "1,234,567", ErrorKind::value_error}},
        {"-1234567", "+,", {true, "-1,234,567", ErrorKind::value_error}},
        {"1234567", " _", {true, " 1_234_567", ErrorKind::value_error}},
        {"1234567", "n", {true, "1234567", ErrorKind::value_error}},
        {"-1234567", "=+15,", {true, "-     1,234,567", ErrorKind::value_error}},
        {"-1234567", "*^+15,", {true, "**-1,234,567***", ErrorKind::value_error}},
        {"-1", "=5", {true, "-   1", ErrorKind::value_error}},
        {"-1", "0<5", {true, "-1000", ErrorKind::value_error}},
        {"42", ">10", {true, "        42", ErrorKind::value_error}},
        {"42", "^10", {true, "    42    ", ErrorKind::value_error}},
        {"42", "*<8", {true, "42******", ErrorKind::value_error}},
        {"42", "^+9", {true, "   +42   ", ErrorKind::value_error}},
        {"42", " ", {true, " 42", ErrorKind::value_error}},
        {"42", "+", {true, "+42", ErrorKind::value_error}},
        {"-42", " ", {true, "-42", ErrorKind::value_error}},
        {"65", "c", {true, "A", ErrorKind::value_error}},
        {"65", "^5c", {true, "  A  ", ErrorKind::value_error}},
        {"65", "05c", {true, "0000A", ErrorKind::value_error}},
        {"128512", "c", {true, "😀", ErrorKind::value_error}},
        {"128512", ">3c", {true, "  😀", ErrorKind::value_error}},
        {"1114112", "c", {false, "%c arg not in range(0x110000)", ErrorKind::overflow_error}},
        {"-1", "c", {false, "%c arg not in range(0x110000)", ErrorKind::overflow_error}},
        {"1000000000000000000000000000000", "c", {false, "Python int too large to convert to C long", ErrorKind::overflow_error}},
        {"65", "+c", {false, "Sign not allowed with integer format specifier 'c'", ErrorKind::value_error}},
        {"65", "#c", {false, "Alternate form (#) not allowed with integer format specifier 'c'", ErrorKind::value_error}},
        {"65", ",c", {false, "Cannot specify ',' with 'c'.", ErrorKind::value_error}},
        {"12", "%", {true, "1200.000000%", ErrorKind::value_error}},
        {"12", ".2%", {true, "1200.00%", ErrorKind::value_error}},
        {"100000000000000000000", "e", {true, "1.000000e+20", ErrorKind::value_error}},
        {"100000000000000000000", ".3g", {true, "1e+20", ErrorKind::value_error}},
        {"100000000000000000000", "f", {true, "100000000000000000000.000000", ErrorKind::value_error}},
        {"-3", "E", {true, "-3.000000E+00", ErrorKind::value_error}},
        {"1180591620717411303424", "x", {true, "400000000000000000", ErrorKind::value_error}},
        {"7", ".3", {false, "Precision not allowed in integer format specifier", ErrorKind::value_error}},
        {"7", "z", {false, "Negative zero coercion (z) not allowed in integer format specifier", ErrorKind::value_error}},
        {"7", "s", {false, "Unknown format code 's' for object of type 'int'", ErrorKind::value_error}},
        {"7", "ab", {false, "Invalid format specifier 'ab' for object of type 'int'", ErrorKind::value_error}},
        {"7", "€", {false, "Unknown format code '\\x20ac' for object of type 'int'", ErrorKind::value_error}},
        {"7", "5 ", {false, "Unknown format code '\\x20' for object of type 'int'", ErrorKind::value_error}},
        {"7", ",_", {false, "Cannot specify both ',' and '_'.", ErrorKind::value_error}},
        {"7", "_,", {false, "Cannot specify both ',' and '_'.", ErrorKind::value_error}},
        {"7", ",,", {false, "Cannot specify ',' with ','.", ErrorKind::value_error}},
        {"7", "__", {false, "Cannot specify '_' with '_'.", ErrorKind::value_error}},
        {"7", ".", {false, "Format specifier missing precision", ErrorKind::value_error}},
        {"7", "5.", {false, "Format specifier missing precision", ErrorKind::value_error}},
        {"7", "111111111111111111111111111111", {false, "Too many decimal digits in format string", ErrorKind::value_error}},
        {"7", "\x01""", {false, "Unknown format code '\\x1' for object of type 'int'", ErrorKind::value_error}},
        {"7", "é", {false, "Unknown format code '\\xe9' for object of type 'int'", ErrorKind::value_error}},
        {"5", "é^6", {true, "éé5ééé", ErrorKind::value_error}},
        {"5", "€>6", {true, "€€€€€5", ErrorKind::value_error}},
        {"5", "😀>6", {true, "😀😀😀😀😀5", ErrorKind::value_error}},
        {"0", "z", {false, "Negative zero coercion (z) not allowed in integer format specifier", ErrorKind::value_error}},
        {"123", "0", {true, "123", ErrorKind::value_error}},
        {"123", "00", {true, "123", ErrorKind::value_error}},
        {"123", "-", {true, "123", ErrorKind::value_error}},
        {"123", "-5", {true, "  123", ErrorKind::value_error}},
        {"18446744073709551616", "_", {true, "18_446_744_073_709_551_616", ErrorKind::value_error}},
        {"18446744073709551616", ",x", {false, "Cannot specify ',' with 'x'.", ErrorKind::value_error}},
        {"-18446744073709551616", "_X", {true, "-1_0000_0000_0000_0000", ErrorKind::value_error}},
        {"18446744073709551616", "#_b", {true, "0b1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000", ErrorKind::value_error}},
    };
    for (const Case& c : cases) {
        INFO("format(" << c.value << ", '" << c.spec << "')");
        IntParseResult v = parse_int_literal(c.value, 10, 0);
        REQUIRE(v.status == IntParseStatus::ok);
        check(format_int(v.value, c.spec), c.expect);
    }
    check(format_int(pow(BigInt(10), BigInt(5000)), ""), {false, "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", ErrorKind::value_error});
    check(format_int(pow(BigInt(10), BigInt(5000)), "d"), {false, "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", ErrorKind::value_error});
    check(format_int(pow(BigInt(10), BigInt(5000)), ","), {false, "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", ErrorKind::value_error});
    check(format_int(pow(BigInt(10), BigInt(5000)), "n"), {false, "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", ErrorKind::value_error});
    check(format_int(pow(BigInt(10), BigInt(400)), "e"), {false, "int too large to convert to float", ErrorKind::overflow_error});
    CHECK(format_int(pow(BigInt(10), BigInt(5000)), "x").text().substr(0, 10) == "31e2080103");
    CHECK(format_int(pow(BigInt(10), BigInt(5000)), "d", "int", 0).text().size() == 5001);
    CHECK(format_int(std::int64_t{-5}, "05d").text() == "-0005");
    check(format_int(std::int64_t{1}, ".2", "bool"), {false, "Precision not allowed in integer format specifier", ErrorKind::value_error});
    check(format_int(std::int64_t{1}, "s", "bool"), {false, "Unknown format code 's' for object of type 'bool'", ErrorKind::value_error});
    CHECK(format_int(std::int64_t{1}, "5", "bool").text() == "    1");
}

TEST_CASE("format_float", "[format][float]") {
    struct Case { double value; const char* spec; Expect expect; };
    static const Case cases[] = {
        {0x1.1c37937e08000p+53, "", {true, "1e+16", ErrorKind::value_error}},
        {0x1.1c37937e08000p+53, ">10", {true, "     1e+16", ErrorKind::value_error}},
        {0x1.0000000000000p+0, ".3", {true, "1.0", ErrorKind::value_error}},
        {0x1.999999999999ap-4, ".2f", {true, "0.10", ErrorKind::value_error}},
        {0x1.2d687e4189375p+20, ",.2f", {true, "1,234,567.89", ErrorKind::value_error}},
        {0x1.2d687e4189375p+20, "_", {true, "1_234_567.891", ErrorKind::value_error}},
        {0x1.2d687e4189375p+20, ",", {true, "1,234,567.891", ErrorKind::value_error}},
        {0x1.5af1d78b58c40p+66, ",", {true, "1e+20", ErrorKind::value_error}},
        {0x1.c000000000000p+1, ">10", {true, "       3.5", ErrorKind::value_error}},
        {0x1.c000000000000p+1, "^10", {true, "   3.5    ", ErrorKind::value_error}},
        {0x1.c000000000000p+1, "*<8", {true, "3.5*****", ErrorKind::value_error}},
        {0x1.0000000000000p-2, "%", {true, "25.000000%", ErrorKind::value_error}},
        {0x1.0000000000000p-2, ".1%", {true, "25.0%", ErrorKind::value_error}},
        {HUGE_VAL, "010", {true, "0000000inf", ErrorKind::value_error}},
        {std::nan(""), "+010,", {true, "+000000nan", ErrorKind::value_error}},
        {-0x1.34a0000000000p+10, "012,.2f", {true, "-0,001,234.50", ErrorKind::value_error}},
        {0x1.8000000000000p+0, "z", {true, "1.5", ErrorKind::value_error}},
        {-0x1.a36e2eb1c432dp-14, "z.2f", {true, "0.00", ErrorKind::value_error}},
        {-0x1.a36e2eb1c432dp-14, ".2f", {true, "-0.00", ErrorKind::value_error}},
        {-0.0, "z", {true, "0.0", ErrorKind::value_error}},
        {-0.0, "z.1", {true, "0e+00", ErrorKind::value_error}},
        {-0.0, "", {true, "-0.0", ErrorKind::value_error}},
        {0x1.ad7f29abcaf48p-24, "", {true, "1e-07", ErrorKind::value_error}},
        {0x1.ad7f29abcaf48p-24, ".3", {true, "1e-07", ErrorKind::value_error}},
        {0x1.d6f3454000000p+26, ".3", {true, "1.23e+08", ErrorKind::value_error}},
        {0x1.2d68700000000p+20, "n", {true, "1.23457e+06", ErrorKind::value_error}},
        {0x1.8000000000000p+0, "#.0f", {true, "2.", ErrorKind::value_error}},
        {0x1.8000000000000p+0, "#", {true, "1.5", ErrorKind::value_error}},
        {0x1.0000000000000p+0, "#", {true, "1.0", ErrorKind::value_error}},
        {std::nan(""), "F", {true, "NAN", ErrorKind::value_error}},
        {-HUGE_VAL, "E", {true, "-INF", ErrorKind::value_error}},
        {0x1.999999999999ap-4, "+z#05,.3%", {true, "+10.000%", ErrorKind::value_error}},
        {0x1.81cd6c8b43958p+13, "015,.1f", {true, "0,000,012,345.7", ErrorKind::value_error}},
        {0x1.81cd6c8b43958p+13, "015_e", {true, "0_001.234568e+04", ErrorKind::value_error}},
        {0x1.81cd6c8b43958p+13, "0=15,%", {true, "1,234,567.800000%", ErrorKind::value_error}},
        {0x1.249ad2594c37dp+332, ",f", {true, "10,000,000,000,000,000,159,028,911,097,599,180,468,360,808,563,945,281,389,781,327,557,747,838,772,170,381,060,813,469,985,856,815,104.000000", ErrorKind::value_error}},
        {0x1.8000000000000p+0, "d", {false, "Unknown format code 'd' for object of type 'float'", ErrorKind::value_error}},
        {0x1.8000000000000p+0, "abc", {false, "Invalid format specifier 'abc' for object of type 'float'", ErrorKind::value_error}},
        {0x1.8000000000000p+0, ".", {false, "Format specifier missing precision", ErrorKind::value_error}},
        {0x1.8000000000000p+0, ".111111111111111111111111111111", {false, "Too many decimal digits in format string", ErrorKind::value_error}},
        {0x1.8000000000000p+0, ".111111111111", {false, "precision too big", ErrorKind::value_error}},
        {0x1.8000000000000p+0, ",n", {false, "Cannot specify ',' with 'n'.", ErrorKind::value_error}},
        {0x1.0000000000000p+0, ",x", {false, "Cannot specify ',' with 'x'.", ErrorKind::value_error}},
        {0x1.0000000000000p+0, "_x", {false, "Unknown format code 'x' for object of type 'float'", ErrorKind::value_error}},
        {0x1.0000000000000p+0, "ä", {false, "Unknown format code '\\xe4' for object of type 'float'", ErrorKind::value_error}},
        {0x1.8000000000000p+0, ".2s", {false, "Unknown format code 's' for object of type 'float'", ErrorKind::value_error}},
        {0x1.8000000000000p+0, ",s", {false, "Cannot specify ',' with 's'.", ErrorKind::value_error}},
        {0x1.4000000000000p+1, ".0f", {true, "2", ErrorKind::value_error}},
        {0x1.0000000000000p-3, ".2f", {true, "0.12", ErrorKind::value_error}},
        {0x1.0000000000000p-3, ".2e", {true, "1.25e-01", ErrorKind::value_error}},
        {0x1.7e43c8800759cp+996, ".3g", {true, "1e+300", ErrorKind::value_error}},
        {0x0.0000000000001p-1022, "e", {true, "4.940656e-324", ErrorKind::value_error}},
        {0x0.0000000000001p-1022, "", {true, "5e-324", ErrorKind::value_error}},
        {-0x1.8000000000000p+0, "+", {true, "-1.5", ErrorKind::value_error}},
        {0x1.8000000000000p+0, " ", {true, " 1.5", ErrorKind::value_error}},
        {0x1.8000000000000p+0, "-", {true, "1.5", ErrorKind::value_error}},
        {0x1.9000000000000p+6, "", {true, "100.0", ErrorKind::value_error}},
        {0x1.9000000000000p+6, "g", {true, "100", ErrorKind::value_error}},
        {0x1.9000000000000p+6, ".0", {true, "1e+02", ErrorKind::value_error}},
        {0x1.9000000000000p+6, ".1", {true, "1e+02", ErrorKind::value_error}},
        {0x1.9000000000000p+6, ".2", {true, "1e+02", ErrorKind::value_error}},
        {0x1.9000000000000p+6, ".3", {true, "1e+02", ErrorKind::value_error}},
        {0x1.edd2f1a9fbe77p+6, "10.2", {true, "   1.2e+02", ErrorKind::value_error}},
        {0x1.c6bf526340000p+49, "", {true, "1000000000000000.0", ErrorKind::value_error}},
        {0x1.c6bf526340000p+49, ",", {true, "1,000,000,000,000,000.0", ErrorKind::value_error}},
        {0x1.1c37937e08000p+53, ",", {true, "1e+16", ErrorKind::value_error}},
        {0x1.e240000000000p+16, "_", {true, "123_456.0", ErrorKind::value_error}},
        {-0.0, "08.3f", {true, "-000.000", ErrorKind::value_error}},
        {HUGE_VAL, "^+12,.3f", {true, "    +inf    ", ErrorKind::value_error}},
        {std::nan(""), "z", {true, "nan", ErrorKind::value_error}},
        {0x1.8000000000000p+0, "é^9.2e", {true, "1.50e+00é", ErrorKind::value_error}},
        {-0x1.0000000000000p+1, "=+9.1f", {true, "-     2.0", ErrorKind::value_error}},
        {0x1.3fd70a3d70a3dp+3, ".2f", {true, "9.99", ErrorKind::value_error}},
        {0x1.3fd70a3d70a3dp+3, ".3g", {true, "9.99", ErrorKind::value_error}},
        {0x1.0000000000000p-1, ".0%", {true, "50%", ErrorKind::value_error}},
        {0x1.4f8b588e368f1p-17, "G", {true, "1E-05", ErrorKind::value_error}},
        {0x1.4f8b588e368f1p-17, "n", {true, "1e-05", ErrorKind::value_error}},
        {0x1.d6f34547df3b6p+26, "n", {true, "1.23457e+08", ErrorKind::value_error}},
        {0x1.8000000000000p+0, "f", {true, "1.500000", ErrorKind::value_error}},
    };
    for (const Case& c : cases) {
        INFO("format(" << c.value << ", '" << c.spec << "')");
        check(format_float(c.value, c.spec), c.expect);
    }
    CHECK(format_float(3.0, ".1000f").text().size() == 1002);
    CHECK(format_float(1.7976931348623157e308, "f").text() == "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000");
}

TEST_CASE("format_str", "[format][str]") {
    struct Case { const char* value; const char* spec; Expect expect; };
    static const Case cases[] = {
        {"abc", "", {true, "abc", ErrorKind::value_error}},
        {"ab", "05", {true, "ab000", ErrorKind::value_error}},
        {"abcdef", ".3", {true, "abc", ErrorKind::value_error}},
        {"abcdef", "^9.3", {true, "   abc   ", ErrorKind::value_error}},
        {"é", "*^6", {true, "**é***", ErrorKind::value_error}},
        {"abc", "€^7", {true, "€€abc€€", ErrorKind::value_error}},
        {"日本語", "^7.2", {true, "  日本   ", ErrorKind::value_error}},
        {"a", "+", {false, "Sign not allowed in string format specifier", ErrorKind::value_error}},
        {"a", " ", {false, "Space not allowed in string format specifier", ErrorKind::value_error}},
        {"a", "-", {false, "Sign not allowed in string format specifier", ErrorKind::value_error}},
        {"a", "z", {false, "Negative zero coercion (z) not allowed in string format specifier", ErrorKind::value_error}},
        {"a", "#", {false, "Alternate form (#) not allowed in string format specifier", ErrorKind::value_error}},
        {"a", "=", {false, "'=' alignment not allowed in string format specifier", ErrorKind::value_error}},
        {"a", "=5", {false, "'=' alignment not allowed in string format specifier", ErrorKind::value_error}},
        {"a", ",", {false, "Cannot specify ',' with 's'.", ErrorKind::value_error}},
        {"a", "_", {false, "Cannot specify '_' with 's'.", ErrorKind::value_error}},
        {"a", "d", {false, "Unknown format code 'd' for object of type 'str'", ErrorKind::value_error}},
        {"a", "abc", {false, "Invalid format specifier 'abc' for object of type 'str'", ErrorKind::value_error}},
        {"a", "=+", {false, "Sign not allowed in string format specifier", ErrorKind::value_error}},
        {"a", "+#", {false, "Sign not allowed in string format specifier", ErrorKind::value_error}},
        {"a", "z#", {false, "Negative zero coercion (z) not allowed in string format specifier", ErrorKind::value_error}},
        {"a", "#=", {false, "'=' alignment not allowed in string format specifier", ErrorKind::value_error}},
        {"a", " z", {false, "Space not allowed in string format specifier", ErrorKind::value_error}},
        {"a", "=#", {false, "Alternate form (#) not allowed in string format specifier", ErrorKind::value_error}},
        {"a", "=z", {false, "Negative zero coercion (z) not allowed in string format specifier", ErrorKind::value_error}},
        {"abc", ">2", {true, "abc", ErrorKind::value_error}},
        {"abc", "<6", {true, "abc   ", ErrorKind::value_error}},
        {"abc", "6", {true, "abc   ", ErrorKind::value_error}},
        {"abc", "^6", {true, " abc  ", ErrorKind::value_error}},
        {"😀x", ">4", {true, "  😀x", ErrorKind::value_error}},
        {"abc", ".0", {true, "", ErrorKind::value_error}},
        {"abc", ".10", {true, "abc", ErrorKind::value_error}},
        {"", ">3", {true, "   ", ErrorKind::value_error}},
        {"abc", "x^8s", {true, "xxabcxxx", ErrorKind::value_error}},
        {"abc", "s", {true, "abc", ErrorKind::value_error}},
    };
    for (const Case& c : cases) {
        INFO("format('" << c.value << "', '" << c.spec << "')");
        check(format_str(c.value, std::string_view(c.spec)), c.expect);
    }
    CHECK(format_str("x", std::string_view("\0<3", 3)).text() == std::string("x\0\0", 3));
}

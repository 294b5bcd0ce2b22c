// float(str), against CPython 3.11.7.
#include "numeric/float_format.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace hs::numeric;

TEST_CASE("parse_double follows float(str)", "[float][parse]") {
    { auto v = parse_double("1_0.5"); REQUIRE(v.has_value()); CHECK(*v == 0x1.5000000000000p+3); CHECK(std::signbit(*v) == false); }
    CHECK_FALSE(parse_double("1__0").has_value());
    CHECK_FALSE(parse_double("_1").has_value());
    CHECK_FALSE(parse_double("1_.5").has_value());
    CHECK_FALSE(parse_double("1._5").has_value());
    { auto v = parse_double("1e1_0"); REQUIRE(v.has_value()); CHECK(*v == 0x1.2a05f20000000p+33); CHECK(std::signbit(*v) == false); }
    CHECK_FALSE(parse_double("1e_10").has_value());
    { auto v = parse_double(" -InFiNiTy "); REQUIRE(v.has_value()); CHECK(*v == -HUGE_VAL); CHECK(std::signbit(*v) == true); }
    { auto v = parse_double("-nan"); REQUIRE(v.has_value()); CHECK(std::isnan(*v)); CHECK(std::signbit(*v) == true); }
    { auto v = parse_double("NaN"); REQUIRE(v.has_value()); CHECK(std::isnan(*v)); CHECK(std::signbit(*v) == false); }
    CHECK_FALSE(parse_double("nan(1)").has_value());
    CHECK_FALSE(parse_double("0x1p3").has_value());
    CHECK_FALSE(parse_double(".").has_value());
    { auto v = parse_double(".5"); REQUIRE(v.has_value()); CHECK(*v == 0x1.0000000000000p-1); CHECK(std::signbit(*v) == false); }
    { auto v = parse_double("5."); REQUIRE(v.has_value()); CHECK(*v == 0x1.4000000000000p+2); CHECK(std::signbit(*v) == false); }
    { auto v = parse_double("1e500"); REQUIRE(v.has_value()); CHECK(*v == HUGE_VAL); CHECK(std::signbit(*v) == false); }
    { auto v = parse_double("-1e-500"); REQUIRE(v.has_value()); CHECK(*v == -0.0); CHECK(std::signbit(*v) == true); }
    CHECK_FALSE(parse_double("infinity_").has_value());
    CHECK_FALSE(parse_double("in_f").has_value());
    CHECK_FALSE(parse_double("+.e1").has_value());
    CHECK_FALSE(parse_double("1e").has_value());
    CHECK_FALSE(parse_double("").has_value());
    CHECK_FALSE(parse_double("   ").has_value());
    { auto v = parse_double("0.1"); REQUIRE(v.has_value()); CHECK(*v == 0x1.999999999999ap-4); CHECK(std::signbit(*v) == false); }
    { auto v = parse_double("-0"); REQUIRE(v.has_value()); CHECK(*v == -0.0); CHECK(std::signbit(*v) == true); }
    { auto v = parse_double("+0.0"); REQUIRE(v.has_value()); CHECK(*v == 0.0); CHECK(std::signbit(*v) == false); }
    { auto v = parse_double("1.7976931348623157e308"); REQUIRE(v.has_value()); CHECK(*v == 0x1.fffffffffffffp+1023); CHECK(std::signbit(*v) == false); }
    { auto v = parse_double("1.7976931348623159e308"); REQUIRE(v.has_value()); CHECK(*v == HUGE_VAL); CHECK(std::signbit(*v) == false); }
    { auto v = parse_double("2.4703282292062328e-324"); REQUIRE(v.has_value()); CHECK(*v == 0x0.0000000000001p-1022); CHECK(std::signbit(*v) == false); }
    { auto v = parse_double("2.4703282292062327e-324"); REQUIRE(v.has_value()); CHECK(*v == 0.0); CHECK(std::signbit(*v) == false); }
    { auto v = parse_double("4.9406564584124654e-324"); REQUIRE(v.has_value()); CHECK(*v == 0x0.0000000000001p-1022); CHECK(std::signbit(*v) == false); }
    { auto v = parse_double("\t\n 3.25 \f\v\r"); REQUIRE(v.has_value()); CHECK(*v == 0x1.a000000000000p+1); CHECK(std::signbit(*v) == false); }
    CHECK_FALSE(parse_double("1 2").has_value());
    CHECK_FALSE(parse_double("1.2.3").has_value());
    CHECK_FALSE(parse_double("--1").has_value());
    CHECK_FALSE(parse_double("+-1").has_value());
    CHECK_FALSE(parse_double("e5").has_value());
    CHECK_FALSE(parse_double("1e+").has_value());
    CHECK_FALSE(parse_double("1_e5").has_value());
    { auto v = parse_double("inf"); REQUIRE(v.has_value()); CHECK(*v == HUGE_VAL); CHECK(std::signbit(*v) == false); }
    { auto v = parse_double("-inf"); REQUIRE(v.has_value()); CHECK(*v == -HUGE_VAL); CHECK(std::signbit(*v) == true); }
    { auto v = parse_double("+Infinity"); REQUIRE(v.has_value()); CHECK(*v == HUGE_VAL); CHECK(std::signbit(*v) == false); }
    CHECK_FALSE(parse_double("infinit").has_value());
    CHECK_FALSE(parse_double("nana").has_value());
    { auto v = parse_double("0_0.0_1e0_1"); REQUIRE(v.has_value()); CHECK(*v == 0x1.999999999999ap-4); CHECK(std::signbit(*v) == false); }
    { auto v = parse_double("1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"); REQUIRE(v.has_value()); CHECK(*v == HUGE_VAL); CHECK(std::signbit(*v) == false); }
    { auto v = parse_double("0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001"); REQUIRE(v.has_value()); CHECK(*v == 0.0); CHECK(std::signbit(*v) == false); }
    { auto v = parse_double("123456789012345678901234567890e-10"); REQUIRE(v.has_value()); CHECK(*v == 0x1.56a95319d63e1p+63); CHECK(std::signbit(*v) == false); }
    { auto v = parse_double("9007199254740993"); REQUIRE(v.has_value()); CHECK(*v == 0x1.0000000000000p+53); CHECK(std::signbit(*v) == false); }
    { auto v = parse_double("1E5"); REQUIRE(v.has_value()); CHECK(*v == 0x1.86a0000000000p+16); CHECK(std::signbit(*v) == false); }
    { auto v = parse_double("1e-5"); REQUIRE(v.has_value()); CHECK(*v == 0x1.4f8b588e368f1p-17); CHECK(std::signbit(*v) == false); }
    { auto v = parse_double("-.5e-3"); REQUIRE(v.has_value()); CHECK(*v == -0x1.0624dd2f1a9fcp-11); CHECK(std::signbit(*v) == true); }
    { auto v = parse_double("3."); REQUIRE(v.has_value()); CHECK(*v == 0x1.8000000000000p+1); CHECK(std::signbit(*v) == false); }
    { auto v = parse_double("1_000_000"); REQUIRE(v.has_value()); CHECK(*v == 0x1.e848000000000p+19); CHECK(std::signbit(*v) == false); }
    CHECK_FALSE(parse_double("1,5").has_value());
    CHECK_FALSE(parse_double(std::string_view("1\0", 2)).has_value());
}

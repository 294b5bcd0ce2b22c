// Shifts and bitwise operators on the infinite two's complement form, checked against CPython 3.11.7.
#include "numeric/bigint.h"
#include "test_util.h"

#include <catch2/catch.hpp>

#include <climits>

using namespace hs::numeric;
using hs::numeric::test::big;
using hs::numeric::test::dec;

TEST_CASE("lshift", "[bigint][bitwise]") {
    CHECK(dec(lshift(BigInt(1), 0)) == "1");
    CHECK(dec(lshift(BigInt(1), 64)) == "18446744073709551616");
    CHECK(dec(lshift(BigInt(-3), 100)) == "-3802951800684688204490109616128");
    CHECK(dec(lshift(BigInt(0), 1000)) == "0");
    CHECK(dec(lshift(big("1237940039285380274899124223"), 29)) == "664613997892457936451903529603301376");
    CHECK(lshift(BigInt(1), 100000).bit_length() == 100001);
}

TEST_CASE("rshift floors toward negative infinity", "[bigint][bitwise]") {
    CHECK(dec(rshift(BigInt(-1), 1)) == "-1");
    CHECK(dec(rshift(BigInt(-1), 1000)) == "-1");
    CHECK(dec(rshift(BigInt(1), 1000)) == "0");
    CHECK(dec(rshift(BigInt(-5), 1)) == "-3");
    CHECK(dec(rshift(BigInt(-4), 1)) == "-2");
    CHECK(dec(rshift(BigInt(-4), 2)) == "-1");
    CHECK(dec(rshift(BigInt(-4), 3)) == "-1");
    BigInt p = -lshift(BigInt(1), 100);
    CHECK(dec(rshift(p, 30)) == "-1180591620717411303424");
    CHECK(dec(rshift(p - BigInt(1), 30)) == "-1180591620717411303425");
    CHECK(dec(rshift(p + BigInt(1), 30)) == "-1180591620717411303424");
    CHECK(dec(rshift(p, 100)) == "-1");
    CHECK(dec(rshift(p, 101)) == "-1");
    CHECK(dec(rshift(-lshift(BigInt(1), 90) - BigInt(1), 90)) == "-2");
    CHECK(dec(rshift(big("-265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001"), 217)) == "-1261077812796179222225954127164");
    CHECK(dec(rshift(big("265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001"), 217)) == "1261077812796179222225954127163");
}

TEST_CASE("and, or, xor with negative operands", "[bigint][bitwise]") {
    CHECK(dec(bit_and(BigInt(-6), BigInt(3))) == "2");
    CHECK(dec(bit_or(BigInt(-6), BigInt(3))) == "-5");
    CHECK(dec(bit_xor(BigInt(-6), BigInt(3))) == "-7");
    CHECK(dec(bit_invert(BigInt(0))) == "-1");
    CHECK(dec(bit_invert(BigInt(-1))) == "0");
    CHECK(dec(bit_invert(BigInt(INT64_MAX))) == "-9223372036854775808");
    CHECK(dec(bit_invert(BigInt(INT64_MIN))) == "9223372036854775807");

    BigInt a = lshift(BigInt(1), 100) + BigInt(12345);    // 2**100 + 12345
    BigInt b = -(lshift(BigInt(1), 70) + BigInt(999));    // -(2**70 + 999)
    CHECK(dec(a & b) == "1267650600228229401496703217689");
    CHECK(dec(a | b) == "-1180591620717411304391");
    CHECK(dec(a ^ b) == "-1267650601408821022214114522080");
    CHECK(dec(b & b) == dec(b));
    CHECK(dec(b & -b) == "1");
    CHECK(dec(-lshift(BigInt(1), 90) & -lshift(BigInt(1), 90)) == "-1237940039285380274899124224");
    CHECK(dec(-lshift(BigInt(1), 90) | -lshift(BigInt(1), 60)) == "-1152921504606846976");
    CHECK(dec(-lshift(BigInt(1), 90) ^ -lshift(BigInt(1), 60)) == "1237940038132458770292277248");
    CHECK(dec(~a) == "-1267650600228229401496703217722");
    CHECK(dec(BigInt(INT64_MIN) & BigInt(-1)) == "-9223372036854775808");
    CHECK(dec(BigInt(INT64_MIN) ^ big("-18446744073709551616")) == "9223372036854775808");
}

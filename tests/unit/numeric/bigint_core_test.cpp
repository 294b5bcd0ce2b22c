// BigInt storage, comparison, int64 conversion, hash and bit counts.
#include "numeric/bigint.h"
#include "test_util.h"

#include <catch2/catch.hpp>

#include <climits>

using namespace hs::numeric;
using hs::numeric::test::big;
using hs::numeric::test::dec;

TEST_CASE("BigInt is zero by default and has no digits", "[bigint]") {
    BigInt z;
    CHECK(z.is_zero());
    CHECK(z.sign() == 0);
    CHECK(z.ndigits() == 0);
    CHECK(dec(z) == "0");
    CHECK(z.bit_length() == 0);
}

TEST_CASE("BigInt from int64 round-trips every boundary", "[bigint]") {
    for (std::int64_t v : {std::int64_t{0}, std::int64_t{1}, std::int64_t{-1}, std::int64_t{1} << 30,
                           (std::int64_t{1} << 30) - 1, std::int64_t{1} << 60, INT64_MAX, INT64_MIN,
                           INT64_MIN + 1, std::int64_t{-1073741824}}) {
        BigInt b(v);
        REQUIRE(b.fits_int64());
        CHECK(b.to_int64() == v);
        CHECK(dec(b) == std::to_string(v));
    }
    CHECK(BigInt(UINT64_MAX).to_string() == "18446744073709551615");
    CHECK_FALSE(BigInt(UINT64_MAX).fits_int64());
    CHECK_FALSE(big("9223372036854775808").fits_int64());
    CHECK(big("-9223372036854775808").fits_int64());
    CHECK_FALSE(big("-9223372036854775809").fits_int64());
    CHECK_FALSE(big("9223372036854775808").try_to_int64().has_value());
}

TEST_CASE("ndigits matches CPython's ob_size (sys.getsizeof = 24 + 4 * max(1, n))", "[bigint]") {
    // sys.getsizeof: 0 -> 28, 1 -> 28, 2**30 -> 32, -2**60 -> 36, 2**90 - 1 -> 36, 2**90 -> 40
    CHECK(BigInt(0).ndigits() == 0);
    CHECK(BigInt(1).ndigits() == 1);
    CHECK(BigInt((std::int64_t{1} << 30) - 1).ndigits() == 1);
    CHECK(BigInt(std::int64_t{1} << 30).ndigits() == 2);
    CHECK(BigInt(-(std::int64_t{1} << 60)).ndigits() == 3);
    CHECK((lshift(BigInt(1), 90) - BigInt(1)).ndigits() == 3);
    CHECK(lshift(BigInt(1), 90).ndigits() == 4);
    CHECK(lshift(BigInt(1), 120).ndigits() == 5); // first heap-allocated size
    CHECK(pow(BigInt(10), BigInt(100)).ndigits() == 12);
}

TEST_CASE("BigInt comparison orders by sign then magnitude", "[bigint]") {
    BigInt a = big("265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001");
    BigInt b = -a;
    CHECK(a > b);
    CHECK(b < BigInt(0));
    CHECK(a > BigInt(INT64_MAX));
    CHECK(b < BigInt(INT64_MIN));
    CHECK(a == big("265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001"));
    CHECK(a != a + BigInt(1));
    CHECK((a <=> a + BigInt(1)) == std::strong_ordering::less);
    CHECK((b - BigInt(1) <=> b) == std::strong_ordering::less);
    CHECK(BigInt(-5) < BigInt(3));
    CHECK(BigInt(0) == -BigInt(0));
    CHECK(BigInt(7).sign() == 1);
    CHECK(BigInt(-7).sign() == -1);
    CHECK(b.abs() == a);
}

TEST_CASE("copies and moves keep values, inline and heap", "[bigint]") {
    BigInt small(12345);
    BigInt large = pow(BigInt(3), BigInt(200));
    BigInt c1 = small, c2 = large;
    CHECK(c1 == small);
    CHECK(c2 == large);
    BigInt m = std::move(c2);
    CHECK(m == large);
    c1 = large;
    CHECK(c1 == large);
    c1 = small;
    CHECK(c1 == small);
    c1 = std::move(m);
    CHECK(c1 == large);
    c1 = c1;
    CHECK(c1 == large);
}

TEST_CASE("hash(int) matches CPython", "[bigint][hash]") {
    // hash() values from CPython 3.11.7 (64-bit).
    CHECK(BigInt(0).hash() == 0);
    CHECK(BigInt(1).hash() == 1);
    CHECK(BigInt(-1).hash() == -2);
    CHECK(BigInt(-2).hash() == -2);
    CHECK(big("2305843009213693951").hash() == 0);  // 2**61 - 1
    CHECK(big("2305843009213693952").hash() == 1);  // 2**61
    CHECK(big("-2305843009213693952").hash() == -2); // -2**61
    CHECK(big("18446744073709551616").hash() == 8);  // 2**64
    CHECK(BigInt(INT64_MIN).hash() == -4);
    CHECK(BigInt(INT64_MAX).hash() == 3);
    CHECK(pow(BigInt(10), BigInt(100)).hash() == 910685213754167845);
    CHECK(pow(BigInt(3), BigInt(200)).hash() == 424410663027747676);
    CHECK((-pow(BigInt(7), BigInt(150))).hash() == -2137843758741391727);
}

TEST_CASE("bit_length and bit_count", "[bigint]") {
    CHECK(BigInt(1).bit_length() == 1);
    CHECK(BigInt(-1).bit_length() == 1);
    CHECK(BigInt(255).bit_length() == 8);
    CHECK(BigInt(-256).bit_length() == 9);
    CHECK(BigInt(INT64_MIN).bit_length() == 64);
    CHECK(lshift(BigInt(1), 1000).bit_length() == 1001);
    CHECK(BigInt(255).bit_count() == 8);
    CHECK(BigInt(-255).bit_count() == 8);
    CHECK((lshift(BigInt(1), 300) - BigInt(1)).bit_count() == 300);
    CHECK(pow(BigInt(3), BigInt(200)).bit_length() == 317);
}

// The int64 fast-path helpers, against CPython 3.11.7.
#include "numeric/int64_ops.h"

#include <catch2/catch.hpp>

#include <climits>

using namespace hs::numeric;

TEST_CASE("python_floordiv and python_mod use floor semantics", "[int64]") {
    CHECK(python_floordiv(7, 2) == 3);
    CHECK(python_floordiv(-7, 2) == -4);
    CHECK(python_floordiv(7, -2) == -4);
    CHECK(python_floordiv(-7, -2) == 3);
    CHECK(python_floordiv(-6, 3) == -2);
    CHECK(python_floordiv(INT64_MIN, 2) == -4611686018427387904);
    CHECK(python_floordiv(INT64_MIN, 7) == -1317624576693539402);
    CHECK(python_floordiv(INT64_MAX, -1) == -9223372036854775807);
    CHECK(python_mod(7, 2) == 1);
    CHECK(python_mod(-7, 2) == 1);
    CHECK(python_mod(7, -2) == -1);
    CHECK(python_mod(-7, -2) == -1);
    CHECK(python_mod(-6, 3) == 0);
    CHECK(python_mod(INT64_MIN, -1) == 0);
    CHECK(python_mod(INT64_MIN, 7) == 6);
    CHECK(python_mod(INT64_MAX, INT64_MIN) == -1);
}

TEST_CASE("checked arithmetic reports overflow", "[int64]") {
    std::int64_t r = 0;
    CHECK(checked_add(INT64_MAX - 1, 1, r));
    CHECK(r == INT64_MAX);
    CHECK_FALSE(checked_add(INT64_MAX, 1, r));
    CHECK_FALSE(checked_sub(INT64_MIN, 1, r));
    CHECK(checked_sub(-1, INT64_MAX, r));
    CHECK(r == INT64_MIN);
    CHECK_FALSE(checked_mul(std::int64_t{1} << 32, std::int64_t{1} << 31, r));
    CHECK(checked_mul(-(std::int64_t{1} << 32), std::int64_t{1} << 31, r));
    CHECK(r == INT64_MIN);
    CHECK_FALSE(checked_neg(INT64_MIN, r));
    CHECK(checked_neg(INT64_MAX, r));
    CHECK(r == -INT64_MAX);
    CHECK_FALSE(checked_floordiv(INT64_MIN, -1, r));
    CHECK(checked_floordiv(-7, 2, r));
    CHECK(r == -4);
    CHECK(checked_floordiv(INT64_MAX, -1, r));
    CHECK(r == -INT64_MAX);
}

TEST_CASE("shifts and powers", "[int64]") {
    std::int64_t r = 0;
    CHECK(checked_lshift(1, 62, r));
    CHECK(r == std::int64_t{1} << 62);
    CHECK_FALSE(checked_lshift(1, 63, r));
    CHECK_FALSE(checked_lshift(-1, 63, r)); // -2**63 fits, but shifts of 63+ always take the slow path
    CHECK(checked_lshift(0, 1000, r));
    CHECK(r == 0);
    CHECK_FALSE(checked_lshift(3, 62, r));
    CHECK(checked_lshift(-3, 61, r));
    CHECK(r == -6917529027641081856);
    CHECK(python_rshift(-1, 200) == -1);
    CHECK(python_rshift(-5, 1) == -3);
    CHECK(python_rshift(5, 64) == 0);
    CHECK(python_rshift(INT64_MIN, 63) == -1);
    CHECK(checked_pow(3, 39, r));
    CHECK(r == 4052555153018976267);
    CHECK_FALSE(checked_pow(3, 40, r));
    CHECK(checked_pow(-2, 63, r));
    CHECK(r == INT64_MIN);
    CHECK_FALSE(checked_pow(2, 63, r));
    CHECK(checked_pow(-1, ~std::uint64_t{0}, r));
    CHECK(r == -1);
    CHECK(checked_pow(0, 0, r));
    CHECK(r == 1);
    CHECK(checked_pow(7, 0, r));
    CHECK(r == 1);
}

TEST_CASE("hash_int64 matches hash(int)", "[int64][hash]") {
    CHECK(hash_int64(0) == 0);
    CHECK(hash_int64(-1) == -2);
    CHECK(hash_int64(-2) == -2);
    CHECK(hash_int64(12345) == 12345);
    CHECK(hash_int64(2305843009213693951) == 0);
    CHECK(hash_int64(2305843009213693952) == 1);
    CHECK(hash_int64(-2305843009213693952) == -2);
    CHECK(hash_int64(INT64_MAX) == 3);
    CHECK(hash_int64(INT64_MIN) == -4);
    CHECK(hash_int64(-2305843009213693953) == -2);
}

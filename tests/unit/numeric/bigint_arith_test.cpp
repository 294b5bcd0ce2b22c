// BigInt + - * // % divmod pow pow_mod mod_inverse gcd, checked against CPython 3.11.7.
#include "numeric/bigint.h"
#include "test_util.h"

#include <catch2/catch.hpp>

#include <climits>

using namespace hs::numeric;
using hs::numeric::test::big;
using hs::numeric::test::dec;

namespace {
const char* const k3pow200 =
    "265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001";
const char* const kMinus7pow150 = "-5817092933824343165432524003391691164919859649719340532627567207607656859034356"
                                  "995566589707894210757866827613621721127496191249";
} // namespace

TEST_CASE("add and sub across signs and digit carries", "[bigint][arith]") {
    CHECK(dec(BigInt(INT64_MAX) + BigInt(1)) == "9223372036854775808");
    CHECK(dec(BigInt(INT64_MIN) - BigInt(1)) == "-9223372036854775809");
    CHECK(dec(BigInt(INT64_MIN) + BigInt(INT64_MIN)) == "-18446744073709551616");
    CHECK(dec(big("1073741823") + BigInt(1)) == "1073741824");
    CHECK(dec(big("1237940039285380274899124223") + BigInt(1)) == "1237940039285380274899124224"); // 2**90
    CHECK(dec(big("1237940039285380274899124224") - BigInt(1)) == "1237940039285380274899124223");
    BigInt a = big(k3pow200), b = big(kMinus7pow150);
    CHECK(dec(a + b) == "-5817092933824343165432524003391425550930983774950001751305531427980827625581703601070615132"
                        "932471665375926311438726742797147248");
    CHECK(dec(a - b) == "5817092933824343165432524003391956778908735524488679313949602987234486092487010390062564282"
                        "855949850357728915804715512195235250");
    CHECK((a - a).is_zero());
    CHECK((a - a).sign() == 0);
    CHECK(dec(b - b + BigInt(5)) == "5");
    CHECK(dec(-a + a) == "0");
}

TEST_CASE("mul: small, mixed signs, and Karatsuba-sized", "[bigint][arith]") {
    CHECK(dec(BigInt(INT64_MAX) * BigInt(INT64_MIN)) == "-85070591730234615856620279821087277056");
    CHECK(dec(BigInt(-1073741823) * BigInt(1073741823)) == "-1152921502459363329");
    CHECK(dec(big(k3pow200) * big(kMinus7pow150)) ==
          "-154510125781474881128672773657253627070648332729718569779388526327735485965270630412651948422694761"
          "0814588288262599563584162768191197920185985531058108279032100758920551854034740250965614345760459124"
          "467215428114258962147249");
    CHECK((big(k3pow200) * BigInt(0)).is_zero());

    // 10**100000 * 7**118000 uses Karatsuba (both far above the cutoff); CPython 3.11.7:
    // hash 165657936792254761, bit_length 663461, 199722 digits starting 3704432470787753492516249799650461563241.
    BigInt x = pow(BigInt(10), BigInt(100000));
    BigInt y = pow(BigInt(7), BigInt(118000));
    BigInt p = x * y;
    CHECK(p.hash() == 165657936792254761);
    CHECK(p.bit_length() == 663461);
    std::string s = p.to_string();
    CHECK(s.size() == 199722);
    CHECK(s.substr(0, 40) == "3704432470787753492516249799650461563241");

    // Squaring path: (3**100000)**2.
    BigInt t = pow(BigInt(3), BigInt(100000));
    BigInt sq = t * t;
    CHECK(sq.hash() == 2172739561226811840);
    CHECK(sq.bit_length() == 316993);
    CHECK(sq == pow(BigInt(3), BigInt(200000)));

    // Lopsided product (one factor many times longer).
    CHECK((pow(BigInt(3), BigInt(100000)) * pow(BigInt(5), BigInt(70000))).hash() == 940956417045864773);
    CHECK((pow(BigInt(3), BigInt(3000)) * pow(BigInt(3), BigInt(60000))) == pow(BigInt(3), BigInt(63000)));
}

TEST_CASE("floor division and modulo follow Python's signs", "[bigint][arith]") {
    struct Case {
        std::int64_t a, b, q, r;
    };
    // divmod() from CPython: the remainder takes the divisor's sign.
    const Case cases[] = {{7, 2, 3, 1},   {-7, 2, -4, 1},  {7, -2, -4, -1},  {-7, -2, 3, -1},
                          {6, 3, 2, 0},   {-6, 3, -2, 0},  {0, -5, 0, 0},    {1, -5, -1, -4},
                          {INT64_MIN, -1, 0, 0}, {INT64_MIN, 7, -1317624576693539402, 6}};
    for (const Case& c : cases) {
        if (c.a == INT64_MIN && c.b == -1)
            continue;
        BigIntDivMod dm = divmod(BigInt(c.a), BigInt(c.b));
        CHECK(dm.quotient == BigInt(c.q));
        CHECK(dm.remainder == BigInt(c.r));
        CHECK(floor_div(BigInt(c.a), BigInt(c.b)) == BigInt(c.q));
        CHECK(floor_mod(BigInt(c.a), BigInt(c.b)) == BigInt(c.r));
    }
    CHECK(dec(floor_div(BigInt(INT64_MIN), BigInt(-1))) == "9223372036854775808");

    BigInt a = big(k3pow200), b = big(kMinus7pow150);
    BigIntDivMod d1 = divmod(a, b);
    CHECK(dec(d1.quotient) == "-1");
    CHECK(dec(d1.remainder) == "-5817092933824343165432524003391425550930983774950001751305531427980827625581703601070615132"
                               "932471665375926311438726742797147248");
    BigIntDivMod d2 = divmod(-a, b);
    CHECK(d2.quotient.is_zero());
    CHECK(d2.remainder == -a);
    BigIntDivMod d3 = divmod(a, BigInt(-12345678901));
    CHECK(dec(d3.quotient) == "-21514733292987235885893167539768627814341163922467911590678666537197385261988694500422");
    CHECK(dec(d3.remainder) == "-9921952221");
    BigIntDivMod d4 = divmod(-a, BigInt(12345678901));
    CHECK(dec(d4.quotient) == "-21514733292987235885893167539768627814341163922467911590678666537197385261988694500422");
    CHECK(dec(d4.remainder) == "9921952221");

    BigInt p100 = lshift(BigInt(1), 100);
    CHECK(dec(floor_div(p100, BigInt(-3))) == "-422550200076076467165567735126");
    CHECK(dec(floor_mod(p100, BigInt(-3))) == "-2");
    CHECK(dec(floor_div(-p100, BigInt(3))) == "-422550200076076467165567735126");
    CHECK(dec(floor_mod(-p100, BigInt(3))) == "2");

    // Long division (Knuth D) on 10**100000 * 7**118000 by 7**118000 + 12345.
    BigInt x = pow(BigInt(10), BigInt(100000)) * pow(BigInt(7), BigInt(118000));
    BigIntDivMod big_dm = divmod(x, pow(BigInt(7), BigInt(118000)) + BigInt(12345));
    CHECK(big_dm.quotient.hash() == 2049954486954668087);
    CHECK(big_dm.remainder.hash() == 2291919496085661639);
}

TEST_CASE("division identities hold on many shapes", "[bigint][arith]") {
    // a == q*b + r with r between 0 and b, for divisors around digit boundaries.
    const BigInt numerators[] = {big(k3pow200), big(kMinus7pow150), lshift(BigInt(1), 600) - BigInt(1),
                                 -lshift(BigInt(1), 599), big("1237940039285380274899124223")};
    const BigInt divisors[] = {BigInt(3), BigInt(-1073741823), lshift(BigInt(1), 30), big("-1152921504606846977"),
                               lshift(BigInt(1), 90) - BigInt(1), big(k3pow200), -lshift(BigInt(1), 299)};
    for (const BigInt& a : numerators) {
        for (const BigInt& b : divisors) {
            BigIntDivMod dm = divmod(a, b);
            CHECK(dm.quotient * b + dm.remainder == a);
            if (b.is_negative())
                CHECK((dm.remainder <= BigInt(0) && dm.remainder > b));
            else
                CHECK((dm.remainder >= BigInt(0) && dm.remainder < b));
        }
    }
}

TEST_CASE("pow", "[bigint][arith]") {
    CHECK(dec(pow(BigInt(2), BigInt(64))) == "18446744073709551616");
    CHECK(dec(pow(BigInt(-3), BigInt(41))) == "-36472996377170786403");
    CHECK(dec(pow(BigInt(-1), big("100000000000000000001"))) == "-1");
    CHECK(dec(pow(BigInt(1), big("100000000000000000001"))) == "1");
    CHECK(dec(pow(BigInt(0), BigInt(0))) == "1");
    CHECK(dec(pow(BigInt(0), BigInt(5))) == "0");
    CHECK(dec(pow(BigInt(3), BigInt(200))) == k3pow200);
    CHECK(dec(pow(BigInt(-7), BigInt(150))) == std::string(kMinus7pow150).substr(1));
    CHECK(pow(BigInt(10), BigInt(100000)).to_string().size() == 100001);
}

TEST_CASE("pow_mod and mod_inverse", "[bigint][arith]") {
    CHECK(dec(pow_mod(BigInt(3), big("100000000000000000000"), BigInt(1000000007))) == "139421235");
    CHECK(dec(pow_mod(BigInt(-3), big("100000000000000000001"), BigInt(-1000000007))) == "-418263705");
    CHECK(dec(pow_mod(BigInt(2), lshift(BigInt(1), 100), lshift(BigInt(1), 127) - BigInt(1))) == "16");
    CHECK(dec(pow_mod(big("12345678901234567890"), BigInt(65537), lshift(BigInt(1), 521) - BigInt(1))) ==
          "2671509823160374447316482437367621058724580756615051605721174787069181823432738069268092693809730733631"
          "232030978828092889163345005839059532143219298199262892");
    CHECK(dec(pow_mod(BigInt(5), BigInt(0), BigInt(7))) == "1");
    CHECK(dec(pow_mod(BigInt(5), BigInt(0), BigInt(1))) == "0");
    CHECK(dec(pow_mod(BigInt(5), BigInt(3), BigInt(-1))) == "0");
    CHECK(dec(pow_mod(BigInt(-2), BigInt(3), BigInt(5))) == "2");
    CHECK(dec(pow_mod(BigInt(2), BigInt(3), BigInt(-5))) == "-2");

    // pow(a, -1, m)
    CHECK(dec(*mod_inverse(BigInt(3), BigInt(7))) == "5");
    CHECK(dec(*mod_inverse(BigInt(3), BigInt(-7))) == "-2");
    CHECK(dec(*mod_inverse(BigInt(-3), BigInt(7))) == "2");
    CHECK(dec(*mod_inverse(pow(BigInt(10), BigInt(30)), lshift(BigInt(1), 127) - BigInt(1))) ==
          "129844953366127457104077877210853524941");
    CHECK_FALSE(mod_inverse(BigInt(2), BigInt(4)).has_value());
    CHECK_FALSE(mod_inverse(BigInt(0), BigInt(7)).has_value());
    CHECK(dec(*mod_inverse(BigInt(0), BigInt(1))) == "0");
}

TEST_CASE("gcd", "[bigint][arith]") {
    BigInt a = pow(BigInt(2), BigInt(200)) * pow(BigInt(3), BigInt(50));
    BigInt b = pow(BigInt(2), BigInt(150)) * pow(BigInt(3), BigInt(80)) * BigInt(5);
    CHECK(dec(gcd(a, b)) == "1024618246531448192529486101931556275808450117982966277666337116389376");
    CHECK(dec(gcd(BigInt(0), BigInt(-5))) == "5");
    CHECK(dec(gcd(BigInt(-12), BigInt(18))) == "6");
    CHECK(dec(gcd(BigInt(0), BigInt(0))) == "0");
}

// BigInt text conversion: str/bin/oct/hex, int(str, base), literals and the int_max_str_digits limit.
// Expected values come from CPython 3.11.7.
#include "numeric/bigint.h"
#include "test_util.h"

#include <catch2/catch.hpp>

using namespace hs::numeric;
using hs::numeric::test::big;
using hs::numeric::test::dec;

TEST_CASE("to_string in bases 2..36", "[bigint][string]") {
    CHECK(big("0").to_string(10) == "0");
    CHECK(big("0").to_string(2) == "0");
    CHECK(big("0").to_string(8) == "0");
    CHECK(big("0").to_string(16) == "0");
    CHECK(big("0").to_string(3) == "0");
    CHECK(big("0").to_string(7) == "0");
    CHECK(big("0").to_string(36) == "0");
    CHECK(big("1").to_string(10) == "1");
    CHECK(big("1").to_string(2) == "1");
    CHECK(big("1").to_string(8) == "1");
    CHECK(big("1").to_string(16) == "1");
    CHECK(big("1").to_string(3) == "1");
    CHECK(big("1").to_string(7) == "1");
    CHECK(big("1").to_string(36) == "1");
    CHECK(big("-1").to_string(10) == "-1");
    CHECK(big("-1").to_string(2) == "-1");
    CHECK(big("-1").to_string(8) == "-1");
    CHECK(big("-1").to_string(16) == "-1");
    CHECK(big("-1").to_string(3) == "-1");
    CHECK(big("-1").to_string(7) == "-1");
    CHECK(big("-1").to_string(36) == "-1");
    CHECK(big("9").to_string(10) == "9");
    CHECK(big("9").to_string(2) == "1001");
    CHECK(big("9").to_string(8) == "11");
    CHECK(big("9").to_string(16) == "9");
    CHECK(big("9").to_string(3) == "100");
    CHECK(big("9").to_string(7) == "12");
    CHECK(big("9").to_string(36) == "9");
    CHECK(big("10").to_string(10) == "10");
    CHECK(big("10").to_string(2) == "1010");
    CHECK(big("10").to_string(8) == "12");
    CHECK(big("10").to_string(16) == "a");
    CHECK(big("10").to_string(3) == "101");
    CHECK(big("10").to_string(7) == "13");
    CHECK(big("10").to_string(36) == "a");
    CHECK(big("999999999").to_string(10) == "999999999");
    CHECK(big("999999999").to_string(2) == "111011100110101100100111111111");
    CHECK(big("999999999").to_string(8) == "7346544777");
    CHECK(big("999999999").to_string(16) == "3b9ac9ff");
    CHECK(big("999999999").to_string(3) == "2120200200021010000");
    CHECK(big("999999999").to_string(7) == "33531600615");
    CHECK(big("999999999").to_string(36) == "gjdgxr");
    CHECK(big("1000000000").to_string(10) == "1000000000");
    CHECK(big("1000000000").to_string(2) == "111011100110101100101000000000");
    CHECK(big("1000000000").to_string(8) == "7346545000");
    CHECK(big("1000000000").to_string(16) == "3b9aca00");
    CHECK(big("1000000000").to_string(3) == "2120200200021010001");
    CHECK(big("1000000000").to_string(7) == "33531600616");
    CHECK(big("1000000000").to_string(36) == "gjdgxs");
    CHECK(big("-1000000000").to_string(10) == "-1000000000");
    CHECK(big("-1000000000").to_string(2) == "-111011100110101100101000000000");
    CHECK(big("-1000000000").to_string(8) == "-7346545000");
    CHECK(big("-1000000000").to_string(16) == "-3b9aca00");
    CHECK(big("-1000000000").to_string(3) == "-2120200200021010001");
    CHECK(big("-1000000000").to_string(7) == "-33531600616");
    CHECK(big("-1000000000").to_string(36) == "-gjdgxs");
    CHECK(big("1073741823").to_string(10) == "1073741823");
    CHECK(big("1073741823").to_string(2) == "111111111111111111111111111111");
    CHECK(big("1073741823").to_string(8) == "7777777777");
    CHECK(big("1073741823").to_string(16) == "3fffffff");
    CHECK(big("1073741823").to_string(3) == "2202211102201212200");
    CHECK(big("1073741823").to_string(7) == "35415440430");
    CHECK(big("1073741823").to_string(36) == "hra0hr");
    CHECK(big("1073741824").to_string(10) == "1073741824");
    CHECK(big("1073741824").to_string(2) == "1000000000000000000000000000000");
    CHECK(big("1073741824").to_string(8) == "10000000000");
    CHECK(big("1073741824").to_string(16) == "40000000");
    CHECK(big("1073741824").to_string(3) == "2202211102201212201");
    CHECK(big("1073741824").to_string(7) == "35415440431");
    CHECK(big("1073741824").to_string(36) == "hra0hs");
    CHECK(big("1152921504606846975").to_string(10) == "1152921504606846975");
    CHECK(big("1152921504606846975").to_string(2) == "111111111111111111111111111111111111111111111111111111111111");
    CHECK(big("1152921504606846975").to_string(8) == "77777777777777777777");
    CHECK(big("1152921504606846975").to_string(16) == "fffffffffffffff");
    CHECK(big("1152921504606846975").to_string(3) == "21200101122222021102111220121112212100");
    CHECK(big("1152921504606846975").to_string(7) == "2031000661631341065360");
    CHECK(big("1152921504606846975").to_string(36) == "8rc4kbdvss1r");
    CHECK(big("1152921504606846976").to_string(10) == "1152921504606846976");
    CHECK(big("1152921504606846976").to_string(2) == "1000000000000000000000000000000000000000000000000000000000000");
    CHECK(big("1152921504606846976").to_string(8) == "100000000000000000000");
    CHECK(big("1152921504606846976").to_string(16) == "1000000000000000");
    CHECK(big("1152921504606846976").to_string(3) == "21200101122222021102111220121112212101");
    CHECK(big("1152921504606846976").to_string(7) == "2031000661631341065361");
    CHECK(big("1152921504606846976").to_string(36) == "8rc4kbdvss1s");
    CHECK(big("9223372036854775808").to_string(10) == "9223372036854775808");
    CHECK(big("9223372036854775808").to_string(2) == "1000000000000000000000000000000000000000000000000000000000000000");
    CHECK(big("9223372036854775808").to_string(8) == "1000000000000000000000");
    CHECK(big("9223372036854775808").to_string(16) == "8000000000000000");
    CHECK(big("9223372036854775808").to_string(3) == "2021110011022210012102010021220101220222");
    CHECK(big("9223372036854775808").to_string(7) == "22341010611245052052301");
    CHECK(big("9223372036854775808").to_string(36) == "1y2p0ij32e8e8");
    CHECK(big("-9223372036854775808").to_string(10) == "-9223372036854775808");
    CHECK(big("-9223372036854775808").to_string(2) == "-1000000000000000000000000000000000000000000000000000000000000000");
    CHECK(big("-9223372036854775808").to_string(8) == "-1000000000000000000000");
    CHECK(big("-9223372036854775808").to_string(16) == "-8000000000000000");
    CHECK(big("-9223372036854775808").to_string(3) == "-2021110011022210012102010021220101220222");
    CHECK(big("-9223372036854775808").to_string(7) == "-22341010611245052052301");
    CHECK(big("-9223372036854775808").to_string(36) == "-1y2p0ij32e8e8");
    CHECK(big("18446744073709551615").to_string(10) == "18446744073709551615");
    CHECK(big("18446744073709551615").to_string(2) == "1111111111111111111111111111111111111111111111111111111111111111");
    CHECK(big("18446744073709551615").to_string(8) == "1777777777777777777777");
    CHECK(big("18446744073709551615").to_string(16) == "ffffffffffffffff");
    CHECK(big("18446744073709551615").to_string(3) == "11112220022122120101211020120210210211220");
    CHECK(big("18446744073709551615").to_string(7) == "45012021522523134134601");
    CHECK(big("18446744073709551615").to_string(36) == "3w5e11264sgsf");
    CHECK(big("1000000000000000000").to_string(10) == "1000000000000000000");
    CHECK(big("1000000000000000000").to_string(2) == "110111100000101101101011001110100111011001000000000000000000");
    CHECK(big("1000000000000000000").to_string(8) == "67405553164731000000");
    CHECK(big("1000000000000000000").to_string(16) == "de0b6b3a7640000");
    CHECK(big("1000000000000000000").to_string(3) == "20122212221021011100201020220212020001");
    CHECK(big("1000000000000000000").to_string(7) == "1535044306544330041531");
    CHECK(big("1000000000000000000").to_string(36) == "7lieexzx4kxs");
    CHECK(big("10000000000000000000").to_string(10) == "10000000000000000000");
    CHECK(big("10000000000000000000").to_string(2) == "1000101011000111001000110000010010001001111010000000000000000000");
    CHECK(big("10000000000000000000").to_string(8) == "1053071060221172000000");
    CHECK(big("10000000000000000000").to_string(16) == "8ac7230489e80000");
    CHECK(big("10000000000000000000").to_string(3) == "2110121212100122121121010120012121020101");
    CHECK(big("10000000000000000000").to_string(7) == "23621642325042620603533");
    CHECK(big("10000000000000000000").to_string(36) == "23z405fz79tds");
    CHECK(big("265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001").to_string(10) == "265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001");
    CHECK(big("-5817092933824343165432524003391691164919859649719340532627567207607656859034356995566589707894210757866827613621721127496191249").to_string(10) == "-5817092933824343165432524003391691164919859649719340532627567207607656859034356995566589707894210757866827613621721127496191249");
    CHECK(big("1267650600228229401496703205375").to_string(10) == "1267650600228229401496703205375");
    CHECK(big("1267650600228229401496703205375").to_string(2) == "1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111");
    CHECK(big("1267650600228229401496703205375").to_string(8) == "1777777777777777777777777777777777");
    CHECK(big("1267650600228229401496703205375").to_string(16) == "fffffffffffffffffffffffff");
    CHECK(big("1267650600228229401496703205375").to_string(3) == "1002220101202122200001221110000110122001202012001102202211110220");
    CHECK(big("1267650600228229401496703205375").to_string(7) == "322653455556104044451560330542514131");
    CHECK(big("1267650600228229401496703205375").to_string(36) == "3ewfdnca0n6ld1ggvfgf");
}

TEST_CASE("bin, oct and hex forms", "[bigint][string]") {
    CHECK(big("0").to_prefixed_string(2) == "0b0");
    CHECK(big("0").to_prefixed_string(8) == "0o0");
    CHECK(big("0").to_prefixed_string(16) == "0x0");
    CHECK(big("1").to_prefixed_string(2) == "0b1");
    CHECK(big("1").to_prefixed_string(8) == "0o1");
    CHECK(big("1").to_prefixed_string(16) == "0x1");
    CHECK(big("-1").to_prefixed_string(2) == "-0b1");
    CHECK(big("-1").to_prefixed_string(8) == "-0o1");
    CHECK(big("-1").to_prefixed_string(16) == "-0x1");
    CHECK(big("255").to_prefixed_string(2) == "0b11111111");
    CHECK(big("255").to_prefixed_string(8) == "0o377");
    CHECK(big("255").to_prefixed_string(16) == "0xff");
    CHECK(big("-255").to_prefixed_string(2) == "-0b11111111");
    CHECK(big("-255").to_prefixed_string(8) == "-0o377");
    CHECK(big("-255").to_prefixed_string(16) == "-0xff");
    CHECK(big("18446744073709551616").to_prefixed_string(2) == "0b10000000000000000000000000000000000000000000000000000000000000000");
    CHECK(big("18446744073709551616").to_prefixed_string(8) == "0o2000000000000000000000");
    CHECK(big("18446744073709551616").to_prefixed_string(16) == "0x10000000000000000");
    CHECK(big("-1267650600228229401496703205375").to_prefixed_string(2) == "-0b1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111");
    CHECK(big("-1267650600228229401496703205375").to_prefixed_string(8) == "-0o1777777777777777777777777777777777");
    CHECK(big("-1267650600228229401496703205375").to_prefixed_string(16) == "-0xfffffffffffffffffffffffff");
    CHECK(big("265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001").to_prefixed_string(2) == "0b11111110101011000011000111100001111101011000001000110100111101100001000011010100100110111101001110110111100110100001100101111111111010111001111011001011111100100010001110110000001101011011010000011111011001111011011110110111001001010011110101110001000100101101111111010111111110001111010101010111110001011000010100001");
    CHECK(big("265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001").to_prefixed_string(8) == "0o3765303074175301064754103244675166746414577727173137442166015332037317336671123656104557727761725276130241");
    CHECK(big("265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001").to_prefixed_string(16) == "0x1fd5863c3eb0469ec21a937a76f3432ffd73d97e447606b683ecf6f6e4a7ae225bfaff1eaaf8b0a1");
}

TEST_CASE("parse_int_literal follows int(str, base)", "[bigint][string]") {
    { IntParseResult r = parse_int_literal("0x_1f", 0);
      REQUIRE(r.status == IntParseStatus::ok);
      CHECK(dec(r.value) == "31"); }
    { IntParseResult r = parse_int_literal("0x_1f", 16);
      REQUIRE(r.status == IntParseStatus::ok);
      CHECK(dec(r.value) == "31"); }
    CHECK(parse_int_literal("0_7", 0).status == IntParseStatus::invalid_literal);
    { IntParseResult r = parse_int_literal("0_0", 0);
      REQUIRE(r.status == IntParseStatus::ok);
      CHECK(dec(r.value) == "0"); }
    { IntParseResult r = parse_int_literal("00", 0);
      REQUIRE(r.status == IntParseStatus::ok);
      CHECK(dec(r.value) == "0"); }
    CHECK(parse_int_literal("010", 0).status == IntParseStatus::invalid_literal);
    CHECK(parse_int_literal("0b", 0).status == IntParseStatus::invalid_literal);
    { IntParseResult r = parse_int_literal(" 12 ", 10);
      REQUIRE(r.status == IntParseStatus::ok);
      CHECK(dec(r.value) == "12"); }
    CHECK(parse_int_literal("1__2", 10).status == IntParseStatus::invalid_literal);
    CHECK(parse_int_literal("_1", 10).status == IntParseStatus::invalid_literal);
    CHECK(parse_int_literal("1_", 10).status == IntParseStatus::invalid_literal);
    { IntParseResult r = parse_int_literal("-0x10", 0);
      REQUIRE(r.status == IntParseStatus::ok);
      CHECK(dec(r.value) == "-16"); }
    CHECK(parse_int_literal("+ 1", 10).status == IntParseStatus::invalid_literal);
    { IntParseResult r = parse_int_literal("\t\n\v\f\r 7 \f", 10);
      REQUIRE(r.status == IntParseStatus::ok);
      CHECK(dec(r.value) == "7"); }
    { IntParseResult r = parse_int_literal("0X1F", 16);
      REQUIRE(r.status == IntParseStatus::ok);
      CHECK(dec(r.value) == "31"); }
    { IntParseResult r = parse_int_literal("1e", 16);
      REQUIRE(r.status == IntParseStatus::ok);
      CHECK(dec(r.value) == "30"); }
    { IntParseResult r = parse_int_literal("z", 36);
      REQUIRE(r.status == IntParseStatus::ok);
      CHECK(dec(r.value) == "35"); }
    { IntParseResult r = parse_int_literal("Z", 36);
      REQUIRE(r.status == IntParseStatus::ok);
      CHECK(dec(r.value) == "35"); }
    { IntParseResult r = parse_int_literal("0o17", 8);
      REQUIRE(r.status == IntParseStatus::ok);
      CHECK(dec(r.value) == "15"); }
    { IntParseResult r = parse_int_literal("0b1", 16);
      REQUIRE(r.status == IntParseStatus::ok);
      CHECK(dec(r.value) == "177"); }
    { IntParseResult r = parse_int_literal("0b1", 0);
      REQUIRE(r.status == IntParseStatus::ok);
      CHECK(dec(r.value) == "1"); }
    CHECK(parse_int_literal("", 10).status == IntParseStatus::invalid_literal);
    CHECK(parse_int_literal("-", 10).status == IntParseStatus::invalid_literal);
    CHECK(parse_int_literal("0x", 16).status == IntParseStatus::invalid_literal);
    CHECK(parse_int_literal(std::string_view("1\0", 2), 10).status == IntParseStatus::invalid_literal);
    { IntParseResult r = parse_int_literal("  -000123_456  ", 10);
      REQUIRE(r.status == IntParseStatus::ok);
      CHECK(dec(r.value) == "-123456"); }
    { IntParseResult r = parse_int_literal("0o_7", 0);
      REQUIRE(r.status == IntParseStatus::ok);
      CHECK(dec(r.value) == "7"); }
    { IntParseResult r = parse_int_literal("0O7", 0);
      REQUIRE(r.status == IntParseStatus::ok);
      CHECK(dec(r.value) == "7"); }
    { IntParseResult r = parse_int_literal("0B101", 2);
      REQUIRE(r.status == IntParseStatus::ok);
      CHECK(dec(r.value) == "5"); }
    CHECK(parse_int_literal("0x1f", 10).status == IntParseStatus::invalid_literal);
    { IntParseResult r = parse_int_literal("1_000_000", 0);
      REQUIRE(r.status == IntParseStatus::ok);
      CHECK(dec(r.value) == "1000000"); }
    { IntParseResult r = parse_int_literal("-0", 10);
      REQUIRE(r.status == IntParseStatus::ok);
      CHECK(dec(r.value) == "0"); }
    { IntParseResult r = parse_int_literal("+0b_1_0", 0);
      REQUIRE(r.status == IntParseStatus::ok);
      CHECK(dec(r.value) == "2"); }
    CHECK(parse_int_literal("9", 8).status == IntParseStatus::invalid_literal);
    { IntParseResult r = parse_int_literal("12", 3);
      REQUIRE(r.status == IntParseStatus::ok);
      CHECK(dec(r.value) == "5"); }
    CHECK(parse_int_literal("zz", 35).status == IntParseStatus::invalid_literal);
    { IntParseResult r = parse_int_literal("ZZ_z", 36);
      REQUIRE(r.status == IntParseStatus::ok);
      CHECK(dec(r.value) == "46655"); }
    CHECK(parse_int_literal("12 3", 10).status == IntParseStatus::invalid_literal);
    CHECK(parse_int_literal("0b2", 0).status == IntParseStatus::invalid_literal);
    CHECK(parse_int_literal("0x", 0).status == IntParseStatus::invalid_literal);
    CHECK(parse_int_literal("+", 10).status == IntParseStatus::invalid_literal);
    CHECK(parse_int_literal(" ", 10).status == IntParseStatus::invalid_literal);
    CHECK(parse_int_literal("0_", 0).status == IntParseStatus::invalid_literal);
    CHECK(parse_int_literal("00_1", 0).status == IntParseStatus::invalid_literal);
    { IntParseResult r = parse_int_literal("000", 0);
      REQUIRE(r.status == IntParseStatus::ok);
      CHECK(dec(r.value) == "0"); }
    CHECK(parse_int_literal("0o", 8).status == IntParseStatus::invalid_literal);
    { IntParseResult r = parse_int_literal("123456789012345678901234567890", 10);
      REQUIRE(r.status == IntParseStatus::ok);
      CHECK(dec(r.value) == "123456789012345678901234567890"); }
    { IntParseResult r = parse_int_literal("-123456789012345678901234567890123456789", 0);
      REQUIRE(r.status == IntParseStatus::ok);
      CHECK(dec(r.value) == "-123456789012345678901234567890123456789"); }
    { IntParseResult r = parse_int_literal("ffffffffffffffffffffffffffffffff", 16);
      REQUIRE(r.status == IntParseStatus::ok);
      CHECK(dec(r.value) == "340282366920938463463374607431768211455"); }
    { IntParseResult r = parse_int_literal("-100000000000000000000000000000000000000000000000000000000000000000000000000000000", 7);
      REQUIRE(r.status == IntParseStatus::ok);
      CHECK(dec(r.value) == "-40536215597144386832065866109016673800875222251012083746192454448001"); }
    { IntParseResult r = parse_int_literal("1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", 2);
      REQUIRE(r.status == IntParseStatus::ok);
      CHECK(dec(r.value) == "1267650600228229401496703205375"); }
    { IntParseResult r = parse_int_literal("77777777777777777777777777777777777777777777777777", 8);
      REQUIRE(r.status == IntParseStatus::ok);
      CHECK(dec(r.value) == "1427247692705959881058285969449495136382746623"); }
    { IntParseResult r = parse_int_literal("abcdefghijklmnopqrstuvwxyz", 36);
      REQUIRE(r.status == IntParseStatus::ok);
      CHECK(dec(r.value) == "8337503854730415241050377135811259267835"); }
    CHECK(parse_int_literal("12", 1).status == IntParseStatus::invalid_literal);
    CHECK(parse_int_literal("12", 37).status == IntParseStatus::invalid_literal);
}

TEST_CASE("from_string takes bare literal digits", "[bigint][string]") {
    CHECK(dec(*BigInt::from_string("0x1f", 0)) == "31");
    CHECK(dec(*BigInt::from_string("0o17", 0)) == "15");
    CHECK(dec(*BigInt::from_string("0b101", 0)) == "5");
    CHECK_FALSE(BigInt::from_string("017", 0).has_value());
    CHECK(dec(*BigInt::from_string("00", 0)) == "0");
    CHECK(dec(*BigInt::from_string("1_000", 0)) == "1000");
    CHECK(dec(*BigInt::from_string("ff", 16)) == "255");
    CHECK_FALSE(BigInt::from_string("-1", 10).has_value());
    CHECK_FALSE(BigInt::from_string(" 1", 10).has_value());
    CHECK_FALSE(BigInt::from_string("1 ", 10).has_value());
    CHECK(dec(*BigInt::from_string("0xff", 16)) == "255");
    CHECK_FALSE(BigInt::from_string("", 10).has_value());
    CHECK(dec(*BigInt::from_string("123456789012345678901234567890", 10)) == "123456789012345678901234567890");
    CHECK_FALSE(BigInt::from_string("z", 35).has_value());
}

TEST_CASE("int_max_str_digits limit in both directions", "[bigint][string]") {
    // str(10**4299) has 4300 digits: allowed. str(10**4300) has 4301: ValueError.
    BigInt ok = pow(BigInt(10), BigInt(4299));
    REQUIRE(ok.to_decimal_string(kDefaultMaxStrDigits).has_value());
    CHECK(ok.to_decimal_string(kDefaultMaxStrDigits)->size() == 4300);
    CHECK((-ok).to_decimal_string(kDefaultMaxStrDigits)->size() == 4301);
    CHECK_FALSE(pow(BigInt(10), BigInt(4300)).to_decimal_string(kDefaultMaxStrDigits).has_value());
    CHECK_FALSE((-pow(BigInt(10), BigInt(4300))).to_decimal_string(kDefaultMaxStrDigits).has_value());
    CHECK_FALSE(pow(BigInt(10), BigInt(100000)).to_decimal_string(kDefaultMaxStrDigits).has_value());
    CHECK(pow(BigInt(10), BigInt(100000)).to_decimal_string(0)->size() == 100001);
    CHECK(pow(BigInt(10), BigInt(700)).to_decimal_string(700).has_value() == false);
    CHECK(pow(BigInt(10), BigInt(699)).to_decimal_string(700).has_value());
    CHECK(pow(BigInt(10), BigInt(4299)).decimal_digits_upper_bound() >= 4300);
    CHECK(BigInt(0).decimal_digits_upper_bound() == 1);

    std::string digits(4300, '1');
    CHECK(parse_int_literal(digits, 10).status == IntParseStatus::ok);
    IntParseResult r = parse_int_literal(digits + "1", 10);
    CHECK(r.status == IntParseStatus::exceeds_digit_limit);
    CHECK(r.digit_count == 4301);
    // Leading zeros count, underscores do not, and the limit is checked before trailing garbage.
    CHECK(parse_int_literal(std::string(4301, '0'), 10).digit_count == 4301);
    CHECK(parse_int_literal(std::string(5000, '0'), 0).digit_count == 5000);
    std::string underscored;
    for (int i = 0; i < 4300; ++i)
        underscored += "1_";
    underscored += "1";
    CHECK(parse_int_literal(underscored, 10).digit_count == 4301);
    CHECK(parse_int_literal(std::string(5000, '1') + "x", 10).status == IntParseStatus::exceeds_digit_limit);
    CHECK(parse_int_literal("x" + std::string(5000, '1'), 10).status == IntParseStatus::invalid_literal);
    CHECK(parse_int_literal(" " + std::string(5000, '1'), 10).digit_count == 5000);
    // Power-of-two bases are not limited; 0 disables the limit.
    CHECK(parse_int_literal(std::string(5000, '1'), 16).status == IntParseStatus::ok);
    CHECK(parse_int_literal(std::string(5000, '1'), 10, 0).status == IntParseStatus::ok);

    CHECK(int_max_str_digits_to_str_message(4300) ==
          "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to "
          "increase the limit");
    CHECK(int_max_str_digits_to_int_message(4300, 4301) ==
          "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use "
          "sys.set_int_max_str_digits() to increase the limit");
}

TEST_CASE("decimal round trip of long values", "[bigint][string]") {
    { BigInt v = lshift(BigInt(1), 300) - BigInt(1);
      std::string s = v.to_string();
      CHECK(s.size() == 91);
      CHECK(s.substr(0, 30) == "203703597633448608626844568840");
      CHECK(s.substr(s.size() - 30) == "449354381299763336706183397375");
      CHECK(parse_int_literal(s, 10, 0).value == v); }
    { BigInt v = lshift(BigInt(1), 3000) - BigInt(1);
      std::string s = v.to_string();
      CHECK(s.size() == 904);
      CHECK(s.substr(0, 30) == "123023192216111717693155881327");
      CHECK(s.substr(s.size() - 30) == "512399773872178519018229989375");
      CHECK(parse_int_literal(s, 10, 0).value == v); }
    { BigInt v = lshift(BigInt(1), 12000) - BigInt(1);
      std::string s = v.to_string();
      CHECK(s.size() == 3613);
      CHECK(s.substr(0, 30) == "229059320350032644249825407110");
      CHECK(s.substr(s.size() - 30) == "542654631382911359993958629375");
      CHECK(parse_int_literal(s, 10, 0).value == v); }
    CHECK(pow(BigInt(7), BigInt(5000)).to_string(7) == "1" + std::string(5000, '0'));
    CHECK(*BigInt::from_string("1" + std::string(5000, '0'), 7) == pow(BigInt(7), BigInt(5000)));
    CHECK(*BigInt::from_string("1" + std::string(5000, '0'), 10) == pow(BigInt(10), BigInt(5000)));
}

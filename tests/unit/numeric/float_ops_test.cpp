// float hash, floor division, modulo and round(), against CPython 3.11.7.
#include "numeric/float_format.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace hs::numeric;

TEST_CASE("hash_double matches _Py_HashDouble", "[float][hash]") {
    CHECK(hash_double(0.0) == 0);
    CHECK(hash_double(-0.0) == 0);
    CHECK(hash_double(0x1.0000000000000p-1) == 1152921504606846976);
    CHECK(hash_double(-0x1.8000000000000p+0) == -1152921504606846977);
    CHECK(hash_double(0x1.0000000000000p+0) == 1);
    CHECK(hash_double(-0x1.0000000000000p+0) == -2);
    CHECK(hash_double(0x1.7e43c8800759cp+996) == 1224995262755759164);
    CHECK(hash_double(-0x1.7e43c8800759cp+996) == -1224995262755759164);
    CHECK(hash_double(0x1.0000000000000p+61) == 1);
    CHECK(hash_double(0x1.0000000000000p+62) == 2);
    CHECK(hash_double(0x1.56e1fc2f8f359p-997) == 482449582752280463);
    CHECK(hash_double(0x0.0000000000001p-1022) == 16777216);
    CHECK(hash_double(0x1.921fb54442d18p+1) == 326490430436040707);
    CHECK(hash_double(0x1.1c37937e08000p+53) == 10000000000000000);
    CHECK(hash_double(0x1.d6f3454800000p+26) == 288230376275168533);
    CHECK(hash_double(0x0.0000000000001p-1022) == 16777216);
    CHECK(hash_double(0x1.fffffffffffffp+1023) == 2234066890152476671);
    CHECK(hash_double(HUGE_VAL) == 314159);
    CHECK(hash_double(-HUGE_VAL) == -314159);
    CHECK(hash_double(0x1.0000000000001p+53) == 9007199254740994);
    CHECK(hash_double(-0x1.0000000000000p+63) == -4);
    // A nan hashes by identity: _Py_HashPointer rotates the address by 4 bits.
    CHECK(hash_double(std::nan(""), 0x7f0012345670) == 0x7f001234567);
    CHECK(hash_double(std::nan(""), 0x1234567890abcdef) == static_cast<std::int64_t>(0xf1234567890abcdeULL));
    CHECK(hash_pointer(0xf) == static_cast<std::int64_t>(0xf000000000000000ULL));
    CHECK(hash_pointer(0xffffffffffffffffULL) == -2);
}

TEST_CASE("float divmod, // and % follow Python signs", "[float][divmod]") {
    { DoubleDivMod r = divmod_double(0x1.e000000000000p+2, 0x1.0000000000000p+1);
      CHECK(r.quotient == 0x1.8000000000000p+1);
      CHECK(std::signbit(r.quotient) == false);
      CHECK(r.remainder == 0x1.8000000000000p+0);
      CHECK(std::signbit(r.remainder) == false);
      CHECK(mod_double(0x1.e000000000000p+2, 0x1.0000000000000p+1) == 0x1.8000000000000p+0);
      CHECK(std::signbit(mod_double(0x1.e000000000000p+2, 0x1.0000000000000p+1)) == false); }
    CHECK(floor_div_double(0x1.e000000000000p+2, 0x1.0000000000000p+1) == 0x1.8000000000000p+1);
    { DoubleDivMod r = divmod_double(-0x1.e000000000000p+2, 0x1.0000000000000p+1);
      CHECK(r.quotient == -0x1.0000000000000p+2);
      CHECK(std::signbit(r.quotient) == true);
      CHECK(r.remainder == 0x1.0000000000000p-1);
      CHECK(std::signbit(r.remainder) == false);
      CHECK(mod_double(-0x1.e000000000000p+2, 0x1.0000000000000p+1) == 0x1.0000000000000p-1);
      CHECK(std::signbit(mod_double(-0x1.e000000000000p+2, 0x1.0000000000000p+1)) == false); }
    CHECK(floor_div_double(-0x1.e000000000000p+2, 0x1.0000000000000p+1) == -0x1.0000000000000p+2);
    { DoubleDivMod r = divmod_double(0x1.e000000000000p+2, -0x1.0000000000000p+1);
      CHECK(r.quotient == -0x1.0000000000000p+2);
      CHECK(std::signbit(r.quotient) == true);
      CHECK(r.remainder == -0x1.0000000000000p-1);
      CHECK(std::signbit(r.remainder) == true);
      CHECK(mod_double(0x1.e000000000000p+2, -0x1.0000000000000p+1) == -0x1.0000000000000p-1);
      CHECK(std::signbit(mod_double(0x1.e000000000000p+2, -0x1.0000000000000p+1)) == true); }
    CHECK(floor_div_double(0x1.e000000000000p+2, -0x1.0000000000000p+1) == -0x1.0000000000000p+2);
    { DoubleDivMod r = divmod_double(-0x1.e000000000000p+2, -0x1.0000000000000p+1);
      CHECK(r.quotient == 0x1.8000000000000p+1);
      CHECK(std::signbit(r.quotient) == false);
      CHECK(r.remainder == -0x1.8000000000000p+0);
      CHECK(std::signbit(r.remainder) == true);
      CHECK(mod_double(-0x1.e000000000000p+2, -0x1.0000000000000p+1) == -0x1.8000000000000p+0);
      CHECK(std::signbit(mod_double(-0x1.e000000000000p+2, -0x1.0000000000000p+1)) == true); }
    CHECK(floor_div_double(-0x1.e000000000000p+2, -0x1.0000000000000p+1) == 0x1.8000000000000p+1);
    { DoubleDivMod r = divmod_double(-0.0, 0x1.0000000000000p+0);
      CHECK(r.quotient == -0.0);
      CHECK(std::signbit(r.quotient) == true);
      CHECK(r.remainder == 0.0);
      CHECK(std::signbit(r.remainder) == false);
      CHECK(mod_double(-0.0, 0x1.0000000000000p+0) == 0.0);
      CHECK(std::signbit(mod_double(-0.0, 0x1.0000000000000p+0)) == false); }
    CHECK(floor_div_double(-0.0, 0x1.0000000000000p+0) == -0.0);
    { DoubleDivMod r = divmod_double(0.0, -0x1.0000000000000p+0);
      CHECK(r.quotient == -0.0);
      CHECK(std::signbit(r.quotient) == true);
      CHECK(r.remainder == -0.0);
      CHECK(std::signbit(r.remainder) == true);
      CHECK(mod_double(0.0, -0x1.0000000000000p+0) == -0.0);
      CHECK(std::signbit(mod_double(0.0, -0x1.0000000000000p+0)) == true); }
    CHECK(floor_div_double(0.0, -0x1.0000000000000p+0) == -0.0);
    { DoubleDivMod r = divmod_double(0x1.0000000000000p+0, HUGE_VAL);
      CHECK(r.quotient == 0.0);
      CHECK(std::signbit(r.quotient) == false);
      CHECK(r.remainder == 0x1.0000000000000p+0);
      CHECK(std::signbit(r.remainder) == false);
      CHECK(mod_double(0x1.0000000000000p+0, HUGE_VAL) == 0x1.0000000000000p+0);
      CHECK(std::signbit(mod_double(0x1.0000000000000p+0, HUGE_VAL)) == false); }
    CHECK(floor_div_double(0x1.0000000000000p+0, HUGE_VAL) == 0.0);
    { DoubleDivMod r = divmod_double(-0x1.0000000000000p+0, HUGE_VAL);
      CHECK(r.quotient == -0x1.0000000000000p+0);
      CHECK(std::signbit(r.quotient) == true);
      CHECK(r.remainder == HUGE_VAL);
      CHECK(std::signbit(r.remainder) == false);
      CHECK(mod_double(-0x1.0000000000000p+0, HUGE_VAL) == HUGE_VAL);
      CHECK(std::signbit(mod_double(-0x1.0000000000000p+0, HUGE_VAL)) == false); }
    CHECK(floor_div_double(-0x1.0000000000000p+0, HUGE_VAL) == -0x1.0000000000000p+0);
    { DoubleDivMod r = divmod_double(0x1.0000000000000p+0, -HUGE_VAL);
      CHECK(r.quotient == -0x1.0000000000000p+0);
      CHECK(std::signbit(r.quotient) == true);
      CHECK(r.remainder == -HUGE_VAL);
      CHECK(std::signbit(r.remainder) == true);
      CHECK(mod_double(0x1.0000000000000p+0, -HUGE_VAL) == -HUGE_VAL);
      CHECK(std::signbit(mod_double(0x1.0000000000000p+0, -HUGE_VAL)) == true); }
    CHECK(floor_div_double(0x1.0000000000000p+0, -HUGE_VAL) == -0x1.0000000000000p+0);
    { DoubleDivMod r = divmod_double(-0x1.4000000000000p+2, 0x1.8000000000000p+1);
      CHECK(r.quotient == -0x1.0000000000000p+1);
      CHECK(std::signbit(r.quotient) == true);
      CHECK(r.remainder == 0x1.0000000000000p+0);
      CHECK(std::signbit(r.remainder) == false);
      CHECK(mod_double(-0x1.4000000000000p+2, 0x1.8000000000000p+1) == 0x1.0000000000000p+0);
      CHECK(std::signbit(mod_double(-0x1.4000000000000p+2, 0x1.8000000000000p+1)) == false); }
    CHECK(floor_div_double(-0x1.4000000000000p+2, 0x1.8000000000000p+1) == -0x1.0000000000000p+1);
    { DoubleDivMod r = divmod_double(0x1.4000000000000p+2, -0x1.8000000000000p+1);
      CHECK(r.quotient == -0x1.0000000000000p+1);
      CHECK(std::signbit(r.quotient) == true);
      CHECK(r.remainder == -0x1.0000000000000p+0);
      CHECK(std::signbit(r.remainder) == true);
      CHECK(mod_double(0x1.4000000000000p+2, -0x1.8000000000000p+1) == -0x1.0000000000000p+0);
      CHECK(std::signbit(mod_double(0x1.4000000000000p+2, -0x1.8000000000000p+1)) == true); }
    CHECK(floor_div_double(0x1.4000000000000p+2, -0x1.8000000000000p+1) == -0x1.0000000000000p+1);
    { DoubleDivMod r = divmod_double(0x1.1ccf385ebc8a0p+1023, 0x0.730d67819e8d2p-1022);
      CHECK(r.quotient == HUGE_VAL);
      CHECK(std::signbit(r.quotient) == false);
      CHECK(r.remainder == 0x0.28401cf53d610p-1022);
      CHECK(std::signbit(r.remainder) == false);
      CHECK(mod_double(0x1.1ccf385ebc8a0p+1023, 0x0.730d67819e8d2p-1022) == 0x0.28401cf53d610p-1022);
      CHECK(std::signbit(mod_double(0x1.1ccf385ebc8a0p+1023, 0x0.730d67819e8d2p-1022)) == false); }
    CHECK(floor_div_double(0x1.1ccf385ebc8a0p+1023, 0x0.730d67819e8d2p-1022) == HUGE_VAL);
    { DoubleDivMod r = divmod_double(-0x1.56e1fc2f8f359p-997, 0x1.7e43c8800759cp+996);
      CHECK(r.quotient == -0x1.0000000000000p+0);
      CHECK(std::signbit(r.quotient) == true);
      CHECK(r.remainder == 0x1.7e43c8800759cp+996);
      CHECK(std::signbit(r.remainder) == false);
      CHECK(mod_double(-0x1.56e1fc2f8f359p-997, 0x1.7e43c8800759cp+996) == 0x1.7e43c8800759cp+996);
      CHECK(std::signbit(mod_double(-0x1.56e1fc2f8f359p-997, 0x1.7e43c8800759cp+996)) == false); }
    CHECK(floor_div_double(-0x1.56e1fc2f8f359p-997, 0x1.7e43c8800759cp+996) == -0x1.0000000000000p+0);
    { DoubleDivMod r = divmod_double(0x1.8000000000000p+2, 0x1.8000000000000p+1);
      CHECK(r.quotient == 0x1.0000000000000p+1);
      CHECK(std::signbit(r.quotient) == false);
      CHECK(r.remainder == 0.0);
      CHECK(std::signbit(r.remainder) == false);
      CHECK(mod_double(0x1.8000000000000p+2, 0x1.8000000000000p+1) == 0.0);
      CHECK(std::signbit(mod_double(0x1.8000000000000p+2, 0x1.8000000000000p+1)) == false); }
    CHECK(floor_div_double(0x1.8000000000000p+2, 0x1.8000000000000p+1) == 0x1.0000000000000p+1);
    { DoubleDivMod r = divmod_double(-0x1.8000000000000p+2, 0x1.8000000000000p+1);
      CHECK(r.quotient == -0x1.0000000000000p+1);
      CHECK(std::signbit(r.quotient) == true);
      CHECK(r.remainder == 0.0);
      CHECK(std::signbit(r.remainder) == false);
      CHECK(mod_double(-0x1.8000000000000p+2, 0x1.8000000000000p+1) == 0.0);
      CHECK(std::signbit(mod_double(-0x1.8000000000000p+2, 0x1.8000000000000p+1)) == false); }
    CHECK(floor_div_double(-0x1.8000000000000p+2, 0x1.8000000000000p+1) == -0x1.0000000000000p+1);
    { DoubleDivMod r = divmod_double(0x1.999999999999ap-4, 0x1.47ae147ae147bp-7);
      CHECK(r.quotient == 0x1.4000000000000p+3);
      CHECK(std::signbit(r.quotient) == false);
      CHECK(r.remainder == 0x1.0000000000000p-58);
      CHECK(std::signbit(r.remainder) == false);
      CHECK(mod_double(0x1.999999999999ap-4, 0x1.47ae147ae147bp-7) == 0x1.0000000000000p-58);
      CHECK(std::signbit(mod_double(0x1.999999999999ap-4, 0x1.47ae147ae147bp-7)) == false); }
    CHECK(floor_div_double(0x1.999999999999ap-4, 0x1.47ae147ae147bp-7) == 0x1.4000000000000p+3);
    { DoubleDivMod r = divmod_double(HUGE_VAL, 0x1.0000000000000p+1);
      CHECK(std::isnan(r.quotient));
      CHECK(std::isnan(r.remainder));
      CHECK(std::isnan(mod_double(HUGE_VAL, 0x1.0000000000000p+1))); }
    { DoubleDivMod r = divmod_double(0x1.8000000000000p+1, std::nan(""));
      CHECK(std::isnan(r.quotient));
      CHECK(std::isnan(r.remainder));
      CHECK(std::isnan(mod_double(0x1.8000000000000p+1, std::nan("")))); }
    { DoubleDivMod r = divmod_double(0x1.1c37937e08000p+53, 0x1.8000000000000p+1);
      CHECK(r.quotient == 0x1.7af4c4a80aaaap+51);
      CHECK(std::signbit(r.quotient) == false);
      CHECK(r.remainder == 0x1.0000000000000p+0);
      CHECK(std::signbit(r.remainder) == false);
      CHECK(mod_double(0x1.1c37937e08000p+53, 0x1.8000000000000p+1) == 0x1.0000000000000p+0);
      CHECK(std::signbit(mod_double(0x1.1c37937e08000p+53, 0x1.8000000000000p+1)) == false); }
    CHECK(floor_div_double(0x1.1c37937e08000p+53, 0x1.8000000000000p+1) == 0x1.7af4c4a80aaaap+51);
    { DoubleDivMod r = divmod_double(-0x1.0000000000000p+1, -0x1.0000000000000p-1);
      CHECK(r.quotient == 0x1.0000000000000p+2);
      CHECK(std::signbit(r.quotient) == false);
      CHECK(r.remainder == -0.0);
      CHECK(std::signbit(r.remainder) == true);
      CHECK(mod_double(-0x1.0000000000000p+1, -0x1.0000000000000p-1) == -0.0);
      CHECK(std::signbit(mod_double(-0x1.0000000000000p+1, -0x1.0000000000000p-1)) == true); }
    CHECK(floor_div_double(-0x1.0000000000000p+1, -0x1.0000000000000p-1) == 0x1.0000000000000p+2);
}

TEST_CASE("round() without ndigits rounds halves to even", "[float][round]") {
    CHECK(round_half_even(0x1.0000000000000p-1) == 0.0);
    CHECK(round_half_even(0x1.8000000000000p+0) == 0x1.0000000000000p+1);
    CHECK(round_half_even(0x1.4000000000000p+1) == 0x1.0000000000000p+1);
    CHECK(round_half_even(-0x1.0000000000000p-1) == 0.0);
    CHECK(round_half_even(-0x1.8000000000000p+0) == -0x1.0000000000000p+1);
    CHECK(round_half_even(-0x1.4000000000000p+1) == -0x1.0000000000000p+1);
    CHECK(round_half_even(0x1.fffffffffffffp-2) == 0.0);
    CHECK(round_half_even(0x1.5666666666666p+1) == 0x1.8000000000000p+1);
    CHECK(round_half_even(0x1.1c37937e08001p+53) == 0x1.1c37937e08001p+53);
    CHECK(round_half_even(0x1.0000000000001p+52) == 0x1.0000000000001p+52);
    CHECK(round_half_even(-0x1.0000000000000p+52) == -0x1.0000000000000p+52);
    CHECK(round_half_even(0x1.d99999999999ap+1) == 0x1.0000000000000p+2);
    CHECK(round_half_even(-0x1.d99999999999ap+1) == -0x1.0000000000000p+2);
}

TEST_CASE("round(x, ndigits) is correctly rounded", "[float][round]") {
    auto r = [](double x, std::int64_t n) { double out = 0; REQUIRE(round_double(x, n, out)); return out; };
    CHECK(r(0x1.5666666666666p+1, 2) == 0x1.55c28f5c28f5cp+1);
    CHECK(std::signbit(r(0x1.5666666666666p+1, 2)) == false);
    CHECK(r(0x1.0000000000000p-3, 2) == 0x1.eb851eb851eb8p-4);
    CHECK(std::signbit(r(0x1.0000000000000p-3, 2)) == false);
    CHECK(r(0x1.8000000000000p-2, 2) == 0x1.851eb851eb852p-2);
    CHECK(std::signbit(r(0x1.8000000000000p-2, 2)) == false);
    CHECK(r(0x1.0020c49ba5e35p+0, 3) == 0x1.0000000000000p+0);
    CHECK(std::signbit(r(0x1.0020c49ba5e35p+0, 3)) == false);
    CHECK(r(-0x1.0000000000000p+2, -1) == -0.0);
    CHECK(std::signbit(r(-0x1.0000000000000p+2, -1)) == true);
    CHECK(r(0x1.3880000000000p+10, -2) == 0x1.2c00000000000p+10);
    CHECK(std::signbit(r(0x1.3880000000000p+10, -2)) == false);
    CHECK(r(0x1.5180000000000p+10, -2) == 0x1.5e00000000000p+10);
    CHECK(std::signbit(r(0x1.5180000000000p+10, -2)) == false);
    CHECK(r(0x1.389999999999ap+10, -2) == 0x1.4500000000000p+10);
    CHECK(std::signbit(r(0x1.389999999999ap+10, -2)) == false);
    CHECK(r(-0x1.3880000000000p+10, -2) == -0x1.2c00000000000p+10);
    CHECK(std::signbit(r(-0x1.3880000000000p+10, -2)) == true);
    CHECK(r(0x0.0000000000001p-1022, 323) == 0.0);
    CHECK(std::signbit(r(0x0.0000000000001p-1022, 323)) == false);
    CHECK(r(0x0.0000000000001p-1022, 324) == 0x0.0000000000001p-1022);
    CHECK(std::signbit(r(0x0.0000000000001p-1022, 324)) == false);
    CHECK(r(0x1.7e43c8800759cp+996, -300) == 0x1.7e43c8800759cp+996);
    CHECK(std::signbit(r(0x1.7e43c8800759cp+996, -300)) == false);
    CHECK(r(-0x1.0624dd2f1a9fcp-10, 2) == -0.0);
    CHECK(std::signbit(r(-0x1.0624dd2f1a9fcp-10, 2)) == true);
    CHECK(r(0x1.edd2f1a9fbe77p+6, -1) == 0x1.e000000000000p+6);
    CHECK(std::signbit(r(0x1.edd2f1a9fbe77p+6, -1)) == false);
    CHECK(r(0x1.edd2f1a9fbe77p+6, 0) == 0x1.ec00000000000p+6);
    CHECK(std::signbit(r(0x1.edd2f1a9fbe77p+6, 0)) == false);
    CHECK(r(0x1.0000000000000p-1, 0) == 0.0);
    CHECK(std::signbit(r(0x1.0000000000000p-1, 0)) == false);
    CHECK(r(0x1.8000000000000p+0, 0) == 0x1.0000000000000p+1);
    CHECK(std::signbit(r(0x1.8000000000000p+0, 0)) == false);
    CHECK(r(0x1.4000000000000p+1, 0) == 0x1.0000000000000p+1);
    CHECK(std::signbit(r(0x1.4000000000000p+1, 0)) == false);
    CHECK(r(-0x1.4000000000000p+1, 0) == -0x1.0000000000000p+1);
    CHECK(std::signbit(r(-0x1.4000000000000p+1, 0)) == true);
    CHECK(r(0x1.0f0cf064dd592p+73, -21) == 0x1.0f0cf064dd592p+73);
    CHECK(std::signbit(r(0x1.0f0cf064dd592p+73, -21)) == false);
    CHECK(r(0x1.52d02c7e14af6p+75, -22) == 0x1.52d02c7e14af6p+75);
    CHECK(std::signbit(r(0x1.52d02c7e14af6p+75, -22)) == false);
    CHECK(r(0x1.969368974c05bp+73, -22) == 0x1.0f0cf064dd592p+74);
    CHECK(std::signbit(r(0x1.969368974c05bp+73, -22)) == false);
    CHECK(r(0x1.52d02c7e14af6p+74, -22) == 0x1.0f0cf064dd592p+74);
    CHECK(std::signbit(r(0x1.52d02c7e14af6p+74, -22)) == false);
    CHECK(r(0x1.999999999999ap-4, 1) == 0x1.999999999999ap-4);
    CHECK(std::signbit(r(0x1.999999999999ap-4, 1)) == false);
    CHECK(r(0x1.3333333333333p-3, 1) == 0x1.999999999999ap-4);
    CHECK(std::signbit(r(0x1.3333333333333p-3, 1)) == false);
    CHECK(r(0x1.0000000000000p-2, 1) == 0x1.999999999999ap-3);
    CHECK(std::signbit(r(0x1.0000000000000p-2, 1)) == false);
    CHECK(r(0x1.6666666666666p-2, 1) == 0x1.3333333333333p-2);
    CHECK(std::signbit(r(0x1.6666666666666p-2, 1)) == false);
    CHECK(r(0x1.34a456d5cfaadp+10, 10) == 0x1.34a456d5cfaadp+10);
    CHECK(std::signbit(r(0x1.34a456d5cfaadp+10, 10)) == false);
    CHECK(r(0x0.00000000007e8p-1022, 330) == 0x0.00000000007e8p-1022);
    CHECK(std::signbit(r(0x0.00000000007e8p-1022, 330)) == false);
    CHECK(r(0x1.3fd70a3d70a3dp+3, 2) == 0x1.3fae147ae147bp+3);
    CHECK(std::signbit(r(0x1.3fd70a3d70a3dp+3, 2)) == false);
    CHECK(r(0x1.869f800000000p+16, -5) == 0x1.86a0000000000p+16);
    CHECK(std::signbit(r(0x1.869f800000000p+16, -5)) == false);
    CHECK(r(0x1.b774000000000p+18, -5) == 0x1.86a0000000000p+18);
    CHECK(std::signbit(r(0x1.b774000000000p+18, -5)) == false);
    CHECK(r(0x1.0c8e000000000p+19, -5) == 0x1.24f8000000000p+19);
    CHECK(std::signbit(r(0x1.0c8e000000000p+19, -5)) == false);
    CHECK(r(0x1.ff973cafa8000p+51, -15) == 0x1.c6bf526340000p+51);
    CHECK(std::signbit(r(0x1.ff973cafa8000p+51, -15)) == false);
    CHECK(r(0x1.78c29dccccccdp+23, -7) == 0x1.312d000000000p+23);
    CHECK(std::signbit(r(0x1.78c29dccccccdp+23, -7)) == false);
    CHECK(r(0x1.921f9f01b866ep+1, 400) == 0x1.921f9f01b866ep+1);
    CHECK(std::signbit(r(0x1.921f9f01b866ep+1, 400)) == false);
    CHECK(r(0x1.921f9f01b866ep+1, -400) == 0.0);
    CHECK(std::signbit(r(0x1.921f9f01b866ep+1, -400)) == false);
    CHECK(r(-0x1.921f9f01b866ep+1, -400) == -0.0);
    CHECK(std::signbit(r(-0x1.921f9f01b866ep+1, -400)) == true);
    CHECK(r(HUGE_VAL, 2) == HUGE_VAL);
    CHECK(std::signbit(r(HUGE_VAL, 2)) == false);
    CHECK(r(-HUGE_VAL, -2) == -HUGE_VAL);
    CHECK(std::signbit(r(-HUGE_VAL, -2)) == true);
    CHECK(r(0x1.1ccf385ebc8a0p+1023, -308) == 0x1.1ccf385ebc8a0p+1023);
    CHECK(std::signbit(r(0x1.1ccf385ebc8a0p+1023, -308)) == false);
    CHECK(r(-0.0, 3) == -0.0);
    CHECK(std::signbit(r(-0.0, 3)) == true);
    { double out = 0; CHECK(round_double(std::nan(""), 2, out)); CHECK(std::isnan(out)); }
    { double out = 0; CHECK_FALSE(round_double(0x1.fffffffffffffp+1023, -308, out)); }
    { double out = 0; CHECK_FALSE(round_double(-0x1.fffffffffffffp+1023, -308, out)); }
    { double out = 0; CHECK_FALSE(round_double(0x1.fffffffffffffp+1023, -307, out)); }
}

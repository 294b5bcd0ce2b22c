// The tests' strict JSON reader (tests/support/json_value.h): the fuzzers trust it to reject
// what a browser's JSON.parse would reject or read differently.
#include "json_value.h"

#include <catch2/catch.hpp>

using namespace hs::observe::test;

TEST_CASE("the strict reader accepts the writer's own output and keys in order", "[observe][json]") {
    std::string doc = R"({"b":[1,-2.5e+3,true,false,null],"a":"é\n\"","s":"\ud800"})";
    CHECK(json_roundtrip_error(doc) == "");
    Json v = parse_json(doc);
    CHECK(v.keys[0] == "b");
    CHECK(v["b"][1].number == -2500);
    CHECK(v["a"].string == "\xC3\xA9\n\"");
    CHECK(v["s"].string == "\xED\xA0\x80");  // a lone surrogate kept as its 3-byte form
}

TEST_CASE("the strict reader rejects what RFC 8259 rejects", "[observe][json]") {
    for (const char* bad : {"", "{", "[1,]", "{\"a\"}", "{1:2}", "01", "1.", "-", "1e", "\"\\x\"",
                            "\"\\u12\"", "\"a", "tru", "[1] 2", "\"\x01\""}) {
        INFO(bad);
        CHECK_THROWS_AS(parse_json(bad), std::runtime_error);
    }
}

TEST_CASE("the strict reader rejects invalid UTF-8 in strings", "[observe][json]") {
    for (const char* bad : {"\"\xFF\"", "\"\xC0\xAF\"", "\"\xE0\x80\xAF\"", "\"\xED\xA0\x80\"", "\"\xF4\x90\x80\x80\"", "\"\xC3\""}) {
        INFO(bad);
        CHECK_THROWS_AS(parse_json(bad), std::runtime_error);
    }
    CHECK(parse_json("\"\xF0\x9F\x98\x80\"").string == "\xF0\x9F\x98\x80");
}

TEST_CASE("a document the writer would write differently does not round-trip", "[observe][json]") {
    CHECK(json_roundtrip_error("[1, 2]") == "re-written differently from byte 3");
    CHECK(json_roundtrip_error("\"\\u0041\"") == "re-written differently from byte 1");
    CHECK(json_roundtrip_error("\"\x7F\"") != "");  // the writer escapes DEL
    CHECK(json_roundtrip_error(std::string(502, '[') + std::string(502, ']')).find("too deep") != std::string::npos);
    CHECK(json_roundtrip_error(std::string(500, '[') + std::string(500, ']')) == "");
}

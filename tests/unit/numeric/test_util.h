// Helpers shared by the numeric unit tests.
#pragma once

#include "numeric/bigint.h"

#include <stdexcept>
#include <string>

namespace hs::numeric::test {

// A BigInt from a decimal (or any int()-style) literal; the literals come from CPython 3.11.7.
inline BigInt big(const std::string& text, int base = 10) {
    IntParseResult r = parse_int_literal(text, base, 0);
    if (r.status != IntParseStatus::ok)
        throw std::invalid_argument("bad test literal: " + text);
    return r.value;
}

inline std::string dec(const BigInt& v) {
    return v.to_string(10);
}

} // namespace hs::numeric::test

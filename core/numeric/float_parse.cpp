// float(str): CPython's grammar (whitespace, sign, inf/nan words, underscores between digits) is
// checked here; the correctly rounded conversion itself is the C library's strtod.
#include "numeric/float_format.h"

#include <cmath>
#include <cstdlib>
#include <string>

namespace hs::numeric {

namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

char to_lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equals_ignore_case(std::string_view s, std::string_view word) {
    if (s.size() != word.size())
        return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (to_lower(s[i]) != word[i])
            return false;
    }
    return true;
}

} // namespace

std::optional<double> parse_double(std::string_view text) {
    // Underscores must sit between two digits (checked on the raw text, as CPython does before
    // stripping), and are then dropped.
    std::string clean;
    clean.reserve(text.size());
    char prev = '\0';
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '_') {
            if (!is_digit(prev) || i + 1 >= text.size() || !is_digit(text[i + 1]))
                return std::nullopt;
        } else {
            clean.push_back(c);
        }
        prev = c;
    }
    std::string_view s = clean;
    while (!s.empty() && is_space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && is_space(s.back()))
        s.remove_suffix(1);

    bool negative = false;
    std::string_view body = s;
    if (!body.empty() && (body.front() == '+' || body.front() == '-')) {
        negative = body.front() == '-';
        body.remove_prefix(1);
    }
    if (equals_ignore_case(body, "inf") || equals_ignore_case(body, "infinity"))
        return negative ? -HUGE_VAL : HUGE_VAL;
    if (equals_ignore_case(body, "nan"))
        return std::copysign(std::nan(""), negative ? -1.0 : 1.0);

    // number ::= digits ["." [digits]] | "." digits, then an optional exponent with digits.
    std::size_t i = 0;
    std::size_t int_digits = 0, frac_digits = 0;
    while (i < body.size() && is_digit(body[i])) {
        ++i;
        ++int_digits;
    }
    if (i < body.size() && body[i] == '.') {
        ++i;
        while (i < body.size() && is_digit(body[i])) {
            ++i;
            ++frac_digits;
        }
    }
    if (int_digits + frac_digits == 0)
        return std::nullopt;
    if (i < body.size() && (body[i] == 'e' || body[i] == 'E')) {
        ++i;
        if (i < body.size() && (body[i] == '+' || body[i] == '-'))
            ++i;
        std::size_t exp_digits = 0;
        while (i < body.size() && is_digit(body[i])) {
            ++i;
            ++exp_digits;
        }
        if (exp_digits == 0)
            return std::nullopt;
    }
    if (i != body.size())
        return std::nullopt;
    // s is now a plain decimal that strtod reads completely (it is NUL-terminated inside `clean`).
    std::string number(s);
    return std::strtod(number.c_str(), nullptr);
}

} // namespace hs::numeric

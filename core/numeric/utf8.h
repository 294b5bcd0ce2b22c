// Minimal UTF-8 helpers for the formatters: Python counts widths and precisions in code points.
// Internal to core/numeric.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace hs::numeric::detail {

// Decodes the code point starting at s[i] and advances i past it. A malformed byte decodes as
// itself, so every byte is consumed exactly once.
inline std::uint32_t decode_utf8(std::string_view s, std::size_t& i) {
    auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(s[k]); };
    std::uint8_t b0 = byte(i);
    int extra = b0 >= 0xF0 ? 3 : b0 >= 0xE0 ? 2 : b0 >= 0xC0 ? 1 : 0;
    if (extra == 0 || i + static_cast<std::size_t>(extra) >= s.size()) {
        ++i;
        return b0;
    }
    std::uint32_t cp = b0 & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k) {
        std::uint8_t b = byte(i + static_cast<std::size_t>(k));
        if ((b & 0xC0) != 0x80) {
            ++i;
            return b0;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    i += static_cast<std::size_t>(extra) + 1;
    return cp;
}

inline void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

inline void append_repeated(std::string& out, std::uint32_t cp, std::int64_t count) {
    if (count <= 0)
        return;
    if (cp < 0x80) {
        out.append(static_cast<std::size_t>(count), static_cast<char>(cp));
        return;
    }
    for (std::int64_t k = 0; k < count; ++k)
        append_utf8(out, cp);
}

// Code points in s: every byte that is not a continuation byte starts one.
inline std::size_t count_code_points(std::string_view s) {
    std::size_t n = 0;
    for (char c : s)
        n += (static_cast<std::uint8_t>(c) & 0xC0) != 0x80;
    return n;
}

// The byte length of the first n code points of s (all of s if it is shorter).
inline std::size_t prefix_bytes(std::string_view s, std::size_t n) {
    std::size_t i = 0;
    while (i < s.size() && n > 0) {
        decode_utf8(s, i);
        --n;
    }
    return i;
}

} // namespace hs::numeric::detail

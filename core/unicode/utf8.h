// UTF-8 coding of one character. Python strs may hold lone surrogates (U+D800..U+DFFF): they
// are stored as their 3-byte form, so decode() and encode() accept them.
#pragma once

#include <cstdint>
#include <string>

namespace hs::unicode {

// Decodes the character at p (valid UTF-8 as produced by encode()) and advances p.
inline uint32_t decode(const char*& p) {
    auto b = static_cast<unsigned char>(*p);
    if (b < 0x80) { ++p; return b; }
    auto c = reinterpret_cast<const unsigned char*>(p);
    if (b < 0xE0) { p += 2; return ((b & 0x1Fu) << 6) | (c[1] & 0x3Fu); }
    if (b < 0xF0) { p += 3; return ((b & 0x0Fu) << 12) | ((c[1] & 0x3Fu) << 6) | (c[2] & 0x3Fu); }
    p += 4;
    return ((b & 0x07u) << 18) | ((c[1] & 0x3Fu) << 12) | ((c[2] & 0x3Fu) << 6) | (c[3] & 0x3Fu);
}
// Decodes the character that ends just before p and moves p back to its start.
inline uint32_t decode_back(const char*& p) {
    do { --p; } while ((static_cast<unsigned char>(*p) & 0xC0) == 0x80);
    const char* q = p;
    return decode(q);
}
inline int encoded_size(uint32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }
// Writes cp's UTF-8 form and returns the number of bytes (1..4).
inline int encode(uint32_t cp, char* out) {
    if (cp < 0x80) { out[0] = char(cp); return 1; }
    if (cp < 0x800) {
        out[0] = char(0xC0 | (cp >> 6));
        out[1] = char(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = char(0xE0 | (cp >> 12));
        out[1] = char(0x80 | ((cp >> 6) & 0x3F));
        out[2] = char(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = char(0xF0 | (cp >> 18));
    out[1] = char(0x80 | ((cp >> 12) & 0x3F));
    out[2] = char(0x80 | ((cp >> 6) & 0x3F));
    out[3] = char(0x80 | (cp & 0x3F));
    return 4;
}
// Bytes in the sequence that starts with `lead`.
inline int sequence_length(char lead) {
    auto b = static_cast<unsigned char>(lead);
    return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}
inline bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

inline void append_utf8(std::string& out, uint32_t cp) {
    char buf[4];
    out.append(buf, static_cast<size_t>(encode(cp, buf)));
}

} // namespace hs::unicode

// Unicode character properties and UTF-8 coding for str (CPython's unicodectype.c role).
// The property tables are generated from CPython 3.11 itself (str_unicodedata_gen.py).
#pragma once

#include <cstddef>
#include <cstdint>

namespace hs::unicode {

enum TypeFlag : uint16_t {
    ALPHA = 1, DECIMAL = 2, DIGIT = 4, NUMERIC = 8, LOWER = 16, UPPER = 32, TITLE = 64, SPACE = 128,
    PRINTABLE = 256, CASED = 512, CASE_IGNORABLE = 1024, XID_START = 2048, XID_CONTINUE = 4096,
    EXTENDED_CASE = 8192,  // some case mapping is not a single character: see extended_case()
};

// Simple case mappings are stored as deltas (mapped = cp + delta).
struct TypeRecord {
    int32_t upper, lower, title, fold;
    uint16_t flags;
    int8_t decimal;  // 0..9, or -1
    int8_t digit;    // 0..9, or -1
};

// Full case mappings of the characters flagged EXTENDED_CASE (up to 3 characters, 0-padded).
struct ExtendedCase {
    uint32_t cp;
    uint32_t upper[3], lower[3], title[3], fold[3];
};

const TypeRecord& type_record(uint32_t cp);
const ExtendedCase* extended_case(uint32_t cp);

inline bool has(uint32_t cp, uint16_t flag) { return (type_record(cp).flags & flag) != 0; }

// Whitespace as str.split()/strip()/isspace() see it. ASCII is answered without the table.
inline bool is_space(uint32_t cp) {
    if (cp < 128) return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31);
    return has(cp, SPACE);
}
// Line boundaries of str.splitlines().
inline bool is_linebreak(uint32_t cp) {
    return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x1C || cp == 0x1D || cp == 0x1E ||
           cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}
inline bool is_printable(uint32_t cp) {
    if (cp < 128) return cp >= 0x20 && cp < 0x7F;
    return has(cp, PRINTABLE);
}
// Decimal digit value (0..9) of cp, or -1: what int() accepts.
inline int decimal_value(uint32_t cp) {
    if (cp < 128) return (cp >= '0' && cp <= '9') ? int(cp - '0') : -1;
    return type_record(cp).decimal;
}

enum class CaseMap { Upper, Lower, Title, Fold };
// Writes the full mapping of cp into out (1 to 3 characters) and returns how many.
int map_case(uint32_t cp, CaseMap kind, uint32_t out[3]);

// ---- UTF-8 ----------------------------------------------------------------------------------
// Strings may hold lone surrogates (U+D800..U+DFFF); they are stored as their 3-byte form.

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

// Strict UTF-8 decoding check (no surrogates, no overlongs), as CPython's utf-8 codec.
struct Utf8Scan {
    size_t valid_end = 0;      // bytes before the first error (== size when all valid)
    size_t error_end = 0;      // end of the invalid part (UnicodeDecodeError.end)
    const char* reason = nullptr;  // "invalid start byte", ... (nullptr when valid)
    size_t length = 0;         // characters in the valid prefix
    uint32_t max_char = 0;     // largest character of the valid prefix
};
Utf8Scan scan_utf8(const char* data, size_t size);

} // namespace hs::unicode

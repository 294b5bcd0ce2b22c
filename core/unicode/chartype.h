// The Unicode character database, as CPython 3.11 (Unicode 14.0.0) sees it: the properties
// behind str's methods (isalpha, isprintable, upper(), ...), the tokenizer's identifiers and
// repr()'s escapes. The tables are measured from CPython itself (gen_chartype.py).
#pragma once

#include <cstddef>
#include <cstdint>

namespace hs::unicode {

enum TypeFlag : uint16_t {
    ALPHA = 1, DECIMAL = 2, DIGIT = 4, NUMERIC = 8, LOWER = 16, UPPER = 32, TITLE = 64, SPACE = 128,
    PRINTABLE = 256, CASED = 512, CASE_IGNORABLE = 1024, XID_START = 2048, XID_CONTINUE = 4096,
    EXTENDED_CASE = 8192,  // some case mapping is not a single character: see extended_case()
    WIDE = 16384,          // East Asian Width W or F
};

// Simple case mappings are stored as deltas (mapped = cp + delta).
struct TypeRecord {
    int32_t upper, lower, title, fold;
    uint16_t flags;
    int8_t decimal;  // 0..9, or -1
    int8_t digit;    // 0..9, or -1
};

// Full case mappings of the characters flagged EXTENDED_CASE (up to 3 characters, 0-padded).
struct ExtendedCase {  // all of them are in the Basic Multilingual Plane (gen_chartype.py checks)
    uint16_t cp;
    uint16_t upper[3], lower[3], title[3], fold[3];
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
// str.isprintable() of one character; also what repr() escapes.
inline bool is_printable(uint32_t cp) {
    if (cp < 128) return cp >= 0x20 && cp < 0x7F;
    return has(cp, PRINTABLE);
}
// May start an identifier (str.isidentifier() of the character; '_' included).
inline bool is_xid_start(uint32_t cp) {
    if (cp < 128) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
    return has(cp, XID_START);
}
// May continue an identifier.
inline bool is_xid_continue(uint32_t cp) {
    if (cp < 128) return is_xid_start(cp) || (cp >= '0' && cp <= '9');
    return has(cp, XID_CONTINUE);
}
// Columns a character takes on a terminal, as CPython 3.11's traceback counts them to line
// carets up: 2 for East Asian Wide and Fullwidth, else 1.
inline int display_width(uint32_t cp) { return cp >= 0x1100 && has(cp, WIDE) ? 2 : 1; }
// Decimal digit value (0..9) of cp, or -1: what int() accepts.
inline int decimal_value(uint32_t cp) {
    if (cp < 128) return (cp >= '0' && cp <= '9') ? int(cp - '0') : -1;
    return type_record(cp).decimal;
}

enum class CaseMap { Upper, Lower, Title, Fold };
// Writes the full mapping of cp into out (1 to 3 characters) and returns how many.
int map_case(uint32_t cp, CaseMap kind, uint32_t out[3]);

} // namespace hs::unicode

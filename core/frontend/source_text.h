// The source as the tokenizer sees it, plus UTF-8 helpers shared by the front end.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hs::frontend {

// CPython tokenizes a copy of the source in which "\r\n" and "\r" became "\n" and that ends
// with "\n"; columns are byte offsets into those lines. SourceText is that copy.
class SourceText {
public:
    // Normalizes `raw` the way CPython's string tokenizer does (the BOM is dropped).
    static SourceText from_source(std::string_view raw);
    // Takes `text` as is: it must already end with '\n'.
    explicit SourceText(std::string text);

    const std::string& text() const { return m_text; }
    int line_count() const { return static_cast<int>(m_line_starts.size()); }
    // Line `lineno` (1-based) including its '\n'; empty when out of range.
    std::string_view line(int lineno) const;
    uint32_t line_start(int lineno) const;

private:
    std::string m_text;
    std::vector<uint32_t> m_line_starts;
};

// ---- UTF-8 ---------------------------------------------------------------------------------

// Length of the sequence starting with `lead`: 1..4, or 0 for a byte that cannot start one.
int utf8_sequence_length(unsigned char lead);
// Decodes one well-formed code point at `s[i]` and advances `i`; returns -1 (and advances
// one byte) on malformed input.
int32_t utf8_decode(std::string_view s, size_t& i);
// Number of characters in the first `nbytes` bytes of `s`, counted like Python's
// `s[:nbytes].decode('utf-8', 'replace')`: a truncated last character still counts as one.
int utf8_char_count(std::string_view s, size_t nbytes);
// Offset of the first invalid byte, or npos when `s` is valid UTF-8.
size_t utf8_find_invalid(std::string_view s);

} // namespace hs::frontend

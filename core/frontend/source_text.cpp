#include "frontend/source_text.h"

namespace hs::frontend {

SourceText SourceText::from_source(std::string_view raw) {
    if (raw.size() >= 3 && raw.substr(0, 3) == "\xEF\xBB\xBF") raw.remove_prefix(3);
    std::string text;
    text.reserve(raw.size() + 1);
    if (raw.find('\r') == std::string_view::npos) {
        text.assign(raw);
    } else {
        for (size_t i = 0; i < raw.size(); ++i) {
            char c = raw[i];
            if (c == '\r') {
                text.push_back('\n');
                if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
            } else {
                text.push_back(c);
            }
        }
    }
    // Exec input always ends with a newline (even the empty program).
    if (text.empty() || text.back() != '\n') text.push_back('\n');
    return SourceText(std::move(text));
}

SourceText::SourceText(std::string text) : m_text(std::move(text)) {
    m_line_starts.push_back(0);
    for (size_t i = 0; i + 1 < m_text.size(); ++i)
        if (m_text[i] == '\n') m_line_starts.push_back(static_cast<uint32_t>(i + 1));
}

uint32_t SourceText::line_start(int lineno) const {
    if (lineno < 1) return 0;
    if (lineno > line_count()) return static_cast<uint32_t>(m_text.size());
    return m_line_starts[lineno - 1];
}

std::string_view SourceText::line(int lineno) const {
    if (lineno < 1 || lineno > line_count()) return {};
    uint32_t start = m_line_starts[lineno - 1];
    uint32_t end = lineno < line_count() ? m_line_starts[lineno] : static_cast<uint32_t>(m_text.size());
    return std::string_view(m_text).substr(start, end - start);
}

int utf8_sequence_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    if (lead >= 0xE0 && lead <= 0xEF) return 3;
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    return 0;
}

int32_t utf8_decode(std::string_view s, size_t& i) {
    auto lead = static_cast<unsigned char>(s[i]);
    int len = utf8_sequence_length(lead);
    if (len == 1) {
        ++i;
        return lead;
    }
    if (len == 0 || i + len > s.size()) {
        ++i;
        return -1;
    }
    uint32_t cp = lead & (0xFF >> (len + 1));
    for (int k = 1; k < len; ++k) {
        auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) {
            ++i;
            return -1;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    // Reject overlong forms and values past U+10FFFF; surrogates are let through because
    // heapscope stores lone surrogates (from "\ud800" escapes) this way too.
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
        ++i;
        return -1;
    }
    i += len;
    return static_cast<int32_t>(cp);
}

int utf8_char_count(std::string_view s, size_t nbytes) {
    if (nbytes > s.size()) nbytes = s.size();
    int count = 0;
    size_t i = 0;
    while (i < nbytes) {
        auto lead = static_cast<unsigned char>(s[i]);
        size_t len = static_cast<size_t>(utf8_sequence_length(lead));
        if (len == 0) len = 1;
        i += len;
        ++count;
    }
    return count;
}

size_t utf8_find_invalid(std::string_view s) {
    size_t i = 0;
    while (i < s.size()) {
        auto lead = static_cast<unsigned char>(s[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        size_t at = i;
        int32_t cp = utf8_decode(s, i);
        if (cp < 0 || (cp >= 0xD800 && cp <= 0xDFFF)) return at;
    }
    return std::string_view::npos;
}

} // namespace hs::frontend

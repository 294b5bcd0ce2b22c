// The JSON writer (observe/json_writer.h).
#include "observe/json_writer.h"

#include <charconv>
#include <cstdio>

namespace hs::observe {

void JsonWriter::before_value() {
    if (m_after_key) {
        m_after_key = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back()) m_out += ',';
        m_first.back() = false;
    }
}

void JsonWriter::begin_object() {
    before_value();
    m_out += '{';
    m_first.push_back(true);
}

void JsonWriter::end_object() {
    m_out += '}';
    m_first.pop_back();
}

void JsonWriter::begin_array() {
    before_value();
    m_out += '[';
    m_first.push_back(true);
}

void JsonWriter::end_array() {
    m_out += ']';
    m_first.pop_back();
}

void JsonWriter::int_array(const std::vector<int64_t>& values) {
    before_value();
    m_out += '[';
    char digits[24];
    for (size_t i = 0; i < values.size(); i++) {
        if (i) m_out += ',';
        m_out.append(digits, std::to_chars(digits, digits + sizeof digits, values[i]).ptr);
    }
    m_out += ']';
}

JsonWriter& JsonWriter::key(std::string_view name) {
    before_value();
    append_json_string(m_out, name);
    m_out += ':';
    m_after_key = true;
    return *this;
}

void JsonWriter::value(int64_t v) {
    before_value();
    char buf[24];
    auto result = std::to_chars(buf, buf + sizeof buf, v);
    m_out.append(buf, result.ptr);
}

void JsonWriter::value(bool v) {
    before_value();
    m_out += v ? "true" : "false";
}

void JsonWriter::value(std::string_view v) {
    before_value();
    append_json_string(m_out, v);
}

void JsonWriter::null() {
    before_value();
    m_out += "null";
}

void JsonWriter::raw(std::string_view json) {
    before_value();
    m_out += json;
}

namespace {

void append_escape(std::string& out, unsigned code) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\u%04x", code);
    out += buf;
}

// The length of the UTF-8 sequence starting at text[i] and its code point, or 0 if invalid.
// Surrogates (ED A0..BF xx) are decoded so that the caller can escape them.
size_t decode_utf8(std::string_view text, size_t i, unsigned* code) {
    auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
    unsigned c = byte(i);
    size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (c >= 0xF5 || n == 0 || i + n > text.size()) return 0;
    unsigned cp = c & (0x7F >> n);
    for (size_t k = 1; k < n; k++) {
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    static const unsigned min_for_length[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < min_for_length[n] || cp > 0x10FFFF) return 0;
    *code = cp;
    return n;
}

// Printable ASCII other than the quote and the backslash: copied as is.
bool plain(unsigned char c) { return c >= 0x20 && c < 0x7F && c != '"' && c != '\\'; }

} // namespace

void append_json_string(std::string& out, std::string_view text) {
    out += '"';
    for (size_t i = 0; i < text.size();) {
        size_t run = i;
        while (run < text.size() && plain(static_cast<unsigned char>(text[run]))) run++;
        if (run > i) {
            out.append(text.data() + i, run - i);
            i = run;
            continue;
        }
        auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20 || c == 0x7F) append_escape(out, c);
                else out += static_cast<char>(c);
            }
            i++;
            continue;
        }
        unsigned code = 0;
        size_t n = decode_utf8(text, i, &code);
        if (n == 0) {
            out += "\xEF\xBF\xBD";  // U+FFFD for a byte that starts no valid sequence
            i++;
        } else if (code >= 0xD800 && code <= 0xDFFF) {
            append_escape(out, code);
            i += n;
        } else {
            out.append(text.substr(i, n));
            i += n;
        }
    }
    out += '"';
}

} // namespace hs::observe

// The tests' strict JSON reader and canonical re-writer (json_value.h).
#include "json_value.h"

#include "observe/json_writer.h"

namespace hs::observe::test {

namespace {

class Reader {
public:
    explicit Reader(std::string_view text) : m_text(text) {}

    Json document() {
        Json v = value(0);
        space();
        if (m_pos != m_text.size()) fail("bytes after the document");
        return v;
    }

private:
    static constexpr int kMaxDepth = 500;  // the API's documents nest a few levels

    [[noreturn]] void fail(const char* what) {
        throw std::runtime_error(std::string("bad JSON: ") + what + " at byte " + std::to_string(m_pos));
    }
    void space() {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\n' || m_text[m_pos] == '\t' || m_text[m_pos] == '\r')) m_pos++;
    }
    char peek() {
        space();
        return m_pos < m_text.size() ? m_text[m_pos] : '\0';
    }
    void expect(char c, const char* what) {
        if (peek() != c) fail(what);
        m_pos++;
    }
    bool literal(std::string_view word) {
        if (m_text.substr(m_pos, word.size()) != word) return false;
        m_pos += word.size();
        return true;
    }

    Json value(int depth) {
        if (depth > kMaxDepth) fail("nesting too deep");
        Json v;
        char c = peek();
        if (c == '{') {
            m_pos++;
            v.type = Json::Type::Object;
            if (peek() == '}') return m_pos++, v;
            while (true) {
                if (peek() != '"') fail("a key must be a string");
                v.keys.push_back(string_body());
                expect(':', "no ':' after a key");
                v.items.push_back(value(depth + 1));
                if (peek() == ',') {
                    m_pos++;
                    continue;
                }
                expect('}', "no ',' or '}' in an object");
                return v;
            }
        }
        if (c == '[') {
            m_pos++;
            v.type = Json::Type::Array;
            if (peek() == ']') return m_pos++, v;
            while (true) {
                v.items.push_back(value(depth + 1));
                if (peek() == ',') {
                    m_pos++;
                    continue;
                }
                expect(']', "no ',' or ']' in an array");
                return v;
            }
        }
        if (c == '"') {
            v.type = Json::Type::String;
            v.string = string_body();
            return v;
        }
        if (literal("true")) {
            v.type = Json::Type::Bool;
            v.boolean = true;
            return v;
        }
        if (literal("false")) {
            v.type = Json::Type::Bool;
            return v;
        }
        if (literal("null")) return v;
        if (c == '-' || (c >= '0' && c <= '9')) return number();
        fail("no value");
    }

    // RFC 8259's number grammar.
    Json number() {
        size_t start = m_pos;
        auto digits = [&] {
            size_t from = m_pos;
            while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9') m_pos++;
            return m_pos > from;
        };
        auto at = [&](char c) { return m_pos < m_text.size() && m_text[m_pos] == c; };
        if (at('-')) m_pos++;
        if (at('0')) m_pos++;
        else if (!digits()) fail("a number without digits");
        if (at('.')) {
            m_pos++;
            if (!digits()) fail("no digits after '.'");
        }
        if (at('e') || at('E')) {
            m_pos++;
            if (at('+') || at('-')) m_pos++;
            if (!digits()) fail("no digits in an exponent");
        }
        Json v;
        v.type = Json::Type::Number;
        v.string = std::string(m_text.substr(start, m_pos - start));
        v.number = std::stod(v.string);
        return v;
    }

    // A string literal as UTF-8; a \u escape of a surrogate becomes its 3-byte form, as the core
    // keeps a Python str's lone surrogates.
    std::string string_body() {
        m_pos++;
        std::string out;
        while (true) {
            if (m_pos >= m_text.size()) fail("an unterminated string");
            auto c = static_cast<unsigned char>(m_text[m_pos]);
            if (c == '"') {
                m_pos++;
                return out;
            }
            if (c < 0x20) fail("a control character in a string");
            if (c == '\\') {
                escape(out);
                continue;
            }
            size_t n = utf8_length(m_pos);
            if (n == 0) fail("invalid UTF-8 in a string");
            out.append(m_text.substr(m_pos, n));
            m_pos += n;
        }
    }

    void escape(std::string& out) {
        m_pos++;
        char e = m_pos < m_text.size() ? m_text[m_pos] : '\0';
        m_pos++;
        switch (e) {
        case '"': out += '"'; return;
        case '\\': out += '\\'; return;
        case '/': out += '/'; return;
        case 'b': out += '\b'; return;
        case 'f': out += '\f'; return;
        case 'n': out += '\n'; return;
        case 'r': out += '\r'; return;
        case 't': out += '\t'; return;
        case 'u': break;
        default: m_pos--, fail("an unknown escape");
        }
        unsigned code = 0;
        for (int k = 0; k < 4; k++, m_pos++) {
            char h = m_pos < m_text.size() ? m_text[m_pos] : '\0';
            int d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
            if (d < 0) fail("a bad \\u escape");
            code = code * 16 + static_cast<unsigned>(d);
        }
        if (code < 0x80) {
            out += static_cast<char>(code);
        } else if (code < 0x800) {
            out += static_cast<char>(0xC0 | (code >> 6));
            out += static_cast<char>(0x80 | (code & 0x3F));
        } else {
            out += static_cast<char>(0xE0 | (code >> 12));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        }
    }

    // The length of the valid UTF-8 sequence at i (surrogates excluded), or 0.
    size_t utf8_length(size_t i) const {
        auto byte = [&](size_t k) { return static_cast<unsigned char>(m_text[k]); };
        unsigned c = byte(i);
        size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
        if (n == 0 || c >= 0xF5 || i + n > m_text.size()) return 0;
        uint32_t cp = n == 1 ? c : c & (0x7F >> n);
        for (size_t k = 1; k < n; k++) {
            if ((byte(i + k) & 0xC0) != 0x80) return 0;
            cp = (cp << 6) | (byte(i + k) & 0x3F);
        }
        static const uint32_t min_for_length[5] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < min_for_length[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
        return n;
    }

    std::string_view m_text;
    size_t m_pos = 0;
};

void write(std::string& out, const Json& v) {
    switch (v.type) {
    case Json::Type::Null: out += "null"; return;
    case Json::Type::Bool: out += v.boolean ? "true" : "false"; return;
    case Json::Type::Number: out += v.string; return;
    case Json::Type::String: append_json_string(out, v.string); return;
    case Json::Type::Array:
        out += '[';
        for (size_t i = 0; i < v.items.size(); i++) {
            if (i) out += ',';
            write(out, v.items[i]);
        }
        out += ']';
        return;
    case Json::Type::Object:
        out += '{';
        for (size_t i = 0; i < v.items.size(); i++) {
            if (i) out += ',';
            append_json_string(out, v.keys[i]);
            out += ':';
            write(out, v.items[i]);
        }
        out += '}';
        return;
    }
}

} // namespace

Json parse_json(std::string_view text) { return Reader(text).document(); }

std::string write_json(const Json& value) {
    std::string out;
    write(out, value);
    return out;
}

std::string json_roundtrip_error(std::string_view json) {
    std::string written;
    try {
        written = write_json(parse_json(json));
    } catch (const std::runtime_error& e) {
        return e.what();
    }
    if (written == json) return "";
    size_t i = 0;
    while (i < written.size() && i < json.size() && written[i] == json[i]) i++;
    return "re-written differently from byte " + std::to_string(i);
}

} // namespace hs::observe::test

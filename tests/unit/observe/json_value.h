// A minimal JSON reader for the observation API's tests: enough to walk the documents of
// docs/trace-format.md (objects keep their key order). Throws std::runtime_error on bad input.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hs::observe::test {

struct Json {
    enum class Type { Null, Bool, Number, String, Array, Object } type = Type::Null;
    bool boolean = false;
    double number = 0;
    std::string string;
    std::vector<Json> items;                          // Array
    std::vector<std::pair<std::string, Json>> members;  // Object, in document order

    bool is_null() const { return type == Type::Null; }
    bool has(std::string_view key) const {
        for (const auto& m : members)
            if (m.first == key) return true;
        return false;
    }
    const Json& operator[](std::string_view key) const {
        for (const auto& m : members)
            if (m.first == key) return m.second;
        throw std::runtime_error("no key " + std::string(key));
    }
    const Json& operator[](size_t i) const {
        if (i >= items.size()) throw std::runtime_error("index out of range");
        return items[i];
    }
    size_t size() const { return type == Type::Array ? items.size() : members.size(); }
    int64_t integer() const { return static_cast<int64_t>(number); }
};

class JsonReader {
public:
    explicit JsonReader(std::string_view text) : m_text(text) {}

    Json parse() {
        Json v = value();
        space();
        if (m_pos != m_text.size()) fail("trailing text");
        return v;
    }

private:
    [[noreturn]] void fail(const char* what) { throw std::runtime_error(std::string("bad JSON: ") + what + " at " + std::to_string(m_pos)); }
    void space() {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\n' || m_text[m_pos] == '\t' || m_text[m_pos] == '\r')) m_pos++;
    }
    char peek() {
        space();
        if (m_pos >= m_text.size()) fail("unexpected end");
        return m_text[m_pos];
    }
    void expect(char c) {
        if (peek() != c) fail("unexpected character");
        m_pos++;
    }
    bool literal(std::string_view word) {
        if (m_text.substr(m_pos, word.size()) != word) return false;
        m_pos += word.size();
        return true;
    }
    void append_utf8(std::string& out, unsigned cp) {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
    std::string string_body() {
        expect('"');
        std::string out;
        while (true) {
            if (m_pos >= m_text.size()) fail("unterminated string");
            char c = m_text[m_pos++];
            if (c == '"') return out;
            if (static_cast<unsigned char>(c) < 0x20) fail("control character in string");
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_pos >= m_text.size()) fail("bad escape");
            char e = m_text[m_pos++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                if (m_pos + 4 > m_text.size()) fail("bad \\u escape");
                unsigned cp = static_cast<unsigned>(std::stoul(std::string(m_text.substr(m_pos, 4)), nullptr, 16));
                m_pos += 4;
                append_utf8(out, cp);
                break;
            }
            default: fail("bad escape");
            }
        }
    }
    Json value() {
        Json v;
        char c = peek();
        if (c == '{') {
            m_pos++;
            v.type = Json::Type::Object;
            if (peek() == '}') {
                m_pos++;
                return v;
            }
            while (true) {
                std::string key = string_body();
                expect(':');
                v.members.emplace_back(std::move(key), value());
                if (peek() == ',') {
                    m_pos++;
                    continue;
                }
                expect('}');
                return v;
            }
        }
        if (c == '[') {
            m_pos++;
            v.type = Json::Type::Array;
            if (peek() == ']') {
                m_pos++;
                return v;
            }
            while (true) {
                v.items.push_back(value());
                if (peek() == ',') {
                    m_pos++;
                    continue;
                }
                expect(']');
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
        size_t start = m_pos;
        while (m_pos < m_text.size() && std::string_view("+-0123456789.eE").find(m_text[m_pos]) != std::string_view::npos) m_pos++;
        if (start == m_pos) fail("unexpected character");
        v.type = Json::Type::Number;
        v.number = std::stod(std::string(m_text.substr(start, m_pos - start)));
        return v;
    }

    std::string_view m_text;
    size_t m_pos = 0;
};

inline Json parse_json(std::string_view text) { return JsonReader(text).parse(); }

} // namespace hs::observe::test

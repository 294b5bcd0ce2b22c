// The tests' JSON: a strict reader into a tree (RFC 8259, valid UTF-8, keys in document order),
// enough to walk the documents of docs/trace-format.md, and a check that a document is exactly
// what the observation API's canonical writer would write for that tree.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace hs::observe::test {

struct Json {
    enum class Type { Null, Bool, Number, String, Array, Object } type = Type::Null;
    bool boolean = false;
    double number = 0;
    std::string string;             // String; for a Number, its text
    std::vector<Json> items;        // Array; an Object's values
    std::vector<std::string> keys;  // Object: keys[i] names items[i], in document order

    bool is_null() const { return type == Type::Null; }
    bool has(std::string_view key) const {
        for (const auto& k : keys)
            if (k == key) return true;
        return false;
    }
    const Json& operator[](std::string_view key) const {
        for (size_t i = 0; i < keys.size(); i++)
            if (keys[i] == key) return items[i];
        throw std::runtime_error("no key " + std::string(key));
    }
    const Json& operator[](size_t i) const {
        if (i >= items.size()) throw std::runtime_error("index out of range");
        return items[i];
    }
    size_t size() const { return items.size(); }
    int64_t integer() const { return static_cast<int64_t>(number); }
};

// Throws std::runtime_error ("bad JSON: what at byte N") on anything RFC 8259 rejects, on
// invalid UTF-8 (a lone surrogate may come only as a \u escape, as the writer writes it), and on
// nesting deeper than 500.
Json parse_json(std::string_view text);

// The tree written back with the observation API's writer: no spaces, its string escaping.
std::string write_json(const Json& value);

// Empty when `json` parses and write_json gives back the same bytes; otherwise what is wrong.
// Any difference means the page's JSON.parse could see something else than the core meant.
std::string json_roundtrip_error(std::string_view json);

} // namespace hs::observe::test

// A small streaming JSON writer: the only way the observation API builds its output.
//
// Strings are written as JSON requires whatever bytes they hold: valid UTF-8 passes through,
// control characters and quotes are escaped, a surrogate encoded in UTF-8 (Python strs can hold
// lone surrogates) becomes a \uXXXX escape, and any other invalid byte becomes U+FFFD.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hs::observe {

class JsonWriter {
public:
    JsonWriter() = default;
    // Writes on after `text` (taken over; take() gives it back with what was written).
    explicit JsonWriter(std::string&& text) : m_out(std::move(text)) {}

    void reserve(size_t bytes) { m_out.reserve(bytes); }
    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    // The key of the next member of the enclosing object.
    JsonWriter& key(std::string_view name);

    void value(int64_t v);
    void value(int v) { value(static_cast<int64_t>(v)); }
    void value(bool v);
    void value(std::string_view v);
    void value(const char* v) { value(std::string_view(v)); }
    void value(const std::string& v) { value(std::string_view(v)); }
    void null();
    // Inserts already-written JSON (one value) as the next value.
    void raw(std::string_view json);
    // An array of integers (the run log's long columns, written without per-value bookkeeping).
    void int_array(const std::vector<int64_t>& values);

    const std::string& str() const { return m_out; }
    std::string take() { return std::move(m_out); }

private:
    void before_value();

    std::string m_out;
    std::vector<bool> m_first;  // per open container: nothing written in it yet
    bool m_after_key = false;
};

// Appends `text` as a JSON string literal (quotes included) to `out`.
void append_json_string(std::string& out, std::string_view text);

} // namespace hs::observe

// The outcome of a formatting call: the text, or the Python exception to raise. Formatting never
// throws, so the wasm build can run without C++ exceptions.
#pragma once

#include <cstdint>
#include <string>
#include <utility>

namespace hs::numeric {

enum class ErrorKind : std::uint8_t { value_error, type_error, overflow_error };

inline const char* error_kind_name(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::value_error:
        return "ValueError";
    case ErrorKind::type_error:
        return "TypeError";
    case ErrorKind::overflow_error:
        return "OverflowError";
    }
    return "ValueError";
}

struct FormatError {
    ErrorKind kind = ErrorKind::value_error;
    std::string message;
};

class FormatResult {
public:
    FormatResult(std::string text) : m_text(std::move(text)) {}
    FormatResult(FormatError error) : m_ok(false), m_kind(error.kind), m_text(std::move(error.message)) {}

    bool ok() const noexcept { return m_ok; }
    // The formatted text (when ok()).
    const std::string& text() const noexcept { return m_text; }
    std::string take_text() noexcept { return std::move(m_text); }
    // The exception to raise (when !ok()).
    ErrorKind error_kind() const noexcept { return m_kind; }
    const char* error_type_name() const noexcept { return error_kind_name(m_kind); }
    const std::string& error_message() const noexcept { return m_text; }

private:
    bool m_ok = true;
    ErrorKind m_kind = ErrorKind::value_error;
    std::string m_text; // the output, or the error message
};

} // namespace hs::numeric

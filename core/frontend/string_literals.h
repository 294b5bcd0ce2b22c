// String and bytes literals: prefixes, escape sequences, CPython's decoding errors.
#pragma once

#include <string>
#include <string_view>

namespace hs::frontend {

struct StringLiteralParts {
    bool is_bytes = false;
    bool is_raw = false;
    bool is_fstring = false;
    bool lower_u = false;      // the token starts with a lowercase 'u' (ast shows kind='u')
    std::string_view body;     // between the quotes
    size_t body_offset = 0;    // where `body` starts inside the token text
};

// Splits a STRING token's text into prefix, quotes and body.
StringLiteralParts split_string_token(std::string_view token_text);

// Decodes the escapes of a str literal body (or of an f-string's literal part), as UTF-8.
// Lone surrogates from \ud800-style escapes are kept as 3-byte sequences. On failure returns
// false and sets `error` to CPython's message, e.g. "(unicode error) 'unicodeescape' codec
// can't decode bytes in position 0-2: truncated \xXX escape".
bool decode_str_escapes(std::string_view body, std::string& out, std::string& error);

// Decodes a bytes literal body (already known to be ASCII).
bool decode_bytes_escapes(std::string_view body, std::string& out, std::string& error);

} // namespace hs::frontend

// What str needs from the unicode layer (character properties, UTF-8 coding), and the strict
// UTF-8 check of its codec.
#pragma once

#include "unicode/chartype.h"
#include "unicode/utf8.h"

#include <cstddef>
#include <cstdint>

namespace hs::unicode {

// Strict UTF-8 decoding check (no surrogates, no overlongs), as CPython's utf-8 codec.
struct Utf8Scan {
    size_t valid_end = 0;      // bytes before the first error (== size when all valid)
    size_t error_end = 0;      // end of the invalid part (UnicodeDecodeError.end)
    const char* reason = nullptr;  // "invalid start byte", ... (nullptr when valid)
    size_t length = 0;         // characters in the valid prefix
    uint32_t max_char = 0;     // largest character of the valid prefix
};
Utf8Scan scan_utf8(const char* data, size_t size);

} // namespace hs::unicode

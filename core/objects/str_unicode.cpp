// UTF-8 checking for str.
#include "objects/str_unicode.h"

namespace hs::unicode {

Utf8Scan scan_utf8(const char* data, size_t size) {
    Utf8Scan s;
    auto u = reinterpret_cast<const unsigned char*>(data);
    size_t i = 0;
    while (i < size) {
        unsigned char b = u[i];
        if (b < 0x80) {
            // ASCII runs are the common case: no decoding needed.
            ++i;
            ++s.length;
            if (b > s.max_char) s.max_char = b;
            continue;
        }
        int need;
        unsigned char lo = 0x80, hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            if (b == 0xE0) lo = 0xA0;
            if (b == 0xED) hi = 0x9F;  // no surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            if (b == 0xF0) lo = 0x90;
            if (b == 0xF4) hi = 0x8F;
        } else {
            s.valid_end = i;
            s.error_end = i + 1;
            s.reason = "invalid start byte";
            return s;
        }
        // Check the continuation bytes that are present.
        size_t k = 1;
        for (; k <= size_t(need); ++k) {
            if (i + k >= size) {
                s.valid_end = i;
                s.error_end = size;
                s.reason = "unexpected end of data";
                return s;
            }
            unsigned char c = u[i + k];
            unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
            if (c < l || c > h) {
                s.valid_end = i;
                s.error_end = i + k;
                s.reason = "invalid continuation byte";
                return s;
            }
        }
        const char* p = data + i;
        uint32_t cp = decode(p);
        if (cp > s.max_char) s.max_char = cp;
        ++s.length;
        i += need + 1;
    }
    s.valid_end = size;
    s.error_end = size;
    return s;
}

} // namespace hs::unicode

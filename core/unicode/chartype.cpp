// Case mapping (unicode/chartype.h); the tables are in chartype_data.cpp.
#include "unicode/chartype.h"

namespace hs::unicode {

int map_case(uint32_t cp, CaseMap kind, uint32_t out[3]) {
    if (cp < 128) {
        uint32_t c = cp;
        if (kind == CaseMap::Upper || kind == CaseMap::Title) {
            if (c >= 'a' && c <= 'z') c -= 32;
        } else if (c >= 'A' && c <= 'Z') {
            c += 32;
        }
        out[0] = c;
        return 1;
    }
    const TypeRecord& r = type_record(cp);
    if (r.flags & EXTENDED_CASE) {
        const ExtendedCase* e = extended_case(cp);
        const uint16_t* m = kind == CaseMap::Upper   ? e->upper
                            : kind == CaseMap::Lower ? e->lower
                            : kind == CaseMap::Title ? e->title
                                                     : e->fold;
        int n = 0;
        while (n < 3 && m[n] != 0) {
            out[n] = m[n];
            ++n;
        }
        return n;
    }
    int32_t delta = kind == CaseMap::Upper ? r.upper : kind == CaseMap::Lower ? r.lower : kind == CaseMap::Title ? r.title : r.fold;
    out[0] = static_cast<uint32_t>(static_cast<int32_t>(cp) + delta);
    return 1;
}

} // namespace hs::unicode

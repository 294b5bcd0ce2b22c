// NFKC of identifier characters (unicode/nfkc.h): a lookup in the generated nfkc_tables.h.
#include "unicode/nfkc.h"

#include "unicode/nfkc_tables.h"
#include "unicode/utf8.h"

#include <algorithm>
#include <iterator>

namespace hs::unicode {

bool append_nfkc(uint32_t cp, std::string& out) {
    using namespace nfkc_tables;
    auto run = std::upper_bound(std::begin(kRuns), std::end(kRuns), cp, [](uint32_t v, const Run& r) { return v < r.from; });
    if (run != std::begin(kRuns)) {
        uint32_t from = (run - 1)->from, count = (run - 1)->count;
        if (cp < from + count) {
            append_utf8(out, (run - 1)->to + (cp - from));
            return true;
        }
    }
    auto multi = std::lower_bound(std::begin(kMulti), std::end(kMulti), cp, [](const Multi& m, uint32_t v) { return m.from < v; });
    if (multi != std::end(kMulti) && multi->from == cp) {
        out += multi->utf8;
        return true;
    }
    return false;
}

} // namespace hs::unicode

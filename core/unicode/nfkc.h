// NFKC normalization of identifier characters, as the parser applies it (PEP 3131): `ﬁle` and
// `file` are the same name. Generated tables, Unicode 14.0.0 as in CPython 3.11 (gen_nfkc.py).
#pragma once

#include <cstdint>
#include <string>

namespace hs::unicode {

// Appends the NFKC form of an identifier character and returns true when it differs from
// `cp` (per character: combining sequences are not recomposed).
bool append_nfkc(uint32_t cp, std::string& out);

} // namespace hs::unicode

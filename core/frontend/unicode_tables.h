// Unicode character properties the front end needs (generated tables, Unicode 14.0.0 as in
// CPython 3.11).
#pragma once

#include <cstdint>
#include <string>

#include "frontend/source_text.h"

namespace hs::frontend {

bool is_xid_start(uint32_t cp);     // may start an identifier ('_' included)
bool is_xid_continue(uint32_t cp);  // may continue an identifier
bool is_printable(uint32_t cp);     // str.isprintable() for one character
// Appends the NFKC form of an identifier character and returns true when it differs from
// `cp` (per character: combining sequences are not recomposed).
bool append_nfkc(uint32_t cp, std::string& out);

} // namespace hs::frontend

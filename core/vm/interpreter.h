// Running a whole program as `python3 FILE.py` does: parse, compile, execute as __main__,
// report an uncaught exception, finalize, and give the exit status.
#pragma once

#include "runtime/runtime.h"

#include <string_view>

namespace hs {

// Runs `source` in the current runtime. `path` is what tracebacks show (CPython shows the
// absolute path of the script). Returns the process exit status.
int run_main(std::string_view source, std::string_view path);

} // namespace hs

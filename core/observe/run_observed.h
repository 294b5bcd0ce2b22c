// Running a program once, in a fresh runtime, watched by a Recorder.
#pragma once

#include "observe/recorder.h"
#include "observe/session.h"

#include <string>

namespace hs::observe {

// Creates a runtime with `limits`, runs `source` as __main__ (tracebacks show `path`) with
// `recorder` observing everything from the program's first allocation to its exit step, and
// destroys the runtime. Returns the exit status `python3` would give.
int run_observed(const Limits& limits, const std::string& source, const std::string& path, Recorder& recorder);

} // namespace hs::observe

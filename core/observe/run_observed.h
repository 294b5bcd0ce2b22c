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

// Objects that runs made and their runtime's teardown did not free, over the whole process
// (0 unless something leaks; the heap auditor's test listener checks it).
int64_t objects_left_by_runs();

} // namespace hs::observe

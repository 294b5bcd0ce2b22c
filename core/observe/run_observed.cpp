// Running a program under a Recorder (observe/run_observed.h).
#include "observe/run_observed.h"

#include "runtime/observer.h"
#include "runtime/runtime.h"
#include "vm/interpreter.h"

namespace hs::observe {

namespace {
int64_t g_objects_left = 0;
} // namespace

int64_t objects_left_by_runs() { return g_objects_left; }

int run_observed(const Limits& limits, const std::string& source, const std::string& path, Recorder& recorder) {
    // The process-wide objects are made before the recorder watches: they belong to no run.
    runtime_bootstrap();
    hs::Limits runtime_limits;
    runtime_limits.heap_budget = static_cast<uint64_t>(limits.heap_bytes > 0 ? limits.heap_bytes : 0);
    runtime_limits.recursion_limit = limits.recursion_limit;
    Observer* previous = g_observer;
    g_observer = &recorder;
    Runtime* runtime = runtime_create(
        runtime_limits, [&recorder](std::string_view text) { recorder.write_output(false, text); },
        [&recorder](std::string_view text) { recorder.write_output(true, text); });
    recorder.begin_program(path);
    int status = run_main(source, path);
    runtime_destroy(runtime);
    g_observer = previous;
    g_objects_left += static_cast<int64_t>(recorder.registry().live());
    return status;
}

} // namespace hs::observe

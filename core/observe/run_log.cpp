// The run log as JSON (observe/run_log.h).
#include "observe/run_log.h"

#include "observe/json_writer.h"

#include <algorithm>

namespace hs::observe {

const char* run_status_name(RunStatus status) {
    switch (status) {
    case RunStatus::Finished: return "finished";
    case RunStatus::Error: return "error";
    case RunStatus::StepLimit: return "step_limit";
    case RunStatus::OutputLimit: return "output_limit";
    }
    return "error";
}

int64_t RunLog::allocated_step(int64_t id) const {
    if (id <= 0) return -1;
    auto it = std::lower_bound(steps.begin(), steps.end(), id,
                               [](const StepRecord& s, int64_t wanted) { return s.births < wanted; });
    return it == steps.end() ? -1 : it - steps.begin();
}

// A death is packed as step * 4 + generation + 1: 0 to 3 for refcount and generations 0 to 2.
void RunLog::record_death(int64_t id, int64_t step, int generation) {
    deaths[static_cast<size_t>(id - 1)] = step * 4 + generation + 1;
}

Death RunLog::death(int64_t id) const {
    if (id <= 0 || static_cast<size_t>(id) > deaths.size()) return {};
    int64_t packed = deaths[static_cast<size_t>(id - 1)];
    // Deaths after the last step (the teardown's) are not the run's to show.
    if (packed < 0 || packed / 4 >= static_cast<int64_t>(steps.size())) return {};
    return Death{packed / 4, static_cast<int>(packed % 4) - 1};
}

namespace {

// The steps as columns: one letter a step for the kinds, one array per number.
void write_steps(JsonWriter& w, const std::vector<StepRecord>& steps) {
    static constexpr char kLetters[] = {'c', 'l', 'r', 'e', 'x'};
    std::string kinds;
    kinds.reserve(steps.size());
    for (const StepRecord& s : steps) kinds += kLetters[static_cast<int>(s.kind)];
    w.key("steps").begin_object();
    w.key("kind").value(kinds);
    std::vector<int64_t> values(steps.size());
    auto column = [&](const char* name, int64_t (*field)(const StepRecord&)) {
        for (size_t i = 0; i < steps.size(); i++) values[i] = field(steps[i]);
        w.key(name).int_array(values);
    };
    column("line", [](const StepRecord& s) -> int64_t { return s.line; });
    column("depth", [](const StepRecord& s) -> int64_t { return s.depth; });
    column("function", [](const StepRecord& s) -> int64_t { return s.function; });
    column("objects", [](const StepRecord& s) -> int64_t { return s.objects; });
    column("bytes", [](const StepRecord& s) -> int64_t { return s.bytes; });
    w.end_object();
}

} // namespace

std::string run_log_json(const RunLog& log) {
    JsonWriter w;
    // The output twice, and about 30 bytes of step columns a step.
    w.reserve(3 * log.output.size() + 32 * log.steps.size() + 256);
    w.begin_object();
    w.key("ok").value(true);
    w.key("version").value(kTraceFormatVersion);
    w.key("status").value(run_status_name(log.status));
    w.key("exit_code").value(log.exit_code);
    w.key("step_count").value(static_cast<int64_t>(log.steps.size()));
    w.key("stdout").value(log.stdout_text);
    w.key("stderr").value(log.stderr_text);
    w.key("functions").begin_array();
    for (const std::string& f : log.functions) w.value(f);
    w.end_array();
    write_steps(w, log.steps);
    w.key("output").begin_array();
    for (const OutputChunk& c : log.chunks) {
        w.begin_object();
        w.key("step").value(c.step);
        w.key("stream").value(c.is_stderr ? "stderr" : "stdout");
        w.key("text").value(c.text);
        w.end_object();
    }
    w.end_array();
    w.key("collections").begin_array();
    for (const CollectionRecord& c : log.collections) {
        w.begin_object();
        w.key("step").value(c.step);
        w.key("generation").value(c.generation);
        w.key("counts_before").begin_array();
        for (int n : c.counts_before) w.value(n);
        w.end_array();
        w.key("collected").value(c.collected);
        w.key("uncollectable").value(c.uncollectable);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    return w.take();
}

} // namespace hs::observe

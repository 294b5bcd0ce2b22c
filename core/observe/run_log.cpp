// The run log as JSON (observe/run_log.h).
#include "observe/run_log.h"

#include "observe/json_writer.h"
#include "observe/snapshot_json.h"

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

std::string run_log_json(const RunLog& log) {
    JsonWriter w;
    // The events, the output twice, and about 110 bytes of step fields a step.
    w.reserve(log.events.size() + 2 * log.output.size() + 128 * log.steps.size() + 256);
    w.begin_object();
    w.key("ok").value(true);
    w.key("version").value(1);
    w.key("status").value(run_status_name(log.status));
    w.key("exit_code").value(log.exit_code);
    w.key("step_count").value(static_cast<int64_t>(log.steps.size()));
    w.key("stdout").value(log.stdout_text);
    w.key("stderr").value(log.stderr_text);
    w.key("steps").begin_array();
    for (size_t i = 0; i < log.steps.size(); i++) {
        const StepRecord& s = log.steps[i];
        w.begin_object();
        w.key("step").value(static_cast<int64_t>(i));
        w.key("kind").value(step_kind_name(s.kind));
        w.key("line").value(s.line);
        w.key("depth").value(s.depth);
        w.key("function").value(s.function);
        w.key("objects").value(s.objects);
        w.key("bytes").value(s.bytes);
        std::string_view events(log.events.data() + s.events_begin, s.events_end - s.events_begin);
        w.key("events").raw(events.empty() ? "[]" : events);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    return w.take();
}

} // namespace hs::observe

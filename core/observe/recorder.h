// The step hook: the Observer that watches one run of a program.
//
// It numbers the steps, gives every object its id (observe/object_registry.h), collects the
// events between steps, enforces the step and output limits, and stops the program when asked
// (runtime/observer.h: an error that no handler can catch, and no code runs afterwards).
//
// The same class serves three uses:
//   - recording: the first run of a program, which produces the run log (observe/run_log.h);
//   - replaying: a later run in a fresh runtime that checks, step by step, that it repeats the
//     recording exactly (line, kind, depth, allocations, output) and stops at a target step,
//     taking the snapshot there with the events that led to it; any difference makes it stop
//     with `divergence` set;
//   - tracing: a replay that hands every step, with its events, to a callback.
// Only replays and traces describe events one by one (JSON, object ids): a recording keeps
// counts and the few things the whole timeline shows, so that recording costs little.
#pragma once

#include "observe/object_registry.h"
#include "observe/pointer_map.h"
#include "observe/run_log.h"
#include "observe/snapshot.h"
#include "runtime/observer.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace hs::observe {

struct RecorderConfig {
    int64_t max_steps = 100000;
    int64_t max_output_bytes = 1 << 20;               // at most INT32_MAX
    int64_t max_jumps_per_step = 1000000;             // backward jumps within one step
    const RunLog* expected = nullptr;                 // replay, tracing: the run to repeat
    int64_t stop_at = -1;                             // replay: take the snapshot at this step and stop
    std::function<void(const StepPoint&)> each_step;  // tracing: called at every step, with its events
};

class Recorder final : public Observer {
public:
    explicit Recorder(RecorderConfig config);
    ~Recorder() override;

    // The program starts: objects born from now on are its own, and steps are counted in the
    // code compiled from `path` (the Python modules heapscope carries run unobserved).
    void begin_program(std::string_view path);
    // Output of the program (the runtime's sinks call it).
    void write_output(bool is_stderr, std::string_view text);
    // The run is over (the runtime destroyed): the log, with its status.
    RunLog finish(int exit_code);

    const ObjectRegistry& registry() const { return m_registry; }
    const std::string& program_path() const { return m_program_path; }
    // Replay: the snapshot taken at the target step (with its events), if it was reached.
    std::optional<Snapshot>& target() { return m_target; }
    // Replay: why the run did not repeat the recording ("" when it did).
    const std::string& divergence() const { return m_divergence; }
    int64_t steps_taken() const { return m_step_count; }

    int on_step(StepKind kind, Frame* frame, Object* value) override;
    void on_exit() override;
    void on_object_new(Object* o) override;
    void on_object_free(Object* o) override;
    void on_object_moved(const Object* from, Object* o) override;
    void on_gc_start(int generation, const int counts_before[3]) override;
    void on_gc_refs(GCHeader* candidates) override;
    void on_gc_unreachable(GCHeader* unreachable) override;
    void on_gc_resurrected(GCHeader* resurrected) override;
    void on_gc_clear(Object* o) override;
    void on_gc_clear_done() override;
    void on_gc_done(int64_t collected, int64_t uncollectable) override;
    void on_finalizer(Object* o) override;
    void on_getrefcount(Object* o) override;
    int on_eval_breaker() override;
    void on_limit(LimitKind kind) override;
    void on_weakref_callback(Object* weakref) override;

private:
    struct PendingEvent;
    struct GcInProgress;

    // Records one step; returns -1 (with the stop error set) when the program must stop here.
    int take_step(StepKind kind, Frame* frame, Object* value);
    bool check_replay(const StepRecord& rec, int64_t index);
    void stop(RunStatus why);
    int stop_error();
    // Whether the events before the next step are described one by one (replays: those of the
    // target step; tracing: all), and whether this collection's phases are.
    bool describing_events() const;
    bool describing_collection() const;
    void add_event(std::string json);
    // Whether an allocated or freed event is past the step's limit (then it is only counted).
    bool object_event_omitted();
    // The pending events as a JSON array; none remain pending.
    std::string flush_events();
    void add_exception_event(Frame* frame, Object* stop_value);
    void add_output(bool is_stderr, std::string_view text);
    int function_index(Frame* frame);
    // Whether f runs the program's code (observe/snapshot.h), and how many such frames execute
    // (debug builds check the step's count against it).
    bool is_program(const Frame* f);
    int frame_depth();

    RecorderConfig m_config;
    ObjectRegistry m_registry;
    RunLog m_log;
    int64_t m_step_count = 0;
    int64_t m_jumps_in_step = 0;  // backward jumps since the last step
    int m_depth = 0;              // executing program frames
    uint64_t m_heap_at_start = 0;
    bool m_program_started = false;
    std::string m_program_path;
    bool m_output_full = false;
    std::optional<RunStatus> m_stopped_for;
    std::string m_divergence;
    std::optional<Snapshot> m_target;
    std::string m_uncaught_type;  // the exception that ended the module, if any

    std::vector<PendingEvent> m_pending;
    int64_t m_object_events = 0;      // allocated and freed events pending
    int64_t m_collection_events = 0;  // gc events pending
    int64_t m_events_omitted = 0;     // allocated, freed and gc events past their limits
    std::unique_ptr<GcInProgress> m_gc;
    bool m_gc_clearing = false;
    size_t m_collections = 0;     // collections of the program so far
    // The last code object seen at a step, and its entry in the log's functions.
    const Object* m_last_code = nullptr;
    int m_last_function = -1;
    PointerMap m_functions;  // code object -> its index in the log's functions
    const Object* m_program_file = nullptr;  // the program's code objects' co_filename
};

} // namespace hs::observe

// The observation API: one Session runs one program and answers questions about any step of it.
// Independent of Emscripten (wasm/ binds it); JSON strings in and out, as docs/trace-format.md
// describes them. Every answer is a JSON object with "ok": true, or {"ok": false, "error":
// {"kind", "message"}}; no call throws, crashes or hangs on bad input.
//
// A run always goes to the end (or to a limit) once: run() returns the run log, every step's
// line, memory figures, output and collections up front. Snapshots of any step are then made by
// replaying the program from the start in a fresh runtime, stopping it at that step (the stop is
// an error no handler can catch, see runtime/observer.h) and reading the heap there, with the
// events that led to it. Each replay checks,
// step by step, that it repeats the recorded run exactly (line, kind, depth, allocations,
// output); if it ever differs, the answer is an error ("replay_diverged"), never a snapshot
// that might show a wrong number. Steps are sys.settrace's events (call, line, return,
// exception) plus a final "exit" step after module finalization.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace hs::observe {

struct Snapshot;

struct Limits {
    int64_t max_steps = 100000;         // the run stops at its max_steps-th step ("step_limit")
    // A loop on one line makes no new step (CPython reports no line event when it jumps back to
    // the line it is on): a step whose loops jump back this often also stops the run.
    int64_t max_jumps_per_step = 1000000;
    int64_t heap_bytes = 256 << 20;     // heap budget: MemoryError past it
    int recursion_limit = 1000;         // RecursionError past it
    int64_t max_output_bytes = 1 << 20; // stdout + stderr, at most 2 GiB; the run stops past it ("output_limit")
};

class Session {
public:
    explicit Session(Limits = {});
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    // {"ok":true} or {"ok":false,"diagnostics":[{kind,message,line,column,end_line,end_column}]}.
    // Forgets the previous program and its run.
    std::string load(std::string_view source);
    // Runs the loaded program to the end or a limit; returns the run log. The cursor goes to 0.
    std::string run();
    // The full snapshot at `step` (cached for the cursor's step).
    std::string snapshot(int64_t step);
    // What changed between two snapshots (from may be after to: then it goes back).
    std::string delta(int64_t from, int64_t to);
    // Move the cursor (clamped to the run's steps) and return the snapshot there.
    std::string step();
    std::string step_back();
    std::string reset();

    // Extensions (docs/trace-format.md):
    // The shortest path from a root to object `id` at `step`: why it is alive.
    std::string why_alive(int64_t step, int64_t id);
    // Runs the loaded program (run()), then once more snapshotting every step, with its events:
    // {"version":2, "run": <run log>, "steps": [snapshot of step 0, delta to step 1, ...]}
    // (what `heapscope trace` prints).
    std::string trace();
    // The file name tracebacks show ("main.py" unless set).
    void set_script_path(std::string_view path);
    int64_t cursor() const;
    // How many steps the last run() or trace() recorded (0 before any).
    int64_t step_count() const;

private:
    struct State;
    // The snapshot at `step`, from the cache or a replay; nullptr with *error (JSON) on failure.
    const Snapshot* snapshot_at(int64_t step, std::string* error);

    std::unique_ptr<State> m;
};

} // namespace hs::observe

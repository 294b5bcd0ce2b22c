// The run log: every step of a run, its output, its collections, when each of its objects died,
// and how it ended. Its JSON form is the "run" of docs/trace-format.md. It is what the first run
// of a program records for the whole timeline, kept small (40 bytes a step in memory, plus 8
// a program object): what happened at one step in detail (allocations, frees, a collection's
// phases...) is read by the replay that makes that step's snapshot.
#pragma once

#include "runtime/observer.h"

#include <cstdint>
#include <string>
#include <vector>

namespace hs::observe {

// The version of docs/trace-format.md: every document the API writes carries it.
constexpr int kTraceFormatVersion = 2;

struct StepRecord {
    int64_t bytes = 0;          // heap bytes the program uses (the heap budget's measure)
    // What a replay must reproduce exactly at this step (observe/recorder.h).
    int64_t births = 0;         // objects the program allocated so far
    int32_t output_bytes = 0;   // bytes of stdout + stderr so far (at most max_output_bytes)
    int32_t objects = 0;        // live program objects
    int line = 0;
    int depth = 0;              // executing Python frames
    int function = -1;          // the innermost frame's qualified name, in RunLog::functions (-1 at exit)
    StepKind kind = StepKind::Line;
};

// Output written between the previous step and `step` (consecutive writes to one stream merged).
struct OutputChunk {
    int64_t step = 0;
    bool is_stderr = false;
    std::string text;
};

// A collection that ran between the previous step and `step`.
struct CollectionRecord {
    int64_t step = 0;
    int generation = 0;
    int counts_before[3] = {0, 0, 0};
    int64_t collected = 0;
    int64_t uncollectable = 0;
};

// How a program object died: at which step (the first after its death) and why.
struct Death {
    int64_t step = -1;      // -1: alive when the run ended
    int generation = -1;    // the collection's generation; -1: its count reached 0
};

enum class RunStatus : uint8_t { Finished, Error, StepLimit, OutputLimit };

struct RunLog {
    std::vector<StepRecord> steps;
    std::vector<std::string> functions;
    std::vector<OutputChunk> chunks;
    std::vector<CollectionRecord> collections;
    // Program object id n (ids count births from 1) died as deaths[n - 1] says, -1 while alive
    // (record_death packs it, death() reads it).
    std::vector<int64_t> deaths;
    RunStatus status = RunStatus::Finished;
    int exit_code = 0;
    std::string stdout_text;
    std::string stderr_text;
    std::string output;          // stdout and stderr interleaved, as a terminal shows them

    // The step at which program object `id` was allocated (the first whose births reach it), or
    // -1 for objects that are not the program's.
    int64_t allocated_step(int64_t id) const;
    // How program object `id` died (step -1: it did not die before the last step).
    Death death(int64_t id) const;
    // Program object `id` died before step `step`: by its count reaching 0 (generation -1) or
    // cleared by a collection of that generation.
    void record_death(int64_t id, int64_t step, int generation);
};

const char* run_status_name(RunStatus status);
std::string run_log_json(const RunLog& log);

} // namespace hs::observe

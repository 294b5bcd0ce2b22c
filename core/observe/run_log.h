// The run log: every step of a run with the events between steps, its output and how it ended.
// Its JSON form is the "run" of docs/trace-format.md.
#pragma once

#include "runtime/observer.h"

#include <cstdint>
#include <string>
#include <vector>

namespace hs::observe {

struct StepRecord {
    StepKind kind = StepKind::Line;
    int line = 0;
    int depth = 0;              // executing Python frames
    std::string function;       // the innermost frame's qualified name ("" at exit)
    int64_t objects = 0;        // live program objects
    int64_t bytes = 0;          // heap bytes the program uses (the heap budget's measure)
    // What a replay must reproduce exactly at this step (observe/recorder.h).
    int64_t births = 0;         // objects the program allocated so far
    int64_t output_bytes = 0;   // bytes of stdout + stderr so far
    // The events since the previous step: a JSON array, RunLog::events[events_begin, events_end).
    size_t events_begin = 0;
    size_t events_end = 0;
};

enum class RunStatus : uint8_t { Finished, Error, StepLimit, OutputLimit };

struct RunLog {
    std::vector<StepRecord> steps;
    RunStatus status = RunStatus::Finished;
    int exit_code = 0;
    std::string stdout_text;
    std::string stderr_text;
    std::string output;          // stdout and stderr interleaved, as a terminal shows them
    std::string events;          // every step's events array, one after the other
};

const char* run_status_name(RunStatus status);
std::string run_log_json(const RunLog& log);

} // namespace hs::observe

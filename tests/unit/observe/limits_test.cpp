// Limits: a run that hits one stops (or raises) cleanly, can be inspected, and the Session
// runs the next program normally.
#include "observe_support.h"

using namespace hs::observe;
using namespace hs::observe::test;

namespace {

// Whether a step of the run has a limit event of this kind (read from the session's trace).
bool has_limit_event(Session& session, const std::string& kind) {
    Json trace = trace_of(session);
    for (const Json* e : events_named(trace, "limit")) {
        if ((*e)["kind"].string == kind) return true;
    }
    return false;
}

void runs_next_program(Session& session) {
    Json next = load_and_run(session, "print('next')\n");
    CHECK(next["status"].string == "finished");
    CHECK(next["stdout"].string == "next\n");
    CHECK(parse_json(session.snapshot(1))["ok"].boolean);
}

} // namespace

TEST_CASE("the step limit stops a runaway loop at its last step, which can be inspected", "[observe][limits]") {
    Limits limits;
    limits.max_steps = 50;
    Session session(limits);
    Json log = load_and_run(session, "n = 0\nwhile True:\n    n += 1\n    try:\n        pass\n    finally:\n        x = [n]\n");
    CHECK(log["status"].string == "step_limit");
    CHECK(step_count(log) == 50);
    CHECK(has_limit_event(session, "step_limit"));
    Json last = snapshot_at(session, 49);
    CHECK(last["frames"].size() == 1);
    CHECK(variable_id(last, "n") != 0);
    runs_next_program(session);
}

TEST_CASE("a loop that makes no new step (one line) still meets the step limit", "[observe][limits]") {
    // CPython 3.11 reports no line event when `while True: pass` jumps back to its own line, so
    // the step count alone would never end it; found by fuzz_session as a hang.
    Limits limits;
    limits.max_jumps_per_step = 10000;
    Session session(limits);
    Json log = load_and_run(session, "n = 0\nwhile True: pass\n");
    CHECK(log["status"].string == "step_limit");
    CHECK(step_count(log) == 3);  // call, line 1, line 2: the last one
    Json loop = snapshot_at(session, 2);
    CHECK(variable_id(loop, "n") != 0);
    runs_next_program(session);
}

TEST_CASE("MemoryError past the heap budget ends the run with an error, replayably", "[observe][limits]") {
    Limits limits;
    limits.heap_bytes = 4 << 20;
    Session session(limits);
    Json log = load_and_run(session, "keep = []\nwhile True:\n    keep.append(' ' * 10000)\n");
    CHECK(log["status"].string == "error");
    CHECK(log["exit_code"].integer() == 1);
    CHECK(log["stderr"].string.find("MemoryError") != std::string::npos);
    CHECK(has_limit_event(session, "memory"));
    // The step where the exception is raised can be inspected.
    int64_t raised = find_step(log, "exception", 3);
    REQUIRE(raised > 0);
    Json snap = snapshot_at(session, raised);
    CHECK(variable_id(snap, "keep") != 0);
    runs_next_program(session);
}

TEST_CASE("RecursionError at the recursion limit, with every frame inspectable", "[observe][limits]") {
    Limits limits;
    limits.recursion_limit = 100;
    Session session(limits);
    Json log = load_and_run(session, "def down(n):\n    return down(n + 1)\ndown(0)\n");
    CHECK(log["status"].string == "error");
    CHECK(log["stderr"].string.find("RecursionError: maximum recursion depth exceeded") != std::string::npos);
    CHECK(has_limit_event(session, "recursion"));
    int64_t deepest = 0, depth = 0;
    std::vector<Step> steps = steps_of(log);
    for (size_t i = 0; i < steps.size(); i++) {
        if (steps[i].depth > depth) {
            depth = steps[i].depth;
            deepest = static_cast<int64_t>(i);
        }
    }
    CHECK(depth == 100);
    Json snap = snapshot_at(session, deepest);
    CHECK(snap["frames"].size() == 100);
    runs_next_program(session);
}

TEST_CASE("the output limit cuts the output and stops the run", "[observe][limits]") {
    Limits limits;
    limits.max_output_bytes = 100;
    Session session(limits);
    Json log = load_and_run(session, "while True:\n    print('0123456789abc')\n");
    CHECK(log["status"].string == "output_limit");
    CHECK(log["stdout"].string.size() == 100);
    CHECK(has_limit_event(session, "output"));
    int64_t last = static_cast<int64_t>(step_count(log)) - 1;
    CHECK(parse_json(session.snapshot(last))["ok"].boolean);
    runs_next_program(session);
}

TEST_CASE("a stopped program runs no finally block, except clause, __exit__ or __del__", "[observe][limits]") {
    Limits limits;
    limits.max_steps = 40;
    Session session(limits);
    Json log = load_and_run(session,
                            "class D:\n    def __del__(self):\n        print('del')\n"
                            "    def __enter__(self):\n        return self\n    def __exit__(self, *a):\n        print('exit')\n"
                            "def gen():\n    try:\n        yield 1\n    finally:\n        print('gen finally')\n"
                            "g = gen()\nnext(g)\nd = D()\ntry:\n    with D():\n        while True:\n            pass\n"
                            "except BaseException:\n    print('caught')\nfinally:\n    print('finally')\n");
    CHECK(log["status"].string == "step_limit");
    CHECK(step_count(log) == 40);
    CHECK(log["stdout"].string == "");
    CHECK(log["stderr"].string == "");
    runs_next_program(session);
}

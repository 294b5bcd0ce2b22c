// The step hook itself: replays check every step against the recording and refuse to take a
// snapshot when anything differs; stopping leaves nothing running.
#include "observe_support.h"
#include "observe/recorder.h"
#include "observe/run_observed.h"

using namespace hs::observe;
using namespace hs::observe::test;

namespace {

const char* const kProgram = "a = [1, 2]\nb = a\nfor i in range(3):\n    a.append(i)\nprint(len(b))\n";

RunLog record(const std::string& source) {
    Recorder recorder(RecorderConfig{});
    int status = run_observed(Limits{}, source, "main.py", recorder);
    return recorder.finish(status);
}

// Replays `log` to `step`; returns the divergence ("" when the snapshot was taken).
std::string replay_to(const std::string& source, const RunLog& log, int64_t step, bool* got_snapshot) {
    RecorderConfig config;
    config.expected = &log;
    config.stop_at = step;
    Recorder recorder(std::move(config));
    run_observed(Limits{}, source, "main.py", recorder);
    *got_snapshot = recorder.target().has_value();
    return recorder.divergence();
}

} // namespace

TEST_CASE("a replay that repeats the run takes the snapshot at its target", "[observe][recorder]") {
    RunLog log = record(kProgram);
    REQUIRE(log.status == RunStatus::Finished);
    REQUIRE(log.stdout_text == "5\n");
    bool got = false;
    CHECK(replay_to(kProgram, log, 6, &got) == "");
    CHECK(got);
}

TEST_CASE("a replay that differs from the recording stops with the difference, without a snapshot", "[observe][recorder]") {
    RunLog log = record(kProgram);
    SECTION("a line") {
        log.steps[4].line += 1;
        bool got = true;
        std::string why = replay_to(kProgram, log, 8, &got);
        CHECK(why.find("at step 4: line") != std::string::npos);
        CHECK_FALSE(got);
    }
    SECTION("an allocation count") {
        log.steps[3].births += 1;
        bool got = true;
        CHECK(replay_to(kProgram, log, 8, &got).find("at step 3: allocations") != std::string::npos);
        CHECK_FALSE(got);
    }
    SECTION("the output") {
        log.output = "6\n";
        bool got = true;
        CHECK(replay_to(kProgram, log, static_cast<int64_t>(log.steps.size()) - 1, &got).find("different output") != std::string::npos);
        CHECK_FALSE(got);
    }
    SECTION("a shorter run") {
        bool got = true;
        RunLog longer = log;
        longer.steps.push_back(longer.steps.back());
        CHECK(replay_to(kProgram, longer, static_cast<int64_t>(longer.steps.size()) - 1, &got) == "");
        CHECK_FALSE(got);
    }
}

TEST_CASE("the module frame's uncaught exception makes the status an error, SystemExit does not", "[observe][recorder]") {
    CHECK(record("x = 1 / 0\n").status == RunStatus::Error);
    CHECK(record("import sys\nsys.exit(3)\n").status == RunStatus::Finished);
    CHECK(record("import sys\nsys.exit(3)\n").exit_code == 3);
}

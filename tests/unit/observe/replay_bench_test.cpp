// How long a snapshot far into a run takes (a replay of every step before it). Prints the
// figures; asserts only that the answers are right, never a time.
#include "observe_support.h"

#include <chrono>
#include <cstdio>

using namespace hs::observe;
using namespace hs::observe::test;

TEST_CASE("benchmark: the snapshot at step 100,000 of a loop", "[observe][bench]") {
    Limits limits;
    limits.max_steps = 200000;
    Session session(limits);
    session.load("total = 0\nfor i in range(1000000):\n    total += i\n");
    auto t0 = std::chrono::steady_clock::now();
    std::string run_log = session.run();
    auto t1 = std::chrono::steady_clock::now();
    std::string first = session.snapshot(100000);
    auto t2 = std::chrono::steady_clock::now();
    std::string again = session.snapshot(100000);
    auto t3 = std::chrono::steady_clock::now();
    CHECK(parse_json(run_log)["status"].string == "step_limit");
    Json snap = parse_json(first);
    REQUIRE(snap["ok"].boolean);
    CHECK(snap["step"].integer() == 100000);
    CHECK(again == first);
    auto ms = [](auto a, auto b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
    std::printf("observe bench: run of 200,000 steps %.1f ms (log %zu bytes); snapshot at step 100,000 %.1f ms (replay); again %.3f ms (cached)\n",
                ms(t0, t1), run_log.size(), ms(t1, t2), ms(t2, t3));
}

TEST_CASE("benchmark: a snapshot and its delta with a 10,000-object heap", "[observe][bench]") {
    Session session;
    // 5,200 lists and the ints they hold, built in C (map, zip): no step per item.
    session.load("objs = list(map(list, zip(range(5200))))\na = 1\nb = 2\nc = 3\nd = 4\n");
    auto t0 = std::chrono::steady_clock::now();
    std::string trace_text = session.trace();
    auto t1 = std::chrono::steady_clock::now();
    Json trace = parse_json(trace_text);
    // The steps after the list is built: each is a whole-heap snapshot plus a delta.
    const Json& steps = trace["steps"];
    REQUIRE(steps.size() == 8);  // call, 5 lines, return, exit
    const Json& last_line = steps[5];
    CHECK(last_line["added"].size() + last_line["changed"].size() < 10);
    int64_t heap_steps = 0;
    for (const Step& s : steps_of(trace["run"])) heap_steps += s.objects >= 10000 ? 1 : 0;
    CHECK(heap_steps >= 5);
    std::printf("observe bench: trace of %zu steps (%lld with >= 10,000 objects) %.1f ms\n", steps.size(),
                static_cast<long long>(heap_steps), std::chrono::duration<double, std::milli>(t1 - t0).count());
    Json log = parse_json(session.run());
    int64_t at = find_step(log, "line", 4);
    REQUIRE(at > 0);
    session.snapshot(at - 1);
    auto t2 = std::chrono::steady_clock::now();
    std::string delta = session.delta(at - 1, at);
    auto t3 = std::chrono::steady_clock::now();
    CHECK(parse_json(delta)["ok"].boolean);
    std::printf("observe bench: delta(%lld, %lld) with a 10,000-object heap %.1f ms (one replay, from a cached snapshot)\n",
                static_cast<long long>(at - 1), static_cast<long long>(at), std::chrono::duration<double, std::milli>(t3 - t2).count());
}

// The Session API: load, run, snapshots, the cursor, and the notebook's two lessons on counts.
#include "observe_support.h"

using namespace hs::observe;
using namespace hs::observe::test;

TEST_CASE("load reports a syntax error as a diagnostic with its position", "[observe][session]") {
    Session session;
    Json ok = parse_json(session.load("x = 1\n"));
    CHECK(ok["ok"].boolean);
    Json bad = parse_json(session.load("x = [1,\ny = 2\n"));
    REQUIRE_FALSE(bad["ok"].boolean);
    const Json& d = bad["diagnostics"][0];
    CHECK(d["kind"].string == "SyntaxError");
    CHECK(d["message"].string == "'[' was never closed");
    CHECK(d["line"].integer() == 1);
    CHECK(d["column"].integer() == 5);
    // Running it anyway gives CPython's output: the error on stderr, status 1, only the exit step.
    Json log = parse_json(session.run());
    CHECK(log["status"].string == "error");
    CHECK(log["exit_code"].integer() == 1);
    CHECK(log["stderr"].string.find("SyntaxError: '[' was never closed") != std::string::npos);
    REQUIRE(step_count(log) == 1);
    CHECK(steps_of(log)[0].kind == "exit");
}

TEST_CASE("a run gives every step as sys.settrace sees it, then the exit step", "[observe][session]") {
    Session session;
    Json log = load_and_run(session, "def f(n):\n    return n + 1\nx = f(1)\nprint(x)\n");
    CHECK(log["status"].string == "finished");
    CHECK(log["stdout"].string == "2\n");
    std::vector<std::string> seen;
    std::vector<Step> steps = steps_of(log);
    for (const Step& s : steps) seen.push_back(s.kind + " " + std::to_string(s.line));
    // CPython 3.11's settrace events for this program, then heapscope's exit step.
    std::vector<std::string> expected{"call 0", "line 1", "line 3", "call 1", "line 2", "return 2", "line 4", "return 4", "exit 0"};
    CHECK(seen == expected);
    CHECK(steps[4].depth == 2);
    CHECK(steps[4].function == "f");
    CHECK(steps[8].function == "");
    CHECK(log["functions"].size() == 2);  // <module> and f, each named once
}

TEST_CASE("methods before run, and steps out of range, answer with an error", "[observe][session]") {
    Session session;
    CHECK(parse_json(session.run())["error"]["kind"].string == "not_loaded");
    session.load("x = 1\n");
    CHECK(parse_json(session.snapshot(0))["error"]["kind"].string == "not_run");
    session.run();
    CHECK(parse_json(session.snapshot(-1))["error"]["kind"].string == "bad_step");
    CHECK(parse_json(session.snapshot(99))["error"]["kind"].string == "bad_step");
    CHECK(parse_json(session.snapshot(1))["ok"].boolean);
}

TEST_CASE("notebook 09: the getrefcount event explains 3 as x, y and the argument", "[observe][notebook]") {
    Session session;
    Json log = load_and_run(session, notebook_source("09_refcount_getrefcount"));
    CHECK(log["stdout"].string == notebook_output("09_refcount_getrefcount"));
    Json trace = trace_of(session);
    auto events = events_named(trace, "getrefcount");
    REQUIRE(events.size() == 2);
    const Json& first = *events[0];
    CHECK(first["refcount"].integer() == 3);
    const Json& holders = first["holders"];
    REQUIRE(holders.size() == 3);
    CHECK(holders[0]["kind"].string == "global");
    CHECK(holders[0]["name"].string == "x");
    CHECK(holders[1]["kind"].string == "global");
    CHECK(holders[1]["name"].string == "y");
    CHECK(holders[2]["kind"].string == "stack");
    CHECK(holders[2]["function"].string == "<module>");
    // After `del y`: x and the argument.
    const Json& second = *events[1];
    CHECK(second["refcount"].integer() == 2);
    REQUIRE(second["holders"].size() == 2);
    CHECK(second["holders"][0]["name"].string == "x");
    CHECK(second["holders"][1]["kind"].string == "stack");
    CHECK(second["id"].integer() == first["id"].integer());
}

TEST_CASE("notebook 10: the Nodes are garbage after del, and gc.collect() collects 2", "[observe][notebook]") {
    Session session;
    Json log = load_and_run(session, notebook_source("10_cyclic_gc_collect"));
    CHECK(log["stdout"].string == notebook_output("10_cyclic_gc_collect"));
    // Before line 19 (`collected = gc.collect()`) runs: both Nodes alive only through their cycle.
    int64_t before = find_step(log, "line", 19);
    REQUIRE(before > 0);
    Json snap = snapshot_at(session, before);
    std::vector<int64_t> nodes;
    for (const Json& o : snap["objects"].items) {
        if (o["type"].string == "Node") {
            nodes.push_back(o["id"].integer());
            CHECK(o["garbage"].boolean);
            CHECK(o["refcount"].integer() == 1);
            CHECK(o["repr"].string == "Node object");
            CHECK(o["reach"].is_null());
        }
    }
    REQUIRE(nodes.size() == 2);
    // The next step: the collection ran, found 2, and freed them as generation-2 garbage.
    REQUIRE(log["collections"].size() >= 1);  // then those at exit
    CHECK(log["collections"][0]["step"].integer() == before + 1);
    Json next = snapshot_at(session, before + 1);
    const Json* gc_event = step_event(next, "gc");
    REQUIRE(gc_event);
    CHECK((*gc_event)["generation"].integer() == 2);
    CHECK((*gc_event)["collected"].integer() == 2);
    CHECK((*gc_event)["uncollectable"].integer() == 0);
    CHECK((*gc_event)["phases"]["unreachable"].size() >= 2);
    for (int64_t id : nodes) {
        const Json* freed = step_event(next, "freed", id);
        REQUIRE(freed);
        CHECK((*freed)["reason"].string == "gc");
        CHECK((*freed)["generation"].integer() == 2);
        // Their lifetime, as the earlier snapshot told it.
        const Json* node = object_by_id(snap, id);
        CHECK((*node)["freed"]["step"].integer() == before + 1);
        CHECK((*node)["freed"]["reason"].string == "gc");
        CHECK((*node)["freed"]["generation"].integer() == 2);
    }
    for (int64_t id : nodes) CHECK(object_by_id(next, id) == nullptr);
}

TEST_CASE("a tuple that grows while a generator fills it keeps its id in snapshots", "[observe][session]") {
    // tuple() of a generator guesses a size, then resizes the tuple (realloc may move it); found
    // by fuzz_session as a use after free of the old address.
    Session session;
    Json log = load_and_run(session, "t = tuple(x for x in range(1000))\ns = tuple(c for c in 'hey')\nprint(len(t), s)\n");
    int64_t at = find_step(log, "line", 3);
    REQUIRE(at >= 0);
    Json snap = snapshot_at(session, at);
    for (const char* name : {"t", "s"}) {
        INFO(name);
        const Json* tuple = object_by_id(snap, variable_id(snap, name));
        REQUIRE(tuple != nullptr);
        CHECK((*tuple)["type"].string == "tuple");
    }
    CHECK((*object_by_id(snap, variable_id(snap, "t")))["size"].integer() == 8040);
}

// Helpers for the observation API's tests: running programs through a Session and finding
// steps and objects in its JSON answers.
#pragma once

#include "json_value.h"
#include "observe/session.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

namespace hs::observe::test {

inline std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// A notebook example, the conformance corpus's copy (tests/conformance/notebook/NAME.py / .out).
inline std::string notebook_source(const std::string& name) {
    return read_text(std::string(HS_TEST_DATA_DIR) + "/conformance/notebook/" + name + ".py");
}
inline std::string notebook_output(const std::string& name) {
    return read_text(std::string(HS_TEST_DATA_DIR) + "/conformance/notebook/" + name + ".out");
}

// An answer of the Session, checked to be exactly what the canonical writer writes.
inline Json parse_answer(const std::string& json) {
    INFO(json.substr(0, 2000));
    REQUIRE(json_roundtrip_error(json) == "");
    return parse_json(json);
}

// Loads and runs `source`; returns the run log (checked to be ok).
inline Json load_and_run(Session& session, const std::string& source) {
    Json loaded = parse_answer(session.load(source));
    REQUIRE(loaded["ok"].boolean);
    Json log = parse_answer(session.run());
    REQUIRE(log["ok"].boolean);
    return log;
}

inline Json snapshot_at(Session& session, int64_t step) {
    Json snap = parse_answer(session.snapshot(step));
    INFO(session.snapshot(step));
    REQUIRE(snap["ok"].boolean);
    return snap;
}

// One step of a run log, read from its columns.
struct Step {
    std::string kind;
    int64_t line = 0;
    int64_t depth = 0;
    std::string function;
    int64_t objects = 0;
    int64_t bytes = 0;
};

inline std::string kind_name(char letter) {
    switch (letter) {
    case 'c': return "call";
    case 'l': return "line";
    case 'r': return "return";
    case 'e': return "exception";
    case 'x': return "exit";
    }
    FAIL("unknown step kind letter " << letter);
    return "";
}

inline std::vector<Step> steps_of(const Json& log) {
    const Json& columns = log["steps"];
    const std::string& kinds = columns["kind"].string;
    std::vector<Step> steps;
    for (size_t i = 0; i < kinds.size(); i++) {
        Step s;
        s.kind = kind_name(kinds[i]);
        s.line = columns["line"][i].integer();
        s.depth = columns["depth"][i].integer();
        int64_t function = columns["function"][i].integer();
        s.function = function < 0 ? "" : log["functions"][static_cast<size_t>(function)].string;
        s.objects = columns["objects"][i].integer();
        s.bytes = columns["bytes"][i].integer();
        steps.push_back(s);
    }
    return steps;
}

inline size_t step_count(const Json& log) { return log["steps"]["kind"].string.size(); }

// The index of the first step of `kind` at `line` (-1 if none).
inline int64_t find_step(const Json& log, const std::string& kind, int line, int64_t from = 0) {
    std::vector<Step> steps = steps_of(log);
    for (size_t i = static_cast<size_t>(from); i < steps.size(); i++) {
        if (steps[i].kind == kind && steps[i].line == line) return static_cast<int64_t>(i);
    }
    return -1;
}

// The object a variable of the innermost frame (or a global) names.
inline int64_t variable_id(const Json& snap, const std::string& name) {
    const Json& frames = snap["frames"];
    for (size_t f = frames.size(); f-- > 0;) {
        for (const Json& local : frames[f]["locals"].items) {
            if (local[0].string == name) return local[1].integer();
        }
    }
    return 0;
}

inline const Json* object_by_id(const Json& snap, int64_t id) {
    for (const Json& o : snap["objects"].items) {
        if (o["id"].integer() == id) return &o;
    }
    return nullptr;
}

// The trace document of the loaded program (Session::trace: the run log and every step's
// snapshot or delta, with its events); the session keeps the run for snapshots.
inline Json trace_of(Session& session) {
    Json trace = parse_answer(session.trace());
    REQUIRE(trace["run"]["ok"].boolean);
    return trace;
}

// The first of a snapshot's (or delta's) events with this "event" name, and this id unless it is
// 0; nullptr if there is none.
inline const Json* step_event(const Json& snap, const std::string& name, int64_t id = 0) {
    for (const Json& e : snap["events"].items) {
        if (e["event"].string == name && (id == 0 || e["id"].integer() == id)) return &e;
    }
    return nullptr;
}

// The events of every step of a trace document, in order, that have this "event" name.
inline std::vector<const Json*> events_named(const Json& trace, const std::string& name) {
    std::vector<const Json*> out;
    for (const Json& step : trace["steps"].items) {
        for (const Json& e : step["events"].items) {
            if (e["event"].string == name) out.push_back(&e);
        }
    }
    return out;
}

} // namespace hs::observe::test

// Events between steps, and what snapshots show of generators, finalizers, exceptions and paths.
#include "observe_support.h"

using namespace hs::observe;
using namespace hs::observe::test;

namespace {

const Json* first_event(const Json& trace, const std::string& name) {
    auto events = events_named(trace, name);
    return events.empty() ? nullptr : events[0];
}

bool contains(const Json& ids, int64_t id) {
    for (const Json& v : ids.items) {
        if (v.integer() == id) return true;
    }
    return false;
}

} // namespace

TEST_CASE("allocated and freed events name the same ids the snapshots use", "[observe][events]") {
    Session session;
    Json log = load_and_run(session, "a = [1, 2, 3]\nb = a\ndel a\ndel b\nprint('done')\n");
    int64_t made = find_step(log, "line", 2);
    REQUIRE(made > 0);
    Json snap = snapshot_at(session, made);
    const Json* allocated = nullptr;
    for (const Json& e : snap["events"].items) {
        if (e["event"].string == "allocated" && e["type"].string == "list") allocated = &e;
    }
    REQUIRE(allocated);
    CHECK((*allocated)["size"].integer() == 88);  // [1, 2, 3]: a list display of constants, capacity 4
    int64_t id = (*allocated)["id"].integer();
    CHECK(variable_id(snap, "a") == id);
    // Freed by refcount when `del b` ran: the event is in the step after it.
    int64_t after = find_step(log, "line", 5);
    // The object's lifetime, in every snapshot that shows it.
    const Json* list = object_by_id(snap, id);
    REQUIRE(list);
    CHECK((*list)["allocated"].integer() == made);
    CHECK((*list)["freed"]["step"].integer() == after);
    CHECK((*list)["freed"]["reason"].string == "refcount");
    CHECK((*list)["freed"]["generation"].is_null());
    Json at_free = snapshot_at(session, after);
    const Json* freed = step_event(at_free, "freed", id);
    REQUIRE(freed);
    CHECK((*freed)["type"].string == "list");
    CHECK((*freed)["reason"].string == "refcount");
    CHECK((*freed)["generation"].is_null());
    CHECK(object_by_id(at_free, id) == nullptr);
    // A replay shows the events of its own step only.
    Json before_free = snapshot_at(session, after - 1);
    CHECK(step_event(before_free, "freed", id) == nullptr);
}

TEST_CASE("output events merge a step's writes and match stdout", "[observe][events]") {
    Session session;
    Json log = load_and_run(session, "print('a', end='')\nprint('b')\nimport sys\nprint('e', file=sys.stderr)\n");
    Json trace = trace_of(session);
    std::string out, err;
    for (const Json* e : events_named(trace, "stdout")) out += (*e)["text"].string;
    for (const Json* e : events_named(trace, "stderr")) err += (*e)["text"].string;
    CHECK(out == log["stdout"].string);
    CHECK(out == "ab\n");
    CHECK(err == "e\n");
    CHECK(events_named(trace, "stdout").size() == 2);
    // The run log keeps the same chunks, at the steps the events are at.
    const Json& chunks = log["output"];
    REQUIRE(chunks.size() == 3);
    CHECK(chunks[0]["stream"].string == "stdout");
    CHECK(chunks[0]["text"].string == "a");
    CHECK(chunks[0]["step"].integer() == find_step(log, "line", 2));
    CHECK(chunks[1]["text"].string == "b\n");
    CHECK(chunks[2]["stream"].string == "stderr");
    CHECK(chunks[2]["text"].string == "e\n");
}

TEST_CASE("an exception is a step and an event, with CPython's message", "[observe][events]") {
    Session session;
    Json log = load_and_run(session, "d = {}\ntry:\n    d['k']\nexcept KeyError as e:\n    pass\nx = 1 / 0\n");
    CHECK(log["status"].string == "error");
    Json trace = trace_of(session);
    auto exceptions = events_named(trace, "exception");
    REQUIRE(exceptions.size() == 2);
    CHECK((*exceptions[0])["type"].string == "KeyError");
    CHECK((*exceptions[0])["message"].string == "'k'");
    CHECK((*exceptions[0])["line"].integer() == 3);
    CHECK((*exceptions[1])["type"].string == "ZeroDivisionError");
    CHECK((*exceptions[1])["message"].string == "division by zero");
    CHECK(find_step(log, "exception", 3) > 0);
    CHECK(find_step(log, "exception", 6) > 0);
    CHECK(log["stderr"].string.find("ZeroDivisionError: division by zero") != std::string::npos);
}

TEST_CASE("__del__ gives a del event, and a collection lists its phases", "[observe][events]") {
    Session session;
    Json log = load_and_run(session,
                            "import gc\nclass N:\n    def __del__(self):\n        print('del', self.v)\n"
                            "a = N()\na.v = 1\nb = N()\nb.v = 2\na.other = b\nb.other = a\ndel a, b\nn = gc.collect()\nprint(n)\n");
    CHECK(log["stdout"].string == "del 1\ndel 2\n2\n");
    Json trace = trace_of(session);
    auto dels = events_named(trace, "del");
    REQUIRE(dels.size() == 2);
    const Json* gc = first_event(trace, "gc");
    REQUIRE(gc);
    const Json& phases = (*gc)["phases"];
    int64_t first = (*dels[0])["id"].integer(), second = (*dels[1])["id"].integer();
    CHECK(contains(phases["unreachable"], first));
    CHECK(contains(phases["unreachable"], second));
    CHECK(contains(phases["finalized"], first));
    CHECK(contains(phases["finalized"], second));
    CHECK(contains(phases["cleared"], first));
    // Only referenced from inside the generation: gc_refs 0 after subtract_refs.
    for (const Json& pair : phases["gc_refs"].items) {
        if (pair[0].integer() == first || pair[0].integer() == second) CHECK(pair[1].integer() == 0);
    }
    // The run log lists the collection at the step after it ended (the __del__ steps ran inside
    // it), and the replay to that step describes it whole. (The others are at exit.)
    REQUIRE(log["collections"].size() >= 1);
    const Json& collection = log["collections"][0];
    CHECK(collection["generation"].integer() == 2);
    CHECK(collection["collected"].integer() == 2);
    Json at_end = snapshot_at(session, collection["step"].integer());
    const Json* replayed = step_event(at_end, "gc");
    REQUIRE(replayed);
    CHECK((*replayed)["phases"]["unreachable"].size() == phases["unreachable"].size());
    CHECK(contains((*replayed)["phases"]["finalized"], first));
    // While __del__ runs inside gc.collect(), its object is finalized, and garbage.
    int64_t in_del = find_step(log, "line", 4);
    REQUIRE(in_del > 0);
    Json snap = snapshot_at(session, in_del);
    const Json* self = object_by_id(snap, variable_id(snap, "self"));
    REQUIRE(self);
    CHECK((*self)["finalized"].boolean);
    CHECK((*self)["garbage"].boolean);
}

TEST_CASE("a resurrecting __del__ shows in the collection's phases", "[observe][events]") {
    Session session;
    Json log = load_and_run(session,
                            "import gc\nsaved = []\nclass R:\n    def __del__(self):\n        saved.append(self)\n"
                            "r = R()\nr.me = r\ndel r\nprint(gc.collect(), len(saved))\n");
    CHECK(log["stdout"].string == "0 1\n");
    Json trace = trace_of(session);
    const Json* gc = first_event(trace, "gc");
    REQUIRE(gc);
    CHECK((*gc)["collected"].integer() == 0);
    REQUIRE((*gc)["phases"]["resurrected"].size() == 1);
    CHECK((*gc)["phases"]["cleared"].size() == 0);
}

TEST_CASE("a suspended generator's frame hangs off the generator, which holds its locals", "[observe][snapshot]") {
    Session session;
    Json log = load_and_run(session, "def gen(items):\n    for v in items:\n        yield v\nitems = ['a', 'b']\ng = gen(items)\nfirst = next(g)\nprint(first)\n");
    int64_t at = find_step(log, "line", 7);
    REQUIRE(at > 0);
    Json snap = snapshot_at(session, at);
    int64_t gen_id = variable_id(snap, "g");
    const Json& frames = snap["frames"];
    REQUIRE(frames.size() == 2);
    CHECK(frames[0]["suspended"].boolean);
    CHECK(frames[0]["generator"].integer() == gen_id);
    CHECK(frames[0]["function"].string == "gen");
    CHECK(frames[0]["line"].integer() == 3);
    CHECK(frames[1]["module"].boolean);
    // The generator's frame holds the list's iterator on its stack and `v`: gi_frame edges.
    const Json* gen = object_by_id(snap, gen_id);
    REQUIRE(gen);
    bool local_v = false;
    for (const Json& e : (*gen)["refs"].items) local_v = local_v || (e[0].string == "gi_frame.v" && e[1].string == "frame");
    CHECK(local_v);
    const Json* items = object_by_id(snap, variable_id(snap, "items"));
    REQUIRE(items);
    CHECK((*items)["refcount"].integer() == 3);  // items, the generator's `items` local, the list iterator
}

TEST_CASE("why_alive gives the shortest path from a root", "[observe][snapshot]") {
    Session session;
    Json log = load_and_run(session, "class Node:\n    pass\na = Node()\na.child = Node()\na.child.leaf = [1]\nb = a.child\nprint('x')\n");
    int64_t at = find_step(log, "line", 7);
    Json snap = snapshot_at(session, at);
    int64_t child = variable_id(snap, "b");
    const Json* c = object_by_id(snap, child);
    REQUIRE(c);
    int64_t leaf = 0;
    for (const Json& e : (*c)["refs"].items) {
        if (e[0].string == "leaf") leaf = e[2].integer();
    }
    REQUIRE(leaf > 0);
    Json path = parse_json(session.why_alive(at, leaf));
    REQUIRE(path["reachable"].boolean);
    REQUIRE(path["path"].size() == 2);
    CHECK(path["path"][0]["from"].is_null());
    CHECK(path["path"][0]["label"].string == "global b");  // shorter than a -> child -> leaf
    CHECK(path["path"][1]["from"].integer() == child);
    CHECK(path["path"][1]["label"].string == "leaf");
    CHECK(path["path"][1]["to"].integer() == leaf);
}

TEST_CASE("a weakref callback is an event, before the callback's own steps", "[observe][events]") {
    Session session;
    Json log = load_and_run(session,
                            "import weakref\nclass A:\n    pass\na = A()\nr = weakref.ref(a, lambda ref: print('cb'))\n"
                            "del a\nprint(r() is None)\n");
    CHECK(log["stdout"].string == "cb\nTrue\n");
    Json trace = trace_of(session);
    const Json* cb = first_event(trace, "weakref_callback");
    REQUIRE(cb);
    int64_t at = find_step(log, "line", 7);
    REQUIRE(at > 0);
    Json snap = snapshot_at(session, at);
    CHECK((*cb)["id"].integer() == variable_id(snap, "r"));
    const Json* r = object_by_id(snap, variable_id(snap, "r"));
    REQUIRE(r);
    CHECK((*r)["type"].string == "ReferenceType");
    CHECK((*r)["size"].integer() == 80);
    CHECK((*r)["refs"].size() == 0);  // the callback was consumed when the referent died
    // Before `del a`: the weakref holds its callback, not its referent.
    Json before = snapshot_at(session, find_step(log, "line", 6));
    const Json* alive = object_by_id(before, variable_id(before, "r"));
    REQUIRE(alive);
    REQUIRE((*alive)["refs"].size() == 1);
    CHECK((*alive)["refs"][0][0].string == "__callback__");
    const Json* a = object_by_id(before, variable_id(before, "a"));
    REQUIRE(a);
    CHECK((*a)["refcount"].integer() == 1);
}

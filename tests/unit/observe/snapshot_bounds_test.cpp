// A snapshot stays small whatever the heap holds: a big container lists its first references
// and counts the rest, an object referenced from many places lists some holders and counts the
// rest, and the refcount is still fully explained (nothing is put down to the interpreter).
#include "observe_support.h"

using namespace hs::observe;
using namespace hs::observe::test;

namespace {

int64_t internal_holders(const Json& object) {
    int64_t n = 0;
    for (const Json& h : object["holders"].items) n += h["kind"].string == "internal" ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("a big list lists its first 100 references and counts the others", "[observe][snapshot]") {
    Session session;
    Json log = load_and_run(session, "big = [i * 1000 for i in range(1000)]\nx = []\nmany = [x] * 500\nend = 1\n");
    Json snap = snapshot_at(session, find_step(log, "line", 4));
    const Json* big = object_by_id(snap, variable_id(snap, "big"));
    REQUIRE(big);
    CHECK((*big)["refs"].size() == 100);
    CHECK((*big)["refs"][0][0].string == "[0]");
    CHECK((*big)["refs"][99][0].string == "[99]");
    CHECK((*big)["refs_omitted"].integer() == 900);
    // The int at index 500 is held by the list: not among its refs, but a holder all the same.
    const Json* item = nullptr;
    for (const Json& o : snap["objects"].items) {
        if (o["repr"].string == "500000") item = &o;
    }
    REQUIRE(item);
    CHECK((*item)["refcount"].integer() == 1);
    REQUIRE((*item)["holders"].size() == 1);
    CHECK((*item)["holders"][0]["from"].integer() == (*big)["id"].integer());
    CHECK((*item)["holders"][0]["label"].string == "[500]");
    CHECK(!item->has("holders_omitted"));

    // x: the global, then the list's references up to the cap.
    const Json* x = object_by_id(snap, variable_id(snap, "x"));
    REQUIRE(x);
    CHECK((*x)["refcount"].integer() == 501);
    CHECK((*x)["holders"].size() == 100);
    CHECK((*x)["holders"][0]["kind"].string == "global");
    CHECK((*x)["holders_omitted"].integer() == 401);
    CHECK(internal_holders(*x) == 0);
    CHECK(!x->has("refs_omitted"));
}

TEST_CASE("a heap of millions of references gives a snapshot of bounded size", "[observe][snapshot]") {
    Session session;
    Json log = load_and_run(session, "rows = [[0] * 100000 for i in range(100)]\nend = 1\n");
    std::string text = session.snapshot(find_step(log, "line", 2));
    Json snap = parse_answer(text);
    CHECK(text.size() < 400000);  // 101 lists of 100 listed references each
    const Json* rows = object_by_id(snap, variable_id(snap, "rows"));
    REQUIRE(rows);
    CHECK((*rows)["refs"].size() == 100);
    CHECK(!rows->has("refs_omitted"));
    const Json* row = object_by_id(snap, (*rows)["refs"][0][2].integer());
    REQUIRE(row);
    CHECK((*row)["refs_omitted"].integer() == 100000 - 100);
}

TEST_CASE("a heap of many objects lists 2,000 of them: the nearest to the roots and the garbage", "[observe][snapshot]") {
    // A cycle only the collector can free (and it does not run), then 3,000 lists and their
    // ints, all made by one line.
    Session session;
    Json log = load_and_run(session, "import gc\ngc.disable()\na = []\na.append(a)\ndel a\n"
                                     "rows = list(map(list, zip(range(3000))))\nend = 1\n");
    int64_t at = find_step(log, "line", 7);
    std::string text = session.snapshot(at);
    Json snap = parse_answer(text);
    CHECK(text.size() < 2000000);
    REQUIRE(snap["objects"].size() == 2000);
    CHECK(snap["objects_omitted"].integer() > 3000);
    // The global, the lists it reaches first, and the cycle are listed.
    const Json* rows = object_by_id(snap, variable_id(snap, "rows"));
    REQUIRE(rows);
    CHECK(object_by_id(snap, (*rows)["refs"][0][2].integer()));
    int64_t garbage = 0;
    for (const Json& o : snap["objects"].items) garbage += o["garbage"].boolean ? 1 : 0;
    CHECK(garbage == 1);
    // The counts still cover the whole heap: the list of lists holds 3,000 references.
    CHECK((*rows)["refs_omitted"].integer() == 2900);

    // The step's events: 1,000 allocations and frees listed, the others counted.
    int64_t object_events = 0;
    for (const Json& e : snap["events"].items) object_events += e["event"].string == "allocated" || e["event"].string == "freed";
    CHECK(object_events == 1000);
    CHECK(snap["events_omitted"].integer() > 4000);
    // A delta between two such steps lists the same bounded sets.
    Json delta = parse_answer(session.delta(at - 1, at));
    CHECK(delta["added"].size() <= 2000);
    CHECK(delta["objects_omitted"].integer() == snap["objects_omitted"].integer());
}

TEST_CASE("a collection of many objects lists 1,000 ids a phase and counts the others", "[observe][snapshot]") {
    Session session;
    Json log = load_and_run(session,
                            "import gc\ngc.disable()\nfor i in range(1500):\n    a = []\n    a.append(a)\ndel a\n"
                            "n = gc.collect()\nprint(n)\n");
    REQUIRE(log["stdout"].string == "1500\n");
    int64_t at = find_step(log, "line", 8);
    Json snap = snapshot_at(session, at);
    const Json* gc = step_event(snap, "gc");
    REQUIRE(gc);
    CHECK((*gc)["collected"].integer() == 1500);
    const Json& phases = (*gc)["phases"];
    CHECK(phases["unreachable"].size() == 1000);
    CHECK(phases["cleared"].size() == 1000);
    CHECK(phases["gc_refs"].size() == 1000);
    // 500 unreachable, 500 cleared, and the candidates past the first 1,000.
    CHECK(phases["ids_omitted"].integer() >= 1500);
}

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

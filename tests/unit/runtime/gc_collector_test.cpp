// The collector's phases on hand-built graphs (runtime/collector.cpp), in the spirit of
// CPython's Lib/test/test_gc.py: one test per cycle shape with the exact count collect()
// returns, the list orders that decide __del__ order, the count accounting, the automatic
// trigger, and large graphs that must not recurse on the C++ stack.
#include "objects/dictobject.h"
#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/listobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/collector.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/runtime.h"
#include "vm/interpreter.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

using namespace hs;

namespace {

// A runtime whose automatic collection is off and whose heap starts fully collected, so each test
// sees only the objects it makes (in generation 0, in creation order).
struct GCRuntime {
    Runtime* r;
    std::string out, err;
    explicit GCRuntime(Limits limits = Limits{}) {
        r = runtime_create(
            limits, [this](std::string_view t) { out.append(t); }, [this](std::string_view t) { err.append(t); });
        r->gc.enabled = false;
        gc_collect(2);
    }
    ~GCRuntime() {
        CHECK(gc_check_heap() == "");
        runtime_destroy(r);
    }
    GCHeader* gen(int i) { return &r->gc.generations[i].head; }
};

Object* new_list() { return list_new(0); }

// The objects of a generation list, in order.
std::vector<Object*> objects_of(GCHeader* head) {
    std::vector<Object*> v;
    for (GCHeader* g = head->gc_next; g != head; g = g->gc_next) v.push_back(from_gc(g));
    return v;
}

bool in_list(GCHeader* head, Object* o) {
    for (GCHeader* g = head->gc_next; g != head; g = g->gc_next)
        if (from_gc(g) == o) return true;
    return false;
}

} // namespace

// ---- collect() counts, one shape at a time -------------------------------------------------------

TEST_CASE("a list containing itself collects 1 and frees its memory", "[gc][collect]") {
    GCRuntime rt;
    uint64_t heap = rt.r->heap_used;
    Object* l = new_list();
    REQUIRE(list_append(l, l) == 0);
    decref(l);
    CHECK(rt.r->heap_used > heap);
    CHECK(gc_collect(2) == 1);
    CHECK(rt.r->heap_used == heap);
    CHECK(gc_collect(2) == 0);
}

TEST_CASE("two dicts referring to each other collect 2", "[gc][collect]") {
    GCRuntime rt;
    Object* a = dict_new();
    Object* b = dict_new();
    REQUIRE(dict_setitem_str(a, "b", b) == 0);
    REQUIRE(dict_setitem_str(b, "a", a) == 0);
    CHECK(gc_is_tracked(a));
    CHECK(gc_is_tracked(b));
    decref(a);
    decref(b);
    CHECK(gc_collect(2) == 2);
}

TEST_CASE("a tuple and a list in a cycle collect 2", "[gc][collect]") {
    GCRuntime rt;
    Object* l = new_list();
    Object* t = tuple_pack({l});
    REQUIRE(list_append(l, t) == 0);
    decref(t);
    decref(l);
    CHECK(gc_collect(2) == 2);
}

TEST_CASE("objects hanging off a cycle count; atoms and untracked containers do not", "[gc][collect]") {
    GCRuntime rt;
    Object* l = new_list();
    REQUIRE(list_append(l, l) == 0);
    Ref one(int_from_int64(1));
    Ref text(str_from_utf8("text"));
    Ref atoms(tuple_pack({one.get(), text.get()}));  // tracked until a collection looks at it
    Ref untracked(dict_new());                        // a dict of atoms is never tracked
    REQUIRE(dict_setitem_str(untracked.get(), "k", one.get()) == 0);
    CHECK_FALSE(gc_is_tracked(untracked.get()));
    Ref inner(new_list());
    for (Object* o : {one.get(), text.get(), atoms.get(), untracked.get(), inner.get()}) REQUIRE(list_append(l, o) == 0);
    atoms.reset();
    untracked.reset();
    inner.reset();
    decref(l);
    // l, the inner list, and the tuple: tuples are untracked only among the survivors.
    CHECK(gc_collect(2) == 3);
}

TEST_CASE("a reachable cycle is not collected; dropping the root makes it garbage", "[gc][collect]") {
    GCRuntime rt;
    Object* a = new_list();
    Object* b = new_list();
    REQUIRE(list_append(a, b) == 0);
    REQUIRE(list_append(b, a) == 0);
    decref(b);
    CHECK(gc_collect(2) == 0);
    CHECK(gc_is_tracked(a));
    CHECK(gc_is_tracked(b));
    decref(a);
    CHECK(gc_collect(2) == 2);
}

// ---- move_unreachable's list order ----------------------------------------------------------------

TEST_CASE("move_unreachable appends objects found reachable later to the tail: x,y,z -> z,x,y", "[gc][order]") {
    GCRuntime rt;
    Object* x = new_list();
    Object* y = new_list();
    Object* z = new_list();
    REQUIRE(list_append(x, y) == 0);
    REQUIRE(list_append(y, z) == 0);
    REQUIRE(list_append(z, x) == 0);
    decref(x);
    decref(y);
    // Only z is referenced from outside (by this test).
    CHECK(gc_collect(0) == 0);
    std::vector<Object*> survivors = objects_of(rt.gen(1));
    REQUIRE(survivors.size() == 3);
    CHECK(survivors[0] == z);
    CHECK(survivors[1] == x);
    CHECK(survivors[2] == y);
    decref(z);
    CHECK(gc_collect(2) == 3);
}

TEST_CASE("a full collection merges generation 0 then 1 after generation 2's objects", "[gc][order]") {
    GCRuntime rt;
    Ref old_(new_list());
    gc_collect(2);
    Ref middle(new_list());
    gc_collect(0);
    Ref young(new_list());
    gc_collect(2);
    std::vector<Object*> after = objects_of(rt.gen(2));
    // Survivors keep their order: old generation-2 objects, then generation 0, then generation 1.
    auto pos = [&](Object* o) { return std::find(after.begin(), after.end(), o) - after.begin(); };
    CHECK(pos(old_.get()) < pos(young.get()));
    CHECK(pos(young.get()) < pos(middle.get()));
}

// ---- Untracking ---------------------------------------------------------------------------------

TEST_CASE("untrack_tuples: tuples of atoms leave the GC, in list order", "[gc][untrack]") {
    GCRuntime rt;
    Ref one(int_from_int64(1));
    Ref inner(tuple_pack({one.get(), one.get()}));
    Ref outer(tuple_pack({inner.get(), inner.get()}));  // made after its item: same pass
    Ref holds_list(tuple_pack({one.get()}));
    Ref lst(new_list());
    Ref with_list(tuple_pack({lst.get()}));
    CHECK(gc_is_tracked(inner.get()));
    CHECK(gc_is_tracked(outer.get()));
    gc_collect(0);
    CHECK_FALSE(gc_is_tracked(inner.get()));
    CHECK_FALSE(gc_is_tracked(outer.get()));
    CHECK_FALSE(gc_is_tracked(holds_list.get()));
    CHECK(gc_is_tracked(with_list.get()));  // even an empty list keeps a tuple tracked

    // An outer tuple made BEFORE its item is only untracked by the next collection.
    Ref first(tuple_new(1));
    Ref second(tuple_pack({one.get()}));
    tuple_items(first.get())[0] = newref(second.get());
    gc_collect(0);
    CHECK_FALSE(gc_is_tracked(second.get()));
    CHECK(gc_is_tracked(first.get()));
    gc_collect(1);
    CHECK_FALSE(gc_is_tracked(first.get()));
}

TEST_CASE("untrack_dicts runs in full collections only", "[gc][untrack]") {
    GCRuntime rt;
    Ref d(dict_new());
    Ref l(new_list());
    REQUIRE(dict_setitem_str(d.get(), "l", l.get()) == 0);
    CHECK(gc_is_tracked(d.get()));
    Ref one(int_from_int64(1));
    REQUIRE(dict_setitem_str(d.get(), "l", one.get()) == 0);  // no longer holds a container
    gc_collect(0);
    gc_collect(1);
    CHECK(gc_is_tracked(d.get()));
    gc_collect(2);
    CHECK_FALSE(gc_is_tracked(d.get()));
    // A dict holding a container stays tracked.
    Ref e(dict_new());
    REQUIRE(dict_setitem_str(e.get(), "l", l.get()) == 0);
    gc_collect(2);
    CHECK(gc_is_tracked(e.get()));
}

// ---- Counts, generations, long-lived objects -----------------------------------------------------

TEST_CASE("collecting generation g adds 1 to count[g+1] and resets count[0..g]", "[gc][counts]") {
    GCRuntime rt;
    GCState& gc = rt.r->gc;
    Ref a(new_list());  // after a full collection the free list is empty: +1
    CHECK(gc.generations[0].count == 1);
    gc_collect(0);
    CHECK(gc.generations[0].count == 0);
    CHECK(gc.generations[1].count == 1);
    gc_collect(0);
    gc_collect(1);
    CHECK(gc.generations[1].count == 0);
    CHECK(gc.generations[2].count == 1);
    gc_collect(2);
    CHECK(gc.generations[2].count == 0);
    CHECK(gc.generation_stats[0].collections >= 2);
}

TEST_CASE("survivors move up one generation; a full collection keeps them in generation 2", "[gc][counts]") {
    GCRuntime rt;
    Ref a(new_list());
    CHECK(in_list(rt.gen(0), a.get()));
    gc_collect(0);
    CHECK(in_list(rt.gen(1), a.get()));
    gc_collect(1);
    CHECK(in_list(rt.gen(2), a.get()));
    gc_collect(2);
    CHECK(in_list(rt.gen(2), a.get()));
}

TEST_CASE("the long-lived rule: gen-1 survivors feed long_lived_pending; a full one resets it", "[gc][counts]") {
    GCRuntime rt;
    GCState& gc = rt.r->gc;
    CHECK(gc.long_lived_pending == 0);
    CHECK(gc.long_lived_total == gc_list_size(rt.gen(2)) + gc.startup_objects_not_modelled);
    std::vector<Ref> keep;
    for (int i = 0; i < 7; i++) keep.emplace_back(new_list());
    gc_collect(1);
    CHECK(gc.long_lived_pending == 7);
    gc_collect(2);
    CHECK(gc.long_lived_pending == 0);
}

TEST_CASE("the start-up offset makes generation 2 as large as CPython's after `import gc`", "[gc][counts]") {
    std::string out;
    Runtime* r = runtime_create(Limits{}, [&](std::string_view t) { out.append(t); }, [](std::string_view) {});
    int status = run_main("import gc\ngc.collect()\nprint(len(gc.get_objects()))\n", "/test/prog.py");
    CHECK(status == 0);
    // CPython 3.11.7 prints 11092 for this program. A few objects of drift (a builtin added or
    // removed since kHeapscopeTrackedByImportGcAndMain was measured) do not change which
    // collections run; more means the constant needs measuring again.
    ssize_t emulated = std::stol(out) + r->gc.startup_objects_not_modelled;
    CHECK(emulated >= kCPythonTrackedAfterImportGc - 5);
    CHECK(emulated <= kCPythonTrackedAfterImportGc + 5);
    runtime_destroy(r);
}

// ---- The automatic trigger -----------------------------------------------------------------------

TEST_CASE("automatic collection: count[0] is a sawtooth with threshold 5", "[gc][trigger]") {
    GCRuntime rt;
    GCState& gc = rt.r->gc;
    gc.enabled = true;
    gc.generations[0].threshold = 5;
    std::vector<Ref> keep;
    std::vector<int> counts;
    for (int i = 0; i < 14; i++) {
        keep.emplace_back(new_list());
        counts.push_back(gc.generations[0].count);
    }
    CHECK(counts == std::vector<int>{1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5, 0, 1, 2});
    CHECK(gc.generations[1].count == 2);
}

TEST_CASE("no automatic collection when disabled, threshold 0, collecting, or an exception is set", "[gc][trigger]") {
    GCRuntime rt;
    GCState& gc = rt.r->gc;
    gc.generations[0].threshold = 2;
    std::vector<Ref> keep;
    auto allocate = [&](int n) {
        for (int i = 0; i < n; i++) keep.emplace_back(new_list());
    };
    gc.enabled = false;
    allocate(5);
    CHECK(gc.generations[0].count == 5);
    gc.enabled = true;
    gc.generations[0].threshold = 0;
    allocate(2);
    CHECK(gc.generations[0].count == 7);
    gc.generations[0].threshold = 2;
    gc.collecting = true;
    allocate(1);
    CHECK(gc.generations[0].count == 8);
    gc.collecting = false;
    set_error(&ValueErrorType, "pending");
    allocate(1);
    CHECK(gc.generations[0].count == 9);
    clear_error();
    allocate(1);
    CHECK(gc.generations[0].count == 0);
}

TEST_CASE("the oldest generation over its threshold is collected", "[gc][trigger]") {
    GCRuntime rt;
    GCState& gc = rt.r->gc;
    gc.enabled = true;
    gc.generations[0].threshold = 3;
    gc.generations[1].count = 11;  // over threshold 10: the next automatic run is generation 1
    std::vector<Ref> keep;
    for (int i = 0; i < 4; i++) keep.emplace_back(new_list());
    CHECK(gc.generations[1].count == 0);
    CHECK(gc.generations[2].count == 1);
    CHECK(gc.generation_stats[1].collections == 1);
}

TEST_CASE("stress mode collects on every allocation", "[gc][trigger]") {
    Limits limits;
    limits.gc_stress = true;
    GCRuntime rt(limits);
    rt.r->gc.enabled = true;
    ssize_t before = rt.r->gc.generation_stats[0].collections;
    std::vector<Ref> keep;
    for (int i = 0; i < 10; i++) keep.emplace_back(new_list());
    CHECK(rt.r->gc.generation_stats[0].collections + rt.r->gc.generation_stats[1].collections -
              before >= 10);
    rt.r->gc.enabled = false;
}

// ---- Re-entry, DEBUG_SAVEALL, freeze ---------------------------------------------------------------

TEST_CASE("gc_collect returns 0 while a collection is running", "[gc][reentry]") {
    GCRuntime rt;
    Object* l = new_list();
    REQUIRE(list_append(l, l) == 0);
    decref(l);
    rt.r->gc.collecting = true;
    CHECK(gc_collect(2) == 0);
    rt.r->gc.collecting = false;
    CHECK(gc_collect(2) == 1);
}

TEST_CASE("DEBUG_SAVEALL moves the garbage to gc.garbage and still counts it", "[gc][debug]") {
    GCRuntime rt;
    GCState& gc = rt.r->gc;
    gc.garbage = list_new(0);
    gc.debug = DEBUG_SAVEALL;
    Object* a = new_list();
    Object* b = dict_new();
    REQUIRE(list_append(a, b) == 0);
    REQUIRE(dict_setitem_str(b, "a", a) == 0);
    decref(a);
    decref(b);
    CHECK(gc_collect(2) == 2);
    REQUIRE(list_size(gc.garbage) == 2);
    CHECK(list_items(gc.garbage)[0] == a);
    CHECK(list_items(gc.garbage)[1] == b);
    CHECK(gc_collect(2) == 0);  // reachable from gc.garbage now
    gc.debug = 0;
    clear_ref(gc.garbage);
    CHECK(gc_collect(2) == 2);
}

TEST_CASE("DEBUG_STATS prints CPython's three lines per collection", "[gc][debug]") {
    GCRuntime rt;
    rt.r->gc.debug = DEBUG_STATS;
    Object* l = new_list();
    REQUIRE(list_append(l, l) == 0);
    decref(l);
    gc_collect(1);
    rt.r->gc.debug = 0;
    std::string expected_start = "gc: collecting generation 1...\ngc: objects in each generation: 1 0 ";
    CHECK(rt.err.substr(0, expected_start.size()) == expected_start);
    CHECK(rt.err.find("\ngc: objects in permanent generation: 0\ngc: done, 1 unreachable, 0 uncollectable, 0.") !=
          std::string::npos);
    CHECK(rt.err.size() > 6);
    CHECK(rt.err.substr(rt.err.size() - 10) == "s elapsed\n");
}

TEST_CASE("DEBUG_COLLECTABLE names each unreachable object", "[gc][debug]") {
    GCRuntime rt;
    rt.r->gc.debug = DEBUG_COLLECTABLE;
    Object* l = new_list();
    REQUIRE(list_append(l, l) == 0);
    decref(l);
    gc_collect(2);
    rt.r->gc.debug = 0;
    CHECK(rt.err.rfind("gc: collectable <list 0x", 0) == 0);
    CHECK(rt.err.back() == '\n');
}

TEST_CASE("freeze moves everything to the permanent generation; unfreeze to generation 2", "[gc][freeze]") {
    GCRuntime rt;
    Object* l = new_list();
    REQUIRE(list_append(l, l) == 0);
    gc_freeze();
    CHECK(gc_list_size(rt.gen(0)) == 0);
    CHECK(gc_list_size(rt.gen(2)) == 0);
    CHECK(in_list(&rt.r->gc.permanent.head, l));
    decref(l);
    CHECK(gc_collect(2) == 0);  // frozen objects are never examined
    gc_unfreeze();
    CHECK(in_list(rt.gen(2), l));
    CHECK(gc_collect(2) == 1);
}

// ---- Large graphs: no recursion proportional to the heap -----------------------------------------

TEST_CASE("a ring of 1,000,000 lists collects exactly", "[gc][large]") {
    GCRuntime rt;
    constexpr int N = 1000000;
    Object* first = new_list();
    Object* prev = first;
    for (int i = 1; i < N; i++) {
        Object* next = new_list();
        REQUIRE(list_append(prev, next) == 0);
        if (prev != first) decref(prev);
        prev = next;
    }
    REQUIRE(list_append(prev, first) == 0);
    decref(prev);
    decref(first);
    CHECK(gc_collect(2) == N);
    CHECK(gc_collect(2) == 0);
}

TEST_CASE("a 100,000-deep nested list in a cycle collects without deep recursion", "[gc][large]") {
    GCRuntime rt;
    constexpr int N = 100000;
    Object* outer = new_list();
    Object* cur = outer;
    for (int i = 0; i < N; i++) {
        Object* inner = new_list();
        REQUIRE(list_append(cur, inner) == 0);
        if (cur != outer) decref(cur);
        cur = inner;
    }
    REQUIRE(list_append(cur, outer) == 0);
    decref(cur);
    decref(outer);
    CHECK(gc_collect(2) == N + 1);
}

TEST_CASE("gc_check_heap reports a corrupted list", "[gc][check]") {
    GCRuntime rt;
    Ref l(new_list());
    CHECK(gc_check_heap() == "");
    GCHeader* g = as_gc(l.get());
    g->gc_flags |= GC_COLLECTING;
    CHECK(gc_check_heap().find("collection flags") != std::string::npos);
    g->gc_flags &= ~GC_COLLECTING;
    CHECK(gc_check_heap() == "");
}

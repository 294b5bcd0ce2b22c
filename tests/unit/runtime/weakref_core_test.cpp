// Weak references at the C++ level (objects/weakrefobject.h): the order of a referent's list,
// clearing at dealloc, the collector's handle_weakrefs phase on hand-built cycles, and the
// start-up modules. Module objects serve as referents: they are weakly referenceable GC objects
// that can form a cycle through their own namespace.
#include "objects/dictobject.h"
#include "objects/exceptions.h"
#include "objects/listobject.h"
#include "objects/moduleobject.h"
#include "objects/strobject.h"
#include "objects/weakrefobject.h"
#include "runtime/abstract.h"
#include "runtime/collector.h"
#include "runtime/errors.h"
#include "runtime/runtime.h"
#include "program_runner.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace hs;

namespace {

// A runtime with automatic collection off and a collected heap, as the collector tests use.
struct WeakrefRuntime {
    Runtime* r;
    std::string out, err;
    WeakrefRuntime() {
        r = runtime_create(
            Limits{}, [this](std::string_view t) { out.append(t); }, [this](std::string_view t) { err.append(t); });
        r->gc.enabled = false;
        gc_collect(2);
    }
    ~WeakrefRuntime() {
        CHECK(gc_check_heap() == "");
        runtime_destroy(r);
    }
};

// The weakrefs of o, in list order.
std::vector<Object*> weakrefs_of(Object* o) {
    std::vector<Object*> v;
    for (WeakRefObject* w = *weakref_list_ptr(o); w; w = w->wr_next) v.push_back(w);
    return v;
}

// A callback that records the weakrefs it is called with: the bound append of a list.
Object* recorder(Object* log) { return object_getattr_str(log, "append"); }

} // namespace

TEST_CASE("weakref lists: the shared ref, then the shared proxy, then callback refs newest first", "[weakref]") {
    WeakrefRuntime rt;
    Ref m(module_new("m"));
    Ref log(list_new(0));
    Ref cb(recorder(log.get()));
    Ref c1(weakref_new_ref(m.get(), cb.get()));
    Ref p(weakref_new_proxy(m.get(), nullptr));
    Ref c2(weakref_new_ref(m.get(), cb.get()));
    Ref r(weakref_new_ref(m.get(), nullptr));
    Ref r_again(weakref_new_ref(m.get(), None()));
    CHECK(r.get() == r_again.get());
    CHECK(weakrefs_of(m.get()) == std::vector<Object*>{r.get(), p.get(), c2.get(), c1.get()});
    CHECK(weakref_count(m.get()) == 4);
    // Every link points back consistently.
    for (WeakRefObject* w = *weakref_list_ptr(m.get()); w; w = w->wr_next) {
        if (w->wr_next) CHECK(w->wr_next->wr_prev == w);
        CHECK(w->wr_object == m.get());
    }
    c2.reset();
    CHECK(weakrefs_of(m.get()) == std::vector<Object*>{r.get(), p.get(), c1.get()});
}

TEST_CASE("weakref: unsupported types get CPython's TypeError", "[weakref]") {
    WeakrefRuntime rt;
    Ref l(list_new(0));
    CHECK(weakref_new_ref(l.get(), nullptr) == nullptr);
    REQUIRE(error_matches(&TypeErrorType));
    Ref exc(fetch_error_normalized());
    Ref text(object_str(exc.get()));
    CHECK(str_view(text.get()) == "cannot create weak reference to 'list' object");
    CHECK(weakref_count(l.get()) == 0);
}

TEST_CASE("weakref: a dying referent clears every weakref and calls back newest first", "[weakref]") {
    WeakrefRuntime rt;
    Ref log(list_new(0));
    Ref cb(recorder(log.get()));
    Object* m = module_new("m");
    Ref shared(weakref_new_ref(m, nullptr));
    Ref first(weakref_new_ref(m, cb.get()));
    Ref second(weakref_new_ref(m, cb.get()));
    decref(m);  // the only strong reference
    CHECK(weakref_get_object(shared.get()) == None());
    CHECK(weakref_get_object(first.get()) == None());
    REQUIRE(list_size(log.get()) == 2);
    CHECK(list_items(log.get())[0] == second.get());
    CHECK(list_items(log.get())[1] == first.get());
    // Consumed: a callback is called once and dropped.
    CHECK(static_cast<WeakRefObject*>(first.get())->wr_callback == nullptr);
    CHECK(!error_occurred());
}

TEST_CASE("weakref: clearing several weakrefs with callbacks allocates one tuple, as CPython", "[weakref][counts]") {
    WeakrefRuntime rt;
    Ref log(list_new(0));
    Ref append(recorder(log.get()));
    Object* m = module_new("m");
    Ref a(weakref_new_ref(m, append.get()));
    Ref b(weakref_new_ref(m, append.get()));
    gc_collect(2);  // empty free lists: the tuple of 2 * 2 items is a fresh allocation
    int before = rt.r->gc.generations[0].count;
    decref(m);  // frees the module (-1), its dict goes to the free list, the tuple is made (+1)
    CHECK(rt.r->gc.generations[0].count == before);
    CHECK(list_size(log.get()) == 2);
}

TEST_CASE("handle_weakrefs: callbacks of outside weakrefs run before __del__, garbage ones never", "[weakref][gc]") {
    WeakrefRuntime rt;
    Ref log(list_new(0));
    Ref cb(recorder(log.get()));
    // Two modules in a cycle through their namespaces; one weakref outside, one inside the cycle.
    Object* a = module_new("a");
    Object* b = module_new("b");
    dict_setitem_str(module_dict(a), "peer", b);
    dict_setitem_str(module_dict(b), "peer", a);
    Ref outside(weakref_new_ref(a, cb.get()));
    Ref inside_ref(weakref_new_ref(b, cb.get()));
    dict_setitem_str(module_dict(a), "inside", inside_ref.get());
    inside_ref.reset();  // a's namespace holds it now
    decref(a);
    decref(b);
    // a, b, their dicts and the inside weakref are garbage; the outside weakref is not.
    CHECK(gc_collect(2) == 5);
    REQUIRE(list_size(log.get()) == 1);
    CHECK(list_items(log.get())[0] == outside.get());
    CHECK(weakref_get_object(outside.get()) == None());
}

TEST_CASE("handle_weakrefs: a weakref freed by its own callback counts as collected", "[weakref][gc]") {
    WeakrefRuntime rt;
    // The callback is the bound remove() of the only list holding the weakref.
    Ref holder(list_new(0));
    Ref remove(object_getattr_str(holder.get(), "remove"));
    Object* m = module_new("m");
    dict_setitem_str(module_dict(m), "me", m);
    {
        Ref w(weakref_new_ref(m, remove.get()));
        list_append(holder.get(), w.get());
    }
    decref(m);
    // The module and its dict, plus the weakref freed during the callbacks.
    CHECK(gc_collect(2) == 3);
    CHECK(list_size(holder.get()) == 0);
    CHECK(rt.err == "");
}

TEST_CASE("start-up: weakref, atexit and time are in sys.modules before the program runs", "[weakref]") {
    WeakrefRuntime rt;
    for (const char* name : {"weakref", "_weakref", "_weakrefset", "atexit", "time"}) {
        INFO(name);
        CHECK(dict_getitem_str(rt.r->modules, name) != nullptr);
    }
}

TEST_CASE("exit: atexit calls run newest first, before the collection of __main__", "[weakref][exit]") {
    test::ProgramResult result = test::run_program(
        "import atexit, weakref\n"
        "class C:\n"
        "    def __del__(self): print('del')\n"
        "c = C()\n"
        "c.me = c\n"
        "weakref.finalize(c, print, 'finalizer')\n"
        "atexit.register(print, 'first')\n"
        "atexit.register(print, 'second')\n");
    CHECK(result.status == 0);
    CHECK(result.out == "second\nfirst\nfinalizer\ndel\n");
    CHECK(result.err == "");
}

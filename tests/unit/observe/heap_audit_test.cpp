// The heap auditor finds what it is there to find: a reference nobody holds, a tracked object
// outside the generation lists, an object left alive; and a correct heap passes its checks.
#include "objects/listobject.h"
#include "observe/heap_audit.h"
#include "runtime/gc.h"
#include "runtime/runtime.h"
#include "vm/interpreter.h"

#include <catch2/catch.hpp>

#include <string>
#include <utility>

using hs::observe::HeapAuditor;

namespace {

// Makes `auditor` the observer until the end of the scope (the test listener's goes back).
struct Observing {
    hs::Observer* previous;
    explicit Observing(HeapAuditor& auditor) : previous(std::exchange(hs::g_observer, &auditor)) {}
    ~Observing() { hs::g_observer = previous; }
};

hs::Runtime* quiet_runtime() {
    return hs::runtime_create(hs::Limits{}, [](std::string_view) {}, [](std::string_view) {});
}

} // namespace

TEST_CASE("heap audit: a program's heap passes at each module line, at its end and at teardown", "[observe][audit]") {
    hs::runtime_bootstrap();
    HeapAuditor auditor;
    {
        Observing observing(auditor);
        hs::Runtime* runtime = quiet_runtime();
        int status = hs::run_main(
            "import gc, weakref, sys\n"
            "class Node:\n"
            "    __slots__ = ('next', '__weakref__')\n"
            "class Box:\n"
            "    @property\n"
            "    def size(self): return 1\n"
            "a = Node(); b = Node(); a.next = b; b.next = a\n"
            "r = weakref.ref(a)\n"
            "def counter():\n"
            "    n = 0\n"
            "    while True:\n"
            "        n += 1\n"
            "        yield n\n"
            "g = counter(); next(g)\n"
            "box = Box(); box.items = [box, {'k': (1, 'two')}]\n"
            "try:\n"
            "    1 / 0\n"
            "except ZeroDivisionError as e:\n"
            "    err = e\n"
            "print('out', sys.getrefcount(box))\n"
            "del a, b\n"
            "gc.collect()\n",
            "/test/audit.py");
        CHECK(status == 0);
        CHECK(auditor.check_heap("end of program"));
        hs::runtime_destroy(runtime);
    }
    CHECK(auditor.check_no_leaks("teardown"));
    INFO(auditor.report());
    CHECK(auditor.report().empty());
    CHECK(auditor.heaps_checked() == 16);  // the 15 module lines that run, and the end
}

TEST_CASE("heap audit: a reference no holder accounts for is reported", "[observe][audit]") {
    hs::runtime_bootstrap();
    HeapAuditor auditor;
    {
        Observing observing(auditor);
        hs::Runtime* runtime = quiet_runtime();
        CHECK(auditor.check_heap("start"));
        hs::Object* orphan = hs::list_new(0);  // a reference only this test holds
        CHECK_FALSE(auditor.check_heap("orphan"));
        CHECK(auditor.report().find("heap audit, orphan: list object ") != std::string::npos);
        CHECK(auditor.report().find("ob_refcnt 1, 0 references found") != std::string::npos);
        hs::decref(orphan);
        CHECK(auditor.check_heap("orphan released"));
        hs::runtime_destroy(runtime);
    }
    CHECK(auditor.check_no_leaks("teardown"));
}

TEST_CASE("heap audit: a tracked object missing from the generation lists is reported", "[observe][audit]") {
    hs::runtime_bootstrap();
    HeapAuditor auditor;
    {
        Observing observing(auditor);
        hs::Runtime* runtime = quiet_runtime();
        // A tracked object that some start-up module holds: the first of generation 0... 2.
        hs::GCHeader* head = nullptr;
        for (hs::Generation& g : runtime->gc.generations) {
            if (g.head.gc_next != &g.head) head = &g.head;
        }
        REQUIRE(head);
        hs::GCHeader* h = head->gc_next;
        // Unlink it while it still says it is tracked, then put it back.
        h->gc_prev->gc_next = h->gc_next;
        h->gc_next->gc_prev = h->gc_prev;
        CHECK_FALSE(auditor.check_heap("unlinked"));
        CHECK(auditor.report().find(": tracked, in 0 generation lists") != std::string::npos);
        h->gc_prev->gc_next = h;
        h->gc_next->gc_prev = h;
        CHECK(auditor.check_heap("linked again"));
        hs::runtime_destroy(runtime);
    }
    CHECK(auditor.check_no_leaks("teardown"));
}

TEST_CASE("heap audit: objects still alive are leaks once the runtime is gone", "[observe][audit]") {
    hs::runtime_bootstrap();
    HeapAuditor auditor;
    Observing observing(auditor);
    hs::Runtime* runtime = quiet_runtime();
    // While the runtime lives its start-up objects do: asked now, the check names them.
    CHECK_FALSE(auditor.check_no_leaks("runtime alive"));
    CHECK(auditor.report().find("objects the runtime created were never freed (") != std::string::npos);
    // check_no_leaks forgets what it reported: what the runtime frees from now on is unknown to
    // it, and the next check (after teardown) starts from nothing.
    hs::runtime_destroy(runtime);
    CHECK(auditor.check_no_leaks("teardown"));
}

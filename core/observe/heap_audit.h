// The heap auditor: checks the runtime's memory invariants while a program runs.
//
// Installed as the observer of a run (`HEAPSCOPE_AUDIT=1 heapscope run`, and every runtime unit
// test in debug builds), it learns every object the runtime creates and checks, at checkpoints:
//   - refcounts: every object's ob_refcnt equals the references found to it: those every live
//     object owns (observe/heap_refs.h, the edges snapshots show) plus the interpreter's own
//     holders (frames, the thread's exception state, sys.modules and the other runtime roots);
//   - generations: every tracked object sits in exactly one generation list (or the permanent
//     one of gc.freeze()), the lists are well linked and hold only live objects;
//   - teardown: once the runtime is destroyed, every object it created has been freed.
// Refcounts and generations are checked where no C code holds references the auditor cannot
// see: at each line of the module's code while it is the only frame, and when the program has
// ended. A program with a large heap and many lines is checked until a work budget runs out.
#pragma once

#include "runtime/observer.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>

namespace hs::observe {

class HeapAuditor final : public Observer {
public:
    // Checks refcounts and generations now; true when they hold. Adds what is wrong to report().
    bool check_heap(std::string_view where);
    // Checks that every object the auditor saw born has been freed (call after runtime_destroy).
    bool check_no_leaks(std::string_view where);
    // What the failed checks found ("" when all passed).
    const std::string& report() const { return m_report; }
    int64_t heaps_checked() const { return m_heaps_checked; }

    int on_step(StepKind kind, Frame* frame, Object* value) override;
    void on_exit() override {}
    void on_object_new(Object* o) override { m_live.insert(o); }
    void on_object_free(Object* o) override { m_live.erase(o); }
    void on_object_moved(const Object* from, Object* o) override;
    void on_gc_start(int, const int[3]) override {}
    void on_gc_refs(GCHeader*) override {}
    void on_gc_unreachable(GCHeader*) override {}
    void on_gc_resurrected(GCHeader*) override {}
    void on_gc_clear(Object*) override {}
    void on_gc_clear_done() override {}
    void on_gc_done(int64_t, int64_t) override {}
    void on_finalizer(Object*) override {}
    void on_getrefcount(Object*) override {}
    void on_limit(LimitKind) override {}

private:
    bool check_refcounts(std::string_view where);
    bool check_generations(std::string_view where);
    void fail(std::string_view where, const std::string& what);

    std::unordered_set<Object*> m_live;
    std::string m_report;
    int64_t m_heaps_checked = 0;
    int64_t m_work = 0;  // objects visited by line checkpoints so far (against the budget)
    size_t m_failures_reported = 0;
};

} // namespace hs::observe

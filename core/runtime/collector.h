// The cyclic garbage collector: CPython 3.11's generational algorithm (Modules/gcmodule.c).
//
// Reference counting frees everything except cycles. The collector finds them among the
// tracked containers (runtime/gc.h): for the generations being collected it computes, per
// object, how many references come from OUTSIDE that set (refcount minus internal references);
// everything not reachable from an object with outside references is garbage. collector.cpp
// has one function per phase, named as CPython's, each opening with its contract.
//
// States of a GC header during a collection (gc_flags bits, see also runtime/gc.h):
//   - GC_COLLECTING: in the set being collected and not yet proven reachable (gc_refs valid);
//     update_refs() sets it, move_unreachable() clears it on every object it scans as reachable;
//   - GC_COLLECTING | GC_UNREACHABLE: tentatively unreachable (in the `unreachable` list),
//     until move_legacy_finalizers() clears GC_UNREACHABLE;
//   - neither: not part of this collection (other generations), or already scanned.
// Outside a collection no header has either bit (gc_untrack clears them, as CPython's
// _PyObject_GC_UNTRACK does, so a freed object that is reused from a free list starts clean).
//
// Counts and triggers are CPython's exactly (shared/CPYTHON311.md §4): gc_alloc counts the
// allocation, then gc_alloc_trigger() decides whether an automatic collection runs.
#pragma once

#include "runtime/gc.h"
#include "runtime/runtime.h"

#include <string>

namespace hs {

constexpr int NUM_GENERATIONS = 3;

// In the set being collected (CPython's PREV_MASK_COLLECTING). Shares gc_flags with GCFlag.
constexpr uint32_t GC_COLLECTING = 1u << 2;
static_assert((GC_COLLECTING & (GC_FINALIZED | GC_UNREACHABLE)) == 0);

// gc.set_debug() flags, CPython's values.
enum GCDebugFlag : int {
    DEBUG_STATS = 1 << 0,          // print statistics to stderr
    DEBUG_COLLECTABLE = 1 << 1,    // print each collectable object
    DEBUG_UNCOLLECTABLE = 1 << 2,  // print each uncollectable object
    DEBUG_SAVEALL = 1 << 5,        // append the garbage to gc.garbage instead of freeing it
    DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL,
};

// ---- Collections -------------------------------------------------------------------------------

// One collection of `generation` (0..2) and the younger ones: CPython's gc_collect_main. The
// caller has set gc.collecting. Returns the number of unreachable objects found (collected +
// uncollectable) and stores each part if asked. With `nofail` an error left over is cleared
// silently instead of being reported as unraisable.
ssize_t gc_collect_main(int generation, ssize_t* n_collected, ssize_t* n_uncollectable, bool nofail);
// gc_collect_main between the "start" and "stop" calls of gc.callbacks.
ssize_t gc_collect_with_callback(int generation);
// gc.collect(generation): 0 without collecting when a collection is already running.
ssize_t gc_collect(int generation);
// The automatic choice: the oldest generation over its threshold, with the long-lived rule for
// generation 2 (CPython's gc_collect_generations). The caller has set gc.collecting.
ssize_t gc_collect_generations();

// The allocation trigger (CPython's _PyObject_GC_Link), called by gc_alloc right after it counts
// the new object: collects when count[0] exceeds threshold 0, collection is enabled, threshold 0
// is not 0, no collection is running and no exception is set. In stress mode (Limits::gc_stress)
// it collects on every allocation, choosing the generation by the same rules.
void gc_collect_on_alloc();
inline void gc_alloc_trigger(Runtime& r) {
    GCState& gc = r.gc;
    const Generation& g0 = gc.generations[0];
    if ((g0.count > g0.threshold || r.limits.gc_stress) && gc.enabled && g0.threshold != 0 && !gc.collecting &&
        !r.error.type) {
        gc_collect_on_alloc();
    }
}

// The collection Py_FinalizeEx runs before it destroys the modules (CPython's PyGC_Collect):
// only when enabled, with the callbacks, keeping any exception that is set.
ssize_t gc_collect_if_enabled();
// A full collection without callbacks (CPython's _PyGC_CollectNoFail); 0 when already collecting.
ssize_t gc_collect_no_fail();
// Runtime teardown: releases gc.garbage and gc.callbacks, thaws the permanent generation and
// collects until nothing more is found, so that programs that leave cycles free everything.
void gc_fini();

// Called once the runtime has made its start-up objects: records how many tracked objects CPython
// has that heapscope does not (site, encodings, io... about 11,000), so that the long-lived rule
// sees generation 2 as large as CPython's and full collections run when they run in CPython.
void gc_note_startup_objects();
// Called when a script starts to compile: the generation counts become CPython's at that point,
// which its own start-up decides (its imports, and the collections they triggered), so that
// automatic collections come when they come in CPython. `import gc; print(gc.get_count())` as a
// whole program prints (249, 0, 2) under CPython 3.11.7 with the oracle's environment; the
// program's own compilation and `import gc` add the rest (tests/conformance/gc/count_at_start.py).
void gc_set_script_start_counts();
// len(gc.get_objects()) printed by `import gc; gc.collect(); print(len(gc.get_objects()))` under
// CPython 3.11.7, and what `import gc` and the __main__ module add to heapscope's start-up
// objects by then (tests/unit/runtime/gc_collector_test.cpp checks the sum).
constexpr ssize_t kCPythonTrackedAfterImportGc = 11092;
constexpr ssize_t kHeapscopeTrackedByImportGcAndMain = 24;

// ---- Introspection (the gc module and tests) ---------------------------------------------------

// Objects in a GC list (a generation's head).
ssize_t gc_list_size(const GCHeader* list);
// Appends every object of `from` to the tail of `to`, in order; `from` becomes empty.
void gc_list_merge(GCHeader* from, GCHeader* to);
// gc.freeze(): every generation moves to the permanent one (never collected) and count[0] = 0.
// gc.unfreeze(): the permanent generation moves back to the tail of generation 2.
void gc_freeze();
void gc_unfreeze();

// The invariant checker (CPython's validate_list and more): every generation list is a
// consistent circular list, every tracked object has a positive refcount and no collection
// flag. Returns an empty string when the heap is consistent, else what is wrong. Debug builds
// run list checks between the phases of every collection.
std::string gc_check_heap();

} // namespace hs

// The cyclic garbage collector: CPython 3.11's phases (Modules/gcmodule.c), one function each.
//
// A collection of generation g reads top-down in gc_collect_main():
//   merge gens 0..g  ->  deduce_unreachable (update_refs, subtract_refs, move_unreachable)
//   -> untrack_tuples -> survivors to gen g+1 (full collections: untrack_dicts)
//   -> move_legacy_finalizers -> handle_weakrefs -> finalize_garbage (__del__)
//   -> handle_resurrected_objects -> delete_garbage (tp_clear) -> clear free lists (gen 2).
// The list ORDER is part of the contract: it decides the order of __del__ calls and of
// tp_clear, which programs observe (shared/CPYTHON311.md §6).
//
// Nothing here recurses on the C++ stack in proportion to the heap: every phase is a loop over a
// list, and tp_traverse only visits an object's direct referents.
#include "runtime/collector.h"

#include "objects/container_util.h"
#include "objects/dictobject.h"
#include "objects/listobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "objects/weakrefobject.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/finalize.h"
#include "runtime/observer.h"
#include "objects/intobject.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace hs {

// ---- GC lists (circular, doubly linked, with a sentinel head) ----------------------------------

namespace {

inline void gc_list_init(GCHeader* list) { list->gc_next = list->gc_prev = list; }
inline bool gc_list_is_empty(const GCHeader* list) { return list->gc_next == list; }

inline void gc_list_append(GCHeader* node, GCHeader* list) {
    GCHeader* last = list->gc_prev;
    node->gc_prev = last;
    last->gc_next = node;
    node->gc_next = list;
    list->gc_prev = node;
}

// Moves node from whatever list it is in to the tail of `list`.
inline void gc_list_move(GCHeader* node, GCHeader* list) {
    node->gc_prev->gc_next = node->gc_next;
    node->gc_next->gc_prev = node->gc_prev;
    gc_list_append(node, list);
}

inline void gc_list_clear_collecting(GCHeader* list) {
    for (GCHeader* gc = list->gc_next; gc != list; gc = gc->gc_next) gc->gc_flags &= ~GC_COLLECTING;
}

GCState& gcstate() { return rt().gc; }

[[noreturn]] void gc_fatal(const char* what, Object* op) {
    std::fprintf(stderr, "heapscope: fatal error in the garbage collector: %s", what);
    if (op) std::fprintf(stderr, " (object %p of type '%s', refcount %td)", static_cast<void*>(op), type_name_of(op), op->ob_refcnt);
    std::fputc('\n', stderr);
    std::abort();
}

} // namespace

void gc_list_merge(GCHeader* from, GCHeader* to) {
    if (!gc_list_is_empty(from)) {
        GCHeader* to_tail = to->gc_prev;
        GCHeader* from_head = from->gc_next;
        GCHeader* from_tail = from->gc_prev;
        to_tail->gc_next = from_head;
        from_head->gc_prev = to_tail;
        from_tail->gc_next = to;
        to->gc_prev = from_tail;
    }
    gc_list_init(from);
}

ssize_t gc_list_size(const GCHeader* list) {
    ssize_t n = 0;
    for (const GCHeader* gc = list->gc_next; gc != list; gc = gc->gc_next) n++;
    return n;
}

// ---- The invariant checker ----------------------------------------------------------------------

// Checks that `head` is a consistent circular list whose objects have exactly the collection
// flags `flags` (GC_COLLECTING / GC_UNREACHABLE). Returns what is wrong, or "".
static std::string check_list(const GCHeader* head, uint32_t flags) {
    constexpr uint32_t mask = GC_COLLECTING | GC_UNREACHABLE;
    const GCHeader* prev = head;
    for (const GCHeader* gc = head->gc_next; gc != head; gc = gc->gc_next) {
        Object* op = from_gc(const_cast<GCHeader*>(gc));
        if (!gc->gc_next) return string_format("untracked object of type '%s' in a list", type_name_of(op));
        if (gc->gc_prev != prev) return string_format("gc_prev of a '%s' does not point to its predecessor", type_name_of(op));
        if ((gc->gc_flags & mask) != flags)
            return string_format("a '%s' has collection flags %u, expected %u", type_name_of(op), gc->gc_flags & mask, flags);
        if (op->ob_refcnt <= 0) return string_format("a tracked '%s' has refcount %td", type_name_of(op), op->ob_refcnt);
        if (!type_of(op)->tp_traverse) return string_format("a tracked '%s' has no tp_traverse", type_name_of(op));
        prev = gc;
    }
    if (head->gc_prev != prev) return "the list head's gc_prev is not the last object";
    return "";
}

std::string gc_check_heap() {
    GCState& gc = gcstate();
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        std::string problem = check_list(&gc.generations[i].head, 0);
        if (!problem.empty()) return string_format("generation %d: ", i) + problem;
    }
    std::string problem = check_list(&gc.permanent.head, 0);
    if (!problem.empty()) return "permanent generation: " + problem;
    return "";
}

namespace {

// CPython's validate_list: debug builds check every list between the phases of a collection.
#ifndef NDEBUG
void validate_list(const GCHeader* head, uint32_t flags) {
    std::string problem = check_list(head, flags);
    if (!problem.empty()) gc_fatal(problem.c_str(), nullptr);
}
#else
inline void validate_list(const GCHeader*, uint32_t) {}
#endif

constexpr uint32_t collecting_clear_unreachable_clear = 0;
constexpr uint32_t collecting_set_unreachable_clear = GC_COLLECTING;
constexpr uint32_t collecting_set_unreachable_set = GC_COLLECTING | GC_UNREACHABLE;

// ---- Phase 1: the reference counts seen from outside -------------------------------------------

// update_refs: after it, every object in `containers` has GC_COLLECTING and gc_refs equal to its
// reference count (> 0: a count of 0 would mean a dead object is still tracked). Returns how many
// objects the list holds (counted here so that no later phase walks the list only to count).
ssize_t update_refs(GCHeader* containers) {
    ssize_t n = 0;
    for (GCHeader* gc = containers->gc_next; gc != containers; gc = gc->gc_next, n++) {
        Object* op = from_gc(gc);
        gc->gc_refs = op->ob_refcnt;
        gc->gc_flags = (gc->gc_flags & ~GC_UNREACHABLE) | GC_COLLECTING;
        if (gc->gc_refs <= 0) gc_fatal("a tracked object has no references (freed while tracked?)", op);
    }
    return n;
}

int visit_decref(Object* op, void*) {
    if (object_is_gc(op)) {
        GCHeader* gc = as_gc(op);
        // Only objects of the set being collected have a meaningful gc_refs.
        if (gc->gc_flags & GC_COLLECTING) {
#ifndef NDEBUG
            if (gc->gc_refs <= 0) gc_fatal("refcount is too small (a tp_traverse visits a reference it does not own)", op);
#endif
            gc->gc_refs--;
        }
    }
    return 0;
}

// subtract_refs: after it, gc_refs is the number of references from OUTSIDE `containers`; the
// objects with gc_refs > 0 are directly reachable from outside and cannot be collected.
void subtract_refs(GCHeader* containers) {
    for (GCHeader* gc = containers->gc_next; gc != containers; gc = gc->gc_next) {
        Object* op = from_gc(gc);
        type_of(op)->tp_traverse(op, visit_decref, nullptr);
    }
}

// ---- Phase 2: reachability ---------------------------------------------------------------------

int visit_reachable(Object* op, void* arg) {
    if (!object_is_gc(op)) return 0;
    GCHeader* gc = as_gc(op);
    // Objects of other generations, and objects already scanned, are not COLLECTING.
    if (!(gc->gc_flags & GC_COLLECTING)) return 0;
    if (gc->gc_flags & GC_UNREACHABLE) {
        // Moved to `unreachable` earlier, but reachable after all: back to the TAIL of young, where
        // move_unreachable will scan it again.
        gc->gc_flags &= ~GC_UNREACHABLE;
        gc_list_move(gc, static_cast<GCHeader*>(arg));
        gc->gc_refs = 1;
    } else if (gc->gc_refs == 0) {
        // Not scanned yet: tell move_unreachable that it is reachable.
        gc->gc_refs = 1;
    }
    return 0;
}

// move_unreachable: after it, `young` holds the objects reachable from outside the original
// young (GC_COLLECTING cleared) and `unreachable` the others (GC_COLLECTING | GC_UNREACHABLE).
// Order: an object moved back from `unreachable` is appended to young's tail, so with x->y->z->x
// in list order x, y, z and only z referenced from outside, the survivors end up z, x, y.
// Returns the number of reachable objects (each is scanned exactly once).
ssize_t move_unreachable(GCHeader* young, GCHeader* unreachable) {
    ssize_t reachable = 0;
    GCHeader* gc = young->gc_next;
    // Invariant: every object to the left of gc in young is reachable and scanned; the others of
    // the original young to its left are in unreachable; gc and everything after it are unscanned.
    while (gc != young) {
        GCHeader* next;
        if (gc->gc_refs != 0) {
            Object* op = from_gc(gc);
            // The traversal may append objects to young, so gc's successor is read afterwards.
            type_of(op)->tp_traverse(op, visit_reachable, young);
            gc->gc_flags &= ~GC_COLLECTING;
            next = gc->gc_next;
            reachable++;
        } else {
            // Perhaps unreachable: assume so until something scanned later refers to it.
            next = gc->gc_next;
            gc_list_move(gc, unreachable);
            gc->gc_flags |= GC_UNREACHABLE;
        }
        gc = next;
    }
    return reachable;
}

// deduce_unreachable: splits `base` into what is reachable from outside it (left in base, flags
// clear) and the rest (`unreachable`, GC_COLLECTING | GC_UNREACHABLE). Stores both sizes.
// An observer (the first analysis of a collection only) sees gc_refs after subtract_refs and
// the unreachable set.
struct Split {
    ssize_t reachable = 0;
    ssize_t unreachable = 0;
};
Split deduce_unreachable(GCHeader* base, GCHeader* unreachable, Observer* observer = nullptr) {
    validate_list(base, collecting_clear_unreachable_clear);
    ssize_t n = update_refs(base);
    subtract_refs(base);
    if (observer) observer->on_gc_refs(base);
    gc_list_init(unreachable);
    ssize_t reachable = move_unreachable(base, unreachable);
    if (observer) observer->on_gc_unreachable(unreachable);
    validate_list(base, collecting_clear_unreachable_clear);
    validate_list(unreachable, collecting_set_unreachable_set);
    return Split{reachable, n - reachable};
}

// ---- Phase 3: untracking what can never be part of a cycle --------------------------------------

// untrack_tuples: after it, no exact tuple in `head` holds only untracked objects. The walk is in
// list order, so a tuple of tuples of atoms goes in the same pass when its items come first.
// Returns how many it untracked.
ssize_t untrack_tuples(GCHeader* head) {
    ssize_t untracked = 0;
    GCHeader* next;
    for (GCHeader* gc = head->gc_next; gc != head; gc = next) {
        next = gc->gc_next;
        Object* op = from_gc(gc);
        if (tuple_check_exact(op) && tuple_may_untrack(op)) {
            gc_untrack(op);
            untracked++;
        }
    }
    return untracked;
}

// untrack_dicts: after it, no exact dict in `head` holds only untracked keys and values. Only
// full collections run it (as CPython, to avoid quadratic work on dicts being built). Returns
// how many it untracked.
ssize_t untrack_dicts(GCHeader* head) {
    ssize_t untracked = 0;
    GCHeader* next;
    for (GCHeader* gc = head->gc_next; gc != head; gc = next) {
        next = gc->gc_next;
        Object* op = from_gc(gc);
        if (dict_check_exact(op) && gc_is_tracked(op)) {
            dict_maybe_untrack(op);
            if (!gc_is_tracked(op)) untracked++;
        }
    }
    return untracked;
}

// ---- Phase 4: what cannot be collected ----------------------------------------------------------

// Pre-PEP 442 finalizers (tp_del) make a cycle uncollectable. heapscope has none: __del__ is a
// tp_finalize, so this is always false and `finalizers` stays empty.
bool has_legacy_finalizer(Object*) { return false; }

// move_legacy_finalizers: clears GC_UNREACHABLE on every object of `unreachable` (it is a plain
// list afterwards) and moves those with a legacy finalizer to `finalizers` (flags cleared).
void move_legacy_finalizers(GCHeader* unreachable, GCHeader* finalizers) {
    GCHeader* next;
    for (GCHeader* gc = unreachable->gc_next; gc != unreachable; gc = next) {
        next = gc->gc_next;
        gc->gc_flags &= ~GC_UNREACHABLE;
        if (has_legacy_finalizer(from_gc(gc))) {
            gc->gc_flags &= ~GC_COLLECTING;
            gc_list_move(gc, finalizers);
        }
    }
}

int visit_move(Object* op, void* arg) {
    if (object_is_gc(op)) {
        GCHeader* gc = as_gc(op);
        if (gc->gc_flags & GC_COLLECTING) {
            gc->gc_flags &= ~GC_COLLECTING;
            gc_list_move(gc, static_cast<GCHeader*>(arg));
        }
    }
    return 0;
}

// move_legacy_finalizer_reachable: after it, everything in `unreachable` reachable from
// `finalizers` has been moved there too (the list grows while it is walked).
void move_legacy_finalizer_reachable(GCHeader* finalizers) {
    for (GCHeader* gc = finalizers->gc_next; gc != finalizers; gc = gc->gc_next) {
        Object* op = from_gc(gc);
        type_of(op)->tp_traverse(op, visit_move, finalizers);
    }
}

// ---- Phase 5: weak references -------------------------------------------------------------------

// handle_weakrefs: after it, no object in `unreachable` is weakly referenced: for each object in
// list order every weakref to it is cleared (ref() returns None), and so is every weakref object
// that is itself in `unreachable`. The callbacks of cleared weakrefs that are NOT garbage (not
// GC_COLLECTING) then run, per object newest weakref first, before any __del__; a weakref in the
// garbage never has its callback called. Each weakref whose callback runs is kept alive across
// the call and moved to `old` if it survives. Returns how many of them the callbacks freed (they
// count as collected). CPython's handle_weakrefs.
ssize_t handle_weakrefs(GCHeader* unreachable, GCHeader* old) {
    GCHeader wrcb_to_call;
    gc_list_init(&wrcb_to_call);
    // No callback may run before every weakref to the garbage is cleared: a callback could
    // otherwise reach an unreachable object through a weakref still alive.
    GCHeader* next;
    for (GCHeader* gc = unreachable->gc_next; gc != unreachable; gc = next) {
        Object* op = from_gc(gc);
        next = gc->gc_next;
        // A weakref in the garbage is cleared, so that its callback can never run later (during
        // tp_clear it could see objects already cleared).
        if (weakref_check(op)) weakref_clear_ref(static_cast<WeakRefObject*>(op));
        if (!type_supports_weakrefs(type_of(op))) continue;
        WeakRefObject** wrlist = weakref_list_ptr(op);
        // Clearing unlinks wr, so the list's head moves on each time.
        for (WeakRefObject* wr = *wrlist; wr; wr = *wrlist) {
            weakref_clear_ref(wr);
            if (!wr->wr_callback) continue;
            // A weakref that is garbage too: the pair goes away together, without the callback.
            if (as_gc(wr)->gc_flags & GC_COLLECTING) continue;
            incref(wr);
            gc_list_move(as_gc(wr), &wrcb_to_call);
        }
    }

    ssize_t num_freed = 0;
    while (!gc_list_is_empty(&wrcb_to_call)) {
        GCHeader* gc = wrcb_to_call.gc_next;
        auto* wr = static_cast<WeakRefObject*>(from_gc(gc));
        Object* callback = wr->wr_callback;
        Object* arg = wr;
        if (g_observer) g_observer->on_weakref_callback(wr);
        Ref result(object_call(callback, &arg, 1, nullptr));
        if (!result) write_unraisable(callback);
        // Our reference may be the last one (e.g. a WeakValueDictionary entry the callback
        // removed); a weakref freed here was reachable, so it was not counted yet.
        decref(wr);
        if (wrcb_to_call.gc_next == gc) {
            gc_list_move(gc, old);
        } else {
            num_freed++;
        }
    }
    return num_freed;
}

// ---- Phase 6: finalizers and resurrection -------------------------------------------------------

void debug_cycle(const char* msg, Object* op) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "gc: %s <%s %p>\n", msg, type_name_of(op), static_cast<void*>(op));
    if (rt().write_stderr) rt().write_stderr(buf);
}

// finalize_garbage: runs tp_finalize (__del__, generator close) once per object (PEP 442), in list
// order. Finalizers run arbitrary code that may free objects of the list or resurrect them, so
// each step takes the list's first object and moves it to `seen` before running its finalizer.
// After it, the objects still alive are back in `collectable`, in their order.
void finalize_garbage(GCHeader* collectable) {
    GCHeader seen;
    gc_list_init(&seen);
    while (!gc_list_is_empty(collectable)) {
        GCHeader* gc = collectable->gc_next;
        Object* op = from_gc(gc);
        gc_list_move(gc, &seen);
        if (!(gc->gc_flags & GC_FINALIZED) && type_of(op)->tp_finalize) {
            incref(op);
            call_finalizer(op);  // sets GC_FINALIZED; reports an exception as unraisable
            decref(op);
        }
    }
    gc_list_merge(&seen, collectable);
}

// handle_resurrected_objects: a finalizer may have made objects of `unreachable` reachable
// again. The reachability analysis runs once more on `unreachable` alone: what is reachable
// from outside it (the resurrected objects and everything they reach) goes to `old` and is not
// counted; the rest goes to `still_unreachable` (GC_COLLECTING set, in order). Returns the size
// of still_unreachable.
ssize_t handle_resurrected_objects(GCHeader* unreachable, GCHeader* still_unreachable, GCHeader* old) {
    gc_list_clear_collecting(unreachable);
    GCHeader* resurrected = unreachable;
    Split split = deduce_unreachable(resurrected, still_unreachable);
    // clear_unreachable_mask: still_unreachable becomes a plain list of COLLECTING objects.
    for (GCHeader* gc = still_unreachable->gc_next; gc != still_unreachable; gc = gc->gc_next)
        gc->gc_flags &= ~GC_UNREACHABLE;
    if (g_observer) g_observer->on_gc_resurrected(resurrected);
    validate_list(still_unreachable, collecting_set_unreachable_clear);
    gc_list_merge(resurrected, old);
    return split.unreachable;
}

// ---- Phase 7: breaking the cycles ---------------------------------------------------------------

// delete_garbage: calls tp_clear on each object of `collectable` in list order (with
// DEBUG_SAVEALL appends it to gc.garbage instead). Clearing drops references, so objects die by
// refcount and leave the list on their own; an object still first in the list after its turn is
// alive (referenced from elsewhere now) and moves to `old`. After it, `collectable` is empty.
void delete_garbage(GCState& gc, GCHeader* collectable, GCHeader* old) {
    while (!gc_list_is_empty(collectable)) {
        GCHeader* g = collectable->gc_next;
        Object* op = from_gc(g);
        if (op->ob_refcnt <= 0) gc_fatal("refcount is too small in delete_garbage", op);
        if (gc.debug & DEBUG_SAVEALL) {
            if (gc.garbage && list_append(gc.garbage, op) < 0) clear_error();
        } else if (inquiry clear = type_of(op)->tp_clear) {
            if (g_observer) g_observer->on_gc_clear(op);
            incref(op);
            clear(op);
            if (error_occurred()) write_unraisable(type_of(op));
            decref(op);
        }
        if (collectable->gc_next == g) {
            g->gc_flags &= ~GC_COLLECTING;
            gc_list_move(g, old);
        }
    }
    if (g_observer) g_observer->on_gc_clear_done();
}

// The free lists of tuples, lists and dicts are emptied by every full collection (their objects'
// memory is released, so gc.get_count() drops for each, if positive).
void clear_freelists() {
    tuple_clear_free_lists();
    list_clear_free_list();
    dict_clear_free_list();
}

void show_stats_each_generations(GCState& gc) {
    char buf[200];
    std::snprintf(buf, sizeof buf, "gc: objects in each generation: %td %td %td\ngc: objects in permanent generation: %td\n",
                  gc_list_size(&gc.generations[0].head), gc_list_size(&gc.generations[1].head),
                  gc_list_size(&gc.generations[2].head), gc_list_size(&gc.permanent.head));
    if (rt().write_stderr) rt().write_stderr(buf);
}

void write_stderr_text(const char* text) {
    if (rt().write_stderr) rt().write_stderr(text);
}

void dump_tracked_objects() {
    GCState& gc = gcstate();
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        GCHeader* head = &gc.generations[i].head;
        for (GCHeader* g = head->gc_next; g != head; g = g->gc_next) {
            Object* op = from_gc(g);
            std::fprintf(stderr, "gc: left in generation %d: <%s %p> refcount %td, refers to:", i, type_name_of(op),
                         static_cast<void*>(op), op->ob_refcnt);
            type_of(op)->tp_traverse(
                op,
                [](Object* o, void*) {
                    std::fprintf(stderr, " <%s %p>", type_name_of(o), static_cast<void*>(o));
                    return 0;
                },
                nullptr);
            std::fputc('\n', stderr);
        }
    }
}

} // namespace

// ---- The collection ------------------------------------------------------------------------------

ssize_t gc_collect_main(int generation, ssize_t* n_collected, ssize_t* n_uncollectable, bool nofail) {
    GCState& gc = gcstate();
    ssize_t m = 0;  // objects collected
    ssize_t n = 0;  // unreachable objects that could not be collected

    std::chrono::steady_clock::time_point t1;
    if (gc.debug & DEBUG_STATS) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "gc: collecting generation %d...\n", generation);
        write_stderr_text(buf);
        show_stats_each_generations(gc);
        t1 = std::chrono::steady_clock::now();
    }

    if (g_observer) {
        const int counts[3] = {gc.generations[0].count, gc.generations[1].count, gc.generations[2].count};
        g_observer->on_gc_start(generation, counts);
    }
    // Counters: this collection counts toward the next generation's threshold.
    if (generation + 1 < NUM_GENERATIONS) gc.generations[generation + 1].count += 1;
    for (int i = 0; i <= generation; i++) gc.generations[i].count = 0;

    // The younger generations join the one collected, appended in order (gen0, then gen1...).
    for (int i = 0; i < generation; i++) gc_list_merge(&gc.generations[i].head, &gc.generations[generation].head);

    GCHeader* young = &gc.generations[generation].head;
    GCHeader* old = generation < NUM_GENERATIONS - 1 ? &gc.generations[generation + 1].head : young;
    // Debug checks stay proportional to the work of the collection: the older generation, which
    // may be far larger than the young ones, is checked by full collections (where old == young).
    const bool check_old = old == young;
    if (check_old) validate_list(old, collecting_clear_unreachable_clear);

    GCHeader unreachable;
    Split split = deduce_unreachable(young, &unreachable, g_observer);

    ssize_t survivors = split.reachable - untrack_tuples(young);
    // Full collections also untrack dicts (only they do, to avoid quadratic work on dicts
    // being built).
    if (young == old) survivors -= untrack_dicts(young);
#ifndef NDEBUG
    if (survivors != gc_list_size(young)) gc_fatal("the survivor count is out of step with the list", nullptr);
#endif
    // The survivors move to the next generation.
    if (young != old) {
        if (generation == NUM_GENERATIONS - 2) gc.long_lived_pending += survivors;
        gc_list_merge(young, old);
    } else {
        gc.long_lived_pending = 0;
        // CPython's generation 2 also holds its start-up objects: see gc_note_startup_objects().
        gc.long_lived_total = survivors + gc.startup_objects_not_modelled;
    }

    // Everything in unreachable is garbage, except what legacy finalizers reach.
    GCHeader finalizers;
    gc_list_init(&finalizers);
    move_legacy_finalizers(&unreachable, &finalizers);
    move_legacy_finalizer_reachable(&finalizers);
    validate_list(&finalizers, collecting_clear_unreachable_clear);
    validate_list(&unreachable, collecting_set_unreachable_clear);

    if (gc.debug & DEBUG_COLLECTABLE) {
        for (GCHeader* g = unreachable.gc_next; g != &unreachable; g = g->gc_next) debug_cycle("collectable", from_gc(g));
    }

    m += handle_weakrefs(&unreachable, old);
    if (check_old) validate_list(old, collecting_clear_unreachable_clear);
    validate_list(&unreachable, collecting_set_unreachable_clear);

    finalize_garbage(&unreachable);

    GCHeader final_unreachable;
    // What is left is counted, then cleared (which breaks the cycles).
    m += handle_resurrected_objects(&unreachable, &final_unreachable, old);
    delete_garbage(gc, &final_unreachable, old);

    for (GCHeader* g = finalizers.gc_next; g != &finalizers; g = g->gc_next) {
        n++;
        if (gc.debug & DEBUG_UNCOLLECTABLE) debug_cycle("uncollectable", from_gc(g));
    }
    if (gc.debug & DEBUG_STATS) {
        double d = std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count();
        char buf[128];
        std::snprintf(buf, sizeof buf, "gc: done, %td unreachable, %td uncollectable, %.4fs elapsed\n", n + m, n, d);
        write_stderr_text(buf);
    }

    // handle_legacy_finalizers: uncollectable objects go to gc.garbage (all of them with
    // DEBUG_SAVEALL) and back to the old generation.
    for (GCHeader* g = finalizers.gc_next; g != &finalizers; g = g->gc_next) {
        Object* op = from_gc(g);
        if ((gc.debug & DEBUG_SAVEALL) || has_legacy_finalizer(op)) {
            if (gc.garbage && list_append(gc.garbage, op) < 0) {
                clear_error();
                break;
            }
        }
    }
    gc_list_merge(&finalizers, old);
    if (check_old) validate_list(old, collecting_clear_unreachable_clear);

    if (generation == NUM_GENERATIONS - 1) clear_freelists();

    if (error_occurred()) {
        if (nofail) {
            clear_error();
        } else {
            write_unraisable(nullptr);
        }
    }

    if (n_collected) *n_collected = m;
    if (n_uncollectable) *n_uncollectable = n;
    if (g_observer) g_observer->on_gc_done(m, n);
    GCGenerationStats& stats = gc.generation_stats[generation];
    stats.collections++;
    stats.collected += m;
    stats.uncollectable += n;
    return n + m;
}

namespace {

// Calls each of gc.callbacks with (phase, {"generation", "collected", "uncollectable"}).
// Errors are reported as unraisable and the other callbacks still run.
void invoke_gc_callback(const char* phase, int generation, ssize_t collected, ssize_t uncollectable) {
    GCState& gc = gcstate();
    if (!gc.callbacks) return;
    Ref info;
    if (list_size(gc.callbacks) != 0) {
        info = Ref(dict_new());
        bool ok = static_cast<bool>(info);
        const char* keys[3] = {"generation", "collected", "uncollectable"};
        const ssize_t values[3] = {generation, collected, uncollectable};
        for (int i = 0; ok && i < 3; i++) {
            Ref v(int_from_int64(values[i]));
            ok = v && dict_setitem_str(info.get(), keys[i], v.get()) == 0;
        }
        if (!ok) {
            write_unraisable(nullptr);
            return;
        }
    }
    // The list may change while the callbacks run: re-read its size at each step.
    for (ssize_t i = 0; i < list_size(gc.callbacks); i++) {
        Ref cb = Ref::borrowed(list_items(gc.callbacks)[i]);
        Ref phase_str(str_from_utf8(phase));
        if (!phase_str) {
            write_unraisable(cb.get());
            continue;
        }
        Object* args[2] = {phase_str.get(), info.get()};
        Ref r(object_call(cb.get(), args, 2, nullptr));
        if (!r) write_unraisable(cb.get());
    }
}

// CPython's gc_collect_generations without the collecting flag (the callers set it).
int choose_generation(const GCState& gc) {
    for (int i = NUM_GENERATIONS - 1; i >= 0; i--) {
        if (gc.generations[i].count > gc.generations[i].threshold) {
            // Long-lived objects: a full collection only when the survivors of young collections
            // since the last one are at least 25% of what the last one kept, so that the cost of
            // full collections stays linear in the number of allocations.
            if (i == NUM_GENERATIONS - 1 && gc.long_lived_pending < gc.long_lived_total / 4) continue;
            return i;
        }
    }
    return -1;
}

// The re-entry guard: no collection starts while one is running (callbacks and finalizers run
// inside collections, and may allocate or call gc.collect()).
class CollectingGuard {
public:
    explicit CollectingGuard(GCState& gc) : m_gc(gc) { m_gc.collecting = true; }
    ~CollectingGuard() { m_gc.collecting = false; }
    CollectingGuard(const CollectingGuard&) = delete;
    CollectingGuard& operator=(const CollectingGuard&) = delete;

private:
    GCState& m_gc;
};

} // namespace

ssize_t gc_collect_with_callback(int generation) {
    invoke_gc_callback("start", generation, 0, 0);
    ssize_t collected = 0;
    ssize_t uncollectable = 0;
    ssize_t result = gc_collect_main(generation, &collected, &uncollectable, false);
    invoke_gc_callback("stop", generation, collected, uncollectable);
    return result;
}

ssize_t gc_collect(int generation) {
    GCState& gc = gcstate();
    if (gc.collecting) return 0;
    CollectingGuard guard(gc);
    return gc_collect_with_callback(generation);
}

ssize_t gc_collect_generations() {
    int generation = choose_generation(gcstate());
    return generation < 0 ? 0 : gc_collect_with_callback(generation);
}

void gc_collect_on_alloc() {
    Runtime& r = rt();
    CollectingGuard guard(r.gc);
    int generation = choose_generation(r.gc);
    // Stress mode collects even when no threshold is exceeded.
    if (generation < 0 && r.limits.gc_stress) generation = 0;
    if (generation >= 0) gc_collect_with_callback(generation);
}

ssize_t gc_collect_if_enabled() {
    GCState& gc = gcstate();
    if (!gc.enabled || gc.collecting) return 0;
    CollectingGuard guard(gc);
    ErrorState saved = fetch_error();
    ssize_t n = gc_collect_with_callback(NUM_GENERATIONS - 1);
    restore_error(saved);
    return n;
}

ssize_t gc_collect_no_fail() {
    GCState& gc = gcstate();
    if (gc.collecting) return 0;
    CollectingGuard guard(gc);
    return gc_collect_main(NUM_GENERATIONS - 1, nullptr, nullptr, true);
}

void gc_fini() {
    GCState& gc = gcstate();
    gc.debug = 0;
    clear_ref(gc.garbage);
    clear_ref(gc.callbacks);
    gc_list_merge(&gc.permanent.head, &gc.generations[NUM_GENERATIONS - 1].head);
    // Each pass may run finalizers that free or create more garbage; __del__ runs once per object,
    // so this settles quickly. The bound only guards against finalizers that keep making cycles.
    for (int pass = 0; pass < 16; pass++) {
        if (gc_collect_no_fail() == 0) break;
    }
    // HEAPSCOPE_GC_LEFT=1 lists what survived: objects kept alive by a reference nobody
    // released (a refcount leak) show up here with their referents, to find the owner.
    if (std::getenv("HEAPSCOPE_GC_LEFT")) dump_tracked_objects();
}

void gc_note_startup_objects() {
    GCState& gc = gcstate();
    // CPython's start-up ran collections, which untracked its tuples of atoms (sys.version_info,
    // the constants of weakref's code): heapscope's start-up tuples go the same way, so that they
    // are neither in gc.get_objects() nor counted here.
    for (Generation& g : gc.generations) untrack_tuples(&g.head);
    ssize_t tracked = gc_list_size(&gc.permanent.head);
    for (const Generation& g : gc.generations) tracked += gc_list_size(&g.head);
    // What heapscope will have at the same point as kCPythonTrackedAfterImportGc.
    tracked += kHeapscopeTrackedByImportGcAndMain;
    gc.startup_objects_not_modelled = tracked < kCPythonTrackedAfterImportGc ? kCPythonTrackedAfterImportGc - tracked : 0;
}

void gc_set_script_start_counts() {
    // What CPython's start-up leaves, less what heapscope's `import gc` and compilation add.
    constexpr int kCounts[NUM_GENERATIONS] = {223, 0, 2};
    GCState& gc = gcstate();
    for (int i = 0; i < NUM_GENERATIONS; i++) gc.generations[i].count = kCounts[i];
}

// ---- gc.freeze() ---------------------------------------------------------------------------------

void gc_freeze() {
    GCState& gc = gcstate();
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        gc_list_merge(&gc.generations[i].head, &gc.permanent.head);
        gc.generations[0].count = 0;
    }
}

void gc_unfreeze() {
    GCState& gc = gcstate();
    gc_list_merge(&gc.permanent.head, &gc.generations[NUM_GENERATIONS - 1].head);
}

} // namespace hs

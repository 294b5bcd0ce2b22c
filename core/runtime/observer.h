// The observation hooks: how the observation API (core/observe/) watches a running program.
//
// The runtime calls an Observer at a few points: each traced step of the eval loop (the events
// sys.settrace sees), each object born or released, each phase of a collection, each finalizer,
// sys.getrefcount, and the end of the program. When nothing observes (g_observer is null, as in
// `heapscope run`), every hook is one predictable branch on that null pointer.
//
// Observers must not change the program: no Python objects allocated, no references kept, no
// Python code run. The one exception is stopping it: on_step may set an error and return -1;
// with `stopping` set, the eval loop runs no exception handler (no except, finally or __exit__),
// so the program unwinds to the top at once and every later Call or Line step fails again.
#pragma once

#include "runtime/object.h"

#include <cstdint>

namespace hs {

struct Frame;
struct GCHeader;

// A step, as sys.settrace names its events (plus Exit, after module finalization).
enum class StepKind : uint8_t { Call, Line, Return, Exception, Exit };

// What stopped the program or made it raise, for the limit event.
enum class LimitKind : uint8_t { Memory, Recursion };

class Observer {
public:
    virtual ~Observer() = default;

    // A step in `frame` (the innermost one). Return: `value` is the returned or yielded value
    // (nullptr when the frame unwinds with an exception). Exception: the error is set, except
    // when a subgenerator finished a `yield from` (its StopIteration is never made an object):
    // then `value` is the StopIteration's value. Returns -1 with an error set to stop.
    virtual int on_step(StepKind kind, Frame* frame, Object* value) = 0;
    // After runtime teardown has finalized and freed the program's objects.
    virtual void on_exit() = 0;

    // Object lifetimes: an object was initialized (allocated, or reused from a free list), or its
    // memory was released (or put back on a free list).
    virtual void on_object_new(Object* o) = 0;
    virtual void on_object_free(Object* o) = 0;
    // The object at `from` now lives at `o` (a tuple resized in place of a new one, as CPython's
    // _PyTuple_Resize): the same object, at a new address; `from` is no longer valid memory.
    virtual void on_object_moved(const Object* from, Object* o) = 0;

    // A collection of `generation` starts (counts already reset for it).
    virtual void on_gc_start(int generation, const int counts_before[3]) = 0;
    // After subtract_refs: gc_refs of every candidate holds its references from outside.
    virtual void on_gc_refs(GCHeader* candidates) = 0;
    // After move_unreachable: the objects found unreachable.
    virtual void on_gc_unreachable(GCHeader* unreachable) = 0;
    // After the finalizers ran: objects of `resurrected` were made reachable again.
    virtual void on_gc_resurrected(GCHeader* resurrected) = 0;
    // delete_garbage clears `o` (tp_clear); frees while clearing are the collector's.
    virtual void on_gc_clear(Object* o) = 0;
    virtual void on_gc_clear_done() = 0;
    virtual void on_gc_done(int64_t collected, int64_t uncollectable) = 0;

    // tp_finalize (__del__, or closing a generator) is about to run on o.
    virtual void on_finalizer(Object* o) = 0;
    // A weakref's callback is about to be called (the weakref module calls it).
    virtual void on_weakref_callback(Object* weakref) { (void)weakref; }
    // sys.getrefcount(o) is answering.
    virtual void on_getrefcount(Object* o) = 0;
    // CPython's eval breaker: each backward jump of a loop. Returns -1 with an error set to stop
    // (a loop on one line makes no new step, so on_step alone could not end it).
    virtual int on_eval_breaker() { return 0; }
    // A limit of the runtime was reached (the error is being set).
    virtual void on_limit(LimitKind kind) = 0;

    // Set when the observer stops the program: exception handlers no longer run.
    bool stopping = false;
};

// The observer of the current program, or nullptr.
extern Observer* g_observer;

} // namespace hs

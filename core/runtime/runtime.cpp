// Creating and destroying a runtime.
//
// Static types, their dicts and descriptors, and the interned strings they use are made once
// per process by a bootstrap runtime that is never destroyed: every program shares them, as
// every CPython program shares the builtin types. Each program then gets its own Runtime with
// its own builtins and sys modules, free lists and GC generations.
#include "runtime/runtime.h"

#if !defined(__EMSCRIPTEN__)
#include <sys/resource.h>
#endif

#include "objects/dictobject.h"
#include "objects/exceptions.h"
#include "objects/instance.h"
#include "objects/listobject.h"
#include "objects/tupleobject.h"
#include "objects/moduleobject.h"
#include "objects/sliceobject.h"
#include "objects/strobject.h"
#include "modules/build_class.h"
#include "runtime/allocator.h"
#include "runtime/collector.h"
#include "runtime/errors.h"
#include "runtime/init_types.h"
#include "runtime/observer.h"
#include "runtime/types_registry.h"
#include "vm/frame.h"
#include "vm/shutdown.h"

namespace hs {

Runtime* g_runtime = nullptr;

void frame_stack_destroy(Runtime& r);

// Module constructors (core/modules/).
Object* builtins_module_create();
Object* sys_module_create();

namespace {

Runtime* g_bootstrap = nullptr;
DictObject* g_interned = nullptr;

void init_generations(GCState& gc) {
    const int thresholds[3] = {700, 10, 10};
    for (int i = 0; i < 3; i++) {
        Generation& g = gc.generations[i];
        g.head.gc_next = g.head.gc_prev = &g.head;
        g.threshold = thresholds[i];
        g.count = 0;
    }
    gc.permanent.head.gc_next = gc.permanent.head.gc_prev = &gc.permanent.head;
}

// Objects made during bootstrap live for the whole process: detach them from the bootstrap
// generations so no program's collector ever sees them.
void detach_bootstrap_objects(GCState& gc) {
    for (Generation& g : gc.generations) {
        GCHeader* head = &g.head;
        while (head->gc_next != head) gc_untrack(from_gc(head->gc_next));
        g.count = 0;
    }
}

void bootstrap() {
    g_bootstrap = new Runtime();
    g_bootstrap->limits.heap_budget = UINT64_MAX;
    g_bootstrap->heap = &startup_heap();
    init_generations(g_bootstrap->gc);
    // Collector hook: no automatic collection while the static types are being built.
    g_bootstrap->gc.enabled = false;
    g_runtime = g_bootstrap;
    init_all_static_types();
    g_interned = static_cast<DictObject*>(dict_new());
    g_bootstrap->interned = g_interned;
    for (TypeObject* t : static_types()) {
        if (type_ready(t) < 0) {
            // Readying builtin types cannot fail short of running out of memory at start-up.
            std::abort();
        }
    }
    detach_bootstrap_objects(g_bootstrap->gc);
}

// The interned dict outlives programs but holds only their strings (the shared names are
// immortal and kept elsewhere), so it is empty once they are gone. Its table was allocated by
// the programs that filled it: give it back, so that this runtime's heap ends empty and the next
// program starts from the same state (runtime/allocator.h).
void release_interned_table(Runtime& r) {
    if (r.interned && dict_size(r.interned) == 0) dict_clear(r.interned);
}

// Native: the stack grows down from about here (runtime_create runs near the bottom of the
// call chain) for as long as the process's stack limit allows, less a margin.
uintptr_t c_stack_limit_from_here() {
#if defined(__EMSCRIPTEN__)
    return 0;
#else
    auto here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
    rlimit limit{};
    size_t size = 8u << 20;
    if (getrlimit(RLIMIT_STACK, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) size = limit.rlim_cur;
    return size > 2 * kCStackMargin && here > size ? here - (size - kCStackMargin) : 0;
#endif
}

void drain_free_lists() {
    tuple_clear_free_lists();
    list_clear_free_list();
    dict_clear_free_list();
}
} // namespace

void runtime_bootstrap() {
    if (g_bootstrap) return;
    bootstrap();
    // The first runtime fills process-wide caches (the start-up modules' compiled code...), which
    // changes what it allocates. A runtime nobody sees goes first, so that every program starts
    // from the same process state and gets the same addresses (runtime/allocator.h).
    Observer* observer = std::exchange(g_observer, nullptr);
    runtime_destroy(runtime_create(Limits{}, nullptr, nullptr));
    g_observer = observer;
}

Runtime* runtime_create(Limits limits, OutputSink out, OutputSink err, Heap* heap) {
    runtime_bootstrap();
    auto* r = new Runtime();
    r->limits = limits;
    r->heap = heap ? heap : &default_heap();
    r->recursion_limit = limits.recursion_limit;
    r->c_stack_limit = c_stack_limit_from_here();
    r->write_stdout = std::move(out);
    r->write_stderr = std::move(err);
    r->interned = g_interned;
    r->exc_base = new ExcStackItem();
    r->exc_info = r->exc_base;
    init_generations(r->gc);
    g_runtime = r;

    exceptions_runtime_init();
    r->modules = static_cast<DictObject*>(dict_new());
    Ref builtins(builtins_module_create());
    if (!r->modules || !builtins) std::abort();
    r->builtins = static_cast<DictObject*>(newref(module_dict(builtins.get())));
    if (add_build_class(r->builtins) < 0) std::abort();
    dict_setitem_str(r->modules, "builtins", builtins.get());
    Ref sys(sys_module_create());
    if (!sys) std::abort();
    dict_setitem_str(r->modules, "sys", sys.get());
    r->sysdict = newref(module_dict(sys.get()));
    // weakref, atexit and time, which CPython's site has imported before the program runs.
    if (import_startup_modules() < 0) std::abort();
    slice_runtime_init();
    // Collector hook: CPython's start-up objects that heapscope does not have (long-lived rule).
    gc_note_startup_objects();
    return r;
}

void runtime_destroy(Runtime* r) {
    Runtime* previous = g_runtime;
    g_runtime = r;
    clear_error();
    // atexit, the collections and the module teardown of CPython's Py_FinalizeEx: the __del__
    // methods, weakref callbacks and finalizers left at exit run in CPython's order.
    finalize_interpreter();
    clear_error();
    clear_ref(r->builtins);
    clear_ref(r->sysdict);
    clear_ref(r->modules);
    if (r->exc_base) clear_ref(r->exc_base->exc_value);
    clear_ref(r->thread_dict);  // PyThreadState_Clear
    for (ArgParserState& parser : r->arg_parsers) clear_ref(parser.kwtuple);  // _PyArg_Fini
    r->arg_parsers.clear();
    // The type lookup cache holds names; classes are about to go.
    type_lookup_cache_clear();
    // Collector hook: collect the cycles that are left, so that everything is freed.
    gc_fini();
    // Classes of the program unregister themselves as they die; none should be left.
    for (StaticSubclass& s : r->static_subclasses) decref(s.ref);
    r->static_subclasses.clear();
    release_interned_table(*r);
    drain_free_lists();
    slice_clear_cache();
    // Observation hook: the program's objects are finalized and freed (the "exit" step).
    if (g_observer) g_observer->on_exit();
    exceptions_runtime_fini();
    frame_stack_destroy(*r);
    delete r->exc_base;
    g_runtime = previous == r ? nullptr : previous;
    delete r;
}

Object* handled_exception() {
    // The innermost exception being handled, looking through generators' own exc_info items.
    for (ExcStackItem* item = rt().exc_info; item; item = item->previous_item) {
        Object* v = item->exc_value;
        if (v && v != None()) return v;
    }
    return nullptr;
}

namespace {

// RecursionError "maximum recursion depth exceeded<where>", reported to the observer; returns -1.
int raise_recursion_error(const char* where) {
    if (g_observer) g_observer->on_limit(LimitKind::Recursion);
    set_error_format(&RecursionErrorType, "maximum recursion depth exceeded%s", where);
    return -1;
}

} // namespace

int enter_recursive_call(const char* where) {
    Runtime& r = rt();
    if (++r.recursion_depth > r.recursion_limit) {
        --r.recursion_depth;
        return raise_recursion_error(where);
    }
    return 0;
}

int enter_c_recursion(const char* where) {
    Runtime& r = rt();
    ++r.c_recursion_depth;
#if defined(__EMSCRIPTEN__)
    bool too_deep = r.c_recursion_depth > kWasmCRecursionLimit;
#else
    bool too_deep = reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) < r.c_stack_limit;
#endif
    if (too_deep) {
        --r.c_recursion_depth;
        return raise_recursion_error(where);
    }
    return 0;
}

} // namespace hs

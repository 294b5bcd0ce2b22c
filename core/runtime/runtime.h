// The interpreter's global state (CPython's PyInterpreterState + PyThreadState in one).
//
// One Runtime exists per running program. Builtin types and singletons are static and shared;
// every object a program creates belongs to the Runtime that created it and is freed (or
// reported as leaked) when that Runtime shuts down.
#pragma once

#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/object.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace hs {

class Heap;
struct DictObject;
struct Frame;
struct FrameStack;
struct ExcStackItem;

// One generation of the cyclic collector.
struct Generation {
    GCHeader head;      // sentinel of a circular doubly linked list
    int threshold = 0;
    int count = 0;
};

// What gc.get_stats() reports for one generation.
struct GCGenerationStats {
    ssize_t collections = 0;
    ssize_t collected = 0;
    ssize_t uncollectable = 0;
};

struct GCState {
    Generation generations[3];
    Generation permanent;       // gc.freeze()
    bool enabled = true;
    bool collecting = false;
    ssize_t long_lived_total = 0;
    ssize_t long_lived_pending = 0;
    // The collector's side of the gc module (runtime/collector.h).
    int debug = 0;                   // gc.set_debug() flags
    Object* garbage = nullptr;       // gc.garbage (a list), made with the gc module
    Object* callbacks = nullptr;     // gc.callbacks (a list), made with the gc module
    GCGenerationStats generation_stats[3];
    // Tracked objects CPython has after start-up and heapscope does not create: the long-lived
    // rule counts them as part of generation 2 (runtime/collector.cpp).
    ssize_t startup_objects_not_modelled = 0;
};

struct Limits {
    uint64_t max_steps = 0;            // 0: unlimited; counted per executed line
    uint64_t heap_budget = 512u << 20; // bytes of object memory before MemoryError
    int recursion_limit = 1000;
    // Collect on every GC allocation (runtime/collector.h), to find missing references. Changes
    // gc.get_count() and what collect() returns, so count-dependent outputs differ.
    bool gc_stress = false;
};

using OutputSink = std::function<void(std::string_view)>;

// A call registered with atexit.register() (modules/atexitmodule.cpp); the references are owned.
struct AtexitCallback {
    Object* func;
    Object* args;    // tuple
    Object* kwargs;  // dict or nullptr
};

// One builtin's argument parser once it has been used: its keyword-name tuple (runtime/args.h).
struct ArgSpec;
struct ArgParserState {
    const ArgSpec* spec;
    Object* kwtuple;  // owned
};

// A class whose base is a static type, registered as its subclass (objects/subclasses.h).
struct StaticSubclass {
    TypeObject* base;
    TypeObject* type;
    Object* ref;  // owned weakref to `type`
};

struct Runtime {
    Limits limits;
    ErrorState error;             // the exception being raised
    int recursion_depth = 0;      // Python frames + C re-entries, as 3.11 counts them
    int recursion_limit = 1000;
    int c_recursion_depth = 0;    // unchecked C recursion in progress (enter_c_recursion)
    uintptr_t c_stack_limit = 0;  // native: the lowest address C recursion may reach
    uint64_t heap_used = 0;       // bytes of object memory in use (against limits.heap_budget)
    Heap* heap = nullptr;         // where this runtime's objects get their memory
    uint64_t steps = 0;

    GCState gc;
    // Trashcan (runtime/gc.h).
    int trash_delete_nesting = 0;
    Object* trash_delete_later = nullptr;

    DictObject* interned = nullptr;   // str -> str, the interned strings
    DictObject* builtins = nullptr;   // the builtins module's dict
    DictObject* modules = nullptr;    // sys.modules
    Object* sysdict = nullptr;        // the sys module's namespace, even once sys.modules is emptied at exit
    Object* main_module = nullptr;
    Object* thread_dict = nullptr;   // CPython's PyThreadState_GetDict(), made on first use (repr_guard.cpp)
    std::vector<StaticSubclass> static_subclasses;
    std::vector<ArgParserState> arg_parsers;  // the builtins' parsers used so far (runtime/args.h)
    std::vector<AtexitCallback> atexit_callbacks;  // run newest first when the program ends
    Frame* current_frame = nullptr;   // innermost executing frame
    FrameStack* frame_stack = nullptr;
    ExcStackItem* exc_info = nullptr; // the exception being handled (sys.exc_info()), per generator
    ExcStackItem* exc_base = nullptr; // the bottom of that stack

    // The references run_main's C stack holds while __main__ runs (borrowed here, null outside
    // the run): the heap auditor counts them as the interpreter's holders (observe/heap_audit.h).
    struct MainRun {
        Object* module = nullptr;
        Object* function = nullptr;
        Object* ast_arena = nullptr;
    } main_run;

    OutputSink write_stdout;
    OutputSink write_stderr;
    std::string script_path;          // as shown in tracebacks: File "<script_path>"
    std::string source;               // the program's text, for traceback source lines

    // Free lists, as CPython 3.11 keeps them (they decide gc.get_count()).
    static constexpr int TUPLE_MAXSAVESIZE = 20;
    static constexpr int TUPLE_MAXFREELIST = 2000;
    Object* tuple_free_list[TUPLE_MAXSAVESIZE] = {};
    int tuple_numfree[TUPLE_MAXSAVESIZE] = {};
    static constexpr int LIST_MAXFREELIST = 80;
    Object* list_free_list[LIST_MAXFREELIST] = {};
    int list_numfree = 0;
    static constexpr int DICT_MAXFREELIST = 80;
    Object* dict_free_list[DICT_MAXFREELIST] = {};
    int dict_numfree = 0;
};

extern Runtime* g_runtime;
inline Runtime& rt() { return *g_runtime; }

// The exception an except block is handling (sys.exc_info()[1]), or nullptr (borrowed).
Object* handled_exception();

// Makes the process-wide state every runtime shares (static types, their dicts, interned names)
// if it does not exist yet. runtime_create calls it; observers call it first so that they never
// see those objects being made.
void runtime_bootstrap();
// Creates the runtime (builtin types ready, builtins and sys modules made) and makes it current.
// Its objects get their memory from `heap` (default_heap() if null), which must outlive it: a
// program started on an empty heap gets the same addresses on every run (runtime/allocator.h).
Runtime* runtime_create(Limits limits, OutputSink out, OutputSink err, Heap* heap = nullptr);
// Frees every object of the program and the runtime itself.
void runtime_destroy(Runtime* runtime);

// Counts a Python-level or C-level re-entry; sets RecursionError past the limit (returns -1).
int enter_recursive_call(const char* where);
inline void leave_recursive_call() { --rt().recursion_depth; }

// C recursion that CPython runs without a depth check (hashing a tuple nested in tuples) uses
// the C stack alone, and CPython crashes when it runs out. heapscope raises RecursionError
// "maximum recursion depth exceeded<where>" instead (returns -1): natively when less than
// kCStackMargin bytes of the stack are left (deeper than CPython survives), and in WebAssembly
// past kWasmCRecursionLimit levels, since the browser's worker has about a megabyte of stack
// for wasm and JS frames together (docs/differences.md).
inline constexpr size_t kCStackMargin = 1u << 20;
inline constexpr int kWasmCRecursionLimit = 2000;
int enter_c_recursion(const char* where);
inline void leave_c_recursion() { --rt().c_recursion_depth; }

} // namespace hs

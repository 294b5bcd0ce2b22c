// Memory for objects, and the GC header of container objects.
//
// A GC object is allocated with a GCHeader in front of it, as CPython's PyGC_Head. The header
// is in one of these states:
//   - untracked: gc_next == nullptr (never tracked, or untracked by its dealloc or the collector);
//   - tracked: linked into exactly one generation list (gc_next/gc_prev), gc_refs unused;
//   - collecting: linked into a collector's working list, gc_refs holds the count being
//     computed (runtime/collector.cpp documents its phases).
// The allocation counters (gc.get_count()) move exactly as CPython's: +1 when a GC object is
// allocated, -1 (if positive) when a GC object's memory is released. Free lists bypass both.
#pragma once

#include "runtime/object.h"
#include "runtime/typeobject.h"

namespace hs {

// Aligned so that the object after it is 16-byte aligned on every target, as obmalloc's blocks.
struct alignas(16) GCHeader {
    GCHeader* gc_next = nullptr;
    GCHeader* gc_prev = nullptr;
    ssize_t gc_refs = 0;
    uint32_t gc_flags = 0;    // GCFlag bits
    uint32_t alloc_size = 0;  // bytes allocated for the object behind this header (heap budget)
};
static_assert(sizeof(GCHeader) % 16 == 0);

enum GCFlag : uint32_t {
    GC_FINALIZED = 1u << 0,    // tp_finalize (__del__) already ran (PEP 442)
    GC_UNREACHABLE = 1u << 1,  // in the collector's unreachable list
};

inline GCHeader* as_gc(Object* o) { return reinterpret_cast<GCHeader*>(o) - 1; }
inline Object* from_gc(GCHeader* g) { return reinterpret_cast<Object*>(g + 1); }
inline bool gc_is_tracked(Object* o) { return as_gc(o)->gc_next != nullptr; }

// Allocates `size` bytes for an object of a GC type (header in front), counts the
// allocation, and sets ob_refcnt = 1 and ob_type = type. Returns nullptr with MemoryError set
// when the heap budget is exhausted. May run an automatic collection first.
Object* gc_alloc(TypeObject* type, size_t size);
// Releases the memory of a GC object (untracked already) and uncounts it.
void gc_free(Object* o);
// PyObject_GC_Resize: reallocates an UNTRACKED GC object to `size` bytes (the object may move;
// no change to the GC counts). nullptr with MemoryError set on failure (o is unchanged).
Object* gc_resize(Object* o, size_t size);
// Links o into generation 0 / unlinks it. Both are idempotent.
void gc_track(Object* o);
void gc_untrack(Object* o);

// Allocates / releases a non-GC object.
Object* object_alloc(TypeObject* type, size_t size);
void object_free(Object* o);

// Raw memory owned by objects (list item arrays, dict tables...), counted in the heap budget.
// Return nullptr with MemoryError set when the budget is exhausted.
void* mem_alloc(size_t bytes);
void* mem_realloc(void* p, size_t old_bytes, size_t new_bytes);
void mem_free(void* p, size_t bytes);

// ---- Deallocation without unbounded recursion (CPython's trashcan) --------------------------
// Container deallocs bracket their body with trashcan_begin/trashcan_end. Past a nesting depth
// of 50, the object is put on a list and destroyed later by the outermost dealloc, so freeing a
// million-long chain never recurses deeply, with the same order as CPython.
bool trashcan_begin(Object* o);  // true: deferred, the dealloc must return at once
void trashcan_end();

} // namespace hs

// Object memory: allocation with the heap budget, GC headers and generation lists, and the
// trashcan that keeps deallocation of long chains from recursing deeply. Every byte a program's
// objects use comes through here, from the runtime's Heap (runtime/allocator.h).
#include "runtime/gc.h"

#include "runtime/allocator.h"
#include "runtime/collector.h"  // collector hook: the allocation trigger
#include "runtime/errors.h"
#include "runtime/observer.h"
#include "runtime/runtime.h"

#include <cstdlib>
#include <new>

namespace hs {

namespace {

// Non-GC objects get a small prefix that remembers their allocation size.
struct PlainHeader {
    uint64_t alloc_size;
    uint64_t padding;
};
static_assert(sizeof(PlainHeader) == 16);

bool reserve(size_t bytes) {
    Runtime& r = rt();
    if (r.heap_used + bytes > r.limits.heap_budget) {
        if (g_observer) g_observer->on_limit(LimitKind::Memory);
        return false;
    }
    r.heap_used += bytes;
    return true;
}

// The memory itself: from the runtime's heap, or from malloc under AddressSanitizer.
void* raw_alloc(size_t bytes) {
    if (kObjectsUseSystemMalloc) return std::malloc(bytes ? bytes : 1);
    return rt().heap->allocate(bytes);
}

void* raw_realloc(void* p, size_t old_bytes, size_t new_bytes) {
    if (kObjectsUseSystemMalloc) return std::realloc(p, new_bytes ? new_bytes : 1);
    return rt().heap->reallocate(p, old_bytes, new_bytes);
}

void raw_free(void* p, size_t bytes) {
    if (kObjectsUseSystemMalloc) {
        std::free(p);
    } else {
        Heap::release(p, bytes);
    }
}

void init_object(Object* o, TypeObject* type) {
    o->ob_refcnt = 1;
    o->ob_type = type;
    // Instances keep their class alive, as CPython's _PyObject_Init does for heap types.
    if (type_has_flag(type, TPFLAGS_HEAPTYPE)) incref(type);
}

void list_append_tail(GCHeader* head, GCHeader* g) {
    GCHeader* last = head->gc_prev;
    g->gc_prev = last;
    g->gc_next = head;
    last->gc_next = g;
    head->gc_prev = g;
}

} // namespace

Object* gc_alloc(TypeObject* type, size_t size) {
    size_t total = sizeof(GCHeader) + size;
    if (!reserve(total)) {
        no_memory();
        return nullptr;
    }
    void* mem = raw_alloc(total);
    if (!mem) {
        rt().heap_used -= total;
        no_memory();
        return nullptr;
    }
    auto* g = new (mem) GCHeader();
    g->alloc_size = static_cast<uint32_t>(total);
    // CPython counts every GC allocation, tracked or not (gc.get_count()).
    Runtime& r = rt();
    r.gc.generations[0].count++;
    // Collector hook: the automatic collection (CPython's _PyObject_GC_Link), before the new
    // object exists, so it is neither tracked nor seen (runtime/collector.h).
    gc_alloc_trigger(r);
    Object* o = from_gc(g);
    init_object(o, type);
    if (g_observer) g_observer->on_object_new(o);
    return o;
}

void gc_free(Object* o) {
    if (g_observer) g_observer->on_object_free(o);
    GCHeader* g = as_gc(o);
    Runtime& r = rt();
    if (r.gc.generations[0].count > 0) r.gc.generations[0].count--;
    r.heap_used -= g->alloc_size;
    raw_free(g, g->alloc_size);
}

Object* gc_resize(Object* o, size_t size) {
    GCHeader* g = as_gc(o);
    Runtime& r = rt();
    size_t old_total = g->alloc_size;
    size_t total = sizeof(GCHeader) + size;
    if (total > old_total && !reserve(total - old_total)) {
        no_memory();
        return nullptr;
    }
    void* mem = raw_realloc(g, old_total, total);
    if (!mem) {
        if (total > old_total) r.heap_used -= total - old_total;
        no_memory();
        return nullptr;
    }
    if (total < old_total) r.heap_used -= old_total - total;
    g = static_cast<GCHeader*>(mem);
    g->alloc_size = static_cast<uint32_t>(total);
    Object* moved = from_gc(g);
    if (g_observer && moved != o) g_observer->on_object_moved(o, moved);
    return moved;
}

void gc_track(Object* o) {
    GCHeader* g = as_gc(o);
    if (g->gc_next) return;
    list_append_tail(&rt().gc.generations[0].head, g);
}

void gc_untrack(Object* o) {
    GCHeader* g = as_gc(o);
    if (!g->gc_next) return;
    g->gc_prev->gc_next = g->gc_next;
    g->gc_next->gc_prev = g->gc_prev;
    g->gc_next = nullptr;
    g->gc_prev = nullptr;
    // Collector hook: an untracked object keeps only GC_FINALIZED, as CPython's
    // _PyObject_GC_UNTRACK, so no collection flag survives into a free list's reuse.
    g->gc_flags &= GC_FINALIZED;
}

Object* object_alloc(TypeObject* type, size_t size) {
    size_t total = sizeof(PlainHeader) + size;
    if (!reserve(total)) {
        no_memory();
        return nullptr;
    }
    void* mem = raw_alloc(total);
    if (!mem) {
        rt().heap_used -= total;
        no_memory();
        return nullptr;
    }
    auto* h = static_cast<PlainHeader*>(mem);
    h->alloc_size = total;
    auto* o = reinterpret_cast<Object*>(h + 1);
    init_object(o, type);
    if (g_observer) g_observer->on_object_new(o);
    return o;
}

void object_free(Object* o) {
    if (g_observer) g_observer->on_object_free(o);
    auto* h = reinterpret_cast<PlainHeader*>(o) - 1;
    rt().heap_used -= h->alloc_size;
    raw_free(h, h->alloc_size);
}

void* mem_alloc(size_t bytes) {
    if (!reserve(bytes)) {
        no_memory();
        return nullptr;
    }
    void* p = raw_alloc(bytes);
    if (!p) {
        rt().heap_used -= bytes;
        no_memory();
    }
    return p;
}

void* mem_realloc(void* p, size_t old_bytes, size_t new_bytes) {
    if (new_bytes > old_bytes && !reserve(new_bytes - old_bytes)) {
        no_memory();
        return nullptr;
    }
    void* q = raw_realloc(p, old_bytes, new_bytes);
    if (!q) {
        if (new_bytes > old_bytes) rt().heap_used -= new_bytes - old_bytes;
        no_memory();
        return nullptr;
    }
    if (new_bytes < old_bytes) rt().heap_used -= old_bytes - new_bytes;
    return q;
}

void mem_free(void* p, size_t bytes) {
    if (!p) return;
    rt().heap_used -= bytes;
    raw_free(p, bytes);
}

// ---- Trashcan (CPython 3.11's _PyTrash_begin/_PyTrash_end) ----------------------------------
// Deposited objects are untracked, so their gc_prev is free to chain them.

namespace {
constexpr int TRASH_UNWIND_LEVEL = 50;

void destroy_chain() {
    Runtime& r = rt();
    ++r.trash_delete_nesting;
    while (Object* op = r.trash_delete_later) {
        r.trash_delete_later = reinterpret_cast<Object*>(as_gc(op)->gc_prev);
        as_gc(op)->gc_prev = nullptr;
        op->ob_type->tp_dealloc(op);
    }
    --r.trash_delete_nesting;
}
} // namespace

bool trashcan_begin(Object* o) {
    Runtime& r = rt();
    if (r.trash_delete_nesting >= TRASH_UNWIND_LEVEL) {
        as_gc(o)->gc_prev = reinterpret_cast<GCHeader*>(r.trash_delete_later);
        r.trash_delete_later = o;
        return true;
    }
    ++r.trash_delete_nesting;
    return false;
}

void trashcan_end() {
    Runtime& r = rt();
    --r.trash_delete_nesting;
    if (r.trash_delete_later && r.trash_delete_nesting <= 0) destroy_chain();
}

} // namespace hs

// list: storage and growth (list_resize, exact preallocation), the free list, deallocation,
// and the sequence/mapping protocols. Methods and the type object are in list_methods.cpp,
// sorting in list_sort.cpp.
#include "objects/listobject.h"

#include "objects/container_util.h"
#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/list_impl.h"
#include "objects/sliceobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/observer.h"
#include "runtime/runtime.h"

#include <cstring>
#include <limits>
#include <string>

namespace hs {

TypeObject ListType;

// CPython's PyMem_Realloc(p, 0) returns a valid non-NULL block, so a list shrunk to nothing by
// list_resize keeps ob_item != NULL while a cleared list has ob_item == NULL; list.extend only
// preallocates exactly in the second case. This sentinel plays the role of that block.
Object* g_list_zero_items[1];

namespace {

constexpr ssize_t kMaxItems = std::numeric_limits<ssize_t>::max() / static_cast<ssize_t>(sizeof(Object*));

inline ListObject* as_list(Object* o) { return static_cast<ListObject*>(o); }

} // namespace

void list_free_items(Object** items, ssize_t allocated) {
    if (items && items != g_list_zero_items) mem_free(items, static_cast<size_t>(allocated) * sizeof(Object*));
}

// Changes the item array to hold `newsize` items, with CPython 3.11's over-allocation. Items
// beyond the old size are left uninitialized; the caller fills them.
int list_resize(ListObject* self, ssize_t newsize) {
    ssize_t allocated = self->allocated;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        self->ob_size = newsize;
        return 0;
    }
    if (newsize > kMaxItems) {
        no_memory();
        return -1;
    }
    // Over-allocate by ~1/8 plus a little, rounded down to a multiple of 4; but when growing by
    // more than that over-allocation, allocate just what is needed (rounded up to 4).
    ssize_t new_allocated = (newsize + (newsize >> 3) + 6) & ~ssize_t{3};
    if (newsize - self->ob_size > new_allocated - newsize) new_allocated = (newsize + 3) & ~ssize_t{3};
    if (newsize == 0) new_allocated = 0;
    if (new_allocated > kMaxItems) {
        no_memory();
        return -1;
    }
    Object** items;
    if (new_allocated == 0) {
        list_free_items(self->ob_item, allocated);
        items = g_list_zero_items;
    } else if (!self->ob_item || self->ob_item == g_list_zero_items) {
        items = static_cast<Object**>(mem_alloc(static_cast<size_t>(new_allocated) * sizeof(Object*)));
    } else {
        items = static_cast<Object**>(mem_realloc(self->ob_item, static_cast<size_t>(allocated) * sizeof(Object*),
                                                  static_cast<size_t>(new_allocated) * sizeof(Object*)));
    }
    if (!items) return -1;
    self->ob_item = items;
    self->ob_size = newsize;
    self->allocated = new_allocated;
    return 0;
}

// list_preallocate_exact: an empty list with no item array gets exactly `size` slots, rounded
// up to an even number.
int list_preallocate_exact(ListObject* self, ssize_t size) {
    size = (size + 1) & ~ssize_t{1};
    if (size > kMaxItems) {
        no_memory();
        return -1;
    }
    auto* items = static_cast<Object**>(mem_alloc(static_cast<size_t>(size) * sizeof(Object*)));
    if (!items) return -1;
    self->ob_item = items;
    self->allocated = size;
    return 0;
}

// ---- Creation and the free list ---------------------------------------------------------------

// PyList_New(0): from the free list when possible (no GC count), tracked.
static ListObject* list_alloc_empty() {
    Runtime& r = rt();
    ListObject* op;
    if (r.list_numfree > 0) {
        op = as_list(r.list_free_list[--r.list_numfree]);
        op->ob_refcnt = 1;
        if (g_observer) g_observer->on_object_new(op);
    } else {
        op = static_cast<ListObject*>(gc_alloc(&ListType, sizeof(ListObject)));
        if (!op) return nullptr;
    }
    op->ob_size = 0;
    op->ob_item = nullptr;
    op->allocated = 0;
    return op;
}

Object* list_new(ssize_t n) {
    ListObject* op = list_alloc_empty();
    if (!op) return nullptr;
    if (n > 0) {
        if (n > kMaxItems) {
            decref(op);
            return no_memory();
        }
        auto* items = static_cast<Object**>(mem_alloc(static_cast<size_t>(n) * sizeof(Object*)));
        if (!items) {
            decref(op);
            return nullptr;
        }
        std::memset(items, 0, static_cast<size_t>(n) * sizeof(Object*));
        op->ob_item = items;
        op->ob_size = n;
        op->allocated = n;
    }
    gc_track(op);
    return op;
}

// list_new_prealloc: an empty list (size 0) with room for exactly `size` items.
ListObject* list_new_prealloc(ssize_t size) {
    ListObject* op = list_alloc_empty();
    if (!op) return nullptr;
    gc_track(op);
    if (size > 0) {
        if (size > kMaxItems) {
            decref(op);
            no_memory();
            return nullptr;
        }
        auto* items = static_cast<Object**>(mem_alloc(static_cast<size_t>(size) * sizeof(Object*)));
        if (!items) {
            decref(op);
            return nullptr;
        }
        op->ob_item = items;
        op->allocated = size;
    }
    return op;
}

void list_clear_free_list() {
    Runtime& r = rt();
    while (r.list_numfree > 0) gc_free(r.list_free_list[--r.list_numfree]);
}

// _list_clear: empties the list first (a decref may run code that looks at it), then releases
// the items last to first.
int list_clear_items(Object* self) {
    ListObject* a = as_list(self);
    Object** item = a->ob_item;
    if (item) {
        ssize_t i = a->ob_size;
        ssize_t allocated = a->allocated;
        a->ob_size = 0;
        a->ob_item = nullptr;
        a->allocated = 0;
        while (--i >= 0) xdecref(item[i]);
        list_free_items(item, allocated);
    }
    return 0;
}

void list_dealloc(Object* self) {
    ListObject* op = as_list(self);
    gc_untrack(self);
    if (trashcan_begin(self)) return;
    if (op->ob_item) {
        // Backwards, as CPython: the last item is released first.
        ssize_t i = op->ob_size;
        while (--i >= 0) xdecref(op->ob_item[i]);
        list_free_items(op->ob_item, op->allocated);
        op->ob_item = nullptr;
    }
    Runtime& r = rt();
    if (r.list_numfree < Runtime::LIST_MAXFREELIST && list_check_exact(self)) {
        if (g_observer) g_observer->on_object_free(self);
        r.list_free_list[r.list_numfree++] = self;
    } else {
        gc_free(self);
    }
    trashcan_end();
}

int list_traverse(Object* self, visitproc visit, void* arg) {
    ListObject* o = as_list(self);
    for (ssize_t i = o->ob_size; --i >= 0;) HS_VISIT(o->ob_item[i]);
    return 0;
}

// ---- Appending and extending ------------------------------------------------------------------

int list_append_steal(ListObject* self, Object* item) {
    ssize_t n = self->ob_size;
    if (self->allocated > n) {
        self->ob_item[n] = item;
        self->ob_size = n + 1;
        return 0;
    }
    if (list_resize(self, n + 1) < 0) {
        decref(item);
        return -1;
    }
    self->ob_item[n] = item;
    return 0;
}

int list_append(Object* list, Object* item) { return list_append_steal(as_list(list), newref(item)); }

int list_insert_at(ListObject* self, ssize_t where, Object* v) {
    ssize_t n = self->ob_size;
    if (list_resize(self, n + 1) < 0) return -1;
    if (where < 0) {
        where += n;
        if (where < 0) where = 0;
    }
    if (where > n) where = n;
    Object** items = self->ob_item;
    for (ssize_t i = n; --i >= where;) items[i + 1] = items[i];
    items[where] = newref(v);
    return 0;
}

int list_extend(Object* list, Object* iterable) {
    ListObject* self = as_list(list);
    // Lists and tuples are copied directly (extending a list by itself works: the source is
    // read after the resize and only its first n items are copied).
    if (list_check_exact(iterable) || tuple_check_exact(iterable) || iterable == list) {
        ssize_t n = list_check_exact(iterable) || iterable == list ? list_size(iterable) : tuple_size(iterable);
        if (n == 0) return 0;
        ssize_t m = self->ob_size;
        if (!self->ob_item) {
            if (list_preallocate_exact(self, n) < 0) return -1;
            self->ob_size = n;
        } else if (list_resize(self, m + n) < 0) {
            return -1;
        }
        Object** src = tuple_check_exact(iterable) ? tuple_items(iterable) : as_list(iterable)->ob_item;
        Object** dest = self->ob_item + m;
        for (ssize_t i = 0; i < n; i++) dest[i] = newref(src[i]);
        return 0;
    }

    Ref it(object_get_iter(iterable));
    if (!it) return -1;
    iternextfunc iternext = type_of(it.get())->tp_iternext;

    // Guess the result size to allocate once.
    ssize_t n = object_length_hint(iterable, 8);
    if (n < 0) return -1;
    ssize_t m = self->ob_size;
    if (m > std::numeric_limits<ssize_t>::max() - n) {
        // m + n overflowed: n lied, ignore it.
    } else if (!self->ob_item) {
        if (n && list_preallocate_exact(self, n) < 0) return -1;
    } else {
        if (list_resize(self, m + n) < 0) return -1;
        self->ob_size = m;
    }

    for (;;) {
        Object* item = iternext(it.get());
        if (!item) {
            if (error_occurred()) {
                if (!error_matches(&StopIterationType)) return -1;
                clear_error();
            }
            break;
        }
        if (self->ob_size < self->allocated) {
            self->ob_item[self->ob_size] = item;
            self->ob_size++;
        } else if (list_append_steal(self, item) < 0) {
            return -1;
        }
    }
    // Cut back if the guess was too large.
    if (self->ob_size < self->allocated) {
        if (list_resize(self, self->ob_size) < 0) return -1;
    }
    return 0;
}

Object* sequence_list(Object* iterable) {
    Object* result = list_new(0);
    if (!result) return nullptr;
    if (list_extend(result, iterable) < 0) {
        decref(result);
        return nullptr;
    }
    return result;
}

Object* list_as_tuple(Object* list) {
    ssize_t n = list_size(list);
    Object* t = tuple_new(n);
    if (!t) return nullptr;
    Object** src = list_items(list);
    Object** dst = tuple_items(t);
    for (ssize_t i = 0; i < n; i++) dst[i] = newref(src[i]);
    return t;
}

// PySequence_Fast: the list or tuple itself, or a new list of the iterable's items.
Object* sequence_fast(Object* v, const char* message) {
    if (list_check_exact(v) || tuple_check_exact(v)) return newref(v);
    Object* r = sequence_list(v);
    if (!r && error_matches(&TypeErrorType)) {
        clear_error();
        set_error(&TypeErrorType, message);
    }
    return r;
}

// ---- Slices -----------------------------------------------------------------------------------

Object* list_slice(ListObject* a, ssize_t ilow, ssize_t ihigh) {
    ssize_t len = ihigh - ilow;
    if (len <= 0) return list_new(0);
    ListObject* np = list_new_prealloc(len);
    if (!np) return nullptr;
    Object** src = a->ob_item + ilow;
    Object** dest = np->ob_item;
    for (ssize_t i = 0; i < len; i++) dest[i] = newref(src[i]);
    np->ob_size = len;
    return np;
}

// list_ass_slice: a[ilow:ihigh] = v (v == nullptr deletes). Removed items are released after
// the list is consistent again, last to first.
int list_ass_slice(ListObject* a, ssize_t ilow, ssize_t ihigh, Object* v) {
    if (v == a) {
        // a[i:j] = a: copy first.
        Ref copy(list_slice(a, 0, a->ob_size));
        if (!copy) return -1;
        return list_ass_slice(a, ilow, ihigh, copy.get());
    }
    Ref v_fast;
    Object** vitem = nullptr;
    ssize_t n = 0;
    if (v) {
        v_fast.reset(sequence_fast(v, "can only assign an iterable"));
        if (!v_fast) return -1;
        if (list_check_exact(v_fast.get())) {
            n = list_size(v_fast.get());
            vitem = list_items(v_fast.get());
        } else {
            n = tuple_size(v_fast.get());
            vitem = tuple_items(v_fast.get());
        }
    }
    if (ilow < 0) ilow = 0;
    else if (ilow > a->ob_size) ilow = a->ob_size;
    if (ihigh < ilow) ihigh = ilow;
    else if (ihigh > a->ob_size) ihigh = a->ob_size;

    ssize_t norig = ihigh - ilow;
    ssize_t d = n - norig;
    if (a->ob_size + d == 0) return list_clear_items(a);

    Object* recycle_on_stack[8];
    Object** recycle = recycle_on_stack;
    size_t s = static_cast<size_t>(norig) * sizeof(Object*);
    Object** item = a->ob_item;
    if (s) {
        if (norig > 8) {
            recycle = static_cast<Object**>(mem_alloc(s));
            if (!recycle) return -1;
        }
        std::memcpy(recycle, &item[ilow], s);
    }
    int result = -1;
    if (d < 0) {  // delete -d items
        size_t tail = static_cast<size_t>(a->ob_size - ihigh) * sizeof(Object*);
        std::memmove(&item[ihigh + d], &item[ihigh], tail);
        if (list_resize(a, a->ob_size + d) < 0) {
            std::memmove(&item[ihigh], &item[ihigh + d], tail);
            std::memcpy(&item[ilow], recycle, s);
            goto done;
        }
        item = a->ob_item;
    } else if (d > 0) {  // insert d items
        ssize_t k = a->ob_size;
        if (list_resize(a, k + d) < 0) goto done;
        item = a->ob_item;
        std::memmove(&item[ihigh + d], &item[ihigh], static_cast<size_t>(k - ihigh) * sizeof(Object*));
    }
    for (ssize_t k = 0; k < n; k++, ilow++) item[ilow] = xnewref(vitem[k]);
    for (ssize_t k = norig - 1; k >= 0; --k) xdecref(recycle[k]);
    result = 0;
done:
    if (recycle != recycle_on_stack) mem_free(recycle, s);
    return result;
}

// ---- Sequence protocol ------------------------------------------------------------------------

ssize_t list_length(Object* self) { return as_list(self)->ob_size; }

int list_contains(Object* self, Object* el) {
    ListObject* a = as_list(self);
    int cmp = 0;
    for (ssize_t i = 0; cmp == 0 && i < a->ob_size; ++i) {
        Object* item = a->ob_item[i];
        incref(item);
        cmp = object_richcompare_bool(item, el, Py_EQ);
        decref(item);
    }
    return cmp;
}

Object* list_concat(Object* self, Object* bb) {
    if (!list_check(bb)) {
        set_error_format(&TypeErrorType, "can only concatenate list (not \"%s\") to list", type_name_of(bb));
        return nullptr;
    }
    ListObject* a = as_list(self);
    ListObject* b = as_list(bb);
    ssize_t size = a->ob_size + b->ob_size;
    if (size == 0) return list_new(0);
    ListObject* np = list_new_prealloc(size);
    if (!np) return nullptr;
    Object** dest = np->ob_item;
    for (ssize_t i = 0; i < a->ob_size; i++) dest[i] = newref(a->ob_item[i]);
    dest += a->ob_size;
    for (ssize_t i = 0; i < b->ob_size; i++) dest[i] = newref(b->ob_item[i]);
    np->ob_size = size;
    return np;
}

Object* list_repeat(Object* self, ssize_t n) {
    ListObject* a = as_list(self);
    if (n < 0) n = 0;
    if (n > 0 && a->ob_size > kMaxItems / n) return no_memory();
    ssize_t size = a->ob_size * n;
    if (size == 0) return list_new(0);
    ListObject* np = list_new_prealloc(size);
    if (!np) return nullptr;
    Object** dest = np->ob_item;
    if (a->ob_size == 1) {
        Object* elem = a->ob_item[0];
        for (ssize_t i = 0; i < n; i++) dest[i] = elem;
        elem->ob_refcnt += n;
    } else {
        for (ssize_t i = 0; i < n; i++)
            for (ssize_t j = 0; j < a->ob_size; j++) *dest++ = newref(a->ob_item[j]);
    }
    np->ob_size = size;
    return np;
}

Object* list_inplace_concat(Object* self, Object* other) {
    if (list_extend(self, other) < 0) return nullptr;
    return newref(self);
}

Object* list_inplace_repeat(Object* self, ssize_t n) {
    ListObject* a = as_list(self);
    ssize_t size = a->ob_size;
    if (size == 0 || n == 1) return newref(self);
    if (n < 1) {
        list_clear_items(self);
        return newref(self);
    }
    if (size > kMaxItems / n) return no_memory();
    if (list_resize(a, size * n) < 0) return nullptr;
    ssize_t p = size;
    Object** items = a->ob_item;
    for (ssize_t i = 1; i < n; i++)
        for (ssize_t j = 0; j < size; j++) items[p++] = newref(items[j]);
    return newref(self);
}

// ---- Subscripts -------------------------------------------------------------------------------

static Object* list_index_error() {
    set_error(&IndexErrorType, "list index out of range");
    return nullptr;
}

Object* list_item(Object* self, ssize_t i) {
    ListObject* a = as_list(self);
    if (static_cast<size_t>(i) >= static_cast<size_t>(a->ob_size)) return list_index_error();
    return newref(a->ob_item[i]);
}

Object* list_subscript(Object* self, Object* item) {
    ListObject* a = as_list(self);
    if (index_check(item)) {
        ssize_t i = index_as_ssize(item, &IndexErrorType);
        if (i == -1 && error_occurred()) return nullptr;
        if (i < 0) i += a->ob_size;
        return list_item(self, i);
    }
    if (slice_check(item)) {
        ssize_t start, stop, step, slicelength;
        if (slice_unpack_indices(item, a->ob_size, &start, &stop, &step, &slicelength) < 0) return nullptr;
        if (slicelength <= 0) return list_new(0);
        if (step == 1) return list_slice(a, start, stop);
        ListObject* result = list_new_prealloc(slicelength);
        if (!result) return nullptr;
        Object** src = a->ob_item;
        Object** dest = result->ob_item;
        for (ssize_t cur = start, i = 0; i < slicelength; cur += step, i++) dest[i] = newref(src[cur]);
        result->ob_size = slicelength;
        return result;
    }
    set_error_format(&TypeErrorType, "list indices must be integers or slices, not %s", type_name_of(item));
    return nullptr;
}

static int list_ass_item(ListObject* a, ssize_t i, Object* v) {
    if (static_cast<size_t>(i) >= static_cast<size_t>(a->ob_size)) {
        set_error(&IndexErrorType, "list assignment index out of range");
        return -1;
    }
    if (!v) return list_ass_slice(a, i, i + 1, nullptr);
    setref(a->ob_item[i], newref(v));
    return 0;
}

// del a[start:stop:step] for step != 1; the removed items are released in index order.
static int list_delete_extended(ListObject* self, ssize_t start, ssize_t stop, ssize_t step, ssize_t slicelength) {
    if (slicelength <= 0) return 0;
    if (step < 0) {
        stop = start + 1;
        start = stop + step * (slicelength - 1) - 1;
        step = -step;
    }
    size_t bytes = static_cast<size_t>(slicelength) * sizeof(Object*);
    auto** garbage = static_cast<Object**>(mem_alloc(bytes));
    if (!garbage) return -1;
    // Move the items that stay: step-1 of them after each removed one, then the tail.
    size_t cur = static_cast<size_t>(start);
    ssize_t i = 0;
    for (; cur < static_cast<size_t>(stop); cur += static_cast<size_t>(step), i++) {
        ssize_t lim = step - 1;
        garbage[i] = self->ob_item[cur];
        if (cur + static_cast<size_t>(step) >= static_cast<size_t>(self->ob_size))
            lim = self->ob_size - static_cast<ssize_t>(cur) - 1;
        std::memmove(self->ob_item + cur - i, self->ob_item + cur + 1, static_cast<size_t>(lim) * sizeof(Object*));
    }
    cur = static_cast<size_t>(start) + static_cast<size_t>(slicelength) * static_cast<size_t>(step);
    if (cur < static_cast<size_t>(self->ob_size)) {
        std::memmove(self->ob_item + cur - slicelength, self->ob_item + cur,
                     (static_cast<size_t>(self->ob_size) - cur) * sizeof(Object*));
    }
    self->ob_size -= slicelength;
    int res = list_resize(self, self->ob_size);
    for (i = 0; i < slicelength; i++) decref(garbage[i]);
    mem_free(garbage, bytes);
    return res;
}

static int list_assign_extended(ListObject* self, ssize_t start, ssize_t step, ssize_t slicelength, Object* value) {
    Ref seq;
    if (value == self) seq.reset(list_slice(self, 0, self->ob_size));
    else seq.reset(sequence_fast(value, "must assign iterable to extended slice"));
    if (!seq) return -1;
    bool is_list = list_check_exact(seq.get());
    ssize_t n = is_list ? list_size(seq.get()) : tuple_size(seq.get());
    if (n != slicelength) {
        set_error_format(&ValueErrorType, "attempt to assign sequence of size %zd to extended slice of size %zd", n,
                         slicelength);
        return -1;
    }
    if (!slicelength) return 0;
    size_t bytes = static_cast<size_t>(slicelength) * sizeof(Object*);
    auto** garbage = static_cast<Object**>(mem_alloc(bytes));
    if (!garbage) return -1;
    Object** seqitems = is_list ? list_items(seq.get()) : tuple_items(seq.get());
    Object** selfitems = self->ob_item;
    ssize_t cur = start;
    for (ssize_t i = 0; i < slicelength; cur += step, i++) {
        garbage[i] = selfitems[cur];
        selfitems[cur] = newref(seqitems[i]);
    }
    for (ssize_t i = 0; i < slicelength; i++) decref(garbage[i]);
    mem_free(garbage, bytes);
    return 0;
}

int list_ass_subscript(Object* self, Object* item, Object* value) {
    ListObject* a = as_list(self);
    if (index_check(item)) {
        ssize_t i = index_as_ssize(item, &IndexErrorType);
        if (i == -1 && error_occurred()) return -1;
        if (i < 0) i += a->ob_size;
        return list_ass_item(a, i, value);
    }
    if (slice_check(item)) {
        ssize_t start, stop, step;
        if (slice_unpack(item, &start, &stop, &step) < 0) return -1;
        ssize_t slicelength = slice_adjust_indices(a->ob_size, &start, &stop, step);
        if (step == 1) return list_ass_slice(a, start, stop, value);
        // Make sure s[5:2] = [..] inserts at the right place: before 5, not before 2.
        if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
        if (!value) return list_delete_extended(a, start, stop, step, slicelength);
        return list_assign_extended(a, start, step, slicelength, value);
    }
    set_error_format(&TypeErrorType, "list indices must be integers or slices, not %s", type_name_of(item));
    return -1;
}

// ---- Comparison and repr ----------------------------------------------------------------------

Object* list_richcompare(Object* v, Object* w, int op) {
    if (!list_check(v) || !list_check(w)) return newref(NotImplemented());
    ListObject* vl = as_list(v);
    ListObject* wl = as_list(w);
    if (vl->ob_size != wl->ob_size && (op == Py_EQ || op == Py_NE)) return new_bool(op == Py_NE);
    // Search for the first index where items are different.
    ssize_t i;
    for (i = 0; i < vl->ob_size && i < wl->ob_size; i++) {
        Object* vitem = vl->ob_item[i];
        Object* witem = wl->ob_item[i];
        if (vitem == witem) continue;
        incref(vitem);
        incref(witem);
        int k = object_richcompare_bool(vitem, witem, Py_EQ);
        decref(vitem);
        decref(witem);
        if (k < 0) return nullptr;
        if (!k) break;
    }
    if (i >= vl->ob_size || i >= wl->ob_size) {
        // No more items to compare: compare sizes.
        ssize_t a = vl->ob_size, b = wl->ob_size;
        bool r = false;
        switch (op) {
        case Py_LT: r = a < b; break;
        case Py_LE: r = a <= b; break;
        case Py_EQ: r = a == b; break;
        case Py_NE: r = a != b; break;
        case Py_GT: r = a > b; break;
        case Py_GE: r = a >= b; break;
        }
        return new_bool(r);
    }
    if (op == Py_EQ) return new_bool(false);
    if (op == Py_NE) return new_bool(true);
    // Compare the final item again using the proper operator.
    return object_richcompare(vl->ob_item[i], wl->ob_item[i], op);
}

Object* list_repr(Object* self) {
    ListObject* v = as_list(self);
    if (v->ob_size == 0) return str_from_ascii("[]");
    int status = repr_enter(self);
    if (status != 0) return status > 0 ? str_from_ascii("[...]") : nullptr;
    std::string text = "[";
    // The list may change size while its items' reprs run: re-read the size each time.
    for (ssize_t i = 0; i < v->ob_size; ++i) {
        if (i > 0) text += ", ";
        Object* s = object_repr(v->ob_item[i]);
        if (!s) {
            repr_leave(self);
            return nullptr;
        }
        text += str_view(s);
        decref(s);
    }
    text += ']';
    repr_leave(self);
    return str_from_utf8(text);
}

} // namespace hs

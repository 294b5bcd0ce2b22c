// tuple: items inline after the header, CPython 3.11's free lists (one per length 1..20, 2000
// tuples each; length 20 is pushed but never popped, as in 3.11), the shared empty tuple, and
// the xxHash-based tuple hash.
#include "objects/tupleobject.h"

#include "objects/container_util.h"
#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/iterobject.h"
#include "objects/listobject.h"
#include "objects/sliceobject.h"
#include "objects/strobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/observer.h"
#include "runtime/runtime.h"
#include "runtime/types_registry.h"

#include <cstring>
#include <limits>
#include <string>

namespace hs {

TypeObject TupleType;
TypeObject TupleIterType;

namespace {

// The empty tuple is statically allocated, never tracked and never freed (CPython's
// _Py_SINGLETON(tuple_empty)). The GC header in front lets gc_is_tracked() be asked about it.
struct EmptyTupleStorage {
    GCHeader gc;
    TupleObject tuple;
};
EmptyTupleStorage g_empty_tuple;

inline TupleObject* empty_tuple() { return &g_empty_tuple.tuple; }
inline TupleObject* as_tuple(Object* o) { return static_cast<TupleObject*>(o); }

constexpr ssize_t kMaxItems =
    (std::numeric_limits<ssize_t>::max() - static_cast<ssize_t>(sizeof(TupleObject))) / static_cast<ssize_t>(sizeof(Object*));

inline size_t tuple_bytes(ssize_t n) { return sizeof(TupleObject) + static_cast<size_t>(n) * sizeof(Object*); }

// maybe_freelist_pop + PyObject_GC_NewVar: an untracked tuple of `size` (> 0) uninitialized items.
TupleObject* tuple_alloc(ssize_t size) {
    if (size < Runtime::TUPLE_MAXSAVESIZE) {
        Runtime& r = rt();
        ssize_t index = size - 1;
        if (Object* op = r.tuple_free_list[index]) {
            // The free list is linked through the first item.
            r.tuple_free_list[index] = tuple_items(op)[0];
            r.tuple_numfree[index]--;
            op->ob_refcnt = 1;
            if (g_observer) g_observer->on_object_new(op);
            return as_tuple(op);
        }
    }
    if (size > kMaxItems) {
        no_memory();
        return nullptr;
    }
    auto* op = static_cast<TupleObject*>(gc_alloc(&TupleType, tuple_bytes(size)));
    if (!op) return nullptr;
    op->ob_size = size;
    return op;
}

// maybe_freelist_push: lengths 1..20 of the exact type, up to 2000 per length.
bool tuple_freelist_push(TupleObject* op) {
    if (op->ob_size == 0) return false;
    ssize_t index = op->ob_size - 1;
    Runtime& r = rt();
    if (index < Runtime::TUPLE_MAXSAVESIZE && r.tuple_numfree[index] < Runtime::TUPLE_MAXFREELIST &&
        type_of(op) == &TupleType) {
        if (g_observer) g_observer->on_object_free(op);
        tuple_items(op)[0] = r.tuple_free_list[index];
        r.tuple_free_list[index] = op;
        r.tuple_numfree[index]++;
        return true;
    }
    return false;
}

// A tracked tuple holding new references to src[0..n).
Object* tuple_from_array(Object* const* src, ssize_t n) {
    if (n == 0) return tuple_empty();
    TupleObject* t = tuple_alloc(n);
    if (!t) return nullptr;
    Object** dst = tuple_items(t);
    for (ssize_t i = 0; i < n; i++) dst[i] = newref(src[i]);
    gc_track(t);
    return t;
}

} // namespace

Object* tuple_new(ssize_t n) {
    if (n == 0) return tuple_empty();
    TupleObject* t = tuple_alloc(n);
    if (!t) return nullptr;
    std::memset(tuple_items(t), 0, static_cast<size_t>(n) * sizeof(Object*));
    gc_track(t);
    return t;
}

Object* tuple_empty() { return newref(static_cast<Object*>(empty_tuple())); }

Object* tuple_pack(std::initializer_list<Object*> items) {
    ssize_t n = static_cast<ssize_t>(items.size());
    if (n == 0) return tuple_empty();
    TupleObject* t = tuple_alloc(n);
    if (!t) return nullptr;
    Object** dst = tuple_items(t);
    for (Object* o : items) *dst++ = newref(o);
    gc_track(t);
    return t;
}

void tuple_clear_free_lists() {
    Runtime& r = rt();
    for (int i = 0; i < Runtime::TUPLE_MAXSAVESIZE; i++) {
        Object* p = r.tuple_free_list[i];
        r.tuple_free_list[i] = nullptr;
        r.tuple_numfree[i] = 0;
        while (p) {
            Object* next = tuple_items(p)[0];
            gc_free(p);
            p = next;
        }
    }
}

bool tuple_may_untrack(Object* t) {
    ssize_t n = tuple_size(t);
    Object** items = tuple_items(t);
    for (ssize_t i = 0; i < n; i++) {
        Object* elt = items[i];
        // A tuple under construction (nullptr items) must stay tracked.
        if (!elt || object_may_be_tracked(elt)) return false;
    }
    return true;
}

// _PyTuple_Resize for a tuple this code owns alone (refcount 1, exact type).
int tuple_resize(Object** pv, ssize_t newsize) {
    Object* v = *pv;
    ssize_t oldsize = tuple_size(v);
    if (oldsize == newsize) return 0;
    if (newsize == 0) {
        decref(v);
        *pv = tuple_empty();
        return 0;
    }
    if (oldsize == 0) {
        decref(v);
        *pv = tuple_new(newsize);
        return *pv ? 0 : -1;
    }
    if (newsize > kMaxItems) {
        *pv = nullptr;
        decref(v);
        no_memory();
        return -1;
    }
    gc_untrack(v);
    for (ssize_t i = newsize; i < oldsize; i++) clear_ref(tuple_items(v)[i]);
    Object* sv = gc_resize(v, tuple_bytes(newsize));
    if (!sv) {
        // The items are cleared and the object is still ours: release it.
        *pv = nullptr;
        as_tuple(v)->ob_size = newsize < oldsize ? newsize : oldsize;
        decref(v);
        return -1;
    }
    as_tuple(sv)->ob_size = newsize;
    if (newsize > oldsize)
        std::memset(&tuple_items(sv)[oldsize], 0, sizeof(Object*) * static_cast<size_t>(newsize - oldsize));
    *pv = sv;
    gc_track(sv);
    return 0;
}

Object* sequence_tuple(Object* v) {
    if (tuple_check_exact(v)) return newref(v);
    if (list_check_exact(v)) return list_as_tuple(v);
    Ref it(object_get_iter(v));
    if (!it) return nullptr;
    ssize_t n = object_length_hint(v, 10);
    if (n == -1) return nullptr;
    Object* result = tuple_new(n);
    if (!result) return nullptr;
    ssize_t j;
    for (j = 0;; ++j) {
        Object* item = iter_next(it.get());
        if (!item) {
            if (error_occurred()) {
                decref(result);
                return nullptr;
            }
            break;
        }
        if (j >= n) {
            // Grow by ten and then add 25%: the excess is given back at the end.
            size_t newn = static_cast<size_t>(n);
            newn += 10u;
            newn += newn >> 2;
            if (newn > static_cast<size_t>(std::numeric_limits<ssize_t>::max())) {
                decref(item);
                decref(result);
                no_memory();
                return nullptr;
            }
            n = static_cast<ssize_t>(newn);
            if (tuple_resize(&result, n) != 0) {
                decref(item);
                xdecref(result);
                return nullptr;
            }
        }
        tuple_items(result)[j] = item;
    }
    if (j < n && tuple_resize(&result, j) != 0) {
        xdecref(result);
        return nullptr;
    }
    return result;
}

namespace {

void tuple_dealloc(Object* self) {
    TupleObject* op = as_tuple(self);
    if (op == empty_tuple()) {
        // The shared empty tuple is never freed (CPython aborts here; we just keep it alive).
        op->ob_refcnt = 1;
        return;
    }
    gc_untrack(self);
    if (trashcan_begin(self)) return;
    Object** items = tuple_items(self);
    for (ssize_t i = op->ob_size; --i >= 0;) xdecref(items[i]);
    if (!tuple_freelist_push(op)) gc_free(self);
    trashcan_end();
}

int tuple_traverse(Object* self, visitproc visit, void* arg) {
    Object** items = tuple_items(self);
    for (ssize_t i = tuple_size(self); --i >= 0;) HS_VISIT(items[i]);
    return 0;
}

Object* tuple_repr(Object* self) {
    ssize_t n = tuple_size(self);
    if (n == 0) return str_from_ascii("()");
    // A tuple can contain itself only through a mutable object, but that still recurses.
    int status = repr_enter(self);
    if (status != 0) return status > 0 ? str_from_ascii("(...)") : nullptr;
    std::string text = "(";
    for (ssize_t i = 0; i < n; i++) {
        if (i > 0) text += ", ";
        Object* s = object_repr(tuple_items(self)[i]);
        if (!s) {
            repr_leave(self);
            return nullptr;
        }
        text += str_view(s);
        decref(s);
    }
    if (n == 1) text += ',';
    text += ')';
    repr_leave(self);
    return str_from_utf8(text);
}

// CPython 3.11's tuplehash: xxHash's round function over the items' hashes.
constexpr uint64_t XXPRIME_1 = 11400714785074694791ULL;
constexpr uint64_t XXPRIME_2 = 14029467366897019727ULL;
constexpr uint64_t XXPRIME_5 = 2870177450012600261ULL;
inline uint64_t xxrotate(uint64_t x) { return (x << 31) | (x >> 33); }

int64_t tuple_hash(Object* self) {
    ssize_t len = tuple_size(self);
    Object** item = tuple_items(self);
    uint64_t acc = XXPRIME_5;
    if (enter_c_recursion(" while getting the hash of an object") < 0) return -1;
    for (ssize_t i = 0; i < len; i++) {
        int64_t h = object_hash(item[i]);
        if (h == -1) {
            leave_c_recursion();
            return -1;
        }
        uint64_t lane = static_cast<uint64_t>(h);
        acc += lane * XXPRIME_2;
        acc = xxrotate(acc);
        acc *= XXPRIME_1;
    }
    leave_c_recursion();
    // Add the length, mangled to keep the historical value of hash(()).
    acc += static_cast<uint64_t>(len) ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == static_cast<uint64_t>(-1)) return 1546275796;
    return static_cast<int64_t>(acc);
}

ssize_t tuple_length(Object* self) { return tuple_size(self); }

int tuple_contains(Object* self, Object* el) {
    int cmp = 0;
    for (ssize_t i = 0; cmp == 0 && i < tuple_size(self); ++i)
        cmp = object_richcompare_bool(tuple_items(self)[i], el, Py_EQ);
    return cmp;
}

Object* tuple_richcompare(Object* v, Object* w, int op) {
    if (!tuple_check(v) || !tuple_check(w)) return newref(NotImplemented());
    ssize_t vlen = tuple_size(v), wlen = tuple_size(w);
    Object** vi = tuple_items(v);
    Object** wi = tuple_items(w);
    ssize_t i;
    for (i = 0; i < vlen && i < wlen; i++) {
        int k = object_richcompare_bool(vi[i], wi[i], Py_EQ);
        if (k < 0) return nullptr;
        if (!k) break;
    }
    if (i >= vlen || i >= wlen) {
        bool r = false;
        switch (op) {
        case Py_LT: r = vlen < wlen; break;
        case Py_LE: r = vlen <= wlen; break;
        case Py_EQ: r = vlen == wlen; break;
        case Py_NE: r = vlen != wlen; break;
        case Py_GT: r = vlen > wlen; break;
        case Py_GE: r = vlen >= wlen; break;
        }
        return new_bool(r);
    }
    if (op == Py_EQ) return new_bool(false);
    if (op == Py_NE) return new_bool(true);
    return object_richcompare(vi[i], wi[i], op);
}

Object* tuple_concat(Object* a, Object* bb) {
    if (!tuple_check(bb)) {
        set_error_format(&TypeErrorType, "can only concatenate tuple (not \"%s\") to tuple", type_name_of(bb));
        return nullptr;
    }
    ssize_t na = tuple_size(a), nb = tuple_size(bb);
    if (nb == 0 && tuple_check_exact(a)) return newref(a);
    if (na == 0 && tuple_check_exact(bb)) return newref(bb);
    if (na > kMaxItems - nb) return no_memory();
    ssize_t size = na + nb;
    if (size == 0) return tuple_empty();
    TupleObject* np = tuple_alloc(size);
    if (!np) return nullptr;
    Object** dest = tuple_items(np);
    for (ssize_t i = 0; i < na; i++) dest[i] = newref(tuple_items(a)[i]);
    for (ssize_t i = 0; i < nb; i++) dest[na + i] = newref(tuple_items(bb)[i]);
    gc_track(np);
    return np;
}

Object* tuple_repeat(Object* a, ssize_t n) {
    ssize_t input_size = tuple_size(a);
    if ((input_size == 0 || n == 1) && tuple_check_exact(a)) return newref(a);
    if (input_size == 0 || n <= 0) return tuple_empty();
    if (n > kMaxItems / input_size) return no_memory();
    ssize_t size = input_size * n;
    TupleObject* np = tuple_alloc(size);
    if (!np) return nullptr;
    Object** dest = tuple_items(np);
    Object** src = tuple_items(a);
    for (ssize_t i = 0; i < n; i++)
        for (ssize_t j = 0; j < input_size; j++) *dest++ = newref(src[j]);
    gc_track(np);
    return np;
}

Object* tuple_subscript(Object* self, Object* item) {
    if (index_check(item)) {
        ssize_t i = index_as_ssize(item, &IndexErrorType);
        if (i == -1 && error_occurred()) return nullptr;
        if (i < 0) i += tuple_size(self);
        if (static_cast<size_t>(i) >= static_cast<size_t>(tuple_size(self))) {
            set_error(&IndexErrorType, "tuple index out of range");
            return nullptr;
        }
        return newref(tuple_items(self)[i]);
    }
    if (slice_check(item)) {
        ssize_t start, stop, step, slicelength;
        if (slice_unpack_indices(item, tuple_size(self), &start, &stop, &step, &slicelength) < 0) return nullptr;
        if (slicelength <= 0) return tuple_empty();
        if (start == 0 && step == 1 && slicelength == tuple_size(self) && tuple_check_exact(self))
            return newref(self);
        if (step == 1) return tuple_from_array(tuple_items(self) + start, slicelength);
        Object* result = tuple_new(slicelength);
        if (!result) return nullptr;
        Object** src = tuple_items(self);
        Object** dest = tuple_items(result);
        for (ssize_t cur = start, i = 0; i < slicelength; cur += step, i++) dest[i] = newref(src[cur]);
        return result;
    }
    set_error_format(&TypeErrorType, "tuple indices must be integers or slices, not %s", type_name_of(item));
    return nullptr;
}

Object* tuple_index_meth(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("tuple.index", kwnames) || !check_nargs("index", nargs, 1, 3)) return nullptr;
    ssize_t start = 0, stop = std::numeric_limits<ssize_t>::max();
    if (nargs >= 2 && !eval_slice_index_not_none(args[1], &start)) return nullptr;
    if (nargs >= 3 && !eval_slice_index_not_none(args[2], &stop)) return nullptr;
    ssize_t n = tuple_size(self);
    if (start < 0) {
        start += n;
        if (start < 0) start = 0;
    }
    if (stop < 0) stop += n;
    else if (stop > n) stop = n;
    for (ssize_t i = start; i < stop; i++) {
        int cmp = object_richcompare_bool(tuple_items(self)[i], args[0], Py_EQ);
        if (cmp > 0) return int_from_int64(i);
        if (cmp < 0) return nullptr;
    }
    set_error(&ValueErrorType, "tuple.index(x): x not in tuple");
    return nullptr;
}

Object* tuple_count_meth(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("tuple.count", nargs, kwnames)) return nullptr;
    ssize_t count = 0;
    for (ssize_t i = 0; i < tuple_size(self); i++) {
        int cmp = object_richcompare_bool(tuple_items(self)[i], args[0], Py_EQ);
        if (cmp > 0) count++;
        else if (cmp < 0) return nullptr;
    }
    return int_from_int64(count);
}

Object* tuple_getnewargs(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("tuple.__getnewargs__", nargs, kwnames)) return nullptr;
    Ref copy(tuple_from_array(tuple_items(self), tuple_size(self)));
    if (!copy) return nullptr;
    return tuple_pack({copy.get()});
}

const MethodDef tuple_methods[] = {
    {"__getnewargs__", tuple_getnewargs},
    {"index", tuple_index_meth},
    {"count", tuple_count_meth},
    {nullptr, nullptr},
};

// tuple(iterable=(), /); a subclass gets a fresh instance with the items copied over.
Object* tuple_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if ((type == &TupleType || type->tp_init == TupleType.tp_init) && !check_no_kwargs("tuple", kwnames))
        return nullptr;
    if (!check_nargs("tuple", nargs, 0, 1)) return nullptr;
    Object* iterable = nargs ? args[0] : nullptr;
    if (type == &TupleType) return iterable ? sequence_tuple(iterable) : tuple_empty();
    Ref tmp(iterable ? sequence_tuple(iterable) : tuple_empty());
    if (!tmp) return nullptr;
    ssize_t n = tuple_size(tmp.get());
    Object* newobj = type_generic_alloc(type, n);
    if (!newobj) return nullptr;
    for (ssize_t i = 0; i < n; i++) tuple_items(newobj)[i] = newref(tuple_items(tmp.get())[i]);
    return newobj;
}

// ---- tuple_iterator ---------------------------------------------------------------------------

Object* tuple_iter(Object* seq) {
    auto* it = static_cast<SeqIterObject*>(gc_alloc(&TupleIterType, sizeof(SeqIterObject)));
    if (!it) return nullptr;
    it->it_index = 0;
    it->it_seq = newref(seq);
    gc_track(it);
    return it;
}

void tupleiter_dealloc(Object* self) {
    gc_untrack(self);
    xdecref(static_cast<SeqIterObject*>(self)->it_seq);
    gc_free(self);
}

int tupleiter_traverse(Object* self, visitproc visit, void* arg) {
    HS_VISIT(static_cast<SeqIterObject*>(self)->it_seq);
    return 0;
}

Object* tupleiter_next(Object* self) {
    auto* it = static_cast<SeqIterObject*>(self);
    Object* seq = it->it_seq;
    if (!seq) return nullptr;
    if (it->it_index < tuple_size(seq)) return newref(tuple_items(seq)[it->it_index++]);
    it->it_seq = nullptr;
    decref(seq);
    return nullptr;
}

Object* tupleiter_len(Object* self, Object* const*, size_t, Object*) {
    auto* it = static_cast<SeqIterObject*>(self);
    ssize_t len = it->it_seq ? tuple_size(it->it_seq) - it->it_index : 0;
    return int_from_int64(len < 0 ? 0 : len);
}

const MethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_len},
    {nullptr, nullptr},
};

Object* self_iter(Object* self) { return newref(self); }

} // namespace

void init_tuple_iter_type() {
    TypeObject& t = TupleIterType;
    t.ob_refcnt = 1;
    t.ob_type = &TypeType;
    t.tp_name = "tuple_iterator";
    t.tp_basicsize = 32;
    t.tp_cxx_size = sizeof(SeqIterObject);
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_dealloc = tupleiter_dealloc;
    t.tp_traverse = tupleiter_traverse;
    t.tp_iter = self_iter;
    t.tp_iternext = tupleiter_next;
    t.tp_methods = tupleiter_methods;
    register_static_type(&t);
}

void init_tuple_type() {
    TypeObject& t = TupleType;
    t.ob_refcnt = 1;
    t.ob_type = &TypeType;
    t.tp_name = "tuple";
    t.tp_basicsize = 24;
    t.tp_itemsize = 8;
    t.tp_cxx_size = sizeof(TupleObject);
    t.tp_cxx_itemsize = sizeof(Object*);
    t.tp_flags = TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE | TPFLAGS_TUPLE_SUBCLASS;
    t.tp_dealloc = tuple_dealloc;
    t.tp_repr = tuple_repr;
    t.tp_hash = tuple_hash;
    t.tp_richcompare = tuple_richcompare;
    t.tp_iter = tuple_iter;
    t.tp_traverse = tuple_traverse;
    t.tp_new = tuple_tp_new;
    t.sq_length = tuple_length;
    t.sq_concat = tuple_concat;
    t.sq_repeat = tuple_repeat;
    t.sq_contains = tuple_contains;
    t.mp_length = tuple_length;
    t.mp_subscript = tuple_subscript;
    t.tp_methods = tuple_methods;
    t.tp_doc = "Built-in immutable sequence.";

    // The shared empty tuple.
    TupleObject* e = empty_tuple();
    e->ob_refcnt = 1;
    e->ob_type = &TupleType;
    e->ob_size = 0;
    register_static_type(&t);
}

} // namespace hs

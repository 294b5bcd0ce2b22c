// The generic iterators: `iterator` (iter() of an object that only has __getitem__) and
// `callable_iterator` (iter(callable, sentinel)).
#include "objects/iterobject.h"

#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/types_registry.h"

#include <limits>

namespace hs {

TypeObject SeqIterType;
TypeObject CallIterType;

Object* seqiter_new(Object* seq) {
    auto* it = static_cast<SeqIterObject*>(gc_alloc(&SeqIterType, sizeof(SeqIterObject)));
    if (!it) return nullptr;
    it->it_index = 0;
    it->it_seq = newref(seq);
    gc_track(it);
    return it;
}

Object* calliter_new(Object* callable, Object* sentinel) {
    auto* it = static_cast<CallIterObject*>(gc_alloc(&CallIterType, sizeof(CallIterObject)));
    if (!it) return nullptr;
    it->it_callable = newref(callable);
    it->it_sentinel = newref(sentinel);
    gc_track(it);
    return it;
}

namespace {

void seqiter_dealloc(Object* self) {
    gc_untrack(self);
    xdecref(static_cast<SeqIterObject*>(self)->it_seq);
    gc_free(self);
}

int seqiter_traverse(Object* self, visitproc visit, void* arg) {
    HS_VISIT(static_cast<SeqIterObject*>(self)->it_seq);
    return 0;
}

// seq[index] until IndexError or StopIteration.
Object* seqiter_next(Object* self) {
    auto* it = static_cast<SeqIterObject*>(self);
    Object* seq = it->it_seq;
    if (!seq) return nullptr;
    if (it->it_index == std::numeric_limits<ssize_t>::max()) {
        set_error(&OverflowErrorType, "iter index too large");
        return nullptr;
    }
    Ref index(int_from_int64(it->it_index));
    if (!index) return nullptr;
    Object* result = object_getitem(seq, index.get());
    if (result) {
        it->it_index++;
        return result;
    }
    if (error_matches(&IndexErrorType) || error_matches(&StopIterationType)) {
        clear_error();
        it->it_seq = nullptr;
        decref(seq);
    }
    return nullptr;
}

Object* seqiter_len(Object* self, Object* const*, size_t, Object*) {
    auto* it = static_cast<SeqIterObject*>(self);
    if (it->it_seq) {
        TypeObject* t = type_of(it->it_seq);
        if (!t->sq_length && !t->mp_length) return newref(NotImplemented());
        ssize_t seqsize = object_length(it->it_seq);
        if (seqsize == -1) return nullptr;
        ssize_t len = seqsize - it->it_index;
        if (len >= 0) return int_from_int64(len);
    }
    return int_from_int64(0);
}

const MethodDef seqiter_methods[] = {
    {"__length_hint__", seqiter_len},
    {nullptr, nullptr},
};

void calliter_dealloc(Object* self) {
    auto* it = static_cast<CallIterObject*>(self);
    gc_untrack(self);
    xdecref(it->it_callable);
    xdecref(it->it_sentinel);
    gc_free(self);
}

int calliter_traverse(Object* self, visitproc visit, void* arg) {
    auto* it = static_cast<CallIterObject*>(self);
    HS_VISIT(it->it_callable);
    HS_VISIT(it->it_sentinel);
    return 0;
}

// callable() until it returns something equal to the sentinel (compared as sentinel == value).
Object* calliter_next(Object* self) {
    auto* it = static_cast<CallIterObject*>(self);
    if (!it->it_callable) return nullptr;
    Object* result = object_call(it->it_callable, nullptr, 0, nullptr);
    if (result) {
        int ok = object_richcompare_bool(it->it_sentinel, result, Py_EQ);
        if (ok == 0) return result;
        if (ok > 0) {
            clear_ref(it->it_callable);
            clear_ref(it->it_sentinel);
        }
    } else if (error_matches(&StopIterationType)) {
        clear_error();
        clear_ref(it->it_callable);
        clear_ref(it->it_sentinel);
    }
    xdecref(result);
    return nullptr;
}

Object* self_iter(Object* self) { return newref(self); }

void init_type(TypeObject& t, const char* name, size_t cxx_size, destructor dealloc, traverseproc traverse,
               iternextfunc next, const MethodDef* methods) {
    t.ob_refcnt = 1;
    t.ob_type = &TypeType;
    t.tp_name = name;
    t.tp_basicsize = 32;
    t.tp_cxx_size = cxx_size;
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_dealloc = dealloc;
    t.tp_traverse = traverse;
    t.tp_iter = self_iter;
    t.tp_iternext = next;
    t.tp_methods = methods;
    register_static_type(&t);
}

} // namespace

void init_seq_iter_types() {
    init_type(SeqIterType, "iterator", sizeof(SeqIterObject), seqiter_dealloc, seqiter_traverse, seqiter_next,
              seqiter_methods);
    init_type(CallIterType, "callable_iterator", sizeof(CallIterObject), calliter_dealloc, calliter_traverse,
              calliter_next, nullptr);
}

} // namespace hs

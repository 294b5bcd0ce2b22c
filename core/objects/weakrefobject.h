// Weak references: weakref.ref, weakref.proxy and the list of weak references every weakly
// referenceable object keeps (CPython 3.11's Objects/weakrefobject.c).
//
// A weakref does not own its referent. Each referent keeps a doubly linked list of the weakrefs
// pointing to it, in the slot at tp_weaklistoffset; its dealloc calls object_clear_weakrefs(),
// which unlinks them (wr_object becomes None) and runs their callbacks, newest first. The list
// order is CPython's: the callback-less ref first, then the callback-less proxy, then the others
// newest first, so `ref(o) is ref(o)` can share one object and callbacks run in CPython's order.
#pragma once

#include "runtime/object.h"
#include "runtime/typeobject.h"

namespace hs {

struct WeakRefObject : Object {
    Object* wr_object;        // the referent, NOT owned; None() once it died or was cleared
    Object* wr_callback;      // owned; nullptr when there is none (or it was consumed)
    int64_t hash;             // the referent's hash, cached; -1 until computed
    WeakRefObject* wr_prev;   // neighbours in the referent's list
    WeakRefObject* wr_next;
};

extern TypeObject WeakRefType;            // weakref.ReferenceType, alias weakref.ref (subclassable)
extern TypeObject WeakProxyType;          // weakref.ProxyType
extern TypeObject WeakCallableProxyType;  // weakref.CallableProxyType

inline bool weakref_check_ref(Object* o) { return type_is_subtype(type_of(o), &WeakRefType); }
inline bool weakref_check_proxy(Object* o) {
    return type_of(o) == &WeakProxyType || type_of(o) == &WeakCallableProxyType;
}
inline bool weakref_check(Object* o) { return weakref_check_ref(o) || weakref_check_proxy(o); }
// The referent (borrowed), or None() once it is gone.
inline Object* weakref_get_object(Object* ref) { return static_cast<WeakRefObject*>(ref)->wr_object; }

// Types whose instances can be weakly referenced (CPython's _PyType_SUPPORTS_WEAKREFS).
inline bool type_supports_weakrefs(const TypeObject* t) { return t->tp_weaklistoffset > 0; }
// The head of o's list of weak references; o's type must support them.
inline WeakRefObject** weakref_list_ptr(Object* o) {
    return reinterpret_cast<WeakRefObject**>(reinterpret_cast<char*>(o) + type_of(o)->tp_weaklistoffset);
}

// weakref.ref(ob, callback) / weakref.proxy(ob, callback): callback may be nullptr or None. A
// callback-less one is shared. TypeError "cannot create weak reference to 'list' object".
Object* weakref_new_ref(Object* ob, Object* callback);
Object* weakref_new_proxy(Object* ob, Object* callback);
// How many weakrefs point to o (0 for types without support).
ssize_t weakref_count(Object* o);

// Called by the dealloc of every weakly referenceable type, once its refcount is 0 and while
// the list is not empty (CPython's PyObject_ClearWeakRefs): clears every weakref to o, then
// calls the callbacks of those still alive, newest first, with the weakref as argument. An
// exception in a callback is reported as unraisable; an exception being raised is kept.
void object_clear_weakrefs(Object* o);
// Clears the weakrefs to o without calling any callback (for weakrefs made by a __del__).
void object_clear_weakrefs_no_callbacks(Object* o);
// The collector's step (CPython's _PyWeakref_ClearRef): unlinks ref from its referent's list and
// sets it dead, but keeps the callback so the collector can decide to call it.
void weakref_clear_ref(WeakRefObject* ref);

void init_weakref_types();

} // namespace hs

// tuple: items inline, free lists for lengths 1..19 as CPython 3.11.
#pragma once

#include "runtime/object.h"
#include "runtime/typeobject.h"

#include <initializer_list>

namespace hs {

struct TupleObject : VarObject {
    // followed by ob_size Object* items
};

extern TypeObject TupleType;

inline bool tuple_check(const Object* o) { return type_has_flag(o->ob_type, TPFLAGS_TUPLE_SUBCLASS); }
inline bool tuple_check_exact(const Object* o) { return o->ob_type == &TupleType; }
inline ssize_t tuple_size(const Object* t) { return static_cast<const TupleObject*>(t)->ob_size; }
inline Object** tuple_items(Object* t) { return reinterpret_cast<Object**>(static_cast<TupleObject*>(t) + 1); }

// A tuple of n items, all nullptr (fill with tuple_items(t)[i] = new reference). Tracked.
Object* tuple_new(ssize_t n);
Object* tuple_empty();                                // new reference to the shared ()
Object* tuple_pack(std::initializer_list<Object*> items);  // increfs each item
Object* sequence_tuple(Object* iterable);             // tuple(iterable)

// _PyTuple_Resize for a tuple the caller owns alone (refcount 1, exact type): on failure *pv is
// released and set to nullptr.
int tuple_resize(Object** pv, ssize_t newsize);
// True when the collector may untrack t (CPython's _PyTuple_MaybeUntrack test): none of its
// items is a GC object other than an untracked tuple.
bool tuple_may_untrack(Object* t);

// Frees the tuples kept on the free lists (gc.collect(2) and runtime teardown).
void tuple_clear_free_lists();
void init_tuple_type();

} // namespace hs

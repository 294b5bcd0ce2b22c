// slice objects (CPython 3.11's layout: getsizeof 56, GC-tracked, one cached instance) and the
// index arithmetic every sequence's subscript uses.
#pragma once

#include "runtime/object.h"
#include "runtime/typeobject.h"

namespace hs {

struct SliceObject : Object {
    Object* start = nullptr;  // never nullptr once built: None when omitted
    Object* stop = nullptr;
    Object* step = nullptr;
};

extern TypeObject SliceType;

inline bool slice_check(const Object* o) { return o->ob_type == &SliceType; }

// slice(start, stop, step): each argument may be nullptr for None. New reference.
Object* slice_new(Object* start, Object* stop, Object* step);
// PySlice_Unpack: the raw indices (None → the defaults for the step's sign; out-of-range ints are
// clamped). -1 with TypeError/ValueError ("slice step cannot be zero").
int slice_unpack(Object* slice, ssize_t* start, ssize_t* stop, ssize_t* step);
// PySlice_AdjustIndices: clips start/stop to a sequence of `length` and returns the slice length.
ssize_t slice_adjust_indices(ssize_t length, ssize_t* start, ssize_t* stop, ssize_t step);
// Both of the above. Returns -1 on error, else 0 with *slicelength set.
int slice_unpack_indices(Object* slice, ssize_t length, ssize_t* start, ssize_t* stop, ssize_t* step,
                         ssize_t* slicelength);
// _PyEval_SliceIndex: None leaves *pi alone; an int (or __index__) is clamped to ssize_t.
// Returns false with "slice indices must be integers or None or have an __index__ method".
bool eval_slice_index(Object* v, ssize_t* pi);
// _PyEval_SliceIndexNotNone (list.index's start/stop): "slice indices must be integers or have
// an __index__ method".
bool eval_slice_index_not_none(Object* v, ssize_t* pi);

// _PySlice_GetLongIndices: slice.indices(length) for an int `length` of any size (new
// references in start/stop/step). False with an error set.
bool slice_get_long_indices(Object* slice, Object* length, Ref* start, Ref* stop, Ref* step);

// CPython keeps one freed slice for reuse (a full collection does not clear it), and its
// start-up code always leaves one there, so a program's first slice costs no allocation.
// slice_runtime_init() puts one in the cache (call it in runtime_create); slice_clear_cache()
// frees it (call it in runtime_destroy while the runtime is current).
void slice_runtime_init();
void slice_clear_cache();

void init_slice_type();

} // namespace hs

// Small helpers shared by the container types (list, tuple, dict, set and their iterators).
// They mirror CPython's internal helpers of the same purpose (PyObject_IS_GC,
// _PyObject_GC_MAY_BE_TRACKED, PyObject_LengthHint, PyObject_GC_Resize).
#pragma once

#include "runtime/gc.h"
#include "runtime/object.h"
#include "runtime/typeobject.h"

namespace hs {

// PyObject_IS_GC: static builtin types are not GC objects even though `type` is a GC type
// (they have no GC header in front of them).
inline bool object_is_gc(const Object* o) {
    const TypeObject* t = o->ob_type;
    if (!is_gc_type(t)) return false;
    if (type_has_flag(t, TPFLAGS_TYPE_SUBCLASS))
        return type_has_flag(static_cast<const TypeObject*>(o), TPFLAGS_HEAPTYPE);
    return true;
}

// _PyObject_GC_MAY_BE_TRACKED: any GC object except a tuple that the collector untracked.
bool object_may_be_tracked(Object* o);

// PyObject_LengthHint: len(o) if o has a length, else o.__length_hint__(), else `defaultvalue`.
// -1 with an error set on failure.
ssize_t object_length_hint(Object* o, ssize_t defaultvalue);

// The argument tuple (and keyword dict) CPython's type_call builds for the types that have no
// vectorcall in 3.11 (zip, slice): they take part in gc.get_count() and the tuple free lists, so
// those constructors build and drop them too. Either may be nullptr when not needed.
struct LegacyCallArgs {
    Object* args = nullptr;
    Object* kwargs = nullptr;
    ~LegacyCallArgs();
};
bool make_legacy_call_args(Object* const* args, size_t nargs, Object* kwnames, LegacyCallArgs* out);

// _PyErr_SetKeyError: KeyError whose single argument is `key` (even when key is a tuple).
void set_key_error(Object* key);

// PyNumber_Check-free version of _PyIndex_Check: the object has __index__.
inline bool index_check(const Object* o) { return o->ob_type->nb_index != nullptr; }

} // namespace hs

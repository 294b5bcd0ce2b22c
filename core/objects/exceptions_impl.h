// Internal to the exceptions_*.cpp files: the BaseException slots that the subtypes reuse and
// helpers for their member-like attributes.
#pragma once

#include "objects/exceptions.h"
#include "runtime/gc.h"

#include <string>

namespace hs::exc_impl {

// BaseException's slots (exceptions.cpp).
Object* base_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames);
int base_init(Object* self, Object* const* args, size_t nargs, Object* kwnames);
// BaseException.__init__ without the keyword check (subtypes parse their own keywords).
int base_init_args(Object* self, Object* const* args, size_t nargs);
int base_clear(Object* self);
int base_traverse(Object* self, visitproc visit, void* arg);
void base_dealloc(Object* self);
Object* base_str(Object* self);
// "<Type>() takes no keyword arguments" when kwnames holds any name.
bool reject_kwargs(Object* self, Object* kwnames);

// Subtypes defined in the other files: each fills in the slots of its types.
void init_field_exception_types();   // exceptions_subtypes.cpp
void init_other_exception_types();   // exceptions_other.cpp

// Member-like attributes (CPython's T_OBJECT members): reading an unset one gives None,
// deleting one unsets it.
inline Object* member_get(Object* field) { return newref(field ? field : None()); }
inline int member_set(Object*& field, Object* value) {
    xincref(value);
    setref(field, value);
    return 0;
}

// Each exception type's own dealloc: untrack, clear its fields (the type's tp_clear), free.
template <int (*Clear)(Object*)> void exception_dealloc(Object* self) {
    gc_untrack(self);
    Clear(self);
    gc_free(self);
}

} // namespace hs::exc_impl

// Generic operations on objects (CPython's abstract.c / object.c): what the VM and the builtin
// functions use instead of calling slots directly. Same conventions as object.h: new references
// out, nullptr or -1 with an exception set on error.
#pragma once

#include "runtime/object.h"
#include "runtime/typeobject.h"

#include <initializer_list>
#include <string_view>

namespace hs {

// ---- Text -------------------------------------------------------------------------------
Object* object_repr(Object* o);    // repr(o): always a str, recursion-checked
Object* object_str(Object* o);     // str(o)
Object* object_ascii(Object* o);   // ascii(o)
Object* object_format(Object* o, Object* spec);  // format(o, spec); spec may be nullptr
// Py_ReprEnter / Py_ReprLeave (objects/repr_guard.cpp): containers call repr_enter before
// formatting their items. 1: o's repr is already in progress further up (print "[...]"), do not
// call repr_leave; 0: go ahead, then call repr_leave(o); -1: error.
int repr_enter(Object* o);
void repr_leave(Object* o);

// ---- Identity, truth, hashing, comparison -----------------------------------------------
int64_t object_hash(Object* o);    // -1 with TypeError "unhashable type: 'list'"
int object_is_true(Object* o);     // 1/0, -1 on error
Object* object_richcompare(Object* a, Object* b, int op);
// As object_richcompare, then truth; for Py_EQ/Py_NE identical objects compare equal first.
int object_richcompare_bool(Object* a, Object* b, int op);

// ---- Attributes --------------------------------------------------------------------------
Object* object_getattr(Object* o, Object* name);           // name: str
Object* object_getattr_str(Object* o, std::string_view name);
// 1 and *result set when found; 0 and *result == nullptr when AttributeError (cleared); -1 error.
int object_lookup_attr(Object* o, Object* name, Object** result);
int object_setattr(Object* o, Object* name, Object* value);  // value == nullptr deletes
int object_setattr_str(Object* o, std::string_view name, Object* value);
// object.__getattribute__ / object.__setattr__: descriptors, then the instance dict.
Object* generic_getattr(Object* o, Object* name);
int generic_setattr(Object* o, Object* name, Object* value);
// For LOAD_METHOD: when the attribute is a plain function found on the type, returns it with
// *is_method = true and the caller passes `o` as self (no bound method is created).
Object* object_get_method(Object* o, Object* name, bool* is_method);

// ---- Calls -------------------------------------------------------------------------------
Object* object_call(Object* callable, Object* const* args, size_t nargs, Object* kwnames);
Object* call_args(Object* callable, std::initializer_list<Object*> args);
// Calls o.name(*args) (method lookup without a bound method when possible).
Object* call_method(Object* o, std::string_view name, std::initializer_list<Object*> args);
// Calls a special method as CPython does (_PyObject_LookupSpecial): found on type(o) only, so
// `sys.getsizeof(SomeClass)` reaches type.__sizeof__, not SomeClass.__sizeof__.
Object* call_special(Object* o, std::string_view name, std::initializer_list<Object*> args);
// callable(*args_tuple, **kwargs_dict) (kwargs may be nullptr).
Object* call_tuple_dict(Object* callable, Object* args, Object* kwargs);

// ---- Containers --------------------------------------------------------------------------
Object* object_getitem(Object* o, Object* key);
int object_setitem(Object* o, Object* key, Object* value);
int object_delitem(Object* o, Object* key);
ssize_t object_length(Object* o);          // len(o), -1 on error
int sequence_contains(Object* container, Object* item);  // `in`: 1/0, -1 on error
Object* object_get_iter(Object* o);        // iter(o)
// next(it): a new reference, or nullptr: exhausted when no error is set (StopIteration is
// swallowed as CPython's tp_iternext callers do).
Object* iter_next(Object* it);

// ---- Numbers -----------------------------------------------------------------------------
Object* binary_op(Object* a, Object* b, int nb_op);   // a <op> b, with reflected operands
Object* inplace_op(Object* a, Object* b, int nb_op);  // a <op>= b
Object* power_op(Object* a, Object* b, Object* mod);  // pow(a, b, mod)
Object* number_negative(Object* o);
Object* number_positive(Object* o);
Object* number_invert(Object* o);
Object* number_absolute(Object* o);

// ---- Types -------------------------------------------------------------------------------
int object_isinstance(Object* o, Object* cls);    // cls may be a tuple; 1/0, -1 on error
int object_issubclass(Object* derived, Object* cls);

// An iterator over a class that only defines __getitem__ (objects/iterobject.cpp).
Object* seqiter_new(Object* seq);

} // namespace hs

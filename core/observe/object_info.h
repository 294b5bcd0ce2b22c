// What a snapshot says about one object by itself: its type name, a short repr, and its size.
//
// All three are read from the object's fields: nothing here allocates a Python object, changes
// a reference count or runs Python code (a user __repr__ or __sizeof__ never runs), so building
// a snapshot cannot change the program being observed.
#pragma once

#include "runtime/object.h"

#include <cstdint>
#include <optional>
#include <string>

namespace hs::observe {

// The longest short repr, in bytes (longer ones are cut and end with "...").
constexpr size_t kReprCap = 60;

// The type's name as `type(o).__name__` gives it.
std::string type_name(Object* o);
// A short description built from the object, never from a __repr__: values of ints, floats,
// complex numbers, strs and bytes ("42", "'hello'"), sizes of containers ("list[3]"), names of
// functions and classes ("function f", "class Node"), and "Node object" for instances.
std::string short_repr(Object* o);
// sys.getsizeof(o), computed as the type's builtin __sizeof__ would; nullopt when the class
// defines its own __sizeof__ (which only running it could answer).
std::optional<int64_t> object_size(Object* o);

} // namespace hs::observe

// Calling Python functions from C++ (and from the eval loop).
#pragma once

#include "runtime/object.h"

namespace hs {

// The tp_call of function objects: binds the arguments (borrowed) into a new frame and runs it.
Object* function_vectorcall(Object* func, Object* const* args, size_t nargs, Object* kwnames);
// callable(self, *args, **kw) without building a bound method.
Object* call_with_self(Object* callable, Object* self, Object* const* args, size_t nargs, Object* kwnames);

} // namespace hs

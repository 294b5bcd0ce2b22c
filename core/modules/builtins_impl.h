// The builtin functions, one group per file (internal to core/modules/builtins*.cpp). Each has
// the MethodDef signature: (module, args, nargs, kwnames).
#pragma once

#include "runtime/object.h"

namespace hs::builtins {

#define HS_BUILTIN(name) Object* name(Object* module, Object* const* args, size_t nargs, Object* kwnames)

// builtins_io.cpp
HS_BUILTIN(print);
HS_BUILTIN(input);
HS_BUILTIN(open);
HS_BUILTIN(exec);
HS_BUILTIN(eval);
HS_BUILTIN(compile);
HS_BUILTIN(breakpoint);
HS_BUILTIN(memoryview);
HS_BUILTIN(import_);
HS_BUILTIN(exit);

// builtins_iter.cpp
HS_BUILTIN(len);
HS_BUILTIN(min);
HS_BUILTIN(max);
HS_BUILTIN(sum);
HS_BUILTIN(sorted);
HS_BUILTIN(any);
HS_BUILTIN(all);
HS_BUILTIN(iter);
HS_BUILTIN(next);

// builtins_object.cpp
HS_BUILTIN(isinstance);
HS_BUILTIN(issubclass);
HS_BUILTIN(hasattr);
HS_BUILTIN(getattr);
HS_BUILTIN(setattr);
HS_BUILTIN(delattr);
HS_BUILTIN(id);
HS_BUILTIN(hash);
HS_BUILTIN(callable);
HS_BUILTIN(vars);
HS_BUILTIN(dir);
HS_BUILTIN(globals);
HS_BUILTIN(locals);
HS_BUILTIN(repr);
HS_BUILTIN(ascii);
HS_BUILTIN(format);

// builtins_number.cpp
HS_BUILTIN(abs);
HS_BUILTIN(divmod);
HS_BUILTIN(pow);
HS_BUILTIN(round);
HS_BUILTIN(chr);
HS_BUILTIN(ord);
HS_BUILTIN(hex);
HS_BUILTIN(oct);
HS_BUILTIN(bin);

#undef HS_BUILTIN

} // namespace hs::builtins

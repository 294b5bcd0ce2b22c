// The bytecode interpreter (CPython 3.11's _PyEval_EvalFrameDefault).
#pragma once

#include "vm/frame.h"

namespace hs {

// Runs `frame` (and every Python frame it calls inline) until it returns, yields, or raises.
// Returns the returned or yielded value, or nullptr with an exception set. With `throwflag`, the
// current exception is raised at the frame's current instruction (generator.throw()).
Object* eval_frame(Frame* frame, bool throwflag);
// Moves `argcount` positional arguments and one value per kwnames entry (all stolen) into a new
// frame's locals, applying defaults. Returns -1 with TypeError set on a bad call.
int initialize_locals(Frame* frame, FunctionObject* func, Object** args, size_t argcount, Object* kwnames);

} // namespace hs

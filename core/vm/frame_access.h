// The executing frame's namespaces, for the builtins globals(), locals(), vars() and dir()
// (implemented by the VM).
#pragma once

#include "runtime/object.h"

namespace hs {

// The globals dict of the innermost executing Python frame (borrowed), or nullptr when no
// Python code is running.
Object* vm_current_globals();
// locals() of the innermost frame (new reference): the namespace dict of module and class
// bodies; for functions, a dict snapshot of the fast locals, cells and free variables, as
// CPython 3.11's PyFrame_FastToLocals. nullptr when no Python code is running (no error set).
Object* vm_current_locals();

} // namespace hs

// Modules written in Python and built into heapscope ("frozen" modules, as CPython calls the
// standard-library modules it embeds): weakref and _weakrefset.
#pragma once

#include "runtime/object.h"

namespace hs {

// Makes the module `name` by running `source` in its namespace. The source is compiled by
// heapscope's own compiler once per process (the bytecode is shared by every program); its
// code objects name the file "<frozen NAME>", as CPython's frozen modules do. Returns a new
// reference, or nullptr with the exception the module's code raised.
Object* frozen_module_create(const char* name, const char* source);

} // namespace hs

// The builtins module: builtin functions, types, exceptions and constants.
#pragma once

#include "runtime/object.h"

namespace hs {

// A new builtins module (new reference); the runtime keeps its dict as Runtime::builtins.
Object* builtins_module_create();

} // namespace hs

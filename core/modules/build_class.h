// builtins.__build_class__, added to the builtins module by the runtime.
#pragma once

#include "runtime/object.h"

namespace hs {
int add_build_class(Object* builtins_dict);
}

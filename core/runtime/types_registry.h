// The static (builtin) types. Each type file's init_<name>_type() fills in its TypeObject and
// registers it here; runtime_create() then readies them all, in registration order.
#pragma once

#include "runtime/typeobject.h"

#include <vector>

namespace hs {

void register_static_type(TypeObject* type);
const std::vector<TypeObject*>& static_types();

} // namespace hs

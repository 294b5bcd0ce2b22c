// Fills in every builtin type's slots (once per process) and registers it for type_ready().
#pragma once

namespace hs {
void init_all_static_types();
}

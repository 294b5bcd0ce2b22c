// The observer of the current program (runtime/observer.h).
#include "runtime/observer.h"

namespace hs {

Observer* g_observer = nullptr;

} // namespace hs

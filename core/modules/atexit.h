// The atexit module's side of program exit (modules/atexitmodule.cpp).
#pragma once

namespace hs {

// Runs the atexit.register()ed calls, newest first, then forgets them all (CPython's
// _PyAtExit_Call). An exception in one is printed as "Exception ignored in atexit callback: ...".
void atexit_call_all();

} // namespace hs

// The end of a program, as CPython's Py_FinalizeEx runs it (Python/pylifecycle.c).
#pragma once

namespace hs {

// Everything that runs Python code after the main module returned: the atexit calls (weakref
// finalizers among them), a collection, then the module teardown (finalize_modules): special
// names of sys and builtins set to None, every module taken out of sys.modules, a collection
// (this is when the __main__ namespace and its cycles are freed, in the collector's order, while
// print still works), the globals of modules still alive set to None, sys and builtins cleared
// last, one more collection. Called by runtime_destroy before it frees what is left.
void finalize_interpreter();

} // namespace hs

// module objects, and the registry of builtin modules (sys, gc, weakref, time...).
#pragma once

#include "runtime/object.h"
#include "runtime/typeobject.h"

namespace hs {

struct ModuleObject : Object {
    Object* md_dict = nullptr;  // the module's globals
    Object* md_name = nullptr;  // str
    Object* md_weaklist = nullptr;
};

extern TypeObject ModuleType;

Object* module_new(std::string_view name);
inline Object* module_dict(Object* m) { return static_cast<ModuleObject*>(m)->md_dict; }
// Adds the functions of a nullptr-terminated MethodDef table to a module.
int module_add_functions(Object* module, const MethodDef* functions);

// A builtin module's constructor: returns the new module (new reference) or nullptr.
using ModuleInit = Object* (*)();
// Looks a builtin module up by name (nullptr if heapscope does not provide it).
ModuleInit find_builtin_module(std::string_view name);
// Puts the modules that CPython has in sys.modules before a program starts (site imports them)
// into sys.modules: _weakref, _weakrefset, weakref, atexit, time. Importing them then allocates
// nothing, as in CPython, so gc.get_count() around `import weakref` agrees; the objects they
// make are start-up objects (runtime_create calls this before gc_note_startup_objects).
int import_startup_modules();

// Sets a module's globals to None at exit, names with a single leading underscore first, then
// every other name but __builtins__ (CPython's _PyModule_ClearDict).
void module_clear_dict(Object* d);

void init_module_type();

} // namespace hs

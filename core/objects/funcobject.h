// Python functions, closure cells, bound methods, and the classmethod/staticmethod/property
// descriptors.
#pragma once

#include "objects/codeobject.h"
#include "runtime/object.h"
#include "runtime/typeobject.h"

namespace hs {

struct FunctionObject : Object {
    Object* func_globals = nullptr;   // dict
    Object* func_builtins = nullptr;  // dict
    Object* func_name = nullptr;      // str
    Object* func_qualname = nullptr;  // str
    CodeObject* func_code = nullptr;
    Object* func_defaults = nullptr;    // tuple or nullptr
    Object* func_kwdefaults = nullptr;  // dict or nullptr
    Object* func_closure = nullptr;     // tuple of cells or nullptr
    Object* func_doc = nullptr;
    Object* func_dict = nullptr;
    Object* func_weakreflist = nullptr;
    Object* func_module = nullptr;
    Object* func_annotations = nullptr;
};

struct CellObject : Object {
    Object* ob_ref = nullptr;  // the contents, nullptr when empty
};

struct MethodObject : Object {
    Object* im_func = nullptr;
    Object* im_self = nullptr;
    Object* im_weakreflist = nullptr;
};

// classmethod and staticmethod wrap a callable; property holds fget/fset/fdel/doc.
struct WrapperDescrObject : Object {
    Object* callable = nullptr;
    Object* dict = nullptr;
};
struct PropertyObject : Object {
    Object* prop_get = nullptr;
    Object* prop_set = nullptr;
    Object* prop_del = nullptr;
    Object* prop_doc = nullptr;
    Object* prop_name = nullptr;
    bool getter_doc = false;
};

extern TypeObject FunctionType;
extern TypeObject CellType;
extern TypeObject MethodType;
extern TypeObject ClassMethodType;
extern TypeObject StaticMethodType;
extern TypeObject PropertyType;

inline bool function_check(const Object* o) { return o->ob_type == &FunctionType; }

// A function for `code` in `globals` (MAKE_FUNCTION); qualname is the code's.
Object* function_new(Object* code, Object* globals);
Object* cell_new(Object* contents);  // contents may be nullptr
Object* method_new(Object* func, Object* self);

void init_function_types();

} // namespace hs

// Callables and descriptors that wrap C++ functions: builtin functions (`len`), bound builtin
// methods (`[].append`), method descriptors in a builtin type's dict (`list.append`), classmethod
// descriptors (`dict.fromkeys`) and getset descriptors (`int.real`).
#pragma once

#include "runtime/object.h"
#include "runtime/typeobject.h"

namespace hs {

// builtin_function_or_method: a MethodDef bound to `self` (a module or an instance).
struct BuiltinFunctionObject : Object {
    const MethodDef* def = nullptr;
    Object* self = nullptr;    // the bound object, or nullptr for module-level functions
    Object* module = nullptr;  // __module__ (str) or nullptr
    Object* m_weakreflist = nullptr;
};
struct MethodDescrObject : Object {
    const MethodDef* def = nullptr;
    TypeObject* d_type = nullptr;
    Object* d_name = nullptr;  // str
};
struct GetSetDescrObject : Object {
    const GetSetDef* def = nullptr;
    TypeObject* d_type = nullptr;
    Object* d_name = nullptr;
};
// member_descriptor: one __slots__ member of a class (objects/heaptype.cpp).
struct MemberDescrObject : Object {
    TypeObject* d_type;
    Object* d_name;
    int index;  // into instance_slots()
};

extern TypeObject BuiltinFunctionType;  // builtin_function_or_method
extern TypeObject MethodDescrType;      // method_descriptor
extern TypeObject ClassMethodDescrType; // classmethod_descriptor
extern TypeObject GetSetDescrType;      // getset_descriptor
extern TypeObject MemberDescrType;      // member_descriptor

Object* builtin_function_new(const MethodDef* def, Object* self, Object* module);
Object* method_descr_new(TypeObject* type, const MethodDef* def);
Object* getset_descr_new(TypeObject* type, const GetSetDef* def);

void init_descr_types();

} // namespace hs

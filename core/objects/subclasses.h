// type.__subclasses__(): the weak references from each class to its subclasses (subclasses.cpp).
#pragma once

#include "runtime/typeobject.h"

namespace hs {

// When `type` is ready (CPython's add_subclass for each base) and when it dies.
int type_add_subclass(TypeObject* base, TypeObject* type);
void type_remove_subclass(TypeObject* base, TypeObject* type);
// The live subclasses of `base`, in the order they were made (new list).
Object* type_subclasses(TypeObject* base);

} // namespace hs

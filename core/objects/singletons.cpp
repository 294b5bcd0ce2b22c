// None, NotImplemented and Ellipsis: statically allocated singletons of their own types.
#include "objects/strobject.h"
#include "runtime/errors.h"
#include "runtime/object.h"
#include "runtime/typeobject.h"
#include "runtime/types_registry.h"

namespace hs {

TypeObject NoneType;
TypeObject NotImplementedType;
TypeObject EllipsisType;

// Shared by everything, they must never reach zero (IMMORTAL_REFCNT).
Object NoneObject{IMMORTAL_REFCNT, &NoneType};
Object NotImplementedObject{IMMORTAL_REFCNT, &NotImplementedType};
Object EllipsisObject{IMMORTAL_REFCNT, &EllipsisType};

namespace {

void singleton_dealloc(Object*) {
    // Unreachable: the count never drops to zero. Resetting keeps a bug from freeing static memory.
}

Object* none_repr(Object*) { return newref(intern("None")); }
Object* notimplemented_repr(Object*) { return newref(intern("NotImplemented")); }
Object* ellipsis_repr(Object*) { return newref(intern("Ellipsis")); }
int none_bool(Object*) { return 0; }

Object* singleton_new(TypeObject* type, Object* const*, size_t nargs, Object* kwnames) {
    if (nargs || kwnames) return type_error("%s takes no arguments", type_name(type));
    if (type == &NoneType) return new_none();
    if (type == &NotImplementedType) return newref(NotImplemented());
    return newref(Ellipsis());
}

void init_singleton_type(TypeObject& t, const char* name, unaryfunc repr) {
    t.ob_refcnt = IMMORTAL_REFCNT;
    t.ob_type = &TypeType;
    t.tp_name = name;
    t.tp_basicsize = 16;
    t.tp_dealloc = singleton_dealloc;
    t.tp_repr = repr;
    t.tp_new = singleton_new;
    register_static_type(&t);
}

} // namespace

void init_singleton_types() {
    init_singleton_type(NoneType, "NoneType", none_repr);
    NoneType.nb_bool = none_bool;
    init_singleton_type(NotImplementedType, "NotImplementedType", notimplemented_repr);
    init_singleton_type(EllipsisType, "ellipsis", ellipsis_repr);
}

void dealloc(Object* o) { o->ob_type->tp_dealloc(o); }

} // namespace hs

// super(): attribute lookup that starts after a given class in the instance's MRO.
#include "objects/dictobject.h"
#include "objects/exceptions.h"
#include "objects/funcobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/runtime.h"
#include "runtime/types_registry.h"
#include "vm/frame.h"

#include <cstdio>

namespace hs {

TypeObject SuperType;

namespace {

struct SuperObject : Object {
    TypeObject* type = nullptr;      // the class after which lookup starts
    Object* obj = nullptr;           // the instance or class, or nullptr when unbound
    TypeObject* obj_type = nullptr;  // whose MRO is searched
};

// The type whose MRO super() searches (CPython's supercheck).
TypeObject* supercheck(TypeObject* type, Object* obj) {
    if (type_has_flag(type_of(obj), TPFLAGS_TYPE_SUBCLASS) && type_is_subtype(static_cast<TypeObject*>(obj), type))
        return static_cast<TypeObject*>(newref(obj));
    if (type_is_subtype(type_of(obj), type)) return static_cast<TypeObject*>(newref(static_cast<Object*>(type_of(obj))));
    Ref cls;
    if (object_lookup_attr(obj, intern("__class__"), &cls.reset_out()) < 0) return nullptr;
    if (cls && type_has_flag(type_of(cls.get()), TPFLAGS_TYPE_SUBCLASS) &&
        type_is_subtype(static_cast<TypeObject*>(cls.get()), type))
        return static_cast<TypeObject*>(cls.release());
    type_error("super(type, obj): obj must be an instance or subtype of type");
    return nullptr;
}

int super_fill(SuperObject* su, TypeObject* type, Object* obj) {
    TypeObject* obj_type = nullptr;
    if (obj) {
        obj_type = supercheck(type, obj);
        if (!obj_type) return -1;
    }
    setref(su->type, static_cast<TypeObject*>(newref(static_cast<Object*>(type))));
    setref(su->obj, xnewref(obj));
    setref(su->obj_type, obj_type);
    return 0;
}

// Zero-argument super(): the class from the __class__ cell and the first argument of the
// calling function (CPython's super_init_without_args).
int super_from_frame(TypeObject** type, Object** obj) {
    Frame* f = rt().current_frame;
    if (!f || !f->f_code) {
        set_error(&RuntimeErrorType, "super(): no current frame");
        return -1;
    }
    CodeObject* co = f->f_code;
    if (co->co_argcount == 0) {
        set_error(&RuntimeErrorType, "super(): no arguments");
        return -1;
    }
    Object* first = f->localsplus[0];
    if (first && (co->unit->localspluskinds[0] & compiler::CO_FAST_CELL) && type_of(first) == &CellType)
        first = static_cast<CellObject*>(first)->ob_ref;
    if (!first) {
        set_error(&RuntimeErrorType, "super(): arg[0] deleted");
        return -1;
    }
    for (int i = 0; i < co->co_nlocalsplus; i++) {
        if (!(co->unit->localspluskinds[i] & compiler::CO_FAST_FREE)) continue;
        if (str_view(tuple_items(co->co_localsplusnames)[i]) != "__class__") continue;
        Object* cell = f->localsplus[i];
        Object* cls = cell ? static_cast<CellObject*>(cell)->ob_ref : nullptr;
        if (!cls) {
            set_error(&RuntimeErrorType, "super(): empty __class__ cell");
            return -1;
        }
        if (!type_has_flag(type_of(cls), TPFLAGS_TYPE_SUBCLASS)) {
            set_error_format(&RuntimeErrorType, "super(): __class__ is not a type (%s)", type_name_of(cls));
            return -1;
        }
        *type = static_cast<TypeObject*>(cls);
        *obj = first;
        return 0;
    }
    set_error(&RuntimeErrorType, "super(): __class__ cell not found");
    return -1;
}

int super_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("super", kwnames) || !check_nargs("super", nargs, 0, 2)) return -1;
    TypeObject* type = nullptr;
    Object* obj = nullptr;
    if (nargs == 0) {
        if (super_from_frame(&type, &obj) < 0) return -1;
    } else {
        if (!type_has_flag(type_of(args[0]), TPFLAGS_TYPE_SUBCLASS)) {
            type_error("super() argument 1 must be a type, not %s", type_name_of(args[0]));
            return -1;
        }
        type = static_cast<TypeObject*>(args[0]);
        obj = nargs == 2 && args[1] != None() ? args[1] : nullptr;
    }
    return super_fill(static_cast<SuperObject*>(self), type, obj);
}

Object* super_getattro(Object* self, Object* name) {
    auto* su = static_cast<SuperObject*>(self);
    TypeObject* start = su->obj_type;
    if (start && !(str_check(name) && str_view(name) == "__class__")) {
        TupleObject* mro = start->tp_mro;
        ssize_t n = tuple_size(mro);
        ssize_t i = 0;
        while (i < n && tuple_items(mro)[i] != su->type) i++;
        for (i++; i < n; i++) {
            auto* t = static_cast<TypeObject*>(tuple_items(mro)[i]);
            Object* res = dict_getitem_with_error(t->tp_dict, name);
            if (!res) {
                if (error_occurred()) return nullptr;
                continue;
            }
            Ref keep = Ref::borrowed(res);
            if (descrgetfunc get = type_of(res)->tp_descr_get) {
                return get(res, su->obj == static_cast<Object*>(start) ? nullptr : su->obj, static_cast<Object*>(start));
            }
            return keep.release();
        }
    }
    return generic_getattr(self, name);
}

Object* super_repr(Object* self) {
    auto* su = static_cast<SuperObject*>(self);
    std::string type = su->type ? type_name(su->type) : "NULL";
    if (su->obj_type) {
        return str_from_utf8("<super: <class '" + type + "'>, <" + std::string(type_name(su->obj_type)) + " object>>");
    }
    return str_from_utf8("<super: <class '" + type + "'>, NULL>");
}

void super_dealloc(Object* self) {
    auto* su = static_cast<SuperObject*>(self);
    gc_untrack(self);
    xdecref(su->obj);
    xdecref(su->type);
    xdecref(su->obj_type);
    gc_free(self);
}

int super_traverse(Object* self, visitproc visit, void* arg) {
    auto* su = static_cast<SuperObject*>(self);
    HS_VISIT(su->obj);
    HS_VISIT(su->type);
    HS_VISIT(su->obj_type);
    return 0;
}

Object* super_descr_get(Object* self, Object* obj, Object*) {
    auto* su = static_cast<SuperObject*>(self);
    if (!obj || obj == None() || su->obj) return newref(self);
    Ref bound(type_generic_alloc(&SuperType, 0));
    if (!bound || super_fill(static_cast<SuperObject*>(bound.get()), su->type, obj) < 0) return nullptr;
    return bound.release();
}

} // namespace

Object* super_new_for(Object* obj, TypeObject* type) {
    Ref su(type_generic_alloc(&SuperType, 0));
    if (!su) return nullptr;
    if (super_fill(static_cast<SuperObject*>(su.get()), type, obj ? obj : static_cast<Object*>(type)) < 0) return nullptr;
    return su.release();
}

void init_super_type() {
    SuperType.tp_name = "super";
    SuperType.tp_basicsize = 40;
    SuperType.tp_cxx_size = sizeof(SuperObject);
    SuperType.tp_flags = TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE;
    SuperType.tp_dealloc = super_dealloc;
    SuperType.tp_traverse = super_traverse;
    SuperType.tp_getattro = super_getattro;
    SuperType.tp_repr = super_repr;
    SuperType.tp_init = super_init;
    SuperType.tp_new = generic_new;
    SuperType.tp_descr_get = super_descr_get;
    register_static_type(&SuperType);
}

} // namespace hs

// The builtins about objects and names: isinstance, issubclass, hasattr/getattr/setattr/delattr,
// id, hash, callable, vars, dir, globals, locals, repr, ascii, format.
#include "modules/builtins_impl.h"

#include "objects/dictobject.h"
#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/listobject.h"
#include "objects/moduleobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/runtime.h"
#include "vm/frame.h"
#include "vm/frame_access.h"

#include <cstdint>


namespace hs::builtins {

namespace {

bool check_attr_name(Object* name) {
    if (str_check(name)) return true;
    set_error_format(&TypeErrorType, "attribute name must be string, not '%s'", type_name_of(name));
    return false;
}

Object* current_globals() {
    return vm_current_globals();
}

Object* current_locals() {
    return vm_current_locals();
}

// Adds the names of `type` and its bases (CPython's merge_class_dict) to `names`.
int merge_class_names(Object* names, TypeObject* type) {
    Object* mro = reinterpret_cast<Object*>(type->tp_mro);
    if (!mro) return dict_merge(names, reinterpret_cast<Object*>(type->tp_dict), true);
    for (ssize_t i = tuple_size(mro) - 1; i >= 0; --i) {
        auto* t = static_cast<TypeObject*>(tuple_items(mro)[i]);
        if (t->tp_dict && dict_merge(names, reinterpret_cast<Object*>(t->tp_dict), true) < 0) return -1;
    }
    return 0;
}

// The names dir(o) lists when o's type has no __dir__ (object.__dir__, type.__dir__ and
// module.__dir__ in CPython): a dict whose keys are the names.
Object* default_dir_names(Object* o) {
    if (o->ob_type == &ModuleType || type_is_subtype(o->ob_type, &ModuleType)) return dict_copy(module_dict(o));
    Ref names(dict_new());
    if (!names) return nullptr;
    if (type_has_flag(o->ob_type, TPFLAGS_TYPE_SUBCLASS)) {
        if (merge_class_names(names.get(), static_cast<TypeObject*>(o)) < 0) return nullptr;
        return names.release();
    }
    Object* dict = nullptr;
    if (object_lookup_attr(o, intern("__dict__"), &dict) < 0) return nullptr;
    Ref dict_holder(dict);
    if (dict && dict_check(dict) && dict_merge(names.get(), dict, true) < 0) return nullptr;
    Object* cls = nullptr;
    if (object_lookup_attr(o, intern("__class__"), &cls) < 0) return nullptr;
    Ref cls_holder(cls);
    TypeObject* type = cls && type_has_flag(cls->ob_type, TPFLAGS_TYPE_SUBCLASS) ? static_cast<TypeObject*>(cls)
                                                                                  : o->ob_type;
    if (merge_class_names(names.get(), type) < 0) return nullptr;
    return names.release();
}

} // namespace

Object* isinstance(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("isinstance", kwnames) || !check_nargs("isinstance", nargs, 2, 2)) return nullptr;
    int r = object_isinstance(args[0], args[1]);
    return r < 0 ? nullptr : new_bool(r);
}

Object* issubclass(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("issubclass", kwnames) || !check_nargs("issubclass", nargs, 2, 2)) return nullptr;
    int r = object_issubclass(args[0], args[1]);
    return r < 0 ? nullptr : new_bool(r);
}

Object* hasattr(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("hasattr", kwnames) || !check_nargs("hasattr", nargs, 2, 2)) return nullptr;
    if (!check_attr_name(args[1])) return nullptr;
    Object* value = nullptr;
    int r = object_lookup_attr(args[0], args[1], &value);
    if (r < 0) return nullptr;
    xdecref(value);
    return new_bool(r);
}

Object* getattr(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("getattr", kwnames) || !check_nargs("getattr", nargs, 2, 3)) return nullptr;
    if (!check_attr_name(args[1])) return nullptr;
    if (nargs == 2) return object_getattr(args[0], args[1]);
    Object* value = nullptr;
    int r = object_lookup_attr(args[0], args[1], &value);
    if (r < 0) return nullptr;
    return r ? value : newref(args[2]);
}

Object* setattr(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("setattr", kwnames) || !check_nargs("setattr", nargs, 3, 3)) return nullptr;
    if (!check_attr_name(args[1])) return nullptr;
    if (object_setattr(args[0], args[1], args[2]) < 0) return nullptr;
    return new_none();
}

Object* delattr(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("delattr", kwnames) || !check_nargs("delattr", nargs, 2, 2)) return nullptr;
    if (!check_attr_name(args[1])) return nullptr;
    if (object_setattr(args[0], args[1], nullptr) < 0) return nullptr;
    return new_none();
}

// id(o): the object's address, as CPython (heapscope's addresses differ from CPython's).
Object* id(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("id", nargs, kwnames)) return nullptr;
    return int_from_int64(static_cast<int64_t>(reinterpret_cast<uintptr_t>(args[0])));
}

Object* hash(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("hash", nargs, kwnames)) return nullptr;
    int64_t h = object_hash(args[0]);
    if (h == -1 && error_occurred()) return nullptr;
    return int_from_int64(h);
}

Object* callable(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("callable", nargs, kwnames)) return nullptr;
    return new_bool(type_of(args[0])->tp_call != nullptr);
}

Object* vars(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("vars", kwnames) || !check_nargs("vars", nargs, 0, 1)) return nullptr;
    if (nargs == 0) return current_locals();
    Object* dict = nullptr;
    int r = object_lookup_attr(args[0], intern("__dict__"), &dict);
    if (r < 0) return nullptr;
    if (r == 0) {
        set_error(&TypeErrorType, "vars() argument must have __dict__ attribute");
        return nullptr;
    }
    return dict;
}

// dir([o]): the sorted names of o.__dir__(), or of the current local scope.
Object* dir(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("dir", kwnames) || !check_nargs("dir", nargs, 0, 1)) return nullptr;
    Ref names;
    if (nargs == 0) {
        Ref locals(current_locals());
        if (!locals) return nullptr;
        if (!dict_check(locals.get())) {
            set_error(&TypeErrorType, "vars() argument must have __dict__ attribute");
            return nullptr;
        }
        names = Ref(dict_keys_list(locals.get()));
    } else {
        Object* o = args[0];
        if (type_lookup(o->ob_type, intern("__dir__"))) {
            Ref result(call_special(o, "__dir__", {}));
            if (!result) return nullptr;
            names = Ref(sequence_list(result.get()));
        } else {
            Ref dict(default_dir_names(o));
            if (!dict) return nullptr;
            names = Ref(dict_keys_list(dict.get()));
        }
    }
    if (!names || list_sort(names.get(), nullptr, false) < 0) return nullptr;
    return names.release();
}

Object* globals(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("globals", nargs, kwnames)) return nullptr;
    Object* g = current_globals();
    return newref(g ? g : None());
}

Object* locals(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("locals", nargs, kwnames)) return nullptr;
    return current_locals();
}

Object* repr(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("repr", nargs, kwnames)) return nullptr;
    return object_repr(args[0]);
}

Object* ascii(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("ascii", nargs, kwnames)) return nullptr;
    return object_ascii(args[0]);
}

// format(value, format_spec='', /)
Object* format(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const ArgSpec spec{"format", {"value", "format_spec"}, 1, 2};
    Object* a[2];
    if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
    if (a[1] && !str_check(a[1])) {
        set_error_format(&TypeErrorType, "format() argument 2 must be str, not %s", type_name_of(a[1]));
        return nullptr;
    }
    return object_format(a[0], a[1]);
}

} // namespace hs::builtins

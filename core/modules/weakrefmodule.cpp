// The _weakref module (CPython's Modules/_weakref.c): the C half of `weakref`. The weakref
// module itself is Python code (modules/python/weakref.py) built on these functions and types.
#include "objects/dictobject.h"
#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/listobject.h"
#include "objects/moduleobject.h"
#include "objects/weakrefobject.h"
#include "runtime/args.h"
#include "runtime/errors.h"

namespace hs {

namespace {

Object* getweakrefcount(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("_weakref.getweakrefcount", nargs, kwnames)) return nullptr;
    return int_from_int64(weakref_count(args[0]));
}

// A list of the weakrefs to the object, in the order of its list (shared ones first).
Object* getweakrefs(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("_weakref.getweakrefs", nargs, kwnames)) return nullptr;
    Object* o = args[0];
    ssize_t count = weakref_count(o);
    Object* result = list_new(count);
    if (!result || count == 0) return result;
    WeakRefObject* current = *weakref_list_ptr(o);
    for (ssize_t i = 0; i < count; i++, current = current->wr_next) list_items(result)[i] = newref(current);
    return result;
}

Object* proxy(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("_weakref.proxy", kwnames) || !check_nargs("proxy", nargs, 1, 2)) return nullptr;
    return weakref_new_proxy(args[0], nargs > 1 ? args[1] : nullptr);
}

// Removes dct[key] if it is a dead weakref (WeakValueDictionary's callback); a missing key is
// not an error.
Object* remove_dead_weakref(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("_weakref._remove_dead_weakref", kwnames) || !check_nargs("_remove_dead_weakref", nargs, 2, 2))
        return nullptr;
    Object* dct = args[0];
    Object* key = args[1];
    if (!dict_check(dct))
        return type_error("_remove_dead_weakref() argument 1 must be dict, not %s", type_name_of(dct));
    Object* value = dict_getitem_with_error(dct, key);
    if (!value) return error_occurred() ? nullptr : new_none();
    if (!weakref_check(value)) return type_error("not a weakref");
    if (weakref_get_object(value) == None() && dict_delitem(dct, key) < 0) {
        if (!error_matches(&KeyErrorType)) return nullptr;
        clear_error();
    }
    return new_none();
}

const MethodDef weakref_functions[] = {
    {"getweakrefcount", getweakrefcount},
    {"_remove_dead_weakref", remove_dead_weakref},
    {"getweakrefs", getweakrefs},
    {"proxy", proxy},
    {nullptr, nullptr},
};

} // namespace

Object* weakref_c_module_create() {
    Ref module(module_new("_weakref"));
    if (!module || module_add_functions(module.get(), weakref_functions) < 0) return nullptr;
    Object* d = module_dict(module.get());
    const std::pair<const char*, TypeObject*> types[] = {
        {"ref", &WeakRefType},
        {"ReferenceType", &WeakRefType},
        {"ProxyType", &WeakProxyType},
        {"CallableProxyType", &WeakCallableProxyType},
    };
    for (const auto& [name, type] : types) {
        if (dict_setitem_str(d, name, type) < 0) return nullptr;
    }
    return module.release();
}

} // namespace hs

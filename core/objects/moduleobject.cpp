// Module objects and the table of builtin modules.
#include "objects/moduleobject.h"

#include "objects/descrobject.h"
#include "objects/dictobject.h"
#include "objects/exceptions.h"
#include "objects/strobject.h"
#include "objects/weakrefobject.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/finalize.h"
#include "runtime/gc.h"
#include "runtime/runtime.h"
#include "runtime/types_registry.h"

#include <cstddef>

namespace hs {

TypeObject ModuleType;

// Constructors of the builtin modules, defined in core/modules/.
Object* sys_module_create();
Object* gc_module_create();
Object* weakref_c_module_create();
Object* weakrefset_module_create();
Object* weakref_module_create();
Object* atexit_module_create();
Object* time_module_create();

namespace {

void module_dealloc(Object* self) {
    auto* m = static_cast<ModuleObject*>(self);
    gc_untrack(self);
    if (m->md_weaklist) object_clear_weakrefs(self);
    xdecref(m->md_dict);
    xdecref(m->md_name);
    gc_free(self);
}

int module_traverse(Object* self, visitproc visit, void* arg) {
    HS_VISIT(static_cast<ModuleObject*>(self)->md_dict);
    return 0;
}

int module_clear(Object* self) {
    clear_ref(static_cast<ModuleObject*>(self)->md_dict);
    return 0;
}

// Where CPython's module of the same name comes from, as its repr says: compiled into the
// interpreter, or Python source frozen into it (heapscope's weakref is frozen; CPython 3.11
// reads Lib/weakref.py and shows its path, which depends on the installation).
const char* module_origin(std::string_view name) {
    for (std::string_view builtin : {"sys", "builtins", "gc", "_weakref", "atexit", "time"})
        if (name == builtin) return " (built-in)";
    for (std::string_view frozen : {"weakref", "_weakrefset"})
        if (name == frozen) return " (frozen)";
    return "";
}

Object* module_repr(Object* self) {
    auto* m = static_cast<ModuleObject*>(self);
    std::string text = "<module '";
    text += str_view(m->md_name);
    text += "'";
    text += module_origin(str_view(m->md_name));
    text += ">";
    return str_from_utf8(text);
}

Object* module_getattro(Object* self, Object* name) {
    Object* r = generic_getattr(self, name);
    if (r || !error_matches(&AttributeErrorType)) return r;
    clear_error();
    auto* m = static_cast<ModuleObject*>(self);
    set_error_format(&AttributeErrorType, "module '%s' has no attribute '%s'", str_data(m->md_name), str_data(name));
    attribute_error_set_context(self, name);
    return nullptr;
}

Object* module_get_dict(Object* self) { return newref(static_cast<ModuleObject*>(self)->md_dict); }

// module.__dir__: the names in the module's namespace.
Object* module_dir(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs_and_args("__dir__", nargs, kwnames)) return nullptr;
    return dict_keys_list(static_cast<ModuleObject*>(self)->md_dict);
}

const MethodDef module_methods[] = {
    {"__dir__", module_dir},
    {nullptr, nullptr},
};

const GetSetDef module_getset[] = {
    {"__dict__", module_get_dict},
    {nullptr, nullptr},
};

} // namespace

Object* module_new(std::string_view name) {
    auto* m = static_cast<ModuleObject*>(gc_alloc(&ModuleType, sizeof(ModuleObject)));
    if (!m) return nullptr;
    m->md_dict = nullptr;
    m->md_name = nullptr;
    m->md_weaklist = nullptr;
    Ref holder(m);
    m->md_name = str_from_utf8(name);
    m->md_dict = dict_new();
    if (!m->md_name || !m->md_dict) return nullptr;
    if (dict_setitem_str(m->md_dict, "__name__", m->md_name) < 0) return nullptr;
    if (dict_setitem_str(m->md_dict, "__doc__", None()) < 0) return nullptr;
    gc_track(m);
    return holder.release();
}

int module_add_functions(Object* module, const MethodDef* functions) {
    auto* m = static_cast<ModuleObject*>(module);
    for (const MethodDef* def = functions; def->name; def++) {
        Ref f(builtin_function_new(def, module, m->md_name));
        if (!f || dict_setitem_str(m->md_dict, def->name, f.get()) < 0) return -1;
    }
    return 0;
}

ModuleInit find_builtin_module(std::string_view name) {
    if (name == "sys") return sys_module_create;
    if (name == "gc") return gc_module_create;  // modules/gcmodule.cpp
    if (name == "_weakref") return weakref_c_module_create;   // modules/weakrefmodule.cpp
    if (name == "_weakrefset") return weakrefset_module_create;  // modules/python/_weakrefset.py
    if (name == "weakref") return weakref_module_create;     // modules/python/weakref.py
    if (name == "atexit") return atexit_module_create;       // modules/atexitmodule.cpp
    if (name == "time") return time_module_create;           // modules/timemodule.cpp
    return nullptr;
}

void module_clear_dict(Object* d) {
    // Two passes over the entries in order; values set to None keep their keys and order.
    for (int pass = 0; pass < 2; pass++) {
        ssize_t pos = 0;
        Object *key, *value;
        while (dict_next(d, &pos, &key, &value)) {
            if (value == None() || !str_check(key)) continue;
            std::string_view name = str_view(key);
            bool single_underscore = name.size() >= 1 && name[0] == '_' && (name.size() < 2 || name[1] != '_');
            bool clear = pass == 0 ? single_underscore : name != "__builtins__";
            if (clear && dict_setitem(d, key, None()) < 0) write_unraisable(nullptr);
        }
    }
}

int import_startup_modules() {
    for (const char* name : {"_weakref", "_weakrefset", "weakref", "atexit", "time"}) {
        Ref key(str_from_utf8(name));
        if (!key) return -1;
        if (dict_getitem_with_error(rt().modules, key.get())) continue;
        if (error_occurred()) return -1;
        Ref module(find_builtin_module(name)());
        if (!module || dict_setitem(rt().modules, key.get(), module.get()) < 0) return -1;
    }
    return 0;
}

void init_module_type() {
    ModuleType.tp_name = "module";
    ModuleType.tp_basicsize = 56;
    ModuleType.tp_cxx_size = sizeof(ModuleObject);
    ModuleType.tp_flags = TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE;
    ModuleType.tp_dealloc = module_dealloc;
    ModuleType.tp_traverse = module_traverse;
    ModuleType.tp_clear = module_clear;
    ModuleType.tp_repr = module_repr;
    ModuleType.tp_getattro = module_getattro;
    ModuleType.tp_setattro = generic_setattr;
    ModuleType.tp_weaklistoffset = offsetof(ModuleObject, md_weaklist);
    ModuleType.tp_dictoffset = 1;  // instances have a __dict__ (md_dict): see instance_dict_ptr()
    ModuleType.tp_getset = module_getset;
    ModuleType.tp_methods = module_methods;
    register_static_type(&ModuleType);
}

} // namespace hs

// Module objects and the table of builtin modules.
#include "objects/moduleobject.h"

#include "objects/descrobject.h"
#include "objects/dictobject.h"
#include "objects/exceptions.h"
#include "objects/strobject.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/types_registry.h"

namespace hs {

TypeObject ModuleType;

// Constructors of the builtin modules, defined in core/modules/.
Object* sys_module_create();
Object* gc_module_create();

namespace {

void module_dealloc(Object* self) {
    auto* m = static_cast<ModuleObject*>(self);
    gc_untrack(self);
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

Object* module_repr(Object* self) {
    auto* m = static_cast<ModuleObject*>(self);
    std::string text = "<module '";
    text += str_view(m->md_name);
    text += m->md_name && (str_view(m->md_name) == "sys" || str_view(m->md_name) == "builtins" ||
                           str_view(m->md_name) == "gc")
                ? "' (built-in)>"
                : "'>";
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
    return nullptr;
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
    ModuleType.tp_dictoffset = 1;  // instances have a __dict__ (md_dict): see instance_dict_ptr()
    ModuleType.tp_getset = module_getset;
    ModuleType.tp_methods = module_methods;
    register_static_type(&ModuleType);
}

} // namespace hs

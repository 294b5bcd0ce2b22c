// The end of a program: CPython 3.11's Py_FinalizeEx and finalize_modules, in the same order,
// because programs observe it (the order of __del__ calls, weakref callbacks and finalizers at
// exit, and whether their output still appears). See vm/shutdown.h.
#include "vm/shutdown.h"

#include "modules/atexit.h"
#include "modules/sys.h"
#include "objects/dictobject.h"
#include "objects/moduleobject.h"
#include "objects/weakrefobject.h"
#include "runtime/collector.h"
#include "runtime/errors.h"
#include "runtime/finalize.h"
#include "runtime/runtime.h"

#include <utility>
#include <vector>

namespace hs {

namespace {

// Names that often keep user objects alive, dropped before the modules go: the last uncaught
// exception and its traceback (with the frames and their locals) among them.
void finalize_modules_delete_special(Object* sysdict) {
    if (dict_setitem_str(rt().builtins, "_", None()) < 0) write_unraisable(nullptr);
    for (const char* name : {"path", "argv", "ps1", "ps2", "last_type", "last_value", "last_traceback", "path_hooks",
                             "path_importer_cache", "meta_path", "__interactivehook__"}) {
        if (dict_setitem_str(sysdict, name, None()) < 0) write_unraisable(nullptr);
    }
    // The standard streams are restored to the originals.
    const std::pair<const char*, const char*> files[] = {
        {"stdin", "__stdin__"}, {"stdout", "__stdout__"}, {"stderr", "__stderr__"}};
    for (const auto& [name, original] : files) {
        Object* value = dict_getitem_str(sysdict, original);
        if (dict_setitem_str(sysdict, name, value ? value : None()) < 0) write_unraisable(nullptr);
    }
}

// Every module leaves sys.modules (its entry becomes None, then the dict is emptied); the
// returned weak references tell which modules something else still keeps alive, in import order.
std::vector<Ref> finalize_remove_modules(Object* modules) {
    std::vector<Ref> weaklist;
    ssize_t pos = 0;
    Object *name, *module;
    while (dict_next(modules, &pos, &name, &module)) {
        if (type_of(module) != &ModuleType && !type_is_subtype(type_of(module), &ModuleType)) continue;
        Ref wr(weakref_new_ref(module, nullptr));
        if (!wr) write_unraisable(nullptr);
        else weaklist.push_back(std::move(wr));
        Ref key = Ref::borrowed(name);
        if (dict_setitem(modules, key.get(), None()) < 0) write_unraisable(nullptr);
    }
    dict_clear(modules);
    return weaklist;
}

// The modules still alive lose their globals, the last imported first; sys and builtins wait.
void finalize_modules_clear_weaklist(const std::vector<Ref>& weaklist, Object* sysdict) {
    for (size_t i = weaklist.size(); i-- > 0;) {
        Object* module = weakref_get_object(weaklist[i].get());
        if (module == None()) continue;
        Object* d = module_dict(module);
        if (d == static_cast<Object*>(rt().builtins) || d == sysdict || !d) continue;
        Ref keep = Ref::borrowed(module);
        module_clear_dict(d);
    }
}

void finalize_modules() {
    Runtime& r = rt();
    if (!r.modules) return;
    Object* sys = dict_getitem_str(r.modules, "sys");
    Ref sysdict = Ref::borrowed(sys ? module_dict(sys) : nullptr);
    if (sysdict) finalize_modules_delete_special(sysdict.get());
    std::vector<Ref> weaklist = finalize_remove_modules(r.modules);
    // The collection that frees __main__'s namespace and whatever only it kept alive.
    gc_collect_no_fail();
    finalize_modules_clear_weaklist(weaklist, sysdict.get());
    weaklist.clear();
    if (sysdict) module_clear_dict(sysdict.get());
    module_clear_dict(r.builtins);
    gc_collect_no_fail();
}

} // namespace

void finalize_interpreter() {
    Runtime& r = rt();
    clear_ref(r.main_module);
    atexit_call_all();
    std_streams_flush();
    // Finalizers run best before the modules are destroyed (only if the collector is enabled).
    gc_collect_if_enabled();
    finalize_modules();
}

} // namespace hs

// type.__subclasses__(): every class registers itself with each of its bases as a weak reference
// (CPython's tp_subclasses, add_subclass / remove_subclass). The weakref is a GC object the
// program can see (gc.get_count() after a class statement, weakref.getweakrefcount(cls)).
#include "objects/subclasses.h"

#include "objects/dictobject.h"
#include "objects/intobject.h"
#include "objects/listobject.h"
#include "objects/weakrefobject.h"
#include "runtime/errors.h"
#include "runtime/runtime.h"

#include <algorithm>

namespace hs {

namespace {

// A heap type's subclasses are a dict {address: weakref}, made with its first subclass. A static
// type's dict belongs to CPython's start-up (object's holds hundreds): heapscope keeps those
// weakrefs in the runtime, with no dict object to count.
Object* subclass_key(TypeObject* type) { return int_from_int64(static_cast<int64_t>(reinterpret_cast<intptr_t>(type))); }

} // namespace

int type_add_subclass(TypeObject* base, TypeObject* type) {
    if (!type_has_flag(base, TPFLAGS_HEAPTYPE)) {
        Object* ref = weakref_new_ref(type, nullptr);
        if (!ref) return -1;
        rt().static_subclasses.push_back({base, type, ref});
        return 0;
    }
    Ref key(subclass_key(type));
    if (!key) return -1;
    Ref ref(weakref_new_ref(type, nullptr));
    if (!ref) return -1;
    if (!base->tp_subclasses) {
        base->tp_subclasses = static_cast<DictObject*>(dict_new());
        if (!base->tp_subclasses) return -1;
    }
    return dict_setitem(base->tp_subclasses, key.get(), ref.get());
}

void type_remove_subclass(TypeObject* base, TypeObject* type) {
    if (!type_has_flag(base, TPFLAGS_HEAPTYPE)) {
        auto& all = rt().static_subclasses;
        auto it = std::find_if(all.begin(), all.end(), [&](const StaticSubclass& s) { return s.base == base && s.type == type; });
        if (it == all.end()) return;
        Object* ref = it->ref;
        all.erase(it);
        decref(ref);
        return;
    }
    if (!base->tp_subclasses) return;
    ErrorState saved = fetch_error();
    Ref key(subclass_key(type));
    if (!key || dict_delitem(base->tp_subclasses, key.get()) < 0) clear_error();
    // An empty dict is dropped, to save memory (CPython 3.11).
    if (dict_size(base->tp_subclasses) == 0) clear_ref(base->tp_subclasses);
    restore_error(std::move(saved));
}

Object* type_subclasses(TypeObject* base) {
    Ref list(list_new(0));
    if (!list) return nullptr;
    auto append_live = [&](Object* ref) {
        Object* type = weakref_get_object(ref);
        return type == None() ? 0 : list_append(list.get(), type);
    };
    if (!type_has_flag(base, TPFLAGS_HEAPTYPE)) {
        for (const StaticSubclass& s : rt().static_subclasses) {
            if (s.base == base && append_live(s.ref) < 0) return nullptr;
        }
    } else if (base->tp_subclasses) {
        ssize_t pos = 0;
        Object* value = nullptr;
        while (dict_next(base->tp_subclasses, &pos, nullptr, &value)) {
            if (append_live(value) < 0) return nullptr;
        }
    }
    return list.release();
}

} // namespace hs

// Labelled references, in tp_traverse order (observe/heap_refs.h).
//
// Each type's labeller lists the references it knows in its tp_traverse order; RefCollector
// then walks the real tp_traverse and gives each visited referent the next label listed for
// it, so the order (and any reference a labeller does not know) always comes from the type
// itself. References a labeller lists that tp_traverse does not visit come last.
#include "observe/heap_refs.h"

#include "frontend/py_repr.h"
#include "objects/codeobject.h"
#include "objects/descrobject.h"
#include "objects/dict_impl.h"
#include "objects/exceptions.h"
#include "objects/funcobject.h"
#include "objects/genobject.h"
#include "objects/instance.h"
#include "objects/listobject.h"
#include "objects/moduleobject.h"
#include "objects/rangeobject.h"
#include "objects/set_impl.h"
#include "objects/setobject.h"
#include "objects/sliceobject.h"
#include "objects/strobject.h"
#include "objects/tracebackobject.h"
#include "objects/tupleobject.h"
#include "objects/weakrefobject.h"
#include "modules/sys.h"
#include "observe/object_info.h"
#include "vm/frameobject.h"


namespace hs::observe {

namespace {

using Refs = std::vector<LabelledRef>;

void add(Refs& out, Object* target, std::string label, const char* kind) {
    if (target) out.push_back(LabelledRef{target, std::move(label), kind});
}

std::string index_label(ssize_t i) { return "[" + std::to_string(i) + "]"; }

// The label of a dict entry: the key's short repr (an instance key reads "Node object").
std::string key_label(Object* key) { return short_repr(key); }

std::string local_name(CodeObject* code, int i) {
    if (code && code->co_localsplusnames && i < tuple_size(code->co_localsplusnames))
        return std::string(str_view(tuple_items(code->co_localsplusnames)[i]));
    return "stack[" + std::to_string(i - (code ? code->co_nlocalsplus : 0)) + "]";
}

// A frame's strong references (a generator's embedded frame, or a frame object's own copy):
// f_func, f_code, f_locals, then its locals and value stack, labelled `prefix`.name.
void frame_refs(Refs& out, Frame* f, const std::string& prefix, bool with_frame_obj) {
    add(out, f->f_func, prefix + "f_func", "frame");
    add(out, f->f_code, prefix + "f_code", "frame");
    add(out, f->f_locals, prefix + "f_locals", "frame");
    if (with_frame_obj) add(out, f->frame_obj, prefix + "f_frame", "frame");
    for (int i = 0; i < f->stacktop; i++) add(out, f->localsplus[i], prefix + local_name(f->f_code, i), "frame");
}

void list_refs(Object* o, Refs& out) {
    auto* l = static_cast<ListObject*>(o);
    for (ssize_t i = l->ob_size; --i >= 0;) add(out, l->ob_item[i], index_label(i), "item");
}

void tuple_refs(Object* o, Refs& out) {
    for (ssize_t i = tuple_size(o); --i >= 0;) add(out, tuple_items(o)[i], index_label(i), "item");
}

void dict_refs(Object* o, Refs& out) {
    DictKeys* keys = as_dict(o)->ma_keys;
    if (!keys) return;
    DictEntry* entries = keys->entries();
    for (ssize_t i = 0; i < keys->dk_nentries; i++) {
        if (!entries[i].me_value) continue;
        std::string label = key_label(entries[i].me_key);
        add(out, entries[i].me_value, label, "value");
        add(out, entries[i].me_key, label, "key");
    }
}

void set_refs(Object* o, Refs& out) {
    auto* s = static_cast<SetObject*>(o);
    for (ssize_t i = 0; i <= s->mask; i++) {
        SetEntry* e = &s->table[i];
        if (set_entry_active(e)) add(out, e->key, "", "element");
    }
}

void function_refs(Object* o, Refs& out) {
    auto* f = static_cast<FunctionObject*>(o);
    add(out, f->func_code, "__code__", "field");
    add(out, f->func_globals, "__globals__", "field");
    add(out, f->func_builtins, "__builtins__", "field");
    add(out, f->func_module, "__module__", "field");
    add(out, f->func_defaults, "__defaults__", "field");
    add(out, f->func_kwdefaults, "__kwdefaults__", "field");
    add(out, f->func_doc, "__doc__", "field");
    add(out, f->func_name, "__name__", "field");
    add(out, f->func_dict, "__dict__", "dict");
    add(out, f->func_closure, "__closure__", "field");
    add(out, f->func_annotations, "__annotations__", "field");
    add(out, f->func_qualname, "__qualname__", "field");
}

void generator_refs(Object* o, Refs& out) {
    auto* g = static_cast<GenObject*>(o);
    add(out, g->gi_name, "__name__", "field");
    add(out, g->gi_qualname, "__qualname__", "field");
    add(out, g->gi_code, "gi_code", "field");
    if (g->gi_frame_state < GenState::Cleared) frame_refs(out, &g->gi_iframe, "gi_frame.", true);
    add(out, g->gi_exc_state.exc_value, "gi_exc_state", "field");
}

void code_refs(Object* o, Refs& out) {
    auto* c = static_cast<CodeObject*>(o);
    add(out, c->co_consts, "co_consts", "field");
    add(out, c->co_names, "co_names", "field");
    add(out, c->co_localsplusnames, "co_varnames", "field");
    add(out, c->co_name, "co_name", "field");
    add(out, c->co_qualname, "co_qualname", "field");
    add(out, c->co_filename, "co_filename", "field");
}

void type_refs(Object* o, Refs& out) {
    auto* t = static_cast<TypeObject*>(o);
    if (!type_has_flag(t, TPFLAGS_HEAPTYPE)) return;
    add(out, t->tp_dict, "__dict__", "dict");
    add(out, t->tp_mro, "__mro__", "field");
    add(out, t->tp_bases, "__bases__", "field");
    add(out, t->tp_base, "__base__", "field");
    add(out, t->ht_name, "__name__", "field");
    add(out, t->ht_qualname, "__qualname__", "field");
    add(out, t->ht_slots, "__slots__", "field");
    add(out, t->tp_subclasses, "__subclasses__", "field");
}

void exception_refs(Object* o, Refs& out) {
    auto* e = static_cast<BaseExceptionObject*>(o);
    add(out, e->dict, "__dict__", "dict");
    add(out, e->args, "args", "field");
    add(out, e->notes, "__notes__", "field");
    add(out, e->traceback, "__traceback__", "field");
    add(out, e->cause, "__cause__", "field");
    add(out, e->context, "__context__", "field");
}

// A descriptor's class and name.
template <typename Descriptor>
void descriptor_refs(Descriptor* d, Refs& out) {
    add(out, d->d_type, "__objclass__", "field");
    add(out, d->d_name, "__name__", "field");
}

// The references of an object of the builtin type `t` (o may be an instance of a subclass).
void builtin_refs(TypeObject* t, Object* o, Refs& out) {
    if (t == &ListType) return list_refs(o, out);
    if (t == &TupleType) return tuple_refs(o, out);
    if (t == &DictType) return dict_refs(o, out);
    if (t == &SetType || t == &FrozenSetType) return set_refs(o, out);
    if (t == &FunctionType) return function_refs(o, out);
    if (t == &CellType) return add(out, static_cast<CellObject*>(o)->ob_ref, "cell_contents", "cell");
    if (t == &MethodType) {
        add(out, static_cast<MethodObject*>(o)->im_func, "__func__", "field");
        return add(out, static_cast<MethodObject*>(o)->im_self, "__self__", "field");
    }
    if (t == &GenType) return generator_refs(o, out);
    if (t == &CodeType) return code_refs(o, out);
    if (t == &ModuleType) {
        add(out, static_cast<ModuleObject*>(o)->md_dict, "__dict__", "dict");
        return add(out, static_cast<ModuleObject*>(o)->md_name, "__name__", "field");
    }
    if (t == &TypeType) return type_refs(o, out);
    if (t == &RangeType) {
        auto* r = static_cast<RangeObject*>(o);
        add(out, r->start, "start", "field");
        add(out, r->stop, "stop", "field");
        add(out, r->step, "step", "field");
        return add(out, r->length, "length", "field");
    }
    if (t == &SliceType) {
        auto* s = static_cast<SliceObject*>(o);
        add(out, s->start, "start", "field");
        add(out, s->stop, "stop", "field");
        return add(out, s->step, "step", "field");
    }
    if (t == &TracebackType) {
        add(out, static_cast<TracebackObject*>(o)->tb_next, "tb_next", "field");
        return add(out, static_cast<TracebackObject*>(o)->tb_frame, "tb_frame", "field");
    }
    if (t == &FrameType) {
        auto* fo = static_cast<FrameObject*>(o);
        add(out, fo->f_back, "f_back", "field");
        if (fo->owns_frame && fo->f_frame) frame_refs(out, fo->f_frame, "", false);
        return;
    }
    if (t == &BuiltinFunctionType) {
        add(out, static_cast<BuiltinFunctionObject*>(o)->self, "__self__", "field");
        return add(out, static_cast<BuiltinFunctionObject*>(o)->module, "__module__", "field");
    }
    if (is_std_stream(o)) return add(out, std_stream_pending(o), "pending_bytes", "field");
    if (t == &PropertyType) {
        auto* p = static_cast<PropertyObject*>(o);
        add(out, p->prop_get, "fget", "field");
        add(out, p->prop_set, "fset", "field");
        add(out, p->prop_del, "fdel", "field");
        add(out, p->prop_doc, "__doc__", "field");
        return add(out, p->prop_name, "__name__", "field");
    }
    if (t == &MemberDescrType) return descriptor_refs(static_cast<MemberDescrObject*>(o), out);
    if (t == &GetSetDescrType) return descriptor_refs(static_cast<GetSetDescrObject*>(o), out);
    if (t == &MethodDescrType || t == &ClassMethodDescrType) return descriptor_refs(static_cast<MethodDescrObject*>(o), out);
    if (t == &WeakRefType || t == &WeakProxyType || t == &WeakCallableProxyType) {
        // The referent is not a reference the weakref owns: only its callback is.
        return add(out, static_cast<WeakRefObject*>(o)->wr_callback, "__callback__", "field");
    }
    if (type_has_flag(t, TPFLAGS_BASE_EXC_SUBCLASS)) return exception_refs(o, out);
}

// The builtin type a class derives its layout from (object for plain classes).
TypeObject* layout_base(TypeObject* t) {
    while (t && type_has_flag(t, TPFLAGS_HEAPTYPE)) t = t->tp_base;
    return t;
}

// An instance of a class statement's class: __slots__, attributes (or the materialized
// __dict__), the builtin base's references, then the class (subtype_traverse's order).
void instance_refs(Object* o, Refs& out) {
    TypeObject* type = type_of(o);
    InstanceExtras* x = instance_extras(o);
    if (x) {
        Object** slots = instance_slots(x);
        for (int i = 0; i < type->ht_nslots; i++) add(out, slots[i], "__slots__[" + std::to_string(i) + "]", "slot");
        if (InstanceValues* v = x->values) {
            for (uint32_t i = 0; i < v->size; i++) {
                InstanceValues::Entry& e = v->entries()[i];
                add(out, e.value, e.key ? std::string(str_view(e.key)) : std::string(), "attr");
            }
        }
        add(out, x->dict, "__dict__", "dict");
    }
    if (TypeObject* base = layout_base(type)) builtin_refs(base, o, out);
    add(out, type, "__class__", "class");
}

void labelled_refs(Object* o, Refs& out) {
    TypeObject* t = type_of(o);
    if (type_has_flag(t, TPFLAGS_HEAPTYPE)) return instance_refs(o, out);
    if (type_has_flag(t, TPFLAGS_TYPE_SUBCLASS)) return type_refs(o, out);
    builtin_refs(t, o, out);
}

// The references of a list, tuple, dict or set (exactly those types), or SIZE_MAX for others.
size_t container_ref_count(Object* o) {
    TypeObject* t = type_of(o);
    if (t == &ListType) return static_cast<size_t>(static_cast<ListObject*>(o)->ob_size);
    if (t == &TupleType) return static_cast<size_t>(tuple_size(o));
    if (t == &DictType) return 2 * static_cast<size_t>(dict_size(o));
    if (t == &SetType || t == &FrozenSetType) return static_cast<size_t>(static_cast<SetObject*>(o)->used);
    return SIZE_MAX;
}

// Calls f(target, kind, index, key, end) for each reference of a list, tuple, dict or set (exactly
// those types) in index order: `index` is an item's index (-1 for the others), `key` a dict
// entry's key, `end` how many references the container holds up to the end of this one's entry
// (a dict entry holds two). Stops when f returns false.
template <typename F>
void each_container_ref(Object* o, F f) {
    TypeObject* t = type_of(o);
    if (t == &ListType || t == &TupleType) {
        Object** items = t == &ListType ? static_cast<ListObject*>(o)->ob_item : tuple_items(o);
        size_t n = container_ref_count(o);
        for (size_t i = 0; i < n; i++) {
            if (!f(items[i], "item", static_cast<ssize_t>(i), nullptr, i + 1)) return;
        }
    } else if (t == &DictType) {
        ssize_t pos = 0;
        Object *key, *value;
        for (size_t end = 2; dict_next(o, &pos, &key, &value); end += 2) {
            if (!f(value, "value", -1, key, end) || !f(key, "key", -1, key, end)) return;
        }
    } else {
        auto* set = static_cast<SetObject*>(o);
        size_t end = 0;
        for (ssize_t i = 0; i <= set->mask; i++) {
            if (set_entry_active(&set->table[i]) && !f(set->table[i].key, "element", -1, nullptr, ++end)) return;
        }
    }
}

// The first `max` references of a big container, in index order (whole dict entries only).
void first_container_refs(Object* o, size_t max, Refs& out) {
    each_container_ref(o, [&](Object* target, const char* kind, ssize_t index, Object* key, size_t end) {
        if (end > max) return false;
        add(out, target, index >= 0 ? index_label(index) : key ? key_label(key) : "", kind);
        return true;
    });
}

} // namespace

void RefCollector::visit_omitted(Object* o, size_t max_refs, void (*visit)(Object* target, ssize_t index, void* arg), void* arg) {
    size_t count = container_ref_count(o);
    if (count == SIZE_MAX || count <= max_refs) return;
    each_container_ref(o, [&](Object* target, const char*, ssize_t index, Object*, size_t end) {
        if (end > max_refs) visit(target, index, arg);
        return true;
    });
}

const std::vector<LabelledRef>& RefCollector::collect(Object* o, size_t max_refs) {
    m_out.clear();
    m_labelled.clear();
    m_omitted = 0;
    if (size_t count = container_ref_count(o); count != SIZE_MAX && count > max_refs) {
        first_container_refs(o, max_refs, m_out);
        m_omitted = count - m_out.size();
        return m_out;
    }
    labelled_refs(o, m_labelled);
    traverseproc traverse = type_of(o)->tp_traverse;
    if (!traverse) {
        m_out.swap(m_labelled);
        return m_out;
    }
    m_visited.clear();
    traverse(
        o,
        [](Object* target, void* arg) {
            static_cast<std::vector<Object*>*>(arg)->push_back(target);
            return 0;
        },
        &m_visited);
    // Each visited referent takes the first unused label listed for it. Labellers list them in
    // traverse order, so the search from just after the last match almost always succeeds at once.
    size_t n = m_labelled.size();
    m_used.assign(n, false);
    size_t from = 0;
    for (Object* target : m_visited) {
        size_t found = n;
        for (size_t k = 0; k < n && found == n; k++) {
            size_t i = (from + k) % n;
            if (!m_used[i] && m_labelled[i].target == target) found = i;
        }
        if (found == n) {
            m_out.push_back(LabelledRef{target, "", "ref"});
            continue;
        }
        m_used[found] = true;
        m_out.push_back(std::move(m_labelled[found]));
        from = found + 1;
    }
    for (size_t i = 0; i < n; i++) {
        if (!m_used[i]) m_out.push_back(std::move(m_labelled[i]));
    }
    return m_out;
}

} // namespace hs::observe

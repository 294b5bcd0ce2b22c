// Out-of-line instruction bodies for the eval loop (see vm/eval_helpers.h).
#include "vm/eval_helpers.h"

#include "objects/dict_impl.h"
#include "objects/dictobject.h"
#include "objects/exceptions.h"
#include "objects/funcobject.h"
#include "objects/instance.h"
#include "objects/sliceobject.h"
#include "objects/intobject.h"
#include "objects/listobject.h"
#include "objects/moduleobject.h"
#include "objects/setobject.h"
#include "objects/strobject.h"
#include "objects/tracebackobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/observer.h"
#include "runtime/runtime.h"
#include "vm/frameobject.h"

#include <cstddef>
#include <vector>

namespace hs {

// ---- Recursion and the step budget --------------------------------------------------------

int enter_python_frame() {
    Runtime& r = rt();
    if (++r.recursion_depth > r.recursion_limit) {
        --r.recursion_depth;
        if (g_observer) g_observer->on_limit(LimitKind::Recursion);
        set_error(&RecursionErrorType, "maximum recursion depth exceeded");
        return -1;
    }
    return 0;
}

void leave_python_frame() { --rt().recursion_depth; }

int check_eval_breaker() { return g_observer ? g_observer->on_eval_breaker() : 0; }

// ---- Names ------------------------------------------------------------------------------

namespace {

Object* lookup_in(Object* mapping, Object* name, bool* failed) {
    *failed = false;
    if (dict_check_exact(mapping)) {
        Object* v = dict_getitem_with_error(mapping, name);
        if (!v && error_occurred()) *failed = true;
        return xnewref(v);
    }
    Object* v = object_getitem(mapping, name);
    if (!v) {
        if (error_matches(&KeyErrorType)) clear_error();
        else *failed = true;
    }
    return v;
}

void name_error(Object* name) {
    set_error_format(&NameErrorType, "name '%s' is not defined", str_data(name));
    name_error_set_name(name);
}

} // namespace

Object* load_name(Frame* f, Object* name) {
    bool failed;
    if (!f->f_locals) {
        set_error_format(&SystemErrorType, "no locals when loading '%s'", str_data(name));
        return nullptr;
    }
    if (Object* v = lookup_in(f->f_locals, name, &failed)) return v;
    if (failed) return nullptr;
    if (Object* v = dict_getitem_with_error(f->f_globals, name)) return newref(v);
    if (error_occurred()) return nullptr;
    if (Object* v = lookup_in(f->f_builtins, name, &failed)) return v;
    if (failed) return nullptr;
    name_error(name);
    return nullptr;
}

int store_name(Frame* f, Object* name, Object* v) {
    if (!f->f_locals) {
        set_error_format(&SystemErrorType, "no locals found when storing '%s'", str_data(name));
        return -1;
    }
    if (dict_check_exact(f->f_locals)) return dict_setitem(f->f_locals, name, v);
    return object_setitem(f->f_locals, name, v);
}

int delete_name(Frame* f, Object* name) {
    int err = dict_check_exact(f->f_locals) ? dict_delitem(f->f_locals, name) : object_delitem(f->f_locals, name);
    if (err < 0 && error_matches(&KeyErrorType)) {
        clear_error();
        name_error(name);
    }
    return err;
}

Object* load_global(Frame* f, Object* name) {
    if (Object* v = dict_getitem_with_error(f->f_globals, name)) return newref(v);
    if (error_occurred()) return nullptr;
    bool failed;
    if (Object* v = lookup_in(f->f_builtins, name, &failed)) return v;
    if (failed) return nullptr;
    name_error(name);
    return nullptr;
}

int delete_global(Frame* f, Object* name) {
    if (dict_delitem(f->f_globals, name) < 0) {
        if (!error_matches(&KeyErrorType)) return -1;
        clear_error();
        name_error(name);
        return -1;
    }
    return 0;
}

namespace {
Object* localsplus_name(CodeObject* code, int index) { return tuple_items(code->co_localsplusnames)[index]; }
} // namespace

void unbound_local_error(CodeObject* code, int index) {
    set_error_format(&UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value",
                     str_data(localsplus_name(code, index)));
}

void unbound_deref_error(CodeObject* code, int index) {
    if (code->unit->localspluskinds[index] & compiler::CO_FAST_FREE) {
        set_error_format(&NameErrorType,
                         "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                         str_data(localsplus_name(code, index)));
    } else {
        unbound_local_error(code, index);
    }
}

Object* load_classderef(Frame* f, int index) {
    Object* name = localsplus_name(f->f_code, index);
    bool failed;
    if (Object* v = lookup_in(f->f_locals, name, &failed)) return v;
    if (failed) return nullptr;
    Object* v = static_cast<CellObject*>(f->localsplus[index])->ob_ref;
    if (!v) {
        unbound_deref_error(f->f_code, index);
        return nullptr;
    }
    return newref(v);
}

// ---- Building ---------------------------------------------------------------------------

Object* build_set(Object** items, int n) {
    Ref s(set_new(nullptr));
    if (!s) return nullptr;
    for (int i = 0; i < n; i++)
        if (set_add(s.get(), items[i]) < 0) return nullptr;
    return s.release();
}

// Both as CPython 3.11: _PyDict_FromItems, whose table is str-keyed when every key is a str
// (which decides sys.getsizeof of the display).
Object* build_map(Object** items, int npairs) { return dict_from_items(items, 2, items + 1, 2, npairs); }

Object* build_const_key_map(Object* keys, Object** values, int n) {
    return dict_from_items(tuple_items(keys), 1, values, 1, n);
}

Object* build_string(Object** pieces, int n) {
    std::string out;
    for (int i = 0; i < n; i++) out += str_view(pieces[i]);
    return str_from_utf8(out);
}

int list_extend_for_unpack(Object* list, Object* iterable) {
    if (list_extend(list, iterable) == 0) return 0;
    if (error_matches(&TypeErrorType) && !type_of(iterable)->tp_iter && !type_of(iterable)->mp_subscript) {
        clear_error();
        type_error("Value after * must be an iterable, not %s", type_name_of(iterable));
    }
    return -1;
}

int dict_update_for_unpack(Object* dict, Object* update) {
    if (dict_merge(dict, update, true) == 0) return 0;
    if (error_matches(&AttributeErrorType)) {
        clear_error();
        type_error("'%s' object is not a mapping", type_name_of(update));
    }
    return -1;
}

namespace {
std::string function_label(Object* func) {
    Ref qualname;
    if (object_lookup_attr(func, intern("__qualname__"), &qualname.reset_out()) > 0 && str_check(qualname.get()))
        return std::string(str_view(qualname.get())) + "()";
    return std::string(type_name_of(func)) + " object";
}
} // namespace

int dict_merge_for_call(Object* dict, Object* update, Object* func) {
    if (!dict_check(update) && !type_of(update)->mp_subscript) {
        type_error("%s argument after ** must be a mapping, not %s", function_label(func).c_str(), type_name_of(update));
        return -1;
    }
    if (dict_check(update) && type_of(update)->tp_iter == dict_iter) {
        // CPython's _PyDict_MergeEx walks a dict's entries directly: no keys list and no iterator
        // are made (gc.get_count() sees none). Keys are str, so no Python code runs meanwhile.
        ssize_t pos = 0;
        Object *key, *value;
        while (dict_next(update, &pos, &key, &value)) {
            if (!str_check(key)) {
                type_error("%s keywords must be strings", function_label(func).c_str());
                return -1;
            }
            if (dict_getitem_with_error(dict, key)) {
                type_error("%s got multiple values for keyword argument '%s'", function_label(func).c_str(), str_data(key));
                return -1;
            }
            if (error_occurred() || dict_setitem(dict, key, value) < 0) return -1;
        }
        return 0;
    }
    Ref keys(dict_check(update) ? dict_keys_list(update) : call_method(update, "keys", {}));
    if (!keys) return -1;
    Ref it(object_get_iter(keys.get()));
    if (!it) return -1;
    while (Ref key{iter_next(it.get())}) {
        if (!str_check(key.get())) {
            type_error("%s keywords must be strings", function_label(func).c_str());
            return -1;
        }
        Object* existing = dict_getitem_with_error(dict, key.get());
        if (existing) {
            type_error("%s got multiple values for keyword argument '%s'", function_label(func).c_str(),
                       str_data(key.get()));
            return -1;
        }
        Ref value(object_getitem(update, key.get()));
        if (!value || dict_setitem(dict, key.get(), value.get()) < 0) return -1;
    }
    return error_occurred() ? -1 : 0;
}

int unpack_sequence(Object* seq, int before, int after, Object** out) {
    const bool starred = after >= 0;
    // Fast path: an exact tuple or list of the right length.
    if (!starred && (tuple_check_exact(seq) || list_check_exact(seq))) {
        ssize_t n = tuple_check_exact(seq) ? tuple_size(seq) : list_size(seq);
        Object** items = tuple_check_exact(seq) ? tuple_items(seq) : list_items(seq);
        if (n == before) {
            for (int i = 0; i < before; i++) out[before - 1 - i] = newref(items[i]);
            return 0;
        }
        if (n < before) {
            set_error_format(&ValueErrorType, "not enough values to unpack (expected %d, got %zd)", before, n);
        } else {
            set_error_format(&ValueErrorType, "too many values to unpack (expected %d)", before);
        }
        return -1;
    }
    Ref it(object_get_iter(seq));
    if (!it) {
        if (error_matches(&TypeErrorType) && !type_of(seq)->tp_iter && !type_of(seq)->mp_subscript) {
            clear_error();
            type_error("cannot unpack non-iterable %s object", type_name_of(seq));
        }
        return -1;
    }
    int total = starred ? before + 1 + after : before;
    std::vector<Object*> got;
    auto release = [&]() {
        for (Object* o : got) decref(o);
        return -1;
    };
    for (int i = 0; i < before; i++) {
        Object* v = iter_next(it.get());
        if (!v) {
            if (error_occurred()) return release();
            if (starred) {
                set_error_format(&ValueErrorType, "not enough values to unpack (expected at least %d, got %d)",
                                 before + after, i);
            } else {
                set_error_format(&ValueErrorType, "not enough values to unpack (expected %d, got %d)", before, i);
            }
            return release();
        }
        got.push_back(v);
    }
    if (!starred) {
        Object* extra = iter_next(it.get());
        if (extra) {
            decref(extra);
            set_error_format(&ValueErrorType, "too many values to unpack (expected %d)", before);
            return release();
        }
        if (error_occurred()) return release();
        for (int i = 0; i < before; i++) out[before - 1 - i] = got[i];
        return 0;
    }
    Ref rest(sequence_list(it.get()));
    if (!rest) return release();
    ssize_t nrest = list_size(rest.get());
    if (nrest < after) {
        set_error_format(&ValueErrorType, "not enough values to unpack (expected at least %d, got %zd)", before + after,
                         before + nrest);
        return release();
    }
    // The last `after` items move out of the list into their own stack slots.
    std::vector<Object*> tail;
    for (int i = 0; i < after; i++) tail.push_back(newref(list_items(rest.get())[nrest - after + i]));
    if (after) {
        Ref empty(list_new(0));
        Ref lo(int_from_int64(nrest - after));
        Ref hi(int_from_int64(nrest));
        Ref sl(slice_new(lo.get(), hi.get(), None()));
        if (!sl || object_setitem(rest.get(), sl.get(), empty.get()) < 0) {
            for (Object* o : tail) decref(o);
            return release();
        }
    }
    // Stack order: the first target is on top.
    int k = total - 1;
    for (int i = 0; i < before; i++) out[k--] = got[i];
    out[k--] = rest.release();
    for (int i = 0; i < after; i++) out[k--] = tail[i];
    return 0;
}

Object* format_value(Object* value, int conversion, Object* spec) {
    Ref converted;
    switch (conversion) {
    case compiler::FVC_STR: converted.reset(object_str(value)); break;
    case compiler::FVC_REPR: converted.reset(object_repr(value)); break;
    case compiler::FVC_ASCII: converted.reset(object_ascii(value)); break;
    default: converted = Ref::borrowed(value); break;
    }
    if (!converted) return nullptr;
    if (!spec && str_check_exact(converted.get())) return converted.release();
    return object_format(converted.get(), spec);
}

// ---- Generators and calls ------------------------------------------------------------------

GenObject* generator_of(Frame* f) {
    return reinterpret_cast<GenObject*>(reinterpret_cast<char*>(f) - offsetof(GenObject, gi_iframe));
}

SendResult send_to(Object* receiver, Object* value, Object** result) {
    if (gen_check(receiver)) return gen_send_ex(static_cast<GenObject*>(receiver), value, result, false);
    if (value == None() && type_of(receiver)->tp_iternext) {
        *result = type_of(receiver)->tp_iternext(receiver);
    } else {
        *result = call_method(receiver, "send", {value});
    }
    if (*result) return SendResult::Next;
    // StopIteration carries the return value of `yield from`.
    if (!error_occurred()) {
        *result = new_none();
        return SendResult::Return;
    }
    if (error_matches(&StopIterationType)) {
        Object* exc = fetch_error_normalized();
        Object* v = static_cast<StopIterationObject*>(exc)->value;
        *result = newref(v ? v : None());
        decref(exc);
        return SendResult::Return;
    }
    return SendResult::Error;
}

Object* call_function_ex(Object* func, Object* callargs, Object* kwargs) {
    Ref args;
    if (tuple_check_exact(callargs)) {
        args = Ref::borrowed(callargs);
    } else {
        args.reset(sequence_tuple(callargs));
        if (!args) {
            if (error_matches(&TypeErrorType) && !type_of(callargs)->tp_iter && !type_of(callargs)->mp_subscript) {
                clear_error();
                type_error("%s argument after * must be an iterable, not %s", function_label(func).c_str(),
                           type_name_of(callargs));
            }
            return nullptr;
        }
    }
    Ref kw;
    if (kwargs && !dict_check_exact(kwargs)) {
        kw.reset(dict_new());
        if (!kw || dict_merge_for_call(kw.get(), kwargs, func) < 0) return nullptr;
        kwargs = kw.get();
    }
    return call_tuple_dict(func, args.get(), kwargs && dict_size(kwargs) ? kwargs : nullptr);
}

// ---- Classes, annotations, imports -------------------------------------------------------------

Object* load_build_class(Frame* f) {
    bool failed;
    Object* bc = lookup_in(f->f_builtins, intern("__build_class__"), &failed);
    if (!bc && !failed) set_error(&NameErrorType, "__build_class__ not found");
    return bc;
}

int setup_annotations(Frame* f) {
    bool failed;
    Ref existing(lookup_in(f->f_locals, intern("__annotations__"), &failed));
    if (failed) return -1;
    if (existing) return 0;
    Ref d(dict_new());
    if (!d) return -1;
    return store_name(f, intern("__annotations__"), d.get());
}

Object* import_name(Frame* f, Object* name, Object* fromlist, Object* level) {
    (void)f;
    (void)fromlist;
    bool overflow = false;
    if (int_check(level) && (int_as_int64(level, &overflow) != 0 || overflow)) {
        set_error(&ImportErrorType, "attempted relative import with no known parent package");
        return nullptr;
    }
    Runtime& r = rt();
    if (Object* m = dict_getitem_with_error(r.modules, name)) return newref(m);
    if (error_occurred()) return nullptr;
    std::string_view text = str_view(name);
    ModuleInit init = find_builtin_module(text);
    if (!init) {
        set_error_format(&ModuleNotFoundErrorType, "No module named '%s'", str_data(name));
        return nullptr;
    }
    Ref m(init());
    if (!m || dict_setitem(r.modules, name, m.get()) < 0) return nullptr;
    return m.release();
}

Object* import_from(Object* module, Object* name) {
    Object* v = nullptr;
    int found = object_lookup_attr(module, name, &v);
    if (found > 0) return v;
    if (found < 0) return nullptr;
    Ref modname;
    std::string mod = "?";
    if (object_lookup_attr(module, intern("__name__"), &modname.reset_out()) > 0 && str_check(modname.get()))
        mod = std::string(str_view(modname.get()));
    set_error_format(&ImportErrorType, "cannot import name '%s' from '%s' (unknown location)", str_data(name),
                     mod.c_str());
    return nullptr;
}

int import_star(Frame* f, Object* module) {
    Object** slot = object_dict_slot(module);
    if (!slot || !*slot) return 0;
    ssize_t pos = 0;
    Object *k, *v;
    while (dict_next(*slot, &pos, &k, &v)) {
        if (str_check(k) && str_view(k).substr(0, 1) == "_") continue;
        if (store_name(f, k, v) < 0) return -1;
    }
    return 0;
}

// ---- Exceptions -------------------------------------------------------------------------------

bool do_raise(Object* exc, Object* cause) {
    Ref exc_ref(exc), cause_ref(cause);
    if (exc) {
        raise_object_from(exc, cause);
        return false;
    }
    // Bare `raise`: re-raise the exception being handled, with its traceback.
    Object* handled = handled_exception();
    if (!handled) {
        set_error(&RuntimeErrorType, "No active exception to reraise");
        return false;
    }
    reraise_exception(newref(handled));
    return true;
}

void reraise_exception(Object* val) {
    ErrorState e;
    e.type = type_of(val);
    incref(e.type);
    e.value = val;
    Object* tb = as_exception(val)->traceback;
    e.traceback = xnewref(tb);
    restore_error(e);
}

int check_exc_match(Object* exc, Object* type) {
    if (check_except_type_valid(type) < 0) return -1;
    return exception_matches(exc, type) ? 1 : 0;
}

namespace {
// _PyObject_LookupSpecial: a dunder looked up on the type and bound to the object.
Object* lookup_special(Object* o, const char* name) {
    Object* descr = type_lookup(type_of(o), intern(name));
    if (!descr) return nullptr;
    if (descrgetfunc get = type_of(descr)->tp_descr_get) return get(descr, o, static_cast<Object*>(type_of(o)));
    return newref(descr);
}
} // namespace

Object* before_with(Object* mgr, Object** exit) {
    Ref enter(lookup_special(mgr, "__enter__"));
    if (!enter) {
        if (!error_occurred()) type_error("'%s' object does not support the context manager protocol", type_name_of(mgr));
        return nullptr;
    }
    Object* exit_fn = lookup_special(mgr, "__exit__");
    if (!exit_fn) {
        if (!error_occurred())
            type_error("'%s' object does not support the context manager protocol (missed __exit__ method)",
                       type_name_of(mgr));
        return nullptr;
    }
    Object* res = call_args(enter.get(), {});
    if (!res) {
        decref(exit_fn);
        return nullptr;
    }
    *exit = exit_fn;
    return res;
}

Object* with_except_start(Object* exit_func, Object* exc) {
    Object* tb = as_exception(exc)->traceback;
    return call_args(exit_func, {static_cast<Object*>(type_of(exc)), exc, tb ? tb : None()});
}

void add_traceback_entry(Frame* f) {
    Ref fo(frame_get_object(f));
    if (!fo) return;
    traceback_here(fo.get(), f->prev_instr * 2, f->line());
}

Object* fetch_error_for_handler() {
    ErrorState e = fetch_error();
    normalize_error(e);
    Object* value = e.value;
    exception_set_traceback(value, e.traceback ? e.traceback : None());
    xdecref(e.traceback);
    xdecref(e.type);
    return value;
}

} // namespace hs

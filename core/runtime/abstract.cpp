// Generic operations on objects: CPython's abstract.c and the generic parts of object.c.
#include "runtime/abstract.h"

#include "objects/descrobject.h"
#include "objects/dictobject.h"
#include "objects/exceptions.h"
#include "objects/instance.h"
#include "objects/intobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/errors.h"
#include "runtime/runtime.h"

#include <vector>

namespace hs {

// ---- Text -------------------------------------------------------------------------------

Object* object_repr(Object* o) {
    unaryfunc repr = type_of(o)->tp_repr;
    if (enter_recursive_call(" while getting the repr of an object") < 0) return nullptr;
    Object* r = repr(o);
    leave_recursive_call();
    if (r && !str_check(r)) {
        type_error("__repr__ returned non-string (type %s)", type_name_of(r));
        decref(r);
        return nullptr;
    }
    return r;
}

Object* object_str(Object* o) {
    if (str_check_exact(o)) return newref(o);
    unaryfunc str = type_of(o)->tp_str;
    if (!str) return object_repr(o);
    if (enter_recursive_call(" while getting the str of an object") < 0) return nullptr;
    Object* r = str(o);
    leave_recursive_call();
    if (r && !str_check(r)) {
        type_error("__str__ returned non-string (type %s)", type_name_of(r));
        decref(r);
        return nullptr;
    }
    return r;
}

Object* object_ascii(Object* o) {
    Ref r(object_repr(o));
    if (!r || str_is_ascii(r.get())) return r.release();
    std::string out;
    std::string_view s = str_view(r.get());
    for (size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            out += static_cast<char>(c);
            i++;
            continue;
        }
        int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        uint32_t cp = c & (0x3F >> (len - 1));
        for (int k = 1; k < len; k++) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        i += len;
        char buf[16];
        if (cp <= 0xFF) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
        else if (cp <= 0xFFFF) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
        else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
        out += buf;
    }
    return str_from_ascii(out);
}

Object* object_format(Object* o, Object* spec) {
    bool empty_spec = !spec || static_cast<StrObject*>(spec)->length == 0;
    if (empty_spec && str_check_exact(o)) return newref(o);
    if (empty_spec && int_check_exact(o)) return object_str(o);
    Ref spec_ref(spec ? newref(spec) : str_empty());
    Ref r(call_special(o, "__format__", {spec_ref.get()}));
    if (r && !str_check(r.get())) {
        return type_error("__format__ must return a str, not %s", type_name_of(r.get()));
    }
    return r.release();
}

// ---- Identity, truth, hashing, comparison -----------------------------------------------

int64_t object_hash(Object* o) {
    hashfunc h = type_of(o)->tp_hash;
    if (!h) {
        type_error("unhashable type: '%s'", type_name_of(o));
        return -1;
    }
    return h(o);
}

int object_is_true(Object* o) {
    if (o == True()) return 1;
    if (o == False() || o == None()) return 0;
    TypeObject* t = type_of(o);
    if (t->nb_bool) return t->nb_bool(o);
    lenfunc len = t->mp_length ? t->mp_length : t->sq_length;
    if (len) {
        ssize_t n = len(o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

namespace {

const char* const compare_symbols[] = {"<", "<=", "==", "!=", ">", ">="};
constexpr int swapped_op[] = {Py_GT, Py_GE, Py_EQ, Py_NE, Py_LT, Py_LE};

Object* do_richcompare(Object* v, Object* w, int op) {
    TypeObject* tv = type_of(v);
    TypeObject* tw = type_of(w);
    bool checked_reverse = false;
    // A subclass that overrides the comparison gets the first try (CPython's rule).
    if (tv != tw && type_is_subtype(tw, tv) && tw->tp_richcompare) {
        checked_reverse = true;
        Object* r = tw->tp_richcompare(w, v, swapped_op[op]);
        if (r != NotImplemented()) return r;
        decref(r);
    }
    if (tv->tp_richcompare) {
        Object* r = tv->tp_richcompare(v, w, op);
        if (r != NotImplemented()) return r;
        decref(r);
    }
    if (!checked_reverse && tw->tp_richcompare) {
        Object* r = tw->tp_richcompare(w, v, swapped_op[op]);
        if (r != NotImplemented()) return r;
        decref(r);
    }
    switch (op) {
    case Py_EQ:
        return new_bool(v == w);
    case Py_NE:
        return new_bool(v != w);
    default:
        return type_error("'%s' not supported between instances of '%s' and '%s'", compare_symbols[op],
                          type_name(tv), type_name(tw));
    }
}

} // namespace

Object* object_richcompare(Object* a, Object* b, int op) {
    if (enter_recursive_call(" in comparison") < 0) return nullptr;
    Object* r = do_richcompare(a, b, op);
    leave_recursive_call();
    return r;
}

int object_richcompare_bool(Object* a, Object* b, int op) {
    if (a == b) {
        if (op == Py_EQ) return 1;
        if (op == Py_NE) return 0;
    }
    Object* r = object_richcompare(a, b, op);
    if (!r) return -1;
    int truth = r == True() ? 1 : r == False() ? 0 : object_is_true(r);
    decref(r);
    return truth;
}

// ---- Attributes --------------------------------------------------------------------------

namespace {

bool check_attr_name(Object* name) {
    if (str_check(name)) return true;
    type_error("attribute name must be string, not '%s'", type_name_of(name));
    return false;
}

void set_attribute_error(Object* o, Object* name) {
    if (type_of(o) == &TypeType || type_has_flag(type_of(o), TPFLAGS_TYPE_SUBCLASS)) {
        set_error_format(&AttributeErrorType, "type object '%s' has no attribute '%s'",
                         type_name(static_cast<TypeObject*>(o)), str_data(name));
    } else {
        set_error_format(&AttributeErrorType, "'%s' object has no attribute '%s'", type_name_of(o), str_data(name));
    }
    attribute_error_set_context(o, name);
}

} // namespace

Object* object_getattr(Object* o, Object* name) {
    if (!check_attr_name(name)) return nullptr;
    getattrofunc get = type_of(o)->tp_getattro;
    if (!get) {
        set_attribute_error(o, name);
        return nullptr;
    }
    return get(o, name);
}

Object* object_getattr_str(Object* o, std::string_view name) { return object_getattr(o, intern(name)); }

namespace {
// object.__getattribute__; with `suppress`, a missing attribute returns nullptr without setting
// AttributeError (CPython's _PyObject_GenericGetAttrWithDict(..., suppress=1)).
Object* generic_getattr_impl(Object* o, Object* name, bool suppress);
} // namespace

int object_lookup_attr(Object* o, Object* name, Object** result) {
    // hasattr() and friends on ordinary objects make no AttributeError at all, as in CPython
    // (an exception instance would count in gc.get_count()).
    if (type_of(o)->tp_getattro == generic_getattr && str_check(name)) {
        *result = generic_getattr_impl(o, name, true);
        if (*result) return 1;
        if (!error_occurred()) return 0;
        if (!error_matches(&AttributeErrorType)) return -1;
        clear_error();
        return 0;
    }
    *result = object_getattr(o, name);
    if (*result) return 1;
    if (!error_matches(&AttributeErrorType)) return -1;
    clear_error();
    return 0;
}

int object_setattr(Object* o, Object* name, Object* value) {
    if (!check_attr_name(name)) return -1;
    setattrofunc set = type_of(o)->tp_setattro;
    if (!set) {
        if (type_of(o)->tp_getattro) {
            type_error("'%s' object has only read-only attributes (%s .%s)", type_name_of(o),
                       value ? "assign to" : "del", str_data(name));
        } else {
            type_error("'%s' object has no attributes (%s .%s)", type_name_of(o), value ? "assign to" : "del",
                       str_data(name));
        }
        return -1;
    }
    return set(o, name, value);
}

int object_setattr_str(Object* o, std::string_view name, Object* value) {
    return object_setattr(o, intern(name), value);
}

Object* generic_getattr(Object* o, Object* name) { return generic_getattr_impl(o, name, false); }

namespace {
Object* generic_getattr_impl(Object* o, Object* name, bool suppress) {
    TypeObject* type = type_of(o);
    Ref descr = Ref::borrowed(type_lookup(type, name));
    descrgetfunc get = nullptr;
    if (descr) {
        get = type_of(descr.get())->tp_descr_get;
        if (get && type_of(descr.get())->tp_descr_set) return get(descr.get(), o, static_cast<Object*>(type));
    }
    bool has_dict = false;
    if (Object* v = instance_attr_get(o, name, &has_dict)) return newref(v);
    if (error_occurred()) return nullptr;
    if (get) return get(descr.get(), o, static_cast<Object*>(type));
    if (descr) return descr.release();
    if (!suppress) set_attribute_error(o, name);
    return nullptr;
}
} // namespace

int generic_setattr(Object* o, Object* name, Object* value) {
    TypeObject* type = type_of(o);
    if (!check_attr_name(name)) return -1;
    Ref descr = Ref::borrowed(type_lookup(type, name));
    if (descr) {
        descrsetfunc set = type_of(descr.get())->tp_descr_set;
        if (set) return set(descr.get(), o, value);
    }
    int r = instance_attr_set(o, name, value);
    if (r <= 0) return r;
    // No attribute storage at all.
    if (descr) {
        set_error_format(&AttributeErrorType, "'%s' object attribute '%s' is read-only", type_name_of(o),
                         str_data(name));
    } else {
        set_attribute_error(o, name);
    }
    return -1;
}

Object* object_get_method(Object* o, Object* name, bool* is_method) {
    *is_method = false;
    TypeObject* type = type_of(o);
    if (type->tp_getattro != generic_getattr) return object_getattr(o, name);
    Object* descr = type_lookup(type, name);
    if (descr && (type_of(descr) == &MethodDescrType || type_has_flag(type_of(descr), TPFLAGS_METHOD_DESCRIPTOR))) {
        // A method found on the type: call it with `o` as self, unless the instance shadows it.
        bool has_dict = false;
        if (Object* v = instance_attr_get(o, name, &has_dict)) return newref(v);
        if (error_occurred()) return nullptr;
        *is_method = true;
        return newref(descr);
    }
    return generic_getattr(o, name);
}

// ---- Calls -------------------------------------------------------------------------------

Object* object_call(Object* callable, Object* const* args, size_t nargs, Object* kwnames) {
    vectorcallfunc call = type_of(callable)->tp_call;
    if (!call) return type_error("'%s' object is not callable", type_name_of(callable));
    Object* r = call(callable, args, nargs, kwnames);
    if (!r && !error_occurred()) set_error(&SystemErrorType, "NULL result without error in call");
    return r;
}

Object* call_args(Object* callable, std::initializer_list<Object*> args) {
    return object_call(callable, args.begin(), args.size(), nullptr);
}

Object* call_method(Object* o, std::string_view name, std::initializer_list<Object*> args) {
    bool is_method = false;
    Ref method(object_get_method(o, intern(name), &is_method));
    if (!method) return nullptr;
    if (!is_method) return object_call(method.get(), args.begin(), args.size(), nullptr);
    std::vector<Object*> full;
    full.reserve(args.size() + 1);
    full.push_back(o);
    full.insert(full.end(), args.begin(), args.end());
    return object_call(method.get(), full.data(), full.size(), nullptr);
}

Object* call_special(Object* o, std::string_view name, std::initializer_list<Object*> args) {
    Object* descr = type_lookup(type_of(o), intern(name));
    if (!descr) {
        set_error_format(&AttributeErrorType, "'%s' object has no attribute '%s'", type_name_of(o),
                         std::string(name).c_str());
        return nullptr;
    }
    Ref bound(type_of(descr)->tp_descr_get ? type_of(descr)->tp_descr_get(descr, o, type_of(o)) : newref(descr));
    if (!bound) return nullptr;
    return object_call(bound.get(), args.begin(), args.size(), nullptr);
}

Object* call_tuple_dict(Object* callable, Object* args, Object* kwargs) {
    ssize_t nargs = tuple_size(args);
    ssize_t nkw = kwargs ? dict_size(kwargs) : 0;
    std::vector<Object*> stack(tuple_items(args), tuple_items(args) + nargs);
    Ref kwnames;
    if (nkw) {
        kwnames.reset(tuple_new(nkw));
        if (!kwnames) return nullptr;
        ssize_t pos = 0, i = 0;
        Object *k, *v;
        while (dict_next(kwargs, &pos, &k, &v)) {
            if (!str_check(k)) return type_error("keywords must be strings");
            tuple_items(kwnames.get())[i++] = newref(k);
            stack.push_back(v);
        }
    }
    return object_call(callable, stack.data(), static_cast<size_t>(nargs), kwnames.get());
}

// ---- Containers --------------------------------------------------------------------------

Object* object_getitem(Object* o, Object* key) {
    TypeObject* t = type_of(o);
    if (t->mp_subscript) return t->mp_subscript(o, key);
    if (type_has_flag(t, TPFLAGS_TYPE_SUBCLASS)) {
        if (Object* cgi = type_lookup(static_cast<TypeObject*>(o), intern("__class_getitem__"))) {
            (void)cgi;
            return type_error("heapscope does not support generic aliases ('%s[...]')", type_name(static_cast<TypeObject*>(o)));
        }
        return type_error("type '%s' is not subscriptable", type_name(static_cast<TypeObject*>(o)));
    }
    return type_error("'%s' object is not subscriptable", type_name(t));
}

int object_setitem(Object* o, Object* key, Object* value) {
    TypeObject* t = type_of(o);
    if (t->mp_ass_subscript) return t->mp_ass_subscript(o, key, value);
    type_error("'%s' object does not support item assignment", type_name(t));
    return -1;
}

int object_delitem(Object* o, Object* key) {
    TypeObject* t = type_of(o);
    if (t->mp_ass_subscript) return t->mp_ass_subscript(o, key, nullptr);
    type_error("'%s' object doesn't support item deletion", type_name(t));
    return -1;
}

ssize_t object_length(Object* o) {
    TypeObject* t = type_of(o);
    if (t->sq_length) return t->sq_length(o);
    if (t->mp_length) return t->mp_length(o);
    type_error("object of type '%s' has no len()", type_name(t));
    return -1;
}

int sequence_contains(Object* container, Object* item) {
    TypeObject* t = type_of(container);
    if (t->sq_contains) return t->sq_contains(container, item);
    // Fall back to iteration, comparing with == (CPython's _PySequence_IterSearch).
    Ref it(object_get_iter(container));
    if (!it) {
        if (error_matches(&TypeErrorType)) {
            clear_error();
            type_error("argument of type '%s' is not iterable", type_name(t));
        }
        return -1;
    }
    for (;;) {
        Ref v(iter_next(it.get()));
        if (!v) return error_occurred() ? -1 : 0;
        int eq = object_richcompare_bool(v.get(), item, Py_EQ);
        if (eq != 0) return eq;
    }
}

Object* object_get_iter(Object* o) {
    TypeObject* t = type_of(o);
    if (!t->tp_iter) {
        if (t->mp_subscript && !dict_check(o)) return seqiter_new(o);
        return type_error("'%s' object is not iterable", type_name(t));
    }
    Object* it = t->tp_iter(o);
    if (it && !type_of(it)->tp_iternext) {
        type_error("iter() returned non-iterator of type '%s'", type_name_of(it));
        decref(it);
        return nullptr;
    }
    return it;
}

Object* iter_next(Object* it) {
    Object* r = type_of(it)->tp_iternext(it);
    if (!r && error_occurred() && error_matches(&StopIterationType)) clear_error();
    return r;
}

// ---- Numbers -----------------------------------------------------------------------------

namespace {

// CPython's binary_op1: the left operand's slot, unless the right operand's type is a subclass
// that overrides it; slots receive (v, w) in source order and return NotImplemented for types
// they do not handle.
Object* binary_op1(Object* v, Object* w, int op, bool inplace) {
    TypeObject* tv = type_of(v);
    TypeObject* tw = type_of(w);
    binaryfunc slotv = nullptr, slotw = nullptr;
    if (inplace) slotv = tv->nb_inplace[op];
    if (slotv) {
        Object* x = slotv(v, w);
        if (x != NotImplemented()) return x;
        decref(x);
    }
    slotv = tv->nb_binary[op];
    if (tw != tv) {
        slotw = tw->nb_binary[op];
        if (slotw == slotv) slotw = nullptr;
    }
    if (slotv) {
        if (slotw && type_is_subtype(tw, tv)) {
            Object* x = slotw(v, w);
            if (x != NotImplemented()) return x;
            decref(x);
            slotw = nullptr;
        }
        Object* x = slotv(v, w);
        if (x != NotImplemented()) return x;
        decref(x);
    }
    if (slotw) return slotw(v, w);
    return newref(NotImplemented());
}

Object* binop_type_error(Object* v, Object* w, const char* symbol) {
    return type_error("unsupported operand type(s) for %s: '%s' and '%s'", symbol, type_name_of(v), type_name_of(w));
}

Object* sequence_repeat(ssizeargfunc repeat, Object* seq, Object* n) {
    if (!type_of(n)->nb_index) {
        return type_error("can't multiply sequence by non-int of type '%s'", type_name_of(n));
    }
    ssize_t count = index_as_ssize(n, &OverflowErrorType);
    if (count == -1 && error_occurred()) return nullptr;
    return repeat(seq, count);
}

Object* number_op(Object* v, Object* w, int op, bool inplace) {
    Object* r = binary_op1(v, w, op, inplace);
    if (r != NotImplemented()) return r;
    decref(r);
    TypeObject* tv = type_of(v);
    if (op == NB_ADD) {
        binaryfunc concat = inplace && tv->sq_inplace_concat ? tv->sq_inplace_concat : tv->sq_concat;
        if (concat) return concat(v, w);
    } else if (op == NB_MULTIPLY) {
        ssizeargfunc rv = inplace && tv->sq_inplace_repeat ? tv->sq_inplace_repeat : tv->sq_repeat;
        if (rv) return sequence_repeat(rv, v, w);
        if (ssizeargfunc rw = type_of(w)->sq_repeat) return sequence_repeat(rw, w, v);
    }
    if (op == NB_POWER) {
        return type_error("unsupported operand type(s) for %s: '%s' and '%s'", inplace ? "**=" : "** or pow()",
                          type_name_of(v), type_name_of(w));
    }
    return binop_type_error(v, w, inplace ? nb_inplace_op_symbol(op) : nb_op_symbol(op));
}

} // namespace

Object* binary_op(Object* a, Object* b, int nb_op) { return number_op(a, b, nb_op, false); }
Object* inplace_op(Object* a, Object* b, int nb_op) { return number_op(a, b, nb_op, true); }

Object* power_op(Object* a, Object* b, Object* mod) {
    if (!mod || mod == None()) return binary_op(a, b, NB_POWER);
    ternaryfunc p = type_of(a)->nb_power3;
    if (p) {
        Object* r = p(a, b, mod);
        if (r != NotImplemented()) return r;
        decref(r);
    }
    return type_error("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", type_name_of(a),
                      type_name_of(b), type_name_of(mod));
}

#define HS_UNARY(fn, slot, symbol)                                                                  \
    Object* fn(Object* o) {                                                                         \
        if (unaryfunc f = type_of(o)->slot) return f(o);                                            \
        return type_error("bad operand type for " symbol ": '%s'", type_name_of(o));                \
    }
HS_UNARY(number_negative, nb_negative, "unary -")
HS_UNARY(number_positive, nb_positive, "unary +")
HS_UNARY(number_invert, nb_invert, "unary ~")
HS_UNARY(number_absolute, nb_absolute, "abs()")
#undef HS_UNARY

const char* nb_op_symbol(int op) {
    static const char* const symbols[] = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
    return symbols[op];
}
const char* nb_inplace_op_symbol(int op) {
    static const char* const symbols[] = {"+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};
    return symbols[op];
}

// ---- Types -------------------------------------------------------------------------------

int object_isinstance(Object* o, Object* cls) {
    if (type_of(o) == static_cast<TypeObject*>(cls)) return 1;
    if (tuple_check(cls)) {
        for (ssize_t i = 0, n = tuple_size(cls); i < n; i++) {
            int r = object_isinstance(o, tuple_items(cls)[i]);
            if (r != 0) return r;
        }
        return 0;
    }
    if (!type_has_flag(type_of(cls), TPFLAGS_TYPE_SUBCLASS)) {
        type_error("isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    if (type_is_subtype(type_of(o), static_cast<TypeObject*>(cls))) return 1;
    // An object may present another class through __class__, as a weakref proxy does (CPython's
    // object_isinstance looks it up when the type check fails).
    Object* icls = nullptr;
    if (object_lookup_attr(o, intern("__class__"), &icls) < 0) return -1;
    Ref holder(icls);
    if (!icls || icls == type_of(o) || !type_has_flag(type_of(icls), TPFLAGS_TYPE_SUBCLASS)) return 0;
    return type_is_subtype(static_cast<TypeObject*>(icls), static_cast<TypeObject*>(cls)) ? 1 : 0;
}

int object_issubclass(Object* derived, Object* cls) {
    if (tuple_check(cls)) {
        for (ssize_t i = 0, n = tuple_size(cls); i < n; i++) {
            int r = object_issubclass(derived, tuple_items(cls)[i]);
            if (r != 0) return r;
        }
        return 0;
    }
    if (!type_has_flag(type_of(derived), TPFLAGS_TYPE_SUBCLASS)) {
        type_error("issubclass() arg 1 must be a class");
        return -1;
    }
    if (!type_has_flag(type_of(cls), TPFLAGS_TYPE_SUBCLASS)) {
        type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    return type_is_subtype(static_cast<TypeObject*>(derived), static_cast<TypeObject*>(cls)) ? 1 : 0;
}

} // namespace hs

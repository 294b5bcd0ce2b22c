// Type names, short reprs and sizes read from objects (observe/object_info.h).
#include "observe/object_info.h"

#include "frontend/py_repr.h"
#include "numeric/float_format.h"
#include "objects/bytesobject.h"
#include "objects/codeobject.h"
#include "objects/descrobject.h"
#include "objects/dictobject.h"
#include "objects/exceptions.h"
#include "objects/floatobject.h"
#include "objects/funcobject.h"
#include "objects/genobject.h"
#include "objects/int_impl.h"
#include "objects/listobject.h"
#include "objects/moduleobject.h"
#include "objects/rangeobject.h"
#include "objects/setobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"

#include <cmath>

namespace hs::observe {

namespace {

// Cuts `text` to kReprCap bytes at a UTF-8 character boundary, marking the cut with "...".
std::string capped(std::string text) {
    if (text.size() <= kReprCap) return text;
    size_t end = kReprCap - 3;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) end--;
    text.resize(end);
    return text + "...";
}

std::string str_text(Object* s) { return std::string(str_view(s)); }

std::string int_text(Object* o) {
    const IntObject* i = as_int(o);
    return i->big ? i->big->to_string() : std::to_string(i->value);
}

std::string complex_repr(const ComplexObject* c) {
    // CPython's complex_repr: 'r' format without a forced ".0", parentheses when there is a real part.
    if (c->real == 0 && !std::signbit(c->real)) return frontend::repr_imaginary(c->imag);
    std::string re = numeric::double_to_string(c->real, 'r', 0);
    std::string im = numeric::double_to_string(c->imag, 'r', 0);
    if (im[0] != '-' && im[0] != '+') im = "+" + im;
    return "(" + re + im + "j)";
}

std::string function_name(Object* qualname) { return qualname && str_check(qualname) ? str_text(qualname) : "?"; }

// Exceptions: `ValueError('bad value')` when the only argument is a str, else "ValueError()".
std::string exception_repr(Object* o) {
    auto* e = static_cast<BaseExceptionObject*>(o);
    std::string name = type_name(o);
    Object* args = e->args;
    if (!args || !tuple_check(args) || tuple_size(args) == 0) return name + "()";
    if (tuple_size(args) == 1 && str_check_exact(tuple_items(args)[0]))
        return name + "(" + frontend::repr_str(str_view(tuple_items(args)[0])) + ")";
    return name + "(...)";
}

} // namespace

std::string type_name(Object* o) {
    // A builtin type's tp_name may be dotted ("weakref.ReferenceType"): __name__ is the last part.
    const std::string& name = type_of(o)->tp_name;
    if (type_has_flag(type_of(o), TPFLAGS_HEAPTYPE)) return name;
    size_t dot = name.rfind('.');
    return dot == std::string::npos ? name : name.substr(dot + 1);
}

std::string short_repr(Object* o) {
    TypeObject* t = type_of(o);
    if (o == None()) return "None";
    if (o == Ellipsis()) return "Ellipsis";
    if (o == NotImplemented()) return "NotImplemented";
    if (t == &BoolType) return as_int(o)->value ? "True" : "False";
    if (t == &IntType) return capped(int_text(o));
    if (t == &FloatType) return numeric::repr_double(static_cast<FloatObject*>(o)->ob_fval);
    if (t == &ComplexType) return complex_repr(static_cast<ComplexObject*>(o));
    if (t == &StrType) return capped(frontend::repr_str(str_view(o)));
    if (t == &BytesType) return capped(frontend::repr_bytes(bytes_view(o)));
    if (t == &ListType) return "list[" + std::to_string(list_size(o)) + "]";
    if (t == &TupleType) return "tuple[" + std::to_string(tuple_size(o)) + "]";
    if (t == &DictType) return "dict[" + std::to_string(static_cast<DictObject*>(o)->ma_used) + "]";
    if (t == &SetType || t == &FrozenSetType) return type_name(o) + "[" + std::to_string(static_cast<SetObject*>(o)->used) + "]";
    if (t == &FunctionType) return "function " + function_name(static_cast<FunctionObject*>(o)->func_qualname);
    if (t == &MethodType) {
        Object* func = static_cast<MethodObject*>(o)->im_func;
        return "bound method " + (function_check(func) ? function_name(static_cast<FunctionObject*>(func)->func_qualname) : type_name(func));
    }
    if (t == &BuiltinFunctionType) return std::string("builtin ") + static_cast<BuiltinFunctionObject*>(o)->def->name;
    if (t == &GenType) return "generator " + function_name(static_cast<GenObject*>(o)->gi_qualname);
    if (t == &CodeType) return "code " + function_name(static_cast<CodeObject*>(o)->co_name);
    if (t == &ModuleType) {
        Object* name = static_cast<ModuleObject*>(o)->md_name;
        return "module " + (name && str_check(name) ? str_text(name) : std::string("?"));
    }
    if (t == &RangeType) {
        auto* r = static_cast<RangeObject*>(o);
        std::string text = "range(" + int_text(r->start) + ", " + int_text(r->stop);
        if (!(int_is_small(r->step) && as_int(r->step)->value == 1)) text += ", " + int_text(r->step);
        return capped(text + ")");
    }
    if (type_has_flag(t, TPFLAGS_TYPE_SUBCLASS)) return "class " + static_cast<TypeObject*>(o)->tp_name;
    if (type_has_flag(t, TPFLAGS_BASE_EXC_SUBCLASS)) return capped(exception_repr(o));
    return type_name(o) + " object";
}

std::optional<int64_t> object_size(Object* o) {
    TypeObject* type = type_of(o);
    // The class along the MRO whose __sizeof__ getsizeof calls.
    TypeObject* owner = nullptr;
    Object* name = intern("__sizeof__");  // a process-wide str: looking it up allocates nothing
    if (type->tp_mro) {
        for (ssize_t i = 0; i < tuple_size(type->tp_mro) && !owner; i++) {
            auto* t = static_cast<TypeObject*>(tuple_items(type->tp_mro)[i]);
            if (t->tp_dict && dict_getitem_with_error(t->tp_dict, name)) owner = t;
        }
    }
    if (!owner || type_has_flag(owner, TPFLAGS_HEAPTYPE)) return std::nullopt;
    int64_t size;
    if (owner == &ObjectType) {
        size = type->tp_basicsize;
        if (type->tp_itemsize) size += type->tp_itemsize * static_cast<VarObject*>(o)->ob_size;
    } else if (owner == &IntType) {
        size = int_sizeof_value(o);
    } else if (owner == &StrType) {
        size = str_sizeof(o);
    } else if (owner == &BytesType) {
        size = bytes_sizeof(o);
    } else if (owner == &ByteArrayType) {
        size = bytearray_sizeof(o);
    } else if (owner == &ListType) {
        size = type->tp_basicsize + static_cast<ListObject*>(o)->allocated * 8;
    } else if (owner == &DictType) {
        size = dict_sizeof(o);
    } else if (owner == &SetType || owner == &FrozenSetType) {
        auto* so = static_cast<SetObject*>(o);
        size = type->tp_basicsize;
        if (so->table != so->smalltable) size += (so->mask + 1) * 16;
    } else if (owner == &GenType) {
        CodeObject* co = static_cast<GenObject*>(o)->gi_code;
        size = 96 + 8 * (co->co_nlocalsplus + co->co_stacksize + 7);
    } else {
        return std::nullopt;  // a builtin __sizeof__ this file does not know
    }
    // sys.getsizeof adds the pre-header: the GC header, and the managed-dict pointers.
    if (is_gc_type(type)) size += 16;
    if (type_has_flag(type, TPFLAGS_MANAGED_DICT)) size += 16;
    return size;
}

} // namespace hs::observe

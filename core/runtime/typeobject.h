// TypeObject: a type's slots, as CPython's PyTypeObject.
//
// Builtin types are statically allocated (like CPython's static types) and filled in by their
// file's `init_<name>_type()` before `type_ready()`; classes made by `class` statements are heap
// types allocated by the `type` type (objects/typeobject.cpp) and tracked by the GC.
//
// Sizes: tp_basicsize/tp_itemsize are CPython 3.11's (64-bit) values, NOT sizeof() of our C++
// structs: sys.getsizeof is computed from them so it agrees with CPython.
#pragma once

#include "runtime/object.h"

#include <cstdint>
#include <string>
#include <vector>

namespace hs {

struct DictObject;
struct TupleObject;
struct StrObject;
struct SharedKeys;

using destructor = void (*)(Object*);
using unaryfunc = Object* (*)(Object*);
using binaryfunc = Object* (*)(Object*, Object*);
using ternaryfunc = Object* (*)(Object*, Object*, Object*);
using inquiry = int (*)(Object*);                 // nb_bool: 1/0, -1 on error; tp_clear: 0
using lenfunc = ssize_t (*)(Object*);             // -1 on error
using ssizeargfunc = Object* (*)(Object*, ssize_t);
using objobjproc = int (*)(Object*, Object*);     // sq_contains: 1/0, -1 on error
using objobjargproc = int (*)(Object*, Object*, Object*);  // value == nullptr deletes
using hashfunc = int64_t (*)(Object*);            // -1 on error
using richcmpfunc = Object* (*)(Object*, Object*, int);
using getattrofunc = Object* (*)(Object*, Object* name);
using setattrofunc = int (*)(Object*, Object* name, Object* value);  // value == nullptr deletes
using getiterfunc = Object* (*)(Object*);
using iternextfunc = Object* (*)(Object*);        // nullptr without an error set: exhausted
using descrgetfunc = Object* (*)(Object* descr, Object* obj, Object* type);
using descrsetfunc = int (*)(Object* descr, Object* obj, Object* value);
using visitproc = int (*)(Object*, void* arg);
using traverseproc = int (*)(Object*, visitproc, void* arg);
// Calls use CPython's vectorcall convention: `nargs` positional arguments, followed in the same
// array by one value per name in `kwnames` (a tuple of str, or nullptr when there are none).
using vectorcallfunc = Object* (*)(Object* callable, Object* const* args, size_t nargs, Object* kwnames);
using newfunc = Object* (*)(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames);
using initproc = int (*)(Object* self, Object* const* args, size_t nargs, Object* kwnames);

// Visit a member during tp_traverse; stops the traversal when the visitor returns nonzero.
#define HS_VISIT(op)                                                                               \
    do {                                                                                           \
        if (Object* hs_vret_o = (Object*)(op)) {                                                   \
            if (int hs_vret = visit(hs_vret_o, arg)) return hs_vret;                               \
        }                                                                                          \
    } while (0)

// Binary operators in BINARY_OP order (hs::ast::Operator): index into nb_binary/nb_inplace.
enum NbOp : int {
    NB_ADD, NB_AND, NB_FLOOR_DIVIDE, NB_LSHIFT, NB_MATRIX_MULTIPLY, NB_MULTIPLY, NB_REMAINDER,
    NB_OR, NB_POWER, NB_RSHIFT, NB_SUBTRACT, NB_TRUE_DIVIDE, NB_XOR, NB_COUNT
};
const char* nb_op_symbol(int op);          // "+", "&", "//", ...
const char* nb_inplace_op_symbol(int op);  // "+=", "&=", ...

// tp_flags, with CPython's meanings.
enum TypeFlag : uint64_t {
    TPFLAGS_MANAGED_DICT = 1ull << 4,   // instances keep attributes inline until __dict__ is asked for
    TPFLAGS_HEAPTYPE = 1ull << 9,
    TPFLAGS_BASETYPE = 1ull << 10,
    TPFLAGS_READY = 1ull << 12,
    TPFLAGS_HAVE_GC = 1ull << 14,
    TPFLAGS_IS_ABSTRACT = 1ull << 20,
    TPFLAGS_LONG_SUBCLASS = 1ull << 24,
    TPFLAGS_LIST_SUBCLASS = 1ull << 25,
    TPFLAGS_TUPLE_SUBCLASS = 1ull << 26,
    TPFLAGS_BYTES_SUBCLASS = 1ull << 27,
    TPFLAGS_UNICODE_SUBCLASS = 1ull << 28,
    TPFLAGS_DICT_SUBCLASS = 1ull << 29,
    TPFLAGS_BASE_EXC_SUBCLASS = 1ull << 30,
    TPFLAGS_TYPE_SUBCLASS = 1ull << 31,
    TPFLAGS_METHOD_DESCRIPTOR = 1ull << 17,  // calling it with self first equals binding then calling
};

// A builtin method in tp_methods, called with the vectorcall convention (self first).
using MethodFunc = Object* (*)(Object* self, Object* const* args, size_t nargs, Object* kwnames);
enum MethodFlag : int { METH_DEFAULT = 0, METH_CLASS = 1, METH_STATIC = 2 };
struct MethodDef {
    const char* name;
    MethodFunc func;
    int flags = METH_DEFAULT;
};

// A computed attribute of a builtin type (CPython's PyGetSetDef).
using GetterFunc = Object* (*)(Object* self);
using SetterFunc = int (*)(Object* self, Object* value);  // value == nullptr deletes
struct GetSetDef {
    const char* name;
    GetterFunc get;
    SetterFunc set = nullptr;
};

struct TypeObject : VarObject {
    std::string tp_name;         // "int"; for heap types the class's __name__
    ssize_t tp_basicsize = 0;    // CPython 3.11's basic size (without the GC header)
    ssize_t tp_itemsize = 0;
    uint64_t tp_flags = 0;
    // The C++ layout: sizeof the instance struct and of one variable item. Heap types that
    // subclass a builtin allocate the base's C++ size followed by their instance extras.
    size_t tp_cxx_size = 0;
    size_t tp_cxx_itemsize = 0;

    destructor tp_dealloc = nullptr;
    unaryfunc tp_repr = nullptr;
    unaryfunc tp_str = nullptr;
    hashfunc tp_hash = nullptr;
    vectorcallfunc tp_call = nullptr;
    getattrofunc tp_getattro = nullptr;
    setattrofunc tp_setattro = nullptr;
    richcmpfunc tp_richcompare = nullptr;
    getiterfunc tp_iter = nullptr;
    iternextfunc tp_iternext = nullptr;
    traverseproc tp_traverse = nullptr;
    inquiry tp_clear = nullptr;
    descrgetfunc tp_descr_get = nullptr;
    descrsetfunc tp_descr_set = nullptr;
    newfunc tp_new = nullptr;
    initproc tp_init = nullptr;
    destructor tp_finalize = nullptr;   // __del__ (PEP 442)

    // Number protocol.
    binaryfunc nb_binary[NB_COUNT] = {};
    binaryfunc nb_inplace[NB_COUNT] = {};
    ternaryfunc nb_power3 = nullptr;     // pow(a, b, mod)
    unaryfunc nb_negative = nullptr;
    unaryfunc nb_positive = nullptr;
    unaryfunc nb_invert = nullptr;
    unaryfunc nb_absolute = nullptr;
    inquiry nb_bool = nullptr;
    unaryfunc nb_int = nullptr;
    unaryfunc nb_float = nullptr;
    unaryfunc nb_index = nullptr;

    // Sequence and mapping protocols.
    lenfunc sq_length = nullptr;
    binaryfunc sq_concat = nullptr;
    ssizeargfunc sq_repeat = nullptr;
    binaryfunc sq_inplace_concat = nullptr;
    ssizeargfunc sq_inplace_repeat = nullptr;
    objobjproc sq_contains = nullptr;
    lenfunc mp_length = nullptr;
    binaryfunc mp_subscript = nullptr;
    objobjargproc mp_ass_subscript = nullptr;

    // Static description, turned into descriptors in tp_dict by type_ready().
    const MethodDef* tp_methods = nullptr;   // terminated by {nullptr}
    const GetSetDef* tp_getset = nullptr;    // terminated by {nullptr}
    const char* tp_doc = nullptr;

    TypeObject* tp_base = nullptr;
    TupleObject* tp_bases = nullptr;
    TupleObject* tp_mro = nullptr;
    DictObject* tp_dict = nullptr;
    ssize_t tp_weaklistoffset = 0;  // nonzero when instances support weak references
    Object* tp_weaklist = nullptr;  // the weak references to this type (objects/weakrefobject.h)
    ssize_t tp_dictoffset = 0;      // nonzero (or MANAGED_DICT) when instances have a __dict__

    // Heap types only.
    Object* ht_name = nullptr;       // str
    Object* ht_qualname = nullptr;   // str
    TupleObject* ht_slots = nullptr; // names from __slots__, or nullptr
    SharedKeys* ht_cached_keys = nullptr;  // attribute names the instances share (objects/shared_keys.h)
    size_t ht_extras_offset = 0;     // where InstanceExtras start in an instance (objects/instance.h)
    int ht_nslots = 0;               // __slots__ members stored after the extras
    bool ht_extras_after_items = false;  // over tuple: the extras follow the inline items
    bool ht_has_dict = false;        // instances have a __dict__ (no __slots__, or '__dict__' in them)
    unsigned int tp_version_tag = 0;  // names this type's entries in the lookup cache (0: none yet)
    bool ht_has_subclasses = false;   // some class has this one in its MRO
    DictObject* tp_subclasses = nullptr;  // heap types: {address: weakref} (objects/subclasses.h)
};

extern TypeObject TypeType;    // type
extern TypeObject ObjectType;  // object

// The module name a heap type's reprs show: its `__module__` when that is a str other than
// "builtins", else nullptr (borrowed), as CPython's type_module() read by the reprs.
Object* heap_type_module_name(TypeObject* type);

// Fills in inherited slots, builds tp_mro and tp_dict from tp_methods/tp_getset. Returns -1 on error.
int type_ready(TypeObject* type);
bool type_is_subtype(TypeObject* a, TypeObject* b);
// Looks `name` up along the MRO (borrowed reference, or nullptr; never sets an error).
Object* type_lookup(TypeObject* type, Object* name);
// Call before and after changing a class's dict once it is ready: type_lookup's cache forgets
// what it knew about the class (and about every class, when it has subclasses).
void type_modified(TypeObject* type);
// Empties that cache (runtime teardown: it holds the names it was asked for).
void type_lookup_cache_clear();
// Visits each name the cache owns a reference to (one visit per reference), for the heap auditor.
void type_lookup_cache_visit(void (*visit)(Object* name, void* arg), void* arg);
// "int", or the heap type's qualified name as CPython prints it in messages (just tp_name).
inline const char* type_name(const TypeObject* t) { return t->tp_name.c_str(); }
inline const char* type_name_of(const Object* o) { return o->ob_type->tp_name.c_str(); }
inline bool type_has_flag(const TypeObject* t, uint64_t f) { return (t->tp_flags & f) != 0; }
inline bool is_gc_type(const TypeObject* t) { return (t->tp_flags & TPFLAGS_HAVE_GC) != 0; }

// Allocates a zeroed instance of `type` (tracked if it is a GC type), as PyType_GenericAlloc.
Object* type_generic_alloc(TypeObject* type, ssize_t nitems);
size_t type_cxx_size(TypeObject* type, ssize_t nitems);
// tp_new that only allocates (CPython's PyType_GenericNew); tp_init does the rest.
Object* generic_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames);
// "f() takes no arguments (1 given)" / "f() takes no keyword arguments" for METH_NOARGS methods.
bool check_no_kwargs_and_args(const char* name, size_t nargs, Object* kwnames);

// Copies the slots `type` leaves empty from `base` (CPython's inherit_slots).
void inherit_type_slots(TypeObject* type, TypeObject* base);
// `T.__new__`: a builtin static method calling type->tp_new(cls, ...) (CPython's tp_new_wrapper).
Object* type_new_wrapper(TypeObject* type);
// super(type, obj) as an object (objects/superobject.cpp).
Object* super_new_for(Object* obj, TypeObject* type);
extern TypeObject SuperType;

// The `type` type's slots for classes (objects/heaptype.cpp).
Object* type_new(TypeObject* metatype, Object* const* args, size_t nargs, Object* kwnames);
Object* type_getattro(Object* type, Object* name);
int type_setattro(Object* type, Object* name, Object* value);
void type_dealloc(Object* type);
int type_traverse(Object* type, visitproc visit, void* arg);
int type_clear(Object* type);

} // namespace hs

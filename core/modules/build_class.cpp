// builtins.__build_class__: what a `class` statement calls (CPython's builtin___build_class__).
// It runs the class body with a fresh namespace as its locals, then calls the metaclass.
#include "modules/build_class.h"

#include "objects/descrobject.h"
#include "objects/dictobject.h"
#include "objects/exceptions.h"
#include "objects/funcobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "vm/eval.h"
#include "vm/frame.h"

#include <vector>

namespace hs {

namespace {

// The most derived metaclass of the bases (CPython's _PyType_CalculateMetaclass).
TypeObject* calculate_metaclass(TypeObject* meta, Object* bases) {
    TypeObject* winner = meta;
    for (ssize_t i = 0; i < tuple_size(bases); i++) {
        TypeObject* t = type_of(tuple_items(bases)[i]);
        if (type_is_subtype(winner, t)) continue;
        if (type_is_subtype(t, winner)) {
            winner = t;
            continue;
        }
        type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
                   "metaclasses of all its bases");
        return nullptr;
    }
    return winner;
}

// Runs the class body function with `ns` as its locals.
Object* run_class_body(FunctionObject* body, Object* ns) {
    Frame* frame = frame_push_for(static_cast<FunctionObject*>(newref(static_cast<Object*>(body))), ns);
    if (!frame) return nullptr;
    Object* result = eval_frame(frame, false);
    frame_clear_and_pop(frame);
    return result;
}

Object* build_class(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs < 2) return type_error("__build_class__: not enough arguments");
    Object* func = args[0];
    if (!function_check(func)) return type_error("__build_class__: func must be a function");
    Object* name = args[1];
    if (!str_check(name)) return type_error("__build_class__: name is not a string");
    Ref bases(tuple_new(static_cast<ssize_t>(nargs - 2)));
    if (!bases) return nullptr;
    for (size_t i = 2; i < nargs; i++) tuple_items(bases.get())[i - 2] = newref(args[i]);

    // Keyword arguments: `metaclass=` picks the metaclass, the rest go to it.
    Object* meta = nullptr;
    std::vector<Object*> kwvalues;
    std::vector<Object*> kwkeys;
    size_t nkw = kwnames ? static_cast<size_t>(tuple_size(kwnames)) : 0;
    for (size_t i = 0; i < nkw; i++) {
        Object* key = tuple_items(kwnames)[i];
        if (str_view(key) == "metaclass") meta = args[nargs + i];
        else {
            kwkeys.push_back(key);
            kwvalues.push_back(args[nargs + i]);
        }
    }
    bool is_class = !meta || type_has_flag(type_of(meta), TPFLAGS_TYPE_SUBCLASS);
    if (!meta) meta = tuple_size(bases.get()) ? static_cast<Object*>(type_of(tuple_items(bases.get())[0])) : static_cast<Object*>(&TypeType);
    if (is_class) {
        TypeObject* winner = calculate_metaclass(static_cast<TypeObject*>(meta), bases.get());
        if (!winner) return nullptr;
        meta = winner;
    }
    Ref ns(dict_new());
    if (!ns) return nullptr;
    Ref cell(run_class_body(static_cast<FunctionObject*>(func), ns.get()));
    if (!cell) return nullptr;
    // The metaclass gets (name, bases, ns, **kwds).
    std::vector<Object*> call_args = {name, bases.get(), ns.get()};
    call_args.insert(call_args.end(), kwvalues.begin(), kwvalues.end());
    Ref kwtuple;
    if (!kwkeys.empty()) {
        kwtuple.reset(tuple_new(static_cast<ssize_t>(kwkeys.size())));
        if (!kwtuple) return nullptr;
        for (size_t i = 0; i < kwkeys.size(); i++) tuple_items(kwtuple.get())[i] = newref(kwkeys[i]);
    }
    Ref cls(object_call(meta, call_args.data(), 3, kwtuple.get()));
    if (!cls) return nullptr;
    if (type_of(cell.get()) == &CellType) {
        Object* cell_cls = static_cast<CellObject*>(cell.get())->ob_ref;
        if (cell_cls != cls.get()) {
            if (!cell_cls) {
                set_error_format(&RuntimeErrorType, "__class__ not set defining '%s' as %s. Was __classcell__ propagated to type.__new__?",
                                 str_data(name), type_name_of(cls.get()));
            } else {
                type_error("__class__ set to %s defining '%s' as %s", type_name_of(cell_cls), str_data(name),
                           type_name_of(cls.get()));
            }
            return nullptr;
        }
    }
    return cls.release();
}

const MethodDef build_class_def = {"__build_class__", build_class};

} // namespace

int add_build_class(Object* builtins_dict) {
    Ref f(builtin_function_new(&build_class_def, nullptr, nullptr));
    if (!f) return -1;
    return dict_setitem_str(builtins_dict, "__build_class__", f.get());
}

} // namespace hs

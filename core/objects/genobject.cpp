// Generator objects (CPython 3.11's genobject.c, generators only: no coroutines).
#include "objects/genobject.h"

#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "objects/weakrefobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/finalize.h"
#include "runtime/gc.h"
#include "runtime/runtime.h"
#include "runtime/types_registry.h"
#include "vm/eval.h"
#include "vm/frameobject.h"

#include <cstddef>
#include <cstdio>
#include <cstring>

namespace hs {

TypeObject GenType;

namespace {

Frame* gen_frame(GenObject* gen) { return &gen->gi_iframe; }

// The iterator a suspended `yield from` is delegating to (CPython's _PyGen_yf), borrowed.
Object* gen_yieldfrom(GenObject* gen) {
    if (gen->gi_frame_state != GenState::Suspended) return nullptr;
    Frame* f = gen_frame(gen);
    const auto& code = f->f_code->unit->code;
    int next = f->prev_instr + 1;
    if (next >= static_cast<int>(code.size())) return nullptr;
    if (code[next].op != compiler::Opcode::RESUME || code[next].arg < 2) return nullptr;
    return f->localsplus[f->stacktop - 1];
}

void gen_clear_frame(GenObject* gen) {
    if (gen->gi_frame_state < GenState::Cleared) {
        gen->gi_frame_state = GenState::Cleared;
        frame_clear(gen_frame(gen));
    }
}

int gen_close_iter(Object* yf);

} // namespace

Object* gen_new_from_frame(Frame* frame) {
    CodeObject* code = frame->f_code;
    size_t frame_bytes = Frame::size_for(code);
    size_t size = offsetof(GenObject, gi_iframe) + frame_bytes;
    auto* gen = static_cast<GenObject*>(gc_alloc(&GenType, size));
    if (!gen) return nullptr;
    gen->gi_weakreflist = nullptr;
    gen->gi_exc_state = ExcStackItem{};
    gen->gi_frame_state = GenState::Created;
    gen->gi_closed_by_error = false;
    std::memcpy(static_cast<void*>(&gen->gi_iframe), frame, frame_bytes);
    Frame* f = gen_frame(gen);
    f->owner = FrameOwner::Generator;
    f->previous = nullptr;
    f->frame_obj = nullptr;
    f->is_entry = false;
    gen->gi_name = newref(frame->f_func->func_name);
    gen->gi_qualname = newref(frame->f_func->func_qualname);
    gen->gi_code = static_cast<CodeObject*>(newref(static_cast<Object*>(code)));
    if (frame->is_entry) {
        // The caller still clears the original frame: give it references of its own to drop.
        frame->stacktop = 0;
        frame->f_locals = nullptr;
        incref(frame->f_func);
        incref(frame->f_code);
    }
    gc_track(gen);
    return gen;
}

SendResult gen_send_ex(GenObject* gen, Object* arg, Object** result, bool throwflag) {
    Runtime& r = rt();
    *result = nullptr;
    if (gen->gi_frame_state == GenState::Created && arg && arg != None() && !throwflag) {
        type_error("can't send non-None value to a just-started generator");
        return SendResult::Error;
    }
    if (gen->gi_frame_state == GenState::Executing) {
        set_error(&ValueErrorType, "generator already executing");
        return SendResult::Error;
    }
    if (gen->gi_frame_state >= GenState::Completed) {
        if (arg && !throwflag) {
            *result = new_none();
            return SendResult::Return;
        }
        return SendResult::Error;
    }
    Frame* f = gen_frame(gen);
    f->localsplus[f->stacktop++] = newref(arg ? arg : None());
    gen->gi_exc_state.previous_item = r.exc_info;
    r.exc_info = &gen->gi_exc_state;
    if (throwflag) chain_error_context(nullptr);
    gen->gi_frame_state = GenState::Executing;
    Object* res = eval_frame(f, throwflag);
    r.exc_info = gen->gi_exc_state.previous_item;
    gen->gi_exc_state.previous_item = nullptr;
    if (res && gen->gi_frame_state == GenState::Suspended) {
        *result = res;
        return SendResult::Next;
    }
    if (res) {
        if (res == None() && !arg) clear_ref(res);
    } else if (error_matches(&StopIterationType)) {
        set_error_from_cause(&RuntimeErrorType, "generator raised StopIteration");
    }
    clear_ref(gen->gi_exc_state.exc_value);
    gen_clear_frame(gen);
    *result = res;
    return res ? SendResult::Return : SendResult::Error;
}

namespace {

Object* gen_iternext(Object* self) {
    Object* result = nullptr;
    SendResult status = gen_send_ex(static_cast<GenObject*>(self), nullptr, &result, false);
    if (status == SendResult::Next) return result;
    if (status == SendResult::Return && result) {
        // A `return value` ends iteration with StopIteration(value).
        Ref value(result);
        Ref args(tuple_pack({value.get()}));
        Ref exc(exception_new(&StopIterationType, args.get()));
        set_error_object(&StopIterationType, exc.get());
    }
    return nullptr;
}

Object* gen_send(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("send", kwnames) || !check_nargs("send", nargs, 1, 1)) return nullptr;
    Object* result = nullptr;
    SendResult status = gen_send_ex(static_cast<GenObject*>(self), args[0], &result, false);
    if (status == SendResult::Return) {
        Ref value(result);
        if (value.get() == None()) {
            set_error_none(&StopIterationType);
        } else {
            Ref a(tuple_pack({value.get()}));
            Ref exc(exception_new(&StopIterationType, a.get()));
            set_error_object(&StopIterationType, exc.get());
        }
        return nullptr;
    }
    return result;
}

Object* gen_throw_current(GenObject* gen) {
    Object* result = nullptr;
    SendResult status = gen_send_ex(gen, None(), &result, true);
    if (status == SendResult::Return) {
        Ref value(result);
        Ref a(tuple_pack({value.get()}));
        Ref exc(exception_new(&StopIterationType, a.get()));
        set_error_object(&StopIterationType, exc.get());
        return nullptr;
    }
    return result;
}

Object* gen_close_impl(GenObject* gen) {
    // A generator that never started is closed like the others (3.11): its frame starts with
    // GeneratorExit and ends at once (a tracer sees call, exception, return).
    if (gen->gi_frame_state >= GenState::Completed) return new_none();
    Object* yf = gen_yieldfrom(gen);
    int err = 0;
    if (yf) {
        GenState state = gen->gi_frame_state;
        gen->gi_frame_state = GenState::Executing;
        err = gen_close_iter(yf);
        gen->gi_frame_state = state;
    }
    if (err == 0) set_error_none(&GeneratorExitType);
    Object* result = nullptr;
    SendResult status = gen_send_ex(gen, None(), &result, true);
    if (status == SendResult::Next || (status == SendResult::Return && result)) {
        bool yielded = status == SendResult::Next;
        xdecref(result);
        if (yielded) {
            set_error(&RuntimeErrorType, "generator ignored GeneratorExit");
            return nullptr;
        }
        return new_none();
    }
    if (error_matches(&StopIterationType) || error_matches(&GeneratorExitType)) {
        clear_error();
        return new_none();
    }
    if (!error_occurred()) return new_none();
    return nullptr;
}

int gen_close_iter(Object* yf) {
    Ref r;
    if (gen_check(yf)) {
        r.reset(gen_close_impl(static_cast<GenObject*>(yf)));
        return r ? 0 : -1;
    }
    Object* meth = nullptr;
    if (object_lookup_attr(yf, intern("close"), &meth) < 0) {
        write_unraisable(yf);
        return 0;
    }
    if (!meth) return 0;
    Ref m(meth);
    r.reset(call_args(m.get(), {}));
    return r ? 0 : -1;
}

Object* gen_close(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs_and_args("close", nargs, kwnames)) return nullptr;
    return gen_close_impl(static_cast<GenObject*>(self));
}

Object* gen_throw(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("throw", kwnames) || !check_nargs("throw", nargs, 1, 3)) return nullptr;
    auto* gen = static_cast<GenObject*>(self);
    Object* typ = args[0];
    Object* val = nargs > 1 ? args[1] : nullptr;
    Object* yf = gen_yieldfrom(gen);
    if (yf && exception_class_check(typ) && type_is_subtype(static_cast<TypeObject*>(typ), &GeneratorExitType)) {
        GenState state = gen->gi_frame_state;
        gen->gi_frame_state = GenState::Executing;
        int err = gen_close_iter(yf);
        gen->gi_frame_state = state;
        if (err < 0) return gen_throw_current(gen);
    }
    if (exception_class_check(typ)) {
        Ref inst;
        if (val && exception_instance_check(val)) {
            inst = Ref::borrowed(val);
        } else if (val && val != None()) {
            Ref a(tuple_check(val) ? newref(val) : tuple_pack({val}));
            inst.reset(call_tuple_dict(typ, a.get(), nullptr));
        } else {
            inst.reset(call_args(typ, {}));
        }
        if (!inst) return nullptr;
        set_error_object(type_of(inst.get()), inst.get());
    } else if (exception_instance_check(typ)) {
        if (val && val != None()) return type_error("instance exception may not have a separate value");
        set_error_object(type_of(typ), typ);
        if (Object* tb = as_exception(typ)->traceback) {
            ErrorState e = fetch_error();
            setref(e.traceback, newref(tb));
            restore_error(e);
        }
    } else {
        return type_error("exceptions must be classes or instances deriving from BaseException, not %s",
                          type_name_of(typ));
    }
    return gen_throw_current(gen);
}

void gen_finalize(Object* self) {
    auto* gen = static_cast<GenObject*>(self);
    if (gen->gi_frame_state >= GenState::Completed) return;
    Ref r(gen_close_impl(gen));
    // An error stays set for call_finalizer() to report as unraisable.
}

void gen_dealloc(Object* self) {
    auto* gen = static_cast<GenObject*>(self);
    gc_untrack(self);
    if (gen->gi_weakreflist) object_clear_weakrefs(self);
    gc_track(self);
    if (call_finalizer_from_dealloc(self)) return;  // resurrected
    gc_untrack(self);
    gen_clear_frame(gen);
    clear_ref(gen->gi_name);
    clear_ref(gen->gi_qualname);
    clear_ref(gen->gi_code);
    clear_ref(gen->gi_exc_state.exc_value);
    gc_free(self);
}

int gen_traverse(Object* self, visitproc visit, void* arg) {
    auto* gen = static_cast<GenObject*>(self);
    HS_VISIT(gen->gi_name);
    HS_VISIT(gen->gi_qualname);
    HS_VISIT(gen->gi_code);
    if (gen->gi_frame_state < GenState::Cleared) {
        Frame* f = gen_frame(gen);
        HS_VISIT(f->f_func);
        HS_VISIT(f->f_code);
        HS_VISIT(f->f_locals);
        HS_VISIT(f->frame_obj);
        for (int i = 0; i < f->stacktop; i++) HS_VISIT(f->localsplus[i]);
    }
    HS_VISIT(gen->gi_exc_state.exc_value);
    return 0;
}

Object* gen_repr(Object* self) {
    auto* gen = static_cast<GenObject*>(self);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%p", static_cast<void*>(gen));
    return str_from_utf8(std::string("<generator object ") + str_data(gen->gi_qualname) + " at " + buf + ">");
}

Object* gen_iter(Object* self) { return newref(self); }

Object* gen_sizeof(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs_and_args("__sizeof__", nargs, kwnames)) return nullptr;
    auto* gen = static_cast<GenObject*>(self);
    // The frame is embedded: CPython 3.11's basicsize plus one slot per local and stack entry.
    CodeObject* co = gen->gi_code;
    int64_t slots = co->co_nlocalsplus + co->co_stacksize;
    return int_from_int64(96 + 8 * (slots + 7));
}

Object* gen_get_frame(Object* self) {
    auto* gen = static_cast<GenObject*>(self);
    if (gen->gi_frame_state >= GenState::Completed) return new_none();
    return frame_get_object(gen_frame(gen));
}
Object* gen_get_running(Object* self) {
    return new_bool(static_cast<GenObject*>(self)->gi_frame_state == GenState::Executing);
}
Object* gen_get_suspended(Object* self) {
    return new_bool(static_cast<GenObject*>(self)->gi_frame_state == GenState::Suspended);
}
Object* gen_get_code(Object* self) { return newref(static_cast<Object*>(static_cast<GenObject*>(self)->gi_code)); }
Object* gen_get_yieldfrom(Object* self) {
    Object* yf = gen_yieldfrom(static_cast<GenObject*>(self));
    return yf ? newref(yf) : new_none();
}
Object* gen_get_name(Object* self) { return newref(static_cast<GenObject*>(self)->gi_name); }
Object* gen_get_qualname(Object* self) { return newref(static_cast<GenObject*>(self)->gi_qualname); }

const MethodDef gen_methods[] = {
    {"send", gen_send},
    {"throw", gen_throw},
    {"close", gen_close},
    {"__sizeof__", gen_sizeof},
    {nullptr, nullptr},
};
const GetSetDef gen_getset[] = {
    {"gi_frame", gen_get_frame},         {"gi_running", gen_get_running}, {"gi_suspended", gen_get_suspended},
    {"gi_code", gen_get_code},           {"gi_yieldfrom", gen_get_yieldfrom}, {"__name__", gen_get_name},
    {"__qualname__", gen_get_qualname},  {nullptr, nullptr},
};

} // namespace

void init_gen_type() {
    GenType.tp_name = "generator";
    GenType.tp_basicsize = 96;
    GenType.tp_cxx_size = sizeof(GenObject);
    GenType.tp_flags = TPFLAGS_HAVE_GC;
    GenType.tp_dealloc = gen_dealloc;
    GenType.tp_traverse = gen_traverse;
    GenType.tp_repr = gen_repr;
    GenType.tp_iter = gen_iter;
    GenType.tp_iternext = gen_iternext;
    GenType.tp_finalize = gen_finalize;
    GenType.tp_methods = gen_methods;
    GenType.tp_getset = gen_getset;
    GenType.tp_weaklistoffset = offsetof(GenObject, gi_weakreflist);
    register_static_type(&GenType);
}

} // namespace hs

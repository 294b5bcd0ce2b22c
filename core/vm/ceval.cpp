// The eval loop: CPython 3.11's instruction semantics over our encoding (compiler/opcodes.h).
//
// Reference discipline is CPython's: the value stack owns every value on it, LOAD_* push new
// references, calls of Python functions MOVE their arguments from the caller's stack into the
// callee's fast locals, and calls of builtins borrow them from the stack for the duration of
// the call. That is what makes sys.getrefcount() agree with CPython at every point.
//
// Python-to-Python calls do not recurse on the C++ stack: the callee's frame is pushed and the
// loop continues in it; RETURN_VALUE pops back to the caller (`is_entry` marks where to stop).
#include "vm/eval.h"

#include "objects/dictobject.h"
#include "objects/exceptions.h"
#include "objects/funcobject.h"
#include "objects/genobject.h"
#include "objects/intobject.h"
#include "objects/listobject.h"
#include "objects/setobject.h"
#include "objects/sliceobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/runtime.h"
#include "vm/eval_helpers.h"
#include "vm/eval_observe.h"
#include "vm/frame.h"

namespace hs {

using compiler::Instruction;
using compiler::Opcode;

namespace {

// Finds the handler covering instruction `index` (the innermost: later rows nest inside earlier).
const compiler::ExceptionTableEntry* find_handler(CodeObject* code, int index) {
    const compiler::ExceptionTableEntry* best = nullptr;
    for (const auto& e : code->unit->exception_table) {
        if (index >= e.start && index < e.end) {
            if (!best || (e.start >= best->start && e.end <= best->end)) best = &e;
        }
    }
    return best;
}

} // namespace

Object* eval_frame(Frame* entry_frame, bool throwflag) {
    Runtime& r = rt();
    // Observation hooks (vm/eval_observe.h): with no observer, one predictable branch each.
    Observer* const observer = g_observer;
    Frame* frame = entry_frame;
    frame->is_entry = true;
    frame->previous = r.current_frame;
    r.current_frame = frame;

    const Instruction* code;
    Object** localsplus;
    Object** sp;  // stack pointer: one past the top value
    Object* consts;
    Object* names;
    int next = 0;
    Object* kwnames = nullptr;  // set by KW_NAMES for the next CALL (borrowed from co_consts)
    Object* retval = nullptr;

#define LOAD_FRAME()                                                                                \
    do {                                                                                            \
        code = frame->f_code->instructions;                                                         \
        localsplus = frame->localsplus;                                                             \
        sp = frame->localsplus + frame->stacktop;                                                   \
        consts = frame->f_code->co_consts;                                                          \
        names = frame->f_code->co_names;                                                            \
        next = frame->prev_instr + 1;                                                               \
    } while (0)
#define SAVE_SP() (frame->stacktop = static_cast<int>(sp - localsplus))
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define THIRD() (sp[-3])
#define PEEK(n) (sp[-(n)])
#define SET_TOP(v) (sp[-1] = (v))
#define SET_SECOND(v) (sp[-2] = (v))
#define STACK_SHRINK(n) (sp -= (n))
#define GETLOCAL(i) (localsplus[i])
#define SETLOCAL(i, v)                                                                              \
    do {                                                                                            \
        Object* hs_old = localsplus[i];                                                             \
        localsplus[i] = (v);                                                                        \
        xdecref(hs_old);                                                                            \
    } while (0)
#define CONST(i) (tuple_items(consts)[i])
#define NAME(i) (tuple_items(names)[i])
#define ERROR_IF(cond) \
    if (cond) goto error

    if (enter_python_frame() < 0) goto exit_unwind_no_frame_count;
start_frame:
    LOAD_FRAME();
    if (throwflag) {
        throwflag = false;
        // generator.throw() enters the frame: a "call" step, then the exception (as CPython).
        if (observer && observer->on_step(StepKind::Call, frame, nullptr) < 0) goto exit_unwind;
        goto error;
    }

dispatch:
    for (;;) {
        const Instruction instr = code[next];
        if (observer) {
            SAVE_SP();
            if (observe_instruction(observer, frame, next) < 0) {
                next++;
                goto error;
            }
        }
        frame->prev_instr = next++;
        const int32_t oparg = instr.arg;
        switch (instr.op) {
        case Opcode::NOP:
        case Opcode::RESUME:
            break;

        // ---- Stack manipulation ----------------------------------------------------------
        case Opcode::POP_TOP:
            decref(POP());
            break;
        case Opcode::PUSH_NULL:
            PUSH(nullptr);
            break;
        case Opcode::COPY: {
            Object* v = PEEK(oparg);
            PUSH(newref(v));
            break;
        }
        case Opcode::SWAP: {
            Object* top = TOP();
            SET_TOP(PEEK(oparg));
            PEEK(oparg) = top;
            break;
        }

        // ---- Operators -----------------------------------------------------------------
        case Opcode::UNARY_POSITIVE:
        case Opcode::UNARY_NEGATIVE:
        case Opcode::UNARY_INVERT: {
            Object* v = TOP();
            Object* res = instr.op == Opcode::UNARY_POSITIVE   ? number_positive(v)
                          : instr.op == Opcode::UNARY_NEGATIVE ? number_negative(v)
                                                               : number_invert(v);
            decref(v);
            SET_TOP(res);
            ERROR_IF(!res);
            break;
        }
        case Opcode::UNARY_NOT: {
            Object* v = TOP();
            int t = object_is_true(v);
            decref(v);
            if (t < 0) {
                STACK_SHRINK(1);
                goto error;
            }
            SET_TOP(new_bool(!t));
            break;
        }
        case Opcode::BINARY_OP: {
            Object* rhs = POP();
            Object* lhs = TOP();
            Object* res = oparg < compiler::NB_INPLACE_OFFSET ? binary_op(lhs, rhs, oparg)
                                                              : inplace_op(lhs, rhs, oparg - compiler::NB_INPLACE_OFFSET);
            decref(lhs);
            decref(rhs);
            SET_TOP(res);
            if (!res) {
                STACK_SHRINK(1);
                goto error;
            }
            break;
        }
        case Opcode::BINARY_SUBSCR: {
            Object* sub = POP();
            Object* container = TOP();
            Object* res = object_getitem(container, sub);
            decref(container);
            decref(sub);
            SET_TOP(res);
            if (!res) {
                STACK_SHRINK(1);
                goto error;
            }
            break;
        }
        case Opcode::STORE_SUBSCR: {
            Object* sub = TOP();
            Object* container = SECOND();
            Object* v = THIRD();
            STACK_SHRINK(3);
            int err = object_setitem(container, sub, v);
            decref(v);
            decref(container);
            decref(sub);
            ERROR_IF(err < 0);
            break;
        }
        case Opcode::DELETE_SUBSCR: {
            Object* sub = TOP();
            Object* container = SECOND();
            STACK_SHRINK(2);
            int err = object_delitem(container, sub);
            decref(container);
            decref(sub);
            ERROR_IF(err < 0);
            break;
        }
        case Opcode::BUILD_SLICE: {
            Object* step = oparg == 3 ? POP() : nullptr;
            Object* stop = POP();
            Object* start = TOP();
            Object* slice = slice_new(start, stop, step);
            decref(start);
            decref(stop);
            xdecref(step);
            SET_TOP(slice);
            if (!slice) {
                STACK_SHRINK(1);
                goto error;
            }
            break;
        }
        case Opcode::COMPARE_OP: {
            Object* right = POP();
            Object* left = TOP();
            Object* res = object_richcompare(left, right, oparg);
            decref(left);
            decref(right);
            SET_TOP(res);
            if (!res) {
                STACK_SHRINK(1);
                goto error;
            }
            break;
        }
        case Opcode::IS_OP: {
            Object* right = POP();
            Object* left = TOP();
            bool res = (left == right) ^ (oparg != 0);
            decref(left);
            decref(right);
            SET_TOP(new_bool(res));
            break;
        }
        case Opcode::CONTAINS_OP: {
            Object* right = POP();
            Object* left = POP();
            int res = sequence_contains(right, left);
            decref(left);
            decref(right);
            ERROR_IF(res < 0);
            PUSH(new_bool(res ^ oparg));
            break;
        }

        // ---- Names ---------------------------------------------------------------------
        case Opcode::LOAD_CONST:
            PUSH(newref(CONST(oparg)));
            break;
        case Opcode::LOAD_FAST: {
            Object* v = GETLOCAL(oparg);
            if (!v) {
                unbound_local_error(frame->f_code, oparg);
                goto error;
            }
            PUSH(newref(v));
            break;
        }
        case Opcode::STORE_FAST: {
            Object* v = POP();
            SETLOCAL(oparg, v);
            break;
        }
        case Opcode::DELETE_FAST: {
            if (!GETLOCAL(oparg)) {
                unbound_local_error(frame->f_code, oparg);
                goto error;
            }
            SETLOCAL(oparg, nullptr);
            break;
        }
        case Opcode::LOAD_NAME: {
            Object* v = load_name(frame, NAME(oparg));
            ERROR_IF(!v);
            PUSH(v);
            break;
        }
        case Opcode::STORE_NAME: {
            Object* v = POP();
            int err = store_name(frame, NAME(oparg), v);
            decref(v);
            ERROR_IF(err < 0);
            break;
        }
        case Opcode::DELETE_NAME:
            ERROR_IF(delete_name(frame, NAME(oparg)) < 0);
            break;
        case Opcode::LOAD_GLOBAL: {
            Object* v = load_global(frame, NAME(oparg >> 1));
            ERROR_IF(!v);
            if (oparg & 1) PUSH(nullptr);
            PUSH(v);
            break;
        }
        case Opcode::STORE_GLOBAL: {
            Object* v = POP();
            int err = dict_setitem(frame->f_globals, NAME(oparg), v);
            decref(v);
            ERROR_IF(err < 0);
            break;
        }
        case Opcode::DELETE_GLOBAL:
            ERROR_IF(delete_global(frame, NAME(oparg)) < 0);
            break;

        // ---- Cells ---------------------------------------------------------------------
        case Opcode::MAKE_CELL: {
            Object* cell = cell_new(GETLOCAL(oparg));
            ERROR_IF(!cell);
            SETLOCAL(oparg, cell);
            break;
        }
        case Opcode::COPY_FREE_VARS: {
            Object* closure = frame->f_func->func_closure;
            int offset = frame->f_code->co_nlocalsplus - oparg;
            for (int i = 0; i < oparg; i++) localsplus[offset + i] = newref(tuple_items(closure)[i]);
            break;
        }
        case Opcode::LOAD_CLOSURE:
            PUSH(newref(GETLOCAL(oparg)));
            break;
        case Opcode::LOAD_DEREF: {
            Object* v = static_cast<CellObject*>(GETLOCAL(oparg))->ob_ref;
            if (!v) {
                unbound_deref_error(frame->f_code, oparg);
                goto error;
            }
            PUSH(newref(v));
            break;
        }
        case Opcode::LOAD_CLASSDEREF: {
            Object* v = load_classderef(frame, oparg);
            ERROR_IF(!v);
            PUSH(v);
            break;
        }
        case Opcode::STORE_DEREF: {
            auto* cell = static_cast<CellObject*>(GETLOCAL(oparg));
            setref(cell->ob_ref, POP());
            break;
        }
        case Opcode::DELETE_DEREF: {
            auto* cell = static_cast<CellObject*>(GETLOCAL(oparg));
            if (!cell->ob_ref) {
                unbound_deref_error(frame->f_code, oparg);
                goto error;
            }
            clear_ref(cell->ob_ref);
            break;
        }

        // ---- Attributes ----------------------------------------------------------------
        case Opcode::LOAD_ATTR: {
            Object* owner = TOP();
            Object* res = object_getattr(owner, NAME(oparg));
            decref(owner);
            SET_TOP(res);
            if (!res) {
                STACK_SHRINK(1);
                goto error;
            }
            break;
        }
        case Opcode::STORE_ATTR: {
            Object* owner = TOP();
            Object* v = SECOND();
            STACK_SHRINK(2);
            int err = object_setattr(owner, NAME(oparg), v);
            decref(v);
            decref(owner);
            ERROR_IF(err < 0);
            break;
        }
        case Opcode::DELETE_ATTR: {
            Object* owner = POP();
            int err = object_setattr(owner, NAME(oparg), nullptr);
            decref(owner);
            ERROR_IF(err < 0);
            break;
        }
        case Opcode::LOAD_METHOD: {
            // [obj] -> [method, obj] (no bound method object) or [NULL, attribute].
            Object* obj = TOP();
            bool is_method = false;
            Object* meth = object_get_method(obj, NAME(oparg), &is_method);
            if (!meth) {
                decref(obj);
                STACK_SHRINK(1);
                goto error;
            }
            if (is_method) {
                SET_TOP(meth);
                PUSH(obj);
            } else {
                SET_TOP(nullptr);
                decref(obj);
                PUSH(meth);
            }
            break;
        }

        // ---- Building containers -------------------------------------------------------
        case Opcode::BUILD_TUPLE: {
            Object* t = tuple_new(oparg);
            ERROR_IF(!t);
            for (int i = oparg - 1; i >= 0; i--) tuple_items(t)[i] = POP();
            PUSH(t);
            break;
        }
        case Opcode::BUILD_LIST: {
            Object* l = list_new(oparg);
            ERROR_IF(!l);
            for (int i = oparg - 1; i >= 0; i--) list_set_item_steal(l, i, POP());
            PUSH(l);
            break;
        }
        case Opcode::BUILD_SET: {
            Object* s = build_set(sp - oparg, oparg);
            for (int i = 0; i < oparg; i++) decref(POP());
            ERROR_IF(!s);
            PUSH(s);
            break;
        }
        case Opcode::BUILD_MAP: {
            Object* d = build_map(sp - 2 * oparg, oparg);
            for (int i = 0; i < 2 * oparg; i++) decref(POP());
            ERROR_IF(!d);
            PUSH(d);
            break;
        }
        case Opcode::BUILD_CONST_KEY_MAP: {
            Object* keys = TOP();
            Object* d = build_const_key_map(keys, sp - 1 - oparg, oparg);
            decref(POP());
            for (int i = 0; i < oparg; i++) decref(POP());
            ERROR_IF(!d);
            PUSH(d);
            break;
        }
        case Opcode::BUILD_STRING: {
            Object* s = build_string(sp - oparg, oparg);
            for (int i = 0; i < oparg; i++) decref(POP());
            ERROR_IF(!s);
            PUSH(s);
            break;
        }
        case Opcode::LIST_APPEND: {
            Object* v = POP();
            int err = list_append(PEEK(oparg), v);
            decref(v);
            ERROR_IF(err < 0);
            break;
        }
        case Opcode::SET_ADD: {
            Object* v = POP();
            int err = set_add(PEEK(oparg), v);
            decref(v);
            ERROR_IF(err < 0);
            break;
        }
        case Opcode::MAP_ADD: {
            Object* value = POP();
            Object* key = POP();
            int err = dict_setitem(PEEK(oparg), key, value);
            decref(key);
            decref(value);
            ERROR_IF(err < 0);
            break;
        }
        case Opcode::LIST_EXTEND: {
            Object* iterable = POP();
            int err = list_extend_for_unpack(PEEK(oparg), iterable);
            decref(iterable);
            ERROR_IF(err < 0);
            break;
        }
        case Opcode::SET_UPDATE: {
            Object* iterable = POP();
            int err = set_update(PEEK(oparg), iterable);
            decref(iterable);
            ERROR_IF(err < 0);
            break;
        }
        case Opcode::DICT_UPDATE: {
            Object* update = POP();
            int err = dict_update_for_unpack(PEEK(oparg), update);
            decref(update);
            ERROR_IF(err < 0);
            break;
        }
        case Opcode::DICT_MERGE: {
            Object* update = POP();
            int err = dict_merge_for_call(PEEK(oparg), update, PEEK(oparg + 2));
            decref(update);
            ERROR_IF(err < 0);
            break;
        }
        case Opcode::LIST_TO_TUPLE: {
            Object* l = TOP();
            Object* t = list_as_tuple(l);
            decref(l);
            SET_TOP(t);
            if (!t) {
                STACK_SHRINK(1);
                goto error;
            }
            break;
        }
        case Opcode::UNPACK_SEQUENCE: {
            Object* seq = POP();
            int err = unpack_sequence(seq, oparg, -1, sp);
            decref(seq);
            ERROR_IF(err < 0);
            sp += oparg;
            break;
        }
        case Opcode::UNPACK_EX: {
            int before = oparg & 0xFF;
            int after = oparg >> 8;
            Object* seq = POP();
            int err = unpack_sequence(seq, before, after, sp);
            decref(seq);
            ERROR_IF(err < 0);
            sp += before + after + 1;
            break;
        }
        case Opcode::FORMAT_VALUE: {
            Object* spec = (oparg & compiler::FVS_HAVE_SPEC) ? POP() : nullptr;
            Object* value = POP();
            Object* res = format_value(value, oparg & 3, spec);
            decref(value);
            xdecref(spec);
            ERROR_IF(!res);
            PUSH(res);
            break;
        }

        // ---- Jumps ---------------------------------------------------------------------
        case Opcode::JUMP_FORWARD:
            next = oparg;
            break;
        case Opcode::JUMP_BACKWARD:
            next = oparg;
            ERROR_IF(check_eval_breaker() < 0);
            break;
        case Opcode::JUMP_BACKWARD_NO_INTERRUPT:
            next = oparg;
            break;
        case Opcode::POP_JUMP_IF_FALSE:
        case Opcode::POP_JUMP_IF_TRUE: {
            Object* cond = POP();
            int t = cond == True() ? 1 : cond == False() ? 0 : object_is_true(cond);
            decref(cond);
            ERROR_IF(t < 0);
            if (t == (instr.op == Opcode::POP_JUMP_IF_TRUE)) next = oparg;
            break;
        }
        case Opcode::POP_JUMP_IF_NONE:
        case Opcode::POP_JUMP_IF_NOT_NONE: {
            Object* v = POP();
            if ((v == None()) == (instr.op == Opcode::POP_JUMP_IF_NONE)) next = oparg;
            decref(v);
            break;
        }
        case Opcode::JUMP_IF_FALSE_OR_POP:
        case Opcode::JUMP_IF_TRUE_OR_POP: {
            Object* cond = TOP();
            int t = cond == True() ? 1 : cond == False() ? 0 : object_is_true(cond);
            ERROR_IF(t < 0);
            if (t == (instr.op == Opcode::JUMP_IF_TRUE_OR_POP)) {
                next = oparg;
            } else {
                STACK_SHRINK(1);
                decref(cond);
            }
            break;
        }

        // ---- Iteration and generators ----------------------------------------------------
        case Opcode::GET_ITER: {
            Object* iterable = TOP();
            Object* it = object_get_iter(iterable);
            decref(iterable);
            SET_TOP(it);
            if (!it) {
                STACK_SHRINK(1);
                goto error;
            }
            break;
        }
        case Opcode::FOR_ITER: {
            Object* it = TOP();
            Object* v = type_of(it)->tp_iternext(it);
            if (v) {
                PUSH(v);
                break;
            }
            if (error_occurred()) {
                if (!error_matches(&StopIterationType)) goto error;
                if (observer) [[unlikely]] {
                    SAVE_SP();
                    if (observe_stop_iteration(observer, frame, it, nullptr, nullptr) < 0) goto error;
                }
                clear_error();
            }
            // The iterator is exhausted: pop it and leave the loop.
            STACK_SHRINK(1);
            decref(it);
            next = oparg;
            break;
        }
        case Opcode::GET_YIELD_FROM_ITER: {
            Object* iterable = TOP();
            if (!gen_check(iterable)) {
                Object* it = object_get_iter(iterable);
                decref(iterable);
                SET_TOP(it);
                if (!it) {
                    STACK_SHRINK(1);
                    goto error;
                }
            }
            break;
        }
        case Opcode::SEND: {
            Object* v = POP();
            Object* receiver = TOP();
            Object* result = nullptr;
            SendResult status = send_to(receiver, v, &result);
            if (observer && status == SendResult::Return) [[unlikely]] {
                SAVE_SP();
                if (observe_stop_iteration(observer, frame, receiver, v, result) < 0) {
                    decref(v);
                    decref(result);
                    goto error;
                }
            }
            decref(v);
            if (status == SendResult::Error) goto error;
            if (status == SendResult::Return) {
                decref(receiver);
                SET_TOP(result);
                next = oparg;
                break;
            }
            PUSH(result);
            break;
        }
        case Opcode::YIELD_VALUE: {
            retval = POP();
            SAVE_SP();
            if (observer && observer->on_step(StepKind::Return, frame, retval) < 0) {
                decref(retval);
                goto exit_unwind;
            }
            generator_of(frame)->gi_frame_state = GenState::Suspended;
            leave_python_frame();
            r.current_frame = frame->previous;
            return retval;
        }
        case Opcode::RETURN_GENERATOR: {
            SAVE_SP();
            Object* gen = gen_new_from_frame(frame);
            ERROR_IF(!gen);
            leave_python_frame();
            if (!frame->is_entry) {
                Frame* prev = frame->previous;
                frame_stack_pop(frame, Frame::size_for(static_cast<GenObject*>(gen)->gi_iframe.f_code));
                frame = prev;
                r.current_frame = frame;
                LOAD_FRAME();
                next = frame->prev_instr + 1;
                PUSH(gen);
                break;
            }
            r.current_frame = frame->previous;
            return gen;
        }

        // ---- Calls ---------------------------------------------------------------------
        case Opcode::KW_NAMES:
            kwnames = CONST(oparg);
            break;
        case Opcode::PRECALL: {
            // [NULL, bound method, args...] -> [function, self, args...] (3.11's unpacking).
            bool is_meth = PEEK(oparg + 2) != nullptr;
            if (!is_meth) {
                Object* callable = PEEK(oparg + 1);
                if (type_of(callable) == &MethodType) {
                    auto* m = static_cast<MethodObject*>(callable);
                    PEEK(oparg + 1) = newref(m->im_self);
                    PEEK(oparg + 2) = newref(m->im_func);
                    decref(callable);
                }
            }
            break;
        }
        case Opcode::CALL: {
            bool is_meth = PEEK(oparg + 2) != nullptr;
            int total_args = oparg + (is_meth ? 1 : 0);
            Object* function = PEEK(total_args + 1);
            Object* call_kwnames = kwnames;
            kwnames = nullptr;
            int nkw = call_kwnames ? static_cast<int>(tuple_size(call_kwnames)) : 0;
            int positional = total_args - nkw;
            if (type_of(function) == &FunctionType) {
                auto* func = static_cast<FunctionObject*>(function);
                CodeObject* co = func->func_code;
                Object* locals = (co->co_flags & compiler::CO_OPTIMIZED) ? nullptr : func->func_globals;
                Object** args = sp - total_args;
                STACK_SHRINK(total_args);
                // The new frame takes the stack's references: the function and the arguments.
                STACK_SHRINK(is_meth ? 1 : 2);
                SAVE_SP();
                Frame* callee = frame_push_for(func, locals);
                if (!callee) {
                    for (int i = 0; i < total_args; i++) decref(args[i]);
                    goto error;
                }
                if (initialize_locals(callee, func, args, static_cast<size_t>(positional), call_kwnames) < 0) {
                    frame_clear_and_pop(callee);
                    goto error;
                }
                callee->previous = frame;
                frame = callee;
                r.current_frame = frame;
                if (enter_python_frame() < 0) goto exit_unwind_no_frame_count;
                goto start_frame;
            }
            SAVE_SP();
            Object* res = object_call(function, sp - total_args, static_cast<size_t>(positional), call_kwnames);
            for (int i = 0; i < total_args; i++) decref(POP());
            decref(POP());
            if (!is_meth) STACK_SHRINK(1);  // the NULL
            ERROR_IF(!res);
            PUSH(res);
            break;
        }
        case Opcode::CALL_FUNCTION_EX: {
            Object* kwargs = (oparg & 1) ? POP() : nullptr;
            Object* callargs = POP();
            Object* func = TOP();
            SAVE_SP();
            Object* res = call_function_ex(func, callargs, kwargs);
            decref(callargs);
            xdecref(kwargs);
            decref(func);
            STACK_SHRINK(1);
            // [NULL, func, ...] leaves the NULL below.
            SET_TOP(res);
            if (!res) {
                STACK_SHRINK(1);
                goto error;
            }
            break;
        }
        case Opcode::MAKE_FUNCTION: {
            Object* codeobj = POP();
            Object* func = function_new(codeobj, frame->f_globals);
            decref(codeobj);
            ERROR_IF(!func);
            auto* f = static_cast<FunctionObject*>(func);
            if (oparg & compiler::MF_CLOSURE) f->func_closure = POP();
            if (oparg & compiler::MF_ANNOTATIONS) f->func_annotations = POP();
            if (oparg & compiler::MF_KWDEFAULTS) f->func_kwdefaults = POP();
            if (oparg & compiler::MF_DEFAULTS) f->func_defaults = POP();
            PUSH(func);
            break;
        }
        case Opcode::RETURN_VALUE: {
            retval = POP();
            SAVE_SP();
            if (observer && observer->on_step(StepKind::Return, frame, retval) < 0) {
                decref(retval);
                goto exit_unwind;
            }
            leave_python_frame();
            if (frame->is_entry) {
                r.current_frame = frame->previous;
                return retval;
            }
            // The frame leaves the chain before its locals are released (CPython's GH-99729):
            // a finalizer that runs then sees the caller on top.
            Frame* caller = frame->previous;
            r.current_frame = caller;
            frame_clear_and_pop(frame);
            frame = caller;
            LOAD_FRAME();
            next = frame->prev_instr + 1;
            PUSH(retval);
            break;
        }

        // ---- Classes, annotations, imports ---------------------------------------------
        case Opcode::LOAD_BUILD_CLASS: {
            Object* bc = load_build_class(frame);
            ERROR_IF(!bc);
            PUSH(bc);
            break;
        }
        case Opcode::SETUP_ANNOTATIONS:
            ERROR_IF(setup_annotations(frame) < 0);
            break;
        case Opcode::IMPORT_NAME: {
            Object* fromlist = POP();
            Object* level = TOP();
            Object* res = import_name(frame, NAME(oparg), fromlist, level);
            decref(level);
            decref(fromlist);
            SET_TOP(res);
            if (!res) {
                STACK_SHRINK(1);
                goto error;
            }
            break;
        }
        case Opcode::IMPORT_FROM: {
            Object* res = import_from(TOP(), NAME(oparg));
            ERROR_IF(!res);
            PUSH(res);
            break;
        }
        case Opcode::IMPORT_STAR: {
            Object* from = POP();
            int err = import_star(frame, from);
            decref(from);
            ERROR_IF(err < 0);
            break;
        }

        // ---- Exceptions ----------------------------------------------------------------
        case Opcode::RAISE_VARARGS: {
            Object* cause = oparg == 2 ? POP() : nullptr;
            Object* exc = oparg >= 1 ? POP() : nullptr;
            bool reraise = do_raise(exc, cause);
            if (reraise) goto exception_unwind;
            goto error;
        }
        case Opcode::RERAISE: {
            Object* val = POP();
            if (oparg) {
                Object* lasti = PEEK(oparg);
                frame->prev_instr = static_cast<int>(static_cast<IntObject*>(lasti)->value);
            }
            reraise_exception(val);
            goto exception_unwind;
        }
        case Opcode::PUSH_EXC_INFO: {
            Object* value = TOP();
            ExcStackItem* info = r.exc_info;
            SET_TOP(info->exc_value ? info->exc_value : new_none());
            info->exc_value = newref(value);
            PUSH(value);
            break;
        }
        case Opcode::POP_EXCEPT: {
            ExcStackItem* info = r.exc_info;
            Object* value = info->exc_value;
            info->exc_value = POP();
            xdecref(value);
            break;
        }
        case Opcode::CHECK_EXC_MATCH: {
            Object* right = POP();
            Object* left = TOP();
            int res = check_exc_match(left, right);
            decref(right);
            ERROR_IF(res < 0);
            PUSH(new_bool(res));
            break;
        }
        case Opcode::LOAD_ASSERTION_ERROR:
            PUSH(newref(static_cast<Object*>(&AssertionErrorType)));
            break;
        case Opcode::BEFORE_WITH: {
            Object* mgr = TOP();
            Object* exit = nullptr;
            Object* res = before_with(mgr, &exit);
            if (!res) goto error;
            SET_TOP(exit);
            decref(mgr);
            PUSH(res);
            break;
        }
        case Opcode::WITH_EXCEPT_START: {
            // [exit, lasti, prev_exc, exc] -> [..., exit(type, exc, tb)]
            Object* val = TOP();
            Object* exit_func = PEEK(4);
            Object* res = with_except_start(exit_func, val);
            ERROR_IF(!res);
            PUSH(res);
            break;
        }
        case Opcode::RAISE_UNSUPPORTED:
            set_error_format(&NotImplementedErrorType, "heapscope does not support '%s'", str_data(CONST(oparg)));
            goto error;
        }
        continue;
    }

error:
        SAVE_SP();
        add_traceback_entry(frame);
        // An exception raised here (a failing hook replaces it, as a failing trace function does).
        if (observer) observer->on_step(StepKind::Exception, frame, nullptr);
    exception_unwind: {
        // A stopped program runs no handler: it unwinds to the top (runtime/observer.h).
        if (observer && observer->stopping) goto exit_unwind;
        // The handler covers the instruction being executed (next - 1), not frame->prev_instr:
        // RERAISE rewrites prev_instr so the traceback shows the original line.
        const compiler::ExceptionTableEntry* handler = find_handler(frame->f_code, next - 1);
        if (!handler) goto exit_unwind;
        Object** level = frame->stack_base() + handler->depth;
        while (sp > level) xdecref(POP());
        if (handler->lasti) PUSH(int_from_int64(frame->prev_instr));
        Object* exc = fetch_error_for_handler();
        PUSH(exc);
        next = handler->target;
        kwnames = nullptr;
        goto dispatch;
    }
    exit_unwind:
        while (sp > frame->stack_base()) xdecref(POP());
        SAVE_SP();
        // Leaving with an exception is a "return" step too (with no value).
        if (observer) observer->on_step(StepKind::Return, frame, nullptr);
        leave_python_frame();
    exit_unwind_no_frame_count:
        if (frame->is_entry) {
            r.current_frame = frame->previous;
            if (frame->owner == FrameOwner::Generator) generator_of(frame)->gi_frame_state = GenState::Completed;
            return nullptr;
        }
        {
            // Unlinked before it is cleared, as on return.
            Frame* caller = frame->previous;
            r.current_frame = caller;
            frame_clear_and_pop(frame);
            frame = caller;
            LOAD_FRAME();
            next = frame->prev_instr + 1;
        }
        goto error;
#undef LOAD_FRAME
#undef SAVE_SP
#undef PUSH
#undef POP
#undef TOP
#undef SECOND
#undef THIRD
#undef PEEK
#undef SET_TOP
#undef SET_SECOND
#undef STACK_SHRINK
#undef GETLOCAL
#undef SETLOCAL
#undef CONST
#undef NAME
#undef ERROR_IF
}

} // namespace hs

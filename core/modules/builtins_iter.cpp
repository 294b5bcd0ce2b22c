// The builtins that consume iterables: len, min, max, sum, sorted, any, all, iter, next.
#include "modules/builtins_impl.h"

#include "objects/bytesobject.h"
#include "objects/exceptions.h"
#include "objects/float_impl.h"
#include "objects/int_impl.h"
#include "objects/iterobject.h"
#include "objects/listobject.h"
#include "objects/strobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"

namespace hs::builtins {

Object* len(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("len", nargs, kwnames)) return nullptr;
    ssize_t n = object_length(args[0]);
    if (n < 0) return nullptr;
    return int_from_int64(n);
}

namespace {

// min() and max(): CPython's min_max. op is Py_LT for min, Py_GT for max.
Object* min_max(Object* const* args, size_t nargs, Object* kwnames, int op) {
    const char* name = op == Py_LT ? "min" : "max";
    static const ArgSpec min_spec{"min", {"key", "default"}};
    static const ArgSpec max_spec{"max", {"key", "default"}};
    if (nargs == 0) {
        set_error_format(&TypeErrorType, "%s expected at least 1 argument, got 0", name);
        return nullptr;
    }
    Object* kw[2] = {};
    if (kwnames && !parse_keywords(op == Py_LT ? min_spec : max_spec, args, nargs, kwnames, kw)) return nullptr;
    Object* keyfunc = kw[0] == None() ? nullptr : kw[0];
    Object* dflt = kw[1];
    bool positional = nargs > 1;
    if (positional && dflt) {
        set_error_format(&TypeErrorType, "Cannot specify a default for %s() with multiple positional arguments", name);
        return nullptr;
    }
    Ref it;
    if (!positional) {
        it = Ref(object_get_iter(args[0]));
        if (!it) return nullptr;
    }
    Ref best_item, best_value;
    for (size_t i = 0;; ++i) {
        Ref item;
        if (positional) {
            if (i == nargs) break;
            item = Ref::borrowed(args[i]);
        } else {
            item = Ref(iter_next(it.get()));
            if (!item) {
                if (error_occurred()) return nullptr;
                break;
            }
        }
        Ref value = keyfunc ? Ref(call_args(keyfunc, {item.get()})) : Ref::borrowed(item.get());
        if (!value) return nullptr;
        if (!best_value) {
            best_item = std::move(item);
            best_value = std::move(value);
            continue;
        }
        int cmp = object_richcompare_bool(value.get(), best_value.get(), op);
        if (cmp < 0) return nullptr;
        if (cmp > 0) {
            best_item = std::move(item);
            best_value = std::move(value);
        }
    }
    if (!best_item) {
        if (dflt) return newref(dflt);
        set_error_format(&ValueErrorType, "%s() arg is an empty sequence", name);
        return nullptr;
    }
    return best_item.release();
}

} // namespace

Object* min(Object*, Object* const* args, size_t nargs, Object* kwnames) { return min_max(args, nargs, kwnames, Py_LT); }
Object* max(Object*, Object* const* args, size_t nargs, Object* kwnames) { return min_max(args, nargs, kwnames, Py_GT); }

// sum(iterable, /, start=0): CPython 3.11's builtin_sum_impl, with its int and float fast paths
// (plain double accumulation: 3.11 has no compensated summation).
Object* sum(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const ArgSpec spec{"sum", {"iterable", "start"}, 1, 1};
    Object* a[2];
    if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
    Ref it(object_get_iter(a[0]));
    if (!it) return nullptr;
    Ref result;
    if (!a[1]) {
        result = Ref(int_from_int64(0));
    } else {
        Object* start = a[1];
        if (str_check(start)) {
            set_error(&TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]");
            return nullptr;
        }
        if (bytes_check(start)) {
            set_error(&TypeErrorType, "sum() can't sum bytes [use b''.join(seq) instead]");
            return nullptr;
        }
        if (start->ob_type == &ByteArrayType || type_is_subtype(start->ob_type, &ByteArrayType)) {
            set_error(&TypeErrorType, "sum() can't sum bytearray [use b''.join(seq) instead]");
            return nullptr;
        }
        result = Ref::borrowed(start);
    }
    if (!result) return nullptr;

    if (int_check_exact(result.get()) && int_is_small(result.get())) {
        // Accumulate in an int64 while the items are small ints and nothing overflows.
        int64_t total = as_int(result.get())->value;
        result.reset();
        for (;;) {
            Ref item(iter_next(it.get()));
            if (!item) {
                if (error_occurred()) return nullptr;
                return int_from_int64(total);
            }
            if ((int_check_exact(item.get()) || bool_check(item.get())) && int_is_small(item.get())) {
                int64_t b = as_int(item.get())->value;
                int64_t r;
                if (!__builtin_add_overflow(total, b, &r)) {
                    total = r;
                    continue;
                }
            }
            // Overflow or not an int: continue with objects from here.
            Ref partial(int_from_int64(total));
            if (!partial) return nullptr;
            // A float result continues in the float fast path below, as in CPython.
            result = Ref(binary_op(partial.get(), item.get(), NB_ADD));
            if (!result) return nullptr;
            break;
        }
    }
    if (result->ob_type == &FloatType) {
        double total = float_value(result.get());
        result.reset();
        for (;;) {
            Ref item(iter_next(it.get()));
            if (!item) {
                if (error_occurred()) return nullptr;
                return float_from_double(total);
            }
            if (item->ob_type == &FloatType) {
                total += float_value(item.get());
                continue;
            }
            if (int_check(item.get()) && int_is_small(item.get())) {
                total += static_cast<double>(as_int(item.get())->value);
                continue;
            }
            Ref partial(float_from_double(total));
            if (!partial) return nullptr;
            result = Ref(binary_op(partial.get(), item.get(), NB_ADD));
            if (!result) return nullptr;
            break;
        }
    }
    for (;;) {
        Ref item(iter_next(it.get()));
        if (!item) {
            if (error_occurred()) return nullptr;
            return result.release();
        }
        result = Ref(binary_op(result.get(), item.get(), NB_ADD));
        if (!result) return nullptr;
    }
}

// sorted(iterable, /, *, key=None, reverse=False): a new list, then list.sort's keywords.
Object* sorted(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const ArgSpec sort_spec{"sort", {"key", "reverse"}};
    if (!check_nargs("sorted", nargs, 1, 1)) return nullptr;
    Ref list(sequence_list(args[0]));
    if (!list) return nullptr;
    Object* kw[2] = {};
    if (kwnames && !parse_keywords(sort_spec, args, nargs, kwnames, kw)) return nullptr;
    bool reverse = false;
    if (kw[1]) {
        // list.sort's `reverse` is a C int: any integer (via __index__), not any truth value.
        Ref flag(number_index(kw[1]));
        if (!flag) return nullptr;
        reverse = object_is_true(flag.get()) > 0;
    }
    Object* key = kw[0] == None() ? nullptr : kw[0];
    if (list_sort(list.get(), key, reverse) < 0) return nullptr;
    return list.release();
}

namespace {

// any()/all(): stop at the first item whose truth is `stop_on`.
Object* any_all(const char* name, Object* const* args, size_t nargs, Object* kwnames, bool stop_on) {
    if (!check_one_arg(name, nargs, kwnames)) return nullptr;
    Ref it(object_get_iter(args[0]));
    if (!it) return nullptr;
    for (;;) {
        Ref item(iter_next(it.get()));
        if (!item) {
            if (error_occurred()) return nullptr;
            return new_bool(!stop_on);
        }
        int truth = object_is_true(item.get());
        if (truth < 0) return nullptr;
        if (static_cast<bool>(truth) == stop_on) return new_bool(stop_on);
    }
}

} // namespace

Object* any(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    return any_all("any", args, nargs, kwnames, true);
}

Object* all(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    return any_all("all", args, nargs, kwnames, false);
}

// iter(object) / iter(callable, sentinel).
Object* iter(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("iter", kwnames) || !check_nargs("iter", nargs, 1, 2)) return nullptr;
    if (nargs == 1) return object_get_iter(args[0]);
    if (!type_of(args[0])->tp_call) {
        set_error(&TypeErrorType, "iter(v, w): v must be callable");
        return nullptr;
    }
    return calliter_new(args[0], args[1]);
}

// next(iterator[, default]): a StopIteration raised by the iterator (with its value) goes
// through unless a default is given.
Object* next(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("next", kwnames) || !check_nargs("next", nargs, 1, 2)) return nullptr;
    Object* it = args[0];
    iternextfunc iternext = type_of(it)->tp_iternext;
    if (!iternext) {
        set_error_format(&TypeErrorType, "'%s' object is not an iterator", type_name_of(it));
        return nullptr;
    }
    Object* result = iternext(it);
    if (result) return result;
    if (error_occurred()) {
        if (nargs < 2 || !error_matches(&StopIterationType)) return nullptr;
        clear_error();
    }
    if (nargs == 2) return newref(args[1]);
    set_error_none(&StopIterationType);
    return nullptr;
}

} // namespace hs::builtins

// The numeric builtins: abs, divmod, pow, round, chr, ord, hex, oct, bin.
#include "modules/builtins_impl.h"

#include "numeric/float_format.h"
#include "objects/bytesobject.h"
#include "objects/exceptions.h"
#include "objects/float_impl.h"
#include "objects/int_impl.h"
#include "objects/str_unicode.h"
#include "objects/strobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"

#include <climits>

namespace hs::builtins {

namespace {

bool is_not_implemented(Object* o) { return o == NotImplemented(); }

// a.__divmod__(b) / b.__rdivmod__(a) dispatch, as binary_op1 does for slots: divmod has no
// slot in heapscope's TypeObject, so the methods are found by name.
Object* divmod_dispatch(Object* a, Object* b) {
    TypeObject* ta = type_of(a);
    TypeObject* tb = type_of(b);
    Object* slotv = type_lookup(ta, intern("__divmod__"));
    Object* slotw = tb != ta ? type_lookup(tb, intern("__rdivmod__")) : nullptr;
    if (slotw && slotv && slotw == type_lookup(ta, intern("__rdivmod__"))) slotw = nullptr;
    if (slotv) {
        if (slotw && type_is_subtype(tb, ta)) {
            Ref r(call_special(b, "__rdivmod__", {a}));
            if (!r || !is_not_implemented(r.get())) return r.release();
            slotw = nullptr;
        }
        Ref r(call_special(a, "__divmod__", {b}));
        if (!r || !is_not_implemented(r.get())) return r.release();
    }
    if (slotw) {
        Ref r(call_special(b, "__rdivmod__", {a}));
        if (!r || !is_not_implemented(r.get())) return r.release();
    }
    set_error_format(&TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'", type_name(ta),
                     type_name(tb));
    return nullptr;
}

// A C int argument (_PyLong_AsInt through __index__).
bool as_c_int(Object* o, int* out) {
    Ref value(number_index(o));
    if (!value) return false;
    bool overflow = false;
    int64_t v = int_as_int64(value.get(), &overflow);
    if (overflow || v < INT_MIN || v > INT_MAX) {
        set_error(&OverflowErrorType, "Python int too large to convert to C int");
        return false;
    }
    *out = static_cast<int>(v);
    return true;
}

Object* prefixed(const char* name, Object* const* args, size_t nargs, Object* kwnames, int base) {
    if (!check_one_arg(name, nargs, kwnames)) return nullptr;
    Ref i(number_index(args[0]));
    if (!i) return nullptr;
    return int_to_prefixed_str(i.get(), base);
}

} // namespace

Object* abs(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("abs", nargs, kwnames)) return nullptr;
    return number_absolute(args[0]);
}

Object* divmod(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("divmod", kwnames) || !check_nargs("divmod", nargs, 2, 2)) return nullptr;
    Object* a = args[0];
    Object* b = args[1];
    if (int_check_exact(a) && int_check_exact(b)) return int_divmod(a, b);
    if ((a->ob_type == &FloatType || int_check_exact(a)) && (b->ob_type == &FloatType || int_check_exact(b)))
        return float_divmod_values(a, b);
    return divmod_dispatch(a, b);
}

// pow(base, exp, mod=None). With a modulus, every operand's type gets its turn, as CPython's
// ternary_op: pow(2, 0.5, 5) is float's TypeError, not a generic one.
Object* pow(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const ArgSpec spec{"pow", {"base", "exp", "mod"}, 2, 0};
    Object* a[3];
    if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
    Object* v = a[0];
    Object* w = a[1];
    Object* z = a[2];
    if (!z || z == None()) return power_op(v, w, None());
    ternaryfunc slotv = type_of(v)->nb_power3;
    ternaryfunc slotw = type_of(w) != type_of(v) ? type_of(w)->nb_power3 : nullptr;
    if (slotw == slotv) slotw = nullptr;
    auto attempt = [&](ternaryfunc slot, Object** result) {
        *result = slot(v, w, z);
        if (*result != NotImplemented()) return true;
        decref(*result);
        return false;
    };
    Object* result;
    if (slotv) {
        if (slotw && type_is_subtype(type_of(w), type_of(v))) {
            if (attempt(slotw, &result)) return result;
            slotw = nullptr;
        }
        if (attempt(slotv, &result)) return result;
    }
    if (slotw && attempt(slotw, &result)) return result;
    ternaryfunc slotz = type_of(z)->nb_power3;
    if (slotz && slotz != slotv && slotz != slotw && attempt(slotz, &result)) return result;
    set_error_format(&TypeErrorType, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", type_name_of(v),
                     type_name_of(w), type_name_of(z));
    return nullptr;
}

// round(number, ndigits=None): number.__round__() or number.__round__(ndigits).
Object* round(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const ArgSpec spec{"round", {"number", "ndigits"}, 1, 0};
    Object* a[2];
    if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
    Object* number = a[0];
    Object* ndigits = a[1] == None() ? nullptr : a[1];
    if (!ndigits) {
        if (number->ob_type == &FloatType) return int_from_double(numeric::round_half_even(float_value(number)));
        if (int_check_exact(number)) return newref(number);
    }
    if (!type_lookup(type_of(number), intern("__round__"))) {
        set_error_format(&TypeErrorType, "type %s doesn't define __round__ method", type_name_of(number));
        return nullptr;
    }
    if (!ndigits) return call_special(number, "__round__", {});
    return call_special(number, "__round__", {ndigits});
}

Object* chr(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("chr", nargs, kwnames)) return nullptr;
    int cp;
    if (!as_c_int(args[0], &cp)) return nullptr;
    if (cp < 0 || cp > 0x10FFFF) {
        set_error(&ValueErrorType, "chr() arg not in range(0x110000)");
        return nullptr;
    }
    return str_from_code_point(static_cast<uint32_t>(cp));
}

Object* ord(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("ord", nargs, kwnames)) return nullptr;
    Object* c = args[0];
    ssize_t size;
    if (str_check(c)) {
        size = static_cast<StrObject*>(c)->length;
        if (size == 1) {
            const char* p = str_data(c);
            return int_from_int64(unicode::decode(p));
        }
    } else if (bytes_check(c)) {
        size = static_cast<VarObject*>(c)->ob_size;
        if (size == 1) return int_from_int64(static_cast<unsigned char>(bytes_data(c)[0]));
    } else if (c->ob_type == &ByteArrayType || type_is_subtype(c->ob_type, &ByteArrayType)) {
        auto* b = static_cast<ByteArrayObject*>(c);
        size = b->ob_size;
        if (size == 1) return int_from_int64(static_cast<unsigned char>(b->data[0]));
    } else {
        set_error_format(&TypeErrorType, "ord() expected string of length 1, but %s found", type_name_of(c));
        return nullptr;
    }
    set_error_format(&TypeErrorType, "ord() expected a character, but string of length %zd found", size);
    return nullptr;
}

Object* hex(Object*, Object* const* args, size_t nargs, Object* kwnames) { return prefixed("hex", args, nargs, kwnames, 16); }
Object* oct(Object*, Object* const* args, size_t nargs, Object* kwnames) { return prefixed("oct", args, nargs, kwnames, 8); }
Object* bin(Object*, Object* const* args, size_t nargs, Object* kwnames) { return prefixed("bin", args, nargs, kwnames, 2); }

} // namespace hs::builtins

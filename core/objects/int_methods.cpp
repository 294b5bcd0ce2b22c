// int's constructor, methods and attributes: int(x), int(text, base), bit_length, to_bytes,
// from_bytes, __round__, real/imag/numerator/denominator, __sizeof__...
#include "objects/int_impl.h"

#include "objects/bytesobject.h"
#include "objects/exceptions.h"
#include "objects/float_impl.h"
#include "objects/str_unicode.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"

#include <bit>
#include <string>

namespace hs {

Object* int_format_method(Object* self, Object* const* args, size_t nargs, Object* kwnames);  // int_format.cpp

namespace {

using numeric::BigInt;

// ---- int(text, base) ------------------------------------------------------------------------

// "invalid literal for int() with base 10: 'abc'": CPython quotes repr(text) cut to 200 characters.
void invalid_literal(int base, Object* original) {
    Ref repr(object_repr(original));
    if (!repr) return;
    std::string_view text = str_view(repr.get());
    const char* p = text.data();
    const char* end = p + text.size();
    for (int n = 0; n < 200 && p < end; ++n) unicode::decode(p);
    set_error(&ValueErrorType, string_format("invalid literal for int() with base %d: ", base) +
                                   std::string(text.substr(0, static_cast<size_t>(p - text.data()))));
}

} // namespace

Object* int_from_text(std::string_view text, int base, Object* original) {
    std::string ascii;
    if (str_check(original) && !str_is_ascii(original)) {
        // As CPython: other scripts' decimal digits and Unicode spaces count.
        ascii = transform_decimal_and_space(text);
        text = ascii;
    }
    if (text.find('\0') != std::string_view::npos) {
        invalid_literal(base, original);
        return nullptr;
    }
    numeric::IntParseResult r = numeric::parse_int_literal(text, base, int_max_str_digits());
    switch (r.status) {
    case numeric::IntParseStatus::ok:
        return int_from_bigint(std::move(r.value));
    case numeric::IntParseStatus::exceeds_digit_limit:
        set_error(&ValueErrorType, numeric::int_max_str_digits_to_int_message(int_max_str_digits(), r.digit_count));
        return nullptr;
    case numeric::IntParseStatus::invalid_literal:
        break;
    }
    invalid_literal(base, original);
    return nullptr;
}

namespace {

// The text of a str, bytes or bytearray, or false.
bool text_of(Object* o, std::string_view* text) {
    if (str_check(o)) {
        *text = str_view(o);
        return true;
    }
    if (bytes_check(o)) {
        *text = bytes_view(o);
        return true;
    }
    if (o->ob_type == &ByteArrayType || type_is_subtype(o->ob_type, &ByteArrayType)) {
        auto* b = static_cast<ByteArrayObject*>(o);
        *text = std::string_view(b->data ? b->data : "", static_cast<size_t>(b->ob_size));
        return true;
    }
    return false;
}

// PyNumber_Long: int(x) with one argument.
Object* number_long(Object* o) {
    if (int_check_exact(o)) return newref(o);
    TypeObject* t = o->ob_type;
    if (t->nb_int) {
        Object* r = t->nb_int(o);
        if (!r || int_check_exact(r)) return r;
        if (!int_check(r)) {
            set_error_format(&TypeErrorType, "__int__ returned non-int (type %s)", type_name_of(r));
            decref(r);
            return nullptr;
        }
        Object* exact = int_copy_exact(r);
        decref(r);
        return exact;
    }
    if (t->nb_index) return number_index(o);
    if (type_lookup(t, intern("__trunc__"))) {
        Ref r(call_special(o, "__trunc__", {}));
        if (!r) return nullptr;
        if (int_check(r.get())) return int_copy_exact(r.get());
        if (!r->ob_type->nb_index) {
            set_error_format(&TypeErrorType, "__trunc__ returned non-Integral (type %s)", type_name_of(r.get()));
            return nullptr;
        }
        return number_index(r.get());
    }
    std::string_view text;
    if (text_of(o, &text)) return int_from_text(text, 10, o);
    set_error_format(&TypeErrorType, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                     type_name_of(o));
    return nullptr;
}

Object* int_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    static const ArgSpec spec{"int", {"x", "base"}, 0, 1};
    Object* a[2];
    if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
    Object* x = a[0];
    Object* obase = a[1];
    Ref value;
    if (!x) {
        if (obase) {
            set_error(&TypeErrorType, "int() missing string argument");
            return nullptr;
        }
        value = Ref(int_from_int64(0));
    } else if (!obase) {
        value = Ref(number_long(x));
    } else {
        ssize_t base = index_as_ssize(obase, nullptr);
        if (base == -1 && error_occurred()) return nullptr;
        if ((base != 0 && base < 2) || base > 36) {
            set_error(&ValueErrorType, "int() base must be >= 2 and <= 36, or 0");
            return nullptr;
        }
        std::string_view text;
        if (!text_of(x, &text)) {
            set_error(&TypeErrorType, "int() can't convert non-string with explicit base");
            return nullptr;
        }
        value = Ref(int_from_text(text, static_cast<int>(base), x));
    }
    if (!value) return nullptr;
    return int_subtype_from(type, value.get());
}

// ---- Attributes -----------------------------------------------------------------------------

Object* int_get_self(Object* self) { return int_copy_exact(self); }
Object* int_get_zero(Object*) { return int_from_int64(0); }
Object* int_get_one(Object*) { return int_from_int64(1); }

const GetSetDef int_getset[] = {
    {"real", int_get_self},
    {"imag", int_get_zero},
    {"numerator", int_get_self},
    {"denominator", int_get_one},
    {nullptr, nullptr},
};

// ---- Methods --------------------------------------------------------------------------------

bool value_negative(Object* o) {
    auto* i = as_int(o);
    return i->big ? i->big->is_negative() : i->value < 0;
}

uint64_t value_bit_length(Object* o) {
    auto* i = as_int(o);
    if (i->big) return i->big->bit_length();
    uint64_t m = i->value < 0 ? uint64_t{0} - static_cast<uint64_t>(i->value) : static_cast<uint64_t>(i->value);
    return static_cast<uint64_t>(64 - std::countl_zero(m));
}

Object* int_bit_length(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("int.bit_length", nargs, kwnames)) return nullptr;
    return int_from_int64(static_cast<int64_t>(value_bit_length(self)));
}

Object* int_bit_count(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("int.bit_count", nargs, kwnames)) return nullptr;
    auto* i = as_int(self);
    if (i->big) return int_from_int64(static_cast<int64_t>(i->big->bit_count()));
    uint64_t m = i->value < 0 ? uint64_t{0} - static_cast<uint64_t>(i->value) : static_cast<uint64_t>(i->value);
    return int_from_int64(std::popcount(m));
}

Object* int_conjugate(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("int.conjugate", nargs, kwnames)) return nullptr;
    return int_copy_exact(self);
}

Object* int_trunc(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("int.__trunc__", nargs, kwnames)) return nullptr;
    return int_copy_exact(self);
}

Object* int_floor(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("int.__floor__", nargs, kwnames)) return nullptr;
    return int_copy_exact(self);
}

Object* int_ceil(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("int.__ceil__", nargs, kwnames)) return nullptr;
    return int_copy_exact(self);
}

Object* int_as_integer_ratio(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("int.as_integer_ratio", nargs, kwnames)) return nullptr;
    Ref n(int_copy_exact(self));
    if (!n) return nullptr;
    Ref one(int_from_int64(1));
    return tuple_pack({n.get(), one.get()});
}

Object* int_getnewargs(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("int.__getnewargs__", nargs, kwnames)) return nullptr;
    Ref n(int_copy_exact(self));
    if (!n) return nullptr;
    return tuple_pack({n.get()});
}

Object* int_sizeof(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("int.__sizeof__", nargs, kwnames)) return nullptr;
    return int_from_int64(int_sizeof_value(self));
}

// int.__round__(ndigits): half-even rounding to a multiple of 10**-ndigits (_PyLong_DivmodNear).
Object* int_round(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("int.__round__", kwnames) || !check_nargs("__round__", nargs, 0, 1)) return nullptr;
    if (nargs == 0) return int_copy_exact(self);
    Ref ndigits(number_index(args[0]));
    if (!ndigits) return nullptr;
    if (!value_negative(ndigits.get())) return int_copy_exact(self);
    BigInt value = int_to_bigint(self);
    BigInt k = -int_to_bigint(ndigits.get());
    // |value| < 10**k / 2 rounds to 0; avoids computing 10**k for absurd k.
    if (!k.fits_int64() || static_cast<uint64_t>(k.to_int64()) > value.decimal_digits_upper_bound())
        return int_from_int64(0);
    BigInt pow10 = numeric::pow(BigInt(10), k);
    numeric::BigIntDivMod qr = numeric::divmod(value, pow10);
    BigInt twice = qr.remainder + qr.remainder;
    auto cmp = twice <=> pow10;
    bool q_odd = !qr.quotient.is_zero() && (qr.quotient.digits()[0] & 1);
    if (cmp > 0 || (cmp == 0 && q_odd)) qr.quotient = qr.quotient + BigInt(1);
    return int_from_bigint(qr.quotient * pow10);
}

// The divmod() protocol: there is no slot for it, so divmod() finds these by name.
Object* int_divmod_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("int.__divmod__", nargs, kwnames)) return nullptr;
    return int_divmod(self, args[0]);
}

Object* int_rdivmod_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("int.__rdivmod__", nargs, kwnames)) return nullptr;
    return int_divmod(args[0], self);
}

// "big" -> true, "little" -> false; -1 with an error otherwise.
int parse_byteorder(Object* o, const char* fname) {
    if (!o) return 1;
    if (!str_check(o)) {
        set_error_format(&TypeErrorType, "%s() argument 'byteorder' must be str, not %s", fname, type_name_of(o));
        return -1;
    }
    if (str_view(o) == "big") return 1;
    if (str_view(o) == "little") return 0;
    set_error(&ValueErrorType, "byteorder must be either 'little' or 'big'");
    return -1;
}

Object* int_to_bytes(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const ArgSpec spec{"to_bytes", {"length", "byteorder", "signed"}, 0, 0, 1};
    Object* a[3];
    if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
    ssize_t length = 1;
    if (a[0]) {
        length = index_as_ssize(a[0], &OverflowErrorType);
        if (length == -1 && error_occurred()) return nullptr;
        if (length < 0) {
            set_error(&ValueErrorType, "length argument must be non-negative");
            return nullptr;
        }
    }
    int big_endian = parse_byteorder(a[1], "to_bytes");
    if (big_endian < 0) return nullptr;
    bool is_signed = false;
    if (a[2]) {
        int t = object_is_true(a[2]);
        if (t < 0) return nullptr;
        is_signed = t;
    }
    bool negative = value_negative(self);
    if (negative && !is_signed) {
        set_error(&OverflowErrorType, "can't convert negative int to unsigned");
        return nullptr;
    }
    // Bits needed: the magnitude's, or for signed values one more for the sign (~v for negatives).
    BigInt value = int_to_bigint(self);
    uint64_t bits = negative ? (~value).bit_length() + 1 : value.bit_length() + (is_signed ? 1 : 0);
    if (bits > static_cast<uint64_t>(length) * 8) {
        set_error(&OverflowErrorType, "int too big to convert");
        return nullptr;
    }
    // Two's complement: a negative value v is stored as 2**(8*length) + v.
    if (negative) value = value + numeric::lshift(BigInt(1), static_cast<uint64_t>(length) * 8);
    std::string out(static_cast<size_t>(length), '\0');
    auto digits = value.digits();
    for (size_t byte = 0; byte < static_cast<size_t>(length); ++byte) {
        uint64_t bit = byte * 8;
        size_t d = bit / BigInt::kShift;
        unsigned off = static_cast<unsigned>(bit % BigInt::kShift);
        uint64_t chunk = 0;
        if (d < digits.size()) chunk = digits[d] >> off;
        if (d + 1 < digits.size() && off + 8 > BigInt::kShift) chunk |= static_cast<uint64_t>(digits[d + 1]) << (BigInt::kShift - off);
        out[big_endian ? static_cast<size_t>(length) - 1 - byte : byte] = static_cast<char>(chunk & 0xFF);
    }
    return bytes_from(out);
}

// The bytes of from_bytes()'s argument: bytes-like objects, or an iterable of ints.
bool collect_bytes(Object* o, std::string& out) {
    std::string_view text;
    if (!str_check(o) && (bytes_check(o) || o->ob_type == &ByteArrayType)) {
        if (bytes_check(o)) {
            text = bytes_view(o);
        } else {
            auto* b = static_cast<ByteArrayObject*>(o);
            text = std::string_view(b->data ? b->data : "", static_cast<size_t>(b->ob_size));
        }
        out.assign(text);
        return true;
    }
    if (str_check(o) || !o->ob_type->tp_iter) {
        set_error_format(&TypeErrorType, "cannot convert '%s' object to bytes", type_name_of(o));
        return false;
    }
    Ref it(object_get_iter(o));
    if (!it) return false;
    while (Object* item = iter_next(it.get())) {
        Ref holder(item);
        ssize_t v = index_as_ssize(item, nullptr);
        if (v == -1 && error_occurred()) return false;
        if (v < 0 || v > 255) {
            set_error(&ValueErrorType, "bytes must be in range(0, 256)");
            return false;
        }
        out += static_cast<char>(v);
    }
    return !error_occurred();
}

Object* int_from_bytes(Object* cls, Object* const* args, size_t nargs, Object* kwnames) {
    static const ArgSpec spec{"from_bytes", {"bytes", "byteorder", "signed"}, 1, 0, 1};
    Object* a[3];
    if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
    int big_endian = parse_byteorder(a[1], "from_bytes");
    if (big_endian < 0) return nullptr;
    bool is_signed = false;
    if (a[2]) {
        int t = object_is_true(a[2]);
        if (t < 0) return nullptr;
        is_signed = t;
    }
    std::string data;
    if (!collect_bytes(a[0], data)) return nullptr;
    size_t n = data.size();
    BigInt value;
    {
        BigInt::Digit* digits = value.prepare((n * 8 + BigInt::kShift - 1) / BigInt::kShift + 1);
        size_t ndigits = (n * 8 + BigInt::kShift - 1) / BigInt::kShift + 1;
        for (size_t k = 0; k < ndigits; ++k) digits[k] = 0;
        for (size_t byte = 0; byte < n; ++byte) {
            auto v = static_cast<uint64_t>(static_cast<unsigned char>(data[big_endian ? n - 1 - byte : byte]));
            uint64_t bit = byte * 8;
            size_t d = bit / BigInt::kShift;
            unsigned off = static_cast<unsigned>(bit % BigInt::kShift);
            uint64_t shifted = v << off;
            digits[d] |= static_cast<BigInt::Digit>(shifted & BigInt::kMask);
            if (shifted >> BigInt::kShift) digits[d + 1] |= static_cast<BigInt::Digit>(shifted >> BigInt::kShift);
        }
        value.finish(ndigits, false);
    }
    bool top_set = n > 0 && (static_cast<unsigned char>(data[big_endian ? 0 : n - 1]) & 0x80);
    if (is_signed && top_set) value = value - numeric::lshift(BigInt(1), n * 8);
    Ref result(int_from_bigint(std::move(value)));
    if (!result) return nullptr;
    if (cls == &IntType) return result.release();
    return call_args(cls, {result.get()});
}

const MethodDef int_methods[] = {
    {"conjugate", int_conjugate},
    {"bit_length", int_bit_length},
    {"bit_count", int_bit_count},
    {"to_bytes", int_to_bytes},
    {"from_bytes", int_from_bytes, METH_CLASS},
    {"as_integer_ratio", int_as_integer_ratio},
    {"__trunc__", int_trunc},
    {"__floor__", int_floor},
    {"__ceil__", int_ceil},
    {"__round__", int_round},
    {"__getnewargs__", int_getnewargs},
    {"__format__", int_format_method},
    {"__sizeof__", int_sizeof},
    {"__divmod__", int_divmod_method},
    {"__rdivmod__", int_rdivmod_method},
    {nullptr, nullptr},
};

} // namespace

void init_int_methods(TypeObject* type) {
    type->tp_new = int_new;
    type->tp_methods = int_methods;
    type->tp_getset = int_getset;
}

} // namespace hs

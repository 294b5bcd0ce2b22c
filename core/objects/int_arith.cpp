// int's number slots with Python semantics and CPython 3.11's messages. Each operation first
// tries the int64 fast path (no allocation beyond the result) and falls back to BigInt when an
// operand is big or the result overflows.
#include "objects/int_impl.h"

#include "objects/exceptions.h"
#include "objects/floatobject.h"
#include "objects/tupleobject.h"
#include "runtime/errors.h"
#include "runtime/runtime.h"

#include <limits>
#include <bit>
#include <cstdlib>

namespace hs {

namespace {

using numeric::BigInt;

Object* not_implemented() { return newref(NotImplemented()); }

int64_t small(const Object* o) { return as_int(o)->value; }

bool is_negative(const Object* o) {
    auto* i = as_int(o);
    return i->big ? i->big->is_negative() : i->value < 0;
}
bool is_zero(const Object* o) {
    auto* i = as_int(o);
    return !i->big && i->value == 0;
}

uint64_t bit_length_of(const Object* o) {
    auto* i = as_int(o);
    if (i->big) return i->big->bit_length();
    uint64_t m = i->value < 0 ? uint64_t{0} - static_cast<uint64_t>(i->value) : static_cast<uint64_t>(i->value);
    return static_cast<uint64_t>(64 - std::countl_zero(m));
}

// Refuses results that could not fit in what is left of the heap budget: computing them would
// take the process's memory (and minutes) before the budget ever saw an allocation.
bool check_result_bits(double bits) {
    const Runtime& r = rt();
    double available = static_cast<double>(r.limits.heap_budget - std::min(r.heap_used, r.limits.heap_budget));
    if (bits / 8.0 <= available) return true;
    no_memory();
    return false;
}

Object* zero_division(const char* message) {
    set_error(&ZeroDivisionErrorType, message);
    return nullptr;
}

Object* int_add(Object* a, Object* b) {
    if (!int_check(a) || !int_check(b)) return not_implemented();
    int64_t r;
    if (int_is_small(a) && int_is_small(b) && !__builtin_add_overflow(small(a), small(b), &r)) return int_from_int64(r);
    return int_from_bigint(int_to_bigint(a) + int_to_bigint(b));
}

Object* int_sub(Object* a, Object* b) {
    if (!int_check(a) || !int_check(b)) return not_implemented();
    int64_t r;
    if (int_is_small(a) && int_is_small(b) && !__builtin_sub_overflow(small(a), small(b), &r)) return int_from_int64(r);
    return int_from_bigint(int_to_bigint(a) - int_to_bigint(b));
}

Object* int_mul(Object* a, Object* b) {
    if (!int_check(a) || !int_check(b)) return not_implemented();
    int64_t r;
    if (int_is_small(a) && int_is_small(b) && !__builtin_mul_overflow(small(a), small(b), &r)) return int_from_int64(r);
    if (!check_result_bits(static_cast<double>(bit_length_of(a)) + static_cast<double>(bit_length_of(b))))
        return nullptr;
    return int_from_bigint(int_to_bigint(a) * int_to_bigint(b));
}

// Floor division and modulo of int64 values; false when the quotient overflows (INT64_MIN // -1).
bool small_divmod(int64_t x, int64_t y, int64_t* q, int64_t* r) {
    if (y == -1) {
        if (x == std::numeric_limits<int64_t>::min()) return false;
        *q = -x;
        *r = 0;
        return true;
    }
    int64_t qq = x / y;
    int64_t rr = x % y;
    if (rr != 0 && ((rr < 0) != (y < 0))) {
        qq -= 1;
        rr += y;
    }
    *q = qq;
    *r = rr;
    return true;
}

Object* int_floor_div(Object* a, Object* b) {
    if (!int_check(a) || !int_check(b)) return not_implemented();
    if (is_zero(b)) return zero_division("integer division or modulo by zero");
    int64_t q, r;
    if (int_is_small(a) && int_is_small(b) && small_divmod(small(a), small(b), &q, &r)) return int_from_int64(q);
    return int_from_bigint(numeric::floor_div(int_to_bigint(a), int_to_bigint(b)));
}

Object* int_mod(Object* a, Object* b) {
    if (!int_check(a) || !int_check(b)) return not_implemented();
    if (is_zero(b)) return zero_division("integer modulo by zero");
    int64_t q, r;
    if (int_is_small(a) && int_is_small(b) && small_divmod(small(a), small(b), &q, &r)) return int_from_int64(r);
    return int_from_bigint(numeric::floor_mod(int_to_bigint(a), int_to_bigint(b)));
}

Object* int_true_divide(Object* a, Object* b) {
    if (!int_check(a) || !int_check(b)) return not_implemented();
    if (is_zero(b)) return zero_division("division by zero");
    constexpr int64_t exact = int64_t{1} << 53;
    if (int_is_small(a) && int_is_small(b)) {
        int64_t x = small(a), y = small(b);
        // Both convert exactly, so one IEEE division is correctly rounded.
        if (x >= -exact && x <= exact && y >= -exact && y <= exact)
            return float_from_double(static_cast<double>(x) / static_cast<double>(y));
    }
    double out = 0;
    if (!numeric::true_divide(int_to_bigint(a), int_to_bigint(b), out)) {
        set_error(&OverflowErrorType, "integer division result too large for a float");
        return nullptr;
    }
    return float_from_double(out);
}

// base ** exp for exp >= 0.
Object* int_pow_nonnegative(Object* a, Object* b) {
    if (int_is_small(a) && int_is_small(b)) {
        int64_t base = small(a);
        int64_t exp = small(b);
        int64_t result = 1;
        bool overflow = false;
        // Square-and-multiply; any overflow sends the whole computation to BigInt.
        while (exp > 0 && !overflow) {
            if (exp & 1) overflow = __builtin_mul_overflow(result, base, &result);
            exp >>= 1;
            if (exp > 0 && !overflow) overflow = __builtin_mul_overflow(base, base, &base);
        }
        if (!overflow) return int_from_int64(result);
    }
    // 0, 1 and -1 stay small whatever the exponent; others grow by bit_length(base) per step.
    if (int_is_small(a) && (small(a) >= -1 && small(a) <= 1)) {
        int64_t base = small(a);
        if (base != -1) return int_from_int64(base);
        return int_from_int64(as_int(b)->big ? (as_int(b)->big->digits()[0] & 1 ? -1 : 1) : (small(b) & 1 ? -1 : 1));
    }
    double exp_d = as_int(b)->big ? 1e300 : static_cast<double>(small(b));
    if (!check_result_bits(static_cast<double>(bit_length_of(a) - 1) * exp_d)) return nullptr;
    return int_from_bigint(numeric::pow(int_to_bigint(a), int_to_bigint(b)));
}

Object* int_pow(Object* a, Object* b) {
    if (!int_check(a) || !int_check(b)) return not_implemented();
    if (is_negative(b)) {
        // A negative exponent makes a float power, as CPython's long_pow hands over to float_pow.
        double x = int_as_double(a);
        if (x == -1.0 && error_occurred()) return nullptr;
        double y = int_as_double(b);
        if (y == -1.0 && error_occurred()) return nullptr;
        return float_pow_doubles(x, y);
    }
    return int_pow_nonnegative(a, b);
}

Object* int_pow3(Object* a, Object* b, Object* m) {
    if (m == None()) return int_pow(a, b);
    if (!int_check(a) || !int_check(b) || !int_check(m)) return not_implemented();
    if (is_zero(m)) {
        set_error(&ValueErrorType, "pow() 3rd argument cannot be 0");
        return nullptr;
    }
    BigInt base = int_to_bigint(a);
    BigInt mod = int_to_bigint(m);
    BigInt exp = int_to_bigint(b);
    if (exp.is_negative()) {
        std::optional<BigInt> inverse = numeric::mod_inverse(base, mod);
        if (!inverse) {
            set_error(&ValueErrorType, "base is not invertible for the given modulus");
            return nullptr;
        }
        base = std::move(*inverse);
        exp.negate();
    }
    return int_from_bigint(numeric::pow_mod(base, exp, mod));
}

Object* int_lshift(Object* a, Object* b) {
    if (!int_check(a) || !int_check(b)) return not_implemented();
    if (is_negative(b)) {
        set_error(&ValueErrorType, "negative shift count");
        return nullptr;
    }
    if (is_zero(a)) return int_from_int64(0);
    if (!int_is_small(b)) {
        set_error(&OverflowErrorType, "too many digits in integer");
        return nullptr;
    }
    int64_t shift = small(b);
    if (int_is_small(a) && shift < 63) {
        int64_t r;
        if (!__builtin_mul_overflow(small(a), int64_t{1} << shift, &r)) return int_from_int64(r);
    }
    if (!check_result_bits(static_cast<double>(bit_length_of(a)) + static_cast<double>(shift))) return nullptr;
    return int_from_bigint(numeric::lshift(int_to_bigint(a), static_cast<uint64_t>(shift)));
}

Object* int_rshift(Object* a, Object* b) {
    if (!int_check(a) || !int_check(b)) return not_implemented();
    if (is_negative(b)) {
        set_error(&ValueErrorType, "negative shift count");
        return nullptr;
    }
    // Shifting by at least the bit length floors to 0 or -1.
    if (!int_is_small(b) || static_cast<uint64_t>(small(b)) >= bit_length_of(a))
        return int_from_int64(is_negative(a) ? -1 : 0);
    uint64_t shift = static_cast<uint64_t>(small(b));
    if (int_is_small(a)) return int_from_int64(small(a) >> shift);  // arithmetic shift floors
    return int_from_bigint(numeric::rshift(int_to_bigint(a), shift));
}

Object* int_neg(Object* a) {
    if (int_is_small(a) && small(a) != std::numeric_limits<int64_t>::min()) return int_from_int64(-small(a));
    return int_from_bigint(-int_to_bigint(a));
}

Object* int_pos(Object* a) { return int_copy_exact(a); }

Object* int_abs(Object* a) { return is_negative(a) ? int_neg(a) : int_copy_exact(a); }

Object* int_invert(Object* a) {
    if (int_is_small(a)) return int_from_int64(~small(a));
    return int_from_bigint(~int_to_bigint(a));
}

} // namespace

Object* int_and(Object* a, Object* b) {
    if (!int_check(a) || !int_check(b)) return not_implemented();
    if (int_is_small(a) && int_is_small(b)) return int_from_int64(small(a) & small(b));
    return int_from_bigint(int_to_bigint(a) & int_to_bigint(b));
}

Object* int_or(Object* a, Object* b) {
    if (!int_check(a) || !int_check(b)) return not_implemented();
    if (int_is_small(a) && int_is_small(b)) return int_from_int64(small(a) | small(b));
    return int_from_bigint(int_to_bigint(a) | int_to_bigint(b));
}

Object* int_xor(Object* a, Object* b) {
    if (!int_check(a) || !int_check(b)) return not_implemented();
    if (int_is_small(a) && int_is_small(b)) return int_from_int64(small(a) ^ small(b));
    return int_from_bigint(int_to_bigint(a) ^ int_to_bigint(b));
}

Object* int_divmod(Object* a, Object* b) {
    if (!int_check(a) || !int_check(b)) return not_implemented();
    if (is_zero(b)) return zero_division("integer division or modulo by zero");
    int64_t q, r;
    Ref quotient, remainder;
    if (int_is_small(a) && int_is_small(b) && small_divmod(small(a), small(b), &q, &r)) {
        quotient = Ref(int_from_int64(q));
        remainder = Ref(int_from_int64(r));
    } else {
        numeric::BigIntDivMod qr = numeric::divmod(int_to_bigint(a), int_to_bigint(b));
        quotient = Ref(int_from_bigint(std::move(qr.quotient)));
        remainder = Ref(int_from_bigint(std::move(qr.remainder)));
    }
    if (!quotient || !remainder) return nullptr;
    Object* t = tuple_new(2);
    if (!t) return nullptr;
    tuple_items(t)[0] = quotient.release();
    tuple_items(t)[1] = remainder.release();
    return t;
}

void init_int_arith(TypeObject* type) {
    type->nb_binary[NB_ADD] = int_add;
    type->nb_binary[NB_SUBTRACT] = int_sub;
    type->nb_binary[NB_MULTIPLY] = int_mul;
    type->nb_binary[NB_FLOOR_DIVIDE] = int_floor_div;
    type->nb_binary[NB_REMAINDER] = int_mod;
    type->nb_binary[NB_TRUE_DIVIDE] = int_true_divide;
    type->nb_binary[NB_POWER] = int_pow;
    type->nb_binary[NB_LSHIFT] = int_lshift;
    type->nb_binary[NB_RSHIFT] = int_rshift;
    type->nb_binary[NB_AND] = int_and;
    type->nb_binary[NB_OR] = int_or;
    type->nb_binary[NB_XOR] = int_xor;
    type->nb_power3 = int_pow3;
    type->nb_negative = int_neg;
    type->nb_positive = int_pos;
    type->nb_absolute = int_abs;
    type->nb_invert = int_invert;
}

} // namespace hs

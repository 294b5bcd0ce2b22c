// int and bool at the C++ level: the small-int cache, the inline/BigInt representations,
// reference counts around every operation (operands untouched, results new, failures leave
// everything as it was), sizes, conversions and their errors, and that every result is freed.
#include "objects/exceptions.h"
#include "objects/floatobject.h"
#include "objects/int_impl.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/runtime.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <string>

using namespace hs;

namespace {

struct RuntimeScope {
    Runtime* runtime;
    RuntimeScope() : runtime(runtime_create(Limits{}, [](std::string_view) {}, [](std::string_view) {})) {}
    ~RuntimeScope() { runtime_destroy(runtime); }
};

std::string take_error() {
    if (!error_occurred()) return "";
    std::string name = type_name(rt().error.type);
    Ref exc(fetch_error_normalized());
    Ref msg(exc ? object_str(exc.get()) : nullptr);
    if (!msg) {
        clear_error();
        return name + ": ?";
    }
    return name + ": " + std::string(str_view(msg.get()));
}

std::string repr(Object* o) {
    if (!o) return take_error();
    Ref r(object_repr(o));
    return r ? std::string(str_view(r.get())) : take_error();
}

Ref big(const char* decimal) {
    Ref s(str_from_ascii(decimal));
    return Ref(int_from_text(decimal, 10, s.get()));
}

} // namespace

TEST_CASE("small ints -5..256 are shared and never freed", "[int]") {
    RuntimeScope scope;
    for (int64_t v : {-5, 0, 1, 100, 256}) {
        Object* a = int_from_int64(v);
        Object* b = int_from_int64(v);
        CHECK(a == b);
        ssize_t before = a->ob_refcnt;
        Object* c = int_from_int64(v);
        CHECK(a->ob_refcnt == before + 1);
        decref(a);
        decref(b);
        decref(c);
    }
    Object* x = int_from_int64(257);
    Object* y = int_from_int64(257);
    CHECK(x != y);
    CHECK(x->ob_refcnt == 1);
    decref(x);
    decref(y);
    Object* m = int_from_int64(-6);
    CHECK(m->ob_refcnt == 1);
    decref(m);
}

TEST_CASE("values outside int64 use a BigInt and come back inline when they fit", "[int]") {
    RuntimeScope scope;
    Ref a(int_from_int64(std::numeric_limits<int64_t>::max()));
    Ref one(int_from_int64(1));
    Ref sum(binary_op(a.get(), one.get(), NB_ADD));
    REQUIRE(sum);
    CHECK(as_int(sum.get())->big != nullptr);
    CHECK(repr(sum.get()) == "9223372036854775808");
    Ref back(binary_op(sum.get(), one.get(), NB_SUBTRACT));
    CHECK(as_int(back.get())->big == nullptr);
    CHECK(as_int(back.get())->value == std::numeric_limits<int64_t>::max());
    Ref small_again(binary_op(sum.get(), sum.get(), NB_SUBTRACT));
    CHECK(small_again.get() == int_from_int64(0));
    decref(small_again.get());
}

TEST_CASE("arithmetic leaves operands' counts alone and frees every result", "[int][refcount]") {
    RuntimeScope scope;
    Ref a(int_from_int64(1000));
    Ref b(int_from_int64(7));
    Ref c(big("123456789012345678901234567890"));
    for (int op : {NB_ADD, NB_SUBTRACT, NB_MULTIPLY, NB_FLOOR_DIVIDE, NB_REMAINDER, NB_TRUE_DIVIDE, NB_POWER,
                   NB_LSHIFT, NB_RSHIFT, NB_AND, NB_OR, NB_XOR}) {
        for (Object* x : {a.get(), c.get()}) {
            // Warm up once: the first call of an operator may intern its names.
            decref(binary_op(x, b.get(), op));
            uint64_t heap_before = rt().heap_used;
            ssize_t cx = x->ob_refcnt, cb = b->ob_refcnt;
            Object* r = binary_op(x, b.get(), op);
            REQUIRE(r);
            CHECK(x->ob_refcnt == cx);
            decref(r);
            CHECK(b->ob_refcnt == cb);
            INFO("operator " << nb_op_symbol(op));
            CHECK(rt().heap_used == heap_before);
        }
    }
}

TEST_CASE("a failed operation sets the error and changes no count", "[int][refcount]") {
    RuntimeScope scope;
    Ref a(int_from_int64(1000));
    Ref zero(int_from_int64(0));
    Ref s(str_from_ascii("x"));
    ssize_t ca = a->ob_refcnt, cz = zero->ob_refcnt, cs = s->ob_refcnt;
    // Normalizing the first exception leaves its args tuple on the tuple free list (as CPython).
    CHECK(repr(binary_op(a.get(), zero.get(), NB_FLOOR_DIVIDE)) == "ZeroDivisionError: integer division or modulo by zero");
    uint64_t heap_before = rt().heap_used;
    CHECK(repr(binary_op(a.get(), zero.get(), NB_REMAINDER)) == "ZeroDivisionError: integer modulo by zero");
    CHECK(rt().heap_used == heap_before);
    CHECK(repr(binary_op(a.get(), zero.get(), NB_TRUE_DIVIDE)) == "ZeroDivisionError: division by zero");
    CHECK(rt().heap_used == heap_before);
    CHECK(repr(binary_op(a.get(), s.get(), NB_ADD)) == "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    CHECK(rt().heap_used == heap_before);
    Ref minus(int_from_int64(-1));
    heap_before = rt().heap_used;
    CHECK(repr(binary_op(a.get(), minus.get(), NB_LSHIFT)) == "ValueError: negative shift count");
    CHECK(a->ob_refcnt == ca);
    CHECK(zero->ob_refcnt == cz);
    CHECK(s->ob_refcnt == cs);
    CHECK(rt().heap_used == heap_before);
}

TEST_CASE("__sizeof__ follows CPython's 30-bit digits", "[int][sizeof]") {
    RuntimeScope scope;
    struct Case {
        const char* value;
        ssize_t size;
    };
    // CPython 3.11.7: sys.getsizeof(v) for each v (int is not a GC type: no header added).
    for (Case c : {Case{"0", 28}, {"1", 28}, {"-1", 28}, {"1073741823", 28}, {"1073741824", 32},
                   {"1152921504606846975", 32}, {"1152921504606846976", 36}, {"-9223372036854775808", 36},
                   {"9223372036854775808", 36}, {"1237940039285380274899124224", 40},
                   {"10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                    72}}) {
        Ref v(big(c.value));
        INFO(c.value);
        CHECK(int_sizeof_value(v.get()) == c.size);
    }
    CHECK(int_sizeof_value(True()) == 28);
    CHECK(int_sizeof_value(False()) == 28);
}

TEST_CASE("True and False are shared bool instances", "[bool]") {
    RuntimeScope scope;
    CHECK(type_of(True()) == &BoolType);
    CHECK(type_is_subtype(&BoolType, &IntType));
    CHECK(repr(True()) == "True");
    CHECK(repr(False()) == "False");
    ssize_t before = True()->ob_refcnt;
    Object* t = new_bool(true);
    CHECK(t == True());
    CHECK(True()->ob_refcnt == before + 1);
    decref(t);
    Ref r(binary_op(True(), False(), NB_OR));
    CHECK(r.get() == True());
    Ref sum(binary_op(True(), True(), NB_ADD));
    CHECK(type_of(sum.get()) == &IntType);
    CHECK(repr(sum.get()) == "2");
    Ref mixed(binary_op(True(), sum.get(), NB_AND));
    CHECK(type_of(mixed.get()) == &IntType);
}

TEST_CASE("conversions to C types report CPython's errors", "[int]") {
    RuntimeScope scope;
    Ref huge(big("100000000000000000000000"));
    CHECK(int_as_ssize(huge.get()) == -1);
    CHECK(take_error() == "OverflowError: Python int too large to convert to C ssize_t");
    CHECK(index_as_ssize(huge.get(), &IndexErrorType) == -1);
    CHECK(take_error() == "IndexError: cannot fit 'int' into an index-sized integer");
    CHECK(index_as_ssize(huge.get(), nullptr) == std::numeric_limits<ssize_t>::max());
    CHECK(!error_occurred());
    Ref f(float_from_double(1.5));
    CHECK(index_as_ssize(f.get(), &IndexErrorType) == -1);
    CHECK(take_error() == "TypeError: 'float' object cannot be interpreted as an integer");
    Ref exact(number_index(True()));
    CHECK(type_of(exact.get()) == &IntType);
    CHECK(repr(exact.get()) == "1");
    bool overflow = false;
    CHECK(int_as_int64(huge.get(), &overflow) == 0);
    CHECK(overflow);
    Ref enormous(big(std::string(400, '9').c_str()));
    CHECK(int_as_double(enormous.get()) == -1.0);
    CHECK(take_error() == "OverflowError: int too large to convert to float");
    CHECK(repr(int_from_double(INFINITY)) == "OverflowError: cannot convert float infinity to integer");
    CHECK(repr(int_from_double(NAN)) == "ValueError: cannot convert float NaN to integer");
    Ref from_double(int_from_double(1e20));
    CHECK(repr(from_double.get()) == "100000000000000000000");
    Ref truncated(int_from_double(-3.99));
    CHECK(repr(truncated.get()) == "-3");
}

TEST_CASE("int hashes are CPython's", "[int][hash]") {
    RuntimeScope scope;
    struct Case {
        const char* value;
        int64_t hash;
    };
    for (Case c : {Case{"-1", -2}, {"-2", -2}, {"2305843009213693951", 0}, {"2305843009213693952", 1},
                   {"-2305843009213693952", -2}, {"1267650600228229401496703205376", 549755813888},
                   {"9223372036854775808", 4}}) {
        Ref v(big(c.value));
        INFO(c.value);
        CHECK(object_hash(v.get()) == c.hash);
    }
}

TEST_CASE("huge results are refused before they exhaust memory", "[int][memory]") {
    Limits limits;
    limits.heap_budget = 16u << 20;
    Runtime* runtime = runtime_create(limits, [](std::string_view) {}, [](std::string_view) {});
    Ref two(int_from_int64(2));
    Ref exp(int_from_int64(int64_t{1} << 40));
    CHECK(repr(binary_op(two.get(), exp.get(), NB_POWER)) == "MemoryError: ");
    CHECK(repr(binary_op(two.get(), exp.get(), NB_LSHIFT)) == "MemoryError: ");
    Ref ok(binary_op(two.get(), Ref(int_from_int64(1000)).get(), NB_POWER));
    CHECK(ok);
    two.reset();
    exp.reset();
    ok.reset();
    runtime_destroy(runtime);
}

// float and complex at the C++ level: allocation and counts, exact comparison with ints,
// hashing (nan by identity), conversion errors, and that results are freed.
#include "objects/exceptions.h"
#include "objects/float_impl.h"
#include "objects/int_impl.h"
#include "objects/strobject.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/runtime.h"

#include <catch2/catch.hpp>

#include <cmath>
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

} // namespace

TEST_CASE("floats are fresh objects; arithmetic frees its results", "[float][refcount]") {
    RuntimeScope scope;
    Ref a(float_from_double(1.5));
    Ref b(float_from_double(1.5));
    CHECK(a.get() != b.get());
    CHECK(a->ob_refcnt == 1);
    Ref i(int_from_int64(3));
    uint64_t heap_before = rt().heap_used;
    for (int op : {NB_ADD, NB_SUBTRACT, NB_MULTIPLY, NB_TRUE_DIVIDE, NB_FLOOR_DIVIDE, NB_REMAINDER, NB_POWER}) {
        Object* r1 = binary_op(a.get(), i.get(), op);
        Object* r2 = binary_op(i.get(), a.get(), op);
        REQUIRE(r1);
        REQUIRE(r2);
        CHECK(type_of(r1) == &FloatType);
        CHECK(a->ob_refcnt == 1);
        decref(r1);
        decref(r2);
    }
    CHECK(rt().heap_used == heap_before);
}

TEST_CASE("float errors carry CPython's messages", "[float]") {
    RuntimeScope scope;
    Ref one(float_from_double(1.0));
    Ref zero(float_from_double(0.0));
    Ref izero(int_from_int64(0));
    CHECK(repr(binary_op(one.get(), zero.get(), NB_TRUE_DIVIDE)) == "ZeroDivisionError: float division by zero");
    CHECK(repr(binary_op(one.get(), izero.get(), NB_FLOOR_DIVIDE)) == "ZeroDivisionError: float floor division by zero");
    CHECK(repr(binary_op(one.get(), zero.get(), NB_REMAINDER)) == "ZeroDivisionError: float modulo");
    Ref neg(float_from_double(-1.0));
    CHECK(repr(binary_op(zero.get(), neg.get(), NB_POWER)) == "ZeroDivisionError: 0.0 cannot be raised to a negative power");
    Ref base(float_from_double(10.0));
    Ref exp(float_from_double(400.0));
    CHECK(repr(binary_op(base.get(), exp.get(), NB_POWER)) == "OverflowError: (34, 'Numerical result out of range')");
    Ref s(str_from_ascii("abc"));
    CHECK(repr(float_from_text("abc", s.get())) == "ValueError: could not convert string to float: 'abc'");
}

TEST_CASE("floats compare exactly with ints", "[float][compare]") {
    RuntimeScope scope;
    Ref two53p1(int_from_int64((int64_t{1} << 53) + 1));
    Ref f(float_from_double(9007199254740992.0));  // 2**53
    CHECK(object_richcompare_bool(two53p1.get(), f.get(), Py_EQ) == 0);
    CHECK(object_richcompare_bool(two53p1.get(), f.get(), Py_GT) == 1);
    CHECK(object_richcompare_bool(f.get(), two53p1.get(), Py_LT) == 1);
    Ref nan(float_from_double(NAN));
    Ref one(int_from_int64(1));
    for (int op : {Py_LT, Py_LE, Py_EQ, Py_GT, Py_GE}) CHECK(object_richcompare_bool(nan.get(), one.get(), op) == 0);
    CHECK(object_richcompare_bool(nan.get(), one.get(), Py_NE) == 1);
    CHECK(int_compare_double(one.get(), 1.0) == std::partial_ordering::equivalent);
}

TEST_CASE("float hashes are CPython's; nan hashes by identity", "[float][hash]") {
    RuntimeScope scope;
    Ref a(float_from_double(1.5));
    CHECK(object_hash(a.get()) == 1152921504606846977);
    Ref b(float_from_double(-1.0));
    CHECK(object_hash(b.get()) == -2);
    Ref i(float_from_double(2.0));
    CHECK(object_hash(i.get()) == 2);
    Ref n1(float_from_double(NAN));
    Ref n2(float_from_double(NAN));
    CHECK(object_hash(n1.get()) != object_hash(n2.get()));
    CHECK(object_hash(n1.get()) == object_hash(n1.get()));
}

TEST_CASE("complex values: repr, equality with numbers, hash", "[complex]") {
    RuntimeScope scope;
    Ref c(complex_from_doubles(1.0, 2.0));
    CHECK(repr(c.get()) == "(1+2j)");
    Ref j(complex_from_doubles(0.0, -1.0));
    CHECK(repr(j.get()) == "-1j");
    Ref negzero(complex_from_doubles(-0.0, -1.0));
    CHECK(repr(negzero.get()) == "(-0-1j)");
    Ref one(complex_from_doubles(1.0, 0.0));
    Ref ione(int_from_int64(1));
    CHECK(object_richcompare_bool(one.get(), ione.get(), Py_EQ) == 1);
    CHECK(object_hash(one.get()) == 1);
    CHECK(object_hash(c.get()) == 2000007);
    CHECK(repr(object_richcompare(one.get(), ione.get(), Py_LT)) ==
          "TypeError: '<' not supported between instances of 'complex' and 'int'");
}

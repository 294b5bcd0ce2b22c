// set and frozenset: table sizes, iteration order (same table as CPython 3.11), hashing,
// operations, messages and reference counts. Expected values come from python3 3.11.7.
#include "list_support.h"

using namespace hs;
using namespace hs::test;

namespace {

Object* call(Object* o, const char* name, std::initializer_list<Object*> args) { return call_method(o, name, args); }

Ref set_of(std::initializer_list<int64_t> values) {
    Ref s(set_new(nullptr));
    for (int64_t v : values) REQUIRE(set_add(s.get(), I(v).get()) == 0);
    return s;
}

std::string order(Object* s) { return repr_new(sequence_list(s)); }

} // namespace

TEST_CASE("set: sizes as items are added", "[set]") {
    ContainerRuntime scope;
    Ref s(set_new(nullptr));
    std::vector<ssize_t> sizes;
    for (int i = 0; i < 100; i++) {
        set_add(s.get(), I(i).get());
        sizes.push_back(getsizeof(s.get()));
    }
    CHECK(sizes[3] == 216);
    CHECK(sizes[4] == 728);
    CHECK(sizes[17] == 728);
    CHECK(sizes[18] == 2264);
    CHECK(sizes[75] == 2264);
    CHECK(sizes[76] == 8408);
    Ref r5(range_list(5));
    CHECK(getsizeof(Ref(set_new(r5.get())).get()) == 728);
    Ref r4(range_list(4));
    CHECK(getsizeof(Ref(set_new(r4.get())).get()) == 216);
    // {1, 2, 3, 4, 5}: SET_UPDATE of a constant frozenset presizes to 16 slots.
    Ref fz(frozenset_new(r5.get()));
    CHECK(getsizeof(fz.get()) == 728);
    Ref display(set_new(nullptr));
    REQUIRE(set_update(display.get(), fz.get()) == 0);
    CHECK(getsizeof(display.get()) == 472);
    // Removing never shrinks; clear() does.
    Ref ten(range_list(10));
    Ref s10(set_new(ten.get()));
    for (int i = 0; i < 10; i++) REQUIRE(set_discard(s10.get(), I(i).get()) == 1);
    CHECK(getsizeof(s10.get()) == 728);
    Ref r(call(s10.get(), "clear", {}));
    CHECK(getsizeof(s10.get()) == 216);
}

TEST_CASE("set: iteration order matches CPython", "[set]") {
    ContainerRuntime scope;
    // s.add() one by one...
    CHECK(order(set_of({5, 3, 1, 9, 17, 33, 2}).get()) == "[1, 33, 3, 2, 5, 9, 17]");
    // ...and the display {5, 3, 1, 9, 17, 33, 2}: SET_UPDATE of a constant frozenset.
    // CPython's compiler builds the constant from the items in source order, then rebuilds it
    // from that frozenset's iteration order (merge_consts_recursive).
    Ref items(list_of({5, 3, 1, 9, 17, 33, 2}));
    Ref folded(frozenset_new(items.get()));
    CHECK(order(folded.get()) == "[1, 33, 3, 2, 5, 9, 17]");
    Ref constant(frozenset_new(Ref(sequence_list(folded.get())).get()));
    CHECK(order(constant.get()) == "[1, 2, 3, 33, 5, 9, 17]");
    Ref display(set_new(nullptr));
    REQUIRE(set_update(display.get(), constant.get()) == 0);
    CHECK(order(display.get()) == "[1, 2, 3, 33, 5, 17, 9]");
    CHECK(order(set_of({100, 1, 2, 3, 64, 32, 8}).get()) == "[64, 1, 2, 3, 100, 32, 8]");
    Ref ten(range_list(10));
    Ref s(set_new(ten.get()));
    set_discard(s.get(), I(3).get());
    set_add(s.get(), I(100).get());
    CHECK(order(s.get()) == "[0, 1, 2, 4, 5, 6, 7, 8, 9, 100]");
    Ref multiples(set_new(nullptr));
    for (int x = 0; x < 30; x++) set_add(multiples.get(), I(x * 7).get());
    CHECK(order(multiples.get()) == "[0, 133, 7, 140, 14, 147, 21, 154, 28, 161, 35, 168, 42, 175, 49, 182, 56, "
                                    "189, 63, 196, 70, 203, 77, 84, 91, 98, 105, 112, 119, 126]");
    Ref a(set_of({1, 2, 3, 4, 5, 6, 7, 8, 9}));
    Ref b(set_of({3, 100, 9, 8}));
    CHECK(order(Ref(binary_op(a.get(), b.get(), NB_AND)).get()) == "[8, 9, 3]");
    Ref c(set_of({9, 8, 7, 1000}));
    Ref d(set_of({8}));
    CHECK(order(Ref(binary_op(c.get(), d.get(), NB_SUBTRACT)).get()) == "[1000, 9, 7]");
    Ref x(set_of({1, 2, 3}));
    Ref y(set_of({3, 4, 5}));
    CHECK(order(Ref(binary_op(x.get(), y.get(), NB_XOR)).get()) == "[1, 2, 4, 5]");
}

TEST_CASE("set: frozenset hash", "[set]") {
    ContainerRuntime scope;
    CHECK(object_hash(Ref(frozenset_new(nullptr)).get()) == 133146708735736);
    Ref three(set_of({1, 2, 3}));
    CHECK(object_hash(Ref(frozenset_new(three.get())).get()) == -272375401224217160);
    Ref hundred(range_list(100));
    CHECK(object_hash(Ref(frozenset_new(hundred.get())).get()) == 4411996150312757951);
    Ref one(set_of({1}));
    CHECK(object_hash(Ref(frozenset_new(one.get())).get()) == -558064481276695278);
    CHECK(object_hash(three.get()) == -1);
    CHECK(error_text() == "TypeError: unhashable type: 'set'");
}

TEST_CASE("set: methods, operators and messages", "[set]") {
    ContainerRuntime scope;
    Ref s(set_of({1, 2, 3}));
    CHECK(repr_new(call(s.get(), "pop", {})) == "1");
    CHECK(repr_new(call(s.get(), "pop", {})) == "2");
    CHECK(repr(s.get()) == "{3}");
    Ref empty(set_new(nullptr));
    CHECK(repr(empty.get()) == "set()");
    CHECK(repr_new(call(empty.get(), "pop", {})) == "KeyError: 'pop from an empty set'");
    CHECK(repr_new(call(empty.get(), "remove", {I(1).get()})) == "KeyError: 1");
    Ref t12(tuple_pack({I(1).get(), I(2).get()}));
    CHECK(repr_new(call(empty.get(), "remove", {t12.get()})) == "KeyError: (1, 2)");
    Ref l(list_new(0));
    CHECK(repr_new(call(empty.get(), "add", {l.get()})) == "TypeError: unhashable type: 'list'");
    CHECK(repr_new(call(empty.get(), "add", {})) == "TypeError: set.add() takes exactly one argument (0 given)");
    CHECK(repr_new(binary_op(s.get(), l.get(), NB_OR)) ==
          "TypeError: unsupported operand type(s) for |: 'set' and 'list'");
    CHECK(repr_new(call(s.get(), "issubset", {I(1).get()})) == "TypeError: 'int' object is not iterable");
    Ref one(set_of({1}));
    CHECK(repr(Ref(frozenset_new(one.get())).get()) == "frozenset({1})");
    CHECK(repr(Ref(frozenset_new(nullptr)).get()) == "frozenset()");
    // A set as a key is looked up as the equivalent frozenset.
    Ref fs(frozenset_new(one.get()));
    Ref holder(set_new(nullptr));
    set_add(holder.get(), fs.get());
    CHECK(sequence_contains(holder.get(), one.get()) == 1);
    // Comparisons and subset tests.
    Ref a(set_of({1, 2}));
    Ref b(set_of({1, 2, 3}));
    CHECK(object_richcompare_bool(a.get(), b.get(), Py_LE) == 1);
    CHECK(object_richcompare_bool(a.get(), a.get(), Py_LT) == 0);
    CHECK(repr_new(call(a.get(), "issuperset", {Ref(list_of({1})).get()})) == "True");
    CHECK(repr_new(call(one.get(), "isdisjoint", {Ref(list_of({2, 3})).get()})) == "True");
    CHECK(repr_new(call(a.get(), "union", {Ref(list_of({5})).get(), Ref(list_of({4})).get()})) == "{1, 2, 4, 5}");
    Ref in_place(set_of({1, 2, 3, 4}));
    Ref r(inplace_op(in_place.get(), a.get(), NB_SUBTRACT));
    CHECK(r.get() == in_place.get());
    CHECK(repr(in_place.get()) == "{3, 4}");
    Ref r2(inplace_op(in_place.get(), b.get(), NB_AND));
    CHECK(repr(in_place.get()) == "{3}");
    // frozenset(f) is f; frozenset has no add.
    CHECK(Ref(frozenset_new(fs.get())).get() == fs.get());
    Object* add = nullptr;
    CHECK(object_lookup_attr(fs.get(), intern("add"), &add) == 0);
}

TEST_CASE("set: reference counts and iteration", "[set][refcount]") {
    ContainerRuntime scope;
    Ref x(S("member"));
    ssize_t base = x->ob_refcnt;
    Ref s(set_new(nullptr));
    set_add(s.get(), x.get());
    CHECK(x->ob_refcnt == base + 1);
    set_add(s.get(), x.get());
    CHECK(x->ob_refcnt == base + 1);
    Ref copy(call(s.get(), "copy", {}));
    CHECK(x->ob_refcnt == base + 2);
    copy.reset();
    REQUIRE(set_discard(s.get(), x.get()) == 1);
    CHECK(x->ob_refcnt == base);
    Ref three(set_of({1, 2, 3}));
    Ref it(object_get_iter(three.get()));
    CHECK(getsizeof(it.get()) == 64);
    Ref first(iter_next(it.get()));
    set_add(three.get(), I(4).get());
    CHECK_FALSE(iter_next(it.get()));
    CHECK(error_text() == "RuntimeError: Set changed size during iteration");
    CHECK(gc_is_tracked(three.get()));
    CHECK(gc_is_tracked(Ref(frozenset_new(three.get())).get()));
}

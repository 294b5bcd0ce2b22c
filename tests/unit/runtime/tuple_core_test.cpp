// tuple: sizes, the free lists and gc counts, the shared empty tuple, hashing, repr, comparison,
// concatenation/repetition/slicing, release order and untracking. Values from python3 3.11.7.
#include "list_support.h"

#include "objects/sliceobject.h"

using namespace hs;
using namespace hs::test;

namespace {

Object* call(Object* o, const char* name, std::initializer_list<Object*> args) { return call_method(o, name, args); }

Ref tuple_call(Object* arg) {
    Object* args[1] = {arg};
    return Ref(object_call(&TupleType, args, arg ? 1 : 0, nullptr));
}

} // namespace

TEST_CASE("tuple: sizes, empty tuple, repr", "[tuple]") {
    ContainerRuntime scope;
    Ref e1(tuple_empty());
    Ref e2(tuple_call(nullptr));
    CHECK(e1.get() == e2.get());
    CHECK_FALSE(gc_is_tracked(e1.get()));
    CHECK(getsizeof(e1.get()) == 40);
    Ref t3(tuple_pack({I(1).get(), I(2).get(), I(3).get()}));
    CHECK(getsizeof(t3.get()) == 64);
    CHECK(gc_is_tracked(t3.get()));
    CHECK(repr(e1.get()) == "()");
    CHECK(repr(Ref(tuple_pack({I(1).get()})).get()) == "(1,)");
    CHECK(repr(t3.get()) == "(1, 2, 3)");
    // tuple(t) is t; tuple(list) copies.
    CHECK(tuple_call(t3.get()).get() == t3.get());
    Ref l(list_of({4, 5}));
    CHECK(repr(tuple_call(l.get()).get()) == "(4, 5)");
    // From an iterator without a length: grown then cut back to size.
    Ref twelve(range_list(12));
    Ref it(object_get_iter(twelve.get()));
    Ref from_iter(sequence_tuple(it.get()));
    CHECK(tuple_size(from_iter.get()) == 12);
    CHECK(getsizeof(from_iter.get()) == 40 + 8 * 12);
}

TEST_CASE("tuple: hash is CPython 3.11's", "[tuple]") {
    ContainerRuntime scope;
    CHECK(object_hash(Ref(tuple_empty()).get()) == 5740354900026072187);
    CHECK(object_hash(Ref(tuple_pack({I(1).get(), I(2).get()})).get()) == -3550055125485641917);
    Ref inner(tuple_pack({I(2).get(), I(3).get()}));
    CHECK(object_hash(Ref(tuple_pack({I(1).get(), inner.get()})).get()) == 7267574591690527098);
    CHECK(object_hash(Ref(tuple_pack({I(-1).get()})).get()) == 8078679518589016365);
    Ref l(list_new(0));
    CHECK(object_hash(Ref(tuple_pack({l.get()})).get()) == -1);
    CHECK(error_text() == "TypeError: unhashable type: 'list'");
}

TEST_CASE("tuple: free lists and gc counts", "[tuple][gc]") {
    ContainerRuntime scope;
    tuple_clear_free_lists();
    int c0 = gc_count();
    Object* a = tuple_pack({I(1).get(), I(2).get()});
    CHECK(gc_count() == c0 + 1);
    decref(a);  // onto the free list for length 2
    CHECK(gc_count() == c0 + 1);
    Object* b = tuple_new(2);
    CHECK(b == a);
    CHECK(gc_count() == c0 + 1);
    decref(b);
    // Length 20 is pushed but never popped (3.11), length 21 is freed.
    Object* t20 = tuple_new(20);
    CHECK(gc_count() == c0 + 2);
    decref(t20);
    CHECK(gc_count() == c0 + 2);
    Object* t20b = tuple_new(20);
    CHECK(t20b != t20);
    CHECK(gc_count() == c0 + 3);
    decref(t20b);
    Object* t21 = tuple_new(21);
    CHECK(gc_count() == c0 + 4);
    decref(t21);
    CHECK(gc_count() == c0 + 3);
}

TEST_CASE("tuple: operations and messages", "[tuple]") {
    ContainerRuntime scope;
    Ref t(tuple_pack({I(1).get(), I(2).get(), I(3).get(), I(2).get()}));
    CHECK(repr_new(call(t.get(), "index", {I(2).get()})) == "1");
    CHECK(repr_new(call(t.get(), "index", {I(9).get()})) == "ValueError: tuple.index(x): x not in tuple");
    CHECK(repr_new(call(t.get(), "count", {I(2).get()})) == "2");
    CHECK(repr_new(call(t.get(), "count", {})) == "TypeError: tuple.count() takes exactly one argument (0 given)");
    CHECK(repr_new(object_getitem(t.get(), I(4).get())) == "IndexError: tuple index out of range");
    CHECK(repr_new(object_getitem(t.get(), S("a").get())) ==
          "TypeError: tuple indices must be integers or slices, not str");
    Ref all(slice_new(nullptr, nullptr, nullptr));
    CHECK(Ref(object_getitem(t.get(), all.get())).get() == t.get());
    Ref rev(slice_new(nullptr, nullptr, I(-2).get()));
    CHECK(repr_new(object_getitem(t.get(), rev.get())) == "(2, 2)");
    Ref l(list_new(0));
    CHECK(repr_new(binary_op(t.get(), l.get(), NB_ADD)) == "TypeError: can only concatenate tuple (not \"list\") to tuple");
    Ref e(tuple_empty());
    CHECK(Ref(binary_op(t.get(), e.get(), NB_ADD)).get() == t.get());
    CHECK(repr_new(binary_op(t.get(), I(2).get(), NB_MULTIPLY)) == "(1, 2, 3, 2, 1, 2, 3, 2)");
    CHECK(Ref(binary_op(t.get(), I(1).get(), NB_MULTIPLY)).get() == t.get());
    Ref s(tuple_pack({S("a").get()}));
    Ref one(tuple_pack({I(1).get()}));
    CHECK(repr_new(object_richcompare(one.get(), s.get(), Py_LT)) ==
          "TypeError: '<' not supported between instances of 'int' and 'str'");
    CHECK(object_richcompare_bool(one.get(), t.get(), Py_LT) == 1);
    CHECK(sequence_contains(t.get(), I(3).get()) == 1);
    CHECK(repr_new(tuple_call(I(1).get()).release()) == "TypeError: 'int' object is not iterable");
}

TEST_CASE("tuple: release and traverse order, untracking test", "[tuple][gc]") {
    ContainerRuntime scope;
    Probe::log.clear();
    Ref t(tuple_new(3));
    for (int i = 0; i < 3; i++) tuple_items(t.get())[i] = Probe::make(i + 1).release();
    std::vector<int> visited;
    type_of(t.get())->tp_traverse(
        t.get(),
        [](Object* o, void* arg) {
            static_cast<std::vector<int>*>(arg)->push_back(static_cast<Probe*>(o)->id);
            return 0;
        },
        &visited);
    CHECK(visited == std::vector<int>{3, 2, 1});
    t.reset();
    CHECK(Probe::log == std::vector<int>{3, 2, 1});

    Ref atoms(tuple_pack({I(1).get(), S("x").get()}));
    CHECK(tuple_may_untrack(atoms.get()));
    Ref with_list(tuple_pack({Ref(list_new(0)).get()}));
    CHECK_FALSE(tuple_may_untrack(with_list.get()));
    Ref nested(tuple_pack({atoms.get()}));
    CHECK_FALSE(tuple_may_untrack(nested.get()));
    gc_untrack(atoms.get());
    CHECK(tuple_may_untrack(nested.get()));
}

// list: growth policy and sizes, free list and GC counts, reference counts, release order,
// slices, methods and their CPython 3.11 error messages. Expected values come from python3 3.11.7.
#include "list_support.h"

#include "objects/sliceobject.h"

using namespace hs;
using namespace hs::test;

namespace {

Object* call(Object* o, const char* name, std::initializer_list<Object*> args) { return call_method(o, name, args); }

Ref slice_of(Object* start, Object* stop, Object* step = nullptr) { return Ref(slice_new(start, stop, step)); }

Ref list_call(Object* arg) {
    Object* args[1] = {arg};
    return Ref(object_call(&ListType, args, arg ? 1 : 0, nullptr));
}

} // namespace

TEST_CASE("list: append capacities and getsizeof follow list_resize", "[list]") {
    ContainerRuntime scope;
    // sys.getsizeof(l) before each of 30 appends.
    const ssize_t expected[] = {56,  88,  88,  88,  88,  120, 120, 120, 120, 184, 184, 184, 184, 184, 184,
                                184, 184, 248, 248, 248, 248, 248, 248, 248, 248, 312, 312, 312, 312, 312};
    Ref l(list_new(0));
    for (int i = 0; i < 30; i++) {
        CHECK(getsizeof(l.get()) == expected[i]);
        REQUIRE(list_append(l.get(), I(i).get()) == 0);
    }
}

TEST_CASE("list: popping 100 items shrinks as CPython", "[list]") {
    ContainerRuntime scope;
    Ref l(range_list(100));
    std::vector<ssize_t> sizes;
    for (int i = 0; i < 100; i++) {
        Ref v(call(l.get(), "pop", {}));
        REQUIRE(v);
        ssize_t s = getsizeof(l.get());
        if (sizes.empty() || sizes.back() != s) sizes.push_back(s);
    }
    CHECK(sizes == std::vector<ssize_t>{856, 536, 344, 248, 184, 152, 120, 88, 56});
}

TEST_CASE("list: exact preallocation rules", "[list]") {
    ContainerRuntime scope;
    Ref ten(range_list(10));
    Ref t3(tuple_pack({I(1).get(), I(2).get(), I(3).get()}));

    SECTION("extend of an empty list preallocates exactly (rounded to even)") {
        Ref e(list_new(0));
        REQUIRE(list_extend(e.get(), ten.get()) == 0);
        CHECK(getsizeof(e.get()) == 136);
        Ref e3(list_new(0));
        REQUIRE(list_extend(e3.get(), t3.get()) == 0);
        CHECK(getsizeof(e3.get()) == 88);
    }
    SECTION("extend of a non-empty list uses list_resize: [1].extend(range(10)) -> 152") {
        Ref one(list_of({1}));
        REQUIRE(list_extend(one.get(), ten.get()) == 0);
        CHECK(getsizeof(one.get()) == 152);
    }
    SECTION("a list emptied by pop() keeps its block, so extend uses list_resize") {
        Ref l(list_of({1}));
        Ref v(call(l.get(), "pop", {}));
        REQUIRE(list_extend(l.get(), ten.get()) == 0);
        CHECK(getsizeof(l.get()) == 152);
    }
    SECTION("a cleared list preallocates again") {
        Ref l(list_of({1, 2}));
        Ref r(call(l.get(), "clear", {}));
        REQUIRE(list_extend(l.get(), ten.get()) == 0);
        CHECK(getsizeof(l.get()) == 136);
        Ref l2(list_of({1, 2}));
        Ref all(slice_of(nullptr, nullptr));
        REQUIRE(object_delitem(l2.get(), all.get()) == 0);
        REQUIRE(list_extend(l2.get(), ten.get()) == 0);
        CHECK(getsizeof(l2.get()) == 136);
    }
    SECTION("list(x) of sized iterables") {
        CHECK(getsizeof(list_call(t3.get()).get()) == 88);
        Ref abcde(S("abcde"));
        CHECK(getsizeof(list_call(abcde.get()).get()) == 104);
        CHECK(getsizeof(Ref(sequence_list(ten.get())).get()) == 136);
    }
    SECTION("slices, copies, concatenation and repetition are exact") {
        Ref every2(slice_of(nullptr, nullptr, I(2).get()));
        CHECK(getsizeof(Ref(object_getitem(ten.get(), every2.get())).get()) == 96);
        Ref all(slice_of(nullptr, nullptr));
        CHECK(getsizeof(Ref(object_getitem(ten.get(), all.get())).get()) == 136);
        CHECK(getsizeof(Ref(call(ten.get(), "copy", {})).get()) == 136);
        CHECK(getsizeof(Ref(binary_op(ten.get(), ten.get(), NB_ADD)).get()) == 216);
        Ref zero(list_of({0}));
        Ref rep(binary_op(zero.get(), I(5).get(), NB_MULTIPLY));
        CHECK(getsizeof(rep.get()) == 96);
        Ref rep3(inplace_op(rep.get(), I(3).get(), NB_MULTIPLY));
        CHECK(getsizeof(rep3.get()) == 184);
    }
    SECTION("slice assignment and deletion resize as list_resize") {
        Ref l(range_list(10));
        Ref s28(slice_of(I(2).get(), I(8).get()));
        REQUIRE(object_delitem(l.get(), s28.get()) == 0);
        CHECK(getsizeof(l.get()) == 120);
        Ref l2(range_list(10));
        Ref twenty(range_list(20));
        Ref s23(slice_of(I(2).get(), I(3).get()));
        REQUIRE(object_setitem(l2.get(), s23.get(), twenty.get()) == 0);
        CHECK(list_size(l2.get()) == 29);
        CHECK(getsizeof(l2.get()) == 312);
        Ref l3(list_of({1, 2}));
        Ref t345(tuple_pack({I(3).get(), I(4).get(), I(5).get()}));
        Ref r(inplace_op(l3.get(), t345.get(), NB_ADD));
        CHECK(r.get() == l3.get());
        CHECK(getsizeof(l3.get()) == 120);
    }
}

TEST_CASE("list: the free list decides gc counts", "[list][gc]") {
    ContainerRuntime scope;
    list_clear_free_list();
    int c0 = gc_count();
    Object* a = list_new(0);
    CHECK(gc_count() == c0 + 1);
    decref(a);  // onto the free list: no decrement
    CHECK(gc_count() == c0 + 1);
    Object* b = list_new(3);  // reused: no increment
    CHECK(b == a);
    CHECK(gc_count() == c0 + 1);
    CHECK(gc_is_tracked(b));
    for (int i = 0; i < 3; i++) list_set_item_steal(b, i, I(i).release());
    decref(b);
    // list() bypasses the free list (PyType_GenericAlloc).
    Ref fresh(list_call(nullptr));
    CHECK(fresh.get() != a);
    CHECK(gc_count() == c0 + 2);
    CHECK(gc_is_tracked(fresh.get()));
}

TEST_CASE("list: reference counts", "[list][refcount]") {
    ContainerRuntime scope;
    Ref x(S("some object"));
    ssize_t base = x->ob_refcnt;
    Ref l(list_new(0));
    REQUIRE(list_append(l.get(), x.get()) == 0);
    CHECK(x->ob_refcnt == base + 1);
    {
        Ref copy(call(l.get(), "copy", {}));
        CHECK(x->ob_refcnt == base + 2);
    }
    CHECK(x->ob_refcnt == base + 1);
    // Failing operations leave the counts alone.
    Ref bad(call(l.get(), "insert", {S("a").get(), x.get()}));
    CHECK_FALSE(bad);
    CHECK(error_text() == "TypeError: 'str' object cannot be interpreted as an integer");
    CHECK(x->ob_refcnt == base + 1);
    CHECK(list_size(l.get()) == 1);
    Ref two(list_of({1, 2}));
    Ref every2(slice_of(nullptr, nullptr, I(2).get()));
    CHECK(object_setitem(l.get(), every2.get(), two.get()) == -1);
    CHECK(error_text() == "ValueError: attempt to assign sequence of size 2 to extended slice of size 1");
    CHECK(x->ob_refcnt == base + 1);
    // pop hands the list's reference over.
    Ref popped(call(l.get(), "pop", {}));
    CHECK(popped.get() == x.get());
    CHECK(x->ob_refcnt == base + 1);
    popped.reset();
    CHECK(x->ob_refcnt == base);
}

TEST_CASE("list: items are released last to first", "[list][order]") {
    ContainerRuntime scope;
    SECTION("dealloc") {
        Probe::log.clear();
        Ref l(list_new(0));
        for (int i = 1; i <= 4; i++) list_append(l.get(), Probe::make(i).get());
        l.reset();
        CHECK(Probe::log == std::vector<int>{4, 3, 2, 1});
    }
    SECTION("del l[i:j] and clear()") {
        Probe::log.clear();
        Ref l(list_new(0));
        for (int i = 1; i <= 6; i++) list_append(l.get(), Probe::make(i).get());
        Ref s(slice_of(I(1).get(), I(4).get()));
        REQUIRE(object_delitem(l.get(), s.get()) == 0);
        CHECK(Probe::log == std::vector<int>{4, 3, 2});
        Probe::log.clear();
        Ref r(call(l.get(), "clear", {}));
        CHECK(Probe::log == std::vector<int>{6, 5, 1});
    }
    SECTION("extended deletion releases in index order") {
        Probe::log.clear();
        Ref l(list_new(0));
        for (int i = 0; i < 6; i++) list_append(l.get(), Probe::make(i).get());
        Ref s(slice_of(nullptr, nullptr, I(-2).get()));
        REQUIRE(object_delitem(l.get(), s.get()) == 0);
        CHECK(Probe::log == std::vector<int>{1, 3, 5});
    }
}

TEST_CASE("list: traverse visits items last to first", "[list][gc]") {
    ContainerRuntime scope;
    Ref a(S("a")), b(S("b")), c(S("c"));
    Ref l(list_new(0));
    list_append(l.get(), a.get());
    list_append(l.get(), b.get());
    list_append(l.get(), c.get());
    std::vector<Object*> seen;
    type_of(l.get())->tp_traverse(
        l.get(),
        [](Object* o, void* arg) {
            static_cast<std::vector<Object*>*>(arg)->push_back(o);
            return 0;
        },
        &seen);
    CHECK(seen == std::vector<Object*>{c.get(), b.get(), a.get()});
}

TEST_CASE("list: slices", "[list]") {
    ContainerRuntime scope;
    SECTION("extended assignment and deletion") {
        Ref l(range_list(10));
        Ref letters(list_new(0));
        for (const char* s : {"a", "b", "c", "d"}) list_append(letters.get(), S(s).get());
        Ref s(slice_of(nullptr, nullptr, I(-3).get()));
        REQUIRE(object_setitem(l.get(), s.get(), letters.get()) == 0);
        CHECK(repr(l.get()) == "['d', 1, 2, 'c', 4, 5, 'b', 7, 8, 'a']");
        Ref m(range_list(10));
        REQUIRE(object_delitem(m.get(), s.get()) == 0);
        CHECK(repr(m.get()) == "[1, 2, 4, 5, 7, 8]");
        Ref n(range_list(20));
        Ref every2(slice_of(nullptr, nullptr, I(2).get()));
        REQUIRE(object_delitem(n.get(), every2.get()) == 0);
        CHECK(repr(n.get()) == "[1, 3, 5, 7, 9, 11, 13, 15, 17, 19]");
        CHECK(getsizeof(n.get()) == 216);
    }
    SECTION("s[5:2] = [..] inserts before 5") {
        Ref l(range_list(10));
        Ref x(list_new(0));
        list_append(x.get(), S("x").get());
        Ref s(slice_of(I(5).get(), I(2).get()));
        REQUIRE(object_setitem(l.get(), s.get(), x.get()) == 0);
        CHECK(repr(l.get()) == "[0, 1, 2, 3, 4, 'x', 5, 6, 7, 8, 9]");
    }
    SECTION("a[:] = a") {
        Ref l(list_of({1, 2, 3}));
        Ref s(slice_of(I(1).get(), I(2).get()));
        REQUIRE(object_setitem(l.get(), s.get(), l.get()) == 0);
        CHECK(repr(l.get()) == "[1, 1, 2, 3, 3]");
    }
    SECTION("errors") {
        Ref l(list_of({1, 2, 3}));
        Ref zero_step(slice_of(I(1).get(), I(2).get(), I(0).get()));
        CHECK(repr_new(object_getitem(l.get(), zero_step.get())) == "ValueError: slice step cannot be zero");
        Ref bad(slice_of(S("a").get(), nullptr));
        CHECK(repr_new(object_getitem(l.get(), bad.get())) ==
              "TypeError: slice indices must be integers or None or have an __index__ method");
        Ref s01(slice_of(I(0).get(), I(1).get()));
        CHECK(object_setitem(l.get(), s01.get(), I(1).get()) == -1);
        CHECK(error_text() == "TypeError: can only assign an iterable");
        Ref s02(slice_of(I(0).get(), I(3).get(), I(2).get()));
        CHECK(object_setitem(l.get(), s02.get(), I(1).get()) == -1);
        CHECK(error_text() == "TypeError: must assign iterable to extended slice");
        CHECK(repr_new(object_getitem(l.get(), I(3).get())) == "IndexError: list index out of range");
        CHECK(repr_new(object_getitem(l.get(), S("a").get())) ==
              "TypeError: list indices must be integers or slices, not str");
        CHECK(object_setitem(l.get(), I(5).get(), I(1).get()) == -1);
        CHECK(error_text() == "IndexError: list assignment index out of range");
        CHECK(object_delitem(l.get(), I(-4).get()) == -1);
        CHECK(error_text() == "IndexError: list assignment index out of range");
        CHECK(repr(l.get()) == "[1, 2, 3]");
    }
}

TEST_CASE("list: methods and messages", "[list]") {
    ContainerRuntime scope;
    Ref l(list_of({3, 1, 2, 1}));
    CHECK(repr_new(call(l.get(), "index", {I(1).get()})) == "1");
    CHECK(repr_new(call(l.get(), "index", {I(1).get(), I(2).get()})) == "3");
    CHECK(repr_new(call(l.get(), "index", {I(9).get()})) == "ValueError: 9 is not in list");
    CHECK(repr_new(call(l.get(), "index", {I(1).get(), S("a").get()})) ==
          "TypeError: slice indices must be integers or have an __index__ method");
    CHECK(repr_new(call(l.get(), "count", {I(1).get()})) == "2");
    CHECK(repr_new(call(l.get(), "remove", {I(9).get()})) == "ValueError: list.remove(x): x not in list");
    CHECK(repr_new(call(l.get(), "append", {})) == "TypeError: list.append() takes exactly one argument (0 given)");
    CHECK(repr_new(call(l.get(), "pop", {I(1).get(), I(2).get()})) == "TypeError: pop expected at most 1 argument, got 2");
    CHECK(repr_new(call(l.get(), "pop", {I(9).get()})) == "IndexError: pop index out of range");
    CHECK(repr_new(call(l.get(), "insert", {I(1).get()})) == "TypeError: insert expected 2 arguments, got 1");
    CHECK(repr_new(call(l.get(), "copy", {I(1).get()})) == "TypeError: list.copy() takes no arguments (1 given)");
    Ref empty(list_new(0));
    CHECK(repr_new(call(empty.get(), "pop", {})) == "IndexError: pop from empty list");
    CHECK(repr_new(call(l.get(), "insert", {I(-100).get(), I(0).get()})) == "None");
    CHECK(repr_new(call(l.get(), "insert", {I(100).get(), I(9).get()})) == "None");
    CHECK(repr(l.get()) == "[0, 3, 1, 2, 1, 9]");
    CHECK(repr_new(call(l.get(), "remove", {I(1).get()})) == "None");
    CHECK(repr_new(call(l.get(), "reverse", {})) == "None");
    CHECK(repr(l.get()) == "[9, 1, 2, 3, 0]");
    CHECK(repr_new(binary_op(l.get(), Ref(tuple_empty()).get(), NB_ADD)) ==
          "TypeError: can only concatenate list (not \"tuple\") to list");
    CHECK(repr_new(list_call(I(1).get()).release()) == "TypeError: 'int' object is not iterable");
}

TEST_CASE("list: comparison, membership and repr", "[list]") {
    ContainerRuntime scope;
    Ref a(list_of({1, 2, 3}));
    Ref b(list_of({1, 2, 4}));
    Ref c(list_of({1, 2}));
    CHECK(object_richcompare_bool(a.get(), b.get(), Py_LT) == 1);
    CHECK(object_richcompare_bool(c.get(), a.get(), Py_LT) == 1);
    CHECK(object_richcompare_bool(a.get(), a.get(), Py_EQ) == 1);
    CHECK(object_richcompare_bool(a.get(), c.get(), Py_NE) == 1);
    Ref s(list_new(0));
    list_append(s.get(), S("a").get());
    CHECK(repr_new(object_richcompare(c.get(), s.get(), Py_LT)) ==
          "TypeError: '<' not supported between instances of 'int' and 'str'");
    CHECK(sequence_contains(a.get(), I(3).get()) == 1);
    CHECK(sequence_contains(a.get(), I(5).get()) == 0);
    CHECK(repr(Ref(list_new(0)).get()) == "[]");
    list_append(a.get(), a.get());
    CHECK(repr(a.get()) == "[1, 2, 3, [...]]");
    CHECK(a->ob_refcnt == 2);
    // Break the cycle so the runtime can free it.
    Ref r(call(a.get(), "clear", {}));
}

TEST_CASE("list: sort", "[list][sort]") {
    ContainerRuntime scope;
    SECTION("ints, reverse, stability with keys") {
        Ref l(list_of({5, 3, 9, 1, 3, 7}));
        REQUIRE(list_sort(l.get(), nullptr, false) == 0);
        CHECK(repr(l.get()) == "[1, 3, 3, 5, 7, 9]");
        REQUIRE(list_sort(l.get(), nullptr, true) == 0);
        CHECK(repr(l.get()) == "[9, 7, 5, 3, 3, 1]");
        Ref words(list_new(0));
        for (const char* w : {"pear", "fig", "apple", "kiwi", "date", "banana"}) list_append(words.get(), S(w).get());
        Ref len(dict_getitem_str(rt().builtins, "len") ? Ref::borrowed(dict_getitem_str(rt().builtins, "len")) : Ref());
        if (len) {
            REQUIRE(list_sort(words.get(), len.get(), false) == 0);
            CHECK(repr(words.get()) == "['fig', 'pear', 'kiwi', 'date', 'apple', 'banana']");
            REQUIRE(list_sort(words.get(), len.get(), true) == 0);
            CHECK(repr(words.get()) == "['banana', 'apple', 'pear', 'kiwi', 'date', 'fig']");
        }
    }
    SECTION("a long list takes the merge paths") {
        Ref l(list_new(0));
        for (int i = 0; i < 1000; i++) list_append(l.get(), I((i * 7919) % 1009).get());
        REQUIRE(list_sort(l.get(), nullptr, false) == 0);
        bool sorted = true;
        for (ssize_t i = 1; i < list_size(l.get()); i++) {
            if (object_richcompare_bool(list_items(l.get())[i - 1], list_items(l.get())[i], Py_LE) != 1) sorted = false;
        }
        CHECK(sorted);
        CHECK(list_size(l.get()) == 1000);
    }
    SECTION("errors propagate and the list is left whole") {
        Ref l(list_new(0));
        list_append(l.get(), I(1).get());
        list_append(l.get(), S("a").get());
        CHECK(list_sort(l.get(), nullptr, false) == -1);
        CHECK(error_text() == "TypeError: '<' not supported between instances of 'str' and 'int'");
        CHECK(repr(l.get()) == "[1, 'a']");
        Ref m(list_new(0));
        list_append(m.get(), S("a").get());
        list_append(m.get(), I(1).get());
        CHECK(list_sort(m.get(), nullptr, false) == -1);
        CHECK(error_text() == "TypeError: '<' not supported between instances of 'int' and 'str'");
    }
    SECTION("sort() arguments") {
        Ref l(list_of({2, 1}));
        CHECK(repr_new(call(l.get(), "sort", {I(1).get()})) == "TypeError: sort() takes no positional arguments");
    }
}

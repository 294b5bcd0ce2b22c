// dict: table sizes (str-keyed and general), growth and deletion, GC tracking rules, free list,
// reference counts, release and traversal order, methods, views and iterators. Expected values
// come from python3 3.11.7.
#include "list_support.h"

using namespace hs;
using namespace hs::test;

namespace {

Object* call(Object* o, const char* name, std::initializer_list<Object*> args) { return call_method(o, name, args); }

std::vector<ssize_t> distinct(const std::vector<ssize_t>& v) {
    std::vector<ssize_t> out;
    for (ssize_t x : v)
        if (out.empty() || out.back() != x) out.push_back(x);
    return out;
}

Ref dict_call(std::initializer_list<Object*> args, Object* kwnames = nullptr) {
    std::vector<Object*> a(args);
    size_t nk = kwnames ? static_cast<size_t>(tuple_size(kwnames)) : 0;
    return Ref(object_call(&DictType, a.data(), a.size() - nk, kwnames));
}

} // namespace

TEST_CASE("dict: sizes by number of int and str keys", "[dict]") {
    ContainerRuntime scope;
    Ref d(dict_new());
    CHECK(getsizeof(d.get()) == 64);
    std::vector<ssize_t> ints, strs;
    for (int i = 0; i < 50; i++) {
        REQUIRE(dict_setitem(d.get(), I(i).get(), I(i).get()) == 0);
        ints.push_back(getsizeof(d.get()));
    }
    CHECK(distinct(ints) == std::vector<ssize_t>{224, 352, 632, 1168, 2264});
    // Sizes change at len 1, 6, 11, 22, 43.
    CHECK(ints[4] == 224);
    CHECK(ints[5] == 352);
    CHECK(ints[10] == 632);
    CHECK(ints[21] == 1168);
    CHECK(ints[42] == 2264);
    Ref s(dict_new());
    for (int i = 0; i < 50; i++) {
        REQUIRE(dict_setitem(s.get(), S(std::to_string(i)).get(), I(i).get()) == 0);
        strs.push_back(getsizeof(s.get()));
    }
    CHECK(distinct(strs) == std::vector<ssize_t>{184, 272, 464, 832, 1584});
}

TEST_CASE("dict: deleting never shrinks, clear() returns to 64", "[dict]") {
    ContainerRuntime scope;
    Ref d(dict_new());
    for (int i = 0; i < 10; i++) dict_setitem(d.get(), I(i).get(), None());
    for (int i = 0; i < 10; i++) REQUIRE(dict_delitem(d.get(), I(i).get()) == 0);
    CHECK(getsizeof(d.get()) == 352);
    CHECK(dict_size(d.get()) == 0);
    dict_clear(d.get());
    CHECK(getsizeof(d.get()) == 64);

    SECTION("a deletion uses up a slot: the next insert resizes, keeping order") {
        Ref e(dict_new());
        for (const char* k : {"a", "b", "c", "d", "e"}) dict_setitem(e.get(), S(k).get(), I(1).get());
        REQUIRE(dict_delitem(e.get(), S("a").get()) == 0);
        dict_setitem(e.get(), S("f").get(), I(6).get());
        CHECK(getsizeof(e.get()) == 272);
        CHECK(repr_new(dict_keys_list(e.get())) == "['b', 'c', 'd', 'e', 'f']");
    }
    SECTION("a non-str key converts a small str-keyed table to a general one of 16") {
        Ref e(dict_new());
        dict_setitem(e.get(), S("a").get(), I(1).get());
        CHECK(getsizeof(e.get()) == 184);
        dict_setitem(e.get(), I(1).get(), I(2).get());
        CHECK(getsizeof(e.get()) == 352);
        Ref f(dict_new());
        dict_setitem(f.get(), I(1).get(), I(1).get());
        dict_setitem(f.get(), S("a").get(), I(2).get());
        CHECK(getsizeof(f.get()) == 224);
    }
}

TEST_CASE("dict: construction sizes", "[dict]") {
    ContainerRuntime scope;
    Object* keys6[] = {S("a").release(), S("b").release(), S("c").release(),
                       S("d").release(), S("e").release(), S("f").release()};
    Object* vals6[] = {I(1).release(), I(2).release(), I(3).release(), I(4).release(), I(5).release(), I(6).release()};
    // BUILD_MAP 6 with str keys: a presized str-keyed table.
    CHECK(getsizeof(Ref(dict_from_items(keys6, 1, vals6, 1, 6)).get()) == 272);
    CHECK(getsizeof(Ref(dict_from_items(keys6, 1, vals6, 1, 3)).get()) == 184);
    // _PyDict_NewPresized is general.
    CHECK(getsizeof(Ref(dict_new_presized(6)).get()) == 64 + 32 + 16 + 10 * 24);
    // dict(a=1, ..., f=6) inserts one by one; d.update(a=1, ..., f=6) clones the kwargs dict.
    Ref kwnames(tuple_new(6));
    for (int i = 0; i < 6; i++) tuple_items(kwnames.get())[i] = newref(keys6[i]);
    Ref viakw(object_call(&DictType, vals6, 0, kwnames.get()));
    CHECK(getsizeof(viakw.get()) == 272);
    Ref upd(dict_new());
    Object* update = nullptr;
    REQUIRE(object_lookup_attr(upd.get(), intern("update"), &update) == 1);
    Ref upd_meth(update);
    Ref none(object_call(upd_meth.get(), vals6, 0, kwnames.get()));
    CHECK(getsizeof(upd.get()) == 272);
    // copy / {**d} / dict(d) clone a clean table.
    Ref two(dict_from_items(keys6, 1, vals6, 1, 2));
    CHECK(getsizeof(Ref(dict_copy(two.get())).get()) == 184);
    Ref merged(dict_new());
    REQUIRE(dict_merge(merged.get(), two.get(), true) == 0);
    CHECK(getsizeof(merged.get()) == 184);
    Ref ints(dict_new());
    dict_setitem(ints.get(), I(1).get(), I(2).get());
    CHECK(getsizeof(dict_call({ints.get()}).get()) == 224);
    // dict.fromkeys(range-like iterables) grows by insertion; fromkeys(dict) presizes.
    Ref ten(range_list(10));
    Ref fk(call_method(static_cast<Object*>(&DictType), "fromkeys", {ten.get()}));
    CHECK(getsizeof(fk.get()) == 352);
    Ref six(dict_from_items(keys6, 1, vals6, 1, 6));
    Ref fk2(call_method(static_cast<Object*>(&DictType), "fromkeys", {six.get()}));
    CHECK(getsizeof(fk2.get()) == 272);
    for (int i = 0; i < 6; i++) {
        decref(keys6[i]);
        decref(vals6[i]);
    }
}

TEST_CASE("dict: GC tracking rules", "[dict][gc]") {
    ContainerRuntime scope;
    Ref d(dict_new());
    CHECK_FALSE(gc_is_tracked(d.get()));
    dict_setitem(d.get(), S("a").get(), I(1).get());
    CHECK_FALSE(gc_is_tracked(d.get()));
    Ref t(tuple_pack({I(1).get()}));
    gc_untrack(t.get());  // as the collector would
    dict_setitem(d.get(), S("t").get(), t.get());
    CHECK_FALSE(gc_is_tracked(d.get()));
    Ref l(list_new(0));
    dict_setitem(d.get(), S("l").get(), l.get());
    CHECK(gc_is_tracked(d.get()));
    // Removing it does not untrack.
    REQUIRE(dict_delitem(d.get(), S("l").get()) == 0);
    CHECK(gc_is_tracked(d.get()));
    // Copies keep tracking; dict() of atoms starts untracked.
    Ref c(dict_copy(d.get()));
    CHECK(gc_is_tracked(c.get()));
    Ref atoms(dict_new());
    dict_setitem(atoms.get(), I(1).get(), I(2).get());
    CHECK_FALSE(gc_is_tracked(Ref(dict_copy(atoms.get())).get()));
    CHECK_FALSE(gc_is_tracked(dict_call({}).get()));
    // A tracked tuple value tracks the dict.
    Ref e(dict_new());
    Ref tracked(tuple_pack({I(1).get()}));
    dict_setitem(e.get(), I(0).get(), tracked.get());
    CHECK(gc_is_tracked(e.get()));
}

TEST_CASE("dict: free list and gc counts", "[dict][gc]") {
    ContainerRuntime scope;
    dict_clear_free_list();
    int c0 = gc_count();
    Object* a = dict_new();
    CHECK(gc_count() == c0 + 1);
    decref(a);
    CHECK(gc_count() == c0 + 1);
    Object* b = dict_new();
    CHECK(b == a);
    CHECK(gc_count() == c0 + 1);
    decref(b);
    // dict() does not take from the free list.
    Ref fresh(dict_call({}));
    CHECK(fresh.get() != a);
    CHECK(gc_count() == c0 + 2);
}

TEST_CASE("dict: reference counts and release order", "[dict][refcount]") {
    ContainerRuntime scope;
    Ref k(S("key object"));
    Ref v(S("value object"));
    ssize_t kb = k->ob_refcnt, vb = v->ob_refcnt;
    Ref d(dict_new());
    dict_setitem(d.get(), k.get(), v.get());
    CHECK(k->ob_refcnt == kb + 1);
    CHECK(v->ob_refcnt == vb + 1);
    // Replacing the value keeps the stored key.
    Ref v2(S("other"));
    dict_setitem(d.get(), k.get(), v2.get());
    CHECK(v->ob_refcnt == vb);
    CHECK(k->ob_refcnt == kb + 1);
    Ref popped(dict_pop(d.get(), k.get(), nullptr));
    CHECK(popped.get() == v2.get());
    CHECK(k->ob_refcnt == kb);
    // Failures leave counts alone.
    Ref l(list_new(0));
    CHECK(dict_setitem(d.get(), l.get(), v.get()) == -1);
    CHECK(error_text() == "TypeError: unhashable type: 'list'");
    CHECK(v->ob_refcnt == vb);

    SECTION("dealloc and clear release entries in insertion order") {
        Probe::log.clear();
        Ref e(dict_new());
        for (int i = 1; i <= 3; i++) dict_setitem(e.get(), I(i).get(), Probe::make(i).get());
        e.reset();
        CHECK(Probe::log == std::vector<int>{1, 2, 3});
        Probe::log.clear();
        Ref f(dict_new());
        for (int i = 1; i <= 3; i++) dict_setitem(f.get(), Probe::make(10 + i).get(), Probe::make(i).get());
        dict_clear(f.get());
        CHECK(Probe::log == std::vector<int>{11, 1, 12, 2, 13, 3});
    }
}

TEST_CASE("dict: traverse order", "[dict][gc]") {
    ContainerRuntime scope;
    auto visit_all = [](Object* o) {
        std::vector<Object*> seen;
        type_of(o)->tp_traverse(
            o,
            [](Object* x, void* arg) {
                static_cast<std::vector<Object*>*>(arg)->push_back(x);
                return 0;
            },
            &seen);
        return seen;
    };
    Ref a(list_new(0)), b(list_new(0));
    Ref ka(S("a")), kb(S("b"));
    Ref sd(dict_new());
    dict_setitem(sd.get(), ka.get(), a.get());
    dict_setitem(sd.get(), kb.get(), b.get());
    CHECK(visit_all(sd.get()) == std::vector<Object*>{a.get(), b.get()});
    Ref k1(I(1));
    Ref gd(dict_new());
    dict_setitem(gd.get(), k1.get(), a.get());
    dict_setitem(gd.get(), ka.get(), b.get());
    CHECK(visit_all(gd.get()) == std::vector<Object*>{a.get(), k1.get(), b.get(), ka.get()});
}

TEST_CASE("dict: methods and messages", "[dict]") {
    ContainerRuntime scope;
    Ref d(dict_new());
    dict_setitem(d.get(), S("a").get(), I(1).get());
    dict_setitem(d.get(), I(2).get(), Ref(tuple_pack({I(3).get()})).get());
    CHECK(repr(d.get()) == "{'a': 1, 2: (3,)}");
    Ref key12(tuple_pack({I(1).get(), I(2).get()}));
    CHECK(repr_new(object_getitem(d.get(), key12.get())) == "KeyError: (1, 2)");
    CHECK(repr_new(object_getitem(d.get(), S("zz").get())) == "KeyError: 'zz'");
    CHECK(repr_new(call(d.get(), "get", {S("a").get()})) == "1");
    CHECK(repr_new(call(d.get(), "get", {S("q").get()})) == "None");
    CHECK(repr_new(call(d.get(), "get", {})) == "TypeError: get expected at least 1 argument, got 0");
    CHECK(repr_new(call(d.get(), "setdefault", {S("s").get(), I(5).get()})) == "5");
    CHECK(repr_new(call(d.get(), "setdefault", {S("s").get(), I(6).get()})) == "5");
    CHECK(repr_new(call(d.get(), "pop", {S("s").get()})) == "5");
    CHECK(repr_new(call(d.get(), "pop", {S("s").get(), I(0).get()})) == "0");
    CHECK(repr_new(call(d.get(), "pop", {S("s").get()})) == "KeyError: 's'");
    CHECK(repr_new(call(d.get(), "popitem", {})) == "(2, (3,))");
    CHECK(repr_new(call(d.get(), "keys", {})) == "dict_keys(['a'])");
    CHECK(repr_new(call(d.get(), "values", {})) == "dict_values([1])");
    CHECK(repr_new(call(d.get(), "items", {})) == "dict_items([('a', 1)])");
    Ref empty(dict_new());
    CHECK(repr_new(call(empty.get(), "popitem", {})) == "KeyError: 'popitem(): dictionary is empty'");
    CHECK(repr_new(call(empty.get(), "pop", {Ref(list_new(0)).get()})) == "KeyError: []");
    Ref one(list_of({1}));
    Ref bad(list_new(0));
    list_append(bad.get(), one.get());
    CHECK(repr_new(call(empty.get(), "update", {bad.get()})) ==
          "ValueError: dictionary update sequence element #0 has length 1; 2 is required");
    Ref bad2(list_of({1}));
    CHECK(repr_new(call(empty.get(), "update", {bad2.get()})) ==
          "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
    CHECK(repr_new(dict_call({I(1).get(), I(2).get()}).release()) == "TypeError: dict expected at most 1 argument, got 2");
    CHECK(repr_new(binary_op(empty.get(), I(1).get(), NB_OR)) ==
          "TypeError: unsupported operand type(s) for |: 'dict' and 'int'");
    CHECK(repr_new(object_richcompare(empty.get(), empty.get(), Py_LT)) ==
          "TypeError: '<' not supported between instances of 'dict' and 'dict'");
    // Self-reference.
    dict_setitem(empty.get(), S("me").get(), empty.get());
    CHECK(repr(empty.get()) == "{'me': {...}}");
    dict_clear(empty.get());
}

TEST_CASE("dict: equality, union and views", "[dict]") {
    ContainerRuntime scope;
    Ref a(dict_new()), b(dict_new());
    dict_setitem(a.get(), I(1).get(), S("x").get());
    dict_setitem(a.get(), I(2).get(), S("y").get());
    dict_setitem(b.get(), I(2).get(), S("y").get());
    dict_setitem(b.get(), I(1).get(), S("x").get());
    CHECK(object_richcompare_bool(a.get(), b.get(), Py_EQ) == 1);
    dict_setitem(b.get(), I(3).get(), S("z").get());
    CHECK(object_richcompare_bool(a.get(), b.get(), Py_EQ) == 0);
    CHECK(repr_new(binary_op(a.get(), b.get(), NB_OR)) == "{1: 'x', 2: 'y', 3: 'z'}");
    Ref ka(call(a.get(), "keys", {}));
    Ref kb(call(b.get(), "keys", {}));
    CHECK(repr_new(binary_op(kb.get(), ka.get(), NB_SUBTRACT)) == "{3}");
    CHECK(repr_new(binary_op(ka.get(), kb.get(), NB_AND)) == "{1, 2}");
    CHECK(repr_new(binary_op(ka.get(), kb.get(), NB_OR)) == "{1, 2, 3}");
    CHECK(repr_new(binary_op(ka.get(), kb.get(), NB_XOR)) == "{3}");
    CHECK(object_richcompare_bool(ka.get(), kb.get(), Py_LT) == 1);
    CHECK(sequence_contains(ka.get(), I(2).get()) == 1);
    Ref ia(call(a.get(), "items", {}));
    Ref pair(tuple_pack({I(1).get(), S("x").get()}));
    CHECK(sequence_contains(ia.get(), pair.get()) == 1);
    CHECK(object_length(ia.get()) == 2);
    Ref rev(call(a.get(), "__reversed__", {}));
    CHECK(repr_new(sequence_list(rev.get())) == "[2, 1]");
    CHECK(repr_new(call(ka.get(), "isdisjoint", {Ref(list_of({5})).get()})) == "True");
}

TEST_CASE("dict: iterators", "[dict][iter]") {
    ContainerRuntime scope;
    Ref d(dict_new());
    Ref v(S("value"));
    dict_setitem(d.get(), I(1).get(), v.get());
    dict_setitem(d.get(), I(2).get(), v.get());
    ssize_t base = v->ob_refcnt;
    SECTION("items reuse their result tuple, which keeps +1 on the current pair") {
        Ref items(call(d.get(), "items", {}));
        Ref it(object_get_iter(items.get()));
        Object* first = iter_next(it.get());
        CHECK(repr(first) == "(1, 'value')");
        CHECK(v->ob_refcnt == base + 1);
        decref(first);  // back to only the iterator holding it
        Object* second = iter_next(it.get());
        CHECK(second == first);
        CHECK(repr(second) == "(2, 'value')");
        decref(second);
        it.reset();
        CHECK(v->ob_refcnt == base);
    }
    SECTION("changing size during iteration") {
        Ref it(object_get_iter(d.get()));
        Ref k(iter_next(it.get()));
        dict_setitem(d.get(), I(3).get(), v.get());
        CHECK_FALSE(iter_next(it.get()));
        CHECK(error_text() == "RuntimeError: dictionary changed size during iteration");
        CHECK(getsizeof(it.get()) == 72);
    }
}

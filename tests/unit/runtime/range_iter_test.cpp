// range, slice, and the iteration builtins (enumerate, zip, map, filter, reversed, sequence and
// callable iterators): values, sizes, messages and the reused result tuples' reference counts.
// Expected values come from python3 3.11.7.
#include "list_support.h"

#include "objects/container_util.h"
#include "objects/iterobject.h"
#include "objects/rangeobject.h"
#include "objects/sliceobject.h"

using namespace hs;
using namespace hs::test;

namespace {

Object* call(Object* o, const char* name, std::initializer_list<Object*> args) { return call_method(o, name, args); }

Ref make(TypeObject* type, std::initializer_list<Object*> args) {
    std::vector<Object*> a(args);
    return Ref(object_call(type, a.data(), a.size(), nullptr));
}

Ref big(const char* digits) { return Ref(int_from_bigint(*numeric::BigInt::from_string(digits, 10))); }

std::string listed(Object* iterable) { return repr_new(sequence_list(iterable)); }

} // namespace

TEST_CASE("range: values, indexing, slicing, membership", "[range]") {
    ContainerRuntime scope;
    Ref r(make(&RangeType, {I(2).get(), I(20).get(), I(3).get()}));
    CHECK(listed(r.get()) == "[2, 5, 8, 11, 14, 17]");
    CHECK(object_length(r.get()) == 6);
    CHECK(repr_new(object_getitem(r.get(), I(2).get())) == "8");
    CHECK(repr_new(object_getitem(r.get(), I(-1).get())) == "17");
    CHECK(repr_new(object_getitem(r.get(), I(20).get())) == "IndexError: range object index out of range");
    CHECK(repr_new(object_getitem(r.get(), S("a").get())) ==
          "TypeError: range indices must be integers or slices, not str");
    Ref s14(slice_new(I(1).get(), I(4).get(), nullptr));
    CHECK(repr_new(object_getitem(r.get(), s14.get())) == "range(5, 14, 3)");
    Ref rev(slice_new(nullptr, nullptr, I(-1).get()));
    CHECK(repr_new(object_getitem(r.get(), rev.get())) == "range(17, -1, -3)");
    CHECK(sequence_contains(r.get(), I(11).get()) == 1);
    CHECK(sequence_contains(r.get(), I(12).get()) == 0);
    CHECK(repr_new(call(r.get(), "index", {I(11).get()})) == "3");
    CHECK(repr_new(call(r.get(), "index", {I(20).get()})) == "ValueError: 20 is not in range");
    CHECK(repr_new(call(r.get(), "count", {I(8).get()})) == "1");
    CHECK(repr(r.get()) == "range(2, 20, 3)");
    CHECK(repr_new(make(&RangeType, {I(5).get()}).release()) == "range(0, 5)");
    CHECK(listed(Ref(call(r.get(), "__reversed__", {})).get()) == "[17, 14, 11, 8, 5, 2]");
    Ref down(make(&RangeType, {I(10).get(), I(0).get(), I(-3).get()}));
    CHECK(listed(down.get()) == "[10, 7, 4, 1]");
    CHECK(getsizeof(r.get()) == 48);
    CHECK(getsizeof(Ref(object_get_iter(r.get())).get()) == 48);
    CHECK_FALSE(is_gc_type(&RangeType));
}

TEST_CASE("range: equality, hash and errors", "[range]") {
    ContainerRuntime scope;
    Ref a(make(&RangeType, {I(0).get(), I(3).get(), I(2).get()}));
    Ref b(make(&RangeType, {I(0).get(), I(4).get(), I(2).get()}));
    CHECK(object_richcompare_bool(a.get(), b.get(), Py_EQ) == 1);
    CHECK(object_hash(a.get()) == object_hash(b.get()));
    CHECK(object_hash(Ref(make(&RangeType, {I(10).get()})).get()) == -7546101314042312252);
    // hash(range(0)) hashes (0, None, None): None's hash is its address in 3.11, so not checked.
    CHECK(repr_new(make(&RangeType, {}).release()) == "TypeError: range expected at least 1 argument, got 0");
    CHECK(repr_new(make(&RangeType, {I(1).get(), I(2).get(), I(0).get()}).release()) ==
          "ValueError: range() arg 3 must not be zero");
    CHECK(repr_new(make(&RangeType, {I(1).get(), I(2).get(), I(3).get(), I(4).get()}).release()) ==
          "TypeError: range expected at most 3 arguments, got 4");
}

TEST_CASE("range: values beyond 64 bits", "[range]") {
    ContainerRuntime scope;
    Ref start(big("1180591620717411303424"));
    Ref stop(big("1180591620717411303434"));
    Ref r(make(&RangeType, {start.get(), stop.get(), I(3).get()}));
    CHECK(object_length(r.get()) == 4);
    CHECK(repr_new(object_getitem(r.get(), I(1).get())) == "1180591620717411303427");
    Ref rev(call(r.get(), "__reversed__", {}));
    CHECK(listed(rev.get()) == "[1180591620717411303433, 1180591620717411303430, 1180591620717411303427, "
                               "1180591620717411303424]");
    Ref probe(big("1180591620717411303427"));
    CHECK(sequence_contains(r.get(), probe.get()) == 1);
    CHECK(repr_new(call(r.get(), "index", {Ref(big("1180591620717411303430")).get()})) == "2");
}

TEST_CASE("slice: objects and indices()", "[slice]") {
    ContainerRuntime scope;
    Ref s(slice_new(I(1).get(), I(2).get(), nullptr));
    CHECK(repr(s.get()) == "slice(1, 2, None)");
    CHECK(getsizeof(s.get()) == 56);
    CHECK(gc_is_tracked(s.get()));
    CHECK(object_hash(s.get()) == -1);
    CHECK(error_text() == "TypeError: unhashable type: 'slice'");
    Ref a(slice_new(nullptr, I(5).get(), I(-1).get()));
    CHECK(repr_new(call(a.get(), "indices", {I(10).get()})) == "(9, 5, -1)");
    Ref b(slice_new(I(-100).get(), I(100).get(), nullptr));
    CHECK(repr_new(call(b.get(), "indices", {I(10).get()})) == "(0, 10, 1)");
    Ref c(slice_new(nullptr, Ref(big("1180591620717411303424")).get(), nullptr));
    CHECK(repr_new(call(c.get(), "indices", {I(5).get()})) == "(0, 5, 1)");
    Ref d(slice_new(nullptr, nullptr, I(-1).get()));
    CHECK(repr_new(call(d.get(), "indices", {I(0).get()})) == "(-1, -1, -1)");
    CHECK(repr_new(call(d.get(), "indices", {I(-1).get()})) == "ValueError: length should not be negative");
    CHECK(repr_new(make(&SliceType, {}).release()) == "TypeError: slice expected at least 1 argument, got 0");
}

TEST_CASE("slice: the freed slice is cached", "[slice][gc]") {
    ContainerRuntime scope;
    Object* first = slice_new(I(1).get(), nullptr, nullptr);
    decref(first);
    int c0 = gc_count();
    Object* second = slice_new(nullptr, I(2).get(), nullptr);
    CHECK(second == first);
    CHECK(gc_count() == c0);
    decref(second);
}

TEST_CASE("enumerate: values and its reused result tuple", "[iter]") {
    ContainerRuntime scope;
    Ref v(S("item"));
    Ref l(list_new(0));
    list_append(l.get(), v.get());
    list_append(l.get(), v.get());
    ssize_t base = v->ob_refcnt;
    Ref e(make(&EnumerateType, {l.get()}));
    CHECK(getsizeof(e.get()) == 72);
    Object* first = iter_next(e.get());
    CHECK(repr(first) == "(0, 'item')");
    CHECK(v->ob_refcnt == base + 1);
    decref(first);
    Object* second = iter_next(e.get());
    CHECK(second == first);  // reused
    CHECK(repr(second) == "(1, 'item')");
    CHECK(v->ob_refcnt == base + 1);
    decref(second);
    e.reset();
    CHECK(v->ob_refcnt == base);
    Ref ab(S("ab"));
    Object* kw[2] = {ab.get(), I(5).release()};
    Ref kwnames(tuple_pack({S("start").get()}));
    Ref e5(object_call(&EnumerateType, kw, 1, kwnames.get()));
    decref(kw[1]);
    CHECK(listed(e5.get()) == "[(5, 'a'), (6, 'b')]");
    CHECK(repr_new(make(&EnumerateType, {}).release()) == "TypeError: enumerate() missing required argument 'iterable'");
    CHECK(repr_new(make(&EnumerateType, {I(1).get()}).release()) == "TypeError: 'int' object is not iterable");
    CHECK(repr_new(make(&EnumerateType, {l.get(), S("a").get()}).release()) ==
          "TypeError: 'str' object cannot be interpreted as an integer");
}

TEST_CASE("zip, map, filter, reversed", "[iter]") {
    ContainerRuntime scope;
    Ref a(list_of({1, 2}));
    Ref b(list_of({3, 4, 5}));
    Ref z(make(&ZipType, {a.get(), b.get()}));
    CHECK(getsizeof(z.get()) == 64);
    CHECK(listed(z.get()) == "[(1, 3), (2, 4)]");
    // zip(strict=True)
    Ref kwnames(tuple_pack({S("strict").get()}));
    Object* args[3] = {a.get(), b.get(), True()};
    Ref zs(object_call(&ZipType, args, 2, kwnames.get()));
    CHECK(repr_new(sequence_list(zs.get())) == "ValueError: zip() argument 2 is longer than argument 1");
    Ref three(list_of({1, 2, 3}));
    Ref one(list_of({1}));
    Object* args3[4] = {three.get(), a.get(), one.get(), True()};
    Ref zs3(object_call(&ZipType, args3, 3, kwnames.get()));
    CHECK(repr_new(sequence_list(zs3.get())) == "ValueError: zip() argument 3 is shorter than arguments 1-2");
    Ref badkw(tuple_pack({S("x").get()}));
    Object* args1[1] = {I(1).get()};
    CHECK(repr_new(object_call(&ZipType, args1, 0, badkw.get())) ==
          "TypeError: 'x' is an invalid keyword argument for zip()");
    // map / filter need a callable: use a bound method ([].count counts equal items).
    Ref counts(list_of({1, 1, 2}));
    Object* count = nullptr;
    REQUIRE(object_lookup_attr(counts.get(), intern("count"), &count) == 1);
    Ref count_ref(count);
    Ref m(make(&MapType, {count, three.get()}));
    CHECK(getsizeof(m.get()) == 48);
    CHECK(listed(m.get()) == "[2, 1, 0]");
    Ref f(make(&FilterType, {count, three.get()}));
    CHECK(getsizeof(f.get()) == 48);
    CHECK(listed(f.get()) == "[1, 2]");
    Ref fn(make(&FilterType, {None(), Ref(list_of({0, 1, 0, 2})).get()}));
    CHECK(listed(fn.get()) == "[1, 2]");
    CHECK(repr_new(make(&MapType, {count}).release()) == "TypeError: map() must have at least two arguments.");
    CHECK(repr_new(make(&FilterType, {count}).release()) == "TypeError: filter expected 2 arguments, got 1");
    Ref t(tuple_pack({I(1).get(), I(2).get(), I(3).get()}));
    Ref rt(make(&ReversedType, {t.get()}));
    CHECK(getsizeof(rt.get()) == 48);
    CHECK(listed(rt.get()) == "[3, 2, 1]");
    Ref rl(make(&ReversedType, {three.get()}));
    CHECK(std::string(type_name_of(rl.get())) == "list_reverseiterator");
    CHECK(listed(rl.get()) == "[3, 2, 1]");
    CHECK(repr_new(make(&ReversedType, {I(1).get()}).release()) == "TypeError: 'int' object is not reversible");
    Ref s(set_new(nullptr));
    CHECK(repr_new(make(&ReversedType, {s.get()}).release()) == "TypeError: 'set' object is not reversible");
    CHECK(repr_new(make(&ReversedType, {}).release()) == "TypeError: reversed expected 1 argument, got 0");
}

TEST_CASE("list and tuple iterators", "[iter]") {
    ContainerRuntime scope;
    Ref l(list_of({1, 2, 3}));
    ssize_t base = l->ob_refcnt;
    Ref it(object_get_iter(l.get()));
    CHECK(getsizeof(it.get()) == 48);
    CHECK(l->ob_refcnt == base + 1);
    CHECK(object_length_hint(it.get(), 0) == 3);
    Ref x(iter_next(it.get()));
    CHECK(object_length_hint(it.get(), 0) == 2);
    Ref y(iter_next(it.get()));
    Ref z(iter_next(it.get()));
    CHECK_FALSE(iter_next(it.get()));
    CHECK_FALSE(error_occurred());
    // The exhausted iterator has released the list.
    CHECK(l->ob_refcnt == base);
    Ref t(tuple_pack({I(1).get()}));
    Ref tit(object_get_iter(t.get()));
    CHECK(getsizeof(tit.get()) == 48);
    CHECK(std::string(type_name_of(tit.get())) == "tuple_iterator");
}

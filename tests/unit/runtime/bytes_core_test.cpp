// bytes and bytearray: sizes (bytes 33 + n; bytearray 56 + allocated under CPython's growth
// policy), singletons, repr, indexing and slicing, operators, `in`, comparison, hashing,
// iteration, the constructors and mutation. Expected values are CPython 3.11.7's.
#include "str_test_support.h"

#include "objects/sliceobject.h"

using namespace hs;
using namespace hs::test;

namespace {

struct PercentCase {
    A format;
    A args;
    const char* expected;
};

const std::vector<PercentCase> kBytesPercentCases = {
    {A::bytes("%s", 2), A::str("x", 1), "TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'"},
    {A::bytes("%b", 2), A::bytes("x", 1), "b'x'"},
    {A::bytes("%s", 2), A::bytearray("y", 1), "b'y'"},
    {A::bytes("%r", 2), A::str("\303\251", 2), "b\"'\\\\xe9'\""},
    {A::bytes("%a", 2), A::list({A::integer(1LL)}), "b'[1]'"},
    {A::bytes("%c", 2), A::integer(300LL), "OverflowError: %c arg not in range(256)"},
    {A::bytes("%c", 2), A::bytes("ab", 2), "TypeError: %c requires an integer in range(256) or a single byte"},
    {A::bytes("%c", 2), A::integer(65LL), "b'A'"},
    {A::bytes("%c", 2), A::bytes("z", 1), "b'z'"},
    {A::bytes("%c", 2), A::str("z", 1), "TypeError: %c requires an integer in range(256) or a single byte"},
    {A::bytes("%5d|%-4x|%.2f", 13), A::tuple({A::integer(1LL), A::integer(255LL), A::real(2.5)}), "b'    1|ff  |2.50'"},
    {A::bytes("%(a)s", 5), A::dict({{A::bytes("a", 1), A::bytes("v", 1)}}), "b'v'"},
    {A::bytes("%(a)s", 5), A::dict({{A::str("a", 1), A::bytes("v", 1)}}), "KeyError: b'a'"},
    {A::bytes("%s %s", 5), A::tuple({A::bytes("a", 1)}), "TypeError: not enough arguments for format string"},
    {A::bytes("abc", 3), A::integer(5LL), "TypeError: not all arguments converted during bytes formatting"},
    {A::bytes("%y", 2), A::integer(1LL), "ValueError: unsupported format character 'y' (0x79) at index 1"},
    {A::bytes("%5s|", 4), A::bytes("ab", 2), "b'   ab|'"},
    {A::bytes("%.1s", 4), A::bytes("ab", 2), "b'a'"},
    {A::bytearray("%d", 2), A::integer(5LL), "bytearray(b'5')"},
    {A::bytes("%d", 2), A::str("x", 1), "TypeError: %d format: a real number is required, not str"},
    {A::bytes("%s", 2), A::integer(5LL), "TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'int'"},
    {A::bytes("%%", 2), A::tuple({}), "b'%'"},
    {A::bytes("\377%s", 3), A::bytes("\376", 1), "b'\\xff\\xfe'"},
    {A::bytes("%.1s", 4), A::bytes("\303\251", 2), "b'\\xc3'"},
    {A::bytes("%-4c|", 5), A::integer(65LL), "b'A   |'"},
    {A::bytes("%x", 2), A::integer(255LL), "b'ff'"},
    {A::str("%s", 2), A::bytes("x", 1), "\"b'x'\""},
    {A::str("abc", 3), A::bytes("x", 1), "'abc'"},
};

Ref slice(std::optional<int64_t> a, std::optional<int64_t> b, std::optional<int64_t> c = {}) {
    auto opt = [](std::optional<int64_t> v) { return v ? I(*v) : Ref(new_none()); };
    return Ref(slice_new(opt(a).get(), opt(b).get(), opt(c).get()));
}
std::string get(Object* o, Object* key) {
    Ref r(object_getitem(o, key));
    return repr_or_error(r.get());
}
std::string binop(Object* a, Object* b, int op) {
    Ref r(binary_op(a, b, op));
    return repr_or_error(r.get());
}
Ref BA(std::string_view data) { return Ref(bytearray_from(data)); }
std::string construct(TypeObject* type, std::vector<Ref> args, std::vector<std::pair<const char*, Ref>> kw = {}) {
    std::vector<Object*> argv;
    for (Ref& a : args) argv.push_back(a.get());
    Ref names;
    if (!kw.empty()) {
        names = Ref(tuple_new(static_cast<ssize_t>(kw.size())));
        for (size_t k = 0; k < kw.size(); ++k) {
            tuple_items(names.get())[k] = str_from_utf8(kw[k].first);
            argv.push_back(kw[k].second.get());
        }
    }
    Ref r(object_call(type, argv.data(), args.size(), names.get()));
    return repr_or_error(r.get());
}
template <typename... T> std::vector<Ref> refs(T&&... items) {
    std::vector<Ref> v;
    (v.push_back(std::forward<T>(items)), ...);
    return v;
}
Ref int_list(std::initializer_list<int64_t> values) {
    Ref l(list_new(0));
    for (int64_t v : values) list_append(l.get(), I(v).get());
    return l;
}
ssize_t size_of(Object* o) {
    Ref r(call_method(o, "__sizeof__", {}));
    REQUIRE(r);
    bool overflow = false;
    return static_cast<ssize_t>(int_as_int64(r.get(), &overflow));
}

} // namespace

TEST_CASE("bytes sizes and singletons", "[bytes]") {
    RuntimeScope scope;
    CHECK(size_of(B("").get()) == 33);
    CHECK(size_of(B("a").get()) == 34);
    CHECK(size_of(B("abc").get()) == 36);
    CHECK(size_of(B(std::string(100, 'x')).get()) == 133);
    CHECK(bytes_sizeof(B("\xc3\xa9").get()) == 35);
    CHECK(B("a").get() == B("a").get());
    CHECK(B("").get() == B("").get());
    CHECK(B("ab").get() != B("ab").get());
    Ref hello = B("hello");
    Ref one(object_getitem(hello.get(), slice(1, 2).get()));
    CHECK(one.get() == B("e").get());
}

TEST_CASE("bytes repr", "[bytes]") {
    RuntimeScope scope;
    const std::vector<std::pair<std::string, const char*>> cases = {
        {std::string("\0\xff", 2), "b'\\x00\\xff'"}, {"tab\t", "b'tab\\t'"}, {"'", "b\"'\""}, {"\"", "b'\"'"},
        {"\\", "b'\\\\'"}, {"'\"", "b'\\'\"'"}, {"a\nb\rc", "b'a\\nb\\rc'"}, {"\x7f\x80", "b'\\x7f\\x80'"}, {"", "b''"},
    };
    for (const auto& [data, expected] : cases) CHECK(repr_or_error(B(data).get()) == expected);
    CHECK(repr_or_error(BA("a'b").get()) == "bytearray(b\"a'b\")");
    CHECK(repr_or_error(BA("").get()) == "bytearray(b'')");
    Ref text(object_str(B("ab").get()));
    CHECK(repr_or_error(text.get()) == "\"b'ab'\"");
}

TEST_CASE("bytes indexing, slicing and operators", "[bytes]") {
    RuntimeScope scope;
    Ref b = B("hello");
    CHECK(get(b.get(), I(0).get()) == "104");
    CHECK(get(b.get(), I(-1).get()) == "111");
    CHECK(get(b.get(), I(5).get()) == "IndexError: index out of range");
    CHECK(get(b.get(), slice(1, 3).get()) == "b'el'");
    CHECK(get(b.get(), slice({}, {}, -1).get()) == "b'olleh'");
    CHECK(get(b.get(), slice(4, 1, -1).get()) == "b'oll'");
    CHECK(get(b.get(), S("x").get()) == "TypeError: byte indices must be integers or slices, not str");
    Ref whole(object_getitem(b.get(), slice({}, {}).get()));
    CHECK(whole.get() == b.get());
    CHECK(object_length(b.get()) == 5);

    CHECK(binop(B("a").get(), B("b").get(), NB_ADD) == "b'ab'");
    CHECK(binop(B("ab").get(), I(2).get(), NB_MULTIPLY) == "b'abab'");
    CHECK(binop(I(0).get(), B("x").get(), NB_MULTIPLY) == "b''");
    CHECK(binop(B("a").get(), S("b").get(), NB_ADD) == "TypeError: can't concat str to bytes");
    CHECK(binop(S("b").get(), B("a").get(), NB_ADD) == "TypeError: can only concatenate str (not \"bytes\") to str");
    CHECK(binop(B("ab").get(), BA("c").get(), NB_ADD) == "b'abc'");
    CHECK(binop(BA("ab").get(), B("c").get(), NB_ADD) == "bytearray(b'abc')");
    CHECK(binop(B("a").get(), S("x").get(), NB_MULTIPLY) == "TypeError: can't multiply sequence by non-int of type 'str'");

    CHECK(sequence_contains(b.get(), B("ell").get()) == 1);
    CHECK(sequence_contains(b.get(), I(104).get()) == 1);
    CHECK(sequence_contains(b.get(), I(300).get()) == -1);
    CHECK(take_error() == "ValueError: byte must be in range(0, 256)");
    CHECK(sequence_contains(b.get(), S("a").get()) == -1);
    CHECK(take_error() == "TypeError: a bytes-like object is required, not 'str'");
}

TEST_CASE("bytes comparison and hashing", "[bytes]") {
    RuntimeScope scope;
    auto cmp = [](Object* a, Object* b, int op) {
        Ref r(object_richcompare(a, b, op));
        return repr_or_error(r.get());
    };
    Ref abc = B("abc");
    CHECK(cmp(abc.get(), B("abc").get(), Py_EQ) == "True");
    CHECK(cmp(abc.get(), B("abd").get(), Py_LT) == "True");
    CHECK(cmp(B("").get(), B(std::string("\0", 1)).get(), Py_LT) == "True");
    CHECK(cmp(abc.get(), S("abc").get(), Py_EQ) == "False");
    CHECK(cmp(abc.get(), BA("abc").get(), Py_EQ) == "True");
    CHECK(cmp(B("a").get(), S("a").get(), Py_LT) == "TypeError: '<' not supported between instances of 'bytes' and 'str'");
    CHECK(object_hash(abc.get()) == object_hash(S("abc").get()));
    CHECK(object_hash(B("").get()) == 0);
    CHECK(object_hash(BA("a").get()) == -1);
    CHECK(take_error() == "TypeError: unhashable type: 'bytearray'");
}

TEST_CASE("bytes and bytearray iteration", "[bytes]") {
    RuntimeScope scope;
    Ref b = B("\x01\xff");
    ssize_t before = b->ob_refcnt;
    Ref it(object_get_iter(b.get()));
    CHECK(std::string(type_name_of(it.get())) == "bytes_iterator");
    std::vector<std::string> items;
    while (Object* v = iter_next(it.get())) {
        items.push_back(repr_or_error(v));
        decref(v);
    }
    CHECK(items == std::vector<std::string>{"1", "255"});
    CHECK(b->ob_refcnt == before);
    Ref ba = BA("ab");
    Ref it2(object_get_iter(ba.get()));
    CHECK(std::string(type_name_of(it2.get())) == "bytearray_iterator");
    Ref first(iter_next(it2.get()));
    CHECK(repr_or_error(first.get()) == "97");
}

TEST_CASE("bytes() and bytearray() constructors", "[bytes]") {
    RuntimeScope scope;
    CHECK(construct(&BytesType, {}) == "b''");
    CHECK(construct(&BytesType, refs(I(3))) == "b'\\x00\\x00\\x00'");
    CHECK(construct(&BytesType, refs(int_list({65, 66}))) == "b'AB'");
    CHECK(construct(&BytesType, refs(S("caf\xc3\xa9"), S("utf-8"))) == "b'caf\\xc3\\xa9'");
    CHECK(construct(&BytesType, refs(S("abc"))) == "TypeError: string argument without an encoding");
    CHECK(construct(&BytesType, refs(I(-1))) == "ValueError: negative count");
    CHECK(construct(&BytesType, refs(int_list({300}))) == "ValueError: bytes must be in range(0, 256)");
    CHECK(construct(&BytesType, refs(Ref(float_from_double(1.5)))) == "TypeError: cannot convert 'float' object to bytes");
    CHECK(construct(&BytesType, refs(B("a"), S("utf-8"))) == "TypeError: encoding without a string argument");
    CHECK(construct(&BytesType, refs(S("a"), S("bogus"))) == "LookupError: unknown encoding: bogus");
    CHECK(construct(&BytesType, refs(S("a"), Ref(new_none()))) ==
          "TypeError: bytes() argument 'encoding' must be str, not None");
    std::vector<std::pair<const char*, Ref>> kw;
    kw.emplace_back("x", I(1));
    CHECK(construct(&BytesType, {}, std::move(kw)) == "TypeError: 'x' is an invalid keyword argument for bytes()");
    CHECK(construct(&BytesType, refs(BA("xy"))) == "b'xy'");

    CHECK(construct(&ByteArrayType, {}) == "bytearray(b'')");
    CHECK(construct(&ByteArrayType, refs(I(2))) == "bytearray(b'\\x00\\x00')");
    CHECK(construct(&ByteArrayType, refs(int_list({1, 2}))) == "bytearray(b'\\x01\\x02')");
    CHECK(construct(&ByteArrayType, refs(int_list({300}))) == "ValueError: byte must be in range(0, 256)");
    CHECK(construct(&ByteArrayType, refs(S("a"))) == "TypeError: string argument without an encoding");
    CHECK(construct(&ByteArrayType, refs(Ref(float_from_double(1.5)))) ==
          "TypeError: cannot convert 'float' object to bytearray");
    CHECK(construct(&ByteArrayType, refs(S("\xc3\xa9"), S("utf-8"))) == "bytearray(b'\\xc3\\xa9')");

    Ref fromhex(object_getattr_str(&BytesType, "fromhex"));
    REQUIRE(fromhex);
    Ref r1(call_args(fromhex.get(), {S("00 0f ff").get()}));
    CHECK(repr_or_error(r1.get()) == "b'\\x00\\x0f\\xff'");
    Ref r2(call_args(fromhex.get(), {S("zz").get()}));
    CHECK(repr_or_error(r2.get()) == "ValueError: non-hexadecimal number found in fromhex() arg at position 0");
    Ref r3(call_args(fromhex.get(), {S("0").get()}));
    CHECK(repr_or_error(r3.get()) == "ValueError: non-hexadecimal number found in fromhex() arg at position 1");
    Ref bafromhex(object_getattr_str(&ByteArrayType, "fromhex"));
    Ref r4(call_args(bafromhex.get(), {S("6162").get()}));
    CHECK(repr_or_error(r4.get()) == "bytearray(b'ab')");
}

TEST_CASE("bytearray sizes follow CPython's growth policy", "[bytes]") {
    RuntimeScope scope;
    CHECK(bytearray_sizeof(BA("").get()) == 56);
    Ref empty(object_call(&ByteArrayType, nullptr, 0, nullptr));
    CHECK(bytearray_sizeof(empty.get()) == 56);
    std::vector<ssize_t> sizes;
    for (int i = 0; i < 20; ++i) {
        Ref r(call_method(empty.get(), "append", {I(i).get()}));
        REQUIRE(r);
        sizes.push_back(bytearray_sizeof(empty.get()));
    }
    CHECK(sizes == std::vector<ssize_t>{58, 61, 61, 61, 64, 64, 64, 68, 68, 68, 68, 75, 75, 75, 75, 75, 75, 75, 83, 83});

    auto make = [](std::vector<Ref> args) {
        std::vector<Object*> argv;
        for (Ref& a : args) argv.push_back(a.get());
        return Ref(object_call(&ByteArrayType, argv.data(), argv.size(), nullptr));
    };
    CHECK(bytearray_sizeof(make(refs(B("abc"))).get()) == 60);
    CHECK(bytearray_sizeof(make(refs(I(10))).get()) == 67);
    CHECK(bytearray_sizeof(make(refs(I(0))).get()) == 56);
    CHECK(bytearray_sizeof(make(refs(int_list({1, 2, 3}))).get()) == 60);
    CHECK(bytearray_sizeof(make(refs(Ref(object_get_iter(int_list({1, 2, 3}).get())))).get()) == 61);
    CHECK(bytearray_sizeof(make(refs(BA("ab"))).get()) == 59);

    Ref joined(binary_op(BA("ab").get(), B("c").get(), NB_ADD));
    CHECK(bytearray_sizeof(joined.get()) == 60);
    Ref repeated(binary_op(make(refs(I(3))).get(), I(2).get(), NB_MULTIPLY));
    CHECK(bytearray_sizeof(repeated.get()) == 63);
    Ref part(object_getitem(BA("abc").get(), slice(0, 2).get()));
    CHECK(bytearray_sizeof(part.get()) == 59);
    Ref upper(call_method(BA("abc").get(), "upper", {}));
    CHECK(bytearray_sizeof(upper.get()) == 60);

    // Deleting from the front moves the logical start; shrinking below half reallocates.
    Ref b = BA("abcdefghij");
    REQUIRE(object_delitem(b.get(), slice(0, 2).get()) == 0);
    CHECK(bytearray_sizeof(b.get()) == 67);
    REQUIRE(object_delitem(b.get(), slice(0, 6).get()) == 0);
    CHECK(bytearray_sizeof(b.get()) == 59);
    CHECK(repr_or_error(b.get()) == "bytearray(b'ij')");
    Ref popped(call_method(b.get(), "pop", {}));
    CHECK(repr_or_error(popped.get()) == "106");
    CHECK(bytearray_sizeof(b.get()) == 59);

    Ref e = BA("");
    Ref r1(call_method(e.get(), "extend", {B("abc").get()}));
    CHECK(bytearray_sizeof(e.get()) == 60);
    Ref r2(call_method(e.get(), "extend", {int_list({0, 1, 2, 3, 4, 5, 6, 7, 8, 9}).get()}));
    CHECK(bytearray_sizeof(e.get()) == 70);
    Ref r3(inplace_op(e.get(), B("xyz").get(), NB_ADD));
    CHECK(r3.get() == e.get());
    CHECK(bytearray_sizeof(e.get()) == 73);
    Ref r4(call_method(e.get(), "clear", {}));
    CHECK(bytearray_sizeof(e.get()) == 57);

    Ref c = BA("abc");
    REQUIRE(object_setitem(c.get(), slice(0, 1).get(), B("xyz").get()) == 0);
    CHECK(bytearray_sizeof(c.get()) == 62);
    REQUIRE(object_setitem(c.get(), slice(5, {}).get(), B("12345").get()) == 0);
    CHECK(bytearray_sizeof(c.get()) == 67);
    Ref r5(call_method(c.get(), "insert", {I(0).get(), I(65).get()}));
    CHECK(bytearray_sizeof(c.get()) == 74);
    Ref r6(call_method(c.get(), "remove", {I(65).get()}));
    CHECK(bytearray_sizeof(c.get()) == 74);
    Ref r7(inplace_op(c.get(), I(3).get(), NB_MULTIPLY));
    CHECK(bytearray_sizeof(c.get()) == 87);

    Ref d = BA("abcdef");
    REQUIRE(object_delitem(d.get(), I(2).get()) == 0);
    CHECK(bytearray_sizeof(d.get()) == 63);
    REQUIRE(object_delitem(d.get(), slice({}, {}, 2).get()) == 0);
    CHECK(bytearray_sizeof(d.get()) == 59);
    CHECK(repr_or_error(d.get()) == "bytearray(b'be')");

    Ref z = make(refs(I(5)));
    REQUIRE(object_setitem(z.get(), slice(1, 3).get(), Ref(list_new(0)).get()) == 0);
    CHECK(bytearray_sizeof(z.get()) == 62);
    CHECK(repr_or_error(z.get()) == "bytearray(b'\\x00\\x00\\x00')");
}

TEST_CASE("bytearray mutation", "[bytes]") {
    RuntimeScope scope;
    Ref ba = BA("abc");
    REQUIRE(object_setitem(ba.get(), I(0).get(), I(65).get()) == 0);
    Ref r1(call_method(ba.get(), "append", {I(100).get()}));
    Ref r2(call_method(ba.get(), "extend", {B("ef").get()}));
    CHECK(repr_or_error(ba.get()) == "bytearray(b'Abcdef')");
    CHECK(object_setitem(ba.get(), I(0).get(), I(256).get()) == -1);
    CHECK(take_error() == "ValueError: byte must be in range(0, 256)");
    CHECK(object_setitem(ba.get(), I(10).get(), I(1).get()) == -1);
    CHECK(take_error() == "IndexError: bytearray index out of range");
    CHECK(get(ba.get(), I(-7).get()) == "IndexError: bytearray index out of range");
    REQUIRE(object_delitem(ba.get(), slice(1, 3).get()) == 0);
    CHECK(repr_or_error(ba.get()) == "bytearray(b'Adef')");
    Ref e = BA("abcdef");
    REQUIRE(object_setitem(e.get(), slice({}, {}, 2).get(), B("xyz").get()) == 0);
    CHECK(repr_or_error(e.get()) == "bytearray(b'xbydzf')");
    CHECK(object_setitem(e.get(), slice({}, {}, 2).get(), B("xy").get()) == -1);
    CHECK(take_error() == "ValueError: attempt to assign bytes of size 2 to extended slice of size 3");
    CHECK(object_setitem(e.get(), slice(0, 1).get(), I(5).get()) == -1);
    CHECK(take_error() == "TypeError: can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    Ref f = BA("abc");
    REQUIRE(object_setitem(f.get(), slice(1, 2).get(), B("xyz").get()) == 0);
    REQUIRE(object_setitem(f.get(), slice(1, 1).get(), BA("Q").get()) == 0);
    CHECK(repr_or_error(f.get()) == "bytearray(b'aQxyzc')");
    REQUIRE(object_setitem(f.get(), slice(6, 0).get(), B("!").get()) == 0);
    CHECK(repr_or_error(f.get()) == "bytearray(b'aQxyzc!')");
    Ref self_extend(call_method(f.get(), "extend", {f.get()}));
    CHECK(repr_or_error(f.get()) == "bytearray(b'aQxyzc!aQxyzc!')");
    Ref rev(call_method(f.get(), "reverse", {}));
    CHECK(repr_or_error(f.get()) == "bytearray(b'!czyxQa!czyxQa')");
    Ref decoded(call_method(BA("caf\xc3\xa9").get(), "decode", {}));
    CHECK(repr_or_error(decoded.get()) == "'caf\xc3\xa9'");
    Ref tobytes(object_call(&BytesType, std::vector<Object*>{f.get()}.data(), 1, nullptr));
    CHECK(repr_or_error(tobytes.get()) == "b'!czyxQa!czyxQa'");
}

TEST_CASE("bytes printf-style formatting agrees with CPython 3.11", "[bytes]") {
    RuntimeScope scope;
    for (const PercentCase& c : kBytesPercentCases) {
        Ref format = c.format.make();
        Ref args = c.args.make();
        INFO(repr_or_error(format.get()) << " % " << repr_or_error(args.get()));
        Ref r(binary_op(format.get(), args.get(), NB_REMAINDER));
        CHECK(repr_or_error(r.get()) == c.expected);
    }
}

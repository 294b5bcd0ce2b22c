// The str core: creation, the shared singletons, sizes, hashing, comparison, concatenation and
// repetition (with reference counts), `in`, indexing and slicing, iteration, repr, interning,
// printf-style formatting and the f-string helpers. Expected values are CPython 3.11.7's.
#include "str_test_support.h"

#include "objects/sliceobject.h"
#include "objects/str_impl.h"

using namespace hs;
using namespace hs::test;

namespace {

struct PercentCase {
    const char* format;
    A args;
    const char* expected;
};

const std::vector<PercentCase> kPercentCases = {
    {"%s is %d years", A::tuple({A::str("Ann", 3), A::integer(30LL)}), "'Ann is 30 years'"},
    {"%5s|%-5s|%05d|%x|%o|%e", A::tuple({A::str("ab", 2), A::str("cd", 2), A::integer(42LL), A::integer(255LL), A::integer(8LL), A::real(12345.678)}), "'   ab|cd   |00042|ff|10|1.234568e+04'"},
    {"%r %s", A::tuple({A::str("q", 1), A::str("q", 1)}), "\"'q' q\""},
    {"%%", A::tuple({}), "'%'"},
    {"%c", A::integer(65LL), "'A'"},
    {"%.2f", A::real(2.675), "'2.67'"},
    {"%+d", A::integer(5LL), "'+5'"},
    {"%(name)s=%(value)d", A::dict({{A::str("name", 4), A::str("x", 1)}, {A::str("value", 5), A::integer(3LL)}}), "'x=3'"},
    {"%d %d", A::tuple({A::integer(1LL)}), "TypeError: not enough arguments for format string"},
    {"%05s", A::str("ab", 2), "'   ab'"},
    {"%-5d|", A::integer(42LL), "'42   |'"},
    {"%+05d", A::integer(42LL), "'+0042'"},
    {"% d", A::integer(42LL), "' 42'"},
    {"%#x", A::integer(255LL), "'0xff'"},
    {"%#o", A::integer(8LL), "'0o10'"},
    {"%#X", A::integer(255LL), "'0XFF'"},
    {"%08.3f", A::real(-3.14159), "'-003.142'"},
    {"%.3d", A::integer(7LL), "'007'"},
    {"%x", A::integer(-255LL), "'-ff'"},
    {"%#010x", A::integer(255LL), "'0x000000ff'"},
    {"%5.1s|", A::str("abc", 3), "'    a|'"},
    {"%*d", A::tuple({A::integer(5LL), A::integer(3LL)}), "'    3'"},
    {"%-*d|", A::tuple({A::integer(5LL), A::integer(3LL)}), "'3    |'"},
    {"%*d", A::tuple({A::integer(-5LL), A::integer(3LL)}), "'3    '"},
    {"%.*f", A::tuple({A::integer(2LL), A::real(3.14159)}), "'3.14'"},
    {"%05f", A::real(HUGE_VAL), "'00inf'"},
    {"%f", A::real(NAN), "'nan'"},
    {"%F", A::real(HUGE_VAL), "'INF'"},
    {"%e", A::real(12345.678), "'1.234568e+04'"},
    {"%g", A::real(1.234e-05), "'1.234e-05'"},
    {"%#g", A::real(1.0), "'1.00000'"},
    {"%G", A::real(1e+20), "'1E+20'"},
    {"%d", A::real(3.9), "'3'"},
    {"%x", A::real(3.9), "TypeError: %x format: an integer is required, not float"},
    {"%d", A::str("a", 1), "TypeError: %d format: a real number is required, not str"},
    {"%c", A::str("ab", 2), "TypeError: %c requires int or char"},
    {"%c", A::integer(1114112LL), "OverflowError: %c arg not in range(0x110000)"},
    {"%c", A::str("\303\251", 2), "'\303\251'"},
    {"%y", A::integer(1LL), "ValueError: unsupported format character 'y' (0x79) at index 1"},
    {"%", A::tuple({}), "ValueError: incomplete format"},
    {"%(a)s %(b)s", A::dict({{A::str("a", 1), A::integer(1LL)}}), "KeyError: 'b'"},
    {"%(a)s", A::tuple({A::integer(1LL)}), "TypeError: format requires a mapping"},
    {"%s %s", A::list({A::integer(1LL), A::integer(2LL)}), "TypeError: not enough arguments for format string"},
    {"%s", A::list({A::integer(1LL), A::integer(2LL)}), "'[1, 2]'"},
    {"%d", A::boolean(true), "'1'"},
    {"%s", A::boolean(true), "'True'"},
    {"%r", A::str("\303\251", 2), "\"'\303\251'\""},
    {"%a", A::str("\303\251", 2), "\"'\\\\xe9'\""},
    {"%.2r", A::str("abc", 3), "\"'a\""},
    {"%5%", A::tuple({}), "TypeError: not enough arguments for format string"},
    {"%i", A::bigint("1180591620717411303424"), "'1180591620717411303424'"},
    {"%x", A::bigint("1180591620717411303424"), "'400000000000000000'"},
    {"%.20f", A::real(0.1), "'0.10000000000000000555'"},
    {"%(a)s", A::integer(5LL), "TypeError: format requires a mapping"},
    {"%s", A::tuple({}), "TypeError: not enough arguments for format string"},
    {"abc", A::integer(5LL), "TypeError: not all arguments converted during string formatting"},
    {"abc", A::tuple({}), "'abc'"},
    {"abc", A::dict({{A::str("a", 1), A::integer(1LL)}}), "'abc'"},
    {"%s %s", A::tuple({A::integer(1LL)}), "TypeError: not enough arguments for format string"},
    {"%s", A::tuple({A::integer(1LL), A::integer(2LL)}), "TypeError: not all arguments converted during string formatting"},
    {"%-05d|", A::integer(3LL), "'3    |'"},
    {"%+s", A::str("a", 1), "'a'"},
    {"%.0f", A::real(2.5), "'2'"},
    {"%.0e", A::real(2.5), "'2e+00'"},
    {"%10.4g|", A::real(3.14159), "'     3.142|'"},
    {"%s", A::none(), "'None'"},
    {"%d", A::none(), "TypeError: %d format: a real number is required, not NoneType"},
    {"%f", A::str("x", 1), "TypeError: must be real number, not str"},
    {"%o", A::real(1.5), "TypeError: %o format: an integer is required, not float"},
    {"%u", A::integer(5LL), "'5'"},
    {"%+x", A::integer(255LL), "'+ff'"},
    {"%(a)d %%", A::dict({{A::str("a", 1), A::integer(1LL)}}), "'1 %'"},
    {"%(a", A::dict({{A::str("a", 1), A::integer(1LL)}}), "ValueError: incomplete format key"},
    {"%.3s", A::str("\303\251\342\202\254\360\237\230\200x", 10), "'\303\251\342\202\254\360\237\230\200'"},
    {"%c", A::integer(-1LL), "OverflowError: %c arg not in range(0x110000)"},
    {"%*d", A::tuple({A::str("a", 1), A::integer(3LL)}), "TypeError: * wants int"},
    {"%5c|", A::str("a", 1), "'    a|'"},
    {"%e", A::integer(0LL), "'0.000000e+00'"},
    {"%g", A::integer(100000LL), "'100000'"},
    {"%g", A::integer(1000000LL), "'1e+06'"},
    {"%-+6.2f|", A::real(3.14159), "'+3.14 |'"},
    {"%\342\202\254", A::integer(1LL), "ValueError: unsupported format character '\077' (0x20ac) at index 1"},
    {"%.f", A::real(2.5), "'2'"},
    {"%r", A::bytes("a", 1), "\"b'a'\""},
    {"%08.2e", A::real(-1.5), "'-1.50e+00'"},
    {"%#.0f", A::real(2.0), "'2.'"},
    {"%#.3g", A::real(2.0), "'2.00'"},
    {"%+.3g", A::real(NAN), "'+nan'"},
    {"%05d", A::integer(-42LL), "'-0042'"},
    {"%i", A::str("x", 1), "TypeError: %i format: a real number is required, not str"},
    {"%u", A::none(), "TypeError: %u format: a real number is required, not NoneType"},
    {"%ld", A::integer(5LL), "'5'"},
    {"%s", A::dict({{A::str("a", 1), A::integer(1LL)}}), "\"{'a': 1}\""},
    {"%s %(a)s", A::dict({{A::str("a", 1), A::integer(1LL)}}), "\"{'a': 1} 1\""},
    {"\303\251%s\342\202\254", A::str("\303\274", 2), "'\303\251\303\274\342\202\254'"},
    {"%5%", A::tuple({A::integer(1LL)}), "ValueError: unsupported format character '%' (0x25) at index 2"},
    {"%.1f%%", A::real(99.44), "'99.4%'"},
    {"%3d|%-3d|", A::tuple({A::integer(1LL), A::integer(2LL)}), "'  1|2  |'"},
    {"%X", A::integer(3054LL), "'BEE'"},
    {"%.3x", A::integer(5LL), "'005'"},
    {"%s", A::real(1.5), "'1.5'"},
    {"%r", A::real(1.5), "'1.5'"},
};

Ref slice(Object* start, Object* stop, Object* step) { return Ref(slice_new(start, stop, step)); }
Ref opt(std::optional<int64_t> v) { return v ? I(*v) : Ref(new_none()); }
std::string sliced(Object* s, std::optional<int64_t> a, std::optional<int64_t> b, std::optional<int64_t> c = {}) {
    Ref sl = slice(opt(a).get(), opt(b).get(), opt(c).get());
    Ref r(object_getitem(s, sl.get()));
    return repr_or_error(r.get());
}
std::string item(Object* s, int64_t i) {
    Ref key = I(i);
    Ref r(object_getitem(s, key.get()));
    return repr_or_error(r.get());
}
std::string binop(Object* a, Object* b, int op) {
    Ref r(binary_op(a, b, op));
    return repr_or_error(r.get());
}
std::string compare(Object* a, Object* b, int op) {
    Ref r(object_richcompare(a, b, op));
    return repr_or_error(r.get());
}

} // namespace

TEST_CASE("str sizes follow CPython's compact layouts", "[str]") {
    RuntimeScope scope;
    const std::vector<std::pair<const char*, ssize_t>> sizes = {
        {"", 49}, {"a", 50}, {"hello world", 60}, {"\xc3\xa9", 74}, {"caf\xc3\xa9", 77},
        {"\xc3\xbf\xc3\xbf\xc3\xbf\xc3\xbf\xc3\xbf\xc3\xbf\xc3\xbf\xc3\xbf\xc3\xbf\xc3\xbf", 83},
        {"\xe2\x82\xac", 76}, {"a\xe2\x82\xac", 78}, {"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", 80},
        {"\xf0\x9f\x98\x80", 80}, {"a\xf0\x9f\x98\x80", 84}, {"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", 88},
        {"\x7f", 50}, {"\xc2\x80", 74}, {"\xc4\x80", 76}, {"\xef\xbf\xbf", 76}, {"\xf0\x90\x80\x80", 80},
    };
    for (const auto& [utf8, size] : sizes) {
        Ref s = S(utf8);
        INFO(repr_or_error(s.get()));
        CHECK(str_sizeof(s.get()) == size);
        Ref viamethod(call_method(s.get(), "__sizeof__", {}));
        REQUIRE(viamethod);
        CHECK(repr_or_error(viamethod.get()) == std::to_string(size));
    }
    Ref hundred(str_from_ascii(std::string(100, 'x')));
    CHECK(str_sizeof(hundred.get()) == 149);
    CHECK(str_length(S("a\xf0\x9f\x98\x80" "b").get()) == 3);
}

TEST_CASE("'' and one-character Latin-1 strings are shared", "[str]") {
    RuntimeScope scope;
    Ref a1 = S("a"), a2 = S("a"), e1 = S("\xc3\xa9"), e2(str_from_code_point(0xE9));
    CHECK(a1.get() == a2.get());
    CHECK(e1.get() == e2.get());
    CHECK(S("").get() == Ref(str_empty()).get());
    Ref euro1(str_from_code_point(0x20AC)), euro2(str_from_code_point(0x20AC));
    CHECK(euro1.get() != euro2.get());  // only Latin-1 is cached

    // Which operations return the singleton is CPython's: indexing and plain slices do,
    // join of several pieces, case conversions and extended slices make fresh objects.
    Ref s(str_from_ascii("abcd"));
    Ref first(object_getitem(s.get(), I(0).get()));
    CHECK(first.get() == a1.get());
    Ref one(object_getitem(s.get(), slice(I(0).get(), I(1).get(), None()).get()));
    CHECK(one.get() == a1.get());
    Ref stepped(object_getitem(s.get(), slice(I(0).get(), I(3).get(), I(5).get()).get()));
    CHECK(text(stepped.get()) == "a");
    CHECK(stepped.get() != a1.get());
    Ref joined(call_method(S("").get(), "join", {Ref(tuple_pack({a1.get(), S("").get()})).get()}));
    CHECK(text(joined.get()) == "a");
    CHECK(joined.get() != a1.get());
    Ref lowered(call_method(S("A").get(), "lower", {}));
    CHECK(lowered.get() != a1.get());
    Ref stripped(call_method(S(" a ").get(), "strip", {}));
    CHECK(stripped.get() == a1.get());
    Ref decoded(call_method(B("a").get(), "decode", {}));
    CHECK(decoded.get() == a1.get());
}

TEST_CASE("operations that change nothing return the same str", "[str]") {
    RuntimeScope scope;
    Ref s(str_from_ascii("ab cd"));
    ssize_t before = s->ob_refcnt;
    auto same = [&](Object* r) {
        bool ok = r == s.get();
        xdecref(r);
        return ok;
    };
    CHECK(same(call_method(s.get(), "replace", {S("x").get(), S("y").get()})));
    CHECK(same(call_method(s.get(), "strip", {})));
    CHECK(same(call_method(s.get(), "center", {I(3).get()})));
    CHECK(same(call_method(s.get(), "zfill", {I(1).get()})));
    CHECK(same(call_method(s.get(), "expandtabs", {})));
    CHECK(same(call_method(s.get(), "removeprefix", {S("q").get()})));
    CHECK(same(call_method(s.get(), "format", {})));
    CHECK(same(call_method(s.get(), "__format__", {S("").get()})));
    CHECK(same(str_concat(s.get(), S("").get())));
    CHECK(same(str_concat(S("").get(), s.get())));
    CHECK(same(binary_op(s.get(), I(1).get(), NB_MULTIPLY)));
    CHECK(same(object_str(s.get())));
    CHECK(same(str_mod(s.get(), Ref(tuple_empty()).get())));
    CHECK(same(str_mod(S("%s").get(), s.get())));
    Ref list(list_new(0));
    list_append(list.get(), s.get());
    CHECK(same(call_method(S("-").get(), "join", {list.get()})));
    list = Ref();
    CHECK(!same(call_method(s.get(), "lower", {})));
    CHECK(!same(call_method(s.get(), "translate", {Ref(dict_new()).get()})));
    CHECK(s->ob_refcnt == before);
}

TEST_CASE("str hash is cached, deterministic and matches bytes", "[str]") {
    RuntimeScope scope;
    CHECK(str_hash(S("").get()) == 0);
    Ref a(str_from_ascii("memory")), b(str_from_ascii("memory"));
    CHECK(a.get() != b.get());
    CHECK(str_hash(a.get()) == str_hash(b.get()));
    CHECK(static_cast<StrObject*>(a.get())->hash == str_hash(a.get()));
    CHECK(str_hash(a.get()) != -1);
    CHECK(object_hash(a.get()) == object_hash(B("memory").get()));
    CHECK(str_hash(S("memorz").get()) != str_hash(a.get()));
    CHECK(str_equal(a.get(), b.get()));
    CHECK(!str_equal(a.get(), S("memor").get()));
    CHECK(str_equal_ascii(a.get(), "memory"));
}

TEST_CASE("str comparison is code point order", "[str]") {
    RuntimeScope scope;
    CHECK(compare(S("a").get(), S("b").get(), Py_LT) == "True");
    CHECK(compare(S("apple").get(), S("apple pie").get(), Py_LT) == "True");
    CHECK(compare(S("Z").get(), S("a").get(), Py_LT) == "True");
    CHECK(compare(S("\xc3\xa9").get(), S("z").get(), Py_GT) == "True");
    CHECK(compare(S("\xe2\x82\xac").get(), S("\xf0\x9f\x98\x80").get(), Py_LT) == "True");
    CHECK(compare(S("\xed\xa0\x80").get(), S("\xee\x80\x80").get(), Py_LT) == "True");  // '\ud800' < '\ue000'
    CHECK(compare(S("").get(), S("a").get(), Py_LE) == "True");
    CHECK(compare(S("abc").get(), S("abc").get(), Py_GE) == "True");
    CHECK(compare(S("abc").get(), S("abd").get(), Py_NE) == "True");
    CHECK(compare(S("a").get(), I(1).get(), Py_EQ) == "False");
    CHECK(compare(S("a").get(), I(1).get(), Py_LT) ==
          "TypeError: '<' not supported between instances of 'str' and 'int'");
}

TEST_CASE("str + and * keep reference counts exact", "[str]") {
    RuntimeScope scope;
    Ref a = S("abc"), b = S("abd"), one = I(1);
    ssize_t ra = a->ob_refcnt, rb = b->ob_refcnt, rone = one->ob_refcnt;
    CHECK(binop(a.get(), b.get(), NB_ADD) == "'abcabd'");
    CHECK(binop(a.get(), I(3).get(), NB_MULTIPLY) == "'abcabcabc'");
    CHECK(binop(I(3).get(), S("-").get(), NB_MULTIPLY) == "'---'");
    CHECK(binop(a.get(), I(0).get(), NB_MULTIPLY) == "''");
    CHECK(binop(a.get(), I(-1).get(), NB_MULTIPLY) == "''");
    CHECK(binop(S("\xc3\xa9").get(), S("\xe2\x82\xac").get(), NB_ADD) == "'\xc3\xa9\xe2\x82\xac'");
    CHECK(binop(a.get(), one.get(), NB_ADD) == "TypeError: can only concatenate str (not \"int\") to str");
    CHECK(binop(one.get(), a.get(), NB_ADD) == "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    CHECK(binop(a.get(), b.get(), NB_MULTIPLY) == "TypeError: can't multiply sequence by non-int of type 'str'");
    CHECK(binop(a.get(), Ref(float_from_double(1.5)).get(), NB_MULTIPLY) ==
          "TypeError: can't multiply sequence by non-int of type 'float'");
    CHECK(binop(S("ab").get(), I(int64_t(1) << 62).get(), NB_MULTIPLY) == "OverflowError: repeated string is too long");
    CHECK(a->ob_refcnt == ra);
    CHECK(b->ob_refcnt == rb);
    CHECK(one->ob_refcnt == rone);
    Ref sum(binary_op(a.get(), b.get(), NB_ADD));
    CHECK(sum->ob_refcnt == 1);
    CHECK(str_sizeof(sum.get()) == 55);
    Ref wide(binary_op(S("Memory").get(), S("\xe2\x82\xac").get(), NB_ADD));
    CHECK(str_sizeof(wide.get()) == 88);
}

TEST_CASE("str `in`", "[str]") {
    RuntimeScope scope;
    Ref s = S("the cat");
    CHECK(sequence_contains(s.get(), S("cat").get()) == 1);
    CHECK(sequence_contains(s.get(), S("dog").get()) == 0);
    CHECK(sequence_contains(s.get(), S("").get()) == 1);
    CHECK(sequence_contains(S("h\xc3\xa9llo").get(), S("\xc3\xa9l").get()) == 1);
    CHECK(sequence_contains(s.get(), I(1).get()) == -1);
    CHECK(take_error() == "TypeError: 'in <string>' requires string as left operand, not int");
}

TEST_CASE("str indexing and slicing", "[str]") {
    RuntimeScope scope;
    Ref s = S("abcdefghij");
    CHECK(item(s.get(), 0) == "'a'");
    CHECK(item(s.get(), -1) == "'j'");
    CHECK(item(s.get(), 10) == "IndexError: string index out of range");
    CHECK(item(s.get(), -11) == "IndexError: string index out of range");
    CHECK(sliced(s.get(), 2, 5) == "'cde'");
    CHECK(sliced(s.get(), {}, 3) == "'abc'");
    CHECK(sliced(s.get(), 7, {}) == "'hij'");
    CHECK(sliced(s.get(), {}, {}, 2) == "'acegi'");
    CHECK(sliced(s.get(), {}, {}, -1) == "'jihgfedcba'");
    CHECK(sliced(s.get(), -3, {}) == "'hij'");
    CHECK(sliced(s.get(), 8, 2, -2) == "'ige'");
    CHECK(sliced(s.get(), 100, {}) == "''");
    CHECK(sliced(s.get(), -100, 3) == "'abc'");
    CHECK(sliced(s.get(), 5, 2) == "''");
    CHECK(sliced(s.get(), {}, {}, 0) == "ValueError: slice step cannot be zero");
    Ref whole(object_getitem(s.get(), slice(None(), None(), None()).get()));
    CHECK(whole.get() == s.get());
    Ref u = S("h\xc3\xa9llo w\xc3\xb6rld \xe2\x82\xac\xf0\x9f\x98\x80!");  // 'héllo wörld €😀!'
    CHECK(item(u.get(), 1) == "'\xc3\xa9'");
    CHECK(item(u.get(), -2) == "'\xf0\x9f\x98\x80'");
    CHECK(item(u.get(), 12) == "'\xe2\x82\xac'");
    CHECK(sliced(u.get(), {}, {}, -1) == "'!\xf0\x9f\x98\x80\xe2\x82\xac dlr\xc3\xb6w oll\xc3\xa9h'");
    CHECK(sliced(u.get(), 1, {}, 3) == "'\xc3\xa9o\xc3\xb6" "d\xf0\x9f\x98\x80'");
    CHECK(sliced(u.get(), -3, {}) == "'\xe2\x82\xac\xf0\x9f\x98\x80!'");
    CHECK(sliced(u.get(), 2, 9) == "'llo w\xc3\xb6r'");
    CHECK(sliced(u.get(), 12, 1, -4) == "'\xe2\x82\xacro'");
    Ref narrow(object_getitem(u.get(), slice(I(2).get(), I(5).get(), None()).get()));
    CHECK(str_sizeof(narrow.get()) == 52);  // 'llo' is ASCII again
    Ref key = S("x");
    Ref bad(object_getitem(s.get(), key.get()));
    CHECK(repr_or_error(bad.get()) == "TypeError: string indices must be integers, not 'str'");
    Ref badf(object_getitem(s.get(), Ref(float_from_double(1.5)).get()));
    CHECK(repr_or_error(badf.get()) == "TypeError: string indices must be integers, not 'float'");
    Ref badslice(object_getitem(s.get(), slice(Ref(float_from_double(1.5)).get(), None(), None()).get()));
    CHECK(repr_or_error(badslice.get()) ==
          "TypeError: slice indices must be integers or None or have an __index__ method");
    CHECK(object_length(u.get()) == 15);
}

TEST_CASE("str iteration", "[str]") {
    RuntimeScope scope;
    Ref s(str_from_utf8("h\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"));
    ssize_t before = s->ob_refcnt;
    Ref it(object_get_iter(s.get()));
    CHECK(std::string(type_name_of(it.get())) == "str_iterator");
    CHECK(s->ob_refcnt == before + 1);
    std::vector<std::string> chars;
    while (Object* c = iter_next(it.get())) {
        chars.push_back(text(c));
        decref(c);
    }
    CHECK(!error_occurred());
    CHECK(chars == std::vector<std::string>{"h", "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80"});
    CHECK(s->ob_refcnt == before);  // released once exhausted
    Ref ascii(str_from_ascii("ab"));
    Ref it2(object_get_iter(ascii.get()));
    CHECK(std::string(type_name_of(it2.get())) == "str_ascii_iterator");
    Ref hint(call_method(it2.get(), "__length_hint__", {}));
    CHECK(repr_or_error(hint.get()) == "2");
    Ref c(iter_next(it2.get()));
    CHECK(c.get() == S("a").get());
}

TEST_CASE("str repr chooses quotes and escapes like CPython", "[str]") {
    RuntimeScope scope;
    const std::vector<std::pair<const char*, const char*>> cases = {
        {"plain", "'plain'"}, {"it's", "\"it's\""}, {"say \"hi\"", "'say \"hi\"'"},
        {"both ' and \"", "'both \\' and \"'"}, {"tab\there", "'tab\\there'"}, {"new\nline", "'new\\nline'"},
        {"back\\slash", "'back\\\\slash'"}, {"\x7f", "'\\x7f'"}, {"\xc3\xa9", "'\xc3\xa9'"},
        {"\xe2\x82\xac", "'\xe2\x82\xac'"}, {"\xe2\x80\x8b", "'\\u200b'"}, {"\xf0\x9f\x98\x80", "'\xf0\x9f\x98\x80'"},
        {"\r", "'\\r'"}, {"\xc2\x85\xc2\xa0\xc2\xad", "'\\x85\\xa0\\xad'"}, {"\xed\xa0\x80", "'\\ud800'"},
        {"\xf3\xa0\x80\x81", "'\\U000e0001'"}, {"\xf4\x8f\xbf\xbf", "'\\U0010ffff'"}, {"\xe3\x80\x80", "'\\u3000'"},
        {"\x1b[0m", "'\\x1b[0m'"}, {"\xc7\x85", "'\xc7\x85'"}, {"\xef\xbb\xbf", "'\\ufeff'"},
        {"\xf0\x9f\xa7\x91\xe2\x80\x8d\xf0\x9f\x92\xbb", "'\xf0\x9f\xa7\x91\\u200d\xf0\x9f\x92\xbb'"}, {"", "''"},
    };
    for (const auto& [value, expected] : cases) {
        CHECK(repr_or_error(S(value).get()) == expected);
    }
    Ref nul(str_from_utf8(std::string_view("\0\x7f", 2)));
    CHECK(repr_or_error(nul.get()) == "'\\x00\\x7f'");
    StrBuilder b;
    str_repr_into(S("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80").get(), true, b);
    CHECK(b.utf8() == "'\\xe9\\u20ac\\U0001f600'");
}

TEST_CASE("interning shares one object and forgets it when unused", "[str]") {
    RuntimeScope scope;
    Object* a = str_from_ascii("zq_intern_test_name");
    Object* b = str_from_ascii("zq_intern_test_name");
    REQUIRE(a != b);
    str_intern_in_place(&a);
    CHECK(a->ob_refcnt == 1);  // the interned dict's references are not counted
    str_intern_in_place(&b);
    CHECK(a == b);
    CHECK(a->ob_refcnt == 2);
    CHECK(dict_getitem_str(rt().interned, "zq_intern_test_name") == a);
    decref(b);
    decref(a);
    CHECK(dict_getitem_str(rt().interned, "zq_intern_test_name") == nullptr);

    Object* name = intern("zq_static_name");
    CHECK(intern("zq_static_name") == name);
    Object* fresh = str_from_ascii("zq_static_name");
    str_intern_in_place(&fresh);
    CHECK(fresh == name);
    decref(fresh);
    Object* single = str_from_ascii("q");
    str_intern_in_place(&single);
    CHECK(single == intern("q"));
    decref(single);
}

TEST_CASE("printf-style formatting agrees with CPython 3.11", "[str]") {
    RuntimeScope scope;
    for (const PercentCase& c : kPercentCases) {
        INFO(c.format);
        Ref args = c.args.make();
        Ref r(binary_op(S(c.format).get(), args.get(), NB_REMAINDER));
        CHECK(repr_or_error(r.get()) == c.expected);
    }
}

TEST_CASE("f-string helpers", "[str]") {
    RuntimeScope scope;
    Ref a = S("x="), b = S("\xc3\xa9"), c(str_from_ascii("!"));
    Object* pieces[] = {a.get(), b.get(), c.get()};
    Ref joined(str_join_fstring(pieces, 3));
    CHECK(text(joined.get()) == "x=\xc3\xa9!");
    CHECK(str_sizeof(joined.get()) == 77);
    Ref single(str_join_fstring(pieces + 2, 1));
    CHECK(single.get() == c.get());
    Ref empty(str_join_fstring(pieces, 0));
    CHECK(text(empty.get()) == "");
    Ref s(str_from_ascii("abcd"));
    Ref same(str_format_value(s.get(), 0, nullptr));
    CHECK(same.get() == s.get());
    Ref r(str_format_value(s.get(), 'r', nullptr));
    CHECK(text(r.get()) == "'abcd'");
    Ref padded(str_format_value(s.get(), 0, S(">6").get()));
    CHECK(text(padded.get()) == "  abcd");
    Ref rpad(str_format_value(s.get(), 'r', S("^8").get()));
    CHECK(text(rpad.get()) == " 'abcd' ");
    Ref bad(str_format_value(s.get(), 0, S("d").get()));
    CHECK(repr_or_error(bad.get()) == "ValueError: Unknown format code 'd' for object of type 'str'");
}

TEST_CASE("str() constructor", "[str]") {
    RuntimeScope scope;
    auto call = [](std::vector<Ref> args, std::vector<std::pair<const char*, Ref>> kw = {}) {
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
        Ref r(object_call(&StrType, argv.data(), args.size(), names.get()));
        return repr_or_error(r.get());
    };
    std::vector<Ref> none;
    CHECK(call({}) == "''");
    CHECK(call({}, {}) == "''");
    std::vector<Ref> v1;
    v1.push_back(B("ab"));
    CHECK(call(std::move(v1)) == "\"b'ab'\"");
    std::vector<Ref> v2;
    v2.push_back(B("caf\xc3\xa9"));
    v2.push_back(S("utf-8"));
    CHECK(call(std::move(v2)) == "'caf\xc3\xa9'");
    std::vector<Ref> v3;
    v3.push_back(I(1));
    v3.push_back(S("utf-8"));
    CHECK(call(std::move(v3)) == "TypeError: decoding to str: need a bytes-like object, int found");
    std::vector<Ref> v4;
    v4.push_back(S("a"));
    v4.push_back(S("utf-8"));
    CHECK(call(std::move(v4)) == "TypeError: decoding str is not supported");
    std::vector<Ref> v5;
    v5.push_back(B("a"));
    v5.push_back(I(1));
    CHECK(call(std::move(v5)) == "TypeError: str() argument 'encoding' must be str, not int");
    std::vector<Ref> v6;
    v6.push_back(B("\xff"));
    v6.push_back(S("utf-8"));
    v6.push_back(S("ignore"));
    CHECK(call(std::move(v6)) == "''");
    std::vector<Ref> v7;
    v7.push_back(I(1));
    v7.push_back(I(2));
    v7.push_back(I(3));
    v7.push_back(I(4));
    CHECK(call(std::move(v7)) == "TypeError: str() takes at most 3 arguments (4 given)");
    std::vector<std::pair<const char*, Ref>> kw;
    kw.emplace_back("x", I(1));
    CHECK(call({}, std::move(kw)) == "TypeError: 'x' is an invalid keyword argument for str()");
}

TEST_CASE("str and bytes subclass instances keep their text after the instance extras", "[str]") {
    RuntimeScope scope;
    auto make_class = [](const char* name, Object* base) {
        Ref bases(tuple_pack({base}));
        Ref ns(dict_new());
        Object* argv[] = {S(name).release(), bases.get(), ns.get()};
        Ref cls(object_call(&TypeType, argv, 3, nullptr));
        decref(argv[0]);
        return cls;
    };
    Ref mystr = make_class("MyStr", &StrType);
    REQUIRE(mystr);
    Object* arg = S("h\xc3\xa9llo").release();
    Ref inst(object_call(mystr.get(), &arg, 1, nullptr));
    decref(arg);
    REQUIRE(inst);
    CHECK(std::string(type_name_of(inst.get())) == "MyStr");
    CHECK(text(inst.get()) == "h\xc3\xa9llo");
    CHECK(repr_or_error(inst.get()) == "'h\xc3\xa9llo'");
    REQUIRE(object_setattr_str(inst.get(), "tag", I(5).get()) == 0);
    Ref upper(call_method(inst.get(), "upper", {}));
    CHECK(repr_or_error(upper.get()) == "'H\xc3\x89LLO'");
    CHECK(std::string(type_name_of(upper.get())) == "str");
    Ref joined(binary_op(inst.get(), S("!").get(), NB_ADD));
    CHECK(repr_or_error(joined.get()) == "'h\xc3\xa9llo!'");
    Ref plain(object_str(inst.get()));
    CHECK(str_check_exact(plain.get()));
    CHECK(object_hash(inst.get()) == object_hash(S("h\xc3\xa9llo").get()));
    CHECK(str_sizeof(inst.get()) == 86);  // CPython's two-block layout: 80 + (5 + 1) * 1

    Ref mybytes = make_class("MyBytes", &BytesType);
    REQUIRE(mybytes);
    Object* barg = B("abc").release();
    Ref binst(object_call(mybytes.get(), &barg, 1, nullptr));
    decref(barg);
    REQUIRE(binst);
    CHECK(repr_or_error(binst.get()) == "b'abc'");
    REQUIRE(object_setattr_str(binst.get(), "tag", I(5).get()) == 0);
    CHECK(bytes_sizeof(binst.get()) == 44);  // basicsize 33 + 8 (weakref slot) + 3
    Ref bupper(call_method(binst.get(), "upper", {}));
    CHECK(repr_or_error(bupper.get()) == "b'ABC'");
}

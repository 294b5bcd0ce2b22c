// The builtin exception types (objects/exceptions*.cpp): hierarchy, layouts, constructors,
// attributes, str/repr and reference counts. Expected values come from CPython 3.11.7.
#include "objects/bytesobject.h"
#include "objects/dictobject.h"
#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/listobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/runtime.h"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

using namespace hs;

namespace {

struct RuntimeFixture {
    Runtime* runtime;
    RuntimeFixture() : runtime(runtime_create(Limits{}, [](std::string_view) {}, [](std::string_view) {})) {}
    ~RuntimeFixture() { runtime_destroy(runtime); }
};

Ref S(std::string_view s) { return Ref(str_from_utf8(s)); }
Ref I(int64_t v) { return Ref(int_from_int64(v)); }

// "Type: message" of the pending exception (cleared), or "" when none.
std::string take_error() {
    if (!error_occurred()) return "";
    Ref exc(fetch_error_normalized());
    if (!exc) return "<none>";
    Ref msg(object_str(exc.get()));
    std::string text = type_name_of(exc.get());
    if (!msg) {
        clear_error();
        return text + ": <str failed>";
    }
    return text + ": " + std::string(str_view(msg.get()));
}

std::string str_of(Object* o) {
    Ref s(object_str(o));
    return s ? std::string(str_view(s.get())) : "<error " + take_error() + ">";
}
std::string repr_of(Object* o) {
    Ref s(object_repr(o));
    return s ? std::string(str_view(s.get())) : "<error " + take_error() + ">";
}

// type(*args, **{names[i]: kwvalues[i]})
Ref make(TypeObject* type, std::vector<Object*> args, std::vector<const char*> names = {},
         std::vector<Object*> kwvalues = {}) {
    Ref kwnames;
    if (!names.empty()) {
        kwnames = Ref(tuple_new(static_cast<ssize_t>(names.size())));
        for (size_t i = 0; i < names.size(); i++) tuple_items(kwnames.get())[i] = str_from_utf8(names[i]);
    }
    size_t nargs = args.size();
    args.insert(args.end(), kwvalues.begin(), kwvalues.end());
    return Ref(object_call(type, args.data(), nargs, kwnames.get()));
}

Ref attr(Object* o, const char* name) { return Ref(object_getattr_str(o, name)); }

} // namespace

TEST_CASE("the hierarchy is CPython 3.11's", "[exceptions]") {
    RuntimeFixture rt_;
    struct Pair { TypeObject* type; TypeObject* base; };
    const Pair pairs[] = {
        {&ExceptionType, &BaseExceptionType},         {&SystemExitType, &BaseExceptionType},
        {&KeyboardInterruptType, &BaseExceptionType}, {&GeneratorExitType, &BaseExceptionType},
        {&ZeroDivisionErrorType, &ArithmeticErrorType}, {&OverflowErrorType, &ArithmeticErrorType},
        {&ArithmeticErrorType, &ExceptionType},       {&IndexErrorType, &LookupErrorType},
        {&KeyErrorType, &LookupErrorType},            {&UnboundLocalErrorType, &NameErrorType},
        {&ModuleNotFoundErrorType, &ImportErrorType}, {&NotImplementedErrorType, &RuntimeErrorType},
        {&RecursionErrorType, &RuntimeErrorType},     {&IndentationErrorType, &SyntaxErrorType},
        {&TabErrorType, &IndentationErrorType},       {&UnicodeErrorType, &ValueErrorType},
        {&UnicodeDecodeErrorType, &UnicodeErrorType}, {&UnicodeEncodeErrorType, &UnicodeErrorType},
        {&UserWarningType, &WarningType},             {&ResourceWarningType, &WarningType},
        {&WarningType, &ExceptionType},               {&StopIterationType, &ExceptionType},
        {&BaseExceptionGroupType, &BaseExceptionType},
    };
    for (const Pair& p : pairs) {
        INFO(type_name(p.type));
        CHECK(p.type->tp_base == p.base);
        CHECK(type_is_subtype(p.type, &BaseExceptionType));
        CHECK(type_has_flag(p.type, TPFLAGS_BASE_EXC_SUBCLASS));
        CHECK(type_has_flag(p.type, TPFLAGS_HAVE_GC));
        CHECK(type_has_flag(p.type, TPFLAGS_BASETYPE));
    }
    CHECK_FALSE(type_is_subtype(&SystemExitType, &ExceptionType));
    CHECK(type_is_subtype(&TabErrorType, &SyntaxErrorType));
}

TEST_CASE("instance sizes are CPython's", "[exceptions]") {
    RuntimeFixture rt_;
    // sys.getsizeof = basicsize + 16 (GC header).
    struct Size { TypeObject* type; ssize_t getsizeof; };
    const Size sizes[] = {
        {&ExceptionType, 88},        {&StopIterationType, 96}, {&SystemExitType, 96},
        {&NameErrorType, 96},        {&AttributeErrorType, 104}, {&ImportErrorType, 112},
        {&SyntaxErrorType, 152},     {&OSErrorType, 128},      {&UnicodeDecodeErrorType, 128},
        {&BaseExceptionGroupType, 104}, {&KeyErrorType, 88},   {&TabErrorType, 152},
    };
    for (const Size& s : sizes) {
        INFO(type_name(s.type));
        CHECK(s.type->tp_basicsize + 16 == s.getsizeof);
    }
    Ref e = make(&ExceptionType, {});
    REQUIRE(e);
    CHECK(gc_is_tracked(e.get()));
}

TEST_CASE("str and repr", "[exceptions]") {
    RuntimeFixture rt_;
    Ref x = S("x"), k = S("k"), one = I(1), two = I(2);
    Ref e0 = make(&ExceptionType, {});
    CHECK(repr_of(e0.get()) == "Exception()");
    CHECK(str_of(e0.get()) == "");
    Ref e1 = make(&ValueErrorType, {x.get()});
    CHECK(repr_of(e1.get()) == "ValueError('x')");
    CHECK(str_of(e1.get()) == "x");
    Ref e2 = make(&ExceptionType, {one.get(), two.get()});
    CHECK(repr_of(e2.get()) == "Exception(1, 2)");
    CHECK(str_of(e2.get()) == "(1, 2)");
    Ref ke = make(&KeyErrorType, {k.get()});
    CHECK(repr_of(ke.get()) == "KeyError('k')");
    CHECK(str_of(ke.get()) == "'k'");
    Ref ke0 = make(&KeyErrorType, {});
    CHECK(str_of(ke0.get()) == "");
    Ref ke2 = make(&KeyErrorType, {one.get(), two.get()});
    CHECK(str_of(ke2.get()) == "(1, 2)");
}

TEST_CASE("constructor keywords are refused with CPython's messages", "[exceptions]") {
    RuntimeFixture rt_;
    Ref one = I(1), q = S("q");
    CHECK_FALSE(make(&ExceptionType, {}, {"a"}, {one.get()}));
    CHECK(take_error() == "TypeError: Exception() takes no keyword arguments");
    CHECK_FALSE(make(&SystemExitType, {}, {"a"}, {one.get()}));
    CHECK(take_error() == "TypeError: SystemExit() takes no keyword arguments");
    CHECK_FALSE(make(&NameErrorType, {q.get()}, {"nam"}, {q.get()}));
    CHECK(take_error() == "TypeError: 'nam' is an invalid keyword argument for NameError()");
    CHECK_FALSE(make(&NameErrorType, {q.get()}, {"name", "x"}, {q.get(), one.get()}));
    CHECK(take_error() == "TypeError: NameError() takes at most 1 keyword argument (2 given)");
    CHECK_FALSE(make(&ImportErrorType, {}, {"name", "path", "x"}, {one.get(), one.get(), one.get()}));
    CHECK(take_error() == "TypeError: ImportError() takes at most 2 keyword arguments (3 given)");
}

TEST_CASE("args holds the arguments; the instance keeps one reference to each", "[exceptions]") {
    RuntimeFixture rt_;
    Ref x(list_new(0));
    ssize_t before = x->ob_refcnt;
    {
        Ref e = make(&ValueErrorType, {x.get()});
        REQUIRE(e);
        CHECK(x->ob_refcnt == before + 1);
        Ref args = attr(e.get(), "args");
        REQUIRE(args);
        CHECK(tuple_check(args.get()));
        CHECK(tuple_size(args.get()) == 1);
        CHECK(tuple_items(args.get())[0] == x.get());
        // e.args = [1, 2] stores a tuple.
        Ref l(list_new(0));
        Ref one = I(1);
        list_append(l.get(), one.get());
        REQUIRE(object_setattr_str(e.get(), "args", l.get()) == 0);
        CHECK(repr_of(e.get()) == "ValueError(1)");
        CHECK(x->ob_refcnt == before + 1);  // only the old tuple, still held by `args`, refers to x
        CHECK(object_setattr_str(e.get(), "args", nullptr) == -1);
        CHECK(take_error() == "TypeError: args may not be deleted");
        CHECK(object_setattr_str(e.get(), "args", one.get()) == -1);
        CHECK(take_error() == "TypeError: 'int' object is not iterable");
    }
    CHECK(x->ob_refcnt == before);
}

TEST_CASE("exception_new keeps the given args tuple", "[exceptions]") {
    RuntimeFixture rt_;
    Ref k = S("k");
    Ref args(tuple_pack({k.get()}));
    Ref e(exception_new(&KeyErrorType, args.get()));
    REQUIRE(e);
    CHECK(as_exception(e.get())->args == args.get());
    CHECK(str_of(e.get()) == "'k'");
}

TEST_CASE("traceback, context, cause and suppress_context", "[exceptions]") {
    RuntimeFixture rt_;
    Ref e = make(&ValueErrorType, {});
    Ref k = make(&KeyErrorType, {});
    Ref five = I(5);
    CHECK(attr(e.get(), "__traceback__").get() == None());
    CHECK(attr(e.get(), "__context__").get() == None());
    CHECK(attr(e.get(), "__cause__").get() == None());
    CHECK(attr(e.get(), "__suppress_context__").get() == False());

    CHECK(object_setattr_str(e.get(), "__traceback__", five.get()) == -1);
    CHECK(take_error() == "TypeError: __traceback__ must be a traceback or None");
    CHECK(object_setattr_str(e.get(), "__traceback__", nullptr) == -1);
    CHECK(take_error() == "TypeError: __traceback__ may not be deleted");
    CHECK(object_setattr_str(e.get(), "__context__", five.get()) == -1);
    CHECK(take_error() == "TypeError: exception context must be None or derive from BaseException");
    CHECK(object_setattr_str(e.get(), "__context__", nullptr) == -1);
    CHECK(take_error() == "TypeError: __context__ may not be deleted");
    CHECK(object_setattr_str(e.get(), "__cause__", five.get()) == -1);
    CHECK(take_error() == "TypeError: exception cause must be None or derive from BaseException");
    CHECK(object_setattr_str(e.get(), "__cause__", nullptr) == -1);
    CHECK(take_error() == "TypeError: __cause__ may not be deleted");
    CHECK(object_setattr_str(e.get(), "__suppress_context__", five.get()) == -1);
    CHECK(take_error() == "TypeError: attribute value type must be bool");
    CHECK(object_setattr_str(e.get(), "__suppress_context__", nullptr) == -1);
    CHECK(take_error() == "TypeError: can't delete numeric/char attribute");

    ssize_t before = k->ob_refcnt;
    REQUIRE(object_setattr_str(e.get(), "__cause__", k.get()) == 0);
    CHECK(attr(e.get(), "__cause__").get() == k.get());
    CHECK(attr(e.get(), "__suppress_context__").get() == True());
    CHECK(k->ob_refcnt == before + 1);
    REQUIRE(object_setattr_str(e.get(), "__cause__", None()) == 0);
    CHECK(attr(e.get(), "__cause__").get() == None());
    CHECK(attr(e.get(), "__suppress_context__").get() == True());
    CHECK(k->ob_refcnt == before);
    REQUIRE(object_setattr_str(e.get(), "__context__", k.get()) == 0);
    CHECK(attr(e.get(), "__context__").get() == k.get());
    CHECK(k->ob_refcnt == before + 1);
}

TEST_CASE("with_traceback and add_note", "[exceptions]") {
    RuntimeFixture rt_;
    Ref e = make(&ValueErrorType, {});
    Ref five = I(5);
    CHECK_FALSE(Ref(call_method(e.get(), "with_traceback", {five.get()})));
    CHECK(take_error() == "TypeError: __traceback__ must be a traceback or None");
    CHECK_FALSE(Ref(call_method(e.get(), "with_traceback", {})));
    CHECK(take_error() == "TypeError: BaseException.with_traceback() takes exactly one argument (0 given)");
    Ref same(call_method(e.get(), "with_traceback", {None()}));
    CHECK(same.get() == e.get());

    CHECK_FALSE(Ref(call_method(e.get(), "add_note", {five.get()})));
    CHECK(take_error() == "TypeError: note must be a str, not 'int'");
    Ref n1 = S("note one");
    Ref r(call_method(e.get(), "add_note", {n1.get()}));
    CHECK(r.get() == None());
    Ref notes = attr(e.get(), "__notes__");
    REQUIRE(notes);
    CHECK(repr_of(notes.get()) == "['note one']");
    Ref d = attr(e.get(), "__dict__");
    CHECK(repr_of(d.get()) == "{'__notes__': ['note one']}");
    REQUIRE(object_setattr_str(e.get(), "__notes__", five.get()) == 0);
    CHECK_FALSE(Ref(call_method(e.get(), "add_note", {n1.get()})));
    CHECK(take_error() == "TypeError: Cannot add note: __notes__ is not a list");
}

TEST_CASE("instances take attributes in their __dict__", "[exceptions]") {
    RuntimeFixture rt_;
    Ref e = make(&ExceptionType, {});
    Ref one = I(1);
    CHECK(repr_of(Ref(attr(e.get(), "__dict__")).get()) == "{}");
    REQUIRE(object_setattr_str(e.get(), "foo", one.get()) == 0);
    CHECK(attr(e.get(), "foo").get() == one.get());
    CHECK(object_setattr_str(e.get(), "__dict__", one.get()) == -1);
    CHECK(take_error() == "TypeError: __dict__ must be set to a dictionary, not a 'int'");
    CHECK(object_setattr_str(e.get(), "__dict__", nullptr) == -1);
    CHECK(take_error() == "TypeError: cannot delete __dict__");
}

TEST_CASE("StopIteration.value and SystemExit.code", "[exceptions]") {
    RuntimeFixture rt_;
    Ref one = I(1), two = I(2), three = I(3);
    CHECK(attr(Ref(make(&StopIterationType, {})).get(), "value").get() == None());
    CHECK(attr(Ref(make(&StopIterationType, {one.get(), two.get()})).get(), "value").get() == one.get());
    CHECK(attr(Ref(make(&SystemExitType, {})).get(), "code").get() == None());
    CHECK(attr(Ref(make(&SystemExitType, {three.get()})).get(), "code").get() == three.get());
    Ref ex = make(&SystemExitType, {one.get(), two.get()});
    CHECK(repr_of(Ref(attr(ex.get(), "code")).get()) == "(1, 2)");
    Ref st = make(&StopIterationType, {one.get()});
    REQUIRE(object_setattr_str(st.get(), "value", nullptr) == 0);
    CHECK(attr(st.get(), "value").get() == None());
}

TEST_CASE("NameError, AttributeError and ImportError fields", "[exceptions]") {
    RuntimeFixture rt_;
    Ref m = S("m"), q = S("q"), p = S("p"), z = S("z"), three = I(3);
    Ref n = make(&NameErrorType, {m.get()}, {"name"}, {q.get()});
    CHECK(attr(n.get(), "name").get() == q.get());
    CHECK(repr_of(Ref(attr(n.get(), "args")).get()) == "('m',)");
    CHECK(str_of(n.get()) == "m");
    Ref a = make(&AttributeErrorType, {m.get()}, {"name", "obj"}, {q.get(), three.get()});
    CHECK(attr(a.get(), "name").get() == q.get());
    CHECK(attr(a.get(), "obj").get() == three.get());
    CHECK(attr(Ref(make(&AttributeErrorType, {})).get(), "name").get() == None());
    Ref i = make(&ImportErrorType, {m.get()}, {"name", "path"}, {q.get(), p.get()});
    CHECK(attr(i.get(), "msg").get() == m.get());
    CHECK(attr(i.get(), "path").get() == p.get());
    CHECK(str_of(i.get()) == "m");
    CHECK(repr_of(i.get()) == "ImportError('m')");
    Ref i2 = make(&ImportErrorType, {m.get(), z.get()});
    CHECK(attr(i2.get(), "msg").get() == None());
    CHECK(str_of(i2.get()) == "('m', 'z')");
    CHECK(str_of(Ref(make(&ImportErrorType, {})).get()) == "");
    Ref mnf = make(&ModuleNotFoundErrorType, {m.get()}, {"name"}, {q.get()});
    CHECK(attr(mnf.get(), "name").get() == q.get());
}

TEST_CASE("SyntaxError fields and str", "[exceptions]") {
    RuntimeFixture rt_;
    Ref msg = S("invalid syntax"), file = S("/a/b/f.py"), text = S("x y\n");
    Ref three = I(3), four = I(4), five = I(5);
    Ref info(tuple_pack({file.get(), three.get(), four.get(), text.get(), three.get(), five.get()}));
    Ref s = make(&SyntaxErrorType, {msg.get(), info.get()});
    REQUIRE(s);
    CHECK(str_of(s.get()) == "invalid syntax (f.py, line 3)");
    CHECK(attr(s.get(), "filename").get() == file.get());
    CHECK(attr(s.get(), "lineno").get() == three.get());
    CHECK(attr(s.get(), "offset").get() == four.get());
    CHECK(attr(s.get(), "text").get() == text.get());
    CHECK(attr(s.get(), "end_lineno").get() == three.get());
    CHECK(attr(s.get(), "end_offset").get() == five.get());
    CHECK(attr(s.get(), "print_file_and_line").get() == None());
    CHECK(repr_of(s.get()) == "SyntaxError('invalid syntax', ('/a/b/f.py', 3, 4, 'x y\\n', 3, 5))");

    Ref m = S("m"), f = S("f");
    CHECK(str_of(Ref(make(&SyntaxErrorType, {m.get(), Ref(tuple_pack({f.get(), None(), three.get(), m.get()})).get()})).get()) ==
          "m (f)");
    CHECK(str_of(Ref(make(&SyntaxErrorType, {m.get(), Ref(tuple_pack({None(), three.get(), three.get(), m.get()})).get()})).get()) ==
          "m (line 3)");
    CHECK(str_of(Ref(make(&SyntaxErrorType, {})).get()) == "None");
    Ref a = S("a"), b = S("b"), c = S("c");
    CHECK(str_of(Ref(make(&SyntaxErrorType, {a.get(), b.get(), c.get()})).get()) == "a");

    CHECK_FALSE(make(&SyntaxErrorType, {m.get(), Ref(tuple_pack({three.get(), three.get()})).get()}));
    CHECK(take_error() == "TypeError: function takes at least 4 arguments (2 given)");
    CHECK_FALSE(make(&SyntaxErrorType, {m.get(), five.get()}));
    CHECK(take_error() == "TypeError: 'int' object is not iterable");
    CHECK_FALSE(make(&SyntaxErrorType, {m.get(), Ref(tuple_pack({f.get(), three.get(), three.get(), m.get(), three.get()})).get()}));
    CHECK(take_error() == "TypeError: end_offset must be provided when end_lineno is provided");
}

TEST_CASE("OSError, UnicodeDecodeError and BaseExceptionGroup", "[exceptions]") {
    RuntimeFixture rt_;
    Ref two = I(2), msg = S("No such file"), file = S("x.txt"), y = S("y");
    Ref o = make(&OSErrorType, {two.get(), msg.get()});
    CHECK(str_of(o.get()) == "[Errno 2] No such file");
    CHECK(attr(o.get(), "errno").get() == two.get());
    Ref o3 = make(&OSErrorType, {two.get(), msg.get(), file.get()});
    CHECK(str_of(o3.get()) == "[Errno 2] No such file: 'x.txt'");
    CHECK(repr_of(Ref(attr(o3.get(), "args")).get()) == "(2, 'No such file')");
    Ref o5 = make(&OSErrorType, {two.get(), msg.get(), file.get(), None(), y.get()});
    CHECK(str_of(o5.get()) == "[Errno 2] No such file: 'x.txt' -> 'y'");
    Ref hi = S("hi");
    CHECK(str_of(Ref(make(&OSErrorType, {hi.get()})).get()) == "hi");
    // OSError(errno, ...) picks the subclass for errno, as CPython on Linux.
    CHECK(o->ob_type == &FileNotFoundErrorType);
    CHECK(repr_of(o.get()) == "FileNotFoundError(2, 'No such file')");
    Ref thirteen = I(13), eleven = I(11), five = I(5), x = S("x");
    CHECK(Ref(make(&OSErrorType, {thirteen.get(), x.get()}))->ob_type == &PermissionErrorType);
    CHECK(Ref(make(&OSErrorType, {I(32).get(), x.get()}))->ob_type == &BrokenPipeErrorType);
    CHECK(type_is_subtype(&BrokenPipeErrorType, &ConnectionErrorType));
    CHECK(Ref(make(&OSErrorType, {I(999).get(), x.get()}))->ob_type == &OSErrorType);
    CHECK(Ref(make(&OSErrorType, {two.get()}))->ob_type == &OSErrorType);
    Ref blocking = make(&BlockingIOErrorType, {eleven.get(), x.get(), five.get()});
    CHECK(str_of(blocking.get()) == "[Errno 11] x");
    CHECK(repr_of(Ref(attr(blocking.get(), "characters_written")).get()) == "5");
    CHECK_FALSE(attr(o.get(), "characters_written"));
    CHECK(take_error() == "AttributeError: characters_written");

    Ref enc = S("utf-8"), reason = S("invalid start byte"), zero = I(0), one = I(1);
    Ref data(bytes_from("\xff\xfe"));
    Ref u = make(&UnicodeDecodeErrorType, {enc.get(), data.get(), zero.get(), one.get(), reason.get()});
    CHECK(str_of(u.get()) == "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
    Ref u2 = make(&UnicodeDecodeErrorType, {enc.get(), data.get(), zero.get(), two.get(), reason.get()});
    CHECK(str_of(u2.get()) == "'utf-8' codec can't decode bytes in position 0-1: invalid start byte");
    CHECK_FALSE(make(&UnicodeDecodeErrorType, {enc.get()}));
    CHECK(take_error() == "TypeError: function takes exactly 5 arguments (1 given)");
    Ref ascii = S("ascii"), e_acute = S("\xc3\xa9" "a"), range = S("ordinal not in range(128)");
    Ref ue = make(&UnicodeEncodeErrorType, {ascii.get(), e_acute.get(), zero.get(), one.get(), range.get()});
    CHECK(str_of(ue.get()) == "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)");

    Ref m = S("msg");
    Ref ve = make(&ValueErrorType, {}), te = make(&TypeErrorType, {});
    Ref excs(list_new(0));
    list_append(excs.get(), ve.get());
    list_append(excs.get(), te.get());
    Ref g = make(&BaseExceptionGroupType, {m.get(), excs.get()});
    REQUIRE(g);
    CHECK(str_of(g.get()) == "msg (2 sub-exceptions)");
    Ref empty(list_new(0));
    CHECK_FALSE(make(&BaseExceptionGroupType, {m.get(), empty.get()}));
    CHECK(take_error() == "ValueError: second argument (exceptions) must be a non-empty sequence");
    CHECK_FALSE(make(&BaseExceptionGroupType, {m.get()}));
    CHECK(take_error() == "TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)");
}

TEST_CASE("MemoryError instances come from the free list", "[exceptions]") {
    RuntimeFixture rt_;
    exceptions_runtime_init();
    int count = rt().gc.generations[0].count;
    {
        Ref m = make(&MemoryErrorType, {});
        REQUIRE(m);
        CHECK(repr_of(m.get()) == "MemoryError()");
    }
    // Reviving and releasing a preallocated instance moves no counter.
    CHECK(rt().gc.generations[0].count == count);
    exceptions_runtime_fini();
}

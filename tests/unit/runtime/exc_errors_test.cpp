// The error state (runtime/errors.cpp): setting and fetching, lazy normalization, `raise`,
// `except` matching and implicit chaining, with CPython 3.11.7's messages.
#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/runtime.h"
#include "vm/frame.h"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

using namespace hs;

namespace {

struct RuntimeFixture {
    Runtime* runtime;
    RuntimeFixture() : runtime(runtime_create(Limits{}, [](std::string_view) {}, [](std::string_view) {})) {}
    ~RuntimeFixture() { runtime_destroy(runtime); }
};

std::string str_of(Object* o) {
    Ref s(object_str(o));
    if (!s) {
        clear_error();
        return "<str failed>";
    }
    return std::string(str_view(s.get()));
}

std::string repr_of(Object* o) {
    Ref s(object_repr(o));
    if (!s) {
        clear_error();
        return "<repr failed>";
    }
    return std::string(str_view(s.get()));
}

// Makes `exc` the exception an except block is handling, for the scope's lifetime.
struct Handling {
    ExcStackItem item;
    ExcStackItem* saved;
    explicit Handling(Object* exc) : saved(rt().exc_info) {
        item.exc_value = exc;
        item.previous_item = saved;
        rt().exc_info = &item;
    }
    ~Handling() { rt().exc_info = saved; }
};

} // namespace

TEST_CASE("set_error stays unnormalized until fetched normalized", "[errors]") {
    RuntimeFixture rt_;
    CHECK_FALSE(error_occurred());
    set_error(&ValueErrorType, "bad value");
    REQUIRE(error_occurred());
    CHECK(rt().error.type == &ValueErrorType);
    CHECK(str_check(rt().error.value));  // a message, not an instance yet
    CHECK(error_matches(&ValueErrorType));
    CHECK(error_matches(&ExceptionType));
    CHECK_FALSE(error_matches(&TypeErrorType));
    Ref exc(fetch_error_normalized());
    CHECK_FALSE(error_occurred());
    REQUIRE(exc);
    CHECK(exc->ob_type == &ValueErrorType);
    CHECK(repr_of(exc.get()) == "ValueError('bad value')");
}

TEST_CASE("set_error_none and set_error_format", "[errors]") {
    RuntimeFixture rt_;
    set_error_none(&StopIterationType);
    CHECK(rt().error.value == nullptr);
    Ref exc(fetch_error_normalized());
    REQUIRE(exc);
    CHECK(repr_of(exc.get()) == "StopIteration()");

    set_error_format(&TypeErrorType, "%s() takes %d arguments (%zd given)", "f", 2, static_cast<ssize_t>(3));
    Ref e2(fetch_error_normalized());
    CHECK(str_of(e2.get()) == "f() takes 2 arguments (3 given)");

    CHECK(type_error("unhashable type: '%s'", "list") == nullptr);
    Ref e3(fetch_error_normalized());
    CHECK(repr_of(e3.get()) == "TypeError(\"unhashable type: 'list'\")");
    CHECK(string_format("%d-%s", 7, "x") == "7-x");
    std::string long_text(600, 'a');
    CHECK(string_format("%s!", long_text.c_str()) == long_text + "!");
}

TEST_CASE("fetch and restore move the references", "[errors]") {
    RuntimeFixture rt_;
    Ref msg(str_from_utf8("m"));
    ssize_t before = msg->ob_refcnt;
    set_error_object(&KeyErrorType, msg.get());
    CHECK(msg->ob_refcnt == before + 1);
    ErrorState state = fetch_error();
    CHECK_FALSE(error_occurred());
    CHECK(state.value == msg.get());
    restore_error(state);
    CHECK(error_occurred());
    clear_error();
    CHECK(msg->ob_refcnt == before);
}

TEST_CASE("normalizing a tuple value calls the type with its items", "[errors]") {
    RuntimeFixture rt_;
    Ref key(str_from_utf8("k"));
    Ref args(tuple_pack({key.get()}));
    set_error_object(&KeyErrorType, args.get());
    Ref exc(fetch_error_normalized());
    REQUIRE(exc);
    CHECK(str_of(exc.get()) == "'k'");
    // The tuple itself becomes args, as PyObject_Call(type, tuple) gives in CPython.
    CHECK(as_exception(exc.get())->args == args.get());
}

TEST_CASE("normalize_error believes a more precise instance", "[errors]") {
    RuntimeFixture rt_;
    Ref exc(object_call(&KeyErrorType, nullptr, 0, nullptr));
    REQUIRE(exc);
    ErrorState state;
    state.type = static_cast<TypeObject*>(newref(static_cast<Object*>(&LookupErrorType)));
    state.value = newref(exc.get());
    CHECK(normalize_error(state));
    CHECK(state.type == &KeyErrorType);
    CHECK(state.value == exc.get());
    restore_error(state);
    clear_error();
}

TEST_CASE("raise: classes are instantiated, other objects refused", "[errors]") {
    RuntimeFixture rt_;
    CHECK(raise_object(&ValueErrorType) == -1);
    CHECK(rt().error.type == &ValueErrorType);
    REQUIRE(rt().error.value);
    CHECK(exception_instance_check(rt().error.value));
    clear_error();

    Ref inst(object_call(&KeyErrorType, nullptr, 0, nullptr));
    CHECK(raise_object(inst.get()) == -1);
    CHECK(rt().error.value == inst.get());
    clear_error();

    Ref five(int_from_int64(5));
    CHECK(raise_object(five.get()) == -1);
    Ref exc(fetch_error_normalized());
    CHECK(exc->ob_type == &TypeErrorType);
    CHECK(str_of(exc.get()) == "exceptions must derive from BaseException");
}

TEST_CASE("raise ... from ...", "[errors]") {
    RuntimeFixture rt_;
    Ref inst(object_call(&ValueErrorType, nullptr, 0, nullptr));
    CHECK(raise_object_from(inst.get(), &KeyErrorType) == -1);
    clear_error();
    CHECK(repr_of(as_exception(inst.get())->cause) == "KeyError()");
    CHECK(as_exception(inst.get())->suppress_context);

    Ref other(object_call(&ValueErrorType, nullptr, 0, nullptr));
    CHECK(raise_object_from(other.get(), None()) == -1);
    clear_error();
    CHECK(as_exception(other.get())->cause == nullptr);
    CHECK(as_exception(other.get())->suppress_context);

    Ref five(int_from_int64(5));
    CHECK(raise_object_from(&ValueErrorType, five.get()) == -1);
    Ref exc(fetch_error_normalized());
    CHECK(str_of(exc.get()) == "exception causes must derive from BaseException");
}

TEST_CASE("except matching and its operand check", "[errors]") {
    RuntimeFixture rt_;
    Ref inst(object_call(&ZeroDivisionErrorType, nullptr, 0, nullptr));
    CHECK(exception_matches(inst.get(), &ArithmeticErrorType));
    CHECK(exception_matches(&ZeroDivisionErrorType, &ZeroDivisionErrorType));
    CHECK_FALSE(exception_matches(inst.get(), &LookupErrorType));
    Ref both(tuple_pack({&KeyErrorType, &ArithmeticErrorType}));
    CHECK(exception_matches(inst.get(), both.get()));
    CHECK(check_except_type_valid(both.get()) == 0);
    Ref five(int_from_int64(5));
    CHECK(check_except_type_valid(five.get()) == -1);
    Ref exc(fetch_error_normalized());
    CHECK(str_of(exc.get()) == "catching classes that do not inherit from BaseException is not allowed");
    Ref mixed(tuple_pack({&KeyErrorType, five.get()}));
    CHECK(check_except_type_valid(mixed.get()) == -1);
    clear_error();
}

TEST_CASE("an error set while handling another gets it as __context__", "[errors]") {
    RuntimeFixture rt_;
    Ref handled(object_call(&KeyErrorType, nullptr, 0, nullptr));
    {
        Handling h(handled.get());
        set_error(&ValueErrorType, "second");
        // Chaining needs the instance at once.
        REQUIRE(exception_instance_check(rt().error.value));
    }
    Ref exc(fetch_error_normalized());
    CHECK(as_exception(exc.get())->context == handled.get());
    CHECK_FALSE(as_exception(exc.get())->suppress_context);

    // Raising the handled exception itself does not make it its own context.
    {
        Handling h(handled.get());
        raise_object(handled.get());
    }
    clear_error();
    CHECK(as_exception(handled.get())->context == nullptr);

    // A cycle through the context chain is cut: raising `a` while handling `b`, whose
    // context is `a`, leaves b without a context.
    Ref a(object_call(&ValueErrorType, nullptr, 0, nullptr));
    Ref b(object_call(&TypeErrorType, nullptr, 0, nullptr));
    exception_set_context(b.get(), newref(a.get()));
    {
        Handling h(b.get());
        raise_object(a.get());
    }
    clear_error();
    CHECK(as_exception(a.get())->context == b.get());
    CHECK(as_exception(b.get())->context == nullptr);
}

TEST_CASE("chain_error_context", "[errors]") {
    RuntimeFixture rt_;
    Ref ctx(object_call(&KeyErrorType, nullptr, 0, nullptr));
    set_error(&ValueErrorType, "later");
    chain_error_context(ctx.get());
    Ref exc(fetch_error_normalized());
    CHECK(as_exception(exc.get())->context == ctx.get());
}

TEST_CASE("set_error_from_cause keeps the old exception and its traceback", "[errors]") {
    RuntimeFixture rt_;
    set_error_none(&StopIterationType);
    set_error_from_cause(&RuntimeErrorType, "generator raised StopIteration");
    Ref exc(fetch_error_normalized());
    REQUIRE(exc);
    CHECK(repr_of(exc.get()) == "RuntimeError('generator raised StopIteration')");
    Object* cause = as_exception(exc.get())->cause;
    REQUIRE(cause);
    CHECK(repr_of(cause) == "StopIteration()");
    CHECK(as_exception(exc.get())->context == cause);
    CHECK(as_exception(exc.get())->suppress_context);
}

TEST_CASE("failed lookups record the name for suggestions", "[errors]") {
    RuntimeFixture rt_;
    Ref name(str_from_utf8("xx")), obj(int_from_int64(3));
    set_error(&AttributeErrorType, "'int' object has no attribute 'xx'");
    attribute_error_set_context(obj.get(), name.get());
    Ref exc(fetch_error_normalized());
    auto* e = static_cast<AttributeErrorObject*>(exc.get());
    CHECK(e->name == name.get());
    CHECK(e->obj == obj.get());

    set_error(&NameErrorType, "name 'xx' is not defined");
    name_error_set_name(name.get());
    Ref exc2(fetch_error_normalized());
    CHECK(static_cast<NameErrorObject*>(exc2.get())->name == name.get());

    // Other exceptions are left alone.
    set_error(&TypeErrorType, "t");
    attribute_error_set_context(obj.get(), name.get());
    CHECK(str_check(rt().error.value));
    clear_error();
}

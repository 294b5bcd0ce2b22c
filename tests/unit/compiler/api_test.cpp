// The compiler's API contract beyond bytecode: errors as data, the caller's tree left intact,
// determinism, and CPython's compile-time recursion limit.
#include "ast_reader.h"
#include "compiler/compile.h"

#include <catch2/catch.hpp>

using namespace hs;
using namespace hs::compiler;

namespace {

std::unique_ptr<ast::Module> parse(const std::string& sexpr) {
    std::string error;
    auto module = test::read_ast(sexpr, error);
    INFO(error);
    REQUIRE(module);
    return module;
}

// x = 1 + 1 + ... (`terms` additions), nested left-deep as the parser builds it.
std::unique_ptr<ast::Module> addition_chain(int terms) {
    auto module = std::make_unique<ast::Module>();
    ast::Arena& arena = *module->arena;
    auto constant = [&] {
        auto* c = arena.make<ast::ConstantExpr>();
        c->value.kind = ast::ConstantValue::Kind::Int;
        c->value.text = "1";
        c->pos = ast::Position{1, 4, 1, 5};
        return c;
    };
    ast::Expr* value = constant();
    for (int i = 0; i < terms; ++i) {
        auto* add = arena.make<ast::BinOpExpr>();
        add->left = value;
        add->op = ast::Operator::Add;
        add->right = constant();
        add->pos = ast::Position{1, 4, 1, 6 + 2 * i};
        value = add;
    }
    auto* target = arena.make<ast::NameExpr>();
    target->id = "x";
    target->ctx = ast::ExprContext::Store;
    target->pos = ast::Position{1, 0, 1, 1};
    auto* assign = arena.make<ast::AssignStmt>();
    assign->targets.push_back(target);
    assign->value = value;
    assign->pos = ast::Position{1, 0, 1, 6 + 2 * terms};
    module->body.push_back(assign);
    return module;
}

} // namespace

TEST_CASE("compiler errors are returned as data with the source line", "[compiler]") {
    // x = 1\nreturn x
    auto module =
        parse(R"((Module [ (Assign @1:0:1:5 [ (Name @1:0:1:1 "x" Store ) ] (Constant @1:4:1:5 i1 ~ ) )
        (Return @2:0:2:8 (Name @2:7:2:8 "x" Load ) ) ] ))");
    CompileResult result = compile_module(*module, "prog.py", "x = 1\nreturn x\n");
    REQUIRE(result.error);
    CHECK(!result.code);
    CHECK(result.error->type == "SyntaxError");
    CHECK(result.error->msg == "'return' outside function");
    CHECK(result.error->lineno == 2);
    CHECK(result.error->offset == 1);
    CHECK(result.error->end_lineno == 2);
    CHECK(result.error->end_offset == 9);
    CHECK(result.error->text == "return x\n");
}

TEST_CASE("SyntaxWarnings come back with their line", "[compiler]") {
    // x = 1\ny = x is 1
    auto module =
        parse(R"((Module [ (Assign @1:0:1:5 [ (Name @1:0:1:1 "x" Store ) ] (Constant @1:4:1:5 i1 ~ ) )
        (Assign @2:0:2:10 [ (Name @2:0:2:1 "y" Store ) ] (Compare @2:4:2:10 (Name @2:4:2:5 "x" Load ) [ Is ]
        [ (Constant @2:9:2:10 i1 ~ ) ] ) ) ] ))");
    CompileResult result = compile_module(*module, "prog.py", "x = 1\ny = x is 1\n");
    REQUIRE(result.code);
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings[0].message == "\"is\" with a literal. Did you mean \"==\"?");
    CHECK(result.warnings[0].lineno == 2);
}

TEST_CASE("compiling leaves the caller's tree unchanged and is deterministic", "[compiler]") {
    // t = (1, 2); u = -3
    auto module = parse(R"((Module [ (Assign @1:0:1:10 [ (Name @1:0:1:1 "t" Store ) ] (Tuple @1:4:1:10
        [ (Constant @1:5:1:6 i1 ~ ) (Constant @1:8:1:9 i2 ~ ) ] Load ) )
        (Assign @2:0:2:6 [ (Name @2:0:2:1 "u" Store ) ] (UnaryOp @2:4:2:6 USub (Constant @2:5:2:6 i3 ~ ) ) ) ] ))");
    CompileResult first = compile_module(*module, "prog.py", "t = (1, 2)\nu = -3\n");
    REQUIRE(first.code);
    auto* assign = static_cast<ast::AssignStmt*>(module->body[0]);
    CHECK(assign->value->kind == ast::ExprKind::Tuple);
    auto* assign2 = static_cast<ast::AssignStmt*>(module->body[1]);
    CHECK(assign2->value->kind == ast::ExprKind::UnaryOp);
    CompileResult second = compile_module(*module, "prog.py", "t = (1, 2)\nu = -3\n");
    REQUIRE(second.code);
    CHECK(dump_code(*first.code) == dump_code(*second.code));
    CHECK(first.code->filename == "prog.py");
}

TEST_CASE("nesting deeper than CPython compiles is a RecursionError", "[compiler]") {
    // A script is compiled at recursion depth 0: 3000 nested statements/expressions are allowed.
    auto ok = addition_chain(2998);
    CompileResult fine = compile_module(*ok, "deep.py", "");
    CHECK(!fine.error);
    CHECK(fine.code);
    auto deep = addition_chain(2999);
    CompileResult result = compile_module(*deep, "deep.py", "");
    REQUIRE(result.error);
    CHECK(result.error->type == "RecursionError");
    CHECK(result.error->msg == "maximum recursion depth exceeded during compilation");
    auto very_deep = addition_chain(100000);
    CHECK(compile_module(*very_deep, "deep.py", "").error);
}

// Tests of the parser API beyond the conformance corpus: the AST contract the compiler relies
// on, unsupported-syntax nodes, resource limits (deep nesting never overflows the stack) and
// speed.
#include <catch2/catch.hpp>
#include <chrono>

#include "frontend/parser.h"

using namespace hs;
using hs::frontend::dump_ast;
using hs::frontend::parse_module;

namespace {

std::unique_ptr<ast::Module> parse_ok(std::string_view src) {
    auto r = parse_module(src);
    INFO((r.error ? r.error->msg : std::string()));
    REQUIRE(r.module);
    REQUIRE_FALSE(r.error);
    return std::move(r.module);
}

frontend::SyntaxErrorInfo parse_err(std::string_view src) {
    auto r = parse_module(src);
    REQUIRE_FALSE(r.module);
    REQUIRE(r.error);
    return *r.error;
}

const ast::Expr* first_value(const ast::Module& m) {
    REQUIRE(m.body.size() >= 1);
    REQUIRE(m.body[0]->kind == ast::StmtKind::Expr);
    return static_cast<const ast::ExprStmt*>(m.body[0])->value;
}

const ast::ConstantValue& constant(const ast::Module& m) {
    const ast::Expr* e = first_value(m);
    REQUIRE(e->kind == ast::ExprKind::Constant);
    return static_cast<const ast::ConstantExpr*>(e)->value;
}

} // namespace

TEST_CASE("parser: integer literals keep their digits and base", "[frontend][parser]") {
    auto m = parse_ok("0x_1F\n");
    CHECK(constant(*m).kind == ast::ConstantValue::Kind::Int);
    CHECK(constant(*m).text == "1F");
    CHECK(constant(*m).base == 16);
    m = parse_ok("0o17");
    CHECK(constant(*m).text == "17");
    CHECK(constant(*m).base == 8);
    m = parse_ok("0b_1010");
    CHECK(constant(*m).text == "1010");
    CHECK(constant(*m).base == 2);
    m = parse_ok("1_000_000");
    CHECK(constant(*m).text == "1000000");
    CHECK(constant(*m).base == 10);
    m = parse_ok("123456789012345678901234567890");
    CHECK(constant(*m).text == "123456789012345678901234567890");
}

TEST_CASE("parser: float, imaginary, bytes and str constants", "[frontend][parser]") {
    auto m = parse_ok("1.5e3");
    CHECK(constant(*m).kind == ast::ConstantValue::Kind::Float);
    CHECK(constant(*m).number == 1500.0);
    m = parse_ok("2.5j");
    CHECK(constant(*m).kind == ast::ConstantValue::Kind::Imaginary);
    CHECK(constant(*m).number == 2.5);
    m = parse_ok("b'a\\x00' b'\\xff'");
    CHECK(constant(*m).kind == ast::ConstantValue::Kind::Bytes);
    CHECK(constant(*m).text == std::string("a\0\xff", 3));
    m = parse_ok("u'caf\\xe9' 'x'");
    CHECK(constant(*m).kind == ast::ConstantValue::Kind::Str);
    CHECK(constant(*m).text == "caf\xC3\xA9x");
    CHECK(constant(*m).u_prefix);
    m = parse_ok("U'a'");
    CHECK_FALSE(constant(*m).u_prefix);
}

TEST_CASE("parser: contexts of targets", "[frontend][parser]") {
    auto m = parse_ok("a, [b.c, *d[0]] = e\ndel f, g.h\nfor i in j: pass\n");
    CHECK(dump_ast(*m, false) ==
          "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), List(elts=[Attribute(value=Name("
          "id='b', ctx=Load()), attr='c', ctx=Store()), Starred(value=Subscript(value=Name(id='d', ctx=Load()), "
          "slice=Constant(value=0), ctx=Store()), ctx=Store())], ctx=Store())], ctx=Store())], value=Name(id='e', "
          "ctx=Load())), Delete(targets=[Name(id='f', ctx=Del()), Attribute(value=Name(id='g', ctx=Load()), "
          "attr='h', ctx=Del())]), For(target=Name(id='i', ctx=Store()), iter=Name(id='j', ctx=Load()), "
          "body=[Pass()], orelse=[])], type_ignores=[])");
}

TEST_CASE("parser: syntax outside heapscope's subset still gets its nodes", "[frontend][parser]") {
    auto m = parse_ok("match p:\n    case [x, *rest] if x > 0:\n        pass\n    case _:\n        y = 1\n");
    REQUIRE(m->body.size() == 1);
    REQUIRE(m->body[0]->kind == ast::StmtKind::Match);
    auto* match = static_cast<const ast::MatchStmt*>(m->body[0]);
    REQUIRE(match->subject->kind == ast::ExprKind::Name);
    CHECK(match->pos.lineno == 1);
    CHECK(match->pos.end_lineno == 5);
    CHECK(match->pos.end_col_offset == 13);

    m = parse_ok("async def f():\n    async with a: await b\n    async for x in y: pass\n");
    REQUIRE(m->body[0]->kind == ast::StmtKind::AsyncFunctionDef);
    auto* f = static_cast<const ast::FunctionDefStmt*>(m->body[0]);
    CHECK(f->body[0]->kind == ast::StmtKind::AsyncWith);
    CHECK(f->body[1]->kind == ast::StmtKind::AsyncFor);

    m = parse_ok("try:\n    pass\nexcept* E:\n    pass\n");
    CHECK(m->body[0]->kind == ast::StmtKind::TryStar);
}

TEST_CASE("parser: positions of decorated definitions and helper nodes", "[frontend][parser]") {
    auto m = parse_ok("@dec\ndef f(a, *, b=1, **kw): pass\n");
    auto* f = static_cast<const ast::FunctionDefStmt*>(m->body[0]);
    CHECK(f->pos.lineno == 2);  // the `def` line, not the decorator's
    CHECK(f->args->kwonlyargs[0]->pos.col_offset == 12);
    CHECK(f->args->kwarg->arg == "kw");
    m = parse_ok("f(x=1, **y)");
    auto* call = static_cast<const ast::CallExpr*>(first_value(*m));
    REQUIRE(call->keywords.size() == 2);
    CHECK(call->keywords[0]->pos.col_offset == 2);
    CHECK(call->keywords[0]->pos.end_col_offset == 5);
    CHECK(call->keywords[1]->arg.empty());
    CHECK(call->keywords[1]->pos.col_offset == 7);
}

TEST_CASE("parser: dump_ast without attributes", "[frontend][parser]") {
    auto m = parse_ok("x = f'{a!r:>{w}}' + 1.0 - 2j\n");
    CHECK(dump_ast(*m, false) ==
          "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=JoinedStr(values=["
          "FormattedValue(value=Name(id='a', ctx=Load()), conversion=114, format_spec=JoinedStr(values=["
          "Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)]))]), op=Add(), "
          "right=Constant(value=1.0)), op=Sub(), right=Constant(value=2j)))], type_ignores=[])");
}

TEST_CASE("parser: deep nesting gives CPython's errors, never a crash", "[frontend][parser][limits]") {
    // The tokenizer allows 200 nested brackets.
    parse_ok(std::string(200, '(') + std::string(200, ')'));
    auto e = parse_err(std::string(201, '[') + std::string(201, ']'));
    CHECK(e.msg == "too many nested parentheses");

    // CPython's parser stops with a bare MemoryError past 6000 nested rules.
    parse_ok(std::string(5969, '-') + "1");
    e = parse_err(std::string(5970, '-') + "1");
    CHECK(e.type == "MemoryError");
    CHECK(parse_err(std::string(100000, '-') + "1").type == "MemoryError");
    CHECK(parse_err(std::string(100000, '~') + "1").type == "MemoryError");
    std::string nots;
    for (int i = 0; i < 100000; ++i) nots += "not ";
    CHECK(parse_err(nots + "x").type == "MemoryError");
    std::string lambdas;
    for (int i = 0; i < 3000; ++i) lambdas += "lambda: ";
    CHECK(parse_err(lambdas + "1").type == "MemoryError");
    std::string powers = "1";
    for (int i = 0; i < 100000; ++i) powers += "**1";
    CHECK(parse_err(powers).type == "MemoryError");
    std::string ifs = "1";
    for (int i = 0; i < 100000; ++i) ifs += " if 1 else 1";
    CHECK(parse_err(ifs).type == "MemoryError");

    // Left-nested chains are loops: they parse, and the dump walks them without recursion.
    std::string subscripts = "a";
    for (int i = 0; i < 100000; ++i) subscripts += "[0]";
    auto m = parse_ok(subscripts);
    CHECK(dump_ast(*m, false).size() > 100000 * 40);
    std::string sum = "1";
    for (int i = 0; i < 100000; ++i) sum += "+1";
    parse_ok(sum);

    // Brackets nest up to 200 deep, whatever they hold.
    std::string mixed;
    for (int i = 0; i < 49; ++i) mixed += "[x for x in (lambda: {a: f(b=-";
    mixed += "1";
    for (int i = 0; i < 49; ++i) mixed += ")})]";
    parse_ok(mixed);
    std::string juxtaposed;
    for (int i = 0; i < 199; ++i) juxtaposed += "(a b ";
    juxtaposed += "1" + std::string(199, ')');
    CHECK(parse_err(juxtaposed).msg == "invalid syntax. Perhaps you forgot a comma?");
    std::string names;
    for (int i = 0; i < 100000; ++i) names += "a ";
    CHECK(parse_err(names).type == "MemoryError");
    std::string elifs = "if x:\n  pass\n";
    for (int i = 0; i < 100000; ++i) elifs += "elif x:\n  pass\n";
    CHECK(parse_err(elifs).type == "MemoryError");

    // Indentation is limited to 100 levels by the tokenizer.
    std::string blocks;
    for (int i = 0; i < 101; ++i) blocks += std::string(i, ' ') + "if x:\n";
    blocks += std::string(101, ' ') + "pass\n";
    e = parse_err(blocks);
    CHECK(e.type == "IndentationError");
    CHECK(e.msg == "too many levels of indentation");
}

TEST_CASE("parser: inputs that are not Python text", "[frontend][parser]") {
    CHECK(parse_err(std::string("x = 1\0\n", 7)).msg == "source code cannot contain null bytes");
    CHECK(parse_err("x = '\xff'\n").msg.find("can't decode byte 0xff") != std::string::npos);
    auto m = parse_ok("\xEF\xBB\xBFx = 1\n");  // a UTF-8 BOM is skipped, as in `python3 file.py`
    CHECK(m->body[0]->pos.col_offset == 0);
    parse_ok("");
    parse_ok("\n\n# only a comment");
}

TEST_CASE("parser: 10,000 lines parse in milliseconds", "[frontend][parser][speed]") {
    std::string src;
    for (int i = 0; i < 1000; ++i) {
        src += "def f" + std::to_string(i) + "(a, b=1, *args, **kw):\n";
        src += "    x = [i * 2 for i in range(a) if i % 3]\n";
        src += "    d = {'k': (a, b), **kw}\n";
        src += "    if x and not d:\n";
        src += "        return f'{a!r:>10} {b}'\n";
        src += "    try:\n";
        src += "        y = a.b[1:2].c(3, key=lambda v: -v)\n";
        src += "    except (KeyError, ValueError) as e:\n";
        src += "        raise RuntimeError('bad') from e\n";
        src += "    return x\n";
    }
    auto start = std::chrono::steady_clock::now();
    auto r = parse_module(src);
    auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    REQUIRE(r.module);
    CHECK(r.module->body.size() == 1000);
    WARN("parsed 10,000 lines in " << ms << " ms");
    CHECK(ms < 30000);  // ~10 ms in optimized builds: this only catches a quadratic blowup
}

// The abstract syntax tree: the contract between the parser and the compiler.
//
// Node kinds, field names and field order mirror Python 3.11's `ast` module, so that
// `dump_ast()` can be compared with `ast.dump(ast.parse(src))` from CPython itself.
// Positions are CPython's: 1-based lines, 0-based columns counted in UTF-8 bytes.
// Nodes live in an Arena owned by the Module result; children are plain pointers.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace hs::ast {

struct Position {
    int lineno = 0;
    int col_offset = 0;
    int end_lineno = 0;
    int end_col_offset = 0;
};

// ---- Expressions --------------------------------------------------------------------

enum class ExprKind : uint8_t {
    BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp, DictComp,
    GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue, JoinedStr, Constant,
    Attribute, Subscript, Starred, Name, List, Tuple, Slice,
};

enum class ExprContext : uint8_t { Load, Store, Del };
enum class BoolOperator : uint8_t { And, Or };
// Order matches CPython's BINARY_OP argument (NB_ADD = 0 ... NB_XOR = 12).
enum class Operator : uint8_t {
    Add, BitAnd, FloorDiv, LShift, MatMult, Mult, Mod, BitOr, Pow, RShift, Sub, Div, BitXor,
};
enum class UnaryOperator : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOperator : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

struct Expr {
    ExprKind kind;
    Position pos;
    explicit Expr(ExprKind k) : kind(k) {}
    virtual ~Expr() = default;
};

struct Arguments;
struct Comprehension;
struct Keyword;
struct Stmt;

// The value of a Constant node. Integers keep their literal digits (without underscores or
// prefix) and base; the compiler turns them into exact integers.
struct ConstantValue {
    enum class Kind : uint8_t { None, True, False, Ellipsis, Int, Float, Imaginary, Str, Bytes };
    Kind kind = Kind::None;
    std::string text;  // Int: digits in `base`; Str: UTF-8; Bytes: raw bytes.
    int base = 10;     // Int only: 2, 8, 10 or 16.
    double number = 0; // Float and Imaginary (the imaginary part).
    // Str only: the string literal carried a `u` prefix (ast.dump shows kind='u').
    bool u_prefix = false;
};

struct BoolOpExpr : Expr { BoolOperator op; std::vector<Expr*> values; BoolOpExpr() : Expr(ExprKind::BoolOp) {} };
struct NamedExprExpr : Expr { Expr* target = nullptr; Expr* value = nullptr; NamedExprExpr() : Expr(ExprKind::NamedExpr) {} };
struct BinOpExpr : Expr { Expr* left = nullptr; Operator op; Expr* right = nullptr; BinOpExpr() : Expr(ExprKind::BinOp) {} };
struct UnaryOpExpr : Expr { UnaryOperator op; Expr* operand = nullptr; UnaryOpExpr() : Expr(ExprKind::UnaryOp) {} };
struct LambdaExpr : Expr { Arguments* args = nullptr; Expr* body = nullptr; LambdaExpr() : Expr(ExprKind::Lambda) {} };
struct IfExpExpr : Expr { Expr* test = nullptr; Expr* body = nullptr; Expr* orelse = nullptr; IfExpExpr() : Expr(ExprKind::IfExp) {} };
// keys[i] == nullptr means `**values[i]`.
struct DictExpr : Expr { std::vector<Expr*> keys; std::vector<Expr*> values; DictExpr() : Expr(ExprKind::Dict) {} };
struct SetExpr : Expr { std::vector<Expr*> elts; SetExpr() : Expr(ExprKind::Set) {} };
struct ListCompExpr : Expr { Expr* elt = nullptr; std::vector<Comprehension*> generators; ListCompExpr() : Expr(ExprKind::ListComp) {} };
struct SetCompExpr : Expr { Expr* elt = nullptr; std::vector<Comprehension*> generators; SetCompExpr() : Expr(ExprKind::SetComp) {} };
struct DictCompExpr : Expr { Expr* key = nullptr; Expr* value = nullptr; std::vector<Comprehension*> generators; DictCompExpr() : Expr(ExprKind::DictComp) {} };
struct GeneratorExpExpr : Expr { Expr* elt = nullptr; std::vector<Comprehension*> generators; GeneratorExpExpr() : Expr(ExprKind::GeneratorExp) {} };
struct AwaitExpr : Expr { Expr* value = nullptr; AwaitExpr() : Expr(ExprKind::Await) {} };
struct YieldExpr : Expr { Expr* value = nullptr; YieldExpr() : Expr(ExprKind::Yield) {} };  // value may be null
struct YieldFromExpr : Expr { Expr* value = nullptr; YieldFromExpr() : Expr(ExprKind::YieldFrom) {} };
struct CompareExpr : Expr { Expr* left = nullptr; std::vector<CmpOperator> ops; std::vector<Expr*> comparators; CompareExpr() : Expr(ExprKind::Compare) {} };
struct CallExpr : Expr { Expr* func = nullptr; std::vector<Expr*> args; std::vector<Keyword*> keywords; CallExpr() : Expr(ExprKind::Call) {} };
// conversion: -1 none, 's', 'r', 'a'. format_spec is a JoinedStr or null.
struct FormattedValueExpr : Expr { Expr* value = nullptr; int conversion = -1; Expr* format_spec = nullptr; FormattedValueExpr() : Expr(ExprKind::FormattedValue) {} };
struct JoinedStrExpr : Expr { std::vector<Expr*> values; JoinedStrExpr() : Expr(ExprKind::JoinedStr) {} };
struct ConstantExpr : Expr { ConstantValue value; ConstantExpr() : Expr(ExprKind::Constant) {} };
struct AttributeExpr : Expr { Expr* value = nullptr; std::string attr; ExprContext ctx = ExprContext::Load; AttributeExpr() : Expr(ExprKind::Attribute) {} };
struct SubscriptExpr : Expr { Expr* value = nullptr; Expr* slice = nullptr; ExprContext ctx = ExprContext::Load; SubscriptExpr() : Expr(ExprKind::Subscript) {} };
struct StarredExpr : Expr { Expr* value = nullptr; ExprContext ctx = ExprContext::Load; StarredExpr() : Expr(ExprKind::Starred) {} };
struct NameExpr : Expr { std::string id; ExprContext ctx = ExprContext::Load; NameExpr() : Expr(ExprKind::Name) {} };
struct ListExpr : Expr { std::vector<Expr*> elts; ExprContext ctx = ExprContext::Load; ListExpr() : Expr(ExprKind::List) {} };
struct TupleExpr : Expr { std::vector<Expr*> elts; ExprContext ctx = ExprContext::Load; TupleExpr() : Expr(ExprKind::Tuple) {} };
struct SliceExpr : Expr { Expr* lower = nullptr; Expr* upper = nullptr; Expr* step = nullptr; SliceExpr() : Expr(ExprKind::Slice) {} };

// ---- Helpers shared by expressions and statements ------------------------------------

struct Comprehension {
    Expr* target = nullptr;
    Expr* iter = nullptr;
    std::vector<Expr*> ifs;
    bool is_async = false;
};

struct Arg {
    std::string arg;
    Expr* annotation = nullptr;
    Position pos;
};

// kw_defaults[i] is null when kwonlyargs[i] has no default (as in CPython).
struct Arguments {
    std::vector<Arg*> posonlyargs;
    std::vector<Arg*> args;
    Arg* vararg = nullptr;
    std::vector<Arg*> kwonlyargs;
    std::vector<Expr*> kw_defaults;
    Arg* kwarg = nullptr;
    std::vector<Expr*> defaults;
};

// arg is empty for `**mapping`.
struct Keyword {
    std::string arg;
    Expr* value = nullptr;
    Position pos;
};

struct Alias {
    std::string name;
    std::string asname;  // empty when absent
    Position pos;
};

struct WithItem {
    Expr* context_expr = nullptr;
    Expr* optional_vars = nullptr;
};

struct ExceptHandler {
    Expr* type = nullptr;  // null for a bare `except:`
    std::string name;      // empty when there is no `as`
    std::vector<Stmt*> body;
    Position pos;
};

// ---- Statements -------------------------------------------------------------------------

enum class StmtKind : uint8_t {
    FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For,
    AsyncFor, While, If, With, AsyncWith, Match, Raise, Try, TryStar, Assert, Import, ImportFrom,
    Global, Nonlocal, Expr, Pass, Break, Continue,
};

struct Stmt {
    StmtKind kind;
    Position pos;
    explicit Stmt(StmtKind k) : kind(k) {}
    virtual ~Stmt() = default;
};

// AsyncFunctionDef reuses FunctionDefStmt with kind == AsyncFunctionDef.
struct FunctionDefStmt : Stmt {
    std::string name;
    Arguments* args = nullptr;
    std::vector<Stmt*> body;
    std::vector<Expr*> decorator_list;
    Expr* returns = nullptr;
    explicit FunctionDefStmt(StmtKind k = StmtKind::FunctionDef) : Stmt(k) {}
};
struct ClassDefStmt : Stmt {
    std::string name;
    std::vector<Expr*> bases;
    std::vector<Keyword*> keywords;
    std::vector<Stmt*> body;
    std::vector<Expr*> decorator_list;
    ClassDefStmt() : Stmt(StmtKind::ClassDef) {}
};
struct ReturnStmt : Stmt { Expr* value = nullptr; ReturnStmt() : Stmt(StmtKind::Return) {} };
struct DeleteStmt : Stmt { std::vector<Expr*> targets; DeleteStmt() : Stmt(StmtKind::Delete) {} };
struct AssignStmt : Stmt { std::vector<Expr*> targets; Expr* value = nullptr; AssignStmt() : Stmt(StmtKind::Assign) {} };
struct AugAssignStmt : Stmt { Expr* target = nullptr; Operator op; Expr* value = nullptr; AugAssignStmt() : Stmt(StmtKind::AugAssign) {} };
struct AnnAssignStmt : Stmt { Expr* target = nullptr; Expr* annotation = nullptr; Expr* value = nullptr; bool simple = false; AnnAssignStmt() : Stmt(StmtKind::AnnAssign) {} };
// AsyncFor reuses ForStmt with kind == AsyncFor.
struct ForStmt : Stmt {
    Expr* target = nullptr;
    Expr* iter = nullptr;
    std::vector<Stmt*> body;
    std::vector<Stmt*> orelse;
    explicit ForStmt(StmtKind k = StmtKind::For) : Stmt(k) {}
};
struct WhileStmt : Stmt { Expr* test = nullptr; std::vector<Stmt*> body; std::vector<Stmt*> orelse; WhileStmt() : Stmt(StmtKind::While) {} };
struct IfStmt : Stmt { Expr* test = nullptr; std::vector<Stmt*> body; std::vector<Stmt*> orelse; IfStmt() : Stmt(StmtKind::If) {} };
// AsyncWith reuses WithStmt with kind == AsyncWith.
struct WithStmt : Stmt {
    std::vector<WithItem*> items;
    std::vector<Stmt*> body;
    explicit WithStmt(StmtKind k = StmtKind::With) : Stmt(k) {}
};
// `match` is outside heapscope's subset: the parser records only the subject and position so
// the compiler can raise a clear "heapscope does not support 'match'" error.
struct MatchStmt : Stmt { Expr* subject = nullptr; MatchStmt() : Stmt(StmtKind::Match) {} };
struct RaiseStmt : Stmt { Expr* exc = nullptr; Expr* cause = nullptr; RaiseStmt() : Stmt(StmtKind::Raise) {} };
// TryStar (`except*`) reuses TryStmt with kind == TryStar.
struct TryStmt : Stmt {
    std::vector<Stmt*> body;
    std::vector<ExceptHandler*> handlers;
    std::vector<Stmt*> orelse;
    std::vector<Stmt*> finalbody;
    explicit TryStmt(StmtKind k = StmtKind::Try) : Stmt(k) {}
};
struct AssertStmt : Stmt { Expr* test = nullptr; Expr* msg = nullptr; AssertStmt() : Stmt(StmtKind::Assert) {} };
struct ImportStmt : Stmt { std::vector<Alias*> names; ImportStmt() : Stmt(StmtKind::Import) {} };
struct ImportFromStmt : Stmt { std::string module; std::vector<Alias*> names; int level = 0; ImportFromStmt() : Stmt(StmtKind::ImportFrom) {} };
struct GlobalStmt : Stmt { std::vector<std::string> names; GlobalStmt() : Stmt(StmtKind::Global) {} };
struct NonlocalStmt : Stmt { std::vector<std::string> names; NonlocalStmt() : Stmt(StmtKind::Nonlocal) {} };
struct ExprStmt : Stmt { Expr* value = nullptr; ExprStmt() : Stmt(StmtKind::Expr) {} };
struct PassStmt : Stmt { PassStmt() : Stmt(StmtKind::Pass) {} };
struct BreakStmt : Stmt { BreakStmt() : Stmt(StmtKind::Break) {} };
struct ContinueStmt : Stmt { ContinueStmt() : Stmt(StmtKind::Continue) {} };

// ---- Ownership ----------------------------------------------------------------------------

// Owns every node of one parse. Nodes are destroyed with the arena.
class Arena {
public:
    template <typename T, typename... Args> T* make(Args&&... args) {
        auto node = std::make_unique<Holder<T>>(std::forward<Args>(args)...);
        T* raw = &node->value;
        m_nodes.push_back(std::move(node));
        return raw;
    }

private:
    struct HolderBase { virtual ~HolderBase() = default; };
    template <typename T> struct Holder : HolderBase {
        template <typename... Args> explicit Holder(Args&&... args) : value(std::forward<Args>(args)...) {}
        T value;
    };
    std::vector<std::unique_ptr<HolderBase>> m_nodes;
};

struct Module {
    std::vector<Stmt*> body;
    std::unique_ptr<Arena> arena = std::make_unique<Arena>();
};

} // namespace hs::ast

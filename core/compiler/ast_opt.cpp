// Constant folding on the compiler's copy of the tree (CPython 3.11's Python/ast_opt.c).
//
// It changes what the program allocates, so it must match CPython exactly: `2 ** 100` and
// `"a" * 3` become constants, `(1, 2)` is one constant tuple, `x in [1, 2]` tests a constant
// tuple and `x in {1, 2}` a constant frozenset, `for x in [1, 2]` iterates a tuple, and
// `"%s" % (x,)` becomes an f-string.
#include "compiler/ast_opt.h"
#include "compiler/ast_util.h"
#include "compiler/constant.h"

namespace hs::compiler {

using namespace ast;

namespace {

class Folder {
  public:
    Folder(Arena& arena, std::vector<Constant>& ast_constants) : m_arena(arena), m_ast_constants(ast_constants) {}

    void body(std::vector<Stmt*>& stmts) {
        bool had_docstring = docstring_of(stmts) != nullptr;
        for (Stmt* s : stmts)
            stmt(s);
        // A string folded from an expression must not become a docstring: wrap it in an f-string.
        if (!had_docstring && docstring_of(stmts)) {
            auto* st = as<ExprStmt>(stmts[0]);
            auto* joined = m_arena.make<JoinedStrExpr>();
            joined->pos = st->pos;
            joined->values.push_back(st->value);
            st->value = joined;
        }
    }

  private:
    Arena& m_arena;
    std::vector<Constant>& m_ast_constants;

    ConstantNode* make_const(const Position& pos, Constant value) {
        auto* node = m_arena.make<ConstantNode>();
        node->pos = pos;
        if (value.kind == Constant::Kind::Str) {
            node->value.kind = ConstantValue::Kind::Str;
            node->value.text = value.text;
        }
        node->constant = std::move(value);
        m_ast_constants.push_back(node->constant);
        return node;
    }

    static bool is_const(const Expr* e) { return e->kind == ExprKind::Constant; }

    static bool has_starred(const std::vector<Expr*>& elts) {
        for (const Expr* e : elts) {
            if (e->kind == ExprKind::Starred) return true;
        }
        return false;
    }

    // A tuple constant of the elements when they are all constants.
    static bool const_tuple(const std::vector<Expr*>& elts, Constant& out) {
        std::vector<Constant> items;
        for (const Expr* e : elts) {
            if (!is_const(e)) return false;
            items.push_back(constant_of(e));
        }
        out = make_tuple(std::move(items));
        return true;
    }

    void seq(std::vector<Expr*>& exprs) {
        for (Expr*& e : exprs) {
            if (e) expr(e);
        }
    }
    void stmts(std::vector<Stmt*>& list) {
        for (Stmt* s : list)
            stmt(s);
    }
    void opt(Expr*& e) {
        if (e) expr(e);
    }

    void arguments(Arguments* a) {
        for (auto* list : {&a->posonlyargs, &a->args, &a->kwonlyargs}) {
            for (Arg* arg : *list)
                opt(arg->annotation);
        }
        if (a->vararg) opt(a->vararg->annotation);
        seq(a->kw_defaults);
        if (a->kwarg) opt(a->kwarg->annotation);
        seq(a->defaults);
    }

    void comprehension(Comprehension* c) {
        expr(c->target);
        expr(c->iter);
        seq(c->ifs);
        fold_iter(c->iter);
    }

    void expr(Expr*& e) {
        switch (e->kind) {
        case ExprKind::BoolOp:
            seq(as<BoolOpExpr>(e)->values);
            break;
        case ExprKind::BinOp: {
            auto* b = as<BinOpExpr>(e);
            expr(b->left);
            expr(b->right);
            fold_binop(e);
            break;
        }
        case ExprKind::UnaryOp:
            expr(as<UnaryOpExpr>(e)->operand);
            fold_unaryop(e);
            break;
        case ExprKind::Lambda:
            arguments(as<LambdaExpr>(e)->args);
            expr(as<LambdaExpr>(e)->body);
            break;
        case ExprKind::IfExp: {
            auto* i = as<IfExpExpr>(e);
            expr(i->test);
            expr(i->body);
            expr(i->orelse);
            break;
        }
        case ExprKind::Dict:
            seq(as<DictExpr>(e)->keys);
            seq(as<DictExpr>(e)->values);
            break;
        case ExprKind::Set:
            seq(as<SetExpr>(e)->elts);
            break;
        case ExprKind::ListComp:
            expr(as<ListCompExpr>(e)->elt);
            for (Comprehension* c : as<ListCompExpr>(e)->generators)
                comprehension(c);
            break;
        case ExprKind::SetComp:
            expr(as<SetCompExpr>(e)->elt);
            for (Comprehension* c : as<SetCompExpr>(e)->generators)
                comprehension(c);
            break;
        case ExprKind::DictComp:
            expr(as<DictCompExpr>(e)->key);
            expr(as<DictCompExpr>(e)->value);
            for (Comprehension* c : as<DictCompExpr>(e)->generators)
                comprehension(c);
            break;
        case ExprKind::GeneratorExp:
            expr(as<GeneratorExpExpr>(e)->elt);
            for (Comprehension* c : as<GeneratorExpExpr>(e)->generators)
                comprehension(c);
            break;
        case ExprKind::Await:
            expr(as<AwaitExpr>(e)->value);
            break;
        case ExprKind::Yield:
            opt(as<YieldExpr>(e)->value);
            break;
        case ExprKind::YieldFrom:
            expr(as<YieldFromExpr>(e)->value);
            break;
        case ExprKind::Compare: {
            auto* c = as<CompareExpr>(e);
            expr(c->left);
            seq(c->comparators);
            // `x in [1, 2]` tests a tuple, `x in {1, 2}` a frozenset.
            CmpOperator op = c->ops.back();
            if (op == CmpOperator::In || op == CmpOperator::NotIn) fold_iter(c->comparators.back());
            break;
        }
        case ExprKind::Call: {
            auto* c = as<CallExpr>(e);
            expr(c->func);
            seq(c->args);
            for (Keyword* k : c->keywords)
                expr(k->value);
            break;
        }
        case ExprKind::FormattedValue:
            expr(as<FormattedValueExpr>(e)->value);
            opt(as<FormattedValueExpr>(e)->format_spec);
            break;
        case ExprKind::JoinedStr:
            seq(as<JoinedStrExpr>(e)->values);
            break;
        case ExprKind::Attribute:
            expr(as<AttributeExpr>(e)->value);
            break;
        case ExprKind::Subscript:
            expr(as<SubscriptExpr>(e)->value);
            expr(as<SubscriptExpr>(e)->slice);
            fold_subscript_expr(e);
            break;
        case ExprKind::Starred:
            expr(as<StarredExpr>(e)->value);
            break;
        case ExprKind::Slice: {
            auto* s = as<SliceExpr>(e);
            opt(s->lower);
            opt(s->upper);
            opt(s->step);
            break;
        }
        case ExprKind::List:
            seq(as<ListExpr>(e)->elts);
            break;
        case ExprKind::Tuple:
            seq(as<TupleExpr>(e)->elts);
            fold_tuple(e);
            break;
        case ExprKind::Name:
            if (as<NameExpr>(e)->ctx == ExprContext::Load && as<NameExpr>(e)->id == "__debug__") {
                e = make_const(e->pos, make_bool(true));
            }
            break;
        case ExprKind::NamedExpr:
            expr(as<NamedExprExpr>(e)->value);
            break;
        case ExprKind::Constant:
            break;
        }
    }

    // The folding steps are kept out of line: expr() recurses once per nesting level (up to
    // 3000), so its frame must stay small, and Constant locals are large (far larger still in
    // sanitizer builds, which put a guard zone around each).
    [[gnu::noinline]] void fold_subscript_expr(Expr*& e) {
        auto* s = as<SubscriptExpr>(e);
        Constant result;
        if (s->ctx == ExprContext::Load && is_const(s->value) && is_const(s->slice) &&
            fold_subscript(constant_of(s->value), constant_of(s->slice), result)) {
            e = make_const(e->pos, std::move(result));
        }
    }

    [[gnu::noinline]] void fold_tuple(Expr*& e) {
        auto* t = as<TupleExpr>(e);
        Constant tuple;
        if (t->ctx == ExprContext::Load && const_tuple(t->elts, tuple)) e = make_const(e->pos, std::move(tuple));
    }

    [[gnu::noinline]] void fold_unaryop(Expr*& e) {
        auto* u = as<UnaryOpExpr>(e);
        Expr* arg = u->operand;
        if (!is_const(arg)) {
            // `not (a is b)` becomes `a is not b`; likewise for `in`. The other comparisons
            // cannot be inverted safely (NaN, sets).
            if (u->op == UnaryOperator::Not && arg->kind == ExprKind::Compare &&
                as<CompareExpr>(arg)->ops.size() == 1) {
                CmpOperator& op = as<CompareExpr>(arg)->ops[0];
                switch (op) {
                case CmpOperator::Is:
                    op = CmpOperator::IsNot;
                    break;
                case CmpOperator::IsNot:
                    op = CmpOperator::Is;
                    break;
                case CmpOperator::In:
                    op = CmpOperator::NotIn;
                    break;
                case CmpOperator::NotIn:
                    op = CmpOperator::In;
                    break;
                default:
                    return;
                }
                e = arg; // CPython copies the comparison over the `not` node, position included
            }
            return;
        }
        Constant result;
        if (fold_unary(u->op, constant_of(arg), result)) e = make_const(e->pos, std::move(result));
    }

    [[gnu::noinline]] void fold_binop(Expr*& e) {
        auto* b = as<BinOpExpr>(e);
        if (!is_const(b->left)) return;
        const Constant& lv = constant_of(b->left);
        if (b->op == Operator::Mod && b->right->kind == ExprKind::Tuple && lv.kind == Constant::Kind::Str &&
            !has_starred(as<TupleExpr>(b->right)->elts)) {
            optimize_format(e, lv.text, as<TupleExpr>(b->right)->elts);
            return;
        }
        if (!is_const(b->right)) return;
        Constant result;
        if (fold_binary(b->op, lv, constant_of(b->right), result)) e = make_const(e->pos, std::move(result));
    }

    // A list display iterated or tested with `in` becomes a tuple (a constant one when it
    // can); a set display of constants becomes a frozenset.
    [[gnu::noinline]] void fold_iter(Expr*& arg) {
        if (arg->kind == ExprKind::List) {
            auto* list = as<ListExpr>(arg);
            if (has_starred(list->elts)) return;
            auto* tuple = m_arena.make<TupleExpr>();
            tuple->pos = list->pos;
            tuple->elts = list->elts;
            tuple->ctx = list->ctx;
            arg = tuple;
            Constant value;
            if (const_tuple(tuple->elts, value)) arg = make_const(arg->pos, std::move(value));
        } else if (arg->kind == ExprKind::Set) {
            Constant value;
            if (!const_tuple(as<SetExpr>(arg)->elts, value)) return;
            Constant set;
            set.kind = Constant::Kind::FrozenSet;
            for (Constant& item : value.items) {
                bool seen = false;
                for (const Constant& have : set.items)
                    seen = seen || constant_equal(have, item);
                if (!seen) set.items.push_back(std::move(item));
            }
            arg = make_const(arg->pos, std::move(set));
        }
    }

    // ---- "%s" % (args,) -> f-string (optimize_format) --------------------------------

    // The string pieces of a folded format carry no position, as in CPython.
    ConstantNode* literal_node(std::string text) {
        return make_const(Position{-1, -1, -1, -1}, make_str(std::move(text)));
    }

    // Literal text up to the next lone '%', with "%%" turned into "%".
    static bool parse_literal(const std::string& fmt, size_t& pos, std::string& out) {
        size_t start = pos;
        out.clear();
        while (pos < fmt.size()) {
            if (fmt[pos] != '%') {
                out += fmt[pos++];
            } else if (pos + 1 < fmt.size() && fmt[pos + 1] == '%') {
                out += '%';
                pos += 2;
            } else {
                break;
            }
        }
        return pos != start;
    }

    // One conversion: [flags][width][.precision](s|r|a) with at most 2 digits each.
    Expr* parse_format(const std::string& fmt, size_t& pos, Expr* arg) {
        size_t p = pos;
        auto next = [&](char& ch) {
            if (p >= fmt.size()) return false;
            ch = fmt[p++];
            return true;
        };
        char ch;
        bool ljust = false;
        while (true) {
            if (!next(ch)) return nullptr;
            if (ch == '-') {
                ljust = true;
                continue;
            }
            if (ch == '+' || ch == ' ' || ch == '#' || ch == '0') continue;
            break;
        }
        int width = -1, prec = -1;
        if (ch >= '0' && ch <= '9') {
            width = 0;
            int digits = 0;
            while (ch >= '0' && ch <= '9') {
                width = width * 10 + (ch - '0');
                if (!next(ch)) return nullptr;
                if (++digits >= 3) return nullptr;
            }
        }
        if (ch == '.') {
            if (!next(ch)) return nullptr;
            prec = 0;
            if (ch >= '0' && ch <= '9') {
                int digits = 0;
                while (ch >= '0' && ch <= '9') {
                    prec = prec * 10 + (ch - '0');
                    if (!next(ch)) return nullptr;
                    if (++digits >= 3) return nullptr;
                }
            }
        }
        if (ch != 's' && ch != 'r' && ch != 'a') return nullptr;
        pos = p;
        std::string spec;
        if (!ljust && width > 0) spec += '>';
        if (width >= 0) spec += std::to_string(width);
        if (prec >= 0) spec += '.' + std::to_string(prec);
        auto* fv = m_arena.make<FormattedValueExpr>();
        fv->pos = arg->pos;
        fv->value = arg;
        fv->conversion = ch;
        if (!spec.empty()) fv->format_spec = literal_node(spec);
        return fv;
    }

    void optimize_format(Expr*& node, const std::string& fmt, const std::vector<Expr*>& elts) {
        std::vector<Expr*> values;
        size_t pos = 0, cnt = 0;
        std::string lit;
        while (true) {
            if (parse_literal(fmt, pos, lit)) values.push_back(literal_node(lit));
            if (pos >= fmt.size()) break;
            if (cnt >= elts.size()) return; // more format units than items
            ++pos;
            Expr* formatted = parse_format(fmt, pos, elts[cnt]);
            ++cnt;
            if (!formatted) return;
            values.push_back(formatted);
        }
        if (cnt < elts.size()) return; // more items than format units
        auto* joined = m_arena.make<JoinedStrExpr>();
        joined->pos = node->pos;
        joined->values = std::move(values);
        node = joined;
    }

    void stmt(Stmt* s) {
        switch (s->kind) {
        case StmtKind::FunctionDef:
        case StmtKind::AsyncFunctionDef: {
            auto* f = as<FunctionDefStmt>(s);
            arguments(f->args);
            body(f->body);
            seq(f->decorator_list);
            opt(f->returns);
            break;
        }
        case StmtKind::ClassDef: {
            auto* c = as<ClassDefStmt>(s);
            seq(c->bases);
            for (Keyword* k : c->keywords)
                expr(k->value);
            body(c->body);
            seq(c->decorator_list);
            break;
        }
        case StmtKind::Return:
            opt(as<ReturnStmt>(s)->value);
            break;
        case StmtKind::Delete:
            seq(as<DeleteStmt>(s)->targets);
            break;
        case StmtKind::Assign:
            seq(as<AssignStmt>(s)->targets);
            expr(as<AssignStmt>(s)->value);
            break;
        case StmtKind::AugAssign:
            expr(as<AugAssignStmt>(s)->target);
            expr(as<AugAssignStmt>(s)->value);
            break;
        case StmtKind::AnnAssign:
            expr(as<AnnAssignStmt>(s)->target);
            expr(as<AnnAssignStmt>(s)->annotation);
            opt(as<AnnAssignStmt>(s)->value);
            break;
        case StmtKind::For: {
            auto* f = as<ForStmt>(s);
            expr(f->target);
            expr(f->iter);
            stmts(f->body);
            stmts(f->orelse);
            fold_iter(f->iter);
            break;
        }
        case StmtKind::AsyncFor: {
            auto* f = as<ForStmt>(s);
            expr(f->target);
            expr(f->iter);
            stmts(f->body);
            stmts(f->orelse);
            break;
        }
        case StmtKind::While:
            expr(as<WhileStmt>(s)->test);
            stmts(as<WhileStmt>(s)->body);
            stmts(as<WhileStmt>(s)->orelse);
            break;
        case StmtKind::If:
            expr(as<IfStmt>(s)->test);
            stmts(as<IfStmt>(s)->body);
            stmts(as<IfStmt>(s)->orelse);
            break;
        case StmtKind::With:
        case StmtKind::AsyncWith:
            for (WithItem* item : as<WithStmt>(s)->items) {
                expr(item->context_expr);
                opt(item->optional_vars);
            }
            stmts(as<WithStmt>(s)->body);
            break;
        case StmtKind::Raise:
            opt(as<RaiseStmt>(s)->exc);
            opt(as<RaiseStmt>(s)->cause);
            break;
        case StmtKind::Try:
        case StmtKind::TryStar: {
            auto* t = as<TryStmt>(s);
            stmts(t->body);
            for (ExceptHandler* h : t->handlers) {
                opt(h->type);
                stmts(h->body);
            }
            stmts(t->orelse);
            stmts(t->finalbody);
            break;
        }
        case StmtKind::Assert:
            expr(as<AssertStmt>(s)->test);
            opt(as<AssertStmt>(s)->msg);
            break;
        case StmtKind::Expr:
            expr(as<ExprStmt>(s)->value);
            break;
        case StmtKind::Match:
            opt(as<MatchStmt>(s)->subject);
            break;
        case StmtKind::Import:
        case StmtKind::ImportFrom:
        case StmtKind::Global:
        case StmtKind::Nonlocal:
        case StmtKind::Pass:
        case StmtKind::Break:
        case StmtKind::Continue:
            break;
        }
    }
};

} // namespace

void optimize_ast(ast::Module& module, std::vector<Constant>& ast_constants) {
    Folder folder(*module.arena, ast_constants);
    folder.body(module.body);
}

} // namespace hs::compiler

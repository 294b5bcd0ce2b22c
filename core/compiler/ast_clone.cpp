// A deep copy of the parser's tree, so constant folding can rewrite it (see ast_opt.h).
#include "compiler/ast_opt.h"
#include "compiler/ast_util.h"
#include "compiler/constant.h"

namespace hs::compiler {

using namespace ast;

namespace {

class Cloner {
  public:
    Cloner(Arena& arena, std::vector<Constant>& ast_constants) : m_arena(arena), m_ast_constants(ast_constants) {}

    template <typename T> std::vector<T*> seq(const std::vector<T*>& in) {
        std::vector<T*> out;
        out.reserve(in.size());
        for (T* x : in)
            out.push_back(x ? copy(x) : nullptr);
        return out;
    }

    // CPython limits the nesting of statements and expressions during compilation (3 * the
    // recursion limit); deeper trees are replaced by placeholders and reported.
    Expr* copy(const Expr* e) {
        if (++m_depth > kMaxDepth) {
            --m_depth;
            m_too_deep = true;
            return m_arena.make<ConstantNode>();
        }
        Expr* out = copy_expr(e);
        out->pos = e->pos;
        --m_depth;
        return out;
    }

    Stmt* copy(const Stmt* s) {
        if (++m_depth > kMaxDepth) {
            --m_depth;
            m_too_deep = true;
            return m_arena.make<PassStmt>();
        }
        Stmt* out = copy_stmt(s);
        out->pos = s->pos;
        --m_depth;
        return out;
    }

    bool too_deep() const { return m_too_deep; }

    Arg* copy(const Arg* a) {
        Arg* out = m_arena.make<Arg>();
        out->arg = a->arg;
        out->annotation = opt(a->annotation);
        out->pos = a->pos;
        return out;
    }

    Keyword* copy(const Keyword* k) {
        Keyword* out = m_arena.make<Keyword>();
        out->arg = k->arg;
        out->value = copy(k->value);
        out->pos = k->pos;
        return out;
    }

    Alias* copy(const Alias* a) { return m_arena.make<Alias>(*a); }

    Comprehension* copy(const Comprehension* c) {
        Comprehension* out = m_arena.make<Comprehension>();
        out->target = copy(c->target);
        out->iter = copy(c->iter);
        out->ifs = seq(c->ifs);
        out->is_async = c->is_async;
        return out;
    }

    WithItem* copy(const WithItem* w) {
        WithItem* out = m_arena.make<WithItem>();
        out->context_expr = copy(w->context_expr);
        out->optional_vars = opt(w->optional_vars);
        return out;
    }

    ExceptHandler* copy(const ExceptHandler* h) {
        ExceptHandler* out = m_arena.make<ExceptHandler>();
        out->type = opt(h->type);
        out->name = h->name;
        out->body = seq(h->body);
        out->pos = h->pos;
        return out;
    }

    Arguments* copy(const Arguments* a) {
        Arguments* out = m_arena.make<Arguments>();
        out->posonlyargs = seq(a->posonlyargs);
        out->args = seq(a->args);
        out->vararg = a->vararg ? copy(a->vararg) : nullptr;
        out->kwonlyargs = seq(a->kwonlyargs);
        out->kw_defaults = seq(a->kw_defaults);
        out->kwarg = a->kwarg ? copy(a->kwarg) : nullptr;
        out->defaults = seq(a->defaults);
        return out;
    }

  private:
    static constexpr int kMaxDepth = 3000;
    Arena& m_arena;
    std::vector<Constant>& m_ast_constants;
    int m_depth = 0;
    bool m_too_deep = false;

    Expr* opt(const Expr* e) { return e ? copy(e) : nullptr; }

    Expr* copy_expr(const Expr* e) {
        switch (e->kind) {
        case ExprKind::BoolOp: {
            auto* in = as<BoolOpExpr>(e);
            auto* out = m_arena.make<BoolOpExpr>();
            out->op = in->op;
            out->values = seq(in->values);
            return out;
        }
        case ExprKind::NamedExpr: {
            auto* in = as<NamedExprExpr>(e);
            auto* out = m_arena.make<NamedExprExpr>();
            out->target = copy(in->target);
            out->value = copy(in->value);
            return out;
        }
        case ExprKind::BinOp: {
            auto* in = as<BinOpExpr>(e);
            auto* out = m_arena.make<BinOpExpr>();
            out->left = copy(in->left);
            out->op = in->op;
            out->right = copy(in->right);
            return out;
        }
        case ExprKind::UnaryOp: {
            auto* in = as<UnaryOpExpr>(e);
            auto* out = m_arena.make<UnaryOpExpr>();
            out->op = in->op;
            out->operand = copy(in->operand);
            return out;
        }
        case ExprKind::Lambda: {
            auto* in = as<LambdaExpr>(e);
            auto* out = m_arena.make<LambdaExpr>();
            out->args = copy(in->args);
            out->body = copy(in->body);
            return out;
        }
        case ExprKind::IfExp: {
            auto* in = as<IfExpExpr>(e);
            auto* out = m_arena.make<IfExpExpr>();
            out->test = copy(in->test);
            out->body = copy(in->body);
            out->orelse = copy(in->orelse);
            return out;
        }
        case ExprKind::Dict: {
            auto* in = as<DictExpr>(e);
            auto* out = m_arena.make<DictExpr>();
            out->keys = seq(in->keys);
            out->values = seq(in->values);
            return out;
        }
        case ExprKind::Set: {
            auto* out = m_arena.make<SetExpr>();
            out->elts = seq(as<SetExpr>(e)->elts);
            return out;
        }
        case ExprKind::ListComp: {
            auto* in = as<ListCompExpr>(e);
            auto* out = m_arena.make<ListCompExpr>();
            out->elt = copy(in->elt);
            out->generators = seq(in->generators);
            return out;
        }
        case ExprKind::SetComp: {
            auto* in = as<SetCompExpr>(e);
            auto* out = m_arena.make<SetCompExpr>();
            out->elt = copy(in->elt);
            out->generators = seq(in->generators);
            return out;
        }
        case ExprKind::DictComp: {
            auto* in = as<DictCompExpr>(e);
            auto* out = m_arena.make<DictCompExpr>();
            out->key = copy(in->key);
            out->value = copy(in->value);
            out->generators = seq(in->generators);
            return out;
        }
        case ExprKind::GeneratorExp: {
            auto* in = as<GeneratorExpExpr>(e);
            auto* out = m_arena.make<GeneratorExpExpr>();
            out->elt = copy(in->elt);
            out->generators = seq(in->generators);
            return out;
        }
        case ExprKind::Await: {
            auto* out = m_arena.make<AwaitExpr>();
            out->value = copy(as<AwaitExpr>(e)->value);
            return out;
        }
        case ExprKind::Yield: {
            auto* out = m_arena.make<YieldExpr>();
            out->value = opt(as<YieldExpr>(e)->value);
            return out;
        }
        case ExprKind::YieldFrom: {
            auto* out = m_arena.make<YieldFromExpr>();
            out->value = copy(as<YieldFromExpr>(e)->value);
            return out;
        }
        case ExprKind::Compare: {
            auto* in = as<CompareExpr>(e);
            auto* out = m_arena.make<CompareExpr>();
            out->left = copy(in->left);
            out->ops = in->ops;
            out->comparators = seq(in->comparators);
            return out;
        }
        case ExprKind::Call: {
            auto* in = as<CallExpr>(e);
            auto* out = m_arena.make<CallExpr>();
            out->func = copy(in->func);
            out->args = seq(in->args);
            out->keywords = seq(in->keywords);
            return out;
        }
        case ExprKind::FormattedValue: {
            auto* in = as<FormattedValueExpr>(e);
            auto* out = m_arena.make<FormattedValueExpr>();
            out->value = copy(in->value);
            out->conversion = in->conversion;
            out->format_spec = opt(in->format_spec);
            return out;
        }
        case ExprKind::JoinedStr: {
            auto* out = m_arena.make<JoinedStrExpr>();
            out->values = seq(as<JoinedStrExpr>(e)->values);
            return out;
        }
        case ExprKind::Constant: {
            auto* in = as<ConstantExpr>(e);
            auto* out = m_arena.make<ConstantNode>();
            out->value = in->value;
            out->constant = constant_from_ast(in->value);
            m_ast_constants.push_back(out->constant);
            return out;
        }
        case ExprKind::Attribute: {
            auto* in = as<AttributeExpr>(e);
            auto* out = m_arena.make<AttributeExpr>();
            out->value = copy(in->value);
            out->attr = in->attr;
            out->ctx = in->ctx;
            return out;
        }
        case ExprKind::Subscript: {
            auto* in = as<SubscriptExpr>(e);
            auto* out = m_arena.make<SubscriptExpr>();
            out->value = copy(in->value);
            out->slice = copy(in->slice);
            out->ctx = in->ctx;
            return out;
        }
        case ExprKind::Starred: {
            auto* in = as<StarredExpr>(e);
            auto* out = m_arena.make<StarredExpr>();
            out->value = copy(in->value);
            out->ctx = in->ctx;
            return out;
        }
        case ExprKind::Name: {
            auto* in = as<NameExpr>(e);
            auto* out = m_arena.make<NameExpr>();
            out->id = in->id;
            out->ctx = in->ctx;
            return out;
        }
        case ExprKind::List: {
            auto* in = as<ListExpr>(e);
            auto* out = m_arena.make<ListExpr>();
            out->elts = seq(in->elts);
            out->ctx = in->ctx;
            return out;
        }
        case ExprKind::Tuple: {
            auto* in = as<TupleExpr>(e);
            auto* out = m_arena.make<TupleExpr>();
            out->elts = seq(in->elts);
            out->ctx = in->ctx;
            return out;
        }
        case ExprKind::Slice: {
            auto* in = as<SliceExpr>(e);
            auto* out = m_arena.make<SliceExpr>();
            out->lower = opt(in->lower);
            out->upper = opt(in->upper);
            out->step = opt(in->step);
            return out;
        }
        }
        return nullptr;
    }

    Stmt* copy_stmt(const Stmt* s) {
        switch (s->kind) {
        case StmtKind::FunctionDef:
        case StmtKind::AsyncFunctionDef: {
            auto* in = as<FunctionDefStmt>(s);
            auto* out = m_arena.make<FunctionDefStmt>(s->kind);
            out->name = in->name;
            out->args = copy(in->args);
            out->body = seq(in->body);
            out->decorator_list = seq(in->decorator_list);
            out->returns = opt(in->returns);
            return out;
        }
        case StmtKind::ClassDef: {
            auto* in = as<ClassDefStmt>(s);
            auto* out = m_arena.make<ClassDefStmt>();
            out->name = in->name;
            out->bases = seq(in->bases);
            out->keywords = seq(in->keywords);
            out->body = seq(in->body);
            out->decorator_list = seq(in->decorator_list);
            return out;
        }
        case StmtKind::Return: {
            auto* out = m_arena.make<ReturnStmt>();
            out->value = opt(as<ReturnStmt>(s)->value);
            return out;
        }
        case StmtKind::Delete: {
            auto* out = m_arena.make<DeleteStmt>();
            out->targets = seq(as<DeleteStmt>(s)->targets);
            return out;
        }
        case StmtKind::Assign: {
            auto* in = as<AssignStmt>(s);
            auto* out = m_arena.make<AssignStmt>();
            out->targets = seq(in->targets);
            out->value = copy(in->value);
            return out;
        }
        case StmtKind::AugAssign: {
            auto* in = as<AugAssignStmt>(s);
            auto* out = m_arena.make<AugAssignStmt>();
            out->target = copy(in->target);
            out->op = in->op;
            out->value = copy(in->value);
            return out;
        }
        case StmtKind::AnnAssign: {
            auto* in = as<AnnAssignStmt>(s);
            auto* out = m_arena.make<AnnAssignStmt>();
            out->target = copy(in->target);
            out->annotation = copy(in->annotation);
            out->value = opt(in->value);
            out->simple = in->simple;
            return out;
        }
        case StmtKind::For:
        case StmtKind::AsyncFor: {
            auto* in = as<ForStmt>(s);
            auto* out = m_arena.make<ForStmt>(s->kind);
            out->target = copy(in->target);
            out->iter = copy(in->iter);
            out->body = seq(in->body);
            out->orelse = seq(in->orelse);
            return out;
        }
        case StmtKind::While: {
            auto* in = as<WhileStmt>(s);
            auto* out = m_arena.make<WhileStmt>();
            out->test = copy(in->test);
            out->body = seq(in->body);
            out->orelse = seq(in->orelse);
            return out;
        }
        case StmtKind::If: {
            auto* in = as<IfStmt>(s);
            auto* out = m_arena.make<IfStmt>();
            out->test = copy(in->test);
            out->body = seq(in->body);
            out->orelse = seq(in->orelse);
            return out;
        }
        case StmtKind::With:
        case StmtKind::AsyncWith: {
            auto* in = as<WithStmt>(s);
            auto* out = m_arena.make<WithStmt>(s->kind);
            out->items = seq(in->items);
            out->body = seq(in->body);
            return out;
        }
        case StmtKind::Match: {
            auto* out = m_arena.make<MatchStmt>();
            out->subject = opt(as<MatchStmt>(s)->subject);
            return out;
        }
        case StmtKind::Raise: {
            auto* in = as<RaiseStmt>(s);
            auto* out = m_arena.make<RaiseStmt>();
            out->exc = opt(in->exc);
            out->cause = opt(in->cause);
            return out;
        }
        case StmtKind::Try:
        case StmtKind::TryStar: {
            auto* in = as<TryStmt>(s);
            auto* out = m_arena.make<TryStmt>(s->kind);
            out->body = seq(in->body);
            out->handlers = seq(in->handlers);
            out->orelse = seq(in->orelse);
            out->finalbody = seq(in->finalbody);
            return out;
        }
        case StmtKind::Assert: {
            auto* in = as<AssertStmt>(s);
            auto* out = m_arena.make<AssertStmt>();
            out->test = copy(in->test);
            out->msg = opt(in->msg);
            return out;
        }
        case StmtKind::Import: {
            auto* out = m_arena.make<ImportStmt>();
            out->names = seq(as<ImportStmt>(s)->names);
            return out;
        }
        case StmtKind::ImportFrom: {
            auto* in = as<ImportFromStmt>(s);
            auto* out = m_arena.make<ImportFromStmt>();
            out->module = in->module;
            out->names = seq(in->names);
            out->level = in->level;
            return out;
        }
        case StmtKind::Global: {
            auto* out = m_arena.make<GlobalStmt>();
            out->names = as<GlobalStmt>(s)->names;
            return out;
        }
        case StmtKind::Nonlocal: {
            auto* out = m_arena.make<NonlocalStmt>();
            out->names = as<NonlocalStmt>(s)->names;
            return out;
        }
        case StmtKind::Expr: {
            auto* out = m_arena.make<ExprStmt>();
            out->value = copy(as<ExprStmt>(s)->value);
            return out;
        }
        case StmtKind::Pass:
            return m_arena.make<PassStmt>();
        case StmtKind::Break:
            return m_arena.make<BreakStmt>();
        case StmtKind::Continue:
            return m_arena.make<ContinueStmt>();
        }
        return nullptr;
    }
};

} // namespace

ast::Module clone_module(const ast::Module& module, bool& too_deep, std::vector<Constant>& ast_constants) {
    ast::Module out;
    Cloner cloner(*out.arena, ast_constants);
    out.body = cloner.seq(module.body);
    too_deep = cloner.too_deep();
    return out;
}

} // namespace hs::compiler

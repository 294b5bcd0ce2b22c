// The first symbol-table pass: walk the AST and record, per block, how each name is used
// (symtable_visit_* in CPython's symtable.c). Scopes are decided later by analyze_symtable().
#include "compiler/ast_util.h"
#include "compiler/symtable.h"

namespace hs::compiler {

using namespace ast;

namespace {

const char* const kDuplicateArgument = "duplicate argument '%s' in function definition";

std::string format_name(const char* fmt, const std::string& name) {
    std::string out;
    for (const char* p = fmt; *p; ++p) {
        if (p[0] == '%' && p[1] == 's') {
            out += name;
            ++p;
        } else {
            out += *p;
        }
    }
    return out;
}

} // namespace

long SymbolMap::get(const std::string& name) const {
    auto it = m_index.find(name);
    return it == m_index.end() ? 0 : m_items[it->second].second;
}

void SymbolMap::set(const std::string& name, long flags) {
    auto it = m_index.find(name);
    if (it != m_index.end()) {
        m_items[it->second].second = flags;
        return;
    }
    m_index.emplace(name, m_items.size());
    m_items.emplace_back(name, flags);
}

std::string mangle(const std::string* private_name, const std::string& name) {
    // Only `__x` names inside a class are mangled; `__x__` and dotted names are not.
    if (!private_name || name.size() < 2 || name[0] != '_' || name[1] != '_') return name;
    if ((name.size() >= 2 && name[name.size() - 1] == '_' && name[name.size() - 2] == '_') ||
        name.find('.') != std::string::npos)
        return name;
    size_t skip = 0;
    while (skip < private_name->size() && (*private_name)[skip] == '_')
        ++skip;
    if (skip == private_name->size()) return name;
    return "_" + private_name->substr(skip) + name;
}

SymbolTableEntry* SymbolTable::lookup(const void* key) const {
    auto it = m_blocks.find(key);
    return it == m_blocks.end() ? nullptr : it->second;
}

// The visitor state of the first pass (struct symtable).
class SymtableBuilder {
  public:
    SymtableBuilder(SymbolTable& table, std::optional<SymtableError>& error)
        : m_table(table), m_error(error) {}

    bool build(const Module& module) {
        enter_block("top", BlockType::Module, &module, Position{});
        m_table.m_top = m_cur;
        for (Stmt* s : module.body) {
            if (!visit_stmt(s)) return false;
        }
        exit_block();
        return true;
    }

  private:
    SymbolTable& m_table;
    std::optional<SymtableError>& m_error;
    std::vector<SymbolTableEntry*> m_stack;
    SymbolTableEntry* m_cur = nullptr;
    SymbolMap* m_global = nullptr;
    const std::string* m_private = nullptr;

    bool fail(std::string message, const Position& pos) {
        m_error = SymtableError{std::move(message), pos.lineno, pos.col_offset + 1, pos.end_lineno,
                                pos.end_col_offset + 1};
        return false;
    }

    void enter_block(const std::string& name, BlockType type, const void* key, const Position& pos) {
        auto entry = std::make_unique<SymbolTableEntry>();
        SymbolTableEntry* ste = entry.get();
        ste->name = name;
        ste->type = type;
        ste->key = key;
        ste->pos = pos;
        SymbolTableEntry* prev = m_cur;
        if (prev && (prev->nested || prev->type == BlockType::Function)) ste->nested = true;
        // bpo-37757: the outermost iterator of a comprehension forbids walrus all the way down.
        if (prev) ste->comp_iter_expr = prev->comp_iter_expr;
        m_table.m_entries.push_back(std::move(entry));
        m_table.m_blocks[key] = ste;
        m_stack.push_back(ste);
        m_cur = ste;
        if (type == BlockType::Module) m_global = &ste->symbols;
        if (prev) prev->children.push_back(ste);
    }

    void exit_block() {
        m_stack.pop_back();
        m_cur = m_stack.empty() ? nullptr : m_stack.back();
    }

    long lookup_entry(const SymbolTableEntry* ste, const std::string& name) const {
        return ste->symbol(mangle(m_private, name));
    }
    long lookup(const std::string& name) const { return lookup_entry(m_cur, name); }

    bool add_def_helper(const std::string& name, long flag, SymbolTableEntry* ste, const Position& pos) {
        std::string mangled = mangle(m_private, name);
        long val;
        if (ste->symbols.contains(mangled)) {
            val = ste->symbols.get(mangled);
            if ((flag & DEF_PARAM) && (val & DEF_PARAM))
                return fail(format_name(kDuplicateArgument, name), pos);
            val |= flag;
        } else {
            val = flag;
        }
        if (ste->comp_iter_target) {
            // An iteration variable of a comprehension: conflicts with walrus targets.
            if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
                return fail(format_name("comprehension inner loop cannot rebind assignment expression "
                                        "target '%s'",
                                        name),
                            pos);
            }
            val |= DEF_COMP_ITER;
        }
        ste->symbols.set(mangled, val);
        if (flag & DEF_PARAM) {
            ste->varnames.push_back(mangled);
        } else if (flag & DEF_GLOBAL) {
            m_global->set(mangled, flag | m_global->get(mangled));
        }
        return true;
    }

    bool add_def(const std::string& name, long flag, const Position& pos) {
        return add_def_helper(name, flag, m_cur, pos);
    }

    void record_directive(const std::string& name, const Position& pos) {
        m_cur->directives.push_back(Directive{mangle(m_private, name), pos});
    }

    template <typename T> bool visit_exprs(const std::vector<T*>& seq) {
        for (T* e : seq) {
            if (e && !visit_expr(e)) return false;
        }
        return true;
    }
    bool visit_stmts(const std::vector<Stmt*>& seq) {
        for (Stmt* s : seq) {
            if (!visit_stmt(s)) return false;
        }
        return true;
    }

    bool visit_function(const FunctionDefStmt* s) {
        if (!add_def(s->name, DEF_LOCAL, s->pos)) return false;
        if (!visit_exprs(s->args->defaults) || !visit_exprs(s->args->kw_defaults)) return false;
        if (!visit_annotations(s->args, s->returns)) return false;
        if (!visit_exprs(s->decorator_list)) return false;
        enter_block(s->name, BlockType::Function, s, s->pos);
        if (s->kind == StmtKind::AsyncFunctionDef) m_cur->coroutine = true;
        if (!visit_arguments(s->args) || !visit_stmts(s->body)) return false;
        exit_block();
        return true;
    }

    bool visit_stmt(const Stmt* s) {
        switch (s->kind) {
        case StmtKind::FunctionDef:
        case StmtKind::AsyncFunctionDef:
            return visit_function(as<FunctionDefStmt>(s));
        case StmtKind::ClassDef: {
            auto* c = as<ClassDefStmt>(s);
            if (!add_def(c->name, DEF_LOCAL, c->pos)) return false;
            if (!visit_exprs(c->bases)) return false;
            for (Keyword* k : c->keywords) {
                if (!visit_expr(k->value)) return false;
            }
            if (!visit_exprs(c->decorator_list)) return false;
            enter_block(c->name, BlockType::Class, c, c->pos);
            const std::string* saved = m_private;
            m_private = &c->name;
            if (!visit_stmts(c->body)) return false;
            m_private = saved;
            exit_block();
            return true;
        }
        case StmtKind::Return: {
            auto* r = as<ReturnStmt>(s);
            if (r->value) {
                if (!visit_expr(r->value)) return false;
                m_cur->returns_value = true;
            }
            return true;
        }
        case StmtKind::Delete:
            return visit_exprs(as<DeleteStmt>(s)->targets);
        case StmtKind::Assign:
            return visit_exprs(as<AssignStmt>(s)->targets) && visit_expr(as<AssignStmt>(s)->value);
        case StmtKind::AnnAssign:
            return visit_annassign(as<AnnAssignStmt>(s));
        case StmtKind::AugAssign:
            return visit_expr(as<AugAssignStmt>(s)->target) && visit_expr(as<AugAssignStmt>(s)->value);
        case StmtKind::For:
        case StmtKind::AsyncFor: {
            auto* f = as<ForStmt>(s);
            return visit_expr(f->target) && visit_expr(f->iter) && visit_stmts(f->body) &&
                   visit_stmts(f->orelse);
        }
        case StmtKind::While: {
            auto* w = as<WhileStmt>(s);
            return visit_expr(w->test) && visit_stmts(w->body) && visit_stmts(w->orelse);
        }
        case StmtKind::If: {
            auto* i = as<IfStmt>(s);
            return visit_expr(i->test) && visit_stmts(i->body) && visit_stmts(i->orelse);
        }
        case StmtKind::Match:
            return !as<MatchStmt>(s)->subject || visit_expr(as<MatchStmt>(s)->subject);
        case StmtKind::Raise: {
            auto* r = as<RaiseStmt>(s);
            if (r->exc) {
                if (!visit_expr(r->exc)) return false;
                if (r->cause && !visit_expr(r->cause)) return false;
            }
            return true;
        }
        case StmtKind::Try:
        case StmtKind::TryStar: {
            auto* t = as<TryStmt>(s);
            if (!visit_stmts(t->body) || !visit_stmts(t->orelse)) return false;
            for (ExceptHandler* h : t->handlers) {
                if (h->type && !visit_expr(h->type)) return false;
                if (!h->name.empty() && !add_def(h->name, DEF_LOCAL, h->pos)) return false;
                if (!visit_stmts(h->body)) return false;
            }
            return visit_stmts(t->finalbody);
        }
        case StmtKind::Assert: {
            auto* a = as<AssertStmt>(s);
            return visit_expr(a->test) && (!a->msg || visit_expr(a->msg));
        }
        case StmtKind::Import:
            for (Alias* a : as<ImportStmt>(s)->names) {
                if (!visit_alias(a)) return false;
            }
            return true;
        case StmtKind::ImportFrom:
            for (Alias* a : as<ImportFromStmt>(s)->names) {
                if (!visit_alias(a)) return false;
            }
            return true;
        case StmtKind::Global:
            return visit_declaration(s, as<GlobalStmt>(s)->names, DEF_GLOBAL);
        case StmtKind::Nonlocal:
            return visit_declaration(s, as<NonlocalStmt>(s)->names, DEF_NONLOCAL);
        case StmtKind::Expr:
            return visit_expr(as<ExprStmt>(s)->value);
        case StmtKind::Pass:
        case StmtKind::Break:
        case StmtKind::Continue:
            return true;
        case StmtKind::With:
        case StmtKind::AsyncWith: {
            auto* w = as<WithStmt>(s);
            for (WithItem* item : w->items) {
                if (!visit_expr(item->context_expr)) return false;
                if (item->optional_vars && !visit_expr(item->optional_vars)) return false;
            }
            return visit_stmts(w->body);
        }
        }
        return true;
    }

    bool visit_annassign(const AnnAssignStmt* s) {
        if (s->target->kind == ExprKind::Name) {
            auto* name = as<NameExpr>(s->target);
            long cur = lookup(name->id);
            if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && &m_cur->symbols != m_global && s->simple) {
                const char* msg = (cur & DEF_GLOBAL) ? "annotated name '%s' can't be global"
                                                     : "annotated name '%s' can't be nonlocal";
                return fail(format_name(msg, name->id), s->pos);
            }
            if (s->simple) {
                if (!add_def(name->id, DEF_ANNOT | DEF_LOCAL, name->pos)) return false;
            } else if (s->value && !add_def(name->id, DEF_LOCAL, name->pos)) {
                return false;
            }
        } else if (!visit_expr(s->target)) {
            return false;
        }
        if (!visit_expr(s->annotation)) return false;
        return !s->value || visit_expr(s->value);
    }

    bool visit_declaration(const Stmt* s, const std::vector<std::string>& names, long flag) {
        bool global = flag == DEF_GLOBAL;
        for (const std::string& name : names) {
            long cur = lookup(name);
            if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
                const char* msg;
                if (cur & DEF_PARAM) {
                    msg =
                        global ? "name '%s' is parameter and global" : "name '%s' is parameter and nonlocal";
                } else if (cur & USE) {
                    msg = global ? "name '%s' is used prior to global declaration"
                                 : "name '%s' is used prior to nonlocal declaration";
                } else if (cur & DEF_ANNOT) {
                    msg = global ? "annotated name '%s' can't be global"
                                 : "annotated name '%s' can't be nonlocal";
                } else {
                    msg = global ? "name '%s' is assigned to before global declaration"
                                 : "name '%s' is assigned to before nonlocal declaration";
                }
                return fail(format_name(msg, name), s->pos);
            }
            if (!add_def(name, flag, s->pos)) return false;
            record_directive(name, s->pos);
        }
        return true;
    }

    bool visit_alias(const Alias* a) {
        // `import a.b` binds `a`.
        const std::string& name = a->asname.empty() ? a->name : a->asname;
        if (name == "*") {
            if (m_cur->type != BlockType::Module)
                return fail("import * only allowed at module level", a->pos);
            return true;
        }
        size_t dot = name.find('.');
        return add_def(dot == std::string::npos ? name : name.substr(0, dot), DEF_IMPORT, a->pos);
    }

    bool visit_annotations(const Arguments* a, const Expr* returns) {
        for (const auto* seq : {&a->posonlyargs, &a->args}) {
            for (Arg* arg : *seq) {
                if (arg->annotation && !visit_expr(arg->annotation)) return false;
            }
        }
        if (a->vararg && a->vararg->annotation && !visit_expr(a->vararg->annotation)) return false;
        if (a->kwarg && a->kwarg->annotation && !visit_expr(a->kwarg->annotation)) return false;
        for (Arg* arg : a->kwonlyargs) {
            if (arg->annotation && !visit_expr(arg->annotation)) return false;
        }
        return !returns || visit_expr(returns);
    }

    bool visit_params(const std::vector<Arg*>& args) {
        for (Arg* arg : args) {
            if (!add_def(arg->arg, DEF_PARAM, arg->pos)) return false;
        }
        return true;
    }

    bool visit_arguments(const Arguments* a) {
        if (!visit_params(a->posonlyargs) || !visit_params(a->args) || !visit_params(a->kwonlyargs))
            return false;
        if (a->vararg) {
            if (!add_def(a->vararg->arg, DEF_PARAM, a->vararg->pos)) return false;
            m_cur->varargs = true;
        }
        if (a->kwarg) {
            if (!add_def(a->kwarg->arg, DEF_PARAM, a->kwarg->pos)) return false;
            m_cur->varkeywords = true;
        }
        return true;
    }

    bool raise_if_comprehension_block(const Expr* e) {
        switch (m_cur->comprehension) {
        case ComprehensionType::List:
            return fail("'yield' inside list comprehension", e->pos);
        case ComprehensionType::Set:
            return fail("'yield' inside set comprehension", e->pos);
        case ComprehensionType::Dict:
            return fail("'yield' inside dict comprehension", e->pos);
        default:
            return fail("'yield' inside generator expression", e->pos);
        }
    }

    bool visit_expr(const Expr* e) {
        switch (e->kind) {
        case ExprKind::NamedExpr:
            return handle_namedexpr(as<NamedExprExpr>(e));
        case ExprKind::BoolOp:
            return visit_exprs(as<BoolOpExpr>(e)->values);
        case ExprKind::BinOp:
            return visit_expr(as<BinOpExpr>(e)->left) && visit_expr(as<BinOpExpr>(e)->right);
        case ExprKind::UnaryOp:
            return visit_expr(as<UnaryOpExpr>(e)->operand);
        case ExprKind::Lambda: {
            auto* l = as<LambdaExpr>(e);
            if (!visit_exprs(l->args->defaults) || !visit_exprs(l->args->kw_defaults)) return false;
            enter_block("lambda", BlockType::Function, l, l->pos);
            if (!visit_arguments(l->args) || !visit_expr(l->body)) return false;
            exit_block();
            return true;
        }
        case ExprKind::IfExp: {
            auto* i = as<IfExpExpr>(e);
            return visit_expr(i->test) && visit_expr(i->body) && visit_expr(i->orelse);
        }
        case ExprKind::Dict:
            return visit_exprs(as<DictExpr>(e)->keys) && visit_exprs(as<DictExpr>(e)->values);
        case ExprKind::Set:
            return visit_exprs(as<SetExpr>(e)->elts);
        case ExprKind::GeneratorExp: {
            auto* g = as<GeneratorExpExpr>(e);
            return handle_comprehension(e, "genexpr", g->generators, g->elt, nullptr);
        }
        case ExprKind::ListComp: {
            auto* c = as<ListCompExpr>(e);
            return handle_comprehension(e, "listcomp", c->generators, c->elt, nullptr);
        }
        case ExprKind::SetComp: {
            auto* c = as<SetCompExpr>(e);
            return handle_comprehension(e, "setcomp", c->generators, c->elt, nullptr);
        }
        case ExprKind::DictComp: {
            auto* c = as<DictCompExpr>(e);
            return handle_comprehension(e, "dictcomp", c->generators, c->key, c->value);
        }
        case ExprKind::Yield: {
            auto* y = as<YieldExpr>(e);
            if (y->value && !visit_expr(y->value)) return false;
            m_cur->generator = true;
            if (m_cur->comprehension != ComprehensionType::None) return raise_if_comprehension_block(e);
            return true;
        }
        case ExprKind::YieldFrom:
            if (!visit_expr(as<YieldFromExpr>(e)->value)) return false;
            m_cur->generator = true;
            if (m_cur->comprehension != ComprehensionType::None) return raise_if_comprehension_block(e);
            return true;
        case ExprKind::Await:
            if (!visit_expr(as<AwaitExpr>(e)->value)) return false;
            m_cur->coroutine = true;
            return true;
        case ExprKind::Compare:
            return visit_expr(as<CompareExpr>(e)->left) && visit_exprs(as<CompareExpr>(e)->comparators);
        case ExprKind::Call: {
            auto* c = as<CallExpr>(e);
            if (!visit_expr(c->func) || !visit_exprs(c->args)) return false;
            for (Keyword* k : c->keywords) {
                if (!visit_expr(k->value)) return false;
            }
            return true;
        }
        case ExprKind::FormattedValue: {
            auto* f = as<FormattedValueExpr>(e);
            return visit_expr(f->value) && (!f->format_spec || visit_expr(f->format_spec));
        }
        case ExprKind::JoinedStr:
            return visit_exprs(as<JoinedStrExpr>(e)->values);
        case ExprKind::Constant:
            return true;
        case ExprKind::Attribute:
            return visit_expr(as<AttributeExpr>(e)->value);
        case ExprKind::Subscript:
            return visit_expr(as<SubscriptExpr>(e)->value) && visit_expr(as<SubscriptExpr>(e)->slice);
        case ExprKind::Starred:
            return visit_expr(as<StarredExpr>(e)->value);
        case ExprKind::Slice: {
            auto* s = as<SliceExpr>(e);
            return (!s->lower || visit_expr(s->lower)) && (!s->upper || visit_expr(s->upper)) &&
                   (!s->step || visit_expr(s->step));
        }
        case ExprKind::Name: {
            auto* n = as<NameExpr>(e);
            if (!add_def(n->id, n->ctx == ExprContext::Load ? USE : DEF_LOCAL, n->pos)) return false;
            // super() is an implicit use of __class__.
            if (n->ctx == ExprContext::Load && m_cur->type == BlockType::Function && n->id == "super") {
                return add_def("__class__", USE, n->pos);
            }
            return true;
        }
        case ExprKind::List:
            return visit_exprs(as<ListExpr>(e)->elts);
        case ExprKind::Tuple:
            return visit_exprs(as<TupleExpr>(e)->elts);
        }
        return true;
    }

    bool handle_namedexpr(const NamedExprExpr* e) {
        if (m_cur->comp_iter_expr > 0) {
            return fail("assignment expression cannot be used in a comprehension iterable expression",
                        e->pos);
        }
        if (m_cur->comprehension != ComprehensionType::None && !extend_namedexpr_scope(e->target))
            return false;
        return visit_expr(e->value) && visit_expr(e->target);
    }

    // A walrus inside a comprehension binds in the enclosing function or module.
    bool extend_namedexpr_scope(const Expr* target) {
        const std::string& name = as<NameExpr>(target)->id;
        for (size_t i = m_stack.size(); i-- > 0;) {
            SymbolTableEntry* ste = m_stack[i];
            if (ste->comprehension != ComprehensionType::None) {
                if (lookup_entry(ste, name) & DEF_COMP_ITER) {
                    return fail(format_name("assignment expression cannot rebind comprehension iteration "
                                            "variable '%s'",
                                            name),
                                target->pos);
                }
                continue;
            }
            if (ste->type == BlockType::Function) {
                long flag = (lookup_entry(ste, name) & DEF_GLOBAL) ? DEF_GLOBAL : DEF_NONLOCAL;
                if (!add_def(name, flag, target->pos)) return false;
                record_directive(name, target->pos);
                return add_def_helper(name, DEF_LOCAL, ste, target->pos);
            }
            if (ste->type == BlockType::Module) {
                if (!add_def(name, DEF_GLOBAL, target->pos)) return false;
                record_directive(name, target->pos);
                return add_def_helper(name, DEF_GLOBAL, ste, target->pos);
            }
            if (ste->type == BlockType::Class) {
                return fail("assignment expression within a comprehension cannot be used in a class body",
                            target->pos);
            }
        }
        return true;
    }

    bool visit_comprehension(const Comprehension* lc) {
        m_cur->comp_iter_target = true;
        if (!visit_expr(lc->target)) return false;
        m_cur->comp_iter_target = false;
        m_cur->comp_iter_expr++;
        if (!visit_expr(lc->iter)) return false;
        m_cur->comp_iter_expr--;
        if (!visit_exprs(lc->ifs)) return false;
        if (lc->is_async) m_cur->coroutine = true;
        return true;
    }

    bool handle_comprehension(const Expr* e, const char* scope_name,
                              const std::vector<Comprehension*>& generators, const Expr* elt,
                              const Expr* value) {
        bool is_generator = e->kind == ExprKind::GeneratorExp;
        const Comprehension* outermost = generators[0];
        // The outermost iterator is evaluated in the enclosing scope.
        m_cur->comp_iter_expr++;
        if (!visit_expr(outermost->iter)) return false;
        m_cur->comp_iter_expr--;
        enter_block(scope_name, BlockType::Function, e, e->pos);
        switch (e->kind) {
        case ExprKind::ListComp:
            m_cur->comprehension = ComprehensionType::List;
            break;
        case ExprKind::SetComp:
            m_cur->comprehension = ComprehensionType::Set;
            break;
        case ExprKind::DictComp:
            m_cur->comprehension = ComprehensionType::Dict;
            break;
        default:
            m_cur->comprehension = ComprehensionType::Generator;
            break;
        }
        if (outermost->is_async) m_cur->coroutine = true;
        // The outermost iterator arrives as the implicit parameter ".0".
        if (!add_def(".0", DEF_PARAM, m_cur->pos)) return false;
        m_cur->comp_iter_target = true;
        if (!visit_expr(outermost->target)) return false;
        m_cur->comp_iter_target = false;
        if (!visit_exprs(outermost->ifs)) return false;
        for (size_t i = 1; i < generators.size(); ++i) {
            if (!visit_comprehension(generators[i])) return false;
        }
        if (value && !visit_expr(value)) return false;
        if (!visit_expr(elt)) return false;
        m_cur->generator = is_generator;
        bool is_async = m_cur->coroutine && !is_generator;
        exit_block();
        if (is_async) m_cur->coroutine = true;
        return true;
    }
};

std::unique_ptr<SymbolTable> SymbolTable::build(const Module& module, const FutureFeatures& future,
                                                std::optional<SymtableError>& error) {
    auto table = std::make_unique<SymbolTable>();
    SymtableBuilder builder(*table, error);
    if (!builder.build(module)) return nullptr;
    if (!analyze_symtable(table->m_top, error)) return nullptr;
    return table;
}

} // namespace hs::compiler

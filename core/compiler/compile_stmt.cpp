// Statements: control flow, assignments, imports, assert (compiler_visit_stmt and friends).
#include "compiler/ast_util.h"
#include "compiler/codegen.h"
#include "compiler/constant.h"

namespace hs::compiler {

using namespace ast;

void Compiler::visit_stmt(const Stmt* s) {
    // Every statement starts a new location.
    set_loc(s->pos);
    switch (s->kind) {
    case StmtKind::FunctionDef:
        return compile_function(as<FunctionDefStmt>(s));
    case StmtKind::AsyncFunctionDef:
        return unsupported("async def");
    case StmtKind::ClassDef:
        return compile_class(as<ClassDefStmt>(s));
    case StmtKind::Return:
        return compile_return(as<ReturnStmt>(s));
    case StmtKind::Delete:
        return visit_exprs(as<DeleteStmt>(s)->targets);
    case StmtKind::Assign: {
        auto* a = as<AssignStmt>(s);
        visit_expr(a->value);
        for (size_t i = 0; i < a->targets.size(); ++i) {
            if (i + 1 < a->targets.size()) addop_i(Op::COPY, 1);
            visit_expr(a->targets[i]);
        }
        return;
    }
    case StmtKind::AugAssign:
        return compile_augassign(as<AugAssignStmt>(s));
    case StmtKind::AnnAssign:
        return compile_annassign(as<AnnAssignStmt>(s));
    case StmtKind::For:
        return compile_for(as<ForStmt>(s));
    case StmtKind::AsyncFor:
        return unsupported("async for");
    case StmtKind::While:
        return compile_while(as<WhileStmt>(s));
    case StmtKind::If:
        return compile_if(as<IfStmt>(s));
    case StmtKind::Match:
        return unsupported("match");
    case StmtKind::Raise: {
        auto* r = as<RaiseStmt>(s);
        int n = 0;
        if (r->exc) {
            visit_expr(r->exc);
            ++n;
            if (r->cause) {
                visit_expr(r->cause);
                ++n;
            }
        }
        addop_i(Op::RAISE_VARARGS, n);
        return;
    }
    case StmtKind::Try:
        return compile_try(as<TryStmt>(s));
    case StmtKind::TryStar:
        return unsupported("except*");
    case StmtKind::Assert:
        return compile_assert(as<AssertStmt>(s));
    case StmtKind::Import:
        return compile_import(as<ImportStmt>(s));
    case StmtKind::ImportFrom:
        return compile_from_import(as<ImportFromStmt>(s));
    case StmtKind::Global:
    case StmtKind::Nonlocal:
        return;
    case StmtKind::Expr:
        return visit_stmt_expr(as<ExprStmt>(s)->value);
    case StmtKind::Pass:
        return addop(Op::NOP);
    case StmtKind::Break:
        return compile_break();
    case StmtKind::Continue:
        return compile_continue();
    case StmtKind::With:
        return compile_with(as<WithStmt>(s), 0);
    case StmtKind::AsyncWith:
        return unsupported("async with");
    }
}

void Compiler::visit_stmt_expr(const Expr* value) {
    if (value->kind == ExprKind::Constant) {
        addop(Op::NOP); // a constant statement only keeps its line
        return;
    }
    visit_expr(value);
    unset_loc(); // the POP_TOP is artificial
    addop(Op::POP_TOP);
}

void Compiler::compile_if(const IfStmt* s) {
    BasicBlock* end = new_block();
    BasicBlock* next = s->orelse.empty() ? end : new_block();
    jump_if(s->test, next, false);
    visit_stmts(s->body);
    if (!s->orelse.empty()) {
        addop_j_noline(Op::JUMP, end);
        use_next_block(next);
        visit_stmts(s->orelse);
    }
    use_next_block(end);
}

void Compiler::compile_for(const ForStmt* s) {
    BasicBlock* start = new_block();
    BasicBlock* body = new_block();
    BasicBlock* cleanup = new_block();
    BasicBlock* end = new_block();
    push_fblock(FBlockInfo{FBlockType::ForLoop, start, end});
    visit_expr(s->iter);
    addop(Op::GET_ITER);
    use_next_block(start);
    addop_j(Op::FOR_ITER, cleanup);
    use_next_block(body);
    visit_expr(s->target);
    visit_stmts(s->body);
    unset_loc(); // the jump back is artificial
    addop_j(Op::JUMP, start);
    use_next_block(cleanup);
    pop_fblock();
    visit_stmts(s->orelse);
    use_next_block(end);
}

void Compiler::compile_while(const WhileStmt* s) {
    BasicBlock* loop = new_block();
    BasicBlock* body = new_block();
    BasicBlock* anchor = new_block();
    BasicBlock* end = new_block();
    use_next_block(loop);
    push_fblock(FBlockInfo{FBlockType::WhileLoop, loop, end});
    jump_if(s->test, anchor, false);
    use_next_block(body);
    visit_stmts(s->body);
    // The test is repeated at the bottom of the loop, with the `while` statement's location.
    set_loc(s->pos);
    jump_if(s->test, body, true);
    pop_fblock();
    use_next_block(anchor);
    visit_stmts(s->orelse);
    use_next_block(end);
}

void Compiler::compile_return(const ReturnStmt* s) {
    bool preserve_tos = s->value && s->value->kind != ExprKind::Constant;
    if (u().ste->type != BlockType::Function) return error("'return' outside function");
    if (preserve_tos) {
        visit_expr(s->value);
    } else if (s->value) {
        // A NOP that carries the returned constant's line.
        set_loc(s->value->pos);
        addop(Op::NOP);
    }
    if (!s->value || s->value->pos.lineno != s->pos.lineno) {
        set_loc(s->pos);
        addop(Op::NOP);
    }
    unwind_fblock_stack(preserve_tos, nullptr);
    if (!s->value) {
        addop_load_const(make_none());
    } else if (!preserve_tos) {
        addop_load_const(constant_of(s->value));
    }
    addop(Op::RETURN_VALUE);
}

void Compiler::compile_break() {
    Loc saved = u().loc;
    addop(Op::NOP); // the statement's line
    FBlockInfo loop{};
    if (!unwind_fblock_stack(false, &loop)) {
        u().loc = saved;
        return error("'break' outside loop");
    }
    unwind_fblock(loop, false);
    addop_j(Op::JUMP, loop.exit);
}

void Compiler::compile_continue() {
    Loc saved = u().loc;
    addop(Op::NOP);
    FBlockInfo loop{};
    if (!unwind_fblock_stack(false, &loop)) {
        u().loc = saved;
        return error("'continue' not properly in loop");
    }
    addop_j(Op::JUMP, loop.block);
}

// ---- imports ---------------------------------------------------------------------------

void Compiler::compile_import_as(const std::string& name, const std::string& asname) {
    // `import a.b.c as d` imports a.b.c, then walks the attributes b and c.
    size_t dot = name.find('.');
    if (dot == std::string::npos) return nameop(asname, ExprContext::Store);
    while (true) {
        size_t pos = dot + 1;
        dot = name.find('.', pos);
        std::string attr = name.substr(pos, dot == std::string::npos ? std::string::npos : dot - pos);
        addop_i(Op::IMPORT_FROM, u().names.add(attr));
        if (dot == std::string::npos) break;
        addop_i(Op::SWAP, 2);
        addop(Op::POP_TOP);
    }
    nameop(asname, ExprContext::Store);
    addop(Op::POP_TOP);
}

void Compiler::compile_import(const ImportStmt* s) {
    for (const Alias* alias : s->names) {
        addop_load_const(make_int(0));
        addop_load_const(make_none());
        addop_name(Op::IMPORT_NAME, u().names, alias->name);
        if (!alias->asname.empty()) {
            compile_import_as(alias->name, alias->asname);
        } else {
            size_t dot = alias->name.find('.');
            nameop(dot == std::string::npos ? alias->name : alias->name.substr(0, dot), ExprContext::Store);
        }
    }
}

void Compiler::compile_from_import(const ImportFromStmt* s) {
    addop_load_const(make_int(s->level));
    std::vector<Constant> names;
    for (const Alias* alias : s->names)
        names.push_back(make_str(alias->name));
    if (s->pos.lineno > m_future.lineno && s->module == "__future__") {
        return error("from __future__ imports must occur at the beginning of the file");
    }
    addop_load_const(make_tuple(std::move(names)));
    addop_name(Op::IMPORT_NAME, u().names, s->module);
    for (size_t i = 0; i < s->names.size(); ++i) {
        const Alias* alias = s->names[i];
        if (i == 0 && alias->name[0] == '*') {
            addop(Op::IMPORT_STAR);
            return;
        }
        addop_name(Op::IMPORT_FROM, u().names, alias->name);
        nameop(alias->asname.empty() ? alias->name : alias->asname, ExprContext::Store);
    }
    addop(Op::POP_TOP); // the module
    if (s->module == "__future__" && m_future.annotations) unsupported("from __future__ import annotations");
}

void Compiler::compile_assert(const AssertStmt* s) {
    const Expr* test = s->test;
    bool nonempty_tuple =
        (test->kind == ExprKind::Tuple && !as<TupleExpr>(test)->elts.empty()) ||
        (test->kind == ExprKind::Constant && constant_of(test).kind == Constant::Kind::Tuple &&
         !constant_of(test).items.empty());
    if (nonempty_tuple) warn("assertion is always true, perhaps remove parentheses?");
    BasicBlock* end = new_block();
    jump_if(test, end, true);
    addop(Op::LOAD_ASSERTION_ERROR);
    if (s->msg) {
        visit_expr(s->msg);
        addop_i(Op::PRECALL, 0);
        addop_i(Op::CALL, 0);
    }
    // CPython 3.11.7 raises with the statement's location (3.11.8 changed it to the test's).
    addop_i(Op::RAISE_VARARGS, 1);
    use_next_block(end);
}

// ---- augmented and annotated assignment ------------------------------------------------

void Compiler::compile_augassign(const AugAssignStmt* s) {
    const Expr* e = s->target;
    Loc saved = u().loc;
    set_loc(e->pos);
    switch (e->kind) {
    case ExprKind::Attribute: {
        auto* attr = as<AttributeExpr>(e);
        visit_expr(attr->value);
        addop_i(Op::COPY, 1);
        update_start_location_to_match_attr(attr);
        addop_name(Op::LOAD_ATTR, u().names, attr->attr);
        break;
    }
    case ExprKind::Subscript: {
        auto* sub = as<SubscriptExpr>(e);
        visit_expr(sub->value);
        visit_expr(sub->slice);
        addop_i(Op::COPY, 2);
        addop_i(Op::COPY, 2);
        addop(Op::BINARY_SUBSCR);
        break;
    }
    case ExprKind::Name:
        nameop(as<NameExpr>(e)->id, ExprContext::Load);
        break;
    default:
        break;
    }
    u().loc = saved;
    visit_expr(s->value);
    addop_i(Op::BINARY_OP, static_cast<int>(s->op) + NB_INPLACE_OFFSET);
    set_loc(e->pos);
    switch (e->kind) {
    case ExprKind::Attribute:
        update_start_location_to_match_attr(as<AttributeExpr>(e));
        addop_i(Op::SWAP, 2);
        addop_name(Op::STORE_ATTR, u().names, as<AttributeExpr>(e)->attr);
        break;
    case ExprKind::Subscript:
        addop_i(Op::SWAP, 3);
        addop_i(Op::SWAP, 2);
        addop(Op::STORE_SUBSCR);
        break;
    case ExprKind::Name:
        nameop(as<NameExpr>(e)->id, ExprContext::Store);
        break;
    default:
        break;
    }
}

void Compiler::check_ann_expr(const Expr* e) {
    visit_expr(e);
    addop(Op::POP_TOP);
}

void Compiler::check_ann_subscr(const Expr* e) {
    // Everything in an annotated subscript target must exist at run time.
    if (e->kind == ExprKind::Slice) {
        auto* s = as<SliceExpr>(e);
        if (s->lower) check_ann_expr(s->lower);
        if (s->upper) check_ann_expr(s->upper);
        if (s->step) check_ann_expr(s->step);
    } else if (e->kind == ExprKind::Tuple) {
        for (const Expr* elt : as<TupleExpr>(e)->elts)
            check_ann_subscr(elt);
    } else {
        check_ann_expr(e);
    }
}

void Compiler::compile_annassign(const AnnAssignStmt* s) {
    const Expr* targ = s->target;
    if (s->value) {
        visit_expr(s->value);
        visit_expr(targ);
    }
    bool module_or_class = u().scope_type == ScopeType::Module || u().scope_type == ScopeType::Class;
    switch (targ->kind) {
    case ExprKind::Name:
        if (forbidden_name(as<NameExpr>(targ)->id, ExprContext::Store)) return;
        // A simple name at module or class level records its annotation.
        if (s->simple && module_or_class) {
            visit_expr(s->annotation);
            addop_name(Op::LOAD_NAME, u().names, "__annotations__");
            addop_load_const(make_str(mangle_name(as<NameExpr>(targ)->id)));
            addop(Op::STORE_SUBSCR);
        }
        break;
    case ExprKind::Attribute:
        if (forbidden_name(as<AttributeExpr>(targ)->attr, ExprContext::Store)) return;
        if (!s->value) check_ann_expr(as<AttributeExpr>(targ)->value);
        break;
    case ExprKind::Subscript:
        if (!s->value) {
            check_ann_expr(as<SubscriptExpr>(targ)->value);
            check_ann_subscr(as<SubscriptExpr>(targ)->slice);
        }
        break;
    default:
        break;
    }
    // The annotation of a complex target is evaluated last, in modules and classes only.
    if (!s->simple && module_or_class) check_ann_expr(s->annotation);
}

} // namespace hs::compiler

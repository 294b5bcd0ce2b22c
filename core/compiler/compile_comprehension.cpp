// Comprehensions and generator expressions (3.11: nested functions called at once with the
// outermost iterator as their argument ".0"), and yield / yield from.
#include "compiler/ast_util.h"
#include "compiler/codegen.h"
#include "compiler/constant.h"

namespace hs::compiler {

using namespace ast;

void Compiler::addop_yield() {
    addop(Op::YIELD_VALUE);
    addop_i(Op::RESUME, 1);
}

// SEND loop delegating to the iterator on the stack (compiler_add_yield_from).
void Compiler::add_yield_from(bool await) {
    BasicBlock* start = new_block();
    BasicBlock* resume = new_block();
    BasicBlock* exit = new_block();
    use_next_block(start);
    addop_j(Op::SEND, exit);
    use_next_block(resume);
    addop(Op::YIELD_VALUE);
    addop_i(Op::RESUME, await ? 3 : 2);
    addop_j(Op::JUMP_NO_INTERRUPT, start);
    use_next_block(exit);
}

// The loops of one comprehension, innermost last; `depth` counts the iterators on the stack.
void Compiler::comprehension_generator(const std::vector<Comprehension*>& generators, size_t gen_index,
                                       int depth, const Expr* elt, const Expr* val, CompType type) {
    const Comprehension* gen = generators[gen_index];
    if (gen->is_async) return unsupported("async comprehension");
    BasicBlock* start = new_block();
    BasicBlock* if_cleanup = new_block();
    BasicBlock* anchor = new_block();
    if (gen_index == 0) {
        // The outermost iterator arrives as the implicit argument.
        u().argcount = 1;
        addop_i(Op::LOAD_FAST, 0);
    } else {
        // `for y in [f(x)]` binds without iterating.
        const std::vector<Expr*>* elts = nullptr;
        if (gen->iter->kind == ExprKind::List) elts = &as<ListExpr>(gen->iter)->elts;
        if (gen->iter->kind == ExprKind::Tuple) elts = &as<TupleExpr>(gen->iter)->elts;
        if (elts && elts->size() == 1 && (*elts)[0]->kind != ExprKind::Starred) {
            visit_expr((*elts)[0]);
            start = nullptr;
        }
        if (start) {
            visit_expr(gen->iter);
            addop(Op::GET_ITER);
        }
    }
    if (start) {
        ++depth;
        use_next_block(start);
        addop_j(Op::FOR_ITER, anchor);
    }
    visit_expr(gen->target);
    for (const Expr* cond : gen->ifs)
        jump_if(cond, if_cleanup, false);
    if (++gen_index < generators.size()) {
        comprehension_generator(generators, gen_index, depth, elt, val, type);
    } else {
        switch (type) {
        case CompType::GenExp:
            visit_expr(elt);
            addop_yield();
            addop(Op::POP_TOP);
            break;
        case CompType::ListComp:
            visit_expr(elt);
            addop_i(Op::LIST_APPEND, depth + 1);
            break;
        case CompType::SetComp:
            visit_expr(elt);
            addop_i(Op::SET_ADD, depth + 1);
            break;
        case CompType::DictComp:
            // The key is evaluated before the value, as in a display.
            visit_expr(elt);
            visit_expr(val);
            addop_i(Op::MAP_ADD, depth + 1);
            break;
        }
    }
    use_next_block(if_cleanup);
    if (start) {
        addop_j(Op::JUMP, start);
        use_next_block(anchor);
    }
}

void Compiler::compile_comprehension(const Expr* e, CompType type, const std::string& name,
                                     const std::vector<Comprehension*>& generators, const Expr* elt,
                                     const Expr* val) {
    const Comprehension* outermost = generators[0];
    ScopeType outer_scope = u().scope_type;
    enter_scope(name, ScopeType::Comprehension, e, e->pos.lineno);
    set_loc(e->pos);
    if (u().ste->coroutine && type != CompType::GenExp && outer_scope != ScopeType::AsyncFunction &&
        outer_scope != ScopeType::Comprehension) {
        error("asynchronous comprehension outside of an asynchronous function");
    }
    if (type != CompType::GenExp) {
        addop_i(type == CompType::ListComp  ? Op::BUILD_LIST
                : type == CompType::SetComp ? Op::BUILD_SET
                                            : Op::BUILD_MAP,
                0);
    }
    comprehension_generator(generators, 0, 0, elt, val, type);
    if (type != CompType::GenExp) addop(Op::RETURN_VALUE);
    std::shared_ptr<CodeUnit> co = exit_scope_assemble(true);
    if (!co) return;
    make_closure(co, 0);
    visit_expr(outermost->iter);
    if (outermost->is_async) return unsupported("async comprehension");
    addop(Op::GET_ITER);
    addop_i(Op::PRECALL, 0);
    addop_i(Op::CALL, 0);
}

} // namespace hs::compiler

// try/except/finally, `with`, and the unwinding that return/break/continue do through them.
//
// The layouts are CPython 3.11's (see compile.c): a protected region opens with SETUP_FINALLY
// (or SETUP_CLEANUP, which also saves the raising instruction's index) and closes with
// POP_BLOCK; handlers run between PUSH_EXC_INFO and POP_EXCEPT; `except E as name` wraps its
// body in an inner try/finally that unbinds `name`.
#include "compiler/ast_util.h"
#include "compiler/codegen.h"
#include "compiler/constant.h"

namespace hs::compiler {

using namespace ast;

void Compiler::call_exit_with_nones() {
    addop_load_const(make_none());
    addop_load_const(make_none());
    addop_load_const(make_none());
    addop_i(Op::PRECALL, 2);
    addop_i(Op::CALL, 2);
}

// Stack: [exc_info, lasti, exc] -> re-raises exc after restoring the previous exception.
void Compiler::pop_except_and_reraise() {
    addop_i(Op::COPY, 3);
    addop(Op::POP_EXCEPT);
    addop_i(Op::RERAISE, 1);
}

// Emits what leaving `info` requires. With preserve_tos, the value on top of the stack (a
// return value) stays on top.
void Compiler::unwind_fblock(const FBlockInfo& info, bool preserve_tos) {
    switch (info.type) {
    case FBlockType::WhileLoop:
    case FBlockType::ExceptionHandler:
        return;
    case FBlockType::ForLoop:
        if (preserve_tos) addop_i(Op::SWAP, 2);
        addop(Op::POP_TOP); // the iterator
        return;
    case FBlockType::TryExcept:
        addop(Op::POP_BLOCK);
        return;
    case FBlockType::FinallyTry:
        // The POP_BLOCK gets the line of the statement that unwinds.
        addop(Op::POP_BLOCK);
        if (preserve_tos) push_fblock(FBlockInfo{FBlockType::PopValue});
        visit_stmts(*info.finalbody);
        if (preserve_tos) pop_fblock();
        // The finally body must appear to run after the unwinding statement.
        unset_loc();
        return;
    case FBlockType::FinallyEnd:
        if (preserve_tos) addop_i(Op::SWAP, 2);
        addop(Op::POP_TOP); // exc_value
        if (preserve_tos) addop_i(Op::SWAP, 2);
        addop(Op::POP_BLOCK);
        addop(Op::POP_EXCEPT);
        return;
    case FBlockType::With:
        set_loc(info.with_stmt->pos);
        addop(Op::POP_BLOCK);
        if (preserve_tos) addop_i(Op::SWAP, 2);
        call_exit_with_nones();
        addop(Op::POP_TOP);
        unset_loc();
        return;
    case FBlockType::HandlerCleanup:
        if (info.handler_name) addop(Op::POP_BLOCK);
        if (preserve_tos) addop_i(Op::SWAP, 2);
        addop(Op::POP_BLOCK);
        addop(Op::POP_EXCEPT);
        if (info.handler_name) {
            addop_load_const(make_none());
            nameop(*info.handler_name, ExprContext::Store);
            nameop(*info.handler_name, ExprContext::Del);
        }
        return;
    case FBlockType::PopValue:
        if (preserve_tos) addop_i(Op::SWAP, 2);
        addop(Op::POP_TOP);
        return;
    }
}

bool Compiler::unwind_fblock_stack(bool preserve_tos, FBlockInfo* loop) {
    CompilerUnit& unit = u();
    if (unit.fblocks.empty()) return false;
    FBlockInfo top = unit.fblocks.back();
    if (loop && (top.type == FBlockType::WhileLoop || top.type == FBlockType::ForLoop)) {
        *loop = top;
        return true;
    }
    unit.fblocks.pop_back();
    unwind_fblock(top, preserve_tos);
    bool found = unwind_fblock_stack(preserve_tos, loop);
    u().fblocks.push_back(top);
    return found;
}

void Compiler::compile_try(const TryStmt* s) {
    if (!s->finalbody.empty()) {
        compile_try_finally(s);
    } else {
        compile_try_except(s);
    }
}

//        SETUP_FINALLY  L
//        <body>
//        POP_BLOCK
//        <finalbody>
//        JUMP           E
//    L:  SETUP_CLEANUP  C; PUSH_EXC_INFO; <finalbody>; RERAISE 0
//    C:  COPY 3; POP_EXCEPT; RERAISE 1
//    E:
void Compiler::compile_try_finally(const TryStmt* s) {
    BasicBlock* body = new_block();
    BasicBlock* end = new_block();
    BasicBlock* exit = new_block();
    BasicBlock* cleanup = new_block();
    addop_j(Op::SETUP_FINALLY, end);
    use_next_block(body);
    FBlockInfo info{FBlockType::FinallyTry, body, end};
    info.finalbody = &s->finalbody;
    push_fblock(info);
    if (!s->handlers.empty()) {
        compile_try_except(s);
    } else {
        visit_stmts(s->body);
    }
    addop_noline(Op::POP_BLOCK);
    pop_fblock();
    visit_stmts(s->finalbody);
    addop_j_noline(Op::JUMP, exit);
    // The exceptional path runs the finally body again.
    use_next_block(end);
    unset_loc();
    addop_j(Op::SETUP_CLEANUP, cleanup);
    addop(Op::PUSH_EXC_INFO);
    push_fblock(FBlockInfo{FBlockType::FinallyEnd, end});
    visit_stmts(s->finalbody);
    pop_fblock();
    addop_i(Op::RERAISE, 0);
    use_next_block(cleanup);
    pop_except_and_reraise();
    use_next_block(exit);
}

//        SETUP_FINALLY  L1; <body>; POP_BLOCK; <orelse>; JUMP L0
//   L1:  SETUP_CLEANUP  C; PUSH_EXC_INFO
//        <E1>; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE L2; <handler 1>; POP_EXCEPT; JUMP L0
//   L2:  ... ; RERAISE 0
//   C:   COPY 3; POP_EXCEPT; RERAISE 1
//   L0:
void Compiler::compile_try_except(const TryStmt* s) {
    BasicBlock* body = new_block();
    BasicBlock* except = new_block();
    BasicBlock* end = new_block();
    BasicBlock* cleanup = new_block();
    addop_j(Op::SETUP_FINALLY, except);
    use_next_block(body);
    push_fblock(FBlockInfo{FBlockType::TryExcept, body});
    visit_stmts(s->body);
    pop_fblock();
    addop_noline(Op::POP_BLOCK);
    visit_stmts(s->orelse);
    addop_j_noline(Op::JUMP, end);
    size_t n = s->handlers.size();
    use_next_block(except);
    unset_loc();
    addop_j(Op::SETUP_CLEANUP, cleanup);
    addop(Op::PUSH_EXC_INFO);
    // The runtime pushes a block for the handler.
    push_fblock(FBlockInfo{FBlockType::ExceptionHandler});
    for (size_t i = 0; i < n; ++i) {
        const ExceptHandler* handler = s->handlers[i];
        set_loc(handler->pos);
        if (!handler->type && i + 1 < n) return error("default 'except:' must be last");
        except = new_block();
        if (handler->type) {
            visit_expr(handler->type);
            addop(Op::CHECK_EXC_MATCH);
            addop_j(Op::POP_JUMP_IF_FALSE, except);
        }
        if (!handler->name.empty()) {
            BasicBlock* cleanup_end = new_block();
            BasicBlock* cleanup_body = new_block();
            nameop(handler->name, ExprContext::Store);
            // try: <body> finally: name = None; del name
            addop_j(Op::SETUP_CLEANUP, cleanup_end);
            use_next_block(cleanup_body);
            FBlockInfo info{FBlockType::HandlerCleanup, cleanup_body};
            info.handler_name = &handler->name;
            push_fblock(info);
            visit_stmts(handler->body);
            pop_fblock();
            unset_loc();
            addop(Op::POP_BLOCK);
            addop(Op::POP_BLOCK);
            addop(Op::POP_EXCEPT);
            addop_load_const(make_none());
            nameop(handler->name, ExprContext::Store);
            nameop(handler->name, ExprContext::Del);
            addop_j(Op::JUMP, end);
            // An exception inside the handler body still unbinds the name.
            use_next_block(cleanup_end);
            unset_loc();
            addop_load_const(make_none());
            nameop(handler->name, ExprContext::Store);
            nameop(handler->name, ExprContext::Del);
            addop_i(Op::RERAISE, 1);
        } else {
            BasicBlock* cleanup_body = new_block();
            addop(Op::POP_TOP); // exc_value
            use_next_block(cleanup_body);
            push_fblock(FBlockInfo{FBlockType::HandlerCleanup, cleanup_body});
            visit_stmts(handler->body);
            pop_fblock();
            unset_loc();
            addop(Op::POP_BLOCK);
            addop(Op::POP_EXCEPT);
            addop_j(Op::JUMP, end);
        }
        use_next_block(except);
    }
    unset_loc();
    pop_fblock();
    addop_i(Op::RERAISE, 0);
    use_next_block(cleanup);
    pop_except_and_reraise();
    use_next_block(end);
}

// exit is on the stack as [exit, lasti?, exc_info, exc, result of __exit__]: re-raise unless
// __exit__ returned true.
void Compiler::with_except_finish(BasicBlock* cleanup) {
    unset_loc();
    BasicBlock* exit = new_block();
    addop_j(Op::POP_JUMP_IF_TRUE, exit);
    addop_i(Op::RERAISE, 2);
    use_next_block(cleanup);
    pop_except_and_reraise();
    use_next_block(exit);
    addop(Op::POP_TOP); // exc_value
    addop(Op::POP_BLOCK);
    addop(Op::POP_EXCEPT);
    addop(Op::POP_TOP);
    addop(Op::POP_TOP);
}

//        <expr>; BEFORE_WITH; SETUP_WITH E; <store or POP_TOP>; <body>; POP_BLOCK
//        LOAD_CONST None x3; PRECALL 2; CALL 2; POP_TOP; JUMP EXIT
//    E:  SETUP_CLEANUP C; PUSH_EXC_INFO; WITH_EXCEPT_START; POP_JUMP_IF_TRUE T; RERAISE 2
//    C:  COPY 3; POP_EXCEPT; RERAISE 1
//    T:  POP_TOP; POP_BLOCK; POP_EXCEPT; POP_TOP; POP_TOP
// EXIT:
void Compiler::compile_with(const WithStmt* s, size_t pos) {
    const WithItem* item = s->items[pos];
    BasicBlock* block = new_block();
    BasicBlock* final = new_block();
    BasicBlock* exit = new_block();
    BasicBlock* cleanup = new_block();
    visit_expr(item->context_expr);
    addop(Op::BEFORE_WITH); // pushes the bound __exit__ and __enter__()'s result
    addop_j(Op::SETUP_WITH, final);
    use_next_block(block);
    FBlockInfo info{FBlockType::With, block, final};
    info.with_stmt = s;
    push_fblock(info);
    if (item->optional_vars) {
        visit_expr(item->optional_vars);
    } else {
        addop(Op::POP_TOP);
    }
    if (pos + 1 == s->items.size()) {
        visit_stmts(s->body);
    } else {
        compile_with(s, pos + 1);
    }
    unset_loc();
    addop(Op::POP_BLOCK);
    pop_fblock();
    // Normal exit: __exit__(None, None, None).
    set_loc(s->pos);
    call_exit_with_nones();
    addop(Op::POP_TOP);
    addop_j(Op::JUMP, exit);
    use_next_block(final);
    addop_j(Op::SETUP_CLEANUP, cleanup);
    addop(Op::PUSH_EXC_INFO);
    addop(Op::WITH_EXCEPT_START);
    with_except_finish(cleanup);
    use_next_block(exit);
}

} // namespace hs::compiler

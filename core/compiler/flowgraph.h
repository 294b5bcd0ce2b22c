// The control-flow graph the code generator emits into, before assembly.
//
// Mirrors CPython 3.11's compile.c: instructions live in basic blocks; jumps point at blocks;
// try/with regions are delimited by the pseudo-instructions SETUP_FINALLY / SETUP_CLEANUP /
// SETUP_WITH ... POP_BLOCK, which assemble() turns into the exception table and then NOPs.
#pragma once

#include "compiler/opcodes.h"

#include <climits>
#include <memory>
#include <vector>

namespace hs::compiler {

// Every real opcode, then the pseudo-instructions that only exist in the flow graph.
enum class Op : int16_t {
#define HS_OP_ENUM(name) name,
    HS_OPCODES(HS_OP_ENUM)
#undef HS_OP_ENUM
        SETUP_FINALLY, // an exception jumps to the target with the exception pushed
    SETUP_CLEANUP,     // same, with the raising instruction's index pushed below it
    SETUP_WITH,        // the handler of a `with` block (pushes lasti as well)
    POP_BLOCK,         // ends the innermost SETUP_* region
    JUMP,              // becomes JUMP_FORWARD or JUMP_BACKWARD
    JUMP_NO_INTERRUPT, // becomes JUMP_FORWARD or JUMP_BACKWARD_NO_INTERRUPT
};

inline bool is_pseudo(Op op) {
    return op >= Op::SETUP_FINALLY;
}
inline Opcode to_opcode(Op op) {
    return static_cast<Opcode>(op);
}

// A source span; lineno < 0 means "no location" (an artificial instruction).
struct Loc {
    int lineno = -1;
    int end_lineno = -1;
    int col = -1;
    int end_col = -1;
};

struct BasicBlock;

struct Instr {
    Op op = Op::NOP;
    int oparg = 0;
    BasicBlock* target = nullptr; // jumps and SETUP_*
    BasicBlock* except = nullptr; // the handler covering this instruction, set by assemble()
    Loc loc;
};

// The handlers active at the start of a block (label_exception_targets); handlers[0] is null.
struct ExceptStack {
    std::vector<BasicBlock*> handlers{nullptr};
};

struct BasicBlock {
    std::vector<Instr> instrs;
    BasicBlock* next = nullptr; // the block reached by falling through
    std::unique_ptr<ExceptStack> exceptstack;
    int predecessors = 0;
    int startdepth = INT_MIN;    // stack depth on entry, from stackdepth()
    int offset = 0;              // index of the first instruction, from assembly
    bool nofallthrough = false;  // ends with a return, raise or unconditional jump
    bool preserve_lasti = false; // a handler that receives the raising instruction's index
    bool visited = false;
    bool exit = false; // ends with a return or raise
    bool ret = false;  // contains a RETURN_VALUE

    bool empty() const { return instrs.empty(); }
    Instr& last() { return instrs.back(); }
};

// The blocks of one code unit. CPython links them newest-first through b_list; several passes
// walk that list, so the order is kept: `list()` returns the blocks newest first.
class BlockList {
  public:
    BasicBlock* new_block() {
        m_blocks.push_back(std::make_unique<BasicBlock>());
        return m_blocks.back().get();
    }
    BasicBlock* entry() const { return m_blocks.front().get(); }
    std::vector<BasicBlock*> list() const {
        std::vector<BasicBlock*> out;
        for (auto it = m_blocks.rbegin(); it != m_blocks.rend(); ++it)
            out.push_back(it->get());
        return out;
    }
    size_t size() const { return m_blocks.size(); }

  private:
    std::vector<std::unique_ptr<BasicBlock>> m_blocks;
};

// Stack effect of an instruction: `jump` is 0 for fall-through, 1 for the jump, -1 for the
// maximum (CPython's stack_effect()).
int stack_effect(Op op, int oparg, int jump);

bool is_jump(const Instr& i);
inline bool is_block_push(const Instr& i) {
    return i.op == Op::SETUP_FINALLY || i.op == Op::SETUP_WITH || i.op == Op::SETUP_CLEANUP;
}
// Opcodes that carry an argument (CPython's HAS_ARG).
bool has_arg(Opcode op);

} // namespace hs::compiler

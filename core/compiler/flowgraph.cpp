// The flow-graph optimizations of CPython 3.11's assemble(): constant conditions, jump
// threading, SWAP elimination, dead-code removal, copying of small exit blocks, and the
// line-number bookkeeping that goes with them (optimize_cfg and friends in compile.c).
#include "compiler/codegen.h"
#include "compiler/constant.h"

#include <algorithm>

namespace hs::compiler {

namespace {

// Blocks smaller than this that end in a return are copied into the blocks that jump to them.
constexpr size_t kMaxCopySize = 4;

void copy_loc(const Instr& from, Instr& to) {
    to.loc = from.loc;
}

BasicBlock* skip_empty(BasicBlock* b) {
    while (b->instrs.empty() && b->next)
        b = b->next;
    return b;
}

// LOAD_CONST c1 ... LOAD_CONST cn, BUILD_TUPLE n -> LOAD_CONST (c1, ..., cn).
void fold_tuple_on_constants(std::vector<Instr>& instrs, size_t start, int n, std::vector<Constant>& consts) {
    for (int i = 0; i < n; ++i) {
        if (instrs[start + i].op != Op::LOAD_CONST) return;
    }
    std::vector<Constant> items;
    for (int i = 0; i < n; ++i)
        items.push_back(consts[instrs[start + i].oparg]);
    Constant tuple = make_tuple(std::move(items));
    std::string key = constant_key(tuple);
    size_t index = 0;
    while (index < consts.size() && constant_key(consts[index]) != key)
        ++index;
    if (index == consts.size()) consts.push_back(std::move(tuple));
    for (int i = 0; i < n; ++i)
        instrs[start + i].op = Op::NOP;
    instrs[start + n].op = Op::LOAD_CONST;
    instrs[start + n].oparg = static_cast<int>(index);
}

// Replaces a run of SWAPs and NOPs starting at *ix with an optimal one of the same effect.
void swaptimize(std::vector<Instr>& block, size_t& ix) {
    Instr* instructions = &block[ix];
    int depth = instructions[0].oparg;
    size_t len = 0;
    bool more = false;
    size_t limit = block.size() - ix;
    while (++len < limit) {
        Op op = instructions[len].op;
        if (op == Op::SWAP) {
            depth = std::max(depth, instructions[len].oparg);
            more = true;
        } else if (op != Op::NOP) {
            break;
        }
    }
    if (!more) return; // a single SWAP is optimal
    // Simulate the run on a stack of positions...
    constexpr int kVisited = -1;
    std::vector<int> stack(depth);
    for (int i = 0; i < depth; ++i)
        stack[i] = i;
    for (size_t i = 0; i < len; ++i) {
        if (instructions[i].op == Op::SWAP) std::swap(stack[0], stack[instructions[i].oparg - 1]);
    }
    // ...then emit the cycles of the permutation, from the end of the run.
    long current = static_cast<long>(len) - 1;
    for (int i = 0; i < depth; ++i) {
        if (stack[i] == kVisited || stack[i] == i) continue;
        int j = i;
        while (true) {
            if (j) {
                instructions[current].op = Op::SWAP;
                instructions[current--].oparg = j + 1;
            }
            if (stack[j] == kVisited) break;
            int next_j = stack[j];
            stack[j] = kVisited;
            j = next_j;
        }
    }
    while (current >= 0)
        instructions[current--].op = Op::NOP;
    ix += len - 1;
}

// Only these may be reordered: no control flow, no arbitrary code, and they consume the top.
bool swappable(Op op) {
    return op == Op::STORE_FAST || op == Op::POP_TOP;
}
int stores_to(const Instr& i) {
    return i.op == Op::STORE_FAST ? i.oparg : -1;
}

long next_swappable_instruction(const std::vector<Instr>& block, long i, int lineno) {
    while (++i < static_cast<long>(block.size())) {
        const Instr& instruction = block[i];
        // Reordering across lines would change which names are bound at a line event.
        if (lineno >= 0 && instruction.loc.lineno != lineno) return -1;
        if (instruction.op == Op::NOP) continue;
        if (swappable(instruction.op)) return i;
        return -1;
    }
    return -1;
}

// SWAP 2; POP_TOP; STORE_FAST x -> NOP; STORE_FAST x; POP_TOP, when it is safe.
void apply_static_swaps(std::vector<Instr>& block, long i) {
    for (; i >= 0; --i) {
        Instr& swap = block[i];
        if (swap.op != Op::SWAP) {
            if (swap.op == Op::NOP || swappable(swap.op)) continue;
            return;
        }
        long j = next_swappable_instruction(block, i, -1);
        if (j < 0) return;
        long k = j;
        int lineno = block[j].loc.lineno;
        for (int count = swap.oparg - 1; count > 0; --count) {
            k = next_swappable_instruction(block, k, lineno);
            if (k < 0) return;
        }
        int store_j = stores_to(block[j]);
        int store_k = stores_to(block[k]);
        if (store_j >= 0 || store_k >= 0) {
            if (store_j == store_k) return;
            for (long idx = j + 1; idx < k; ++idx) {
                int store_idx = stores_to(block[idx]);
                if (store_idx >= 0 && (store_idx == store_j || store_idx == store_k)) return;
            }
        }
        swap.op = Op::NOP;
        std::swap(block[j], block[k]);
    }
}

// A jump to a jump goes straight to the final target, if both are on the same line.
bool jump_thread(Instr& inst, const Instr& target, Op op) {
    if (inst.loc.lineno == target.loc.lineno && inst.target != target.target) {
        inst.target = target.target;
        inst.op = op;
        return true;
    }
    return false;
}

void optimize_basic_block(BasicBlock* bb, std::vector<Constant>& consts) {
    std::vector<Instr>& instrs = bb->instrs;
    Instr nop;
    for (long i = 0; i < static_cast<long>(instrs.size()); ++i) {
        Instr& inst = instrs[i];
        int oparg = inst.oparg;
        Op nextop = i + 1 < static_cast<long>(instrs.size()) ? instrs[i + 1].op : Op::NOP;
        bool next_exists = i + 1 < static_cast<long>(instrs.size());
        const Instr* target = &nop;
        if (is_jump(inst) || is_block_push(inst)) {
            inst.target = skip_empty(inst.target);
            if (!inst.target->instrs.empty()) target = &inst.target->instrs[0];
        }
        switch (inst.op) {
        case Op::LOAD_CONST: {
            if (!next_exists) break;
            if (nextop == Op::POP_JUMP_IF_FALSE || nextop == Op::POP_JUMP_IF_TRUE) {
                // A constant condition: the jump is always or never taken.
                bool is_true = constant_is_true(consts[oparg]);
                inst.op = Op::NOP;
                bool jump_if_true = nextop == Op::POP_JUMP_IF_TRUE;
                if (is_true == jump_if_true) {
                    instrs[i + 1].op = Op::JUMP;
                    bb->nofallthrough = true;
                } else {
                    instrs[i + 1].op = Op::NOP;
                }
            } else if (nextop == Op::JUMP_IF_FALSE_OR_POP || nextop == Op::JUMP_IF_TRUE_OR_POP) {
                bool is_true = constant_is_true(consts[oparg]);
                bool jump_if_true = nextop == Op::JUMP_IF_TRUE_OR_POP;
                if (is_true == jump_if_true) {
                    instrs[i + 1].op = Op::JUMP;
                    bb->nofallthrough = true;
                } else {
                    inst.op = Op::NOP;
                    instrs[i + 1].op = Op::NOP;
                }
            } else if (nextop == Op::IS_OP) {
                // `x is None` + conditional jump -> POP_JUMP_IF_(NOT_)NONE.
                Op jump_op = i + 2 < static_cast<long>(instrs.size()) ? instrs[i + 2].op : Op::NOP;
                if (consts[oparg].kind == Constant::Kind::None &&
                    (jump_op == Op::POP_JUMP_IF_FALSE || jump_op == Op::POP_JUMP_IF_TRUE)) {
                    int nextarg = instrs[i + 1].oparg;
                    inst.op = Op::NOP;
                    instrs[i + 1].op = Op::NOP;
                    instrs[i + 2].op = (nextarg ^ (jump_op == Op::POP_JUMP_IF_FALSE))
                                           ? Op::POP_JUMP_IF_NOT_NONE
                                           : Op::POP_JUMP_IF_NONE;
                }
            }
            break;
        }
        case Op::BUILD_TUPLE:
            if (nextop == Op::UNPACK_SEQUENCE && next_exists && oparg == instrs[i + 1].oparg) {
                // a, b = b, a: no tuple at all.
                if (oparg == 1) {
                    inst.op = Op::NOP;
                    instrs[i + 1].op = Op::NOP;
                    continue;
                }
                if (oparg == 2 || oparg == 3) {
                    inst.op = Op::NOP;
                    instrs[i + 1].op = Op::SWAP;
                    continue;
                }
            }
            if (i >= oparg) fold_tuple_on_constants(instrs, i - oparg, oparg, consts);
            break;
        // x:JUMP_IF_FALSE_OR_POP y   y:JUMP_IF_FALSE_OR_POP z  -> x:JUMP_IF_FALSE_OR_POP z
        // x:JUMP_IF_FALSE_OR_POP y   y:JUMP_IF_TRUE_OR_POP z   -> x:POP_JUMP_IF_FALSE y+1
        case Op::JUMP_IF_FALSE_OR_POP:
            switch (target->op) {
            case Op::POP_JUMP_IF_FALSE:
                i -= jump_thread(inst, *target, Op::POP_JUMP_IF_FALSE);
                break;
            case Op::JUMP:
            case Op::JUMP_IF_FALSE_OR_POP:
                i -= jump_thread(inst, *target, Op::JUMP_IF_FALSE_OR_POP);
                break;
            case Op::JUMP_IF_TRUE_OR_POP:
            case Op::POP_JUMP_IF_TRUE:
                if (inst.loc.lineno == target->loc.lineno) {
                    inst.op = Op::POP_JUMP_IF_FALSE;
                    inst.target = inst.target->next;
                    --i;
                }
                break;
            default:
                break;
            }
            break;
        case Op::JUMP_IF_TRUE_OR_POP:
            switch (target->op) {
            case Op::POP_JUMP_IF_TRUE:
                i -= jump_thread(inst, *target, Op::POP_JUMP_IF_TRUE);
                break;
            case Op::JUMP:
            case Op::JUMP_IF_TRUE_OR_POP:
                i -= jump_thread(inst, *target, Op::JUMP_IF_TRUE_OR_POP);
                break;
            case Op::JUMP_IF_FALSE_OR_POP:
            case Op::POP_JUMP_IF_FALSE:
                if (inst.loc.lineno == target->loc.lineno) {
                    inst.op = Op::POP_JUMP_IF_TRUE;
                    inst.target = inst.target->next;
                    --i;
                }
                break;
            default:
                break;
            }
            break;
        case Op::POP_JUMP_IF_NOT_NONE:
        case Op::POP_JUMP_IF_NONE:
        case Op::POP_JUMP_IF_FALSE:
        case Op::POP_JUMP_IF_TRUE:
        case Op::JUMP:
            if (target->op == Op::JUMP) i -= jump_thread(inst, *target, inst.op);
            break;
        case Op::SWAP: {
            if (oparg == 1) {
                inst.op = Op::NOP;
                break;
            }
            size_t ix = static_cast<size_t>(i);
            swaptimize(instrs, ix);
            i = static_cast<long>(ix);
            apply_static_swaps(instrs, i);
            break;
        }
        case Op::PUSH_NULL:
            // PUSH_NULL; LOAD_GLOBAL -> LOAD_GLOBAL with the push-NULL bit.
            if (nextop == Op::LOAD_GLOBAL && next_exists) {
                inst.op = Op::NOP;
                inst.oparg = 0;
                instrs[i + 1].oparg |= 1;
            }
            break;
        default:
            break;
        }
    }
}

void mark_reachable(BasicBlock* entry, size_t nblocks) {
    std::vector<BasicBlock*> stack;
    stack.reserve(nblocks);
    entry->predecessors = 1;
    stack.push_back(entry);
    while (!stack.empty()) {
        BasicBlock* b = stack.back();
        stack.pop_back();
        if (b->next && !b->nofallthrough) {
            if (b->next->predecessors == 0) stack.push_back(b->next);
            b->next->predecessors++;
        }
        for (Instr& instr : b->instrs) {
            if (is_jump(instr) || is_block_push(instr)) {
                BasicBlock* target = instr.target;
                if (target->predecessors == 0) stack.push_back(target);
                target->predecessors++;
            }
        }
    }
}

void eliminate_empty_basic_blocks(BasicBlock* entry) {
    for (BasicBlock* b = entry; b; b = b->next) {
        BasicBlock* next = b->next;
        if (next) {
            while (next->instrs.empty() && next->next)
                next = next->next;
            b->next = next;
        }
    }
    for (BasicBlock* b = entry; b; b = b->next) {
        if (b->instrs.empty()) continue;
        if (is_jump(b->last())) b->last().target = skip_empty(b->last().target);
    }
}

bool has_lineno(const BasicBlock* bb) {
    for (const Instr& i : bb->instrs) {
        if (i.loc.lineno > 0) return true;
    }
    return false;
}

bool is_exit_without_lineno(const BasicBlock* b) {
    if (!b->exit) return false;
    for (const Instr& i : b->instrs) {
        if (i.loc.lineno >= 0) return false;
    }
    return true;
}

} // namespace

// Marks exit and no-fall-through blocks, and skips empty jump targets (normalize_basic_block).
void normalize_basic_block(BasicBlock* bb) {
    for (size_t i = 0; i < bb->instrs.size(); ++i) {
        Instr& instr = bb->instrs[i];
        switch (instr.op) {
        case Op::RETURN_VALUE:
        case Op::RAISE_VARARGS:
        case Op::RERAISE:
        case Op::RAISE_UNSUPPORTED:
            bb->exit = true;
            bb->nofallthrough = true;
            break;
        case Op::JUMP:
        case Op::JUMP_NO_INTERRUPT:
            bb->nofallthrough = true;
            [[fallthrough]];
        case Op::POP_JUMP_IF_NOT_NONE:
        case Op::POP_JUMP_IF_NONE:
        case Op::POP_JUMP_IF_FALSE:
        case Op::POP_JUMP_IF_TRUE:
        case Op::JUMP_IF_FALSE_OR_POP:
        case Op::JUMP_IF_TRUE_OR_POP:
        case Op::FOR_ITER:
            instr.target = skip_empty(instr.target);
            break;
        default:
            break;
        }
    }
}

// A block ending in a jump to a small exit block without line numbers (an implicit
// `return None`) gets a copy of that block instead of the jump.
void extend_block(BasicBlock* bb) {
    if (bb->instrs.empty()) return;
    Instr& last = bb->last();
    if (last.op != Op::JUMP && last.op != Op::JUMP_FORWARD && last.op != Op::JUMP_BACKWARD) return;
    BasicBlock* to_copy = last.target;
    if (!to_copy->exit || to_copy->instrs.size() > kMaxCopySize) return;
    if (has_lineno(to_copy)) return;
    last.op = Op::NOP;
    std::vector<Instr> copied = to_copy->instrs;
    bb->instrs.insert(bb->instrs.end(), copied.begin(), copied.end());
    bb->exit = true;
}

// Removes NOPs whose line is carried by a neighbour (clean_basic_block).
void clean_basic_block(BasicBlock* bb) {
    std::vector<Instr>& instrs = bb->instrs;
    size_t dest = 0;
    int prev_lineno = -1;
    for (size_t src = 0; src < instrs.size(); ++src) {
        int lineno = instrs[src].loc.lineno;
        if (instrs[src].op == Op::NOP) {
            if (lineno < 0) continue;
            if (prev_lineno == lineno) continue;
            if (src + 1 < instrs.size()) {
                int next_lineno = instrs[src + 1].loc.lineno;
                if (next_lineno == lineno) continue;
                if (next_lineno < 0) {
                    copy_loc(instrs[src], instrs[src + 1]);
                    continue;
                }
            } else {
                BasicBlock* next = bb->next;
                while (next && next->instrs.empty())
                    next = next->next;
                if (next && lineno == next->instrs[0].loc.lineno) continue;
            }
        }
        if (dest != src) instrs[dest] = instrs[src];
        ++dest;
        prev_lineno = lineno;
    }
    instrs.resize(dest);
}

void optimize_cfg(CompilerUnit& u, std::vector<Constant>& consts) {
    BasicBlock* entry = u.blocks.entry();
    for (BasicBlock* b = entry; b; b = b->next) {
        optimize_basic_block(b, consts);
        clean_basic_block(b);
    }
    for (BasicBlock* b : u.blocks.list())
        extend_block(b);
    mark_reachable(entry, u.blocks.size());
    // Unreachable blocks are emptied, then unlinked.
    for (BasicBlock* b = entry; b; b = b->next) {
        if (b->predecessors == 0) {
            b->instrs.clear();
            b->nofallthrough = false;
        }
    }
    eliminate_empty_basic_blocks(entry);
    for (BasicBlock* b = entry; b; b = b->next)
        clean_basic_block(b);
    // A jump to the block that follows anyway is redundant.
    bool maybe_empty_blocks = false;
    for (BasicBlock* b = entry; b; b = b->next) {
        if (b->instrs.empty()) continue;
        Instr& last = b->last();
        if ((last.op == Op::JUMP || last.op == Op::JUMP_NO_INTERRUPT) && last.target == b->next) {
            b->nofallthrough = false;
            last.op = Op::NOP;
            maybe_empty_blocks = true;
        }
    }
    if (maybe_empty_blocks) eliminate_empty_basic_blocks(entry);
}

// Every exit needs a line number (PEP 626): exit blocks without one that several jumps reach
// are copied so that each copy can inherit its predecessor's line.
void duplicate_exits_without_lineno(CompilerUnit& u) {
    for (BasicBlock* b : u.blocks.list()) {
        if (b->instrs.empty() || !is_jump(b->last())) continue;
        BasicBlock* target = b->last().target;
        if (is_exit_without_lineno(target) && target->predecessors > 1) {
            BasicBlock* copy = u.blocks.new_block();
            copy->instrs = target->instrs;
            copy->exit = target->exit;
            copy->nofallthrough = true;
            copy_loc(b->last(), copy->instrs[0]);
            b->last().target = copy;
            target->predecessors--;
            copy->predecessors = 1;
            copy->next = target->next;
            target->next = copy;
        }
    }
    for (BasicBlock* b : u.blocks.list()) {
        while (b->next && b->next->instrs.empty())
            b->next = b->next->next;
    }
    // The remaining exit blocks without a line are only reached by falling through.
    for (BasicBlock* b : u.blocks.list()) {
        if (!b->nofallthrough && b->next && !b->instrs.empty() && is_exit_without_lineno(b->next)) {
            copy_loc(b->last(), b->next->instrs[0]);
        }
    }
}

// An instruction without a line takes its predecessor's; so does the first instruction of a
// block with a single predecessor (propagate_line_numbers).
void propagate_line_numbers(BasicBlock* entry) {
    for (BasicBlock* b = entry; b; b = b->next) {
        if (b->instrs.empty()) continue;
        Instr prev;
        for (Instr& instr : b->instrs) {
            if (instr.loc.lineno < 0) {
                instr.loc = prev.loc;
            } else {
                prev.loc = instr.loc;
            }
        }
        if (!b->nofallthrough && b->next && b->next->predecessors == 1 && b->next->instrs[0].loc.lineno < 0) {
            b->next->instrs[0].loc = prev.loc;
        }
        if (is_jump(b->last())) {
            BasicBlock* target = b->last().target;
            if (target->predecessors == 1 && target->instrs[0].loc.lineno < 0)
                target->instrs[0].loc = prev.loc;
        }
    }
}

} // namespace hs::compiler

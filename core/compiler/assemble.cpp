// Assembly: from a unit's flow graph to a CodeUnit (CPython 3.11's assemble()).
//
// In order: an implicit `return None`, the optimizations (flowgraph.cpp), the prefix
// instructions (COPY_FREE_VARS, MAKE_CELL, RETURN_GENERATOR), cell/free numbering in
// "localsplus" order, line-number propagation, the maximum stack depth, the exception table
// from the SETUP_*/POP_BLOCK regions, and finally the linear instruction list with absolute
// jump targets and one source position per instruction (as co_positions() reports it).
#include "compiler/codegen.h"
#include "compiler/constant.h"

namespace hs::compiler {

namespace {

uint32_t compute_code_flags(const SymbolTableEntry* ste) {
    uint32_t flags = 0;
    if (ste->type == BlockType::Function) {
        flags |= CO_NEWLOCALS | CO_OPTIMIZED;
        if (ste->nested) flags |= CO_NESTED;
        if (ste->generator && !ste->coroutine) flags |= CO_GENERATOR;
        if (ste->varargs) flags |= CO_VARARGS;
        if (ste->varkeywords) flags |= CO_VARKEYWORDS;
    }
    return flags;
}

// Final localsplus index of every cell and free variable: a cell for a parameter shares the
// parameter's slot (build_cellfixedoffsets).
std::vector<int> build_cellfixedoffsets(const CompilerUnit& u) {
    int nlocals = u.varnames.size();
    int noffsets = u.cellvars.size() + u.freevars.size();
    std::vector<int> fixed(noffsets);
    for (int i = 0; i < noffsets; ++i)
        fixed[i] = nlocals + i;
    for (int i = 0; i < u.cellvars.size(); ++i) {
        int varindex = u.varnames.find(u.cellvars.keys()[i]);
        if (varindex >= 0) fixed[i] = varindex;
    }
    return fixed;
}

Instr prefix_instr(Op op, int oparg, Loc loc = Loc{}) {
    Instr i;
    i.op = op;
    i.oparg = oparg;
    i.loc = loc;
    return i;
}

void insert_prefix_instructions(CompilerUnit& u, BasicBlock* entry, const std::vector<int>& fixed,
                                uint32_t flags) {
    std::vector<Instr>& instrs = entry->instrs;
    if (flags & CO_GENERATOR) {
        Loc loc{u.firstlineno, u.firstlineno, -1, -1};
        instrs.insert(instrs.begin(), prefix_instr(Op::POP_TOP, 0));
        instrs.insert(instrs.begin(), prefix_instr(Op::RETURN_GENERATOR, 0, loc));
    }
    // MAKE_CELL in final slot order (parameter cells come first).
    int ncellvars = u.cellvars.size();
    if (ncellvars) {
        int nvars = ncellvars + u.varnames.size();
        std::vector<int> sorted(nvars, 0);
        for (int i = 0; i < ncellvars; ++i)
            sorted[fixed[i]] = i + 1;
        int ncellsused = 0;
        for (int i = 0; ncellsused < ncellvars; ++i) {
            int oldindex = sorted[i] - 1;
            if (oldindex == -1) continue;
            instrs.insert(instrs.begin() + ncellsused, prefix_instr(Op::MAKE_CELL, oldindex));
            ++ncellsused;
        }
    }
    if (u.freevars.size()) instrs.insert(instrs.begin(), prefix_instr(Op::COPY_FREE_VARS, u.freevars.size()));
}

// Renumbers cell and free variable arguments to localsplus slots; returns how many cells
// share a parameter's slot (fix_cell_offsets).
int fix_cell_offsets(CompilerUnit& u, std::vector<int>& fixedmap) {
    int nlocals = u.varnames.size();
    int numdropped = 0;
    for (size_t i = 0; i < fixedmap.size(); ++i) {
        if (fixedmap[i] == static_cast<int>(i) + nlocals) {
            fixedmap[i] -= numdropped;
        } else {
            ++numdropped;
        }
    }
    for (BasicBlock* b = u.blocks.entry(); b; b = b->next) {
        for (Instr& inst : b->instrs) {
            switch (inst.op) {
            case Op::MAKE_CELL:
            case Op::LOAD_CLOSURE:
            case Op::LOAD_DEREF:
            case Op::STORE_DEREF:
            case Op::DELETE_DEREF:
            case Op::LOAD_CLASSDEREF:
                inst.oparg = fixedmap[inst.oparg];
                break;
            default:
                break;
            }
        }
    }
    return numdropped;
}

void trim_unused_consts(BasicBlock* entry, std::vector<Constant>& consts) {
    int max_index = 0; // the first constant (docstring or None) always stays
    for (BasicBlock* b = entry; b; b = b->next) {
        for (const Instr& i : b->instrs) {
            bool uses_const = i.op == Op::LOAD_CONST || i.op == Op::KW_NAMES || i.op == Op::RAISE_UNSUPPORTED;
            if (uses_const && i.oparg > max_index) max_index = i.oparg;
        }
    }
    if (static_cast<size_t>(max_index) + 1 < consts.size()) consts.resize(max_index + 1);
}

// Returns without a line (rare after propagation) take the last line seen before them.
void guarantee_lineno_for_exits(BasicBlock* entry, int firstlineno) {
    int lineno = firstlineno;
    for (BasicBlock* b = entry; b; b = b->next) {
        if (b->instrs.empty()) continue;
        Instr& last = b->last();
        if (last.loc.lineno < 0) {
            if (last.op == Op::RETURN_VALUE) {
                for (Instr& i : b->instrs)
                    i.loc.lineno = lineno;
            }
        } else {
            lineno = last.loc.lineno;
        }
    }
}

// The deepest the value stack gets on any path (stackdepth). Cycles have no net effect.
int stackdepth(CompilerUnit& u) {
    std::vector<BasicBlock*> blocks = u.blocks.list();
    for (BasicBlock* b : blocks)
        b->startdepth = INT_MIN;
    std::vector<BasicBlock*> stack;
    int maxdepth = 0;
    auto push = [&](BasicBlock* b, int depth) {
        if (b->startdepth < depth && b->startdepth < 100) {
            b->startdepth = depth;
            stack.push_back(b);
        }
    };
    push(u.blocks.entry(), u.ste->generator || u.ste->coroutine ? 1 : 0);
    while (!stack.empty()) {
        BasicBlock* b = stack.back();
        stack.pop_back();
        int depth = b->startdepth;
        BasicBlock* next = b->next;
        for (const Instr& instr : b->instrs) {
            int new_depth = depth + stack_effect(instr.op, instr.oparg, 0);
            maxdepth = std::max(maxdepth, new_depth);
            if (is_jump(instr) || is_block_push(instr)) {
                int target_depth = depth + stack_effect(instr.op, instr.oparg, 1);
                maxdepth = std::max(maxdepth, target_depth);
                push(instr.target, target_depth);
            }
            depth = new_depth;
            if (instr.op == Op::JUMP_NO_INTERRUPT || instr.op == Op::JUMP || instr.op == Op::RETURN_VALUE ||
                instr.op == Op::RAISE_VARARGS || instr.op == Op::RERAISE ||
                instr.op == Op::RAISE_UNSUPPORTED) {
                next = nullptr; // the rest of the block is dead
                break;
            }
        }
        if (next) push(next, depth);
    }
    return maxdepth;
}

// Records, for every instruction, the handler that covers it (label_exception_targets).
void label_exception_targets(CompilerUnit& u) {
    BasicBlock* entry = u.blocks.entry();
    for (BasicBlock* b = entry; b; b = b->next)
        b->visited = false;
    std::vector<BasicBlock*> todo;
    entry->visited = true;
    entry->exceptstack = std::make_unique<ExceptStack>();
    todo.push_back(entry);
    while (!todo.empty()) {
        BasicBlock* b = todo.back();
        todo.pop_back();
        std::unique_ptr<ExceptStack> except_stack = std::move(b->exceptstack);
        BasicBlock* handler = except_stack->handlers.back();
        for (Instr& instr : b->instrs) {
            if (is_block_push(instr)) {
                if (!instr.target->visited) {
                    instr.target->exceptstack = std::make_unique<ExceptStack>(*except_stack);
                    instr.target->visited = true;
                    todo.push_back(instr.target);
                }
                if (instr.op == Op::SETUP_WITH || instr.op == Op::SETUP_CLEANUP)
                    instr.target->preserve_lasti = true;
                except_stack->handlers.push_back(instr.target);
                handler = instr.target;
            } else if (instr.op == Op::POP_BLOCK) {
                except_stack->handlers.pop_back();
                handler = except_stack->handlers.back();
            } else if (is_jump(instr)) {
                instr.except = handler;
                if (!instr.target->visited) {
                    if (!b->nofallthrough) {
                        instr.target->exceptstack = std::make_unique<ExceptStack>(*except_stack);
                    } else {
                        instr.target->exceptstack = std::move(except_stack);
                    }
                    instr.target->visited = true;
                    todo.push_back(instr.target);
                }
            } else {
                instr.except = handler;
            }
        }
        if (!b->nofallthrough && b->next && !b->next->visited) {
            b->next->exceptstack = std::move(except_stack);
            b->next->visited = true;
            todo.push_back(b->next);
        }
    }
}

// JUMP becomes JUMP_FORWARD or JUMP_BACKWARD depending on the layout (normalize_jumps).
void normalize_jumps(BasicBlock* entry) {
    for (BasicBlock* b = entry; b; b = b->next)
        b->visited = false;
    for (BasicBlock* b = entry; b; b = b->next) {
        b->visited = true;
        if (b->instrs.empty()) continue;
        Instr& last = b->last();
        if (!is_jump(last)) continue;
        bool forward = !last.target->visited;
        if (last.op == Op::JUMP) last.op = forward ? Op::JUMP_FORWARD : Op::JUMP_BACKWARD;
        if (last.op == Op::JUMP_NO_INTERRUPT)
            last.op = forward ? Op::JUMP_FORWARD : Op::JUMP_BACKWARD_NO_INTERRUPT;
    }
}

// The position co_positions() reports for an instruction, from its location as the 3.11
// line table can encode it: no line -> nothing; no column -> the line only.
ast::Position encoded_position(const Loc& loc) {
    if (loc.lineno < 0) return ast::Position{-1, -1, -1, -1};
    if ((loc.col < 0 || loc.end_col < 0) && (loc.end_lineno == loc.lineno || loc.end_lineno == -1)) {
        return ast::Position{loc.lineno, -1, loc.lineno, -1};
    }
    return ast::Position{loc.lineno, loc.col < 0 ? -1 : loc.col, loc.end_lineno,
                         loc.end_col < 0 ? -1 : loc.end_col};
}

void compute_localsplus(const CompilerUnit& u, int nlocalsplus, CodeUnit& co) {
    co.localsplusnames.assign(nlocalsplus, std::string());
    co.localspluskinds.assign(nlocalsplus, 0);
    for (int i = 0; i < u.varnames.size(); ++i) {
        const std::string& name = u.varnames.keys()[i];
        co.localsplusnames[i] = name;
        co.localspluskinds[i] = CO_FAST_LOCAL | (u.cellvars.find(name) >= 0 ? CO_FAST_CELL : 0);
    }
    int nlocals = u.varnames.size();
    int numdropped = 0;
    for (int i = 0; i < u.cellvars.size(); ++i) {
        const std::string& name = u.cellvars.keys()[i];
        if (u.varnames.find(name) >= 0) {
            ++numdropped;
            continue;
        }
        co.localsplusnames[i + nlocals - numdropped] = name;
        co.localspluskinds[i + nlocals - numdropped] = CO_FAST_CELL;
    }
    for (int i = 0; i < u.freevars.size(); ++i) {
        int offset = u.cellvars.size() + i + nlocals - numdropped;
        co.localsplusnames[offset] = u.freevars.keys()[i];
        co.localspluskinds[offset] = CO_FAST_FREE;
    }
}

} // namespace

std::shared_ptr<CodeUnit> assemble(CompilerUnit& u, bool add_none, const std::string& filename) {
    // Every block that falls off the end returns None.
    if (!u.curblock->ret) {
        Loc none;
        if (add_none) {
            if (u.need_new_implicit_block) {
                BasicBlock* b = u.blocks.new_block();
                u.curblock->next = b;
                u.curblock = b;
                u.need_new_implicit_block = false;
            }
            Instr load = prefix_instr(Op::LOAD_CONST, u.consts.add(make_none()), none);
            u.curblock->instrs.push_back(load);
        }
        if (u.need_new_implicit_block) {
            BasicBlock* b = u.blocks.new_block();
            u.curblock->next = b;
            u.curblock = b;
            u.need_new_implicit_block = false;
        }
        u.curblock->instrs.push_back(prefix_instr(Op::RETURN_VALUE, 0, none));
        u.curblock->ret = true;
    }
    for (BasicBlock* b : u.blocks.list())
        normalize_basic_block(b);
    for (BasicBlock* b : u.blocks.list())
        extend_block(b);
    BasicBlock* entry = u.blocks.entry();

    int nlocals = u.varnames.size();
    int nlocalsplus = nlocals + u.cellvars.size() + u.freevars.size();
    std::vector<int> cellfixedoffsets = build_cellfixedoffsets(u);
    if (!u.firstlineno) {
        u.firstlineno =
            !entry->instrs.empty() && entry->instrs[0].loc.lineno ? entry->instrs[0].loc.lineno : 1;
    }
    uint32_t flags = compute_code_flags(u.ste);
    insert_prefix_instructions(u, entry, cellfixedoffsets, flags);
    nlocalsplus -= fix_cell_offsets(u, cellfixedoffsets);

    std::vector<Constant> consts = u.consts.values();
    optimize_cfg(u, consts);
    duplicate_exits_without_lineno(u);
    trim_unused_consts(entry, consts);
    propagate_line_numbers(entry);
    guarantee_lineno_for_exits(entry, u.firstlineno);
    int maxdepth = stackdepth(u);
    label_exception_targets(u);
    for (BasicBlock* b = entry; b; b = b->next) {
        for (Instr& instr : b->instrs) {
            if (is_block_push(instr) || instr.op == Op::POP_BLOCK) instr.op = Op::NOP;
        }
    }
    for (BasicBlock* b = entry; b; b = b->next)
        clean_basic_block(b);
    normalize_jumps(entry);

    auto co = std::make_shared<CodeUnit>();
    int offset = 0;
    for (BasicBlock* b = entry; b; b = b->next) {
        b->offset = offset;
        offset += static_cast<int>(b->instrs.size());
    }
    for (BasicBlock* b = entry; b; b = b->next) {
        for (const Instr& instr : b->instrs) {
            int arg = is_jump(instr) ? instr.target->offset : instr.oparg;
            co->code.push_back(Instruction{to_opcode(instr.op), has_arg(to_opcode(instr.op)) ? arg : 0});
            co->positions.push_back(encoded_position(instr.loc));
        }
    }
    // Exception table: one entry per run of instructions with the same handler.
    BasicBlock* handler = nullptr;
    int start = -1, index = 0;
    auto emit_entry = [&](int end) {
        int depth = handler->startdepth - 1 - (handler->preserve_lasti ? 1 : 0);
        co->exception_table.push_back(
            ExceptionTableEntry{start, end, handler->offset, depth, handler->preserve_lasti});
    };
    for (BasicBlock* b = entry; b; b = b->next) {
        for (const Instr& instr : b->instrs) {
            if (instr.except != handler) {
                if (handler) emit_entry(index);
                start = index;
                handler = instr.except;
            }
            ++index;
        }
    }
    if (handler) emit_entry(index);

    co->name = u.name;
    co->qualname = u.qualname.empty() ? u.name : u.qualname;
    co->filename = filename;
    co->firstlineno = u.firstlineno;
    co->flags = flags;
    co->argcount = u.posonlyargcount + u.argcount;
    co->posonlyargcount = u.posonlyargcount;
    co->kwonlyargcount = u.kwonlyargcount;
    co->stacksize = maxdepth;
    co->names = u.names.keys();
    compute_localsplus(u, nlocalsplus, *co);
    co->consts = std::move(consts);
    return co;
}

} // namespace hs::compiler

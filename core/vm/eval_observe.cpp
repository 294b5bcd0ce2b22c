// Which instructions are steps (vm/eval_observe.h).
#include "vm/eval_observe.h"

#include "objects/codeobject.h"
#include "objects/genobject.h"

namespace hs {

namespace {

// CPython's _co_firsttraceable: the index of the first RESUME (the instructions before it make
// cells, copy free variables or create the generator, and are never traced).
int first_traceable(const CodeObject* code) {
    const auto& instructions = code->unit->code;
    int n = static_cast<int>(instructions.size());
    int i = 0;
    while (i < n && instructions[i].op != compiler::Opcode::RESUME) i++;
    return i;
}

} // namespace

int observe_instruction(Observer* observer, Frame* frame, int index) {
    CodeObject* code = frame->f_code;
    int first = first_traceable(code);
    int prev = frame->prev_instr;
    frame->prev_instr = index;
    if (index < first) return 0;
    const compiler::Instruction* instructions = code->instructions;
    if (instructions[index].op == compiler::Opcode::RESUME) return observer->on_step(StepKind::Call, frame, nullptr);
    int line = code_line_of(code, index);
    if (line == -1) return 0;
    int last_line = prev <= first ? -1 : code_line_of(code, prev);
    bool backward = index < prev && instructions[index].op != compiler::Opcode::SEND;
    if (line != last_line || backward) return observer->on_step(StepKind::Line, frame, nullptr);
    return 0;
}

int observe_stop_iteration(Observer* observer, Frame* frame, Object* receiver, Object* sent, Object* returned) {
    if (!returned) {
        observer->on_step(StepKind::Exception, frame, nullptr);
        return observer->stopping ? -1 : 0;
    }
    // A subgenerator that returned None to a None sent made no StopIteration object to trace.
    if (!gen_check(receiver) || (sent == None() && returned == None())) return 0;
    if (observer->on_step(StepKind::Exception, frame, returned) < 0 || observer->stopping) return -1;
    return 0;
}

} // namespace hs

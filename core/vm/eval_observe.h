// The eval loop's side of the observation hooks (runtime/observer.h): which instructions are
// steps, as CPython 3.11's tracing decides (Python/ceval.c: DO_TRACING, maybe_call_line_trace).
#pragma once

#include "runtime/observer.h"
#include "vm/frame.h"

namespace hs {

// Called before instruction `index` of `frame` runs, with the frame's stack pointer saved.
// Sets frame->prev_instr to index and reports a step when the instruction is one:
//   - RESUME (at or after the first traceable instruction): a "call" step;
//   - the first instruction of a new line (the previous one of this frame had another line,
//     or was at or before the first traceable instruction), or a backward jump that lands on
//     a line (unless it lands on a SEND): a "line" step.
// Instructions without a line, and the ones before the first RESUME, are never steps.
// Returns -1 with an error set when the observer stops the program.
int observe_instruction(Observer* observer, Frame* frame, int index);

// The "exception" step CPython's FOR_ITER and SEND report (call_exc_trace) when an iterator or a
// subgenerator ends with StopIteration: `sent` and `returned` are SEND's value and the
// subgenerator's result (nullptr in FOR_ITER, whose StopIteration is the error set). Out of the
// eval loop, so that its fast path stays as it is. Returns -1 when the program must unwind.
int observe_stop_iteration(Observer* observer, Frame* frame, Object* receiver, Object* sent, Object* returned);

} // namespace hs

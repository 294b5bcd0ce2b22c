// The run log of one program (docs/trace-format.md, version 2) with the questions the page asks
// of it: which line a step is at, the output so far, how the run ended, the collections and the
// memory curve. The log's steps are columns; what happened at one step in detail comes with that
// step's snapshot.
const KINDS = { c: 'call', l: 'line', r: 'return', e: 'exception', x: 'exit' };

export class Trace {
  constructor(log) {
    this.log = log;
    this.columns = log.steps;
    this.stepCount = log.steps.kind.length;
    this.lastStep = Math.max(0, this.stepCount - 1);
    // Where a finished run is shown: the module's last step, while its variables still exist
    // (after it, module cleanup frees them); the last step if the module never got there.
    const { kind, depth } = this.columns;
    const moduleEnd = depth.findLastIndex((d, i) => d === 1 && kind[i] === 'r');
    this.endStep = moduleEnd >= 0 ? moduleEnd : this.lastStep;
    this.failed = log.status !== 'finished';

    // Output: the chunks in order; chunk.step is the first step that sees it.
    this.chunks = log.output.map(({ stream, text }) => ({ stream, text }));
    this.chunkSteps = log.output.map((chunk) => chunk.step);
    this.collections = log.collections;
  }

  kindAt(step) {
    return KINDS[this.columns.kind[step]] ?? 'line';
  }

  lineAt(step) {
    return this.columns.line[step] ?? 0;
  }

  functionAt(step) {
    return this.log.functions[this.columns.function[step]] ?? '';
  }

  // Where a step is, in words: "line 6", "call f() · line 3", "return from f() · line 4".
  describe(step) {
    const kind = this.kindAt(step);
    const line = this.lineAt(step);
    const name = this.functionAt(step);
    switch (kind) {
      case 'line': return `line ${line}`;
      case 'call': return this.columns.depth[step] === 1 && name === '<module>' ? 'the program starts' : `call ${name}() · line ${line}`;
      case 'return': return `${name === '<module>' ? 'the module ends' : `return from ${name}()`} · line ${line}`;
      case 'exception': return `exception · line ${line}`;
      case 'exit': return 'the program is over (after cleanup)';
      default: return `${kind} · line ${line}`;
    }
  }

  // How many of the output chunks ([{ stream, text }] in this.chunks) were written by `step`.
  outputCountAt(step) {
    let low = 0;
    let high = this.chunkSteps.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.chunkSteps[mid] <= step) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  // Live program objects and bytes at each step, for the memory chart: { objects, bytes }.
  memorySeries() {
    return { objects: this.columns.objects, bytes: this.columns.bytes };
  }

  summary() {
    const steps = `${this.stepCount} step${this.stepCount === 1 ? '' : 's'}`;
    switch (this.log.status) {
      case 'finished':
        return `Finished after ${steps}.`;
      case 'error':
        return `Ended with an uncaught exception after ${steps} (exit status ${this.log.exit_code ?? 1}).`;
      case 'step_limit':
        return `Stopped after ${steps}: the step limit was reached (an endless loop?).`;
      case 'output_limit':
        return `Stopped after ${steps}: the program printed more than the page keeps.`;
      default:
        return `Ended (${this.log.status}) after ${steps}.`;
    }
  }
}

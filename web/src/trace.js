// The run log of one program (docs/trace-format.md) with the questions the page asks of it:
// which line a step is at, the output so far, how the run ended, the collections, the memory
// curve, and when each object was allocated and freed.
export class Trace {
  constructor(log) {
    this.log = log;
    this.steps = log.steps;
    this.lastStep = Math.max(0, this.steps.length - 1);
    // Where a finished run is shown: the module's last step, while its variables still exist
    // (after it, module cleanup frees them); the last step if the module never got there.
    const moduleEnd = this.steps.findLastIndex((s) => s.kind === 'return' && s.depth === 1);
    this.endStep = moduleEnd >= 0 ? moduleEnd : this.lastStep;
    this.failed = log.status !== 'finished';

    // Output: the chunks of every step, and how many of them exist at the end of each step.
    this.chunks = [];
    this.chunkCount = [];
    this.collections = [];
    this.lifetimes = new Map(); // id -> { allocated: step, type, freed: step | null, reason, generation }
    this.steps.forEach((step, index) => {
      for (const event of step.events ?? []) this.record(event, index);
      this.chunkCount.push(this.chunks.length);
    });
  }

  // Events listed at a step happened between the previous step and that one.
  record(event, step) {
    switch (event.event) {
      case 'stdout':
      case 'stderr':
        this.chunks.push({ stream: event.event, text: event.text });
        break;
      case 'gc':
        this.collections.push({ ...event, step });
        break;
      case 'allocated':
        this.lifetimes.set(event.id, { allocated: step, type: event.type, freed: null, reason: null });
        break;
      case 'freed': {
        const life = this.lifetimes.get(event.id) ?? { allocated: null };
        this.lifetimes.set(event.id, { ...life, freed: step, reason: event.reason, generation: event.generation });
        break;
      }
      default:
        break;
    }
  }

  lineAt(step) {
    return this.steps[step]?.line ?? 0;
  }

  // Where a step is, in words: "line 6", "call f() · line 3", "return from f() · line 4".
  describe(step) {
    const { kind, line, function: name, depth } = this.steps[step];
    switch (kind) {
      case 'line': return `line ${line}`;
      case 'call': return depth === 1 && name === '<module>' ? 'the program starts' : `call ${name}() · line ${line}`;
      case 'return': return `${name === '<module>' ? 'the module ends' : `return from ${name}()`} · line ${line}`;
      case 'exception': return `exception · line ${line}`;
      case 'exit': return 'the program is over (after cleanup)';
      default: return `${kind} · line ${line}`;
    }
  }

  // How many of the output chunks ([{ stream, text }] in this.chunks) were written by `step`.
  outputCountAt(step) {
    return this.chunkCount[step] ?? 0;
  }

  eventsAt(step) {
    return this.steps[step]?.events ?? [];
  }

  // Live program objects and bytes at each step, for the memory chart.
  memorySeries() {
    return this.steps.map((step) => ({ objects: step.objects, bytes: step.bytes }));
  }

  summary() {
    const steps = `${this.steps.length} step${this.steps.length === 1 ? '' : 's'}`;
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

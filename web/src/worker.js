// The Web Worker that owns the interpreter: the only code that touches the wasm module. The page
// talks to it with messages (see runner.js); a runaway program blocks only this thread, and
// Stop terminates it.
//
//   page -> worker   { type: 'init', module: WebAssembly.Module, script: URL of heapscope.js }
//   worker -> page   { type: 'ready' } | { type: 'failed', message }
//   page -> worker   { type: 'call', id, method: 'run' | 'snapshot' | 'delta', args: [...] }
//   worker -> page   { type: 'progress', id, phase: 'load' | 'run' }
//                    { type: 'reply', id, result } | { type: 'reply', id, error }
// Results are the Session's JSON strings, passed through untouched: the page parses them.
let session = null;

// The page's step budget (the heap, recursion and output limits are the Session's defaults).
// Every step is recorded (about 20 bytes of log and 40 bytes of worker memory each), so it
// bounds memory: 500,000 steps covers the notebook's longest example (400,000) and stops an
// endless loop within a second; Stop ends loops whose steps are slow.
const limits = { max_steps: 500_000 };

const methods = {
  // Loads and runs a program: { load: <load JSON>, log: <run log JSON> }. A program that does
  // not compile runs too: its log carries the SyntaxError as CPython prints it.
  run(id, code) {
    progress(id, 'load');
    const load = session.load(code);
    progress(id, 'run');
    return { load, log: session.run() };
  },
  snapshot: (id, step) => session.snapshot(step),
  delta: (id, from, to) => session.delta(from, to),
};

function progress(id, phase) {
  self.postMessage({ type: 'progress', id, phase });
}

async function init({ module, script }) {
  importScripts(script);
  // The page compiled the module once; each worker only instantiates it (fast restart after Stop).
  const heapscope = await self.createHeapscope({
    instantiateWasm(imports, receive) {
      WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module));
      return {};
    },
    print: () => {},
    printErr: () => {},
  });
  session = new heapscope.Session(limits);
}

self.onmessage = async ({ data }) => {
  if (data.type === 'init') {
    try {
      await init(data);
      self.postMessage({ type: 'ready' });
    } catch (error) {
      self.postMessage({ type: 'failed', message: String(error?.message ?? error) });
    }
    return;
  }
  try {
    const result = methods[data.method](data.id, ...data.args);
    self.postMessage({ type: 'reply', id: data.id, result });
  } catch (error) {
    self.postMessage({ type: 'reply', id: data.id, error: String(error?.message ?? error) });
  }
};

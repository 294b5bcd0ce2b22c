// The page's side of the interpreter. The wasm module is compiled once here and handed to a Web
// Worker (worker.js) that runs programs; Stop terminates that worker, the only way to interrupt
// wasm, and starts a fresh one from the compiled module so the next Run need not wait.

export class StoppedError extends Error {
  constructor(progress) {
    super('stopped');
    this.progress = progress; // the last progress phase the worker reported, or null
  }
}

export class Runner {
  // `onBusy(busy)` is told when a request starts and when the last one ends.
  constructor({ onBusy = () => {} } = {}) {
    this.onBusy = onBusy;
    this.pending = new Map(); // id -> { resolve, reject, progress }
    this.nextId = 1;
  }

  // Compiles the module and starts the first worker; resolves when it can run programs.
  async start() {
    const response = fetch('heapscope.wasm');
    this.module = WebAssembly.compileStreaming
      ? await WebAssembly.compileStreaming(response)
      : await WebAssembly.compile(await (await response).arrayBuffer());
    await this.spawn();
  }

  spawn() {
    const worker = new Worker('worker.js');
    this.worker = worker;
    this.ready = new Promise((resolve, reject) => {
      let started = false;
      worker.onmessage = ({ data }) => {
        if (data.type === 'ready') {
          started = true;
          resolve();
        } else if (data.type === 'failed') reject(new Error(data.message));
        else this.receive(data);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        const error = new Error(event.message || 'the interpreter stopped unexpectedly');
        if (started) this.restart(error);
        else reject(error);
      };
    });
    this.ready.catch(() => {}); // reported to whoever awaits it: start() or the next call()
    worker.postMessage({ type: 'init', module: this.module, script: new URL('heapscope.js', location.href).href });
    return this.ready;
  }

  receive(data) {
    const request = this.pending.get(data.id);
    if (!request) return;
    if (data.type === 'progress') {
      request.progress = data.phase;
      return;
    }
    if ('error' in data) {
      // A wasm trap leaves the module unusable: start afresh for the next request.
      this.restart(new Error(data.error));
      return;
    }
    this.pending.delete(data.id);
    this.updateBusy();
    request.resolve(data.result);
  }

  // Loads and runs `code`: resolves to { load, log? } (JSON strings from the Session).
  run(code) {
    return this.call('run', [code]);
  }

  snapshot(step) {
    return this.call('snapshot', [step]);
  }

  delta(from, to) {
    return this.call('delta', [from, to]);
  }

  async call(method, args) {
    await this.ready;
    const id = this.nextId++;
    const result = new Promise((resolve, reject) => this.pending.set(id, { resolve, reject, progress: null }));
    this.updateBusy();
    this.worker.postMessage({ type: 'call', id, method, args });
    return result;
  }

  get busy() {
    return this.pending.size > 0;
  }

  // Ends whatever the worker is doing at once; pending requests reject with StoppedError.
  stop() {
    const progress = [...this.pending.values()].map((request) => request.progress).pop() ?? null;
    return this.restart(new StoppedError(progress));
  }

  restart(error) {
    this.worker.terminate();
    this.failAll(error);
    return this.spawn();
  }

  failAll(error) {
    const requests = [...this.pending.values()];
    this.pending.clear();
    this.updateBusy();
    for (const request of requests) request.reject(error);
  }

  updateBusy() {
    this.onBusy(this.busy);
  }
}

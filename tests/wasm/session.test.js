// The real WebAssembly module (build/wasm/heapscope.js + .wasm) driven through its one JS class,
// Session: the lesson's notebook examples print what CPython 3.11 prints, syntax errors come
// back as diagnostics, a runaway loop stops at the step limit, one Session runs program after
// program, and the module loads in a Web Worker-like global (importScripts, no require).
//
//   node --test tests/wasm/          (HEAPSCOPE_WASM_DIR=<dir> to test another build)
'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const test = require('node:test');
const vm = require('node:vm');

const buildDir = process.env.HEAPSCOPE_WASM_DIR || path.join(__dirname, '..', '..', 'build', 'wasm');
const jsPath = path.join(buildDir, 'heapscope.js');
const wasmPath = path.join(buildDir, 'heapscope.wasm');
// The lesson's examples with CPython 3.11's output: the conformance corpus's copy.
const notebookDir = path.join(__dirname, '..', 'conformance', 'notebook');

// Release size limits of the page's download.
const MAX_WASM_BYTES = 700 * 1024;
const MAX_JS_BYTES = 80 * 1024;

let modulePromise;
function heapscope() {
  // In Node, this Emscripten cannot fetch() a file path: pass the bytes.
  modulePromise ??= require(jsPath)({ wasmBinary: fs.readFileSync(wasmPath) });
  return modulePromise;
}

// Runs fn with a new Session, deleted afterwards (Embind objects are not garbage-collected).
async function withSession(limits, fn) {
  const { Session } = await heapscope();
  const session = limits === undefined ? new Session() : new Session(limits);
  try {
    return await fn(session);
  } finally {
    session.delete();
  }
}

// The index of the first step of `kind` ('call', 'line', ...) at `line` in a run log's columns.
function findStep(log, kind, line) {
  const letter = { call: 'c', line: 'l', return: 'r', exception: 'e', exit: 'x' }[kind];
  for (let i = 0; i < log.step_count; i++) {
    if (log.steps.kind[i] === letter && log.steps.line[i] === line) return i;
  }
  return -1;
}

function snapshotAt(session, step) {
  const snapshot = JSON.parse(session.snapshot(step));
  assert.equal(snapshot.ok, true, JSON.stringify(snapshot).slice(0, 300));
  return snapshot;
}

function loadAndRun(session, source) {
  const loaded = JSON.parse(session.load(source));
  assert.equal(loaded.ok, true, `load failed: ${JSON.stringify(loaded)}`);
  const log = JSON.parse(session.run());
  assert.equal(log.ok, true, `run failed: ${JSON.stringify(log)}`);
  return log;
}

// The budget of the page's download: 700 KiB of wasm, 80 KiB of JavaScript glue (raw bytes).
test('the release files stay within their size limits', () => {
  assert.ok(fs.statSync(wasmPath).size <= MAX_WASM_BYTES, `heapscope.wasm is ${fs.statSync(wasmPath).size} bytes`);
  assert.ok(fs.statSync(jsPath).size <= MAX_JS_BYTES, `heapscope.js is ${fs.statSync(jsPath).size} bytes`);
});

const examples = fs.readdirSync(notebookDir).filter((f) => f.endsWith('.py')).sort();

test('all 13 notebook examples are here', () => {
  assert.equal(examples.length, 13);
});

for (const example of examples) {
  test(`notebook example ${example} prints CPython 3.11's output`, async () => {
    const source = fs.readFileSync(path.join(notebookDir, example), 'utf8');
    const expected = fs.readFileSync(path.join(notebookDir, example.replace(/\.py$/, '.out')), 'utf8');
    // Example 11 builds a 100,000-item list: 400,200 steps, beyond the default limit.
    await withSession({ max_steps: 1000000 }, (session) => {
      const log = loadAndRun(session, source);
      assert.equal(log.status, 'finished');
      assert.equal(log.exit_code, 0);
      assert.equal(log.stderr, '');
      assert.equal(log.stdout, expected);
      // The last step's snapshot can be made (a replay in a fresh runtime).
      const snapshot = JSON.parse(session.snapshot(log.step_count - 1));
      assert.equal(snapshot.ok, true, JSON.stringify(snapshot).slice(0, 300));
    });
  });
}

function notebookSource(name) {
  return fs.readFileSync(path.join(notebookDir, `${name}.py`), 'utf8');
}

test('notebook 10: after the dels the Nodes are garbage with count 1; gc.collect() frees them as generation 2', async () => {
  await withSession(undefined, (session) => {
    const log = loadAndRun(session, notebookSource('10_cyclic_gc_collect'));
    // Before line 19 (`collected = gc.collect()`) runs, after `del a` and `del b`.
    const before = findStep(log, 'line', 19);
    assert.ok(before > 0);
    const snapshot = snapshotAt(session, before);
    const nodes = snapshot.objects.filter((o) => o.type === 'Node');
    assert.equal(nodes.length, 2);
    for (const node of nodes) {
      assert.equal(node.refcount, 1, 'held only by the other Node');
      assert.equal(node.garbage, true);
      assert.equal(node.reach, null);
      assert.deepEqual(node.freed, { step: before + 1, reason: 'gc', generation: 2 });
    }
    // While a and b still name them, each has count 2 and is not garbage.
    const linked = snapshotAt(session, findStep(log, 'line', 15));
    for (const node of linked.objects.filter((o) => o.type === 'Node')) {
      assert.equal(node.refcount, 2);
      assert.equal(node.garbage, false);
    }
    // The next step: collected by gc, generation 2, and gone.
    assert.deepEqual(log.collections[0], { step: before + 1, generation: 2, counts_before: log.collections[0].counts_before, collected: 2, uncollectable: 0 });
    const after = snapshotAt(session, before + 1);
    for (const node of nodes) {
      assert.equal(after.objects.find((o) => o.id === node.id), undefined);
      const freed = after.events.find((e) => e.event === 'freed' && e.id === node.id);
      assert.deepEqual(freed, { event: 'freed', id: node.id, type: 'Node', reason: 'gc', generation: 2 });
    }
    const gc = after.events.find((e) => e.event === 'gc');
    assert.equal(gc.collected, 2);
    assert.deepEqual([...gc.phases.unreachable].sort(), nodes.map((n) => n.id).sort());
  });
});

test('notebook 09: the list\'s count is x, y and the argument on the stack', async () => {
  await withSession(undefined, (session) => {
    const log = loadAndRun(session, notebookSource('09_refcount_getrefcount'));
    // The step after line 6 ran has the getrefcount event that explains the printed 3.
    const at = findStep(log, 'line', 7);
    const event = snapshotAt(session, at).events.find((e) => e.event === 'getrefcount');
    assert.equal(event.refcount, 3);
    assert.deepEqual(event.holders.map((h) => [h.kind, h.name ?? h.function]), [['global', 'x'], ['global', 'y'], ['stack', '<module>']]);
    assert.match(event.holders[2].label, /^stack\[\d+\]$/, 'a slot of the module frame\'s evaluation stack');
    // At line 6 itself, before the call, the snapshot counts x and y.
    const snapshot = snapshotAt(session, findStep(log, 'line', 6));
    const list = snapshot.objects.find((o) => o.type === 'list' && o.holders.some((h) => h.name === 'x'));
    assert.equal(list.refcount, 2);
    assert.deepEqual(list.holders.map((h) => h.name), ['x', 'y']);
  });
});

test('step, step_back, delta and reset move through the run', async () => {
  await withSession(undefined, (session) => {
    const log = loadAndRun(session, 'a = [1]\nb = a\ndel a\n');
    assert.ok(log.step_count >= 4);
    assert.equal(session.cursor(), 0);
    const first = JSON.parse(session.step());
    assert.equal(first.ok, true);
    assert.equal(first.step, 1);
    assert.equal(JSON.parse(session.step()).step, 2);
    assert.equal(JSON.parse(session.step_back()).step, 1);
    assert.equal(session.cursor(), 1);
    assert.equal(JSON.parse(session.delta(1, 3)).ok, true);
    assert.equal(JSON.parse(session.reset()).step, 0);
  });
});

test('a syntax error comes back as a diagnostic with its position', async () => {
  await withSession(undefined, (session) => {
    const loaded = JSON.parse(session.load('x = 1\nprint(x +)\n'));
    assert.equal(loaded.ok, false);
    assert.equal(loaded.diagnostics.length, 1);
    const [d] = loaded.diagnostics;
    assert.equal(d.kind, 'SyntaxError');
    assert.equal(d.message, 'invalid syntax');
    assert.equal(d.line, 2);
    assert.equal(d.column, 10);
  });
});

test('a runaway loop stops at the step limit, and the same Session runs the next program', async () => {
  await withSession({ max_steps: 500 }, (session) => {
    const log = loadAndRun(session, 'n = 0\nwhile True:\n    n += 1\n');
    assert.equal(log.status, 'step_limit');
    assert.equal(log.step_count, 500);

    const next = loadAndRun(session, 'import sys\nx = []\ny = x\nprint(sys.getrefcount(x))\n');
    assert.equal(next.status, 'finished');
    assert.equal(next.stdout, '3\n');
  });
});

test('a loop on one line, which makes no new step, stops at the step limit too', async () => {
  await withSession({ max_jumps_per_step: 100000 }, (session) => {
    const log = loadAndRun(session, 'while True: pass\n');
    assert.equal(log.status, 'step_limit');
    assert.equal(log.step_count, 2);
    assert.equal(loadAndRun(session, 'print(1)\n').stdout, '1\n');
  });
});

test('an uncaught exception ends the run with its traceback on stderr', async () => {
  await withSession(undefined, (session) => {
    const log = loadAndRun(session, 'def f():\n    return 1 / 0\nf()\n');
    assert.equal(log.exit_code, 1);
    assert.match(log.stderr, /ZeroDivisionError: division by zero\n$/);
  });
});

test('deep recursion gives RecursionError, not a crash of the module', async () => {
  await withSession(undefined, (session) => {
    const log = loadAndRun(session, 'def f(n):\n    return f(n + 1)\nf(0)\n');
    assert.equal(log.exit_code, 1);
    assert.match(log.stderr, /RecursionError: maximum recursion depth exceeded\n$/);
  });
});

test('the module loads in a Web Worker global (importScripts, no Node)', async () => {
  // What a worker sees: self, location, importScripts; no require, process or module.
  const worker = {
    importScripts() {},
    location: { href: 'http://127.0.0.1/heapscope.js' },
    console,
    WebAssembly,
    TextDecoder,
    performance,
    setTimeout,
    clearTimeout,
  };
  worker.self = worker;
  vm.createContext(worker);
  vm.runInContext(`${fs.readFileSync(jsPath, 'utf8')}\nself.createHeapscope = createHeapscope;`, worker);
  const module = await worker.createHeapscope({ wasmBinary: fs.readFileSync(wasmPath) });
  const session = new module.Session();
  try {
    assert.equal(JSON.parse(session.load('print(6 * 7)\n')).ok, true);
    assert.equal(JSON.parse(session.run()).stdout, '42\n');
  } finally {
    session.delete();
  }
});

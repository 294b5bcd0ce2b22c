// The runtime's limits in the real page (headless Chromium, the real wasm module in its Web
// Worker): each program that hits one ends with a clear answer, its last state can still be
// inspected, the page shows no error, and the same interpreter runs the next program normally.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { button, setCode, screenshot, startBrowser } from '../harness.mjs';

let browser;
let page;

before(async () => {
  browser = await startBrowser();
  page = await browser.newPage();
});

after(async () => {
  await browser?.close();
});

// Runs `code` and waits for the run to end in `runState`; returns the output and the run note.
async function run(code, runState = 'done') {
  await setCode(page, code);
  await button(page, 'Run').click();
  await page.waitForSelector(`body[data-run="${runState}"]`, { timeout: 60000 });
  return {
    output: await page.getByLabel('Output', { exact: true }).textContent(),
    note: await page.locator('#run-note').textContent(),
  };
}

// The step the page shows can be inspected: the diagram draws it with the program's frame.
// `last`: move to the run's last step first (where a limit stopped it); otherwise the page shows
// where the module ended (an uncaught exception's step, before the cleanup at exit).
async function stepIsInspectable({ last = false } = {}) {
  const timeline = page.locator('#timeline');
  if (last) await timeline.fill(await timeline.getAttribute('max'));
  const step = await timeline.inputValue();
  await page.waitForSelector(`#heap[data-step="${step}"]`, { state: 'attached', timeout: 20000 });
  assert.ok(await page.locator('#heap .frame').count() >= 1, `the diagram shows a frame at step ${step}`);
}

// After a limit, the same interpreter runs the next program as usual.
async function nextProgramRuns() {
  const { output, note } = await run('x = [1, 2]\nprint(len(x))\n');
  assert.equal(output, '2\n');
  assert.match(note, /^Finished after \d+ steps\.$/);
  assert.deepEqual(page.errors, []);
}

const lastLine = (text) => text.trimEnd().split('\n').at(-1);

test('the step budget stops an endless loop, and its last step can be inspected', async () => {
  const { note } = await run('n = 0\nwhile True:\n    n += 1\n');
  assert.match(note, /^Stopped after 500000 steps: the step limit was reached/);
  await stepIsInspectable({ last: true });
  await screenshot(page, 'limits-01-step-budget');
  await nextProgramRuns();
});

for (const [what, code] of [
  ['a list of 10**9 items', 'data = [0] * 10**9\n'],
  ['a string of 10**9 characters', "s = 'x' * 10**9\n"],
  ['2 ** 10**10', 'n = 2 ** 10**10\n'],
  ['appends without end', 'chunks = []\nwhile True:\n    chunks.append([0] * 100000)\n'],
]) {
  test(`the heap budget: ${what} raises MemoryError`, async () => {
    const { output, note } = await run(code);
    assert.equal(lastLine(output), 'MemoryError');
    assert.match(output, /^Traceback \(most recent call last\):\n/);
    assert.match(note, /^Ended with an uncaught exception after \d+ steps \(exit status 1\)\.$/);
    await stepIsInspectable();
    await nextProgramRuns();
  });
}

test('deep recursion raises RecursionError', async () => {
  const { output } = await run('def down(n):\n    return down(n + 1)\n\ndown(0)\n');
  assert.equal(lastLine(output), 'RecursionError: maximum recursion depth exceeded');
  assert.match(output, /\[Previous line repeated 996 more times\]/);
  await stepIsInspectable();
  await screenshot(page, 'limits-02-recursion');
  await nextProgramRuns();
});

test('deep nesting in repr, comparison and hashing raises RecursionError', async () => {
  const nest = 'x = []\nfor i in range(100000):\n    x = [x]\n';
  let { output } = await run(`${nest}print(x)\n`);
  assert.equal(lastLine(output), 'RecursionError: maximum recursion depth exceeded while getting the repr of an object');
  ({ output } = await run(`${nest}y = []\nfor i in range(100000):\n    y = [y]\nprint(x == y)\n`));
  assert.equal(lastLine(output), 'RecursionError: maximum recursion depth exceeded in comparison');
  // CPython hashes nested tuples without a depth check, on its C stack; the worker's stack is
  // far smaller, so there the depth is bounded (docs/differences.md).
  ({ output } = await run('t = ()\nfor i in range(100000):\n    t = (t,)\nprint(hash(t))\n'));
  assert.equal(lastLine(output), 'RecursionError: maximum recursion depth exceeded while getting the hash of an object');
  ({ output } = await run('t = ()\nfor i in range(1000):\n    t = (t,)\nprint(hash(t) != 0)\n'));
  assert.equal(output, 'True\n');
  await nextProgramRuns();
});

test('nesting too deep for the parser and the compiler is reported', async () => {
  let { output } = await run(`x = ${'('.repeat(300)}1${')'.repeat(300)}\n`, 'syntax-error');
  assert.equal(lastLine(output), 'SyntaxError: too many nested parentheses');
  let note;
  ({ output, note } = await run(`x = ${'-'.repeat(100000)}1\n`, 'syntax-error'));
  assert.equal(output, 'MemoryError\n');  // CPython's parser, out of its stack
  assert.equal(note, 'The program did not start: MemoryError.');
  ({ output, note } = await run(`x = ${Array(5000).fill('1').join('+')}\n`, 'syntax-error'));
  assert.equal(output, 'RecursionError: maximum recursion depth exceeded during compilation\n');
  assert.equal(note, 'The program did not start: RecursionError.');
  await nextProgramRuns();
});

test('the output cap stops a program that prints without end', async () => {
  const { output, note } = await run("while True:\n    print('x' * 1000)\n");
  assert.match(note, /^Stopped after \d+ steps: the program printed more than the page keeps\.$/);
  assert.ok(output.length >= 1000 && output.length <= 2 ** 20 + 1000, `${output.length} characters shown`);
  await stepIsInspectable({ last: true });
  await nextProgramRuns();
});

// The playground in headless Chromium, against the real build/web/ served over http: running,
// stepping, the heap diagram's figures, Stop, share links, and text staying text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { button, setCode, repo, screenshot, startBrowser } from '../harness.mjs';

let browser;
let page;

before(async () => {
  browser = await startBrowser();
  page = await browser.newPage();
});

after(async () => {
  await browser?.close();
});

// The editor's text, read from its lines.
function editorText(target) {
  return target.locator('.cm-line').evaluateAll((lines) => lines.map((line) => line.textContent).join('\n'));
}

async function runAndWait(runState = 'done') {
  await button(page, 'Run').click();
  await page.waitForSelector(`body[data-run="${runState}"]`, { timeout: 20000 });
}

async function outputText() {
  return page.getByLabel('Output', { exact: true }).textContent();
}

async function stepLabel() {
  return page.locator('#step-label').textContent();
}

// Steps forward to the next "line" step of `line` (the program paused before that line runs).
async function stepToLine(line) {
  const wanted = new RegExp(`^step \\d+ of \\d+ · line ${line}$`);
  for (let i = 0; i < 200; i++) {
    if (wanted.test(await stepLabel())) {
      await page.waitForSelector(`#heap[data-step="${await page.locator('#timeline').inputValue()}"]`);
      return;
    }
    await button(page, 'Step').click();
  }
  assert.fail(`never reached line ${line}: ${await stepLabel()}`);
}

async function objectsOfType(type) {
  return page.locator(`#heap .object:not(.freed)[data-type="${type}"]`).evaluateAll((groups) => groups.map((g) => ({
    refcount: Number(g.dataset.refcount), garbage: g.dataset.garbage, generation: g.dataset.generation,
  })));
}

test('the page loads with the interpreter ready and no console errors', async () => {
  assert.equal(await page.locator('#status').textContent(), 'Ready');
  for (const name of ['Run', 'Step', 'Back', 'Reset', 'Stop', 'Share']) assert.equal(await button(page, name).count(), 1, name);
  assert.deepEqual(page.errors, []);
  await screenshot(page, '01-loaded');
});

test('getrefcount: the badge counts x and y; the printed 3 adds the argument', async () => {
  await page.locator('#examples').selectOption('tests/conformance/notebook/09_refcount_getrefcount.py');
  await page.waitForSelector('body[data-run="done"]');
  assert.equal(await outputText(), await readFile(path.join(repo, 'tests/conformance/notebook/09_refcount_getrefcount.out'), 'utf8'));
  await button(page, 'Reset').click();
  await stepToLine(6);
  assert.deepEqual((await objectsOfType('list')).map((o) => o.refcount), [2]); // x, y (+1 argument = 3)
  await screenshot(page, '02-getrefcount');
  await stepToLine(8);
  assert.deepEqual((await objectsOfType('list')).map((o) => o.refcount), [1]); // x (+1 argument = 2)
});

test('a cycle: two Nodes, garbage after the dels, gone after gc.collect()', async () => {
  await page.locator('#examples').selectOption('tests/conformance/notebook/10_cyclic_gc_collect.py');
  await page.waitForSelector('body[data-run="done"]');
  await button(page, 'Reset').click();
  await stepToLine(15); // both links made, `del a` about to run
  assert.deepEqual(await objectsOfType('Node'), [
    { refcount: 2, garbage: 'false', generation: '0' }, { refcount: 2, garbage: 'false', generation: '0' },
  ]);
  await stepToLine(19); // both names deleted, gc.collect() about to run
  const garbage = await objectsOfType('Node');
  assert.deepEqual(garbage.map((o) => [o.refcount, o.garbage]), [[1, 'true'], [1, 'true']]);
  await screenshot(page, '03-cycle-garbage');
  // The inspector tells the Node's whole life: the collection at the next step frees it.
  const collectStep = Number(await page.locator('#timeline').inputValue()) + 1;
  await page.locator('#heap .object[data-type="Node"]').first().click();
  const inspector = page.getByLabel('Object inspector');
  await inspector.waitFor();
  assert.match(await inspector.textContent(), new RegExp(`allocated at step \\d+, will be freed at step ${collectStep}, by the collector \\(generation 2\\)`));
  await stepToLine(20);
  assert.deepEqual(await objectsOfType('Node'), []);
  // What happened at this step: the collection and the two Nodes it freed.
  const events = await page.locator('#step-events').textContent();
  assert.match(events, /the collector ran on generation 2: 2 unreachable objects collected/);
  assert.equal(events.match(/#\d+ Node freed by the collector \(generation 2\)/g)?.length, 2);
  await screenshot(page, '04-cycle-collected');
  // The collection replayed phase by phase on the diagram of the step before it.
  await page.locator('#gc-panel .collections li', { hasText: `step ${collectStep}: generation 2, collected 2` }).getByRole('button', { name: 'Replay' }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('#heap .object[data-type="Node"] text')].filter((t) => t.textContent === 'gc_refs = 0').length === 2);
  await page.getByRole('button', { name: 'Next phase' }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('#heap .object[data-type="Node"] text')].filter((t) => t.textContent === 'unreachable').length === 2);
  await page.getByRole('button', { name: 'End replay' }).click();
  await stepToLine(20);
  // Back restores the earlier diagram.
  await button(page, 'Back').click();
  await page.waitForFunction(() => document.querySelectorAll('#heap .object:not(.freed)[data-type="Node"][data-garbage="true"]').length === 2);
});

test('Step, Back and the timeline move the current line', async () => {
  await setCode(page, 'a = 1\nb = 2\nc = 3\n');
  await runAndWait();
  await button(page, 'Reset').click();
  const line = () => page.locator('.cm-step-line').textContent();
  await page.waitForFunction(() => /· the program starts$/.test(document.getElementById('step-label').textContent));
  assert.equal(await page.locator('.cm-step-line').count(), 0); // step 0: before the first line
  await button(page, 'Step').click();
  assert.equal(await line(), 'a = 1');
  await button(page, 'Step').click();
  assert.equal(await line(), 'b = 2');
  await button(page, 'Step').click();
  assert.equal(await line(), 'c = 3');
  await button(page, 'Back').click();
  assert.equal(await line(), 'b = 2');
  await page.locator('#timeline').fill('1');
  assert.equal(await line(), 'a = 1');
  assert.equal(await stepLabel(), `step 1 of ${await page.locator('#timeline').getAttribute('max')} · line 1`);
});

test('a step redraws only the objects that changed', async () => {
  await setCode(page, 'a = [1]\nb = [2]\nc = b\nd = 4\n');
  await runAndWait();
  await button(page, 'Reset').click();
  await stepToLine(3); // a and b exist, c = b about to run
  const list = (refcount) => page.locator(`#heap .object[data-type="list"][data-refcount="${refcount}"]`);
  assert.equal(await list(1).count(), 2);
  // a's list: the first allocated, so the smaller id.
  const ids = await list(1).evaluateAll((groups) => groups.map((group) => Number(group.dataset.id)));
  const unchanged = await page.locator(`#heap .object[data-id="${Math.min(...ids)}"]`).elementHandle();
  await stepToLine(4); // b is also c now: its count is 2; a's drawing is the same element
  assert.equal(await list(2).count(), 1);
  assert.equal(await list(1).count(), 1);
  assert.equal(await unchanged.evaluate((group) => group.isConnected && group.dataset.refcount), '1');
});

test('moving the timeline to the step already shown leaves the diagram working', async () => {
  // Regression: the snapshot loop stayed settled and later runs never redrew the diagram.
  await setCode(page, 'a = [1]\nb = [2]\n');
  await runAndWait();
  const timeline = page.locator('#timeline');
  await timeline.fill(await timeline.inputValue());
  await setCode(page, 'x = [1, 2]\ny = x\nz = 3\n');
  await runAndWait();
  assert.equal(await page.locator('#heap').getAttribute('data-step'), await timeline.inputValue());
  assert.deepEqual((await objectsOfType('list')).map((list) => list.refcount), [2]);
});

test('Stop ends an endless loop within a second and keeps the code', async () => {
  // `while True: pass` reaches the page's step limit in a fraction of a second (limits.test.mjs);
  // each step of this loop spends milliseconds in C code, so it is still running when Stop is
  // pressed.
  const code = 'while True:\n    sum(range(100000))\n';
  await setCode(page, code);
  await button(page, 'Run').click();
  await page.waitForSelector('body[data-run="running"]');
  await page.waitForTimeout(300);
  const started = Date.now();
  await button(page, 'Stop').click();
  await page.waitForSelector('body[data-run="stopped"]', { timeout: 1000 });
  assert.ok(Date.now() - started < 1000);
  assert.match(await page.locator('#run-note').textContent(), /^Stopped after/);
  assert.equal(await editorText(page), code);
  // The interpreter works again at once.
  await setCode(page, 'print("after stop")\n');
  await runAndWait();
  assert.equal(await outputText(), 'after stop\n');
});

test('a share link round trip restores the code and the step', async () => {
  const code = 'x = [1, 2]\ny = x\nz = 3\nprint(len(x))\n';
  await setCode(page, code);
  await runAndWait();
  await page.locator('#timeline').fill('3');
  await button(page, 'Share').click();
  const link = await page.evaluate(() => location.href);
  assert.match(link, /#code=[A-Za-z0-9+\-$]+&step=3$/);

  const other = await browser.newPage(new URL(link).hash);
  await other.waitForSelector('body[data-run="done"]');
  assert.equal(await editorText(other), code);
  assert.equal(await other.locator('#timeline').inputValue(), '3');
  assert.equal(await other.locator('.cm-step-line').textContent(), 'z = 3');
  assert.deepEqual(other.errors, []);
  await other.close();
});

test('a malformed link opens the page with a clear message', async () => {
  const other = await browser.newPage('#code=%%%not-lz&step=x');
  const message = other.locator('#message');
  assert.match(await message.textContent(), /^This share link could not be opened: /);
  assert.equal(await message.getAttribute('role'), 'alert');
  await screenshot(other, '05-malformed-link');
  // Everything else works.
  await other.locator('#examples').selectOption('tests/conformance/notebook/01_memory_model.py');
  await other.waitForSelector('body[data-run="done"]');
  assert.equal(await other.getByLabel('Output', { exact: true }).textContent(), '[1, 2, 3, 4]\nTrue\n');
  assert.deepEqual(other.errors, []);
  await other.close();
});

test('a syntax error is underlined and reported', async () => {
  await setCode(page, 'x = [1, 2\nprint(x)\n');
  await runAndWait('syntax-error');
  assert.ok(await page.locator('.cm-syntax-error').count() >= 1);
  assert.match(await outputText(), /SyntaxError/);
  await screenshot(page, '06-syntax-error');
});

test('program output is shown as text, never as HTML', async () => {
  await setCode(page, 'print("<img src=x onerror=window.__hacked=1>")\nprint("<b>bold</b>")\n');
  await runAndWait();
  assert.equal(await outputText(), '<img src=x onerror=window.__hacked=1>\n<b>bold</b>\n');
  assert.equal(await page.locator('#output img, #output b').count(), 0);
  assert.equal(await page.evaluate(() => window.__hacked), undefined);
});

test('the layout works at a phone width', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator('#examples').selectOption('tests/conformance/notebook/10_cyclic_gc_collect.py');
  await page.waitForSelector('body[data-run="done"]');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
  await screenshot(page, '07-phone');
  await page.setViewportSize({ width: 1280, height: 800 });
  assert.deepEqual(page.errors, []);
});

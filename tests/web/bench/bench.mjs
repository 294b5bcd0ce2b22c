// The page benchmark (issue 5): serves build/web/ on loopback and measures, in headless Chromium
// with a fresh profile and the cache disabled, the median of 5 runs of
//   - the time from navigation to the first example's output, opening a share link (it runs
//     by itself), for heapscope and for Pyodide (the same program, the same browser);
//   - the bytes transferred for that (raw, and what gzip would send);
//   - the time per Step with a heap of 100 objects.
// Prints a table. Run: (cd tests/web/bench && npm ci) && node tests/web/bench/bench.mjs
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { serve } from '../../../web/server.mjs';
import { encodeFragment } from '../../../web/src/share.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..', '..');
const { chromium } = createRequire(path.join(repo, 'web', 'package.json'))('playwright-core');
const RUNS = 5;
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const example = await readFile(path.join(repo, 'tests', 'conformance', 'notebook', '01_memory_model.py'), 'utf8');
const expected = await readFile(path.join(repo, 'tests', 'conformance', 'notebook', '01_memory_model.out'), 'utf8');

// One root for both: heapscope's site and Pyodide's files with a page that runs the program.
const root = await mkdtemp(path.join(tmpdir(), 'heapscope-bench-'));
await symlink(path.join(repo, 'build', 'web'), path.join(root, 'site'));
await symlink(path.join(here, 'node_modules', 'pyodide'), path.join(root, 'pyodide'));
await writeFile(path.join(root, 'pyodide.html'), `<!doctype html><meta charset="utf-8"><title>Pyodide</title>
<pre id="output" aria-label="Output"></pre><script src="pyodide/pyodide.js"></script><script>
(async () => {
  const output = document.getElementById('output');
  const pyodide = await loadPyodide({ indexURL: 'pyodide/', stdout: (line) => { output.textContent += line + '\\n'; } });
  pyodide.runPython(decodeURIComponent(location.hash.slice(1)));
})();
</script>`);
const { server, url } = await serve(root, 0);

// Records when #output first holds text (performance.now(): milliseconds since navigation).
function watchOutput() {
  new MutationObserver((_, observer) => {
    const output = document.getElementById('output');
    if (output && output.textContent.length > 0) {
      window.firstOutputAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

// A fresh browser (fresh profile), cache disabled; returns the time to the first output and
// the files transferred.
async function firstOutput(pagePath) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: flags });
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const files = new Map();
    cdp.on('Network.responseReceived', ({ requestId, response }) => {
      if (response.status === 200) files.set(requestId, { url: response.url, bytes: 0 });
    });
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      if (files.has(requestId)) files.get(requestId).bytes = encodedDataLength;
    });
    await page.addInitScript(watchOutput);
    await page.goto(`${url}${pagePath}`);
    await page.waitForFunction(() => window.firstOutputAt !== undefined, null, { timeout: 120000 });
    const ms = await page.evaluate(() => window.firstOutputAt);
    await page.waitForFunction((text) => document.getElementById('output').textContent === text, expected, { timeout: 120000 });
    await page.waitForLoadState('networkidle');
    return { ms, files: [...files.values()] };
  } finally {
    await browser.close();
  }
}

async function transferSizes(files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const urlPath = decodeURIComponent(new URL(file.url).pathname);
    const bytes = await readFile(path.join(root, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

// Time from a click on Step until the diagram shows the next step, at a heap of 100 Nodes.
async function stepTimes() {
  const program = [
    'class Node:', '    def __init__(self, i):', '        self.i = i', '        self.next = None',
    'head = None', 'for i in range(100):', '    node = Node(i)', '    node.next = head', '    head = node',
    ...Array.from({ length: RUNS + 1 }, (_, i) => `x = ${i}`), '',
  ].join('\n');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: flags });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${url}site/#${encodeFragment(program, 0)}`);
    await page.waitForSelector('body[data-run="done"]', { timeout: 60000 });
    const last = Number(await page.locator('#timeline').getAttribute('max'));
    const start = last - RUNS - 1;
    await page.locator('#timeline').fill(String(start));
    await page.waitForSelector(`#heap[data-step="${start}"]`);
    const nodes = await page.locator('#heap .object[data-type="Node"]:not(.freed)').count();
    const times = [];
    for (let step = start + 1; step <= start + RUNS; step++) {
      const began = Date.now();
      await page.getByRole('button', { name: 'Step', exact: true }).click();
      await page.waitForSelector(`#heap[data-step="${step}"]`);
      times.push(Date.now() - began);
    }
    return { nodes, times };
  } finally {
    await browser.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

try {
  const heapscope = [];
  const pyodide = [];
  for (let i = 0; i < RUNS; i++) {
    heapscope.push(await firstOutput(`site/#${encodeFragment(example, 0)}`));
    pyodide.push(await firstOutput(`pyodide.html#${encodeURIComponent(example)}`));
  }
  const heapscopeSize = await transferSizes(heapscope[0].files);
  const pyodideSize = await transferSizes(pyodide[0].files);
  const steps = await stepTimes();
  const hsMs = median(heapscope.map((run) => run.ms));
  const pyMs = median(pyodide.map((run) => run.ms));
  const rows = [
    ['measure (median of 5)', 'heapscope', 'Pyodide'],
    ['navigation to first output', `${hsMs.toFixed(0)} ms`, `${pyMs.toFixed(0)} ms`],
    ['bytes transferred (raw)', kb(heapscopeSize.raw), kb(pyodideSize.raw)],
    ['bytes transferred (gzip)', kb(heapscopeSize.gzip), kb(pyodideSize.gzip)],
    [`Step with ${steps.nodes} Node objects on the heap`, `${median(steps.times)} ms`, '-'],
    ['speed-up (first output)', `${(pyMs / hsMs).toFixed(1)}x`, ''],
  ];
  console.log(`| ${rows[0].join(' | ')} |\n|---|---:|---:|`);
  for (const row of rows.slice(1)) console.log(`| ${row.join(' | ')} |`);
} finally {
  server.close();
  await rm(root, { recursive: true, force: true });
}

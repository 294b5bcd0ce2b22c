// Builds the complete static site into build/web/: the page, its two bundles (page and Web
// Worker), the examples, and the wasm module from build/wasm/. Any static host can serve the result.
//
//   node web/build.mjs        (after `npm ci` in web/ and the `wasm` CMake preset's build)
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const web = path.dirname(fileURLToPath(import.meta.url));
const repo = path.dirname(web);
const out = path.join(repo, 'build', 'web');
const wasmDir = path.join(repo, 'build', 'wasm');
const wasmFiles = ['heapscope.js', 'heapscope.wasm'];

for (const file of wasmFiles) {
  try {
    await stat(path.join(wasmDir, file));
  } catch {
    console.error(`web/build.mjs: build/wasm/${file} is missing; build it first with`);
    console.error('  cmake --preset wasm && cmake --build --preset wasm');
    process.exit(1);
  }
}

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

// The page is a classic script and the worker uses importScripts, so both are IIFE bundles.
await build({
  entryPoints: { app: path.join(web, 'src', 'main.js'), worker: path.join(web, 'src', 'worker.js') },
  outdir: out,
  bundle: true,
  format: 'iife',
  minify: true,
  target: ['es2020'],
  legalComments: 'none',
  logLevel: 'warning',
});

for (const file of ['index.html', 'style.css']) await copyFile(path.join(web, file), path.join(out, file));
for (const file of wasmFiles) await copyFile(path.join(wasmDir, file), path.join(out, file));
await writeFile(path.join(out, 'examples.json'), JSON.stringify(await readExamples()));

await reportSizes();

// The examples menu in one file: the catalogue's sections with each program's text inline.
// Files are named from the repository's root: the notebook's examples are the conformance
// corpus's copies (tests/conformance/notebook/), the other topics live in web/examples/.
async function readExamples() {
  const catalog = JSON.parse(await readFile(path.join(web, 'examples', 'catalog.json'), 'utf8'));
  for (const section of catalog.sections) {
    for (const example of section.examples) {
      example.code = await readFile(path.join(repo, example.file), 'utf8');
    }
  }
  return catalog;
}

async function reportSizes() {
  let raw = 0;
  let gzip = 0;
  const rows = [];
  for (const file of ['index.html', 'style.css', 'app.js', 'worker.js', 'examples.json', ...wasmFiles]) {
    const bytes = await readFile(path.join(out, file));
    const zipped = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gzip += zipped;
    rows.push(`  ${file.padEnd(16)} ${kb(bytes.length).padStart(9)} ${kb(zipped).padStart(9)} gzip`);
  }
  console.log(`built ${path.relative(process.cwd(), out) || '.'}:`);
  console.log(rows.join('\n'));
  console.log(`  ${'total'.padEnd(16)} ${kb(raw).padStart(9)} ${kb(gzip).padStart(9)} gzip`);
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

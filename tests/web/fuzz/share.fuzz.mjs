// Fuzzes the share-link decoder (web/src/share.js) for a given time: valid links, links cut
// short, altered, percent-encoded or spliced together, and random text. For every fragment the
// decoder must return one of its three answers without throwing; a link it accepts must re-encode
// to a link that decodes to the same code and step; any program must survive encode + decode.
// A failure prints the fragment and exits 1.
//
//   node tests/web/fuzz/share.fuzz.mjs [SECONDS] [SEED]     (default 10 s, a new seed each run)
import { decodeFragment, encodeFragment } from '../../../web/src/share.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const seconds = Number(process.argv[2] ?? 10);
const examples = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../../../tests/conformance/notebook');
const programs = readdirSync(examples).filter((f) => f.endsWith('.py')).map((f) => readFileSync(join(examples, f), 'utf8'));

// xorshift32 from a printed seed, so a failure can be reproduced by passing the seed again.
const firstSeed = Number(process.argv[3] ?? (Date.now() % 0x7fffffff)) | 1;
let seed = firstSeed;
function random(n) {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
}
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$%&=#?/ é\u0000\ud800';
const randomChar = () => alphabet[random(alphabet.length)];
function randomText(n) {
  let s = '';
  for (let i = 0; i < n; i++) s += random(8) === 0 ? String.fromCharCode(random(0x10000)) : randomChar();
  return s;
}

function mutate(fragment) {
  const at = random(fragment.length + 1);
  switch (random(7)) {
    case 0: return fragment.slice(0, at);
    case 1: return fragment.slice(0, at) + randomChar() + fragment.slice(at + 1);
    case 2: return fragment.slice(0, at) + randomText(1 + random(4)) + fragment.slice(at);
    case 3: return fragment.slice(0, at) + fragment.slice(at + 1 + random(8));
    case 4: return fragment.replace(/\$/g, '%24').replace(/\+/g, '%2B');
    case 5: return `${fragment}&${fragment}`;
    default: return randomText(random(64));
  }
}

function fail(what, fragment, detail) {
  console.error(`share-link fuzz (seed ${firstSeed}): ${what}\nfragment: ${JSON.stringify(fragment)}\n${detail ?? ''}`);
  process.exit(1);
}

function check(fragment) {
  let result;
  try {
    result = decodeFragment(fragment);
  } catch (e) {
    fail('decodeFragment threw', fragment, e.stack);
  }
  if (result.kind === 'malformed') {
    if (!/^This share link could not be opened: .+\.$/s.test(result.message)) fail('a malformed link without its message', fragment, result.message);
  } else if (result.kind === 'link') {
    const again = decodeFragment(encodeFragment(result.code, result.step ?? 0));
    if (again.kind !== 'link' || again.code !== result.code || again.step !== (result.step ?? 0)) fail('an accepted link does not round-trip', fragment);
  } else if (result.kind !== 'none') {
    fail(`an unknown answer ${JSON.stringify(result)}`, fragment);
  }
}

const deadline = Date.now() + seconds * 1000;
let executions = 0;
while (Date.now() < deadline) {
  for (let i = 0; i < 100; i++, executions++) {
    const code = random(4) === 0 ? randomText(random(200)) : programs[random(programs.length)];
    const step = random(1000);
    const fragment = encodeFragment(code, step);
    const decoded = decodeFragment(`#${fragment}`);
    if (decoded.kind !== 'link' || decoded.code !== code || decoded.step !== step) fail('a program does not survive encode + decode', fragment);
    let mutated = fragment;
    for (let k = 1 + random(3); k > 0; k--) mutated = mutate(mutated);
    check(mutated);
    check(`#${mutated}`);
  }
}
console.log(`share-link fuzz (seed ${firstSeed}): ${executions} programs, ${2 * executions} mutated fragments in ${seconds} s, no failure`);

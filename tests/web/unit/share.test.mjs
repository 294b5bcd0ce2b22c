// Share links: encode/decode round trips and every kind of malformed fragment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeFragment, encodeFragment } from '../../../web/src/share.js';

const programs = [
  '',
  'print(1)\n',
  'import gc\nclass Node:\n    pass\nprint(gc.collect())\n',
  'print("<img src=x onerror=alert(1)>")\n',
  's = "é ü 日本 🎉 \\u0000"\n',
  'x = 1\n'.repeat(2000),
];

test('a fragment round-trips the code and the step', () => {
  for (const code of programs) {
    for (const step of [0, 7, 123456]) {
      const fragment = encodeFragment(code, step);
      assert.match(fragment, /^code=[A-Za-z0-9+\-$]*&step=\d+$/);
      assert.deepEqual(decodeFragment(`#${fragment}`), { kind: 'link', code, step });
      assert.deepEqual(decodeFragment(fragment), { kind: 'link', code, step });
    }
  }
});

test('the step is optional', () => {
  const code = encodeFragment('print(2)\n', 0).split('&')[0];
  assert.deepEqual(decodeFragment(`#${code}`), { kind: 'link', code: 'print(2)\n', step: null });
});

test('a percent-encoded link still opens', () => {
  const fragment = encodeFragment('x = [1, 2, 3]\ny = x\n', 3);
  const escaped = fragment.replace(/\$/g, '%24').replace(/\+/g, '%2B');
  assert.deepEqual(decodeFragment(escaped), decodeFragment(fragment));
});

test('no fragment means no link', () => {
  assert.deepEqual(decodeFragment(''), { kind: 'none' });
  assert.deepEqual(decodeFragment('#'), { kind: 'none' });
});

test('malformed fragments give a message, never an exception', () => {
  const good = encodeFragment('import gc\nprint(gc.collect())\n', 2);
  const [codePart] = good.split('&');
  const cases = {
    'cut short': codePart.slice(0, -5),
    'altered': codePart.replace('code=', 'code=A'),
    'bad percent-encoding': 'code=%E0%A4%A',
    'characters outside the alphabet': 'code=<script>',
    'empty code': 'code=',
    'no code': 'step=3',
    'not name=value': 'hello',
    'unknown part': `${good}&theme=dark`,
    'repeated part': `${good}&step=4`,
    'negative step': `${codePart}&step=-1`,
    'fractional step': `${codePart}&step=1.5`,
    'exponent step': `${codePart}&step=1e3`,
    'empty step': `${codePart}&step=`,
    'huge step': `${codePart}&step=12345678901234567890`,
  };
  for (const [what, fragment] of Object.entries(cases)) {
    const result = decodeFragment(`#${fragment}`);
    assert.equal(result.kind, 'malformed', what);
    assert.match(result.message, /^This share link could not be opened: .+\.$/, what);
  }
});

test('long link parts are shortened in messages', () => {
  const result = decodeFragment(`#${'x'.repeat(500)}=1`);
  assert.equal(result.kind, 'malformed');
  assert.ok(result.message.length < 120, result.message);
});

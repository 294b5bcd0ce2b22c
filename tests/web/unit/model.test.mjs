// From a snapshot to what the diagram draws: rows, inlining, generator frames, shared objects.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildModel, MAX_OBJECTS, MAX_ROWS } from '../../../web/src/heap/model.js';

const object = (id, type, refs = [], extra = {}) => ({
  id, type, repr: `${type} #${id}`, size: 56, refcount: 1, tracked: true, generation: 0,
  finalized: false, garbage: false, shared: false, refs, holders: [], reach: null, ...extra,
});
const moduleFrame = (locals, stack = []) => ({
  function: '<module>', line: 3, locals, stack, function_id: null, generator: null, suspended: false, module: true,
});

const snapshot = {
  objects: [
    object(1, 'list', [['[2]', 'item', 4], ['[1]', 'item', 3], ['[0]', 'item', 2]]),
    object(2, 'int', [], { repr: '1', shared: true, tracked: false, generation: null }),
    object(3, 'int', [], { repr: '2', shared: true, tracked: false, generation: null }),
    object(4, 'str', [], { repr: "'three'", tracked: false, generation: null }),
    object(5, 'function', [['__code__', 'field', 6], ['__globals__', 'field', 7]]),
    object(6, 'code', [['co_consts[0]', 'field', 4]]),
    object(7, 'dict', [], { shared: true }),
    object(8, 'NoneType', [], { repr: 'None', shared: true, tracked: false, generation: null }),
  ],
  frames: [moduleFrame([['x', 1], ['f', 5]], [8])],
};

test('ints and strings are written into the rows that refer to them when inline', () => {
  const model = buildModel(snapshot, { inline: true });
  const list = model.byId.get(1);
  assert.deepEqual(list.rows, [{ label: '[0]', text: '1' }, { label: '[1]', text: '2' }, { label: '[2]', text: "'three'" }]);
  for (const id of [2, 3, 4, 8]) assert.equal(model.byId.has(id), false, `#${id} is inlined`);
  assert.deepEqual(model.frames[0].rows, [{ label: 'x', target: 1 }, { label: 'f', target: 5 }, { label: '(stack 0)', text: 'None' }]);
  assert.equal(model.frames[0].title, 'module globals');
});

test('without inlining they are boxes with arrows, in index order', () => {
  const model = buildModel(snapshot, { inline: false });
  assert.deepEqual(model.byId.get(1).rows, [{ label: '[0]', target: 2 }, { label: '[1]', target: 3 }, { label: '[2]', target: 4 }]);
  for (const id of [2, 3, 4, 8]) assert.equal(model.byId.has(id), true, `#${id} is drawn`);
});

test("the interpreter's machinery is left out: code objects, function globals, class internals", () => {
  const model = buildModel(snapshot, { inline: true });
  assert.equal(model.byId.has(6), false);
  assert.deepEqual(model.byId.get(5).rows, []);
  assert.equal(model.byId.has(7), false);
  const classes = buildModel({
    objects: [
      object(1, 'type', [['__dict__', 'dict', 2], ['__mro__', 'field', 3]], { repr: 'class Node' }),
      object(2, 'dict'), object(3, 'tuple'),
      object(4, 'Node', [['__class__', 'class', 1], ['value', 'attr', 5]]),
      object(5, 'list'),
      object(6, 'module', [['__dict__', 'dict', 7]], { repr: 'module gc' }),
      object(7, 'dict'),
    ],
    frames: [moduleFrame([['Node', 1], ['n', 4], ['gc', 6]])],
  }, { inline: true });
  assert.deepEqual(classes.objects.map((o) => o.id), [1, 4, 6, 5]);
  assert.deepEqual(classes.byId.get(1).rows, []);
  assert.deepEqual(classes.byId.get(4).rows, [{ label: 'value', target: 5 }]);
});

test('objects no frame reaches are drawn when they are garbage', () => {
  const model = buildModel({
    objects: [object(1, 'list'), object(2, 'Node', [['next', 'attr', 3]], { garbage: true }), object(3, 'Node', [['next', 'attr', 2]], { garbage: true })],
    frames: [moduleFrame([])],
  }, { inline: true });
  assert.deepEqual(model.objects.map((o) => o.id), [2, 3]);
});

test('garbage, refcount, size and generation pass through', () => {
  const model = buildModel({
    objects: [object(1, 'Node', [['next', 'attr', 2]], { garbage: true, refcount: 1 }), object(2, 'Node', [['next', 'attr', 1]], { garbage: true, generation: 2 })],
    frames: [moduleFrame([])],
  }, { inline: true });
  assert.deepEqual(model.objects.map((o) => [o.id, o.garbage, o.refcount, o.size, o.generation]), [[1, true, 1, 56, 0], [2, true, 1, 56, 2]]);
});

test("a suspended generator's frame hangs off its generator", () => {
  const model = buildModel({
    objects: [
      object(1, 'generator', [['gi_frame.f_code', 'frame', 3], ['gi_frame.i', 'frame', 2]]),
      object(2, 'int', [], { repr: '7', shared: true }),
      object(3, 'code'),
    ],
    frames: [
      moduleFrame([['g', 1]]),
      { function: 'squares', line: 4, locals: [['i', 2]], stack: [], function_id: null, generator: 1, suspended: true, module: false },
    ],
  }, { inline: true });
  assert.equal(model.frames.length, 1, 'only the running frames stack on the left');
  assert.deepEqual(model.byId.get(1).rows, [{ label: 'gi_frame', target: 'generator-1' }]);
  assert.equal(model.byId.has(3), false);
  const frame = model.byId.get('generator-1');
  assert.equal(frame.frame, true);
  assert.deepEqual(frame.rows, [{ label: 'i', text: '7' }]);
  assert.equal(frame.subtitle, 'suspended at line 4');
});

test('long containers are cut to a readable number of rows', () => {
  const refs = Array.from({ length: 40 }, (_, i) => [`[${i}]`, 'item', 100 + i]);
  const items = Array.from({ length: 40 }, (_, i) => object(100 + i, 'list'));
  const model = buildModel({ objects: [object(1, 'list', refs), ...items], frames: [moduleFrame([['big', 1]])] }, { inline: true });
  const rows = model.byId.get(1).rows;
  assert.equal(rows.length, MAX_ROWS);
  assert.deepEqual(rows.at(-1), { label: `… ${40 - MAX_ROWS + 1} more`, text: '' });
});

test('a huge heap draws the objects nearest to the frames and counts the rest', () => {
  const count = MAX_OBJECTS + 50;
  const objects = Array.from({ length: count }, (_, i) => object(i + 1, 'list', i + 2 <= count ? [['[0]', 'item', i + 2]] : []));
  const model = buildModel({ objects, frames: [moduleFrame([['head', 1]])] }, { inline: true });
  assert.equal(model.objects.length, MAX_OBJECTS);
  assert.equal(model.notDrawn, 50);
  assert.deepEqual(model.objects.slice(0, 3).map((o) => o.id), [1, 2, 3]);
});

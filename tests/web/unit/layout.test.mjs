// The heap layout: frames on the left, objects in columns by distance, stable across steps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arrowPath, boxHeight, columnX, layoutHeap, sizes } from '../../../web/src/heap/layout.js';

const cycle = {
  frames: [{ key: 'module', rows: [{ label: 'a', target: 1 }, { label: 'b', target: 2 }] }],
  objects: [
    { id: 1, rows: [{ label: 'value' }, { label: 'next', target: 2 }] },
    { id: 2, rows: [{ label: 'value' }, { label: 'next', target: 1 }] },
  ],
};

function overlaps(a, b) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function assertNoOverlap(layout) {
  const boxes = [...layout.frames.values(), ...layout.objects.values()];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) assert.ok(!overlaps(boxes[i], boxes[j]), `boxes ${i} and ${j} overlap`);
  }
}

test('frames go left, objects right in columns by distance from the frames', () => {
  const graph = {
    frames: [
      { key: 'module', rows: [{ label: 'x', target: 10 }] },
      { key: 'f', rows: [{ label: 'y', target: 11 }, { label: 'n' }] },
    ],
    objects: [
      { id: 10, rows: [{ label: '[0]', target: 12 }] },
      { id: 11, rows: [] },
      { id: 12, rows: [{ label: '[0]', target: 13 }] },
      { id: 13, rows: [] },
    ],
  };
  const layout = layoutHeap(graph);
  assert.equal(layout.frames.get('module').x, columnX(0));
  assert.ok(layout.frames.get('f').y > layout.frames.get('module').y);
  assert.equal(layout.frames.get('f').height, boxHeight(2, { footer: 6 }));
  assert.deepEqual([10, 11, 12, 13].map((id) => layout.objects.get(id).column), [1, 1, 2, 3]);
  for (const box of layout.objects.values()) assert.equal(box.x, columnX(box.column));
  assert.ok(columnX(1) >= columnX(0) + sizes.frameWidth);
  assertNoOverlap(layout);
  for (const box of [...layout.frames.values(), ...layout.objects.values()]) {
    assert.ok(box.x + box.width <= layout.width && box.y + box.height <= layout.height);
  }
});

test('objects keep their place when the frames let go of them (del a, del b)', () => {
  const before = layoutHeap(cycle);
  const after = layoutHeap({ frames: [{ key: 'module', rows: [] }], objects: cycle.objects }, before);
  for (const id of [1, 2]) assert.deepEqual(after.objects.get(id), before.objects.get(id));
});

test('a new object takes free space without moving the others', () => {
  const first = layoutHeap({
    frames: [{ key: 'module', rows: [{ label: 'a', target: 1 }, { label: 'b', target: 2 }, { label: 'c', target: 3 }] }],
    objects: [{ id: 1, rows: [] }, { id: 2, rows: [] }, { id: 3, rows: [] }],
  });
  // 2 dies, 4 appears: 4 fits into 2's old place; 1 and 3 stay put.
  const second = layoutHeap({
    frames: [{ key: 'module', rows: [{ label: 'a', target: 1 }, { label: 'd', target: 4 }, { label: 'c', target: 3 }] }],
    objects: [{ id: 1, rows: [] }, { id: 3, rows: [] }, { id: 4, rows: [] }],
  }, first);
  assert.deepEqual(second.objects.get(1), first.objects.get(1));
  assert.deepEqual(second.objects.get(3), first.objects.get(3));
  assert.equal(second.objects.get(4).y, first.objects.get(2).y);
  assertNoOverlap(second);
});

test('a box that grows pushes the boxes below it down, never up or sideways', () => {
  const first = layoutHeap(cycle);
  const grown = {
    frames: cycle.frames,
    objects: [{ id: 1, rows: [...cycle.objects[0].rows, { label: 'extra' }, { label: 'more' }] }, cycle.objects[1]],
  };
  const second = layoutHeap(grown, first);
  assert.equal(second.objects.get(1).y, first.objects.get(1).y);
  assert.ok(second.objects.get(2).y > first.objects.get(2).y);
  assert.equal(second.objects.get(2).x, first.objects.get(2).x);
  assertNoOverlap(second);
});

test('unreachable objects still get a place, next to what they point to', () => {
  const layout = layoutHeap({
    frames: [{ key: 'module', rows: [] }],
    objects: [{ id: 5, rows: [{ label: 'me', target: 6 }] }, { id: 6, rows: [{ label: 'me', target: 5 }] }],
  });
  assert.equal(layout.objects.get(5).column, 1);
  assert.equal(layout.objects.get(6).column, 2);
  assertNoOverlap(layout);
});

test('a hundred objects lay out quickly and without overlaps', () => {
  const objects = Array.from({ length: 100 }, (_, i) => ({
    id: i,
    rows: i < 99 ? [{ label: 'next', target: i + 1 }, { label: '[0]', target: (i * 7) % 100 }] : [],
  }));
  const graph = { frames: [{ key: 'module', rows: [{ label: 'head', target: 0 }] }], objects };
  const started = performance.now();
  let layout = null;
  for (let step = 0; step < 20; step++) layout = layoutHeap(graph, layout);
  assert.ok(performance.now() - started < 500);
  assert.equal(layout.objects.size, 100);
  assert.equal(Math.max(...[...layout.objects.values()].map((box) => box.column)), sizes.maxColumn);
  assertNoOverlap(layout);
});

test('arrows start at the row and end on the near side of the target box', () => {
  assert.match(arrowPath(100, 50, { x: 300, y: 20, width: 180, height: 60 }), /^M100,50 C.* 300,34$/);
  // A box to the left, or in the same column: the arrow comes back into its right side.
  assert.match(arrowPath(500, 50, { x: 300, y: 20, width: 180, height: 60 }), /^M500,50 C.* 480,34$/);
  assert.match(arrowPath(470, 50, { x: 300, y: 200, width: 180, height: 60 }), /^M470,50 C521,50 521,214 480,214$/);
});

// The run log's questions: output so far, lines, collections, the memory curve, how the run ended.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Trace } from '../../../web/src/trace.js';
import { replayPhases } from '../../../web/src/gc/replay.js';

const gcEvent = {
  event: 'gc', generation: 2, counts_before: [5, 0, 0], collected: 2, uncollectable: 0, candidates: 9,
  phases: { gc_refs: [[7, 0], [8, 0], [3, 1]], unreachable: [7, 8], finalized: [], resurrected: [], cleared: [7, 8] },
};
// A run log (version 2): five steps as columns.
const log = {
  ok: true, version: 2, status: 'finished', exit_code: 0, step_count: 5, stdout: 'a\nb\n', stderr: '',
  functions: ['<module>'],
  steps: {
    kind: 'llllx', line: [1, 2, 3, 4, 0], depth: [1, 1, 1, 1, 0], function: [0, 0, 0, 0, -1],
    objects: [0, 1, 1, 0, 0], bytes: [0, 48, 48, 0, 0],
  },
  output: [
    { step: 1, stream: 'stdout', text: 'a\n' }, { step: 2, stream: 'stderr', text: 'warn\n' }, { step: 2, stream: 'stdout', text: 'b\n' },
  ],
  collections: [{ step: 3, generation: 2, counts_before: [5, 0, 0], collected: 2, uncollectable: 0 }],
};

// The same log with other steps (columns built from [kind letter, line, depth, function] rows).
function withSteps(rows, functions = ['<module>', 'f']) {
  const column = (k) => rows.map((row) => row[k]);
  return {
    ...log, functions, step_count: rows.length,
    steps: { kind: column(0).join(''), line: column(1), depth: column(2), function: column(3), objects: rows.map(() => 0), bytes: rows.map(() => 0) },
  };
}

test('the output written by a step includes the chunks of that step', () => {
  const trace = new Trace(log);
  assert.deepEqual(trace.chunks, [{ stream: 'stdout', text: 'a\n' }, { stream: 'stderr', text: 'warn\n' }, { stream: 'stdout', text: 'b\n' }]);
  assert.deepEqual([0, 1, 2, 3, 4].map((i) => trace.outputCountAt(i)), [0, 1, 3, 3, 3]);
});

test('a finished run is shown at the end of the module, before cleanup', () => {
  const rows = [['l', 1, 1, 0], ['l', 2, 1, 0], ['r', 3, 1, 0], ['x', 0, 0, -1]];
  assert.equal(new Trace(withSteps(rows)).endStep, 2);
  assert.equal(new Trace(log).endStep, 4, 'no module return step: the last step');
  const nested = [['c', 0, 1, 0], ['c', 1, 2, 1], ['r', 2, 2, 1], ['l', 3, 1, 0], ['x', 0, 0, -1]];
  assert.equal(new Trace(withSteps(nested)).endStep, 4, 'a function\'s return is not the module\'s');
});

test('lines, steps and the memory series', () => {
  const trace = new Trace(log);
  assert.equal(trace.lastStep, 4);
  assert.deepEqual([0, 1, 2, 3].map((i) => trace.lineAt(i)), [1, 2, 3, 4]);
  assert.deepEqual(trace.memorySeries().bytes, [0, 48, 48, 0, 0]);
  assert.deepEqual(trace.memorySeries().objects, [0, 1, 1, 0, 0]);
});

test('collections', () => {
  const trace = new Trace(log);
  assert.equal(trace.collections.length, 1);
  assert.equal(trace.collections[0].step, 3);
});

test('how the run ended', () => {
  assert.equal(new Trace(log).summary(), 'Finished after 5 steps.');
  assert.equal(new Trace(log).failed, false);
  const error = new Trace({ ...log, status: 'error', exit_code: 1 });
  assert.equal(error.failed, true);
  assert.match(error.summary(), /uncaught exception.*exit status 1/);
  assert.match(new Trace({ ...log, status: 'step_limit' }).summary(), /step limit/);
});

test('a collection replays in four phases, each marking the objects it concerns', () => {
  const phases = replayPhases({ ...gcEvent, step: 3 });
  assert.equal(phases.length, 4);
  assert.deepEqual([...phases[0].marks], [[7, 'gc_refs = 0'], [8, 'gc_refs = 0'], [3, 'gc_refs = 1']]);
  assert.deepEqual([...phases[1].marks], [[7, 'unreachable'], [8, 'unreachable']]);
  assert.match(phases[2].text, /No unreachable object has a __del__/);
  assert.deepEqual([...phases[3].marks.keys()], [7, 8]);
  assert.match(phases[3].text, /reports 2/);
});

test('each step is described in words', () => {
  const trace = new Trace(withSteps([
    ['c', 0, 1, 0], ['l', 3, 1, 0], ['c', 2, 2, 1], ['r', 3, 2, 1], ['e', 5, 1, 0], ['x', 0, 0, -1],
  ]));
  assert.deepEqual([0, 1, 2, 3, 4, 5].map((i) => trace.describe(i)), [
    'the program starts', 'line 3', 'call f() · line 2', 'return from f() · line 3', 'exception · line 5',
    'the program is over (after cleanup)',
  ]);
});

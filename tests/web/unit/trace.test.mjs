// The run log's questions: output so far, lines, collections, lifetimes, how the run ended.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Trace } from '../../../web/src/trace.js';
import { replayPhases } from '../../../web/src/gc/replay.js';

const step = (line, events = [], objects = 0, bytes = 0) => ({ step: 0, kind: 'line', line, depth: 1, function: '<module>', objects, bytes, events });
const gcEvent = {
  event: 'gc', generation: 2, counts_before: [5, 0, 0], collected: 2, uncollectable: 0, candidates: 9,
  phases: { gc_refs: [[7, 0], [8, 0], [3, 1]], unreachable: [7, 8], finalized: [], resurrected: [], cleared: [7, 8] },
};
const log = {
  ok: true, version: 1, status: 'finished', exit_code: 0, step_count: 5, stdout: 'a\nb\n', stderr: '',
  steps: [
    step(1),
    step(2, [{ event: 'allocated', id: 7, type: 'Node', size: 48 }, { event: 'stdout', text: 'a\n' }], 1, 48),
    step(3, [{ event: 'stderr', text: 'warn\n' }, { event: 'stdout', text: 'b\n' }], 1, 48),
    step(4, [gcEvent, { event: 'freed', id: 7, reason: 'gc', generation: 2 }], 0, 0),
    { ...step(0), kind: 'exit' },
  ],
};

test('the output written by a step includes the events of that step', () => {
  const trace = new Trace(log);
  assert.deepEqual(trace.chunks, [{ stream: 'stdout', text: 'a\n' }, { stream: 'stderr', text: 'warn\n' }, { stream: 'stdout', text: 'b\n' }]);
  assert.deepEqual([0, 1, 2, 3, 4].map((i) => trace.outputCountAt(i)), [0, 1, 3, 3, 3]);
});

test('a finished run is shown at the end of the module, before cleanup', () => {
  const steps = [...log.steps.slice(0, 4), { ...step(4), kind: 'return' }, { ...step(0), kind: 'exit', depth: 0 }];
  assert.equal(new Trace({ ...log, steps }).endStep, 4);
  assert.equal(new Trace(log).endStep, 4, 'no module return step: the last step');
});

test('lines, steps and the memory series', () => {
  const trace = new Trace(log);
  assert.equal(trace.lastStep, 4);
  assert.deepEqual([0, 1, 2, 3].map((i) => trace.lineAt(i)), [1, 2, 3, 4]);
  assert.deepEqual(trace.memorySeries().map((point) => point.bytes), [0, 48, 48, 0, 0]);
});

test('collections and lifetimes', () => {
  const trace = new Trace(log);
  assert.equal(trace.collections.length, 1);
  assert.equal(trace.collections[0].step, 3);
  assert.deepEqual(trace.lifetimes.get(7), { allocated: 1, type: 'Node', freed: 3, reason: 'gc', generation: 2 });
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
  const trace = new Trace({
    ...log,
    steps: [
      { ...step(0), kind: 'call' },
      step(3),
      { ...step(2), kind: 'call', function: 'f', depth: 2 },
      { ...step(3), kind: 'return', function: 'f', depth: 2 },
      { ...step(5), kind: 'exception' },
      { ...step(0), kind: 'exit', function: '', depth: 0 },
    ],
  });
  assert.deepEqual([0, 1, 2, 3, 4, 5].map((i) => trace.describe(i)), [
    'the program starts', 'line 3', 'call f() · line 2', 'return from f() · line 3', 'exception · line 5',
    'the program is over (after cleanup)',
  ]);
});

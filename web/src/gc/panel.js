// The garbage collector panel: each generation's count against its threshold at this step, the
// collections of the run, the memory chart, and a phase-by-phase replay of one collection.
import { el } from '../dom.js';
import { memoryChart } from './chart.js';
import { replayPhases } from './replay.js';

// onReplay(collection, phase): show a phase on the diagram (null, null: the replay ended).
// describe(collection): the collection's gc event with its phases (from its step's snapshot).
export function createGcPanel(root, { onReplay, describe }) {
  let trace = null;
  let step = 0;
  let gcState = null; // the snapshot's collector state: { counts, thresholds, enabled }
  let replay = null; // { collection, phases, index }

  function render() {
    if (trace === null) {
      root.replaceChildren(el('p', { className: 'muted' }, 'Run a program to see the collector at work.'));
      return;
    }
    const series = trace.memorySeries();
    root.replaceChildren(...[
      generations(),
      el('h3', {}, 'Collections'),
      collections(),
      replay ? replayControls() : null,
      el('h3', {}, 'Memory'),
      memoryChart(series, step),
      el('p', { className: 'chart-key' },
        el('span', { className: 'key-objects' }, '— live objects'), ' ',
        el('span', { className: 'key-bytes' }, '— live bytes'),
        ` · now: ${series.objects[step]} objects, ${series.bytes[step]} bytes`),
    ].filter(Boolean));
  }

  function generations() {
    if (!gcState) return el('p', { className: 'muted' }, 'Generation counts appear with the heap.');
    const rows = gcState.counts.map((count, generation) => {
      const threshold = gcState.thresholds[generation];
      const fill = threshold > 0 ? Math.min(100, (100 * count) / threshold) : 0;
      return el('tr', {},
        el('th', { scope: 'row' }, `gen ${generation}`),
        el('td', {}, `${count} / ${threshold}`),
        el('td', { className: 'bar-cell' }, el('div', { className: 'bar' }, el('span', { style: `width: ${fill}%` }))));
    });
    return el('table', { className: 'generations' },
      el('caption', {}, gcState.enabled === false ? 'Counts vs thresholds (automatic collection is off)' : 'Counts vs thresholds'),
      el('tbody', {}, rows));
  }

  function collections() {
    if (trace.collections.length === 0) return el('p', { className: 'muted' }, 'No collection in this run.');
    return el('ol', { className: 'collections' }, trace.collections.map((collection) => el('li', {
      className: collection.step <= step ? 'done' : 'later',
    },
    `step ${collection.step}: generation ${collection.generation}, collected ${collection.collected}`,
    collection.uncollectable ? `, uncollectable ${collection.uncollectable}` : '',
    collection.step > step ? ' (later)' : '',
    ' ',
    el('button', { type: 'button', onclick: () => startReplay(collection) }, 'Replay'))));
  }

  async function startReplay(collection) {
    const shownTrace = trace;
    const described = await describe(collection);
    if (trace !== shownTrace) return; // a new run started meanwhile
    replay = { collection: described, phases: replayPhases(described), index: 0 };
    onReplay(described, replay.phases[0]);
    render();
  }

  function replayControls() {
    const { phases, index } = replay;
    const move = (delta) => {
      replay.index = Math.max(0, Math.min(phases.length - 1, index + delta));
      onReplay(replay.collection, phases[replay.index]);
      render();
    };
    return el('div', { className: 'replay', role: 'group', 'aria-label': 'Collection replay' },
      el('p', {}, el('strong', {}, `Phase ${index + 1} of ${phases.length}: ${phases[index].title}`)),
      el('p', {}, phases[index].text),
      el('button', { type: 'button', disabled: index === 0, onclick: () => move(-1) }, 'Previous phase'), ' ',
      el('button', { type: 'button', disabled: index === phases.length - 1, onclick: () => move(1) }, 'Next phase'), ' ',
      el('button', { type: 'button', onclick: () => { replay = null; onReplay(null, null); render(); } }, 'End replay'));
  }

  render();
  return {
    setTrace(newTrace) {
      trace = newTrace;
      replay = null;
      gcState = null;
      step = 0;
      render();
    },
    showStep(newStep, newGcState) {
      step = newStep;
      if (newGcState !== undefined) gcState = newGcState;
      render();
    },
  };
}

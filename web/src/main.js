// Wires the page together: editor, examples, runner, timeline, output, heap view, GC panel and
// share links. Each of those lives in its own module; this one only connects them.
import { createEditor } from './editor.js';
import { setUpExamples } from './examples.js';
import { Runner, StoppedError } from './runner.js';
import { createOutput } from './output.js';
import { decodeFragment, encodeFragment } from './share.js';
import { loadCode, saveCode } from './storage.js';
import { Trace } from './trace.js';
import { createHeapView } from './heap/view.js';
import { createGcPanel } from './gc/panel.js';
import { createStepEvents } from './step-events.js';

const $ = (id) => document.getElementById(id);
const buttons = {
  run: $('run'), step: $('step'), back: $('back'), reset: $('reset'), stop: $('stop'), share: $('share'),
};
const timeline = $('timeline');
const stepLabel = $('step-label');
const statusLine = $('status');
const message = $('message');

const WELCOME = `# Pick an example above, or write Python here and press Run (Ctrl+Enter).
import sys

x = [1, 2, 3]
y = x
print(sys.getrefcount(x))  # 3: x, y, and the argument of getrefcount
`;

// What the page is showing: the last run (if any) and the step the timeline is at.
const state = {
  trace: null, // Trace of the last run
  tracedCode: null, // the code that run ran
  step: 0,
  ready: false, // the interpreter has started
  whenReady: null, // a run asked for before it had
  running: false,
  shownStep: -1, // the step whose snapshot the heap view shows
  snapshots: new Map(), // step -> parsed snapshot of the current run, oldest first
};

const output = createOutput($('output'), $('run-note'));
const heapView = createHeapView({
  container: $('heap'),
  legend: $('legend'),
  inspector: $('inspector'),
  inlineToggle: $('inline-values'),
  zoom: { in: $('zoom-in'), out: $('zoom-out'), fit: $('zoom-fit') },
  exportButtons: { svg: $('export-svg'), png: $('export-png') },
});
const gcPanel = createGcPanel($('gc-panel'), { onReplay: replayCollection, describe: describeCollection });
const stepEvents = createStepEvents($('step-events'));
const runner = new Runner({ onBusy: () => updateButtons() });

const link = decodeFragment(location.hash);
const editor = createEditor($('editor'), {
  code: link.kind === 'link' ? link.code : loadCode() ?? WELCOME,
  onRun: () => run(),
  onChange(code) {
    saveCode(code);
    updateTimeline();
  },
});

// ---- Running and moving through the steps.

// Runs the editor's program to the end; then shows `targetStep` (default: the last step).
async function run(targetStep = null) {
  if (!state.ready) {
    state.whenReady = () => run(targetStep); // asked before the interpreter started: run then
    return;
  }
  if (state.running) return;
  const code = editor.getCode();
  setRunning(true);
  setRunState('running');
  output.clear();
  editor.setDiagnostics([]);
  const started = performance.now();
  try {
    const { load, log } = await runner.run(code);
    const loaded = JSON.parse(load);
    const runLog = JSON.parse(log);
    if (!loaded.ok) {
      showSyntaxErrors(loaded.diagnostics, runLog.stderr ?? '');
      setRunState('syntax-error');
      return;
    }
    if (!runLog.ok) throw new Error(runLog.error.message);
    state.trace = new Trace(runLog);
    state.tracedCode = code;
    state.shownStep = -1;
    state.snapshots = new Map();
    gcPanel.setTrace(state.trace);
    await goTo(targetStep ?? state.trace.endStep);
    output.note(state.trace.summary(), state.trace.failed ? 'error' : 'info');
    setRunState('done');
  } catch (error) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (error instanceof StoppedError) {
      const where = error.progress === 'run' ? 'while the program was running' : 'before the program started';
      output.note(`Stopped after ${seconds} s, ${where}. Your code is unchanged.`, 'error');
      setRunState('stopped');
    } else {
      // The worker's failure or the page's own (parsing or drawing the run): a bug either way.
      output.note(`heapscope could not show this run (a bug in heapscope): ${error.message}`, 'error');
      setRunState('failed');
    }
  } finally {
    setRunning(false);
  }
}

// `stderr`: what CPython prints for the error (the traceback with its caret).
function showSyntaxErrors(diagnostics, stderr) {
  state.trace = null;
  editor.setDiagnostics(diagnostics);
  editor.setStepLine(0);
  heapView.clear('Fix the syntax error to see the heap.');
  gcPanel.setTrace(null);
  output.show([{ stream: 'stderr', text: stderr }]);
  // MemoryError and RecursionError (nesting too deep for the parser or the compiler) have no position.
  const where = diagnostics.map((d) => (d.line > 0 ? `${d.kind} at line ${d.line}, column ${d.column}` : d.kind)).join('; ');
  output.note(`The program did not start: ${where}.`, 'error');
  updateTimeline();
}

function traceIsCurrent() {
  return state.trace !== null && state.tracedCode === editor.getCode();
}

async function goTo(step) {
  const trace = state.trace;
  state.step = Math.max(0, Math.min(step, trace.lastStep));
  editor.setStepLine(trace.lineAt(state.step));
  output.show(trace.chunks, trace.outputCountAt(state.step));
  gcPanel.showStep(state.step);
  updateTimeline();
  await showSnapshot();
}

// Shows one phase of a collection on the diagram of the step just before it ran, when its
// objects are all still there; `collection` null ends the replay.
async function replayCollection(collection, phase) {
  if (collection === null) {
    heapView.mark(new Map());
    return;
  }
  const before = Math.max(0, collection.step - 1);
  if (state.step !== before || state.shownStep !== before) await goTo(before);
  heapView.mark(phase.marks);
}

// A collection of the run log with its gc event (and so its phases): the events of the step
// it ended before, in the snapshot of that step. Collections that end before the same step are
// that step's gc events in order.
async function describeCollection(collection) {
  const trace = state.trace;
  const snapshot = await snapshotAt(collection.step, state.snapshots);
  const gcEvents = snapshot.ok ? snapshot.events.filter((event) => event.event === 'gc') : [];
  const index = trace.collections.filter((c) => c.step === collection.step).indexOf(collection);
  return { ...collection, ...(gcEvents[index] ?? {}) };
}

// Brings the diagram to the current step. One request is in flight at a time: dragging the
// timeline asks only for the step it rests on, not every step it passed. Callers share one
// promise, which settles when the current step is shown. Snapshots are cached per run.
let snapshotLoop = null;
function showSnapshot() {
  // The loop is forgotten in a later microtask: when it has nothing to do it ends before `??=`
  // stores it, and a `finally` inside it would run too early, leaving a settled loop in place.
  snapshotLoop ??= (async () => {
    while (state.trace !== null && state.shownStep !== state.step) {
      const { step, snapshots } = state;
      const snapshot = await snapshotAt(step, snapshots);
      if (step === state.step && snapshots === state.snapshots) display(step, snapshot);
    }
  })().finally(() => {
    snapshotLoop = null;
  });
  return snapshotLoop;
}

// `snapshots` is the cache of the run the step belongs to (a new run gets a new one).
async function snapshotAt(step, snapshots) {
  if (!snapshots.has(step)) {
    if (snapshots.size >= 200) snapshots.delete(snapshots.keys().next().value);
    try {
      snapshots.set(step, JSON.parse(await runner.snapshot(step)));
    } catch (error) {
      return { ok: false, error: { message: error instanceof StoppedError ? 'stopped' : error.message } };
    }
  }
  return snapshots.get(step);
}

function display(step, snapshot) {
  state.shownStep = step;
  $('heap').dataset.step = step;
  if (!snapshot.ok) {
    heapView.clear(`No heap for this step: ${snapshot.error.message}`);
    return;
  }
  heapView.show(snapshot, { step, trace: state.trace });
  const types = new Map(snapshot.objects.map((object) => [object.id, object.type]));
  stepEvents.show(snapshot.events, snapshot.events_omitted ?? 0, (id) => types.get(id));
  gcPanel.showStep(step, snapshot.gc);
}

async function stepBy(delta) {
  if (!traceIsCurrent()) {
    await run(0);
    return;
  }
  await goTo(state.step + delta);
}

// ---- Controls.

buttons.run.addEventListener('click', () => run());
buttons.step.addEventListener('click', () => stepBy(1));
buttons.back.addEventListener('click', () => stepBy(-1));
buttons.reset.addEventListener('click', () => (traceIsCurrent() ? goTo(0) : run(0)));
buttons.stop.addEventListener('click', () => runner.stop());
buttons.share.addEventListener('click', share);
timeline.addEventListener('input', () => {
  if (traceIsCurrent()) goTo(Number(timeline.value));
});

// The state of the last run, as an attribute the tests (and CSS) can wait on.
function setRunState(runState) {
  document.body.dataset.run = runState;
}

// While a program runs, the status line counts the seconds, so a long run visibly goes on.
let runningTimer = null;
function setRunning(running) {
  state.running = running;
  statusLine.classList.toggle('busy', running);
  statusLine.textContent = running ? 'Running…' : 'Ready';
  clearInterval(runningTimer);
  if (running) {
    const started = performance.now();
    runningTimer = setInterval(() => {
      statusLine.textContent = `Running… ${((performance.now() - started) / 1000).toFixed(1)} s`;
    }, 200);
  }
  updateButtons();
}

function updateButtons() {
  const idle = state.ready && !state.running;
  const current = idle && traceIsCurrent();
  buttons.run.disabled = !idle;
  buttons.step.disabled = !idle || (current && state.step >= state.trace.lastStep);
  buttons.back.disabled = !current || state.step <= 0;
  buttons.reset.disabled = !idle;
  buttons.stop.disabled = !state.running;
  timeline.disabled = !current;
}

function updateTimeline() {
  const trace = state.trace;
  if (trace === null) {
    timeline.max = 0;
    timeline.value = 0;
    stepLabel.textContent = 'no run yet';
  } else {
    timeline.max = trace.lastStep;
    timeline.value = state.step;
    stepLabel.textContent = traceIsCurrent()
      ? `step ${state.step} of ${trace.lastStep} · ${trace.describe(state.step)}`
      : 'the code changed: Run to see it';
    timeline.setAttribute('aria-valuetext', stepLabel.textContent);
  }
  updateButtons();
}

// ---- Share links.

async function share() {
  const step = traceIsCurrent() ? state.step : 0;
  const url = `${location.origin}${location.pathname}#${encodeFragment(editor.getCode(), step)}`;
  history.replaceState(null, '', url);
  let copied = false;
  try {
    await navigator.clipboard.writeText(url);
    copied = true;
  } catch {
    // Clipboard access can be refused; the link is in the address bar anyway.
  }
  showMessage(copied ? 'Link copied to the clipboard.' : 'The link to share is in the address bar.', 'info');
}

function openLink(decoded) {
  if (decoded.kind === 'malformed') {
    showMessage(decoded.message, 'error');
    return;
  }
  if (decoded.kind !== 'link') return;
  showMessage('', 'info');
  if (editor.getCode() !== decoded.code) editor.setCode(decoded.code);
  run(decoded.step ?? undefined);
}

window.addEventListener('hashchange', () => {
  const decoded = decodeFragment(location.hash);
  if (decoded.kind === 'link' && traceIsCurrent() && decoded.code === state.tracedCode) {
    goTo(decoded.step ?? state.trace.endStep);
  } else {
    openLink(decoded);
  }
});

function showMessage(text, kind) {
  message.textContent = text;
  message.hidden = text === '';
  message.dataset.kind = kind;
  message.setAttribute('role', kind === 'error' ? 'alert' : 'status');
}

// ---- Start-up.

async function start() {
  updateTimeline();
  heapView.clear('Run a program to see its heap.');
  statusLine.classList.add('busy');
  const examples = setUpExamples($('examples'), (example) => {
    editor.setCode(example.code);
    showMessage('', 'info');
    run();
  }).catch((error) => showMessage(`The examples could not be loaded: ${error.message}`, 'error'));
  try {
    await runner.start();
  } catch (error) {
    statusLine.classList.remove('busy');
    statusLine.textContent = 'The interpreter could not start.';
    showMessage(`The interpreter could not start: ${error.message}`, 'error');
    return;
  }
  state.ready = true;
  statusLine.classList.remove('busy');
  statusLine.textContent = 'Ready';
  updateButtons();
  await examples;
  if (link.kind !== 'none') openLink(link);
  else state.whenReady?.();
}

start();

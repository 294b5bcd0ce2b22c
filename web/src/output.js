// The Output panel: the program's stdout and stderr up to the current step, as text (never HTML).
// A note under it says how the run ended.
import { el } from './dom.js';

export function createOutput(pre, note) {
  return {
    // chunks: [{ stream: 'stdout' | 'stderr', text }]
    show(chunks) {
      pre.replaceChildren(...chunks.map(({ stream, text }) =>
        (stream === 'stderr' ? el('span', { className: 'stderr' }, text) : document.createTextNode(text))));
      pre.scrollTop = pre.scrollHeight;
    },
    note(text, kind = 'info') {
      note.textContent = text;
      note.className = `run-note ${kind}`;
      note.hidden = text === '';
    },
    clear() {
      pre.replaceChildren();
      this.note('');
    },
  };
}

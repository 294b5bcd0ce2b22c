// The Output panel: the program's stdout and stderr up to the current step, as text (never HTML).
// A note under it says how the run ended.
import { el } from './dom.js';

export function createOutput(pre, note) {
  return {
    // chunks: [{ stream: 'stdout' | 'stderr', text }]; the ones from `shown` on were written
    // after the current step, and are dimmed.
    show(chunks, shown = chunks.length) {
      pre.replaceChildren(...chunks.map(({ stream, text }, i) => {
        const classes = [stream === 'stderr' && 'stderr', i >= shown && 'later'].filter(Boolean).join(' ');
        return classes ? el('span', { className: classes }, text) : document.createTextNode(text);
      }));
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

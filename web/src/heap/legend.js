// The key under the diagram: what the colours and marks mean.
import { el } from '../dom.js';

const entries = [
  ['gen0', 'generation 0 (new)'],
  ['gen1', 'generation 1'],
  ['gen2', 'generation 2 (oldest)'],
  ['untracked', 'not tracked by the collector'],
  ['garbage', 'garbage: alive only through a cycle'],
];

export function legendItems() {
  return [
    ...entries.map(([colour, text]) => el('span', {},
      el('span', { className: 'swatch', style: `border-color: var(--${colour}); background: var(--${colour === 'garbage' ? 'garbage-fill' : 'bg'})` }), text)),
    el('span', {}, '● → a reference · the badge is the reference count · faded: freed at this step'),
  ];
}

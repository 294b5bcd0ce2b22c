// "What happened": the events between the previous step and the current one, in words. The
// sys.getrefcount event lists its holders, which is how the page answers "why does it say 3?".
import { el } from './dom.js';
import { holderText } from './holders.js';

const MAX_SHOWN = 20;

export function createStepEvents(root) {
  return {
    // events: the step's events (output is left to the Output panel); omitted: how many more the
    // snapshot only counted; typeOf(id): a type name.
    show(events, omitted, typeOf) {
      const name = (id) => (typeOf(id) ? `#${id} ${typeOf(id)}` : `#${id}`);
      const items = events.map((event) => describe(event, name)).filter(Boolean);
      const more = items.length - Math.min(items.length, MAX_SHOWN) + omitted;
      root.replaceChildren(items.length === 0
        ? el('p', { className: 'muted' }, 'No allocation, free or collection at this step.')
        : el('ul', {}, items.slice(0, MAX_SHOWN).map((item) => el('li', {}, item)),
          more > 0 ? el('li', { className: 'muted' }, `… and ${more} more`) : null));
    },
  };
}

function describe(event, name) {
  switch (event.event) {
    case 'allocated':
      return `new ${event.type} #${event.id}${event.size === null ? '' : ` (${event.size} bytes)`}`;
    case 'freed':
      return event.reason === 'gc'
        ? `#${event.id} ${event.type} freed by the collector (generation ${event.generation})`
        : `#${event.id} ${event.type} freed: its reference count reached 0`;
    case 'gc':
      return `the collector ran on generation ${event.generation}: ${event.collected} unreachable object${event.collected === 1 ? '' : 's'} collected`;
    case 'del':
      return `__del__ of #${event.id} ${event.type} ran`;
    case 'getrefcount':
      return [`sys.getrefcount(${name(event.id)}) is ${event.refcount}: `,
        el('span', {}, event.holders.flatMap((holder, i) => [i ? ', ' : '', holderText(holder, (id) => name(id))]))];
    case 'exception':
      return `${event.type}: ${event.message} (line ${event.line})`;
    case 'limit':
      return `limit reached: ${event.kind}`;
    case 'weakref_callback':
      return `the callback of weak reference #${event.id} ran`;
    default:
      return null;
  }
}

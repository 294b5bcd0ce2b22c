// The object inspector: everything known about one object at this step. Why its count is what
// it is (its holders), who refers to it and what it refers to, one path from a root (why it is
// alive), and its lifetime so far. All text goes in as text.
import { el } from '../dom.js';
import { generationText } from './render.js';
import { holderText } from '../holders.js';

export function showInspector(panel, { model, snapshot, context, id, onSelect, onClose }) {
  const object = model.byId.get(id);
  const source = object.source;
  const all = new Map(snapshot.objects.map((o) => [o.id, o]));
  // Objects drawn in the diagram are links; others (ints drawn inline, code objects...) are
  // named by their short repr.
  const link = (targetId) => {
    const target = all.get(targetId);
    if (model.byId.has(targetId)) {
      return el('button', { type: 'button', className: 'link', onclick: () => onSelect(targetId) }, `#${targetId} ${target.type}`);
    }
    return el('span', {}, target ? `${target.type} ${target.repr}` : `#${targetId}`);
  };

  panel.replaceChildren(
    el('button', { type: 'button', className: 'close', onclick: onClose, 'aria-label': 'Close the inspector' }, '×'),
    el('h3', {}, `#${id} ${object.type}`),
    el('p', {}, el('code', {}, source.repr)),
    el('ul', {},
      el('li', {}, object.size === null ? 'size: the class defines __sizeof__ (not run here)' : `size: ${object.size} bytes (sys.getsizeof)`),
      el('li', {}, object.refcount === null ? 'reference count: not counted (lives as long as the interpreter)' : `reference count: ${object.refcount}`),
      el('li', {}, `collector: ${generationText(object)}${source.finalized ? ', finalized (__del__ has run)' : ''}`),
      object.garbage ? el('li', { className: 'garbage-note' }, 'garbage: no root reaches it; only a cycle keeps it alive') : null,
      object.shared ? el('li', {}, 'shared with the interpreter: its count includes CPython-internal references') : null),
    el('h4', {}, object.refcount === null ? 'Who refers to it' : `Why is the count ${object.refcount}?`),
    holderList(source, link),
    el('h4', {}, 'Referred to by'),
    listOr(referrers(snapshot, id).map(({ from, label }) => el('li', {}, from === null ? label : [link(from), ` ${label}`])), 'no variable or object refers to it'),
    el('h4', {}, 'Refers to'),
    listOr([...source.refs.map(([label, , to]) => el('li', {}, `${label} → `, link(to))),
      ...more(source.refs_omitted, 'reference')], 'nothing'),
    el('h4', {}, 'Why is it alive?'),
    pathFromRoot(all, id, link),
    el('h4', {}, 'Lifetime'),
    lifetime(source, context?.step),
  );
  panel.hidden = false;
}

function listOr(items, emptyText) {
  return items.length > 0 ? el('ul', {}, items) : el('p', { className: 'muted' }, emptyText);
}

// The count explained: each holder of a reference (docs/trace-format.md, "holders").
function holderList(source, link) {
  const holders = source.holders ?? [];
  if (holders.length === 0 && !source.holders_omitted) return el('p', { className: 'muted' }, 'no breakdown for this object');
  return el('ul', {}, holders.map((holder) => el('li', {}, holderText(holder, link))), ...more(source.holders_omitted, 'object'));
}

// "… and N more": what a snapshot counts without listing (big containers, docs/trace-format.md).
function more(count, noun) {
  return count ? [el('li', { className: 'muted' }, `… and ${count} more ${noun}${count === 1 ? '' : 's'}`)] : [];
}

// Frames' variables and objects' references that point at `id`.
function referrers(snapshot, id) {
  const found = [];
  for (const frame of snapshot.frames) {
    for (const [name, target] of frame.locals) {
      if (target === id) found.push({ from: null, label: `variable ${name} of ${frame.module ? 'the module' : `${frame.function}()`}` });
    }
  }
  for (const object of snapshot.objects) {
    for (const [label, , to] of object.refs) if (to === id) found.push({ from: object.id, label });
  }
  return found;
}

// One shortest path from a root to the object: each object's "reach" names the object before
// it on such a path (null at a root), so the path is read backwards from the object.
function pathFromRoot(byId, id, link) {
  const hops = [];
  for (let at = byId.get(id); at?.reach && hops.length < byId.size; at = byId.get(at.reach.from)) {
    hops.unshift({ id: at.id, label: at.reach.label });
    if (at.reach.from === null) {
      return el('ol', { className: 'path' }, hops.map((hop) => el('li', {}, `${hop.label} → `, link(hop.id))));
    }
  }
  return el('p', {}, 'No path from any root: only references inside a cycle (or the interpreter) keep it alive.');
}

// `record`: the object's snapshot record, whose allocated/freed tell its whole life in the run.
function lifetime(record, step) {
  if (record.allocated === undefined) return el('p', { className: 'muted' }, 'alive since before the program started');
  const parts = [`allocated at step ${record.allocated}`];
  const freed = record.freed;
  if (freed) {
    parts.push(freed.step <= step ? `freed at step ${freed.step}` : `will be freed at step ${freed.step}`);
    parts.push(freed.reason === 'gc' ? `by the collector (generation ${freed.generation})` : 'when its count reached 0');
  } else {
    parts.push('still alive when the program ended');
  }
  return el('p', {}, parts.join(', '));
}

// Draws the heap diagram as SVG from the page's model (model.js) and a layout (layout.js).
// Every text goes in with textContent; object groups carry data-* attributes that the tests and
// the inspector read.
import { svg } from '../dom.js';
import { arrowPath, sizes } from './layout.js';

const CHAR_WIDTH = 7.3; // 12px monospace

export function shorten(text, width) {
  const max = Math.max(3, Math.floor(width / CHAR_WIDTH));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

// Returns the <svg>. `freed` lists objects of the previous step that are gone now (drawn faded at
// their old place); `marks` maps an object id to a short note (the collector replay). With
// `current`, the <svg> drawn before, it is updated in place: the groups whose drawing has not
// changed stay as they are, so the browser lays out only what changed between two steps.
export function renderDiagram(model, layout, { freed = [], freedLayout = null, selectedId = null, marks = new Map() } = {}, current = null) {
  const edges = [];
  const boxes = [];
  for (const frame of model.frames) {
    const box = layout.frames.get(frame.key);
    boxes.push(frameDrawing(frame, box));
    addEdges(edges, frame.rows, box, layout, model);
  }
  for (const object of model.objects) {
    const box = layout.objects.get(object.id);
    if (object.frame) {
      boxes.push(frameDrawing(object, box)); // a suspended generator's frame
    } else {
      const options = { selected: object.id === selectedId, mark: marks.get(object.id) };
      boxes.push(drawing(['object', box, objectKey(object), options], () => objectGroup(object, box, options)));
    }
    addEdges(edges, object.rows, box, layout, model);
  }
  for (const object of freed) {
    const box = freedLayout?.objects.get(object.id);
    if (box) boxes.push(drawing(['freed', box, objectKey(object)], () => objectGroup(object, box, { freed: true })));
  }

  const diagram = current ?? svg('svg', { xmlns: 'http://www.w3.org/2000/svg', class: 'diagram', role: 'img', 'aria-label': 'Heap diagram' },
    svg('defs', {},
      svg('marker', { id: 'arrowhead', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
        svg('path', { d: 'M0,0 L10,5 L0,10 z' }))),
    svg('g', { class: 'viewport' }, svg('g', { class: 'edges' }), svg('g', { class: 'boxes' })));
  update(diagram.querySelector('.edges'), edges);
  update(diagram.querySelector('.boxes'), boxes);
  return diagram;
}

// What a group draws, as a string: equal keys draw the same thing.
const drawnKeys = new WeakMap(); // element -> its key

function drawing(parts, make) {
  return { key: JSON.stringify(parts), make };
}

// An executing frame, or a suspended generator's frame drawn among the objects.
function frameDrawing(frame, box) {
  return drawing(['frame', frame.key, box, frame.title, frame.subtitle, frame.rows], () => frameGroup(frame, box));
}

function objectKey(object) {
  const { id, type, repr, size, refcount, generation, garbage, shared, rows } = object;
  return [id, type, repr, size, refcount, generation, garbage, shared, rows];
}

// Makes `layer`'s children the given drawings: keeps the elements whose key is wanted, removes
// the others, and appends new elements for the rest (a drawing's place in paint order may change).
function update(layer, drawings) {
  const wanted = new Set(drawings.map((d) => d.key));
  const kept = new Map();
  for (const element of [...layer.children]) {
    const key = drawnKeys.get(element);
    if (kept.has(key) || !wanted.has(key)) element.remove();
    else kept.set(key, element);
  }
  for (const { key, make } of drawings) {
    if (kept.has(key)) {
      kept.delete(key);
      continue;
    }
    const element = make();
    drawnKeys.set(element, key);
    layer.append(element);
  }
}

function rowY(box, index) {
  return box.y + sizes.headerHeight + index * sizes.rowHeight + sizes.rowHeight / 2;
}

function addEdges(edges, rows, from, layout, model) {
  rows.forEach((row, index) => {
    if (row.target === undefined) return;
    const to = layout.objects.get(row.target);
    if (!to) return;
    const garbage = model.byId.get(row.target)?.garbage;
    const d = arrowPath(from.x + from.width - 6, rowY(from, index), to);
    edges.push(drawing(['edge', garbage, row.label, d], () => svg('g', { class: garbage ? 'edge to-garbage' : 'edge', 'data-label': row.label },
      svg('path', { d, 'marker-end': 'url(#arrowhead)' }))));
  });
}

function rowTexts(rows, box) {
  return rows.map((row, index) => {
    const y = rowY(box, index) - box.y + 4;
    const value = row.target !== undefined ? '●' : row.text ?? '';
    return svg('g', { class: 'row' },
      svg('text', { x: 10, y }, shorten(row.label, row.target !== undefined ? box.width - 30 : box.width * 0.45)),
      svg('text', { x: box.width - 8, y, 'text-anchor': 'end', class: row.target !== undefined ? 'dot' : 'value' },
        row.target !== undefined ? value : shorten(value, box.width * 0.5)));
  });
}

function frameGroup(frame, box) {
  return svg('g', { class: 'frame', 'data-frame': frame.key, transform: `translate(${box.x},${box.y})` },
    svg('rect', { class: 'box', width: box.width, height: box.height, rx: 4 }),
    svg('text', { class: 'title', x: 10, y: 17 }, shorten(frame.title, box.width - 20)),
    svg('text', { class: 'muted', x: 10, y: 33 }, shorten(frame.subtitle, box.width - 20)),
    rowTexts(frame.rows, box));
}

function objectGroup(object, box, { selected = false, freed = false, mark = null }) {
  const generation = object.generation ?? 'none';
  const classes = ['object', selected && 'selected', freed && 'freed'].filter(Boolean).join(' ');
  const refcount = object.refcount ?? '–'; // null: an immortal object the runtime never counts
  const size = object.size === null ? 'size unknown (own __sizeof__)' : `${object.size} B`;
  const label = `${object.type}, ${object.refcount ?? 'uncounted'} references, ${size}, `
    + `${generationText(object)}${object.garbage ? ', garbage' : ''}`;
  return svg('g', {
    class: classes,
    transform: `translate(${box.x},${box.y})`,
    'data-id': object.id,
    'data-type': object.type,
    'data-refcount': object.refcount ?? 'none',
    'data-generation': generation,
    'data-garbage': object.garbage ? 'true' : 'false',
    'data-shared': object.shared ? 'true' : 'false',
    tabindex: freed ? undefined : 0,
    role: freed ? undefined : 'button',
    'aria-label': freed ? undefined : label,
  },
  svg('title', {}, freed ? `${object.type} (freed)` : label),
  svg('rect', { class: 'box', width: box.width, height: box.height, rx: 4 }),
  svg('rect', { class: `gen-strip gen-${generation}`, width: 5, height: box.height, rx: 2 }),
  svg('text', { class: 'title', x: 12, y: 16 }, shorten(object.type, box.width - 60)),
  svg('g', { class: 'badge' },
    svg('circle', { cx: box.width - 16, cy: 14, r: 11 }),
    svg('text', { x: box.width - 16, y: 18, 'text-anchor': 'middle' }, String(refcount))),
  svg('text', { class: object.garbage ? 'garbage-label' : 'muted', x: 12, y: 33 },
    mark ?? (freed ? 'freed' : object.garbage ? 'garbage (cycle)' : shorten(object.repr, box.width - 24))),
  rowTexts(object.rows, box),
  svg('text', { class: 'muted', x: 12, y: box.height - 6 }, object.size === null ? '? B' : size),
  svg('text', { class: `gen gen-${generation}`, x: box.width - 8, y: box.height - 6, 'text-anchor': 'end' }, generationText(object)));
}

export function generationText(object) {
  if (object.generation === null || object.generation === undefined) return 'untracked';
  if (object.generation === 'permanent') return 'permanent';
  return `gen ${object.generation}`;
}

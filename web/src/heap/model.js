// Turns a snapshot (docs/trace-format.md) into what the diagram draws: the call stack's frames
// with their variables, and objects with one row per reference. A suspended generator's frame
// is drawn as a box hanging off its generator. With `inline`, ints, floats, strings, bools and
// None are written into the rows that refer to them instead of being drawn as boxes.
const INLINE_TYPES = new Set(['int', 'float', 'str', 'bool', 'NoneType', 'bytes', 'complex']);

// The interpreter's machinery that a lesson on memory does not draw (the inspector still lists
// references to it): code objects and the objects only they hold.
const HIDDEN_TYPES = new Set(['code']);

// Rows beyond this many are summarised as "… N more" so one big list cannot fill the diagram.
export const MAX_ROWS = 12;
// Objects beyond this many are not drawn (the nearest to the frames are); the page says so.
export const MAX_OBJECTS = 300;

export function buildModel(snapshot, { inline }) {
  const all = new Map(snapshot.objects.map((object) => [object.id, object]));
  const inlined = (id) => inline && INLINE_TYPES.has(all.get(id)?.type);
  const hidden = (id) => !all.has(id) || HIDDEN_TYPES.has(all.get(id).type);
  const row = (label, id) => {
    if (inlined(id)) return { label, text: all.get(id).repr };
    return hidden(id) ? null : { label, target: id };
  };
  const rowsOf = (pairs) => capRows(pairs.map(([label, id]) => row(label, id)).filter(Boolean));

  const frames = [];
  const generatorFrames = new Map(); // generator id -> its suspended frame's box
  snapshot.frames.forEach((frame, index) => {
    const box = {
      key: frame.suspended ? `generator-${frame.generator}` : `frame-${index}`,
      title: frame.module ? 'module globals' : `${frame.function}()`,
      subtitle: frameSubtitle(frame),
      rows: rowsOf([...frame.locals, ...frame.stack.map((id, i) => [`(stack ${i})`, id])]),
      source: frame,
    };
    if (frame.suspended && frame.generator !== null) generatorFrames.set(frame.generator, box);
    else frames.push(box);
  });

  // Objects drawn: the program's own objects, and shared ones (None, small ints, builtin
  // types...) only where something drawn refers to them.
  const objects = [];
  for (const object of snapshot.objects) {
    if (inlined(object.id) || hidden(object.id)) continue;
    const suspended = generatorFrames.get(object.id);
    // A generator's frame references are drawn on the frame box it points to.
    const refs = inIndexOrder(object.refs.filter(([, kind]) => !(suspended && kind === 'frame')));
    const rows = rowsOf(refs.map(([label, , to]) => [label, to]));
    if (suspended) rows.unshift({ label: 'gi_frame', target: suspended.key });
    objects.push({
      id: object.id,
      type: object.type,
      repr: object.repr,
      size: object.size,
      refcount: object.refcount,
      generation: object.generation,
      garbage: object.garbage === true,
      shared: object.shared === true,
      rows,
      source: object,
    });
  }
  const referenced = new Set([...frames, ...objects].flatMap((box) => box.rows.map((r) => r.target)));
  const drawn = objects.filter((object) => !object.shared || referenced.has(object.id));
  for (const [generator, box] of generatorFrames) {
    if (drawn.some((object) => object.id === generator)) drawn.push({ ...box, id: box.key, frame: true });
  }
  const kept = nearestFirst(frames, drawn).slice(0, MAX_OBJECTS);
  const byId = new Map(kept.map((object) => [object.id, object]));
  return { frames, objects: kept, byId, notDrawn: drawn.length - kept.length };
}

// The objects in breadth-first order from the frames, then the ones no frame reaches.
function nearestFirst(frames, objects) {
  if (objects.length <= MAX_OBJECTS) return objects;
  const byId = new Map(objects.map((object) => [object.id, object]));
  const order = new Set();
  const queue = frames.flatMap((frame) => frame.rows.map((row) => row.target));
  for (let i = 0; i < queue.length; i++) {
    const object = byId.get(queue[i]);
    if (!object || order.has(object)) continue;
    order.add(object);
    for (const row of object.rows) queue.push(row.target);
  }
  for (const object of objects) order.add(object);
  return [...order];
}

// Lists and tuples traverse their items from the last (CPython's order); a diagram reads
// better from [0].
function inIndexOrder(refs) {
  const index = ([label, kind]) => (kind === 'item' ? Number(label.slice(1, -1)) : -1);
  return refs.every(([, kind]) => kind === 'item') ? [...refs].sort((a, b) => index(a) - index(b)) : refs;
}

function frameSubtitle(frame) {
  if (frame.suspended) return `suspended at line ${frame.line}`;
  return frame.line ? `line ${frame.line}` : '';
}

function capRows(rows) {
  if (rows.length <= MAX_ROWS) return rows;
  return [...rows.slice(0, MAX_ROWS - 1), { label: `… ${rows.length - MAX_ROWS + 1} more`, text: '' }];
}

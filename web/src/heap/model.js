// Turns a snapshot (docs/trace-format.md) into what the diagram draws: the executing frames with
// their variables, and objects with one row per reference. Suspended generator frames hang off
// their generator. With `inline`, ints, floats, strings, bools and None are written into the
// rows that refer to them instead of being drawn as boxes.
//
// What is drawn is what the program can reach, starting from the frames (and the garbage that
// only cycles keep alive): the interpreter's machinery behind classes and functions (a class's
// dict and MRO, code objects, a function's globals and name) is left to the inspector, which
// lists every reference.
const INLINE_TYPES = new Set(['int', 'float', 'str', 'bool', 'NoneType', 'bytes', 'complex']);

// References not drawn: an instance's class, the internals of classes and modules (their
// dicts of methods and functions), and the fields every function has (the inspector still
// shows them all).
const HIDDEN_FIELDS = new Set(['__code__', '__globals__', '__builtins__', '__name__', '__qualname__', '__module__', '__doc__']);
function edgeDrawn(object, [label, kind]) {
  if (object.type === 'type' || object.type === 'module' || kind === 'class') return false;
  return !(kind === 'field' && HIDDEN_FIELDS.has(label));
}

// Code objects are the interpreter's; a lesson on memory does not draw them.
const HIDDEN_TYPES = new Set(['code']);

// Rows beyond this many are summarised as "… N more" so one big list cannot fill the diagram.
export const MAX_ROWS = 12;
// Objects beyond this many are not drawn (the nearest to the frames are); the page says so.
export const MAX_OBJECTS = 300;

export function buildModel(snapshot, { inline }) {
  const all = new Map(snapshot.objects.map((object) => [object.id, object]));
  const inlined = (id) => inline && INLINE_TYPES.has(all.get(id)?.type);
  const row = ([label, id]) => (inlined(id) ? { label, text: all.get(id).repr } : { label, target: id });
  const rowsOf = (pairs) => capRows(pairs.filter(([, id]) => all.has(id) && !HIDDEN_TYPES.has(all.get(id).type)).map(row));

  // Frames: executing ones stack on the left; a suspended generator's frame becomes a box that
  // its generator points to.
  const frames = [];
  const generatorFrames = new Map(); // generator id -> its suspended frame's box
  const frameBoxes = new Map(); // box id -> the same boxes
  snapshot.frames.forEach((frame, index) => {
    const suspended = frame.suspended && frame.generator !== null;
    const box = {
      key: suspended ? `generator-${frame.generator}` : `frame-${index}`,
      title: frame.module ? 'module globals' : `${frame.function}()`,
      subtitle: suspended ? `suspended at line ${frame.line}` : frame.line ? `line ${frame.line}` : '',
      rows: rowsOf([...frame.locals, ...frame.stack.map((id, i) => [`(stack ${i})`, id])]),
      source: frame,
    };
    if (suspended) {
      const hanging = { ...box, id: box.key, frame: true };
      generatorFrames.set(frame.generator, hanging);
      frameBoxes.set(hanging.id, hanging);
    } else {
      frames.push(box);
    }
  });

  const boxes = new Map(); // id -> drawn object (built on demand while walking)
  const boxOf = (id) => {
    if (!boxes.has(id)) {
      const object = all.get(id);
      const suspended = generatorFrames.get(id);
      // A generator's frame references are drawn on the frame box instead.
      const refs = object.refs.filter((ref) => edgeDrawn(object, ref) && !(suspended && ref[1] === 'frame'));
      const rows = rowsOf(inIndexOrder(refs).map(([label, , to]) => [label, to]));
      if (suspended) rows.unshift({ label: 'gi_frame', target: suspended.id });
      boxes.set(id, {
        id,
        type: object.type,
        repr: object.repr,
        size: object.size,
        refcount: object.refcount,
        generation: object.generation,
        garbage: object.garbage,
        shared: object.shared,
        rows,
        source: object,
      });
    }
    return boxes.get(id);
  };

  // Walk from the frames, then from the garbage, nearest first; frame boxes of suspended
  // generators are walked like objects.
  const order = [];
  const seen = new Set();
  const queue = frames.flatMap((frame) => frame.rows.map((r) => r.target));
  for (const o of snapshot.objects) if (o.garbage && !HIDDEN_TYPES.has(o.type)) queue.push(o.id);
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i];
    if (id === undefined || seen.has(id) || inlined(id)) continue;
    const box = frameBoxes.get(id) ?? (all.has(id) ? boxOf(id) : null);
    if (!box) continue;
    seen.add(id);
    order.push(box);
    for (const r of box.rows) queue.push(r.target);
  }
  const kept = order.slice(0, MAX_OBJECTS);
  const byId = new Map(kept.map((object) => [object.id, object]));
  // The snapshot itself may leave objects out of its list (objects_omitted).
  return { frames, objects: kept, byId, notDrawn: order.length - kept.length + (snapshot.objects_omitted ?? 0) };
}

// Lists and tuples traverse their items from the last (CPython's order); a diagram reads
// better from [0].
function inIndexOrder(refs) {
  const index = ([label]) => Number(label.slice(1, -1));
  return refs.every(([, kind]) => kind === 'item') ? [...refs].sort((a, b) => index(a) - index(b)) : refs;
}

function capRows(rows) {
  if (rows.length <= MAX_ROWS) return rows;
  return [...rows.slice(0, MAX_ROWS - 1), { label: `… ${rows.length - MAX_ROWS + 1} more`, text: '' }];
}

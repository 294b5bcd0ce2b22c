// Turns a snapshot (docs/trace-format.md) into what the diagram draws: frames with their
// variables, and objects with one row per reference. With `inline`, ints, floats, strings, bools
// and None are written into the rows that refer to them instead of being drawn as boxes.
const INLINE_TYPES = new Set(['int', 'float', 'str', 'bool', 'NoneType', 'bytes', 'complex']);

// Rows beyond this many are summarised as "… N more" so one big list cannot fill the diagram.
export const MAX_ROWS = 12;

export function buildModel(snapshot, { inline }) {
  const all = new Map(snapshot.objects.map((object) => [object.id, object]));
  const inlined = (id) => inline && INLINE_TYPES.has(all.get(id)?.type);
  const row = (label, id) => (inlined(id) ? { label, text: all.get(id).repr } : { label, target: id });

  const frames = snapshot.frames.map((frame, index) => ({
    key: frameKey(frame, index),
    title: frame.function === '<module>' ? 'module globals' : `${frame.function}()`,
    subtitle: frameSubtitle(frame),
    rows: capRows(Object.entries(frame.locals ?? {}).map(([name, id]) => row(name, id))),
    source: frame,
  }));

  // Objects drawn: every object a frame, the evaluation stack or a drawn object refers to,
  // and every object the program created (even if nothing refers to it any more: garbage).
  const objects = [];
  for (const object of snapshot.objects) {
    if (inlined(object.id)) continue;
    if (object.shared && !isReferenced(snapshot, object.id)) continue;
    objects.push({
      id: object.id,
      type: object.type,
      repr: object.repr,
      size: object.size,
      refcount: object.refcount,
      generation: object.generation,
      garbage: object.garbage === true,
      shared: object.shared === true,
      rows: capRows(object.refs.map(([label, , to]) => row(label, to))),
      source: object,
    });
  }
  const byId = new Map(objects.map((object) => [object.id, object]));
  return { frames, objects, byId };
}

function frameKey(frame, index) {
  return frame.generator !== undefined && frame.generator !== null ? `gen-${frame.generator}` : `frame-${index}`;
}

function frameSubtitle(frame) {
  const parts = [];
  if (frame.line) parts.push(`line ${frame.line}`);
  if (frame.generator !== undefined && frame.generator !== null) parts.push(`suspended in #${frame.generator}`);
  return parts.join(' · ');
}

function capRows(rows) {
  if (rows.length <= MAX_ROWS) return rows;
  return [...rows.slice(0, MAX_ROWS - 1), { label: `… ${rows.length - MAX_ROWS + 1} more`, text: '' }];
}

function isReferenced(snapshot, id) {
  return snapshot.frames.some((frame) => Object.values(frame.locals ?? {}).includes(id))
    || snapshot.objects.some((object) => !object.shared && object.refs.some(([, , to]) => to === id));
}

// Where each box of the heap diagram goes. Pure: no DOM, so it is unit-tested in Node.
//
// Frames stack in the left column; objects sit in columns to the right by their distance from
// the frames when they first appear. An object keeps its place for its whole life (the layout of
// the previous step is the input of the next), so stepping never makes the diagram jump: a box
// only moves down when a box above it in its column grows into it.
//
// Input graph:
//   frames:  [{ key, rows: [{ label, target? }] }]          target: an object id the row points to
//   objects: [{ id, rows: [{ label, target? }] }]
// Output layout: { frames: Map key -> box, objects: Map id -> box & { column }, width, height }
// where box = { x, y, width, height }.

export const sizes = {
  frameWidth: 170,
  objectWidth: 170,
  columnGap: 60,
  margin: 20,
  rowHeight: 18,
  headerHeight: 40, // title row and the line under it
  footerHeight: 20, // size and generation
  gap: 16, // vertical space between boxes
  maxColumn: 6, // deeper objects stack in the last column rather than widen the diagram
};

export function boxHeight(rowCount, { header = sizes.headerHeight, footer = sizes.footerHeight } = {}) {
  return header + rowCount * sizes.rowHeight + footer;
}

export function columnX(column) {
  if (column === 0) return sizes.margin;
  return sizes.margin + sizes.frameWidth + sizes.columnGap + (column - 1) * (sizes.objectWidth + sizes.columnGap);
}

// previous: the layout returned for the previous step (or null). heights: optional Map from
// frame key / object id to a height, when a box is not a plain list of rows.
export function layoutHeap(graph, previous = null, heights = new Map()) {
  const heightOf = (key, rows, options) => heights.get(key) ?? boxHeight(rows.length, options);

  // Frames: a plain stack, in the order given (module first, innermost call last).
  const frames = new Map();
  let y = sizes.margin;
  for (const frame of graph.frames) {
    const height = heightOf(frame.key, frame.rows, { footer: 6 });
    frames.set(frame.key, { x: columnX(0), y, width: sizes.frameWidth, height });
    y += height + sizes.gap;
  }

  // Columns: an object first seen now goes one column right of the nearest thing that points
  // to it (breadth-first from the frames and from the objects placed before); an object seen
  // before keeps its column.
  const byId = new Map(graph.objects.map((object) => [object.id, object]));
  const column = new Map();
  const queue = [];
  const reach = (target, c) => {
    if (target !== undefined && byId.has(target) && !column.has(target)) {
      column.set(target, c);
      queue.push(target);
    }
  };
  const seenBefore = graph.objects.filter((object) => previous?.objects.has(object.id));
  for (const object of seenBefore) column.set(object.id, previous.objects.get(object.id).column);
  for (const frame of graph.frames) for (const row of frame.rows) reach(row.target, 1);
  for (const object of seenBefore) queue.push(object.id);
  let head = 0;  // the queue is read from here (shift() would be quadratic on a big heap)
  const drain = () => {
    while (head < queue.length) {
      const id = queue[head++];
      const next = Math.min(column.get(id) + 1, sizes.maxColumn);
      for (const row of byId.get(id).rows) reach(row.target, next);
    }
  };
  drain();
  // Objects nothing placed reaches (a new cycle only the collector can free) start in column 1.
  for (const object of graph.objects) {
    reach(object.id, 1);
    drain();
  }

  // Rows: in each column, old objects keep their y; a new one takes the first gap tall enough
  // (space freed objects left), else goes below the last box. Overlaps (a box that grew) push
  // the boxes below it down, in y order: the only way a box moves.
  const objects = new Map();
  const columns = new Map();
  for (const object of graph.objects) {
    const c = column.get(object.id);
    if (!columns.has(c)) columns.set(c, []);
    columns.get(c).push(object);
  }
  for (const [c, members] of columns) {
    const placed = [];
    for (const object of members) {
      const before = previous?.objects.get(object.id);
      if (!before) continue;
      const box = { x: columnX(c), y: before.y, width: sizes.objectWidth, height: heightOf(object.id, object.rows), column: c };
      placed.push(box);
      objects.set(object.id, box);
    }
    placed.sort((a, b) => a.y - b.y);
    for (let i = 1; i < placed.length; i++) {
      const above = placed[i - 1];
      placed[i].y = Math.max(placed[i].y, above.y + above.height + sizes.gap);
    }
    for (const object of members) {
      if (objects.has(object.id)) continue;
      const height = heightOf(object.id, object.rows);
      const box = { x: columnX(c), y: firstGap(placed, height), width: sizes.objectWidth, height, column: c };
      placed.push(box);
      placed.sort((a, b) => a.y - b.y);
      objects.set(object.id, box);
    }
  }

  let width = columnX(0) + sizes.frameWidth;
  let height = y;
  for (const box of objects.values()) {
    width = Math.max(width, box.x + box.width);
    height = Math.max(height, box.y + box.height + sizes.gap);
  }
  return { frames, objects, width: width + sizes.margin, height: height + sizes.margin };
}

// The lowest y from the top margin where a box of `height` fits between the boxes of `placed`
// (sorted by y) with the usual gap around it.
function firstGap(placed, height) {
  let y = sizes.margin;
  for (const box of placed) {
    if (y + height + sizes.gap <= box.y) return y;
    y = Math.max(y, box.y + box.height + sizes.gap);
  }
  return y;
}

// The path of an arrow from (x1, y1) on a box's right side to `box`: a cubic curve into the
// box's left side when it lies to the right, else into its right side (a box in the same column,
// or further left), so that no arrow crosses its own source box.
export function arrowPath(x1, y1, box) {
  const y2 = box.y + 14;
  if (box.x > x1) {
    const bow = Math.max(40, (box.x - x1) / 3);
    return `M${x1},${y1} C${x1 + bow},${y1} ${box.x - bow},${y2} ${box.x},${y2}`;
  }
  const x2 = box.x + box.width;
  const bow = Math.max(40, Math.abs(y2 - y1) / 4);
  return `M${x1},${y1} C${Math.max(x1, x2) + bow},${y1} ${Math.max(x1, x2) + bow},${y2} ${x2},${y2}`;
}

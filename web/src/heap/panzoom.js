// Pan and zoom for the diagram: drag to pan, wheel or pinch to zoom around the pointer, buttons
// and keys (+, -, 0 to fit, arrows to pan) for the keyboard. The view survives re-rendering: the
// diagram keeps (or a new one gets) the current transform.
const MIN_SCALE = 0.1;
const MAX_SCALE = 4;

export function createPanZoom(container) {
  let view = { x: 0, y: 0, scale: 1 };
  let content = { width: 0, height: 0 };
  let fitted = true; // until the person pans or zooms, each new diagram is fitted
  // The container's size, kept by an observer: reading clientWidth right after a new diagram
  // went in would force the browser to lay the page out an extra time.
  let size = { width: container.clientWidth, height: container.clientHeight };
  new ResizeObserver(([entry]) => {
    size = { width: entry.contentRect.width, height: entry.contentRect.height };
    if (fitted) fit();
  }).observe(container);

  const viewport = () => container.querySelector('svg .viewport');
  const apply = () => {
    const transform = `translate(${view.x},${view.y}) scale(${view.scale})`;
    const group = viewport();
    // Setting an equal transform still makes the browser lay the whole diagram out again.
    if (group && group.getAttribute('transform') !== transform) group.setAttribute('transform', transform);
  };

  function zoomAt(factor, cx, cy) {
    const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, view.scale * factor));
    view = { x: cx - ((cx - view.x) * scale) / view.scale, y: cy - ((cy - view.y) * scale) / view.scale, scale };
    fitted = false;
    apply();
  }

  function zoomCentered(factor) {
    zoomAt(factor, size.width / 2, size.height / 2);
  }

  function fit() {
    const width = size.width || 1;
    const height = size.height || 1;
    const scale = Math.min(1, width / Math.max(content.width, 1), height / Math.max(content.height, 1));
    view = { x: Math.max(0, (width - content.width * scale) / 2), y: 0, scale: Math.max(scale, MIN_SCALE) };
    fitted = true;
    apply();
  }

  function panBy(dx, dy) {
    view = { ...view, x: view.x + dx, y: view.y + dy };
    fitted = false;
    apply();
  }

  container.addEventListener('wheel', (event) => {
    event.preventDefault();
    const rect = container.getBoundingClientRect();
    zoomAt(Math.exp(-event.deltaY * 0.0015), event.clientX - rect.left, event.clientY - rect.top);
  }, { passive: false });

  // Pointer drags pan (one pointer) or pinch-zoom (two pointers, on touch screens).
  const pointers = new Map();
  let lastPinch = null;
  container.addEventListener('pointerdown', (event) => {
    if (event.target.closest('.object')) return; // clicks on objects select them
    container.setPointerCapture(event.pointerId);
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
  });
  container.addEventListener('pointermove', (event) => {
    const previous = pointers.get(event.pointerId);
    if (!previous) return;
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pointers.size === 1) {
      panBy(event.clientX - previous.x, event.clientY - previous.y);
    } else if (pointers.size === 2) {
      const [a, b] = [...pointers.values()];
      const distance = Math.hypot(a.x - b.x, a.y - b.y);
      const rect = container.getBoundingClientRect();
      if (lastPinch) zoomAt(distance / lastPinch, (a.x + b.x) / 2 - rect.left, (a.y + b.y) / 2 - rect.top);
      lastPinch = distance;
    }
  });
  const release = (event) => {
    pointers.delete(event.pointerId);
    if (pointers.size < 2) lastPinch = null;
  };
  container.addEventListener('pointerup', release);
  container.addEventListener('pointercancel', release);

  container.addEventListener('keydown', (event) => {
    if (event.target !== container) return; // keys on a focused object are the object's
    const step = 60;
    const actions = {
      '+': () => zoomCentered(1.25), '=': () => zoomCentered(1.25), '-': () => zoomCentered(0.8), '0': fit,
      ArrowLeft: () => panBy(step, 0), ArrowRight: () => panBy(-step, 0),
      ArrowUp: () => panBy(0, step), ArrowDown: () => panBy(0, -step),
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  });

  return {
    // Called after each render with the diagram's size: keeps the person's view, or refits.
    update(size) {
      content = size;
      if (fitted) fit();
      else apply();
    },
    zoomIn: () => zoomCentered(1.25),
    zoomOut: () => zoomCentered(0.8),
    fit,
  };
}

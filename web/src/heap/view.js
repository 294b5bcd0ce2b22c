// The heap view: given its elements and a snapshot per step, draws the diagram, keeps the layout
// stable from step to step, and opens the inspector on the object clicked. It draws only inside
// the elements it is given.
import { el } from '../dom.js';
import { buildModel } from './model.js';
import { layoutHeap } from './layout.js';
import { renderDiagram } from './render.js';
import { createPanZoom } from './panzoom.js';
import { downloadPng, downloadSvg } from './export.js';
import { showInspector } from './inspector.js';
import { legendItems } from './legend.js';

export function createHeapView({ container, legend, inspector, inlineToggle, zoom, exportButtons }) {
  const panZoom = createPanZoom(container);
  let snapshot = null;
  let context = null; // what the inspector needs besides the snapshot: { step, trace }
  let model = null;
  let layout = null;
  let previous = null; // { model, layout } of the step shown before, for fading freed objects
  let selectedId = null;
  let marks = new Map();

  legend.replaceChildren(...legendItems());

  function draw() {
    // The diagram drawn before is updated in place (render.js): only what changed is redrawn.
    const current = container.querySelector('svg.diagram');
    const svgElement = renderDiagram(model, layout, {
      freed: previous ? previous.model.objects.filter((object) => !object.frame && !model.byId.has(object.id)) : [],
      freedLayout: previous?.layout,
      selectedId,
      marks,
    }, current);
    if (svgElement !== current) container.replaceChildren(svgElement);
    container.querySelector('.not-drawn')?.remove();
    if (model.notDrawn > 0) {
      container.append(el('p', { className: 'not-drawn' },
        `${model.notDrawn} more objects are not drawn; the counts and the collector panel include them.`));
    }
    panZoom.update(layout);
    if (selectedId !== null && model.byId.has(selectedId)) {
      showInspector(inspector, { model, snapshot, context, id: selectedId, onSelect: select, onClose: () => select(null) });
    } else {
      inspector.hidden = true;
    }
  }

  function rebuild(keepPrevious) {
    const newModel = buildModel(snapshot, { inline: inlineToggle.checked });
    const newLayout = layoutHeap(newModel, layout);
    previous = keepPrevious && model ? { model, layout } : null;
    model = newModel;
    layout = newLayout;
    draw();
  }

  function select(id) {
    selectedId = id;
    draw();
    if (id !== null) container.querySelector(`.object[data-id="${id}"]`)?.focus({ preventScroll: true });
  }

  container.addEventListener('click', (event) => {
    const group = event.target.closest('.object:not(.freed)');
    if (group) select(Number(group.dataset.id));
  });
  container.addEventListener('keydown', (event) => {
    const group = event.target.closest?.('.object');
    if (group && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      select(Number(group.dataset.id));
    } else if (event.key === 'Escape' && selectedId !== null) {
      select(null);
    }
  });
  inlineToggle.addEventListener('change', () => {
    if (snapshot) rebuild(false);
  });
  zoom.in.addEventListener('click', () => panZoom.zoomIn());
  zoom.out.addEventListener('click', () => panZoom.zoomOut());
  zoom.fit.addEventListener('click', () => panZoom.fit());
  const exportAs = (save) => () => {
    const svgElement = container.querySelector('svg');
    if (svgElement && layout) save(svgElement, layout, `heapscope-step-${context?.step ?? 0}`);
  };
  exportButtons.svg.addEventListener('click', exportAs(downloadSvg));
  exportButtons.png.addEventListener('click', exportAs(downloadPng));

  return {
    // Shows the snapshot of a step. `stepContext` ({ step, trace }) feeds the inspector's
    // lifetime; objects of the step shown before that are gone now fade out.
    show(newSnapshot, stepContext) {
      const adjacent = context !== null && Math.abs(stepContext.step - context.step) === 1;
      snapshot = newSnapshot;
      context = stepContext;
      marks = new Map();
      rebuild(adjacent);
    },
    // Marks objects with notes (the collector replay): Map id -> text; an empty map clears.
    mark(newMarks) {
      marks = newMarks;
      if (model) draw();
    },
    clear(text) {
      snapshot = null;
      model = null;
      layout = null;
      previous = null;
      selectedId = null;
      inspector.hidden = true;
      container.replaceChildren(el('p', { className: 'empty' }, text));
    },
  };
}

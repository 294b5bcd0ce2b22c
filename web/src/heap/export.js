// Exports the diagram as a standalone SVG file or as a PNG. The page styles the diagram with CSS
// (colours from the light or dark scheme); the export carries those rules and the current colour
// values inside the file, so it looks the same anywhere.

// Returns the SVG document text for `svgElement` showing the whole diagram (`size`: its extent).
export function standaloneSvg(svgElement, size) {
  const copy = svgElement.cloneNode(true);
  copy.setAttribute('class', 'heap');
  copy.setAttribute('width', size.width);
  copy.setAttribute('height', size.height);
  copy.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
  copy.querySelector('.viewport')?.removeAttribute('transform');
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = `${colourVariables()}\n${diagramRules()}\n.heap { background: var(--bg); }`;
  copy.prepend(style);
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  for (const [name, value] of Object.entries({ width: '100%', height: '100%', fill: resolved('--bg') })) {
    background.setAttribute(name, value);
  }
  copy.prepend(background);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

export function downloadSvg(svgElement, size, name) {
  download(new Blob([standaloneSvg(svgElement, size)], { type: 'image/svg+xml' }), `${name}.svg`);
}

// Draws the standalone SVG on a canvas at twice the size (sharp on high-density screens).
export async function downloadPng(svgElement, size, name) {
  const url = URL.createObjectURL(new Blob([standaloneSvg(svgElement, size)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    const scale = Math.min(2, 16000 / Math.max(size.width, size.height)); // canvas size limits
    canvas.width = Math.ceil(size.width * scale);
    canvas.height = Math.ceil(size.height * scale);
    const context = canvas.getContext('2d');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    const png = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
    download(png, `${name}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}

function download(blob, filename) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function resolved(name) {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

// The colour variables as they are now (light or dark scheme).
function colourVariables() {
  const names = new Set();
  for (const rule of styleRules()) {
    for (const match of rule.cssText.matchAll(/var\((--[\w-]+)\)/g)) names.add(match[1]);
  }
  names.add('--bg');
  return `.heap { ${[...names].map((name) => `${name}: ${resolved(name)};`).join(' ')} }`;
}

// The page's CSS rules for the diagram.
function diagramRules() {
  return styleRules()
    .filter((rule) => rule.selectorText?.split(',').every((selector) => selector.trim().startsWith('.heap ')))
    .map((rule) => rule.cssText)
    .join('\n');
}

function styleRules() {
  const rules = [];
  for (const sheet of document.styleSheets) {
    try {
      for (const rule of sheet.cssRules) if (rule.selectorText?.includes('.heap ')) rules.push(rule);
    } catch {
      // A stylesheet from another origin cannot be read; ours are same-origin.
    }
  }
  return rules;
}

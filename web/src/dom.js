// Small DOM builders. Text always goes in as text nodes (never as HTML), so nothing from a
// program or a link can become markup.
const SVG_NS = 'http://www.w3.org/2000/svg';

// el('li', { className: 'x', onclick }, 'text', childNode, ...): properties are set on the node.
export function el(tag, props = {}, ...children) {
  return fill(document.createElement(tag), props, children, false);
}

// svg('rect', { x: 1, class: 'box' }, ...): props become attributes (SVG has few properties).
export function svg(tag, attrs = {}, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children, true);
}

function fill(node, props, children, asAttributes) {
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (asAttributes || name.startsWith('data-') || name.startsWith('aria-') || name === 'role') {
      node.setAttribute(name, String(value));
    } else node[name] = value;
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
  return node;
}

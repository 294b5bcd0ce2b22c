// Share links: the program and the step live in the URL fragment as
// `#code=<lz-string compressToEncodedURIComponent>&step=<n>`, so a link works on any static host
// and nothing is sent to a server. Pure functions: the page decides what to do with the result.
import LZString from 'lz-string';

// Encodes a program and a step as a fragment (without the leading '#').
export function encodeFragment(code, step) {
  return `code=${LZString.compressToEncodedURIComponent(code)}&step=${step}`;
}

// Reads a fragment (with or without '#'). Returns
//   { kind: 'none' }                      no fragment: open the page as usual;
//   { kind: 'link', code, step }          a valid share link (step is null when absent);
//   { kind: 'malformed', message }        anything else, with a message for the person.
export function decodeFragment(fragment) {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text === '') return { kind: 'none' };

  const fields = new Map();
  for (const part of text.split('&')) {
    const eq = part.indexOf('=');
    if (eq < 0) return malformed(`the part "${shorten(part)}" is not of the form name=value`);
    const name = part.slice(0, eq);
    if (name !== 'code' && name !== 'step') return malformed(`it has an unknown part "${shorten(name)}"`);
    if (fields.has(name)) return malformed(`"${name}" appears twice`);
    fields.set(name, part.slice(eq + 1));
  }
  if (!fields.has('code')) return malformed('it has no code');

  const code = decompress(fields.get('code'));
  if (code === null) return malformed('its code is damaged (was the link cut short?)');

  let step = null;
  if (fields.has('step')) {
    const raw = fields.get('step');
    // Digits only: no signs, exponents, or spaces that Number() would accept.
    if (!/^\d{1,9}$/.test(raw)) return malformed(`its step "${shorten(raw)}" is not a whole number`);
    step = Number(raw);
  }
  return { kind: 'link', code, step };
}

// A valid link re-encodes to exactly itself (lz-string is deterministic), which catches links
// that were cut short or altered: lz-string alone often returns garbage text for those, or throws.
function decompress(encoded) {
  let text;
  try {
    text = decodeURIComponent(encoded); // some apps percent-encode '$' and '+'
  } catch {
    return null;
  }
  if (text === '' || !/^[A-Za-z0-9+\-$]*$/.test(text)) return null;
  let code;
  try {
    code = LZString.decompressFromEncodedURIComponent(text);
  } catch {
    return null;
  }
  if (typeof code !== 'string' || LZString.compressToEncodedURIComponent(code) !== text) return null;
  return code;
}

function malformed(reason) {
  return { kind: 'malformed', message: `This share link could not be opened: ${reason}.` };
}

function shorten(text) {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}

// The editor's text survives a reload. Storage can be unavailable (private modes, quotas), in
// which case the page simply forgets.
const KEY = 'heapscope.code';

export function loadCode() {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function saveCode(code) {
  try {
    localStorage.setItem(KEY, code);
  } catch {
    // Nothing to do: the code stays in the editor and in share links.
  }
}

// The examples menu: the lesson's notebook examples grouped by its sections, then extra topics.
// The catalogue (examples.json, made by build.mjs from web/examples/) carries each program's text.
import { el } from './dom.js';

// Fills `select` from the catalogue and calls onPick(example) when one is chosen.
export async function setUpExamples(select, onPick) {
  const response = await fetch('examples.json');
  if (!response.ok) throw new Error(`examples.json: HTTP ${response.status}`);
  const catalog = await response.json();
  const byFile = new Map();
  for (const section of catalog.sections) {
    select.append(el('optgroup', { label: section.title },
      section.examples.map((example) => {
        byFile.set(example.file, example);
        return el('option', { value: example.file }, example.title);
      })));
  }
  select.addEventListener('change', () => {
    const example = byFile.get(select.value);
    if (example) onPick(example);
  });
  return catalog;
}

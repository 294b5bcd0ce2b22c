// Every example of the menu runs to the end in the page, and its output is CPython 3.11's
// (the .out file beside it, made by the oracle).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { catalogFile, repo, startBrowser } from '../harness.mjs';

const catalog = JSON.parse(await readFile(catalogFile, 'utf8'));
const examples = catalog.sections.flatMap((section) => section.examples);

let browser;
let page;

before(async () => {
  browser = await startBrowser();
  page = await browser.newPage();
});

after(async () => {
  await browser?.close();
});

test('the menu lists every example of the catalogue under its section', async () => {
  const groups = await page.locator('#examples optgroup').evaluateAll((nodes) => nodes.map((group) => ({
    title: group.label, files: [...group.querySelectorAll('option')].map((option) => option.value),
  })));
  assert.deepEqual(groups, catalog.sections.map((section) => ({
    title: section.title, files: section.examples.map((example) => example.file),
  })));
});

for (const example of examples) {
  test(`${example.file} prints what CPython 3.11 prints`, async () => {
    const expected = await readFile(path.join(repo, example.file.replace(/\.py$/, '.out')), 'utf8');
    await page.locator('#examples').selectOption(example.file);
    await page.waitForSelector('body[data-run="done"]', { timeout: 30000 });
    assert.match(await page.locator('#run-note').textContent(), /^Finished/);
    assert.equal(await page.getByLabel('Output', { exact: true }).textContent(), expected);
    // Leave the page as a person would find it for the next example.
    await page.evaluate(() => { document.body.dataset.run = ''; });
  });
}

test('no errors in the console after all the examples', () => {
  assert.deepEqual(page.errors, []);
});

// Readability in both colour schemes the page follows (the system's light or dark setting):
// every piece of text on the page, after a run, has WCAG AA contrast against what is behind it,
// and every control shows where the keyboard focus is.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { button, screenshot, startBrowser } from '../harness.mjs';

let browser;

before(async () => {
  browser = await startBrowser();
});

after(async () => {
  await browser?.close();
});

// [text, contrast ratio] for each element that shows text of its own, read in the page: its
// colour against the first opaque background of it or an ancestor (the page's, at worst).
function lowContrastTexts() {
  const rgb = (css) => (css.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r, g, b]) => {
    const lin = (c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] === 1)) return c.slice(0, 3);
    }
    return rgb(getComputedStyle(document.body).backgroundColor).slice(0, 3);
  };
  const found = [];
  for (const el of document.querySelectorAll('body *:not(script):not(style)')) {
    const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
    if (!own || el.closest('svg') || !el.checkVisibility?.()) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
    const [a, b] = [luminance(rgb(style.color)), luminance(background(el))];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < 4.5) found.push([el.textContent.trim().slice(0, 40), Number(ratio.toFixed(2))]);
  }
  return found;
}

for (const scheme of ['light', 'dark']) {
  test(`text is readable in the ${scheme} scheme`, async () => {
    const page = await browser.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.locator('#examples').selectOption('tests/conformance/notebook/10_cyclic_gc_collect.py');
    await page.waitForSelector('body[data-run="done"]');
    assert.deepEqual(await page.evaluate(lowContrastTexts), []);
    await screenshot(page, `appearance-${scheme}`);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}

test('the keyboard focus is visible on every button', async () => {
  const page = await browser.newPage();
  await page.locator('#examples').selectOption('tests/conformance/notebook/10_cyclic_gc_collect.py');
  await page.waitForSelector('body[data-run="done"]');
  for (const name of ['Run', 'Step', 'Back', 'Reset', 'Share']) {
    await button(page, name).focus();
    const outline = await button(page, name).evaluate((el) => {
      const style = getComputedStyle(el);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), shadow: style.boxShadow };
    });
    assert.ok((outline.style !== 'none' && outline.width > 0) || outline.shadow !== 'none',
      `${name} shows no focus: ${JSON.stringify(outline)}`);
  }
  await page.close();
});

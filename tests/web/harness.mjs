// Shared setup for the browser tests: serves the real build/web/ over http on 127.0.0.1 with
// web/server.mjs and drives Debian's Chromium through playwright-core (from web/node_modules).
import { createRequire } from 'node:module';
import { mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../web/server.mjs';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const site = path.join(repo, 'build', 'web');
export const artifacts = path.join(repo, 'build', 'web-test-artifacts');
export const catalogFile = path.join(repo, 'web', 'examples', 'catalog.json');

const { chromium } = createRequire(path.join(repo, 'web', 'package.json'))('playwright-core');

// The flags TOOLCHAIN.md lists for Chromium as root in a container.
const chromiumFlags = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// Starts the server and the browser; returns { url, browser, newPage, close }.
// newPage() opens a page that records console errors and uncaught exceptions in page.errors.
export async function startBrowser() {
  if (!existsSync(path.join(site, 'index.html'))) {
    throw new Error('build/web/ is missing: build it with `node web/build.mjs`');
  }
  await mkdir(artifacts, { recursive: true });
  const { server, url } = await serve(site, 0);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumFlags });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  async function newPage(hash = '') {
    const page = await context.newPage();
    page.errors = [];
    page.on('console', (message) => {
      if (message.type() === 'error') page.errors.push(message.text());
    });
    page.on('pageerror', (error) => page.errors.push(String(error)));
    await page.goto(`${url}${hash}`);
    await waitReady(page);
    return page;
  }
  async function close() {
    await browser.close();
    server.close();
  }
  return { url, browser, context, newPage, close };
}

// The page says "Ready" once the wasm module is compiled and the worker has started.
export async function waitReady(page) {
  await page.locator('#status').filter({ hasNotText: 'Loading' }).waitFor({ timeout: 15000 });
}

// Puts `code` in the page's editor the way a person pastes it: select all, delete, insert the text.
export async function setCode(page, code) {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

export function button(page, name) {
  return page.getByRole('button', { name, exact: true });
}

export async function screenshot(page, name) {
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
}

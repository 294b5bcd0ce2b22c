// The static server: content types the page needs, and no way out of its root.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { request } from 'node:http';
import { resolveUnderRoot, serve } from '../../../web/server.mjs';

let dir;
let root;
let server;
let base;

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'heapscope-server-'));
  root = path.join(dir, 'site');
  await mkdir(path.join(root, 'sub'), { recursive: true });
  await writeFile(path.join(dir, 'secret.txt'), 'outside');
  await writeFile(path.join(root, 'index.html'), '<!doctype html>');
  await writeFile(path.join(root, 'a.wasm'), Buffer.from([0, 97, 115, 109]));
  await writeFile(path.join(root, 'a.js'), '1');
  await writeFile(path.join(root, 'a.mjs'), '2');
  await writeFile(path.join(root, 'a.json'), '{}');
  await writeFile(path.join(root, 'sub', 'index.html'), 'sub');
  ({ server, url: base } = await serve(root, 0));
});

after(async () => {
  server.close();
  await rm(dir, { recursive: true, force: true });
});

// A raw request, so that paths like /../x reach the server unnormalized.
function get(rawPath) {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(base);
    const req = request({ hostname, port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'], body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('serves files with the content types the page needs', async () => {
  assert.equal((await get('/a.wasm')).type, 'application/wasm');
  assert.match((await get('/a.js')).type, /^text\/javascript/);
  assert.match((await get('/a.mjs')).type, /^text\/javascript/);
  assert.match((await get('/a.json')).type, /^application\/json/);
  const index = await get('/');
  assert.equal(index.status, 200);
  assert.match(index.type, /^text\/html/);
  assert.equal((await get('/sub/')).body, 'sub');
  assert.equal((await get('/a.js?v=1')).body, '1');
});

test('never serves a file outside its root', async () => {
  for (const escape of ['/../secret.txt', '/%2e%2e/secret.txt', '/sub/../../secret.txt', '/..%2fsecret.txt', '/%2e%2e%5csecret.txt']) {
    const response = await get(escape);
    assert.notEqual(response.body, 'outside', escape);
    assert.ok(response.status === 404 || response.status === 400, `${escape}: ${response.status}`);
  }
  assert.equal((await get('/%E0%A4%A')).status, 400);
  assert.equal((await get('/a%00.js')).status, 400);
  assert.equal((await get('/missing.js')).status, 404);
});

test('resolveUnderRoot keeps paths inside the root', () => {
  assert.equal(resolveUnderRoot('/srv/site', '/a/b.js'), path.resolve('/srv/site/a/b.js'));
  assert.equal(resolveUnderRoot('/srv/site', '/'), path.resolve('/srv/site'));
  assert.equal(resolveUnderRoot('/srv/site', '/../site2/x'), path.resolve('/srv/site/site2/x'));
  assert.equal(resolveUnderRoot('/srv/site', 'relative'), null);
});

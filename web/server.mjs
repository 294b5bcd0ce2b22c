// A tiny static file server for build/web/: the site needs http (not file://) because Web Workers
// need an origin and wasm streaming compilation needs `application/wasm`. Any static host does the
// same job; this one exists so `scripts/serve.sh` and the browser tests need nothing else.
//
//   node web/server.mjs [ROOT] [PORT]     serves ROOT (default build/web) on 127.0.0.1:PORT
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.py': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

// Maps a request path onto a file under root, or null when it would leave root or is not a path
// at all (bad percent-encoding, NUL bytes).
export function resolveUnderRoot(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || !decoded.startsWith('/')) return null;
  const absoluteRoot = path.resolve(root);
  const file = path.resolve(absoluteRoot, `.${path.posix.normalize(decoded)}`);
  if (file !== absoluteRoot && !file.startsWith(absoluteRoot + path.sep)) return null;
  return file;
}

export function createStaticServer(root) {
  return createServer(async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return fail(response, 405, 'Method Not Allowed');
    }
    let file = resolveUnderRoot(root, request.url);
    if (file === null) return fail(response, 400, 'Bad Request');
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = path.join(file, 'index.html');
        info = await stat(file);
      }
      if (!info.isFile()) return fail(response, 404, 'Not Found');
      response.writeHead(200, {
        'Content-Type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
        'Content-Length': info.size,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
      if (request.method === 'HEAD') return response.end();
      createReadStream(file).pipe(response);
    } catch {
      fail(response, 404, 'Not Found');
    }
  });
}

function fail(response, status, text) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(`${status} ${text}\n`);
}

// Starts a server on 127.0.0.1 (port 0 picks a free one) and resolves to { server, url }.
export function serve(root, port) {
  const server = createStaticServer(root);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolve({ server, url: `http://127.0.0.1:${server.address().port}/` });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const root = process.argv[2] ?? path.join(here, '..', 'build', 'web');
  const port = Number(process.argv[3] ?? process.env.PORT ?? 8000);
  const { url } = await serve(root, port);
  console.log(`heapscope playground: ${url}`);
  console.log('(Ctrl+C stops the server)');
}

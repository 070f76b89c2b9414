/** Serves the built editor (dist/) read-only; any unknown path gets index.html. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export async function serveStatic(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const base = resolve(root);
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  let file = resolve(join(base, normalize(path)));
  if (file !== base && !file.startsWith(base + sep)) file = join(base, 'index.html');
  let info = await stat(file).catch(() => undefined);
  if (!info || info.isDirectory()) {
    file = join(base, 'index.html');
    info = await stat(file).catch(() => undefined);
  }
  if (!info) {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found: build the editor first (npm run build).');
    return;
  }
  const hashed = file.includes(`${sep}assets${sep}`);
  response.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
}

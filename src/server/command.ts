/** `portolan serve [--port 1234] [--data DIR]`: runs until Ctrl+C (or SIGTERM), then stores every room and exits. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serve } from './serve';

export interface ServeIo {
  out(text: string): void;
  err(text: string): void;
}

const packageRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export async function serveCommand(args: readonly string[], io: ServeIo, signal?: AbortSignal): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: { port: { type: 'string', default: '1234' }, data: { type: 'string', default: 'portolan-data' }, dist: { type: 'string' } },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.err(`portolan: --port must be a port number (0-65535), not "${values.port}"\n`);
    return 2;
  }
  const distDir = resolve(values.dist ?? join(packageRoot, 'dist'));
  if (!existsSync(join(distDir, 'index.html'))) {
    io.err(`portolan: the built editor is missing (${distDir}/index.html): run "npm run build" first, or use "npm run serve".\n`);
    return 1;
  }
  const dataDir = resolve(values.data);
  const server = await serve({ port, dataDir, distDir, log: (line) => io.err(`${new Date().toISOString()} ${line}\n`) });
  io.out(`Portolan is serving ${server.url} (rooms in ${dataDir}). Ctrl+C stops it.\n`);
  await new Promise<void>((done) => {
    const stop = () => done();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    signal?.addEventListener('abort', stop);
  });
  await server.close();
  io.out('Portolan server stopped; every room is stored.\n');
  return 0;
}

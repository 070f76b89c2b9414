/**
 * `portolan serve`: one process on 127.0.0.1 serving the built editor, the
 * room API (POST /api/rooms) and the Hocuspocus sync endpoint (/sync), with
 * rooms kept in SQLite under the data directory. Put it behind a TLS reverse
 * proxy for a team (README: "Working together").
 */
import { SQLite } from '@hocuspocus/extension-sqlite';
import { Server, type onAuthenticatePayload } from '@hocuspocus/server';
import { mkdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { z } from 'zod';
import { DESIGN_SCHEMA_VERSION } from '../model/design/schema';
import { applyCommentMessage } from './comments';
import { RoomRegistry } from './rooms';
import { serveStatic } from './static-files';

export interface ServeOptions {
  port: number;
  /** Directory for the SQLite files (created if missing). */
  dataDir: string;
  /** The built editor (`dist/`). */
  distDir: string;
  log: (line: string) => void;
  /** Milliseconds before a changed room is written to SQLite (shorter in tests). */
  storeDelay?: number;
}

export interface RunningServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

const ClientToken = z.strictObject({ token: z.string().max(200), schemaVersion: z.number().int() });

/** A refusal the provider receives as its reason (`onAuthenticationFailed`). */
const refusal = (reason: string) => Object.assign(new Error(reason), { reason });
/** A room name as it may appear in the log (whatever a client sent). */
const logName = (name: string) => name.slice(0, 80).replace(/[^A-Za-z0-9_-]/g, '?');

export async function serve(options: ServeOptions): Promise<RunningServer> {
  mkdirSync(options.dataDir, { recursive: true });
  const rooms = new RoomRegistry(join(options.dataDir, 'rooms.sqlite'));
  const delay = options.storeDelay ?? 1000;

  const authenticate = async ({ token, documentName, connectionConfig, request, requestHeaders }: onAuthenticatePayload) => {
    const from = requestHeaders.get('x-forwarded-for') ?? new URL(request.url).host;
    let parsed: z.infer<typeof ClientToken>;
    try {
      parsed = ClientToken.parse(JSON.parse(token));
    } catch {
      options.log(`refused a connection to room ${logName(documentName)} (${from}): no valid token`);
      throw refusal('permission-denied');
    }
    if (parsed.schemaVersion !== DESIGN_SCHEMA_VERSION) {
      options.log(
        `refused a connection to room ${logName(documentName)} (${from}): page has design format ${parsed.schemaVersion}, server ${DESIGN_SCHEMA_VERSION}`,
      );
      throw refusal(`schema-version:${DESIGN_SCHEMA_VERSION}`);
    }
    const access = rooms.access(documentName, parsed.token);
    if (!access) {
      options.log(`refused a connection to room ${logName(documentName)} (${from}): bad token`);
      throw refusal('permission-denied');
    }
    // Hocuspocus drops document updates from read-only connections; awareness (presence) still flows.
    if (access === 'read') connectionConfig.readOnly = true;
    return { access };
  };

  const handleRequest = async (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/api/rooms') {
      if (request.method !== 'POST') {
        response.writeHead(405, { Allow: 'POST' }).end();
        return;
      }
      const room = rooms.create();
      options.log(`created room ${room.room}`);
      response.writeHead(201, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(room));
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    await serveStatic(options.distDir, request, response);
  };

  const server = new Server({
    name: 'portolan',
    address: '127.0.0.1',
    port: options.port,
    quiet: true,
    stopOnSignals: false,
    debounce: delay,
    maxDebounce: delay * 4,
    websocketOptions: { maxPayload: 8 * 1024 * 1024 },
    extensions: [new SQLite({ database: join(options.dataDir, 'documents.sqlite') })],
    onAuthenticate: authenticate,
    // Comments from read-only links (src/server/comments.ts): checked, then applied by the server itself.
    async onStateless({ connection, document, documentName, payload }) {
      const outcome = applyCommentMessage(document, payload, new Date(), { source: 'local', context: { comment: true } });
      if (outcome.ok) return;
      options.log(`refused a comment in room ${logName(documentName)}: ${outcome.reason}`);
      connection.sendStateless(JSON.stringify({ type: 'portolan-comment-refused', reason: outcome.reason }));
    },
    async onUpgrade({ request, socket }: { request: IncomingMessage; socket: { destroy(): void } }) {
      // The sync endpoint is /sync only; other upgrade requests are dropped (null: handled, not an error).
      if (new URL(request.url ?? '/', 'http://localhost').pathname !== '/sync') {
        socket.destroy();
        throw null;
      }
    },
    async onRequest({ request, response }) {
      await handleRequest(request, response).catch((error: unknown) => {
        options.log(`request ${request.url ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`);
        if (!response.headersSent) response.writeHead(500).end();
      });
      // Handled here: stop Hocuspocus' own "Welcome" answer.
      throw null;
    },
  });
  // Hocuspocus' destroy() stores every room and closes the documents, but leaves the sockets
  // open; closing them makes clients notice at once and reconnect to the next start.
  const sockets = new Set<Socket>();
  server.httpServer.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await server.listen(options.port);
  const port = server.address.port;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await server.destroy();
      for (const socket of sockets) socket.destroy();
      rooms.close();
    },
  };
}

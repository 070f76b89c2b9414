/** A room client in Node (tests and the load benchmark): a Y.Doc behind @hocuspocus/provider over the ws package. */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { roomToken } from '../../src/collab/link';

export interface NodeClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  synced: Promise<void>;
  /** Resolves with the refusal reason if the server turns the client away. */
  refused: Promise<string>;
  readOnly: () => boolean;
  destroy(): void;
}

export function connectClient(
  port: number,
  room: string,
  token: string,
  options: { schemaVersion?: number; doc?: Y.Doc } = {},
): NodeClient {
  const doc = options.doc ?? new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${port}/sync`,
    WebSocketPolyfill: WebSocket,
    maxAttempts: 0,
    delay: 200,
    minDelay: 100,
    maxDelay: 500,
  });
  let readOnly = false;
  let onRefused: (reason: string) => void = () => undefined;
  const refused = new Promise<string>((resolve) => (onRefused = resolve));
  let onSynced: () => void = () => undefined;
  const synced = new Promise<void>((resolve) => (onSynced = resolve));
  const tokenText =
    options.schemaVersion === undefined ? roomToken(token) : JSON.stringify({ token, schemaVersion: options.schemaVersion });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    document: doc,
    token: tokenText,
    onAuthenticated: ({ scope }) => (readOnly = scope === 'readonly'),
    onAuthenticationFailed: ({ reason }) => onRefused(reason),
    onSynced: () => onSynced(),
  });
  provider.attach();
  return {
    doc,
    provider,
    socket,
    synced,
    refused,
    readOnly: () => readOnly,
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

export async function createRoom(url: string): Promise<{ room: string; editToken: string; readToken: string }> {
  const response = await fetch(`${url}/api/rooms`, { method: 'POST' });
  if (response.status !== 201) throw new Error(`room not created: ${response.status}`);
  return (await response.json()) as { room: string; editToken: string; readToken: string };
}

export async function until(check: () => boolean, timeout = 10_000, what = 'condition'): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

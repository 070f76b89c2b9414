/**
 * A shared room in the browser: the Y.Doc, its IndexedDB copy (so edits made
 * offline survive a reload and merge when the connection returns), the
 * Hocuspocus provider, presence, and the store binding. Loaded by dynamic
 * import only when someone shares or opens a room link.
 */
import { HocuspocusProvider } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { Design } from '../model/design/schema';
import { liftsInPlace } from '../model/design/migrate';
import { DESIGN_SCHEMA_VERSION } from '../model/design/schema';
import { useDesignStore } from '../store/design-store';
import { useRoomStore } from '../store/room-store';
import { useSessionStore } from '../store/session-store';
import { bindStore, hasDesign, seedRoom, type Binding } from './binding';
import { startRoomComments } from './comments-room';
import { startPresence } from './presence';
import { roomToken, type RoomLink } from './link';

export interface OpenRoom {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  leave(): void;
}

let open: OpenRoom | undefined;

const say = (tone: 'info' | 'warning' | 'error', text: string) => useSessionStore.getState().say(tone, text);
const patch = (p: Parameters<ReturnType<typeof useRoomStore.getState>['patch']>[0]) => useRoomStore.getState().patch(p);
const socketUrl = () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;

/** Joins a room; `seed` is the design to start it with when the room is new (the sharer's). */
export async function joinRoom(link: RoomLink, seed?: Design): Promise<OpenRoom> {
  open?.leave();
  const doc = new Y.Doc();
  const idTag = Math.random().toString(36).slice(2, 6);
  patch({ roomId: link.room, status: 'connecting', readOnly: false, problem: undefined, peers: [], links: link.links ?? {} });

  const local = new IndexeddbPersistence(`portolan-room-${link.room}`, doc);
  await Promise.race([local.whenSynced, new Promise((resolve) => setTimeout(resolve, 1500))]);

  let binding: Binding | undefined;
  let readOnly = false;
  const bind = () => {
    if (binding || !hasDesign(doc) || !versionOk()) return;
    binding = bindStore(doc, { idTag, readOnly: () => readOnly });
  };
  const versionOk = () => {
    const version = doc.getMap('room').get('schemaVersion');
    if (version === undefined || version === DESIGN_SCHEMA_VERSION) return true;
    // A room from an earlier format whose later versions only add optional fields is already a valid design: lift its marker.
    if (typeof version === 'number' && liftsInPlace(version)) {
      if (!readOnly) doc.transact(() => doc.getMap('room').set('schemaVersion', DESIGN_SCHEMA_VERSION), 'seed');
      return true;
    }
    patch({
      status: 'reload',
      problem: `This room uses design format ${String(version)}; this page has format ${DESIGN_SCHEMA_VERSION}. Reload the page to get the current editor.`,
    });
    return false;
  };
  // A copy kept offline from an earlier visit: show it and accept edits at once; they merge on connection.
  bind();

  const provider = new HocuspocusProvider({
    url: socketUrl(),
    name: link.room,
    document: doc,
    token: roomToken(link.token),
    onAuthenticated: ({ scope }) => {
      readOnly = scope === 'readonly';
      patch({ readOnly });
    },
    onAuthenticationFailed: ({ reason }) => {
      const reload = reason.startsWith('schema-version');
      patch({
        status: reload ? 'reload' : 'refused',
        problem: reload
          ? 'The server runs a newer design format than this page: reload the page to join the room.'
          : 'The server refused this room link: it is wrong, or the room no longer exists.',
      });
      provider.disconnect();
    },
    onStatus: ({ status }) => {
      const state = useRoomStore.getState().status;
      if (state === 'refused' || state === 'reload') return;
      patch({ status: status === 'connected' ? 'online' : status === 'connecting' && state === 'connecting' ? 'connecting' : 'offline' });
    },
    onSynced: () => {
      if (!hasDesign(doc) && seed && !readOnly) {
        doc.transact(() => doc.getMap('room').set('schemaVersion', DESIGN_SCHEMA_VERSION), 'seed');
        seedRoom(doc, seed);
      }
      bind();
      if (!binding && !hasDesign(doc)) say('warning', 'This room is empty: the person who shared it has not connected yet.');
    },
  });
  doc.on('update', () => {
    if (!binding) bind();
  });
  const stopPresence = startPresence(provider);
  const stopComments = startRoomComments(doc, provider, () => readOnly);
  // The browser knows first when the network goes: stop at once (edits stay in the document
  // and IndexedDB) and reconnect when it returns; the provider's own check would take 30 s.
  const wentOffline = () => {
    provider.disconnect();
    patch({ status: 'offline' });
  };
  const cameOnline = () => void provider.connect();
  window.addEventListener('offline', wentOffline);
  window.addEventListener('online', cameOnline);

  const room: OpenRoom = {
    doc,
    provider,
    leave: () => {
      window.removeEventListener('offline', wentOffline);
      window.removeEventListener('online', cameOnline);
      stopPresence();
      stopComments();
      binding?.stop();
      provider.destroy();
      void local.destroy();
      doc.destroy();
      if (open === room) open = undefined;
      patch({ roomId: undefined, peers: [], links: {}, problem: undefined, readOnly: false });
    },
  };
  open = room;
  return room;
}

/** Leaves the room: the design stays on screen as an ordinary local design. */
export function leaveRoom(): void {
  const design = useDesignStore.getState().design;
  open?.leave();
  useDesignStore.setState({ design });
  useDesignStore.temporal.getState().clear();
}

export const currentRoom = () => open;

/**
 * What the editor shows about a shared room: connection, access, who is in
 * it, and the room's own undo history. No sync code lives here (Yjs loads
 * only when a room is opened); `src/collab` fills this store.
 */
import { create } from 'zustand';

export type RoomStatus = 'connecting' | 'online' | 'offline' | 'refused' | 'reload';

export interface Peer {
  clientId: number;
  name: string;
  color: string;
  /** Pointer on the canvas, in flow coordinates. */
  cursor: { x: number; y: number } | undefined;
  selection: string[];
}

export interface RoomState {
  /** The open room, or undefined when Portolan works alone (the default). */
  roomId: string | undefined;
  status: RoomStatus;
  readOnly: boolean;
  /** Links to hand out: editing, and read-only (only the person who shared has both). */
  links: { edit?: string; read?: string };
  /** Why the server refused, or why the page must reload. */
  problem: string | undefined;
  peers: Peer[];
  /** This client's id among the peers. */
  selfId: number | undefined;
  canUndo: boolean;
  canRedo: boolean;
  /** Presence actions, set by the sync code while a room is open. */
  shareCursor: (point: { x: number; y: number } | undefined) => void;
  setDisplayName: (name: string) => void;
  patch(patch: Partial<Omit<RoomState, 'patch'>>): void;
}

export const useRoomStore = create<RoomState>()((set) => ({
  roomId: undefined,
  status: 'connecting',
  readOnly: false,
  links: {},
  problem: undefined,
  peers: [],
  selfId: undefined,
  canUndo: false,
  canRedo: false,
  shareCursor: () => undefined,
  setDisplayName: () => undefined,
  patch: (patch) => set(patch),
}));

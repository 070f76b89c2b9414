/**
 * Room links. The room id and its token travel in the URL fragment
 * (`#room=…&token=…`), which browsers never send to a server, so the token
 * stays out of access logs and Referer headers. No Yjs here: the editor reads
 * the fragment at start-up and loads the sync code only when it finds one.
 */
import { DESIGN_SCHEMA_VERSION } from '../model/design/schema';

export interface RoomLink {
  room: string;
  token: string;
  /** Links the sharer can hand out (edit and read-only); others see only their own. */
  links?: { edit?: string; read?: string };
}

const ROOM_ID = /^[A-Za-z0-9_-]{8,64}$/;
const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

export function parseRoomLink(hash: string): RoomLink | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const room = params.get('room') ?? '';
  const token = params.get('token') ?? '';
  return ROOM_ID.test(room) && TOKEN.test(token) ? { room, token } : undefined;
}

export const roomLinkUrl = (origin: string, room: string, token: string) =>
  `${origin}/#room=${encodeURIComponent(room)}&token=${encodeURIComponent(token)}`;

/**
 * What the provider sends as its token: the room token and this page's design
 * format, so the server turns away a page of another version before it can
 * write anything into the room.
 */
export const roomToken = (token: string) => JSON.stringify({ token, schemaVersion: DESIGN_SCHEMA_VERSION });

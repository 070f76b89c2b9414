/** Share: ask the server for a new room, put the current design into it, and join it. */
import { useDesignStore } from '../store/design-store';
import { useSessionStore } from '../store/session-store';
import { roomLinkUrl, type RoomLink } from './link';
import { joinRoom } from './room';

interface NewRoom {
  room: string;
  editToken: string;
  readToken: string;
}
const isNewRoom = (value: unknown): value is NewRoom =>
  typeof value === 'object' &&
  value !== null &&
  ['room', 'editToken', 'readToken'].every((k) => typeof (value as Record<string, unknown>)[k] === 'string');

export async function shareCurrentDesign(): Promise<boolean> {
  let created: NewRoom;
  try {
    const response = await fetch('/api/rooms', { method: 'POST' });
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    const body: unknown = await response.json();
    if (!isNewRoom(body)) throw new Error('the server did not answer with a room');
    created = body;
  } catch (error) {
    useSessionStore
      .getState()
      .say(
        'error',
        'Sharing needs the Portolan server: start it with "npx portolan serve" (or "npm run serve") and open the editor from the address it prints.',
        {
          details: [error instanceof Error ? error.message : String(error)],
        },
      );
    return false;
  }
  const origin = location.origin;
  const links = { edit: roomLinkUrl(origin, created.room, created.editToken), read: roomLinkUrl(origin, created.room, created.readToken) };
  history.replaceState(null, '', links.edit.slice(origin.length));
  await joinRoom({ room: created.room, token: created.editToken, links }, useDesignStore.getState().design);
  return true;
}

export async function joinLinkedRoom(link: RoomLink): Promise<void> {
  await joinRoom(link);
}

export { leaveRoom } from './room';

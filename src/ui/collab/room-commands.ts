/**
 * The editor's entry points to shared rooms. Everything behind them (Yjs,
 * Hocuspocus, IndexedDB) loads by dynamic import on first use, so the
 * single-user editor's first page load carries none of it.
 */
import { parseRoomLink } from '../../collab/link';
import { useRoomStore } from '../../store/room-store';

export async function shareDesign(): Promise<void> {
  if (useRoomStore.getState().roomId) return;
  await (await import('../../collab/share')).shareCurrentDesign();
}

/** Joins the room named in the page address, if there is one (a shared link was opened). */
export async function joinRoomFromAddress(): Promise<void> {
  const link = parseRoomLink(location.hash);
  if (link) await (await import('../../collab/share')).joinLinkedRoom(link);
}

export async function leaveRoom(): Promise<void> {
  (await import('../../collab/share')).leaveRoom();
  history.replaceState(null, '', location.pathname + location.search);
}

/**
 * Presence (Yjs awareness): who is in the room, where their pointer is on the
 * canvas and what they have selected. Never stored, never undone.
 */
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { useRoomStore, type Peer } from '../store/room-store';
import { useSessionStore } from '../store/session-store';

const COLORS = ['#d1495b', '#2e86ab', '#3b8b5a', '#8e5ba8', '#e07a1f', '#00798c', '#b5446e', '#5c6bc0'];

export function startPresence(provider: HocuspocusProvider): () => void {
  const awareness = provider.awareness;
  if (!awareness) return () => undefined;
  const color = COLORS[awareness.clientID % COLORS.length]!;
  awareness.setLocalState({ name: `Guest ${awareness.clientID % 1000}`, color, cursor: null, selection: [] });
  useRoomStore.getState().patch({
    shareCursor: (point) => awareness.setLocalStateField('cursor', point ?? null),
    setDisplayName: (name) => awareness.setLocalStateField('name', name.trim().slice(0, 40) || 'Guest'),
  });

  const publish = () => {
    const peers: Peer[] = [];
    awareness.getStates().forEach((state, clientId) => {
      const s = state as { name?: unknown; color?: unknown; cursor?: unknown; selection?: unknown };
      if (typeof s.name !== 'string') return;
      const cursor = s.cursor as { x?: unknown; y?: unknown } | null;
      peers.push({
        clientId,
        name: s.name.slice(0, 40),
        color: typeof s.color === 'string' && /^#[0-9a-f]{6}$/i.test(s.color) ? s.color : '#666666',
        cursor: cursor && typeof cursor.x === 'number' && typeof cursor.y === 'number' ? { x: cursor.x, y: cursor.y } : undefined,
        selection: Array.isArray(s.selection) ? s.selection.filter((id): id is string => typeof id === 'string').slice(0, 500) : [],
      });
    });
    peers.sort((a, b) => (a.clientId === awareness.clientID ? -1 : b.clientId === awareness.clientID ? 1 : a.clientId - b.clientId));
    useRoomStore.getState().patch({ peers, selfId: awareness.clientID });
  };
  awareness.on('change', publish);
  publish();
  const unsubscribe = useSessionStore.subscribe((state, previous) => {
    if (state.selectedNodes !== previous.selectedNodes || state.selectedEdge !== previous.selectedEdge) {
      awareness.setLocalStateField('selection', state.selectedEdge ? [state.selectedEdge] : state.selectedNodes);
    }
  });
  return () => {
    unsubscribe();
    awareness.off('change', publish);
    awareness.setLocalState(null);
    useRoomStore.getState().patch({ shareCursor: () => undefined, setDisplayName: () => undefined });
  };
}

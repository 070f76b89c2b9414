/**
 * Other people on the canvas: their pointers (with names) and outlines around
 * what they have selected. Drawn over the canvas, never catching the mouse.
 */
import { useNodes, useReactFlow, useViewport } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useRoomStore } from '../../store/room-store';

export default function PresenceLayer() {
  const layer = useRef<HTMLDivElement>(null);
  const { x, y, zoom } = useViewport();
  const { screenToFlowPosition, getInternalNode } = useReactFlow();
  const allPeers = useRoomStore((s) => s.peers);
  const selfId = useRoomStore((s) => s.selfId);
  const peers = allPeers.filter((p) => p.clientId !== selfId);
  useNodes(); // redraw outlines when nodes move or resize

  useEffect(() => {
    const area = layer.current?.parentElement;
    if (!area) return;
    let frame = 0;
    const { shareCursor } = useRoomStore.getState();
    const move = (event: PointerEvent) => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => shareCursor(screenToFlowPosition({ x: event.clientX, y: event.clientY })));
    };
    const leave = () => shareCursor(undefined);
    area.addEventListener('pointermove', move);
    area.addEventListener('pointerleave', leave);
    return () => {
      cancelAnimationFrame(frame);
      area.removeEventListener('pointermove', move);
      area.removeEventListener('pointerleave', leave);
    };
  }, [screenToFlowPosition]);

  return (
    <div ref={layer} className="presence-layer" aria-hidden="true">
      {peers.flatMap((peer) =>
        peer.selection.map((id) => {
          const node = getInternalNode(id);
          if (!node) return null;
          const { x: nx, y: ny } = node.internals.positionAbsolute;
          const width = node.measured.width ?? 0;
          const height = node.measured.height ?? 0;
          return (
            <div
              key={`${peer.clientId}:${id}`}
              className="presence-selection"
              data-peer={peer.name}
              style={{
                left: nx * zoom + x - 3,
                top: ny * zoom + y - 3,
                width: width * zoom + 6,
                height: height * zoom + 6,
                borderColor: peer.color,
              }}
            />
          );
        }),
      )}
      {peers.map((peer) =>
        peer.cursor ? (
          <div
            key={peer.clientId}
            className="presence-cursor"
            data-peer={peer.name}
            style={{ left: peer.cursor.x * zoom + x, top: peer.cursor.y * zoom + y, color: peer.color }}
          >
            <svg width="14" height="18" viewBox="0 0 14 18">
              <path d="M0 0 L0 15 L4 11 L7 18 L9 17 L6 10 L12 10 Z" fill="currentColor" stroke="#fff" strokeWidth="1" />
            </svg>
            <span style={{ background: peer.color }}>{peer.name}</span>
          </div>
        ) : null,
      )}
    </div>
  );
}

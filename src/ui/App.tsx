/** The editor: toolbar, palette, canvas, inspector and flow matrix. */
import { ReactFlowProvider } from '@xyflow/react';
import { lazy, Suspense, useEffect } from 'react';
import { useRoomStore } from '../store/room-store';
import { useSessionStore } from '../store/session-store';
import { startAutosave } from './autosave';
import { joinRoomFromAddress } from './collab/room-commands';
import { Canvas } from './canvas/Canvas';
import { Inspector } from './inspector/Inspector';
import { MatrixPanel } from './matrix/MatrixPanel';
import { MessageBar } from './MessageBar';
import { Palette } from './palette/Palette';
import { Toolbar } from './toolbar/Toolbar';
import { useShortcuts } from './useShortcuts';

// Loaded when first used: they are not needed to show and edit a design.
const ConnectDialog = lazy(() => import('./dialogs/ConnectDialog').then((m) => ({ default: m.ConnectDialog })));
const PrintView = lazy(() => import('./export/PrintView').then((m) => ({ default: m.PrintView })));
const PresenceLayer = lazy(() => import('./collab/PresenceLayer'));

export function App() {
  useEffect(() => startAutosave(), []);
  // A room link (#room=…&token=…) opens the shared room; without one, nothing of the sync code loads.
  useEffect(() => void joinRoomFromAddress(), []);
  const inRoom = useRoomStore((s) => s.roomId !== undefined);
  useShortcuts();
  const connecting = useSessionStore((s) => s.dialog?.kind === 'connect');
  const printing = useSessionStore((s) => s.printPicture !== undefined);
  return (
    <ReactFlowProvider>
      <div className="app">
        <Toolbar />
        <MessageBar />
        <div className="workspace">
          <Palette />
          <main className="canvas-area" aria-label="Canvas">
            <Canvas />
            {inRoom && (
              <Suspense fallback={null}>
                <PresenceLayer />
              </Suspense>
            )}
          </main>
          <aside className="inspector-area" aria-label="Inspector">
            <Inspector />
          </aside>
        </div>
        <section className="matrix-area" aria-label="Flow matrix">
          <MatrixPanel />
        </section>
        {connecting && (
          <Suspense fallback={null}>
            <ConnectDialog />
          </Suspense>
        )}
      </div>
      {printing && (
        <Suspense fallback={null}>
          <PrintView />
        </Suspense>
      )}
    </ReactFlowProvider>
  );
}

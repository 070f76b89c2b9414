/** The editor: toolbar, palette, canvas, inspector and flow matrix. */
import { ReactFlowProvider } from '@xyflow/react';
import { lazy, Suspense, useEffect } from 'react';
import { useChecksView } from '../store/checks';
import { useSessionStore } from '../store/session-store';
import { startAutosave } from './autosave';
import { Canvas } from './canvas/Canvas';
import { ChecksPanel } from './checks/ChecksPanel';
import { Inspector } from './inspector/Inspector';
import { MatrixPanel } from './matrix/MatrixPanel';
import { MessageBar } from './MessageBar';
import { Palette } from './palette/Palette';
import { Toolbar } from './toolbar/Toolbar';
import { useShortcuts } from './useShortcuts';

// Loaded when first used: they are not needed to show and edit a design.
const ConnectDialog = lazy(() => import('./dialogs/ConnectDialog').then((m) => ({ default: m.ConnectDialog })));
const PrintView = lazy(() => import('./export/PrintView').then((m) => ({ default: m.PrintView })));

export function App() {
  useEffect(() => startAutosave(), []);
  useShortcuts();
  const connecting = useSessionStore((s) => s.dialog?.kind === 'connect');
  const printing = useSessionStore((s) => s.printPicture !== undefined);
  const checksOpen = useChecksView((s) => s.open);
  return (
    <ReactFlowProvider>
      <div className="app">
        <Toolbar />
        <MessageBar />
        <div className="workspace">
          <Palette />
          <main className="canvas-area" aria-label="Canvas">
            <Canvas />
          </main>
          <aside className="inspector-area" aria-label="Inspector">
            <Inspector />
          </aside>
        </div>
        <section className="matrix-area" aria-label={checksOpen ? 'Checks' : 'Flow matrix'}>
          {checksOpen ? <ChecksPanel /> : <MatrixPanel />}
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

/** The editor: toolbar, palette, canvas, inspector and flow matrix. */
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect } from 'react';
import { startAutosave } from './autosave';
import { Canvas } from './canvas/Canvas';
import { ConnectDialog } from './dialogs/ConnectDialog';
import { PrintView } from './export/PrintView';
import { Inspector } from './inspector/Inspector';
import { MatrixPanel } from './matrix/MatrixPanel';
import { MessageBar } from './MessageBar';
import { Palette } from './palette/Palette';
import { Toolbar } from './toolbar/Toolbar';
import { useShortcuts } from './useShortcuts';

export function App() {
  useEffect(() => startAutosave(), []);
  useShortcuts();
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
        <section className="matrix-area" aria-label="Flow matrix">
          <MatrixPanel />
        </section>
        <ConnectDialog />
      </div>
      <PrintView />
    </ReactFlowProvider>
  );
}

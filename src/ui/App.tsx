/** The editor: toolbar, palette, canvas, inspector and flow matrix, with splitters between them. */
import { ReactFlowProvider } from '@xyflow/react';
import { lazy, Suspense, useEffect, useLayoutEffect, type CSSProperties } from 'react';
import { useRoomStore } from '../store/room-store';
import { useChecksView } from '../store/checks';
import { useSessionStore } from '../store/session-store';
import { rememberAuthor, rememberedAuthor } from '../io/preferences';
import { startAutosave } from './autosave';
import { joinRoomFromAddress } from './collab/room-commands';
import { Canvas } from './canvas/Canvas';
import { Inspector } from './inspector/Inspector';
import { MatrixPanel } from './matrix/MatrixPanel';
import { MessageBar } from './MessageBar';
import { Palette } from './palette/Palette';
import { rememberPanels } from './panels/remembered';
import { Splitter } from './panels/Splitter';
import { Toolbar } from './toolbar/Toolbar';
import { useShortcuts } from './useShortcuts';
import './panels/panels.css';

// Loaded when first used: they are not needed to show and edit a design.
const ConnectDialog = lazy(() => import('./dialogs/ConnectDialog').then((m) => ({ default: m.ConnectDialog })));
const PrintView = lazy(() => import('./export/PrintView').then((m) => ({ default: m.PrintView })));
const Presentation = lazy(() => import('./presentation/Presentation').then((m) => ({ default: m.Presentation })));
const ZoneView = lazy(() => import('./zoneview/ZoneView').then((m) => ({ default: m.ZoneView })));
const PresenceLayer = lazy(() => import('./collab/PresenceLayer'));
const ChecksPanel = lazy(() => import('./checks/ChecksPanel').then((m) => ({ default: m.ChecksPanel })));
const CommentsPanel = lazy(() => import('./comments/CommentsPanel').then((m) => ({ default: m.CommentsPanel })));

/** The comment author's name, remembered in this browser (the panel loads lazily; preferences are already here). */
const authorMemory = { read: rememberedAuthor, write: rememberAuthor };

export function App() {
  useEffect(() => startAutosave(), []);
  // Before the first paint, so remembered panel sizes never flash in at their defaults.
  useLayoutEffect(() => rememberPanels(), []);
  // A room link (#room=…&token=…) opens the shared room; without one, nothing of the sync code loads.
  useEffect(() => void joinRoomFromAddress(), []);
  const inRoom = useRoomStore((s) => s.roomId !== undefined);
  useShortcuts();
  const connecting = useSessionStore((s) => s.dialog?.kind === 'connect');
  const printing = useSessionStore((s) => s.printPicture !== undefined);
  const zoneView = useSessionStore((s) => s.zoneView);
  const presenting = useSessionStore((s) => s.presentation !== undefined);
  const panels = useSessionStore((s) => s.panels);
  // The zone view is for reading: the palette and the inspector give their room to the diagram and the zone matrix.
  const reading = presenting || zoneView;
  const palette = reading || panels.palette.collapsed ? 0 : panels.palette.size;
  const inspector = reading || panels.inspector.collapsed ? 0 : panels.inspector.size;
  const matrix = presenting ? 'minmax(120px, 28vh)' : panels.matrix.collapsed ? '0px' : `${panels.matrix.size}px`;
  const splitter = presenting ? '0px' : 'auto';
  const grid: CSSProperties = { gridTemplateRows: `auto auto minmax(0, 1fr) ${splitter} ${matrix}` };
  const side = reading ? '0px' : 'auto';
  const columns: CSSProperties = { gridTemplateColumns: `${palette}px ${side} minmax(0, 1fr) ${side} ${inspector}px` };
  const checksOpen = useChecksView((s) => s.open);
  const commentsOpen = useSessionStore((s) => s.comments.open);
  return (
    <ReactFlowProvider>
      <div className={`app${presenting ? ' presenting' : ''}`} style={grid}>
        <Toolbar />
        <MessageBar />
        <div className="workspace" style={columns}>
          {palette > 0 ? <Palette /> : <div aria-hidden="true" />}
          {reading ? <div aria-hidden="true" /> : <Splitter panel="palette" />}
          <main className="canvas-area" aria-label="Canvas">
            <Canvas />
            {zoneView && (
              <Suspense fallback={null}>
                <ZoneView />
              </Suspense>
            )}
            {inRoom && (
              <Suspense fallback={null}>
                <PresenceLayer />
              </Suspense>
            )}
          </main>
          {reading ? <div aria-hidden="true" /> : <Splitter panel="inspector" />}
          {inspector > 0 ? (
            <aside className="inspector-area" aria-label={commentsOpen ? 'Comments' : 'Inspector'}>
              {commentsOpen ? (
                <Suspense fallback={null}>
                  <CommentsPanel memory={authorMemory} />
                </Suspense>
              ) : (
                <Inspector />
              )}
            </aside>
          ) : (
            <div aria-hidden="true" />
          )}
        </div>
        <Splitter panel="matrix" />
        <section className="matrix-area" aria-label={checksOpen ? 'Checks' : 'Flow matrix'}>
          {checksOpen ? (
            <Suspense fallback={null}>
              <ChecksPanel />
            </Suspense>
          ) : (
            <MatrixPanel />
          )}
        </section>
        {presenting && (
          <Suspense fallback={null}>
            <Presentation />
          </Suspense>
        )}
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

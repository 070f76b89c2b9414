/** New, Open, Save, Examples, Undo, Redo, Add zone, Auto-layout, Fit view, Export. */
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { freeSpot } from '../../model/diagram';
import { fitOptions } from '../canvas/fit';
import { useStore } from 'zustand';
import { lazy, Suspense, useEffect, useState } from 'react';
import { afterOpening } from '../../store/after-opening';
import { useRoomStore } from '../../store/room-store';
import { shareDesign } from '../collab/room-commands';
import type { ExportFormat } from '../../model/export/types';
import { useDesignStore } from '../../store/design-store';
import { useSessionStore } from '../../store/session-store';
import {
  autoLayout,
  exportAs,
  loadExportFormats,
  newDesign,
  openDesignFile,
  openDesignValue,
  preloadExportCommands,
  printView,
  redo,
  saveDesignFile,
  undo,
} from '../commands';
import { ChecksButton } from '../checks/ChecksButton';
import { examples } from './examples';
import { ViewControls } from '../zoneview/ViewControls';
import { Menu } from './Menu';

// The room strip loads with the sync code, only when a room is open.
const RoomBar = lazy(() => import('../collab/RoomBar'));
// The export choices show in the Export menu, which loads its formats when first opened too.
const ExportOptions = lazy(() => import('./ExportOptions').then((m) => ({ default: m.ExportOptions })));

export function Toolbar() {
  const inRoom = useRoomStore((s) => s.roomId !== undefined);
  // In a shared room, Undo and Redo are the room's: each person undoes only their own changes.
  const roomCanUndo = useRoomStore((s) => s.canUndo);
  const roomCanRedo = useRoomStore((s) => s.canRedo);
  const localCanUndo = useStore(useDesignStore.temporal, (s) => s.pastStates.length > 0);
  const localCanRedo = useStore(useDesignStore.temporal, (s) => s.futureStates.length > 0);
  const canUndo = inRoom ? roomCanUndo : localCanUndo;
  const canRedo = inRoom ? roomCanRedo : localCanRedo;
  const title = useDesignStore((s) => s.design.meta.title);
  const { fitView, getViewport, getNodes, getInternalNode } = useReactFlow();
  const flowStore = useStoreApi();
  // The canvas area in canvas coordinates, for pictures of the current view.
  const viewRect = () => {
    const pane = document.querySelector<HTMLElement>('[data-testid="canvas"]');
    if (!pane) return undefined;
    const { x, y, zoom } = getViewport();
    return { x: -x / zoom, y: -y / zoom, width: pane.clientWidth / zoom, height: pane.clientHeight / zoom };
  };
  // The formats load with the menu's first opening (they are not in the initial bundle).
  const [exportFormats, setExportFormats] = useState<readonly ExportFormat[]>([]);
  useEffect(() => void afterOpening().then(preloadExportCommands), []);
  const loadFormats = () => {
    preloadExportCommands();
    if (exportFormats.length === 0) void loadExportFormats().then((module) => setExportFormats(module.exportFormats));
  };

  // A new zone goes in free space in view: on no zone and no component.
  const addZone = () => {
    const { x, y, zoom } = getViewport();
    const { width, height } = flowStore.getState();
    const pad = fitOptions().padding;
    const top = parseFloat(pad.top);
    const right = parseFloat(pad.right);
    const view = { x: -x / zoom, y: (top - y) / zoom, width: (width - right) / zoom, height: (height - top) / zoom };
    const taken = getNodes()
      .filter((n) => !n.parentId)
      .map((n) => ({
        ...(getInternalNode(n.id)?.internals.positionAbsolute ?? n.position),
        width: n.measured?.width ?? n.width ?? 220,
        height: n.measured?.height ?? n.height ?? 96,
      }));
    const size = { width: 460, height: 320 };
    const count = useDesignStore.getState().design.zones.length;
    const id = useDesignStore
      .getState()
      .addZone({ name: `Zone ${count + 1}`, kind: 'internal', position: freeSpot(size, view, taken), size });
    useSessionStore.getState().selectNodes([id]);
  };
  // Auto-layout with each component's drawn size, then fit the view to it: from the design's own
  // coordinates first (a large estate has nodes that were never measured), then to measured sizes.
  const layOut = () => {
    const sizes = new Map(
      getNodes()
        .filter((n) => n.type === 'component')
        .map((n) => [n.id, { width: n.measured?.width ?? 220, height: n.measured?.height ?? 96 }]),
    );
    void autoLayout(sizes).then(() => useSessionStore.getState().requestFit());
  };

  return (
    <header className="toolbar" role="toolbar" aria-label="Design">
      <span className="brand" aria-hidden="true">
        ⚓ Portolan
      </span>
      <span className="design-title" title={title}>
        {title}
      </span>
      <button type="button" onClick={newDesign}>
        New
      </button>
      <button type="button" onClick={() => void openDesignFile()}>
        Open
      </button>
      <button type="button" onClick={saveDesignFile} title="Save as a .portolan.json file (Ctrl+S)">
        Save
      </button>
      <Menu
        label="Examples"
        items={examples.map((example) => ({
          label: example.title,
          run: async () => {
            openDesignValue(await example.load(), `example ${example.name}`);
          },
        }))}
      />
      <span className="toolbar-gap" />
      <button type="button" onClick={undo} disabled={!canUndo} title="Undo (Ctrl+Z)">
        Undo
      </button>
      <button type="button" onClick={redo} disabled={!canRedo} title="Redo (Ctrl+Shift+Z or Ctrl+Y)">
        Redo
      </button>
      <span className="toolbar-gap" />
      <button type="button" onClick={addZone}>
        Add zone
      </button>
      <button type="button" onClick={layOut}>
        Auto-layout
      </button>
      <button type="button" onClick={() => void fitView({ ...fitOptions(), duration: 300 })}>
        Fit view
      </button>
      <ViewControls />
      <ChecksButton />
      <Menu
        label="Export"
        onOpen={loadFormats}
        items={[
          ...exportFormats.map((format) => ({ label: format.label, run: () => void exportAs(format.id, viewRect) })),
          { label: 'Print view', run: () => void printView() },
        ]}
      >
        <Suspense fallback={null}>
          <ExportOptions />
        </Suspense>
      </Menu>
      <span className="toolbar-gap" />
      {!inRoom && (
        <button
          type="button"
          onClick={() => void shareDesign()}
          title="Edit this design together: makes a shared room and gives you its links"
        >
          Share
        </button>
      )}
      {inRoom && (
        <Suspense fallback={null}>
          <RoomBar />
        </Suspense>
      )}
    </header>
  );
}

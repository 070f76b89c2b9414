/** New, Open, Save, Examples, Undo, Redo, Add zone, Auto-layout, Fit view, Export. */
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { freeSpot } from '../../model/diagram';
import { fitOptions } from '../canvas/fit';
import { useStore } from 'zustand';
import { useState } from 'react';
import type { ExportFormat } from '../../model/export/formats';
import { useDesignStore } from '../../store/design-store';
import { useSessionStore } from '../../store/session-store';
import { autoLayout, exportAs, exportPicture, loadExportFormats, newDesign, openDesignFile, openDesignValue, printView, redo, saveDesignFile, undo } from '../commands';
import { examples, exampleTitle } from './examples';
import { ExportOptions } from './ExportOptions';
import { Menu } from './Menu';

export function Toolbar() {
  const canUndo = useStore(useDesignStore.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useDesignStore.temporal, (s) => s.futureStates.length > 0);
  const title = useDesignStore((s) => s.design.meta.title);
  const { fitView, getViewport, getNodes, getInternalNode } = useReactFlow();
  const flowStore = useStoreApi();
  // The formats load with the menu's first opening (they are not in the initial bundle).
  const [exportFormats, setExportFormats] = useState<readonly ExportFormat[]>([]);
  const loadFormats = () => {
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
    const taken = getNodes().filter((n) => !n.parentId).map((n) => ({ ...(getInternalNode(n.id)?.internals.positionAbsolute ?? n.position), width: n.measured?.width ?? n.width ?? 220, height: n.measured?.height ?? n.height ?? 96 }));
    const size = { width: 460, height: 320 };
    const count = useDesignStore.getState().design.zones.length;
    const id = useDesignStore.getState().addZone({ name: `Zone ${count + 1}`, kind: 'internal', position: freeSpot(size, view, taken), size });
    useSessionStore.getState().selectNodes([id]);
  };
  // Auto-layout with each component's drawn size, then fit the view to it: from the design's own
  // coordinates first (a large estate has nodes that were never measured), then to measured sizes.
  const layOut = () => {
    const sizes = new Map(getNodes().filter((n) => n.type === 'component').map((n) => [n.id, { width: n.measured?.width ?? 220, height: n.measured?.height ?? 96 }]));
    void autoLayout(sizes).then(() => useSessionStore.getState().requestFit());
  };

  return (
    <header className="toolbar" role="toolbar" aria-label="Design">
      <span className="brand" aria-hidden="true">⚓ Portolan</span>
      <span className="design-title" title={title}>{title}</span>
      <button type="button" onClick={newDesign}>New</button>
      <button type="button" onClick={() => void openDesignFile()}>Open</button>
      <button type="button" onClick={saveDesignFile} title="Save as a .portolan.json file (Ctrl+S)">Save</button>
      <Menu
        label="Examples"
        items={examples.map((example) => ({
          label: exampleTitle(example.name),
          run: async () => {
            openDesignValue(await example.load(), `example ${example.name}`);
          },
        }))}
      />
      <span className="toolbar-gap" />
      <button type="button" onClick={undo} disabled={!canUndo} title="Undo (Ctrl+Z)">Undo</button>
      <button type="button" onClick={redo} disabled={!canRedo} title="Redo (Ctrl+Shift+Z or Ctrl+Y)">Redo</button>
      <span className="toolbar-gap" />
      <button type="button" onClick={addZone}>Add zone</button>
      <button type="button" onClick={layOut}>Auto-layout</button>
      <button type="button" onClick={() => void fitView({ ...fitOptions(), duration: 300 })}>Fit view</button>
      <Menu
        label="Export"
        onOpen={loadFormats}
        items={[
          ...exportFormats.map((format) => ({ label: format.label, run: () => void exportAs(format.id) })),
          { label: 'PNG picture', run: () => void exportPicture('png', getNodes) },
          { label: 'SVG picture', run: () => void exportPicture('svg', getNodes) },
          { label: 'Print view', run: () => void printView(getNodes) },
        ]}
      >
        <ExportOptions />
      </Menu>
    </header>
  );
}

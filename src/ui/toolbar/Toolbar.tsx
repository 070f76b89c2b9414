/** New, Open, Save, Examples, Undo, Redo, Add zone, Auto-layout, Fit view, Export. */
import { useReactFlow } from '@xyflow/react';
import { useStore } from 'zustand';
import { useState } from 'react';
import type { ExportFormat } from '../../model/export/formats';
import { useDesignStore } from '../../store/design-store';
import { useSessionStore } from '../../store/session-store';
import { autoLayout, exportAs, exportPicture, loadExportFormats, newDesign, openDesignFile, openDesignValue, printView, redo, saveDesignFile, undo } from '../commands';
import { ChecksButton } from '../checks/ChecksButton';
import { examples, exampleTitle } from './examples';
import { ExportOptions } from './ExportOptions';
import { Menu } from './Menu';

export function Toolbar() {
  const canUndo = useStore(useDesignStore.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useDesignStore.temporal, (s) => s.futureStates.length > 0);
  const title = useDesignStore((s) => s.design.meta.title);
  const { fitView, getViewport, getNodes } = useReactFlow();
  // The formats load with the menu's first opening (they are not in the initial bundle).
  const [exportFormats, setExportFormats] = useState<readonly ExportFormat[]>([]);
  const loadFormats = () => {
    if (exportFormats.length === 0) void loadExportFormats().then((module) => setExportFormats(module.exportFormats));
  };

  const addZone = () => {
    const { x, y, zoom } = getViewport();
    const count = useDesignStore.getState().design.zones.length;
    const id = useDesignStore.getState().addZone({ name: `Zone ${count + 1}`, kind: 'internal', position: { x: (40 - x) / zoom + count * 30, y: (40 - y) / zoom + count * 30 }, size: { width: 460, height: 320 } });
    useSessionStore.getState().selectNodes([id]);
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
      <button type="button" onClick={() => void autoLayout().then(() => setTimeout(() => void fitView({ duration: 300 }), 50))}>Auto-layout</button>
      <button type="button" onClick={() => void fitView({ duration: 300 })}>Fit view</button>
      <ChecksButton />
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

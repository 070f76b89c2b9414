/**
 * What the toolbar, menus, palette and shortcuts do. Each command reads and
 * writes the stores and talks to the IO module; components call commands and
 * stay free of orchestration.
 */
import type { Node } from '@xyflow/react';
import { restoreDesign, restoreDesignValue } from '../model/design/restore';
import { emptyDesign } from '../model/design/edit';
import type { Design } from '../model/design/schema';
import type { ExportScope } from '../model/export/formats';
import { applyMoves, type Moves } from '../model/diagram';
import { absolutePosition, applyLayout, zoneAt, type LayoutResult, type Size } from '../model/placement';
import { labelSize, pairLabelLines } from '../model/diagram';
import type { LayoutEdge } from '../model/layout';
import { useDiagramState, type Route } from './canvas/diagram-state';
import { LABEL_METRICS } from './canvas/label-layout';
import { downloadFile, pickFile } from '../io/files';
import { runLayout } from './layout/run-layout';
import { catalogue, clearHistory, redo, undo, useDesignStore } from '../store/design-store';
import { derivedOf } from '../store/derived';
import { useSessionStore } from '../store/session-store';
import type { RestoreFailure } from '../model/design/problems';

const design = () => useDesignStore.getState().design;
const session = () => useSessionStore.getState();

export { redo, undo };

/** Places a component with its top-left at an absolute canvas point, inside the zone under the pointer (or that point) if any. */
export function placeComponent(type: string, point: { x: number; y: number }, pointer = point): string {
  const current = design();
  const zoneId = zoneAt(current, pointer);
  const zone = zoneId ? current.zones.find((z) => z.id === zoneId) : undefined;
  const position = zone?.position ? { x: point.x - zone.position.x, y: point.y - zone.position.y } : point;
  const id = useDesignStore.getState().addComponent({ type, position, ...(zoneId && { zone: zoneId }) });
  session().selectNodes([id]);
  return id;
}

/** A finished drag (components and zones) as one design change: one undo step. */
export function commitMoves(moves: Moves): void {
  const current = design();
  const next = applyMoves(current, moves);
  if (next !== current) useDesignStore.getState().replace(next);
}

export function deleteSelection(): void {
  const { selectedNodes, selectedEdge } = session();
  if (selectedNodes.length > 0) {
    useDesignStore.getState().remove(selectedNodes);
    session().clearSelection();
  } else if (selectedEdge) {
    const pair = derivedOf(design()).pairById.get(selectedEdge);
    if (!pair) return;
    const store = useDesignStore.getState();
    const userFlows = pair.flows.filter((f) => f.origin === 'user').map((f) => f.sourceId);
    store.remove(userFlows);
    store.setExcluded(pair.flows.filter((f) => f.origin === 'catalogue').map((f) => f.key), true);
  }
}

export function duplicateSelection(): void {
  const ids = useDesignStore.getState().duplicate(session().selectedNodes);
  if (ids.length > 0) session().selectNodes(ids);
}

/**
 * Loads a design as the new document (New, Open, Examples): one undo step.
 * A design without positions is laid out first, off the main thread, and
 * comes in when that is done (dagre stays out of the initial bundle).
 */
export function loadDesign(next: Design, note?: string): void {
  const show = (laidOut: Design) => {
    useDiagramState.setState({ routes: new Map() });
    useDesignStore.getState().replace(laidOut);
    session().clearSelection();
    session().requestFit();
    if (note) session().say('info', note);
  };
  if (!next.components.some((c) => !c.position)) return show(next);
  runLayout(next, layoutEdges(next)).then(
    (layout) => show(applyLayout(next, layout)),
    (error: unknown) => session().say('error', `The design could not be laid out: ${error instanceof Error ? error.message : String(error)}`),
  );
}

export function newDesign(): void {
  loadDesign(emptyDesign());
  clearHistory();
}

/** Shows a load failure; the design on screen is untouched. */
export function reportLoadFailure(failure: RestoreFailure): void {
  const { problem, withoutUnknown } = failure;
  session().say('error', problem.message, {
    details: problem.details.slice(1),
    ...(withoutUnknown && {
      action: { label: 'Open without the unknown components', run: () => loadDesign(withoutUnknown, 'Opened without the unknown components.') },
    }),
  });
}

export async function openDesignFile(): Promise<void> {
  const file = await pickFile('.json,.portolan.json,application/json');
  if (!file) return;
  const result = restoreDesign(file.bytes, catalogue, file.name);
  if (!result.ok) return reportLoadFailure(result);
  loadDesign(result.design, `Opened ${file.name}.`);
  for (const warning of result.warnings) session().say('warning', warning);
}

export function openDesignText(text: string, source: string): boolean {
  const result = restoreDesign(text, catalogue, source);
  if (!result.ok) {
    reportLoadFailure(result);
    return false;
  }
  loadDesign(result.design, `Opened ${source}.`);
  return true;
}

export function openDesignValue(value: unknown, source: string): boolean {
  const result = restoreDesignValue(value, catalogue, source);
  if (!result.ok) {
    reportLoadFailure(result);
    return false;
  }
  loadDesign(result.design);
  return true;
}

/** The export formats (every rule set, CSV with papaparse): loaded on first use, out of the initial bundle. */
export const loadExportFormats = () => import('../model/export/formats');

export async function saveDesignFile(): Promise<void> {
  const current = design();
  const { baseName } = await loadExportFormats();
  const name = `${baseName(current)}.portolan.json`;
  downloadFile(name, `${JSON.stringify(current, null, 2)}\n`, 'application/json');
  session().say('info', `Saved ${name}.`);
}

export async function exportAs(formatId: string): Promise<void> {
  const format = (await loadExportFormats()).exportFormat(formatId);
  if (!format) return;
  const current = design();
  const { scope, placeholderAddresses, includeInternal } = session().exportOptions;
  try {
    const result = await format.run({
      design: current,
      catalogue,
      rows: derivedOf(current).rows,
      scope: scope as ExportScope,
      placeholderAddresses,
      includeInternal,
      generatedAt: new Date().toISOString(),
    });
    for (const file of result.files) downloadFile(file.name, file.data, file.mime);
    for (const warning of result.warnings) session().say('warning', warning);
  } catch (error) {
    session().say('error', `The ${format.label} export failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The layout's edges: one per component pair, with its label's size so the layout leaves room. */
function layoutEdges(of: Design): LayoutEdge[] {
  const origin = { x: 0, y: 0 };
  return derivedOf(of).edges.map((edge) => ({ from: edge.a, to: edge.b, label: labelSize(pairLabelLines(edge, (p) => p.label, origin, { x: 1, y: 0 }), LABEL_METRICS) }));
}

/** Keeps the layout's routes for the canvas, each tied to where its two components now are. */
function keepRoutes(laidOut: Design, layout: LayoutResult): void {
  const routes = new Map<string, Route>();
  for (const [id, route] of layout.routes ?? []) {
    const [a, b] = id.split('~') as [string, string];
    const pa = absolutePosition(laidOut, a);
    const pb = absolutePosition(laidOut, b);
    if (pa && pb) routes.set(id, { points: route.points, ...(route.label && { labelAt: route.label }), a: pa, b: pb });
  }
  useDiagramState.setState({ routes });
}

/** Lays the design out off the main thread; one undo step. Skipped if the design changed meanwhile. */
export async function autoLayout(sizes?: ReadonlyMap<string, Size>): Promise<void> {
  const before = design();
  try {
    const layout = await runLayout(before, layoutEdges(before), sizes);
    if (design() !== before) return;
    const laidOut = applyLayout(before, layout);
    useDesignStore.getState().replace(laidOut);
    keepRoutes(laidOut, layout);
  } catch (error) {
    session().say('error', `Auto-layout failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Renders every node (the canvas normally draws only what is in view), runs the capture, then restores. */
async function withEveryNodeRendered<T>(capture: () => Promise<T>): Promise<T> {
  session().setRenderAll(true);
  try {
    await nextFrame();
    await nextFrame();
    return await capture();
  } finally {
    session().setRenderAll(false);
  }
}

export async function exportPicture(kind: 'png' | 'svg', getNodes: () => Node[]): Promise<void> {
  const current = design();
  const date = new Date().toISOString().slice(0, 10);
  try {
    const pictures = await import('./export/pictures');
    const { baseName } = await loadExportFormats();
    if (kind === 'svg') {
      const svg = await withEveryNodeRendered(() => pictures.diagramSvg(getNodes(), current.meta, date));
      downloadFile(`${baseName(current)}.svg`, svg, 'image/svg+xml');
    } else {
      const png = await withEveryNodeRendered(() => pictures.diagramPng(getNodes(), current.meta, date));
      downloadFile(`${baseName(current)}.png`, png, 'image/png');
    }
  } catch (error) {
    session().say('error', `The picture could not be made: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Opens the browser's print dialog on a view with the diagram and the whole flow matrix. */
export async function printView(getNodes: () => Node[]): Promise<void> {
  const current = design();
  try {
    // The print view is loaded on first use; have it ready before the dialog opens.
    await import('./export/PrintView');
    const pictures = await import('./export/pictures');
    const png = await withEveryNodeRendered(() => pictures.diagramPng(getNodes(), current.meta, new Date().toISOString().slice(0, 10)));
    const url = URL.createObjectURL(png);
    session().setPrintPicture(url);
    await nextFrame();
    await nextFrame();
    window.addEventListener('afterprint', () => {
      session().setPrintPicture(undefined);
      URL.revokeObjectURL(url);
    }, { once: true });
    window.print();
  } catch (error) {
    session().say('error', `The print view could not be made: ${error instanceof Error ? error.message : String(error)}`);
  }
}

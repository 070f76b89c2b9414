/**
 * What the toolbar, menus, palette and shortcuts do. Each command reads and
 * writes the stores and talks to the IO module; components call commands and
 * stay free of orchestration.
 */
import { restoreDesign, restoreDesignValue, type RestoreResult } from '../model/design/restore';
import { emptyDesign } from '../model/design/edit';
import type { Design } from '../model/design/schema';
import { baseName } from '../model/export/types';
import { applyMoves, labelSize, pairLabelLines, type Moves } from '../model/diagram';
import { absolutePosition, applyLayout, zoneAt, type LayoutResult, type Size } from '../model/placement';
import type { LayoutEdge } from '../model/layout';
import { useDiagramState, type Route } from './canvas/diagram-state';
import { LABEL_METRICS } from './canvas/label-layout';
import { loadOverviewZoneEdges, type OverviewChunk } from './canvas/overview-chunk';
import { AUTO_LAYOUT_MARK } from './marks';
import { downloadFile, pickFile } from '../io/files';
import { runLayout } from './layout/run-layout';
import { builtInCatalogue, redo, undo, useDesignStore } from '../store/design-store';
import { afterOpening } from '../store/after-opening';
import { deriveInSteps, derivedOf } from '../store/derived';
import { rehearseEdits } from '../store/rehearse-edits';
import { useSessionStore } from '../store/session-store';
import type { RestoreFailure } from '../model/design/problems';

const design = () => useDesignStore.getState().design;
const session = () => useSessionStore.getState();

export { redo, undo };

/** Places a component with its top-left at an absolute canvas point, inside the zone under the pointer (or that point) if any. */
export function placeComponent(type: string, point: { x: number; y: number }, pointer = point): string {
  const id = useDesignStore.getState().addComponent(placement(type, point, pointer));
  session().selectNodes([id]);
  return id;
}

/** A new instance of `type` at `point`, in the zone under the pointer (position relative to it). */
export function placement(type: string, point: { x: number; y: number }, pointer = point) {
  const current = design();
  const zoneId = zoneAt(current, pointer);
  const zone = zoneId ? current.zones.find((z) => z.id === zoneId) : undefined;
  const position = zone?.position ? { x: point.x - zone.position.x, y: point.y - zone.position.y } : point;
  return { type, position, ...(zoneId && { zone: zoneId }) };
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
    store.setExcluded(
      pair.flows.filter((f) => f.origin === 'catalogue').map((f) => f.key),
      true,
    );
  }
}

export function duplicateSelection(): void {
  const ids = useDesignStore.getState().duplicate(session().selectedNodes);
  if (ids.length > 0) session().selectNodes(ids);
}

/** From this many components a design is derived in steps before it is shown (deriveInSteps). */
const DERIVED_IN_STEPS_FROM = 300;

/** Counts opens, so a slow open that finishes after a later one does not cover it. */
let opens = 0;
let lastShown: Promise<boolean> = Promise.resolve(true);

/** Settles once the design last opened is on screen (true), or its open has failed or been overtaken (false); never rejects. */
export const designShown = (): Promise<boolean> => lastShown;

/**
 * Loads a design as the new document (New, Open, Examples): one undo step.
 * A design without positions is laid out first, off the main thread, and
 * comes in when that is done (dagre stays out of the initial bundle). A
 * large design is derived a browser task per step before it comes in, so
 * opening 2000 components never freezes the page for long; a small one
 * comes in at once.
 */
export function loadDesign(next: Design, note?: string): Promise<boolean> {
  const open = ++opens;
  const show = (laidOut: Design): boolean => {
    // Another design was opened meanwhile: that is the one the user asked for last.
    if (open !== opens) return false;
    useDiagramState.setState({ routes: new Map() });
    useDesignStore.getState().replace(laidOut);
    session().clearSelection();
    session().requestFit();
    if (note) session().say('info', note);
    noteFlowLimit(laidOut);
    return true;
  };
  const failed = (what: string) => (error: unknown) => {
    session().say('error', `The design could not be ${what}: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  };
  const derivedThenShown = (laidOut: Design): Promise<boolean> | boolean => {
    if (laidOut.components.length < DERIVED_IN_STEPS_FROM) return show(laidOut);
    // A design this large opens in the overview: its arrows arrive while it derives.
    const overview = loadOverviewZoneEdges().catch(() => undefined);
    return deriveInSteps(laidOut, nextTask)
      .then(() => prepareOverview(laidOut, overview))
      .then(() => show(laidOut))
      .then((shown) => {
        // The first edits on it run the edit's code warm (rehearseEdits).
        if (shown) void afterOpening().then(() => rehearseEdits(laidOut));
        return shown;
      })
      .catch(failed('opened'));
  };
  if (!next.components.some((c) => !c.position)) lastShown = Promise.resolve(derivedThenShown(next));
  else lastShown = runLayout(next, layoutEdges(next)).then((layout) => derivedThenShown(applyLayout(next, layout)), failed('laid out'));
  return lastShown;
}

/** A new browser task: what was rendered so far is painted, and input is handled, before the next step. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The overview's zone arrows, worked out in a task of their own once their chunk is here (none if it failed to come). */
async function prepareOverview(laidOut: Design, overview: Promise<OverviewChunk | undefined>) {
  const chunk = await overview;
  if (!chunk) return;
  await nextTask();
  chunk.prepareZoneArrows(laidOut, derivedOf(laidOut).flows);
}

/** New: the old design stays one undo step away, and the message says so. */
export function newDesign(): void {
  const before = design();
  loadDesign(emptyDesign());
  if (before.components.length > 0 || before.zones.length > 0 || before.flows.length > 0) {
    session().say('info', `Started a new design. "${oneLine(before.meta.title)}" is one Undo away.`, {
      action: { label: 'Undo', run: undo },
    });
  }
}

/** Shows a load failure; the design on screen is untouched. */
export function reportLoadFailure(failure: RestoreFailure): void {
  const { problem, withoutUnknown } = failure;
  session().say('error', problem.message, {
    details: problem.details.slice(1),
    ...(withoutUnknown && {
      action: {
        label: problem.code === 'invalid-pack' ? 'Open without that pack and its components' : 'Open without the unknown components',
        run: () =>
          loadDesign(
            withoutUnknown,
            problem.code === 'invalid-pack'
              ? 'Opened without the invalid pack and its components.'
              : 'Opened without the unknown components.',
          ),
      },
    }),
  });
}

/** Opens a restore's design with its warnings, or reports why not. Every way in (file, paste, autosave, example) ends here. */
function openRestored(result: RestoreResult, note: string | undefined): boolean {
  if (!result.ok) {
    reportLoadFailure(result);
    return false;
  }
  loadDesign(result.design, note);
  for (const warning of result.warnings) session().say('warning', warning);
  return true;
}

/** Runs an open; a failure nothing foresaw is said, not thrown, and the design on screen stays. */
export function guarded(source: string, open: () => boolean): boolean {
  try {
    return open();
  } catch (error) {
    session().say(
      'error',
      `${source} could not be opened: ${error instanceof Error ? error.message : String(error)}. The design on screen is unchanged.`,
    );
    return false;
  }
}

export async function openDesignFile(): Promise<void> {
  const file = await pickFile('.json,.portolan.json,application/json');
  if (!file) return;
  guarded(file.name, () => openRestored(restoreDesign(file.bytes, builtInCatalogue, file.name), `Opened ${file.name}.`));
}

export function openDesignText(text: string, source: string): boolean {
  return guarded(source, () => openRestored(restoreDesign(text, builtInCatalogue, source), `Opened ${source}.`));
}

export function openDesignValue(value: unknown, source: string, note?: string): boolean {
  return guarded(source, () => openRestored(restoreDesignValue(value, builtInCatalogue, source), note));
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').slice(0, 80);

/** The export formats (every rule set, CSV, workbook): loaded on first use, out of the initial bundle. */
export const loadExportFormats = () => {
  // The export worker starts loading its modules while the user picks a format.
  void import('./export/run-export').then((module) => module.warmExportWorker());
  return import('../model/export/formats');
};

export async function saveDesignFile(): Promise<void> {
  const current = design();
  const name = `${baseName(current)}.portolan.json`;
  downloadFile(name, `${JSON.stringify(current, null, 2)}\n`, 'application/json');
  session().say('info', `Saved ${name}.`);
}

let lastFlowLimit: string | undefined;

/** Says once when the design goes past the flow limit (opened, pasted or edited there); the design stays editable. */
export function noteFlowLimit(current: Design): void {
  const { overLimit } = derivedOf(current);
  if (overLimit && overLimit !== lastFlowLimit) session().say('error', overLimit);
  lastFlowLimit = overLimit;
}

/** Where the canvas is looking, in canvas coordinates, for pictures of the current view. */
export type ViewRect = () => { x: number; y: number; width: number; height: number } | undefined;

/** Export, print and compare load their code on first use (export-commands.ts), or once the design has opened. */
const onUse = () => import('./export-commands');
export const preloadExportCommands = () => void onUse();
export const exportAs = async (formatId: string, view?: ViewRect): Promise<void> => (await onUse()).exportAs(formatId, view);
export const printView = async (): Promise<void> => (await onUse()).printView();
export const compareWithFile = async (): Promise<void> => (await onUse()).compareWithFile();

/** The layout's edges: one per component pair, with its label's size so the layout leaves room. */
function layoutEdges(of: Design): LayoutEdge[] {
  const origin = { x: 0, y: 0 };
  return derivedOf(of).edges.map((edge) => ({
    from: edge.a,
    to: edge.b,
    label: labelSize(
      pairLabelLines(edge, (p) => p.label, origin, { x: 1, y: 0 }),
      LABEL_METRICS,
    ),
  }));
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
    performance.mark(AUTO_LAYOUT_MARK);
  } catch (error) {
    session().say('error', `Auto-layout failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * The design store: the document a user edits, and nothing else. Undo and
 * redo (zundo) track this document only, never selection or viewport, so a
 * step is always a change a user can see in the saved file. A drag commits
 * once, at its end, and so is one step.
 */
import { temporal } from 'zundo';
import { create } from 'zustand';
import { bundledCatalogue } from '../model/catalogue/bundled';
import type { Catalogue } from '../model/catalogue/load';
import { catalogueFor, type EmbeddedPack } from '../model/catalogue/packs';
import * as checks from '../model/checks/edit';
import type { ZonePolicy } from '../model/checks/schema';
import * as edit from '../model/design/edit';
import type { ComponentInstance, Design, DesignMeta, UserFlow, Zone } from '../model/design/schema';
import * as request from '../model/request/edit';
import type { CommentAction } from '../model/review/comment-actions';

/** The shipped catalogue, without any pack. */
export const builtInCatalogue = bundledCatalogue();

/**
 * The catalogue for a design: the built-in one plus the packs and custom
 * components the design embeds, merged once per set of packs (packs.ts), so
 * the same object comes back until the packs change.
 */
export function designCatalogue(design: Design = useDesignStore.getState().design): Catalogue {
  return catalogueFor(design, builtInCatalogue);
}

/** The current design's catalogue, for components that draw from it (the palette, the inspector). */
export const useCatalogue = (): Catalogue => useDesignStore((state) => designCatalogue(state.design));

/**
 * While a shared room is open (src/collab), new ids carry this client's tag,
 * so two people adding a component at once never get the same id, and undo
 * and redo are the room's own (each person undoes only their own changes).
 */
let room: { idTag: string; undo(): void; redo(): void } | undefined;
export function setRoomEditing(next: typeof room): void {
  room = next;
}
/** While a room is open, comments go through it (src/collab/comments-room.ts: read-only links via the server). */
let roomComments: ((action: CommentAction) => void) | undefined;
export function setRoomComments(handler: typeof roomComments): void {
  roomComments = handler;
}
export const roomCommentHandler = () => roomComments;
const roomId = (design: Design, prefix: string) => (room ? edit.freshId(design, `${prefix}${room.idTag}-`) : undefined);

export interface DesignState {
  design: Design;
  /** Replaces the whole design (New, Open, Examples, autosave restore): one undo step. */
  replace(design: Design): void;
  setMeta(patch: Partial<DesignMeta>): void;
  addComponent(instance: Parameters<typeof edit.addComponent>[1]): string;
  updateComponent(id: string, patch: Partial<Omit<ComponentInstance, 'id'>>): void;
  updateComponents(patches: ReadonlyMap<string, Partial<Omit<ComponentInstance, 'id'>>>): void;
  duplicate(ids: readonly string[]): string[];
  addZone(zone: Omit<Zone, 'id'>): string;
  updateZone(id: string, patch: Partial<Omit<Zone, 'id'>>): void;
  remove(ids: readonly string[]): void;
  addUserFlow(flow: Omit<UserFlow, 'id'>): string;
  setExcluded(keys: readonly string[], excluded: boolean): void;
  setServedBy(componentId: string, role: string, servers: readonly string[] | undefined): void;
  /** Acknowledges a checks finding with a reason; undefined withdraws the acknowledgement. */
  acknowledge(finding: string, reason: string | undefined): void;
  setZonePolicy(policy: ZonePolicy | undefined): void;
  /** Design-level request fields (requester, application...); one undo step. */
  setRequestFields(patch: Parameters<typeof request.setRequestFields>[1]): void;
  /** The same request fields for several flows (matrix rows) at once: one undo step. */
  setFlowRequests(keys: readonly string[], patch: request.FlowRequestPatch, defaults?: ReadonlyMap<string, string>): void;
  /** Embeds catalogue packs (a pack of the same product replaces its older copy): one undo step. */
  setPacks(packs: readonly EmbeddedPack[]): void;
  /** A custom component: its definition (the design's packs with it) and one placed instance, as one undo step. */
  addWithPacks(packs: readonly EmbeddedPack[], instance: Parameters<typeof edit.addComponent>[1]): string;
}

export const useDesignStore = create<DesignState>()(
  temporal(
    (set, get) => ({
      design: edit.emptyDesign(),
      replace: (design) => {
        lineage.set(design, (lineages += 1));
        set({ design });
      },
      setMeta: (patch) => set(({ design }) => ({ design: { ...design, meta: { ...design.meta, ...patch } } })),
      addComponent: (instance) => {
        const design = get().design;
        const result = edit.addComponent(design, { ...instance, id: instance.id ?? roomId(design, 'c') });
        set({ design: result.design });
        return result.id;
      },
      updateComponent: (id, patch) => set(({ design }) => ({ design: edit.updateComponent(design, id, patch) })),
      updateComponents: (patches) => set(({ design }) => ({ design: edit.updateComponents(design, patches) })),
      duplicate: (ids) => {
        const result = edit.duplicateComponents(get().design, ids, room && `c${room.idTag}-`);
        if (result.ids.length > 0) set({ design: result.design });
        return result.ids;
      },
      addZone: (zone) => {
        const design = get().design;
        const result = edit.addZone(design, { ...zone, id: roomId(design, 'zone-') });
        set({ design: result.design });
        return result.id;
      },
      updateZone: (id, patch) => set(({ design }) => ({ design: edit.updateZone(design, id, patch) })),
      remove: (ids) => {
        if (ids.length > 0) set(({ design }) => ({ design: edit.removeItems(design, new Set(ids)) }));
      },
      addUserFlow: (flow) => {
        const design = get().design;
        const result = edit.addUserFlow(design, { ...flow, id: roomId(design, 'f') });
        set({ design: result.design });
        return result.id;
      },
      setExcluded: (keys, excluded) => set(({ design }) => ({ design: edit.setExcluded(design, keys, excluded) })),
      setServedBy: (componentId, role, servers) =>
        set(({ design }) => {
          const component = design.components.find((c) => c.id === componentId);
          if (!component) return {};
          const servedBy = { ...component.servedBy };
          if (servers === undefined) delete servedBy[role];
          else servedBy[role] = [...servers];
          return { design: edit.updateComponent(design, componentId, { servedBy }) };
        }),
      acknowledge: (finding, reason) => set(({ design }) => ({ design: checks.acknowledge(design, finding, reason) })),
      setZonePolicy: (policy) => set(({ design }) => ({ design: checks.setZonePolicy(design, policy) })),
      setRequestFields: (patch) => set(({ design }) => ({ design: request.setRequestFields(design, patch) })),
      setFlowRequests: (keys, patch, defaults) => {
        if (keys.length > 0) set(({ design }) => ({ design: request.setFlowRequests(design, keys, patch, defaults) }));
      },
      setPacks: (packs) => set(({ design }) => ({ design: { ...design, packs: [...packs] } })),
      addWithPacks: (packs, instance) => {
        const design = { ...get().design, packs: [...packs] };
        const result = edit.addComponent(design, { ...instance, id: instance.id ?? roomId(design, 'c') });
        set({ design: result.design });
        return result.id;
      },
    }),
    {
      // History holds designs only; session state (selection, viewport) never enters it.
      partialize: (state) => ({ design: state.design }),
      equality: (a, b) => a.design === b.design,
      limit: 200,
    },
  ),
);

/**
 * Comments are not design edits: adding, resolving or reopening one is no
 * undo step (src/store/comments.ts sets them untracked), and Undo and Redo
 * keep the comments as they are now, within one opened design. Across New,
 * Open or an example (`replace`), each design keeps its own comments.
 */
const lineage = new WeakMap<Design, number>();
let lineages = 0;
useDesignStore.subscribe((state, previous) => {
  if (!lineage.has(state.design)) lineage.set(state.design, lineage.get(previous.design) ?? 0);
});

/** Sets the design without an undo step. */
export function setDesignUntracked(design: Design): void {
  const temporal = useDesignStore.temporal.getState();
  const tracking = temporal.isTracking;
  if (tracking) temporal.pause();
  try {
    useDesignStore.setState({ design });
  } finally {
    if (tracking) temporal.resume();
  }
}

function keepingComments(step: () => void): void {
  const before = useDesignStore.getState().design;
  step();
  const after = useDesignStore.getState().design;
  if (after === before || after.comments === before.comments || lineage.get(after) !== lineage.get(before)) return;
  const { comments: _old, ...rest } = after;
  setDesignUntracked(before.comments ? { ...rest, comments: before.comments } : rest);
}

export const undo = () => (room ? room.undo() : keepingComments(() => useDesignStore.temporal.getState().undo()));
export const redo = () => (room ? room.redo() : keepingComments(() => useDesignStore.temporal.getState().redo()));
export const clearHistory = () => useDesignStore.temporal.getState().clear();

/**
 * Session state: what the user is looking at, not what they designed.
 * Selection, messages, the open dialog, matrix filters and storage status
 * live here, outside undo history and outside the saved file.
 */
import { create } from 'zustand';
import type { ExportScope } from '../model/export/types';
import type { CommentTarget } from '../model/review/comments';

export type MessageTone = 'info' | 'warning' | 'error';

export interface Message {
  id: number;
  tone: MessageTone;
  text: string;
  details?: string[];
  /** An offered action, e.g. "Open without the unknown components". */
  action?: { label: string; run: () => void };
}

export type Dialog = { kind: 'connect'; from: string; to: string } | { kind: 'examples' } | undefined;

export interface MatrixFilter {
  text: string;
  zonePair: string;
  product: string;
  protocol: string;
  port: string;
  firewallOnly: boolean;
}

/** Sizes of the side panels and the matrix panel, in px, and whether each is collapsed (remembered across reloads). */
export interface PanelLayout {
  palette: { size: number; collapsed: boolean };
  inspector: { size: number; collapsed: boolean };
  matrix: { size: number; collapsed: boolean };
}
export type PanelName = keyof PanelLayout;

/** The canvas gets most of the window by default: at 1440x900 about 1000x620 px. */
export const defaultPanels: PanelLayout = {
  palette: { size: 200, collapsed: false },
  inspector: { size: 290, collapsed: false },
  matrix: { size: 230, collapsed: false },
};

/** A presentation in progress: what it steps through and where it is; the filter it replaced comes back at the end. */
export interface Presentation {
  by: 'product' | 'zone-pair';
  step: number;
  filterBefore: MatrixFilter;
}

export interface SessionState {
  selectedNodes: string[];
  selectedEdge: string | undefined;
  messages: Message[];
  dialog: Dialog;
  filter: MatrixFilter;
  sort: { column: string; descending: boolean };
  /** Why the autosave cannot write, if it cannot. */
  storageProblem: string | undefined;
  /** Export choices: which rows a rule set covers, and placeholders for hosts without an IP. */
  exportOptions: {
    scope: ExportScope;
    placeholderAddresses: boolean;
    includeInternal: boolean;
    pictureScope: 'design' | 'view' | 'selection';
    /** Column profile name for CSV and workbook. */ profile: string;
  };
  /** Bumped when the view should fit the design (a design was loaded). */
  fitRequest: number;
  /** Render every node, not only visible ones (while a picture is captured). */
  renderAll: boolean;
  /** The print view's diagram picture, while printing. */
  printPicture: string | undefined;
  /** The design another tab autosaved while this one was open; writes pause until the user chooses. */
  otherTabDesign: unknown;
  /** The canvas shows one box per zone and the zone-to-zone matrix. */
  zoneView: boolean;
  /** The Comments panel (in the inspector's place) and the thing it was opened on (a matrix row's badge); else the selection decides. */
  comments: { open: boolean; focus?: CommentTarget | undefined };
  setComments(comments: SessionState['comments']): void;
  presentation: Presentation | undefined;
  panels: PanelLayout;
  setZoneView(on: boolean): void;
  /** Selects a zone pair (`from>to`, the matrix filter's key) or none: the flow matrix shows its rows. */
  selectZonePair(key: string | undefined): void;
  startPresentation(by: Presentation['by']): void;
  setPresentationStep(step: number): void;
  stopPresentation(): void;
  setPanel(name: PanelName, patch: Partial<PanelLayout[PanelName]>): void;
  setPanels(panels: PanelLayout): void;
  selectNodes(ids: string[]): void;
  /** A click on a component or zone: it alone is selected; with Shift, Ctrl or Cmd (`adding`) it joins or leaves the selection. */
  pickNode(id: string, adding: boolean): void;
  selectEdge(id: string | undefined): void;
  clearSelection(): void;
  say(tone: MessageTone, text: string, extra?: Pick<Message, 'details' | 'action'>): void;
  dismiss(id: number): void;
  openDialog(dialog: Dialog): void;
  setFilter(patch: Partial<MatrixFilter>): void;
  setSort(column: string): void;
  setStorageProblem(problem: string | undefined): void;
  setRenderAll(renderAll: boolean): void;
  requestFit(): void;
  setExportOptions(patch: Partial<SessionState['exportOptions']>): void;
  setPrintPicture(url: string | undefined): void;
  setOtherTabDesign(design: unknown): void;
}

let nextMessageId = 1;

export const emptyFilter: MatrixFilter = { text: '', zonePair: '', product: '', protocol: '', port: '', firewallOnly: false };

export const useSessionStore = create<SessionState>()((set) => ({
  selectedNodes: [],
  selectedEdge: undefined,
  messages: [],
  dialog: undefined,
  filter: emptyFilter,
  sort: { column: 'ref', descending: false },
  storageProblem: undefined,
  renderAll: false,
  fitRequest: 0,
  exportOptions: { scope: 'all', placeholderAddresses: false, includeInternal: false, pictureScope: 'design', profile: 'full' },
  printPicture: undefined,
  otherTabDesign: undefined,
  zoneView: false,
  comments: { open: false },
  setComments: (comments) => set({ comments }),
  presentation: undefined,
  panels: defaultPanels,
  setZoneView: (zoneView) => set({ zoneView }),
  selectZonePair: (key) => set(({ filter }) => ({ filter: { ...filter, zonePair: key ?? '' } })),
  startPresentation: (by) =>
    set(({ filter }) => ({
      presentation: { by, step: 0, filterBefore: filter },
      zoneView: false,
      selectedNodes: [],
      selectedEdge: undefined,
    })),
  setPresentationStep: (step) => set(({ presentation }) => (presentation ? { presentation: { ...presentation, step } } : {})),
  stopPresentation: () => set(({ presentation, filter }) => ({ presentation: undefined, filter: presentation?.filterBefore ?? filter })),
  setPanel: (name, patch) => set(({ panels }) => ({ panels: { ...panels, [name]: { ...panels[name], ...patch } } })),
  setPanels: (panels) => set({ panels }),
  selectNodes: (ids) => set({ selectedNodes: ids, selectedEdge: undefined }),
  pickNode: (id, adding) =>
    set(({ selectedNodes, selectedEdge }) => {
      if (adding)
        return {
          selectedNodes: selectedNodes.includes(id) ? selectedNodes.filter((n) => n !== id) : [...selectedNodes, id],
          selectedEdge: undefined,
        };
      // Already all that is selected: no change, so nothing that shows the selection renders again.
      return selectedNodes.length === 1 && selectedNodes[0] === id && !selectedEdge ? {} : { selectedNodes: [id], selectedEdge: undefined };
    }),
  selectEdge: (id) => set({ selectedEdge: id, selectedNodes: [] }),
  clearSelection: () => set({ selectedNodes: [], selectedEdge: undefined }),
  say: (tone, text, extra) =>
    set(({ messages }) => ({
      messages: [...messages.filter((m) => m.text !== text), { id: nextMessageId++, tone, text, ...extra }].slice(-4),
    })),
  dismiss: (id) => set(({ messages }) => ({ messages: messages.filter((m) => m.id !== id) })),
  openDialog: (dialog) => set({ dialog }),
  setFilter: (patch) => set(({ filter }) => ({ filter: { ...filter, ...patch } })),
  setSort: (column) => set(({ sort }) => ({ sort: { column, descending: sort.column === column ? !sort.descending : false } })),
  setStorageProblem: (storageProblem) => set({ storageProblem }),
  setRenderAll: (renderAll) => set({ renderAll }),
  setExportOptions: (patch) => set(({ exportOptions }) => ({ exportOptions: { ...exportOptions, ...patch } })),
  requestFit: () => set(({ fitRequest }) => ({ fitRequest: fitRequest + 1 })),
  setPrintPicture: (printPicture) => set({ printPicture }),
  setOtherTabDesign: (otherTabDesign) => set({ otherTabDesign }),
}));

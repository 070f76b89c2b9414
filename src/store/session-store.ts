/**
 * Session state: what the user is looking at, not what they designed.
 * Selection, messages, the open dialog, matrix filters and storage status
 * live here, outside undo history and outside the saved file.
 */
import { create } from 'zustand';

export type MessageTone = 'info' | 'warning' | 'error';

export interface Message {
  id: number;
  tone: MessageTone;
  text: string;
  details?: string[];
  /** An offered action, e.g. "Open without the unknown components". */
  action?: { label: string; run: () => void };
}

export type Dialog =
  | { kind: 'connect'; from: string; to: string }
  | { kind: 'examples' }
  | undefined;

export interface MatrixFilter {
  text: string;
  zonePair: string;
  product: string;
  protocol: string;
  port: string;
  firewallOnly: boolean;
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
  exportOptions: { scope: 'all' | 'crossing' | 'zone-pair'; placeholderAddresses: boolean; includeInternal: boolean; /** Column profile name for CSV and workbook. */ profile: string };
  /** Bumped when the view should fit the design (a design was loaded). */
  fitRequest: number;
  /** Render every node, not only visible ones (while a picture is captured). */
  renderAll: boolean;
  /** The print view's diagram picture, while printing. */
  printPicture: string | undefined;
  /** The design another tab autosaved while this one was open; writes pause until the user chooses. */
  otherTabDesign: unknown;
  selectNodes(ids: string[]): void;
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
  exportOptions: { scope: 'all', placeholderAddresses: false, includeInternal: false, profile: 'full' },
  printPicture: undefined,
  otherTabDesign: undefined,
  selectNodes: (ids) => set({ selectedNodes: ids, selectedEdge: undefined }),
  selectEdge: (id) => set({ selectedEdge: id, selectedNodes: [] }),
  clearSelection: () => set({ selectedNodes: [], selectedEdge: undefined }),
  say: (tone, text, extra) =>
    set(({ messages }) => ({ messages: [...messages.filter((m) => m.text !== text), { id: nextMessageId++, tone, text, ...extra }].slice(-4) })),
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

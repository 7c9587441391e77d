/**
 * What a host can do beyond the RagDoor interface. Excel passes these; the browser workbench
 * leaves them out, and the pane then shows nothing for them rather than a control that cannot work.
 */
import type { Analysis } from "../core/model";
import type { CellEdit } from "../core/formatPlan";

export interface PaneCapabilities {
  /**
   * Starts stamping "last updated" when a user edits a rating or progress response on the
   * analysed trackers; resolves to a function that stops it. Problems arrive as one sentence.
   */
  stampLastUpdated?: (analysis: Analysis, onError: (sentence: string) => void, onStopped?: (sentence: string) => void) => Promise<() => Promise<void>>;
  /** True where each date stamped clears the user's undo list (Excel before ExcelApi 1.20): the switch says so. */
  stampClearsUndo?: boolean;
  /**
   * What the last format action did: how many drop-down lists it added, and a sentence for each
   * format the host left out (a list on an older Excel, or on cells with a list of the user's own).
   */
  formatOutcome?: () => { lists: number; notes: string[] };
  /** What the last Fix ratings left undone (a rating a formula gives, say), with a sentence for each. */
  editOutcome?: () => { left: CellEdit[]; notes: string[] };
  /**
   * Starts listening for edits of these tracker sheets by the user or a co-author (not the
   * add-in's own writes), and for a co-author's change to the recorded reports; resolves to a
   * function that stops it. The pane then knows its reading may no longer be the plan as it stands.
   */
  watchEdits?: (sheets: string[], onEdit: () => void) => Promise<() => Promise<void>>;
  /** Listens for the ribbon's commands writing to the workbook (src/commands/ribbonWrites.ts); returns a function that stops it. */
  watchRibbonWrites?: (onWrite: () => void) => () => void;
  /** The outcome of a ribbon command whose dialog could not open (src/commands/unshownOutcome.ts), once: the pane says it on opening. */
  unshownOutcome?: () => { message: string; kind: "done" | "error" } | null;
}

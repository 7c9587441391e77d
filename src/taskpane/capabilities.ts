/**
 * What a host can do beyond the RagDoor interface. Excel passes these; the browser workbench
 * leaves them out, and the pane then shows nothing for them rather than a control that cannot work.
 */
import type { Analysis } from "../core/model";

export interface PaneCapabilities {
  /**
   * Starts stamping "last updated" when a user edits a rating or progress response on the
   * analysed trackers; resolves to a function that stops it. Problems arrive as one sentence.
   */
  stampLastUpdated?: (analysis: Analysis, onError: (sentence: string) => void) => Promise<() => Promise<void>>;
  /** Sentences about formats the host left out in the last format action (e.g. drop-down lists on an older Excel). */
  formatNotes?: () => string[];
}

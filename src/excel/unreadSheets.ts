/**
 * The workbook's own sheets a read left out (very hidden ones), so the engine still knows their
 * names are taken. RAG Tracker's own are not among them: its stores (`stores`), and a generated
 * sheet made very hidden, which its marker still names and a new summary replaces in place.
 */
import type { OtherSheet, WorkbookSnapshot } from "../core/cells";
import type { WorkbookLayout } from "./layout";

export function unreadSheets(layout: WorkbookLayout, snapshot: WorkbookSnapshot, stores: readonly string[]): OtherSheet[] {
  const skipped = new Set([...snapshot.sheets.map((s) => s.name), ...stores].map((n) => n.toLowerCase()));
  return layout.sheets
    .filter((s) => !skipped.has(s.name.toLowerCase()) && layout.markers.keyOf(s.name) === undefined)
    .map((s) => ({ name: s.name, ...(s.visibility === "VeryHidden" ? { veryHidden: true as const } : {}) }));
}

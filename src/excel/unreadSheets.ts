/** The sheets of the workbook a read left out (very hidden ones, stores), so the engine still knows their names are taken. */
import type { OtherSheet, WorkbookSnapshot } from "../core/cells";
import type { WorkbookLayout } from "./layout";

export function unreadSheets(layout: WorkbookLayout, snapshot: WorkbookSnapshot): OtherSheet[] {
  const read = new Set(snapshot.sheets.map((s) => s.name.toLowerCase()));
  return layout.sheets.filter((s) => !read.has(s.name.toLowerCase())).map((s) => ({ name: s.name, ...(s.visibility === "VeryHidden" ? { veryHidden: true as const } : {}) }));
}

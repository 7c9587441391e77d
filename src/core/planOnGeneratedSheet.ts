/**
 * A sheet RAG Tracker generated is never read (it holds counts of the plan, not the plan), and the next
 * run replaces it whole. One that now holds a table of actions, with none of the generated sheet's own
 * words above it, has had the plan pasted over it, most likely to keep a copy: said before that copy is lost.
 */
import type { SheetSnapshot } from "./cells";
import type { Finding } from "./findings";
import type { Settings } from "./settings";
import { SheetGrid } from "./sheetGrid";
import { findLayout } from "./trackerLayout";
import { saysGeneratedAbove } from "./generatedCopy";

export function planOnGeneratedSheetFinding(sheet: SheetSnapshot, date1904: boolean | undefined, settings: Settings): Finding | undefined {
  const grid = new SheetGrid(sheet, date1904);
  const layout = findLayout(grid, settings);
  if (!layout || layout.columns.rating === undefined || saysGeneratedAbove(grid, layout.headerRow)) return undefined;
  return {
    sheet: sheet.name,
    row: layout.headerRow,
    code: "plan-on-generated-sheet",
    severity: "warning",
    message: `Sheet "${sheet.name}" is one RAG Tracker generated, so it is not read, but it now holds a table of actions (its header on row ${layout.headerRow}), perhaps pasted there; generating it again replaces the whole sheet, so move that table to a sheet of its own, or rename this sheet to keep it, first.`,
  };
}

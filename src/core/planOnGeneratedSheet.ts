/**
 * A sheet RAG Tracker generated is never read (it holds counts of the plan, not the plan), and the next
 * run replaces it whole. One that now holds a table of actions, with none of the generated sheet's own
 * words above it, has had the plan pasted over it, most likely to keep a copy: said, and not replaced until
 * that table is moved or the sheet renamed. One the user has renamed since the last run is kept by the next, as
 * it stands: said so, with nothing to do.
 */
import type { SheetSnapshot, WorkbookSnapshot } from "./cells";
import type { Finding } from "./findings";
import type { GeneratedSheetKey, WritePlan } from "./writePlan";
import type { Settings } from "./settings";
import { SheetGrid } from "./sheetGrid";
import { findLayout } from "./trackerLayout";
import { saysGeneratedAbove } from "./generatedCopy";
import { isGivenName } from "./sheetNames";
import { STALE_SHEET, SUMMARY_SHEET } from "./summaryPlan";
import { PACK_SHEET } from "./history/packPlan";
import { HISTORY_SHEET } from "./history/historyPlan";

/** The name each generated sheet is given, and the run that writes it. */
const GIVEN: Record<GeneratedSheetKey, { name: string; run: string }> = {
  summary: { name: SUMMARY_SHEET, run: "generating the RAG summary" },
  stale: { name: STALE_SHEET, run: "generating the RAG summary" },
  pack: { name: PACK_SHEET, run: "generating the committee pack" },
  history: { name: HISTORY_SHEET, run: "generating the committee pack" },
};

/** The header row of a table of actions on a generated sheet, with none of the sheet's own words above it. */
function pastedTableHeaderRow(sheet: SheetSnapshot, date1904: boolean | undefined, settings: Settings): number | undefined {
  const grid = new SheetGrid(sheet, date1904);
  const layout = findLayout(grid, settings);
  if (!layout || layout.columns.rating === undefined || saysGeneratedAbove(grid, layout.headerRow)) return undefined;
  return layout.headerRow;
}

export function planOnGeneratedSheetFinding(sheet: SheetSnapshot, date1904: boolean | undefined, settings: Settings): Finding | undefined {
  const headerRow = pastedTableHeaderRow(sheet, date1904, settings);
  if (headerRow === undefined) return undefined;
  const given = sheet.generatedKey === undefined ? undefined : GIVEN[sheet.generatedKey as GeneratedSheetKey];
  // Renamed since the last run (as Excel renames, its marker following it): the next run keeps it as it stands, so nothing is lost.
  if (given && !isGivenName(sheet.name, given.name)) {
    return {
      sheet: sheet.name,
      row: headerRow,
      code: "plan-on-generated-sheet",
      severity: "info",
      message: `Sheet "${sheet.name}" is one RAG Tracker generated as "${given.name}", so it is not read, and now holds a table of actions (its header on row ${headerRow}); since it has been renamed, ${given.run} keeps it unchanged, as yours, and writes a new "${given.name}".`,
    };
  }
  return {
    sheet: sheet.name,
    row: headerRow,
    code: "plan-on-generated-sheet",
    severity: "warning",
    message: `Sheet "${sheet.name}" is one RAG Tracker generated, so it is not read, but it now holds a table of actions (its header on row ${headerRow}), perhaps pasted there; it is not generated again until that table is moved to a sheet of its own, or this sheet renamed to keep it.`,
  };
}

/** A write refused because it would replace a generated sheet now holding a table of actions: the user's to move first. */
export class PastedPlanError extends Error {
  override readonly name = "PastedPlanError";
}

/**
 * Refuses, before anything is written, a plan that would replace a generated sheet the plan was pasted over
 * (as the finding above tells it): the table would be lost, where the finding only warned of it. A sheet the
 * user renamed is not replaced (the plan keeps it and writes a new one), so it is not refused: renaming is
 * what the refusals advise.
 */
export function refuseWritingOverPastedPlan(plan: WritePlan, snapshot: Pick<WorkbookSnapshot, "sheets" | "date1904">, settings: Settings): void {
  for (const s of snapshot.sheets) {
    if (s.generatedKey === undefined || !plan.sheets.some((p) => p.key === s.generatedKey && p.keeps !== s.name)) continue;
    const headerRow = pastedTableHeaderRow(s, snapshot.date1904, settings);
    if (headerRow === undefined) continue;
    throw new PastedPlanError(
      `Sheet "${s.name}" now holds a table of actions (its header on row ${headerRow}), perhaps pasted there, which writing this would replace, so nothing was written; move that table to a sheet of its own, or rename the sheet to keep it, then try again.`,
    );
  }
}

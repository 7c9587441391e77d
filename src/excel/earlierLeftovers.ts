/**
 * Temporary sheets that versions before the temporary mark (sheetWriter.ts) left when a write was
 * cut short: named `RAGTracker_new_N`, with no mark and no marker. A user's sheet may have such a
 * name too, so one is removed only where it is provably RAG Tracker's: it says, near its top, that
 * RAG Tracker generated it (the note every generated sheet carries, whose words also say that edits
 * there are lost). An empty one, or one without the note, is left as it is.
 */
import type { WorkbookSnapshot } from "../core/cells";
import { GENERATED_NOTE } from "../core/generatedCopy";
import { TEMPORARY_SHEET_NAME } from "../core/sheetNames";
import type { WorkbookLayout } from "./layout";
import { findSheet, generatedKeyOf } from "./layout";

/** Rows a generated sheet's note may be in: under its title, and its subtitle where it has one. */
const NOTE_ROWS = 4;

/** The sheets just read that are such leftovers, as the workbook spells them. */
export function earlierLeftovers(layout: WorkbookLayout, snapshot: WorkbookSnapshot): string[] {
  return snapshot.sheets
    .filter((sheet) => TEMPORARY_SHEET_NAME.test(sheet.name) && !layout.temporarySheets.some((t) => t.toLowerCase() === sheet.name.toLowerCase()) && generatedKeyOf(layout, sheet.name) === undefined)
    .filter((sheet) => sheet.values.slice(0, Math.max(0, NOTE_ROWS + 1 - sheet.firstRow)).some((row) => row.some((value) => value === GENERATED_NOTE)))
    .map((sheet) => sheet.name);
}

/** Those still there, unmarked, in the shape the write is about to use. */
export function stillLeftOver(layout: WorkbookLayout, leftovers: readonly string[]): string[] {
  return leftovers.flatMap((name) => {
    const sheet = findSheet(layout, name);
    const unmarked = sheet && !layout.temporarySheets.some((t) => t.toLowerCase() === sheet.name.toLowerCase()) && generatedKeyOf(layout, sheet.name) === undefined;
    return unmarked ? [sheet.name] : [];
  });
}

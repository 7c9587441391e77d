/**
 * The engine's reading of what a door read, with ratings given by colour alone: where the first
 * reading leaves rating cells blank, the door is asked for those cells' fills (if it can say), and
 * the workbook is read again with them (core/fillRating.ts). A workbook whose ratings are all typed
 * costs nothing more.
 */
import type { CellAddress, WorkbookSnapshot } from "../core/cells";
import { columnLetter } from "../core/cells";
import type { Analysis } from "../core/model";
import type { Settings } from "../core/settings";
import { analyseWorkbook } from "../core/analyse";
import type { ReadingDoor } from "./RagDoor";

export async function analyseRead(door: ReadingDoor, snapshot: WorkbookSnapshot, settings: Settings, today: string): Promise<Analysis> {
  const analysis = analyseWorkbook(snapshot, settings, today);
  const blanks = blankRatingCells(analysis);
  if (!door.readFills || blanks.length === 0) return analysis;
  const fills = await door.readFills(blanks);
  const bySheet = new Map<string, Record<string, string>>();
  blanks.forEach((cell, i) => {
    const fill = fills[i];
    if (!fill) return;
    const sheetFills = bySheet.get(cell.sheet) ?? {};
    sheetFills[`${columnLetter(cell.column)}${cell.row}`] = fill;
    bySheet.set(cell.sheet, sheetFills);
  });
  if (bySheet.size === 0) return analysis;
  const withFills = { ...snapshot, sheets: snapshot.sheets.map((s) => (bySheet.has(s.name) ? { ...s, fills: bySheet.get(s.name)! } : s)) };
  return analyseWorkbook(withFills, settings, today);
}

/** The rating cells of actions with no rating: blank, so perhaps coloured instead. */
function blankRatingCells(analysis: Analysis): CellAddress[] {
  const cells: CellAddress[] = [];
  for (const tracker of analysis.trackers) {
    const column = tracker.columns.rating;
    if (column === undefined) continue;
    for (const action of tracker.actions) if (action.rating.kind === "unrated") cells.push({ sheet: tracker.sheet, row: action.row, column });
  }
  return cells;
}

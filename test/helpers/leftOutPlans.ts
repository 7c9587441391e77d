/**
 * Small plans for the tests of sheets left out between recorded reports: a sheet of Review, No,
 * Action and RAG (hidden or not), two reviews' rows, and a run of reports recorded from them, each
 * carrying identities from the one before.
 */
import { analyseWorkbook } from "../../src/core/analyse";
import { settingsSchema } from "../../src/core/settings";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import { recordSnapshot } from "../../src/core/history/record";
import type { Snapshot } from "../../src/core/history/snapshot";

export const TODAY = "2022-06-01";
export const JULY = "2021-07-13";
export const SEPTEMBER = "2021-09-01";
export const NOVEMBER = "2021-11-01";
export const FEBRUARY = "2022-02-01";
export const MAY = "2022-05-01";

export const analysisOf = (sheets: SheetSnapshot[], date: string) => analyseWorkbook({ sheets }, settingsSchema.parse({ asOf: date }), TODAY);
export const meta = (date: string) => ({ date, recordedAt: `${date}T09:00:00Z`, recordedBy: null });

export type Row = [review: string, no: number, action: string, rag: string];
export function sheet(name: string, rows: Row[], hidden = false): SheetSnapshot {
  const values: CellValue[][] = [["Review", "No", "Action", "RAG"], ...rows];
  return { name, firstRow: 1, firstColumn: 1, values, merges: [], ...(hidden ? { hidden } : {}) };
}
export const frankie: Row[] = [1, 2, 3].map((n) => ["Frankie", n, `Brief staff on the learning from Frankie, part ${n}.`, "Green"]);
/** Leo's actions, one per rating given. */
export const leoRows = (ratings: string[]): Row[] => ratings.map((rag, i) => ["Leo", i + 1, `Share the learning with partner ${i + 1}.`, rag] as Row);

/** A run of recorded reports, each carrying identities from the one before. */
export function record(plans: [date: string, sheets: SheetSnapshot[]][]): Snapshot[] {
  const reports: Snapshot[] = [];
  for (const [date, sheets] of plans) reports.push(recordSnapshot(analysisOf(sheets, date), meta(date), reports.at(-1)));
  return reports;
}

/**
 * A floor for the engine's first run, measured beside it by the bench: one record per action
 * built from the snapshot's rows and nothing more. Texts are tidied, repeated texts looked up
 * once, dates made ISO, with the engine's own helpers; nothing is validated, counted, flagged or
 * planned. An engine that keeps a record per action (as the Stale Actions sheet, the JSON output
 * and the snapshots need) does at least this, so it shows how much of a first run no design wins back.
 */
import type { CellValue, SheetSnapshot } from "../src/core/cells";
import { cellDate } from "../src/core/dates";
import { cellText, repeatedCellText, trimmed } from "../src/core/cells";
import type { Action } from "../src/core/model";

/** An action's record as the reader makes it, with the rating left as written. */
export type BareRecord = Omit<Action, "sheet" | "rating" | "ratingValue"> & { rating: string };

/** The records of a sheet laid out as the bench's synthetic tracker (one header row, columns in HEADER's order). */
export function recordsOnly(sheet: SheetSnapshot): BareRecord[] {
  const repeated = repeatedCellText();
  const exact = (value: CellValue): string => (typeof value === "string" ? trimmed(value) : cellText(value));
  const records: BareRecord[] = [];
  for (let r = 1; r < sheet.values.length; r++) {
    const cells = sheet.values[r]!;
    const due = cellDate(cells[7] ?? null, null);
    records.push({
      row: sheet.firstRow + r,
      review: repeated(cells[0] ?? null),
      ref: cellText(cells[1]),
      category: repeated(cells[2] ?? null),
      recommendation: exact(cells[3] ?? null),
      actions: exact(cells[4] ?? null),
      response: exact(cells[5] ?? null),
      lead: repeated(cells[6] ?? null),
      dueText: due ?? repeated(cells[7] ?? null),
      due,
      updated: cellDate(cells[8] ?? null, null),
      rating: repeated(cells[9] ?? null),
    });
  }
  return records;
}

/**
 * A RAG key typed part-way down the plan ("RAG | Key", "Blue | Completed", …), with rows below it: the
 * table is read down to the key, so what follows it is said, never left out in silence. The plan's own
 * header repeated under the key means the plan goes on there; another table's header, another table;
 * rated rows with no header, rows that may well be the plan's own.
 */
import type { Finding } from "./findings";
import type { RagIndex } from "./ragIndex";
import type { SheetGrid } from "./sheetGrid";
import { ratedRowsBelow } from "./emptyAboveOtherTable";

/** The key's rows, its heading to its last line. */
export interface KeyRows {
  first: number;
  last: number;
}

/**
 * What follows the key that ends the table headed on `headerRow`, where rows are left out below it; undefined
 * where nothing rated follows. `headerKind` says whether a row is this table's header again ("same"), another's, or neither.
 */
export function rowsBelowKeyFinding(grid: SheetGrid, key: KeyRows, headerRow: number, index: RagIndex, headerKind: (row: number) => "same" | "other" | null): Finding | undefined {
  // Past blank rows and a title in one cell ("Part 2"), as a key's own heading may stand over it.
  let next = key.last + 1;
  while (next <= grid.lastRow && (grid.isBlankRow(next) || isTitle(grid, next))) next++;
  if (next > grid.lastRow) return undefined;
  const kind = headerKind(next);
  if (kind === "other") return tableBelowKeyFinding(grid.name, key, next, headerRow);
  const keyRows = `the RAG key on rows ${key.first} to ${key.last}`;
  const rated = ratedRowsBelow(grid, kind === "same" ? next : key.last, index);
  const first = rated[0];
  if (kind === "same") {
    const leftOut =
      first === undefined
        ? `so the rows from ${next + 1} down are not counted; move the key below the plan's last action so they are counted.`
        : rated.length === 1
          ? `so its rated row, row ${first}, is not counted; move the key below the plan's last action so it is counted.`
          : `so its ${rated.length} rated rows, from row ${first} down, are not counted; move the key below the plan's last action so they are counted.`;
    return actionsBelowKey(grid.name, next, `The table headed on row ${headerRow} goes on under ${keyRows}, headed again on row ${next}, but it is read only down to the key, ${leftOut}`);
  }
  if (first === undefined) return undefined;
  const leftOut =
    rated.length === 1
      ? `so the rated row below the key, row ${first}, is not counted; if it is one of the plan's actions, move the key below it so it is counted.`
      : `so the ${rated.length} rated rows below the key, from row ${first} down, are not counted; if they are the plan's actions, move the key below the last of them so they are counted.`;
  return actionsBelowKey(grid.name, first, `The table headed on row ${headerRow} ends at ${keyRows}, ${leftOut}`);
}

/** The table under a printed RAG key, named by its own header row: the key is where the tracker ends. */
export function tableBelowKeyFinding(sheet: string, key: KeyRows, header: number, headerRow: number): Finding {
  return {
    sheet,
    row: header,
    code: "another-table",
    severity: "warning",
    message: `Row ${header} reads as the header of another table, below the key on rows ${key.first} to ${key.last}, where the table headed on row ${headerRow} ends, so the rows from ${header} down are not counted; move the other table to a sheet of its own so its actions are counted.`,
  };
}

function isTitle(grid: SheetGrid, row: number): boolean {
  return grid.filledCount(row, 2) === 1 && typeof grid.original(row, grid.filledColumns(row)[0]!) === "string";
}

function actionsBelowKey(sheet: string, row: number, message: string): Finding {
  return { sheet, row, code: "actions-below-key", severity: "warning", message };
}

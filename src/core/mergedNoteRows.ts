/**
 * A row whose text is merged from the column that says what the action is through the rating column
 * (B5:F5, "Action withdrawn by the Board in June 2021 – see 1.2"): one note written across the row,
 * not an action whose time scale, update and rating each say it. Filling the merge into every cell
 * would read its "June 2021" as a due date and its words as an invalid rating and a lead.
 */
import { ACTION_TEXT_ROLES } from "./settings";
import { cellText, columnLetter } from "./cells";
import type { CellRange } from "./cells";
import type { Finding } from "./findings";
import type { ColumnMap } from "./model";
import type { RagEntry } from "./ragIndex";
import type { SheetGrid } from "./sheetGrid";
import { capitalised, cutTo, foldText } from "./text";
import { fewInWords, rowsInWords } from "./sentences";


export interface MergedNoteRow {
  row: number;
  merge: CellRange;
}

/**
 * The merged area that makes `row` one note, or undefined: a text merged over a column saying what the
 * action is and over the rating column (the time-scale column where the tracker has no rating column).
 */
export function mergedNoteArea(grid: SheetGrid, row: number, columns: ColumnMap): CellRange | undefined {
  const last = columns.rating ?? columns.due;
  if (last === undefined) return undefined;
  const texts = ACTION_TEXT_ROLES.map((role) => columns[role]).filter((c) => c !== undefined);
  return grid.merges.find(
    (m) => m.top <= row && row <= m.bottom && m.left <= last && last <= m.right && texts.some((c) => m.left <= c && c <= m.right) && typeof grid.original(m.top, m.left) === "string",
  );
}

/**
 * Whether a merged text is a rating's code followed by more words ("A review found this duplicated 1.2"): the first word
 * of a sentence, which the index suggests Amber for, but no rating written across the row. The code alone ("A", "A.") is one.
 */
export function beginsWithCodeAsWord(text: string, entry: RagEntry): boolean {
  const words = foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
  return words.length > 1 && words[0] === foldText(entry.code) && !words.includes(foldText(entry.name));
}

/** Said once for a tracker's such rows, naming each row, how it begins and its merged cells. */
export function mergedNotesFinding(sheet: string, notes: readonly MergedNoteRow[], grid: SheetGrid, columns: ColumnMap): Finding {
  const one = notes.length === 1;
  const areas = [...new Set(notes.map((n) => areaText(n.merge)))];
  const quoted = notes.slice(0, 3).map((n) => `"${cutTo(cellText(grid.original(n.merge.top, n.merge.left)), 40)}"`);
  const more = notes.length > 3 ? ", …" : "";
  const roles = columns.rating === undefined ? ["time scale"] : columns.due === undefined ? ["rating"] : ["time scale", "rating"];
  const end = columns.rating === undefined ? "time scale's" : "rating's";
  const where = roles.length === 1 ? "its own column" : "their own columns";
  const subject = `${capitalised(rowsInWords(notes.map((n) => n.row)))} (${quoted.join(", ")}${more})`;
  const message = one
    ? `${subject} is one text merged across the row (${areas[0]}), from the action's column to the ${end}, so it reads as a note, not as an action, and no ${roles.join(" or ")} is read from it; if it is an action, unmerge ${areas[0]} and type its ${roles.join(" and ")} in ${where}.`
    : `${subject} are each one text merged across the row (${fewInWords(areas)}), from the action's column to the ${end}, so they read as notes, not as actions, and no ${roles.join(" or ")} is read from them; if one is an action, unmerge its cells and type its ${roles.join(" and ")} in ${where}.`;
  return { sheet, row: notes[0]!.row, code: "merged-note", severity: "warning", message };
}

/** "B5:F5": a merged area as Excel's Go To takes it, whole, as it is to be unmerged. */
function areaText(m: CellRange): string {
  return `${columnLetter(m.left)}${m.top}:${columnLetter(m.right)}${m.bottom}`;
}


/**
 * A key that lists one rating on two lines ("Blue" twice where "Amber" was mistyped "B"; "Amber" and "AMBER ";
 * "A" and "Amber"; "Amber/Red" and "Amber-Red") would give the index two entries of one rating, and every count
 * by rating a second column of the same actions, so counts no longer add up to the actions. The index keeps the
 * first line of each rating, with its meaning and code, and the team's other lines as they are; the repeat is said.
 */
import { columnLetter } from "./cells";
import type { Finding } from "./findings";
import type { RagEntry, RagIndex } from "./ragIndex";
import { indexSourceText } from "./otherIndexes";
import { ratingNameKey } from "./ratings";
import { capitalised } from "./text";

/** A key's line naming a rating an earlier line names. */
export interface RepeatedLine {
  /** The rating, as the index keeps it. */
  name: string;
  /** Excel rows of the line kept and of the repeat (the same row for a legend typed on one row). */
  firstRow: number;
  row: number;
  /** For a legend, the two parts as typed ("B = Complete", "B = At risk"), which its row alone does not tell apart. */
  firstText?: string;
  text?: string;
}

export interface KeyLine {
  entry: RagEntry;
  row: number;
  /** The line as typed, where the row alone does not tell it apart (a legend's part). */
  text?: string;
}

/**
 * The first line of each rating, in the key's order, and the lines that name a rating again: by its name in another
 * spelling, or by the code an earlier line gives it ("AR" after "Amber/Red"), as a cell typed either way is read
 * as the earlier line's rating and the later would count nothing. Two ratings sharing a first letter (Green and
 * Grey) are two ratings: distinctCodes tells their codes apart.
 */
export function firstLinePerRating<T extends KeyLine>(lines: readonly T[]): { kept: T[]; repeated: RepeatedLine[] } {
  const byName = new Map<string, T>();
  const byCode = new Map<string, T>();
  const kept: T[] = [];
  const repeated: RepeatedLine[] = [];
  for (const line of lines) {
    const name = ratingNameKey(line.entry.name);
    const code = line.entry.code.toLowerCase();
    const earlier = byName.get(name) ?? byCode.get(name) ?? byName.get(code);
    if (!earlier) {
      byName.set(name, line);
      if (!byCode.has(code)) byCode.set(code, line);
      kept.push(line);
      continue;
    }
    repeated.push({
      name: earlier.entry.name,
      firstRow: earlier.row,
      row: line.row,
      ...(earlier.text !== undefined && line.text !== undefined ? { firstText: earlier.text, text: line.text } : {}),
    });
  }
  return { kept, repeated };
}

/** Whether no two entries name one rating (firstLinePerRating). */
export function namesEachRatingOnce(entries: readonly RagEntry[]): boolean {
  return firstLinePerRating(entries.map((entry) => ({ entry, row: 0 }))).repeated.length === 0;
}

/** The finding at the index for a line that names a rating again: what is read, and what to do. */
export function repeatedLineFinding(index: RagIndex, line: RepeatedLine): Finding {
  const { source } = index;
  const where = capitalised(indexSourceText(index));
  const message =
    line.firstRow === line.row
      ? `${where} names ${line.name} twice on row ${line.row}${line.firstText !== undefined ? ` ("${line.firstText}" and "${line.text}")` : ""}, so only the first is read and each rating is counted once; write in the second the rating it was meant for, or delete it.`
      : `${where} names ${line.name} on row ${line.firstRow} and again on row ${line.row}, so only row ${line.firstRow}'s line is read and each rating is counted once; write in row ${line.row} the rating it was meant for, or delete that line.`;
  return {
    sheet: source.kind === "default" ? "" : source.sheet,
    row: line.row,
    ...(source.kind === "beside" ? { column: columnLetter(source.column) } : {}),
    code: "index-rating-repeated",
    severity: "warning",
    value: line.name,
    message,
  };
}

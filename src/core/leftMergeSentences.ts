/**
 * The sentences for merged ratings Fix ratings leaves as they are: one for each merge, or, where a
 * sheet has more of one kind than a list names whole, one for them all naming the first few areas
 * and how many more, so that hundreds of merges are not hundreds of sentences.
 */
import type { CellRange } from "./cells";
import { columnLetter } from "./cells";
import { countText, fewInWords, rowsInWords } from "./sentences";

/** Why a merged rating was left: its rows read apart, or it is merged in from an earlier column. */
export type LeftMergeKind = "apart" | "beyond";

/** A merged rating left as it is, with the sentence said of it alone. */
export interface LeftMerge {
  sheet: string;
  /** The rating column (1-based) the merge lies in. */
  column: number;
  merge: CellRange;
  kind: LeftMergeKind;
  sentence: string;
}

/** How many merges of one kind on one sheet are still said one by one: as many as fewInWords lists whole. */
const SAID_ONE_BY_ONE = 4;

/**
 * "The rating of row 7 was left as it is: its cell is merged in from column H (H7:I7), …": a merge
 * starting left of the rating column holds its rating in another column's cell. Said by the engine,
 * and by a door finding it so at the write.
 */
export function beyondColumnSentence(rows: readonly number[], column: number, merge: CellRange): string {
  const letter = columnLetter(column);
  return `The rating of ${rowsInWords(rows)} was left as it is: its cell is merged in from column ${columnLetter(merge.left)} (${areaText(merge)}), where the rating would be typed; unmerge it and rate ${rows.length === 1 ? "the row" : "each row"} in column ${letter}.`;
}

/** "The rating merged over rows 7 to 10 was left as it is: its rows are not read alike (row 8 reads as missing); …". */
export function apartSentence(rows: readonly number[], apart: string): string {
  return `The rating merged over ${rowsInWords(rows)} was left as it is: its rows are not read alike (${apart}); unmerge it and rate each row.`;
}

/**
 * The sentences for `left`, in its order: each merge's own, but a sheet's merges of one kind beyond
 * SAID_ONE_BY_ONE as one sentence, said where the first of them was.
 */
export function leftMergeSentences(left: readonly LeftMerge[]): string[] {
  const groups = new Map<string, LeftMerge[]>();
  for (const l of left) {
    const key = groupKey(l);
    const group = groups.get(key);
    if (group) group.push(l);
    else groups.set(key, [l]);
  }
  const sentences: string[] = [];
  for (const l of left) {
    const group = groups.get(groupKey(l))!;
    if (group.length <= SAID_ONE_BY_ONE) sentences.push(l.sentence);
    else if (group[0] === l) sentences.push(groupSentence(group));
  }
  return sentences;
}

function groupKey(l: LeftMerge): string {
  return `${l.kind}\u0001${l.sheet}\u0001${l.column}`;
}

/** One sentence for many merges of one kind on one sheet: how many, the first three areas and how many more. */
function groupSentence(group: readonly LeftMerge[]): string {
  const first = group[0]!;
  const areas = fewInWords(group.map((l) => areaText(l.merge)));
  const count = countText(group.length);
  if (first.kind === "apart") {
    return `${count} merged ratings on "${first.sheet}" were left as they are because the rows each covers are not read alike (${areas}); unmerge each and rate each row.`;
  }
  return `${count} ratings on "${first.sheet}" were left as they are because their cells are merged in from an earlier column (${areas}), where the rating would be typed; unmerge each and rate each row in column ${columnLetter(first.column)}.`;
}

/** "I7:I10": a merged area as Excel's Go To takes it. */
function areaText(m: CellRange): string {
  return `${columnLetter(m.left)}${m.top}:${columnLetter(m.right)}${m.bottom}`;
}

/** The sentences a committee already hears: "Frankie – 14 actions identified (11 blue and 3 amber)". */
import type { GroupCount } from "./model";
import type { RagIndex } from "./ragIndex";
import { INVALID, UNRATED } from "./grouping";
import { columnLetter } from "./cells";

/** "a, b and c": the plans' own lists have no comma before "and"; the committee's minutes do ("a, b, and c"). */
export function listInWords(parts: string[], commaBeforeAnd = false): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")}${commaBeforeAnd && parts.length > 2 ? "," : ""} and ${parts.at(-1)}`;
}

/** "row 7", "rows 7 and 9", "rows 7 to 60", "rows 3, 7 to 60 and 62": rows in ascending order, each run of three or more as one. */
export function rowsInWords(rows: readonly number[]): string {
  return `${rows.length === 1 ? "row" : "rows"} ${listInWords(runsInWords(rows, String))}`;
}

/**
 * "rows 3 to 5, 7, 9 and 2 more": ascending `rows` as rowsInWords names them, but where that would be
 * more than `shown` + 1 parts (each run of three or more one), the first `shown` and how many rows more.
 */
export function fewRowsInWords(rows: readonly number[], shown = 3): string {
  return fewInRuns(rows, shown, () => false);
}

/**
 * As fewRowsInWords, for the rows of several cells (a merged rating's rows one cell): the list is
 * never cut between two rows of one cell, so a cell named is named whole ("rows 3, 6, 7 and 4 more",
 * not "rows 3, 5, 6 and 5 more" where rows 6 and 7 are one merged rating), and the rows more are
 * those of the cells left out.
 */
export function fewCellRowsInWords(cells: readonly (readonly number[])[], shown = 3): string {
  const cellOf = new Map<number, number>();
  cells.forEach((rows, cell) => rows.forEach((row) => cellOf.set(row, cell)));
  const rows = [...cellOf.keys()].sort((a, b) => a - b);
  return fewInRuns(rows, shown, (before, after) => cellOf.get(before) === cellOf.get(after));
}

/** The first `shown` parts of `rows`, and more while the next part holds rows `together` with the last one named. */
function fewInRuns(rows: readonly number[], shown: number, together: (before: number, after: number) => boolean): string {
  const runs = rowRuns(rows);
  let cut = shown;
  while (cut < runs.length && together(runs[cut - 1]![1], runs[cut]![0])) cut++;
  // "and 1 more" would be no shorter than the part it hides.
  if (runs.length <= cut + 1) return rowsInWords(rows);
  const hidden = runs.slice(cut).reduce((n, [first, last]) => n + last - first + 1, 0);
  return `rows ${listInWords([...runs.slice(0, cut).map(([first, last]) => (first === last ? String(first) : `${first} to ${last}`)), `${countText(hidden)} more`])}`;
}

/** "column F", "columns C and E", "columns F to BD": columns (1-based) in ascending order, each run of three or more as one. */
export function columnsInWords(columns: readonly number[]): string {
  return `${columns.length === 1 ? "column" : "columns"} ${listInWords(runsInWords(columns, columnLetter))}`;
}

/** Ascending numbers as runs, "7 to 60" for three or more in a row, each named by `name`. */
function runsInWords(numbers: readonly number[], name: (n: number) => string): string[] {
  return rowRuns(numbers).map(([first, last]) => (first === last ? name(first) : `${name(first)} to ${name(last)}`));
}

/** Ascending numbers as [first, last] parts: each run of three or more one part, any other number a part of its own. */
function rowRuns(numbers: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < numbers.length; i++) {
    let last = i;
    while (last + 1 < numbers.length && numbers[last + 1] === numbers[last]! + 1) last++;
    if (last - i >= 2) {
      runs.push([numbers[i]!, numbers[last]!]);
      i = last;
    } else runs.push([numbers[i]!, numbers[i]!]);
  }
  return runs;
}

/** "Blue, Green, Amber or Red": choices, one of which is meant. */
export function choicesInWords(parts: string[]): string {
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} or ${parts.at(-1)}`;
}

const GROUPED = new Intl.NumberFormat("en-GB");

/** A count as a committee reads it: "1,177", not "1177". */
export function countText(n: number): string {
  return GROUPED.format(n);
}

/** "Leo 1, Leo 2, Leo 3 and 247 more": the first `shown` of a long list, and how many more; a short list whole. */
export function fewInWords(parts: string[], shown = 3): string {
  // "and 1 more" would be no shorter than the one it hides.
  if (parts.length <= shown + 1) return listInWords(parts);
  return listInWords([...parts.slice(0, shown), `${countText(parts.length - shown)} more`]);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${countText(n)} ${n === 1 ? one : many}`;
}

/** "11 blue and 3 amber": the non-zero ratings in index order, then unrated and invalid. */
export function ratingBreakdown(group: GroupCount, index: RagIndex): string {
  return countsInWords(group.counts, [...index.entries.map((e) => e.name), UNRATED, INVALID]);
}

/**
 * The non-zero counts of `names`, in that order, as the committee's minutes write them: a comma
 * before "and" once there are three ("1 blue, 4 green, and 9 amber"), none with two ("11 blue and 3 amber").
 */
export function countsInWords(counts: Record<string, number>, names: string[]): string {
  const parts = names
    .filter((name) => (counts[name] ?? 0) > 0)
    .map((name) => {
      const n = counts[name] ?? 0;
      if (name === INVALID) return `${countText(n)} with an invalid rating`;
      return `${countText(n)} ${name.toLowerCase()}`;
    });
  return listInWords(parts, true);
}

export function committeeSentence(group: GroupCount, index: RagIndex): string {
  if (group.total === 0) return `${group.name} – no actions recorded`;
  return `${group.name} – ${plural(group.total, "action")} identified (${ratingBreakdown(group, index)})`;
}

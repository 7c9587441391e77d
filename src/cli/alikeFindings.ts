/**
 * Findings that say the same thing of several cells of one column ("Complete" is not a rating…, on 16
 * rows): printed as one line naming the cells, so a column of near-identical findings does not bury
 * the rest. So are a column's cells that a finding said for the whole column speaks for (see
 * SPEAKS_FOR). The JSON output keeps one finding per cell.
 */
import type { Finding, FindingCode } from "../core/findings";
import { rowRuns } from "../core/formats";

export interface AlikeFindings {
  /** The first of them, in the order given; the line reads as its sentence. */
  first: Finding;
  /** Their rows, in the order given (one row for a finding alike with no other); for a finding that speaks for a column's cells, theirs. */
  rows: number[];
}

/**
 * A finding said once for a column, and the code of the column's findings it speaks for: the tracker's
 * sentence on the round read ("9 of the 14 actions have no rating in it yet; column J rated them 9
 * amber") says all its unrated cells say, each naming its action and its earlier rating.
 */
const SPEAKS_FOR: Partial<Record<FindingCode, FindingCode>> = { "rating-earlier-round": "rating-unrated" };

/**
 * The findings with those alike (same sheet and column, same sentence once its place is left out)
 * gathered at the first of them, and those a finding for their column speaks for gathered at it;
 * `sentence` is a finding's sentence without its place.
 */
export function alikeFindings(findings: readonly Finding[], sentence: (f: Finding) => string): AlikeFindings[] {
  const groups: AlikeFindings[] = [];
  const byKey = new Map<string, AlikeFindings>();
  // Each finding said for a column, by the column and the code of the findings it speaks for.
  const speakers = new Map<string, AlikeFindings>();
  const spokenKey = (f: Finding, code: FindingCode) => `${f.sheet}\u0000${f.column}\u0000${code}`;
  for (const f of findings) {
    const code = SPEAKS_FOR[f.code];
    if (code && f.column !== undefined) speakers.set(spokenKey(f, code), { first: f, rows: [] });
  }
  for (const f of findings) {
    const spoken = SPEAKS_FOR[f.code];
    if (spoken && f.column !== undefined) {
      groups.push(speakers.get(spokenKey(f, spoken))!);
      continue;
    }
    const speaker = speakers.get(spokenKey(f, f.code));
    if (speaker && f.row !== undefined) {
      speaker.rows.push(f.row);
      continue;
    }
    if (f.row === undefined || f.column === undefined) {
      groups.push({ first: f, rows: f.row === undefined ? [] : [f.row] });
      continue;
    }
    const key = `${f.sheet}\u0000${f.column}\u0000${sentence(f)}`;
    const group = byKey.get(key);
    if (group) group.rows.push(f.row);
    else {
      const started = { first: f, rows: [f.row] };
      byKey.set(key, started);
      groups.push(started);
    }
  }
  return groups;
}

/** "I2:I12, I16, I18:I20": the cells of one column, each run of rows as a range (the runs the formats make, rowRuns). */
export function cellRuns(column: string, rows: readonly number[]): string {
  return rowRuns([...rows], 1, 1)
    .map((r) => (r.top === r.bottom ? `${column}${r.top}` : `${column}${r.top}:${column}${r.bottom}`))
    .join(", ");
}

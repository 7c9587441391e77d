/**
 * Findings that say the same thing of several cells of one column ("Complete" is not a rating…, on 16
 * rows): printed as one line naming the cells, so a column of near-identical findings does not bury
 * the rest. The JSON output keeps one finding per cell.
 */
import type { Finding } from "../core/findings";
import { rowRuns } from "../core/formats";

export interface AlikeFindings {
  /** The first of them, in the order given; the line reads as its sentence. */
  first: Finding;
  /** Their rows, in the order given (one row for a finding alike with no other). */
  rows: number[];
}

/**
 * The findings with those alike (same sheet and column, same sentence once its place is left out)
 * gathered at the first of them; `sentence` is a finding's sentence without its place.
 */
export function alikeFindings(findings: readonly Finding[], sentence: (f: Finding) => string): AlikeFindings[] {
  const groups: AlikeFindings[] = [];
  const byKey = new Map<string, AlikeFindings>();
  for (const f of findings) {
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

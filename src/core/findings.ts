/** A finding is data about the workbook, never a thrown error. */

export type Severity = "error" | "warning" | "info";

export type FindingCode =
  | "rating-invalid"
  | "rating-unrated"
  | "rating-earlier-round"
  | "rating-not-canonical"
  | "rating-with-words"
  | "rating-colour-only"
  | "rating-column-statuses"
  | "ratings-beside-statuses"
  | "error-value"
  | "fills-unread"
  | "formulas-unread"
  | "sheet-no-tracker"
  | "settings-sheet-alike"
  | "settings-complete-unknown"
  | "tracker-no-rating-column"
  | "index-from-workbook"
  | "index-differs"
  | "index-beside-not-taken"
  | "index-word-changed"
  | "index-rating-repeated"
  | "key-row-not-read"
  | "date-invalid"
  | "time-scale-header-year"
  | "date-order"
  | "duplicate-ref"
  | "near-name"
  | "rating-as-progress"
  | "ratings-sorted-alone"
  | "duplicate-column"
  | "other-round-column"
  | "another-table"
  | "closed-plan"
  | "actions-below-key"
  | "status-table"
  | "repeated-tracker"
  | "hidden-tracker"
  | "rating-without-action"
  | "note-below-table"
  | "table-below-plan"
  | "recommendation-heading"
  | "not-judged"
  | "review-from-sheet"
  | "review-bands"
  | "band-deleted"
  | "merged-rating"
  | "merged-rating-blank"
  | "merged-into-rating"
  | "merged-note"
  | "summary-out-of-date"
  | "stale-out-of-date"
  | "plan-on-generated-sheet"
  | "pack-out-of-date"
  | "summary-earlier-version"
  | "pack-earlier-version";

export interface Finding {
  sheet: string;
  /** Excel row number (1-based), when the finding is about a row. */
  row?: number;
  /** Column letters, when the finding is about a cell. */
  column?: string;
  code: FindingCode;
  severity: Severity;
  /** The cell's value as text, when there is one. */
  value?: string;
  /** One sentence for a person. */
  message: string;
  /** The value to put in the cell instead, where one is known. */
  fix?: string;
}

/** The analysis less the findings of `code`: what a job that has just dealt with them leaves (the sheet it found out of date is written again). */
export function withoutFindings<A extends { findings: Finding[] }>(analysis: A, code: FindingCode): A {
  return analysis.findings.some((f) => f.code === code) ? { ...analysis, findings: analysis.findings.filter((f) => f.code !== code) } : analysis;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Errors first, then by sheet, row and column (column "AA" after "Z"). */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    byText(a.sheet, b.sheet) ||
    (a.row ?? 0) - (b.row ?? 0) ||
    (a.column ?? "").length - (b.column ?? "").length ||
    byText(a.column ?? "", b.column ?? "")
  );
}

/**
 * The findings in compareFindings order, as a stable sort gives them. Each severity is sorted on
 * its own: a tracker lists its findings row by row, so each severity's list is mostly in order
 * already and costs the sort little, where sorting them together interleaves errors and warnings.
 */
export function sortedFindings(findings: Finding[]): Finding[] {
  const bySeverity: Finding[][] = [[], [], []];
  for (let i = 0; i < findings.length; i++) bySeverity[SEVERITY_ORDER[findings[i]!.severity]]!.push(findings[i]!);
  return bySeverity[0]!.sort(compareFindings).concat(bySeverity[1]!.sort(compareFindings), bySeverity[2]!.sort(compareFindings));
}

/** How many ratings are invalid and how many are missing: what every outcome sentence counts. */
export function ratingProblemCounts(findings: readonly Finding[]): { invalid: number; unrated: number; colourOnly: number } {
  let invalid = 0;
  let unrated = 0;
  let colourOnly = 0;
  for (const f of findings) {
    if (f.code === "rating-invalid") invalid++;
    else if (f.code === "rating-unrated") unrated++;
    else if (f.code === "rating-colour-only") colourOnly++;
  }
  return { invalid, unrated, colourOnly };
}

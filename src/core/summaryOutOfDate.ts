/**
 * A RAG Summary generated before the ratings last changed still reads as the plan: a team that
 * updates a rating and sends the workbook on would have the committee read the old counts. Its
 * committee sentences ("Frankie – 6 actions identified (4 blue and 2 amber)") are compared with
 * those the plan gives now, as Generate would write them; the date it was made is not (the counts
 * of a summary made last week are still true where no rating moved since).
 */
import type { SheetSnapshot } from "./cells";
import { cellText } from "./cells";
import type { Finding } from "./findings";
import type { Tracker } from "./model";
import { SheetGrid } from "./sheetGrid";
import { sheetReviewNote } from "./sheetReviews";
import { plural } from "./sentences";

/** The heading the summary's committee sentences stand under (summaryPlan.ts writes it in column A). */
export const COMMITTEE_HEADING = "Committee summary";

/** The review a committee sentence is about: its words before the dash. */
function reviewOf(sentence: string): string {
  const dash = sentence.lastIndexOf(" – ");
  return dash < 0 ? sentence : sentence.slice(0, dash);
}

interface Line {
  text: string;
  row: number;
}

/** The texts under the committee heading in column A, down to the first empty row; undefined where the sheet has no such heading. */
function committeeLines(sheet: SheetSnapshot): { heading: number; lines: Line[] } | undefined {
  const grid = new SheetGrid(sheet);
  let heading: number | undefined;
  for (let row = grid.firstRow; row <= grid.lastRow && heading === undefined; row++) if (cellText(grid.original(row, 1)).trim() === COMMITTEE_HEADING) heading = row;
  if (heading === undefined) return undefined;
  const lines: Line[] = [];
  for (let row = heading + 1; row <= grid.lastRow; row++) {
    const text = cellText(grid.original(row, 1)).trim();
    if (text === "") break;
    lines.push({ text, row });
  }
  return { heading, lines };
}

/**
 * A warning for the RAG Summary RAG Tracker generated (not a copy the user renamed to keep) whose
 * committee sentences are not those the plan gives now, or nothing.
 */
export function summaryOutOfDate(sheets: readonly SheetSnapshot[], sentences: readonly string[], trackers: readonly Tracker[]): Finding | undefined {
  const summary = sheets.find((s) => s.generatedKey === "summary");
  const found = summary && committeeLines(summary);
  if (!summary || !found) return undefined;
  const note = sheetReviewNote(trackers);
  const expected = note ? [...sentences, note] : [...sentences];
  const written = found.lines;
  if (written.length === expected.length && written.every((l, i) => l.text === expected[i])) return undefined;

  const writtenBy = new Map(written.map((l) => [reviewOf(l.text), l]));
  const expectedReviews = new Set(expected.map(reviewOf));
  const differences: { row: number; words: string }[] = [];
  for (const text of expected) {
    const was = writtenBy.get(reviewOf(text));
    if (!was) differences.push({ row: found.heading, words: `it leaves out "${text}"` });
    else if (was.text !== text) differences.push({ row: was.row, words: `it says "${was.text}" where the plan now gives "${text}"` });
  }
  for (const l of written) if (!expectedReviews.has(reviewOf(l.text))) differences.push({ row: l.row, words: `it says "${l.text}", which the plan no longer gives` });
  // Only the order differs (a review renamed, so sorted elsewhere): still not what Generate would write.
  const first = differences[0] ?? { row: found.heading, words: "its committee sentences are not in the order the plan now gives them" };
  const more = differences.length > 1 ? ` (and ${plural(differences.length - 1, "other sentence")} ${differences.length === 2 ? "differs" : "differ"})` : "";
  return {
    sheet: summary.name,
    row: first.row,
    column: "A",
    code: "summary-out-of-date",
    severity: "warning",
    message: `"${summary.name}" is out of date: ${first.words}${more}; generate the RAG summary again before it goes to the committee.`,
  };
}

/** The analysis once Generate has written the summary from it: the summary it found out of date is replaced. */
export function afterGenerating<A extends { findings: Finding[] }>(analysis: A): A {
  if (!analysis.findings.some((f) => f.code === "summary-out-of-date")) return analysis;
  return { ...analysis, findings: analysis.findings.filter((f) => f.code !== "summary-out-of-date") };
}

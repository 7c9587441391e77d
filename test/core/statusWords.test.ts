/** Rating cells that say "Complete" or hold a progress status, and rating columns of statuses. */
import { describe, expect, it } from "vitest";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { outcomeMessage } from "../../src/core/outcome";
import { saysComplete } from "../../src/core/completeWords";
import { isStatusWord } from "../../src/core/statusWords";

const HEADER = ["Review", "No", "Action", "Lead", "Target date", "Last updated", "Status"];
const OLD = new Date(Date.UTC(2021, 4, 10));
const PAST = new Date(Date.UTC(2021, 5, 30));
/** An action long since updated and past its date: stale and overdue unless it is complete. */
const action = (no: number, rating: CellValue): CellValue[] => ["Frankie", no, `Action ${no}`, "Health", PAST, OLD, rating];
const sheet = (ratings: CellValue[]): SheetSnapshot => ({ name: "Case Reviews", firstRow: 1, firstColumn: 1, values: [HEADER, ...ratings.map((r, i) => action(i + 1, r))], merges: [] });
const run = (ratings: CellValue[]) => analyseWorkbook({ sheets: [sheet(ratings)] }, { ...DEFAULT_SETTINGS, asOf: "2021-11-01" }, "2021-11-01");

describe("a rating cell that says the action is complete", () => {
  const analysis = run(["Blue", "Amber", "Complete", "Closed", "done.", "Amber", "In progress", "Green"]);

  it("is still counted as an invalid rating, so the counts add up and the cell gets fixed", () => {
    expect(analysis.totals.counts).toMatchObject({ Blue: 1, Green: 1, Amber: 2, Invalid: 4 });
    expect(analysis.totals.total).toBe(8);
    expect(analysis.findings.filter((f) => f.code === "rating-invalid").map((f) => f.row)).toEqual([4, 5, 6, 8]);
  });

  it("is not listed as stale or overdue, where an invalid rating that does not say so is", () => {
    expect(analysis.stale.map((s) => s.action.row)).toEqual([3, 7, 8, 9]);
    expect(analysis.overdue.map((s) => s.action.row)).toEqual([3, 7, 8, 9]);
  });

  it("says why the action is not on the lists, with the complete rating as the fix", () => {
    const complete = analysis.findings.find((f) => f.row === 4)!;
    expect(complete.message).toBe(
      'Row 4: "Complete" is not a rating in the index; expected Blue (B), Green (G), Amber (A) or Red (R) (did you mean Blue?); as it says the action is complete, the action is not listed as stale or overdue.',
    );
    expect(complete.fix).toBe("Blue");
    expect(analysis.findings.find((f) => f.row === 8)!.message).toBe('Row 8: "In progress" is not a rating in the index; expected Blue (B), Green (G), Amber (A) or Red (R).');
  });

  it("is a word saying so and nothing else", () => {
    expect(["Complete", " COMPLETED ", "Done.", "closed", "Achieved", "Finished"].every(saysComplete)).toBe(true);
    expect(["Not complete", "Complete?? check", "Amber", "", 1].some((v) => saysComplete(v))).toBe(false);
  });
});

describe("a rating column holding statuses, not ratings", () => {
  const statuses = ["Complete", "Complete", "In progress", "Not started", "In progress", "Complete", "On hold", "Amber"];
  const analysis = run(statuses);

  it("is said once for the column, naming its statuses and what to do", () => {
    const column = analysis.findings.filter((f) => f.code === "rating-column-statuses");
    expect(column).toEqual([
      {
        sheet: "Case Reviews",
        column: "G",
        code: "rating-column-statuses",
        severity: "error",
        message:
          'Column G ("Status") on sheet "Case Reviews" holds statuses such as "Complete" and "In progress", not RAG ratings, so 7 actions are counted with an invalid rating (the 3 it marks complete are not listed as stale or overdue); rate each action Blue (B), Green (G), Amber (A) or Red (R) in a column headed RAG, or, if another column holds the ratings, choose it under Column overrides in the task pane\'s settings.',
      },
    ]);
    // Errors are listed first, and the column's sentence before the rows it explains.
    expect(analysis.findings[0]!.code).toBe("rating-column-statuses");
  });

  it("keeps each cell's finding, which counts and highlights it", () => {
    expect(analysis.findings.filter((f) => f.code === "rating-invalid")).toHaveLength(7);
    expect(analysis.totals.counts).toMatchObject({ Amber: 1, Invalid: 7 });
  });

  it("leads the outcome line, which a one-click command shows alone", () => {
    const outcome = outcomeMessage(analysis);
    expect(outcome.startsWith('Column G ("Status") on sheet "Case Reviews" holds statuses')).toBe(true);
    expect(outcome).toContain("8 actions in 1 review; 7 invalid ratings, 0 missing ratings, 5 stale, 5 overdue.");
    expect(outcomeMessage(analysis, false).startsWith("8 actions in 1 review")).toBe(true);
  });

  it("is not said where only a few cells hold statuses among ratings", () => {
    const few = run(["Blue", "Complete", "Amber", "In progress", "Green", "Amber"]);
    expect(few.findings.filter((f) => f.code === "rating-column-statuses")).toEqual([]);
    expect(few.findings.filter((f) => f.code === "rating-invalid")).toHaveLength(2);
  });

  it("is not said of ratings that are merely invalid", () => {
    const typos = run(["Bleu", "Gren", "Yellow", "Amber"]);
    expect(typos.findings.filter((f) => f.code === "rating-column-statuses")).toEqual([]);
  });

  it("gives way to a column of ratings headed otherwise beside it ('Overall status'), said in a note, unless the settings choose the column", () => {
    const statuses = ["Complete", "In progress", "In progress", "Complete"];
    const ratings = ["Blue", "Amber", "Green", "Blue"];
    const values = [[...HEADER, "Overall status"], ...statuses.map((status, i) => [...action(i + 1, status), ratings[i]!])];
    const plan = { sheets: [{ ...sheet([]), values }] };
    const a = analyseWorkbook(plan, { ...DEFAULT_SETTINGS, asOf: "2021-11-01" }, "2021-11-01");
    expect(a.trackers[0]!.columns.rating).toBe(8);
    expect(a.totals.counts).toMatchObject({ Blue: 2, Green: 1, Amber: 1, Invalid: 0 });
    expect(a.findings.filter((f) => f.code === "rating-column-statuses")).toEqual([]);
    expect(a.findings.filter((f) => f.code === "ratings-beside-statuses").map((f) => f.message)).toEqual([
      'Column G ("Status") holds statuses, not RAG ratings, and column H ("Overall status") holds ratings, so column H is read as the RAG rating column; to read another, choose it under Column overrides in the task pane\'s settings.',
    ]);
    const chosen = analyseWorkbook(plan, { ...DEFAULT_SETTINGS, asOf: "2021-11-01", columnOverrides: { "Case Reviews": { rating: "G" } } }, "2021-11-01");
    expect(chosen.trackers[0]!.columns.rating).toBe(7);
    expect(chosen.totals.counts).toMatchObject({ Invalid: 4 });
  });

  it("beside a RAG column, marks an action with a blank rating done where it says Complete: unrated, not chased, and said so", () => {
    const values = [
      [...HEADER, "RAG"],
      [...action(1, "Complete"), null],
      [...action(2, "In progress"), null],
      [...action(3, "In progress"), "Amber"],
    ];
    const a = analyseWorkbook({ sheets: [{ ...sheet([]), values }] }, { ...DEFAULT_SETTINGS, asOf: "2021-11-01" }, "2021-11-01");
    expect(a.trackers[0]!.columns.rating).toBe(8);
    expect(a.totals.counts).toMatchObject({ Amber: 1, Unrated: 2 });
    // Action 1's Status says Complete: neither stale nor overdue; action 2, unrated and in progress, is both.
    expect(a.stale.map((f) => f.action.ref)).toEqual(["2", "3"]);
    expect(a.overdue.map((f) => f.action.ref)).toEqual(["2", "3"]);
    const unrated = a.findings.filter((f) => f.code === "rating-unrated");
    expect(unrated.map((f) => [f.row, f.message, f.fix])).toEqual([
      [2, 'Row 2: action 1 has no rating, but its Status says "Complete", so it is not listed as stale or overdue; rate it Blue.', "Blue"],
      [3, "Row 3: action 2 has no rating; enter Blue (B), Green (G), Amber (A) or Red (R).", undefined],
    ]);
  });

  it("knows the statuses teams keep", () => {
    expect(["In progress", "not started", "On track", "Ongoing", "WIP", "On hold.", "Complete", "Implemented", "Partly implemented", "Not implemented"].every(isStatusWord)).toBe(true);
    // An audit log's word for done is done; partly or not implemented is not.
    expect(["Implemented", "Fully implemented"].every(saysComplete)).toBe(true);
    expect(["Partly implemented", "Not implemented"].some(saysComplete)).toBe(false);
    expect(["Amber", "Bleu", "N/A", "In progress since May", null].some((v) => isStatusWord(v))).toBe(false);
  });
});

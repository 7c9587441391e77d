import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellValue } from "../../src/core/cells";

const run = (values: CellValue[][]) => analyseWorkbook({ sheets: [{ name: "Plan", firstRow: 1, firstColumn: 1, values, merges: [] }] }, DEFAULT_SETTINGS, "2021-11-01");

const TABLE: CellValue[][] = [
  ["Rec No", "Recommendation", "Response", "Notes", "RAG"],
  [1, "Consider deputies on Strategic Group", "Deputies now attend.", null, "Blue"],
  [2, "Revise the Learning and Improvement Framework", "Out for consultation.", null, "Amber"],
];

describe("a count kept under the table is not an action", () => {
  it('"Blue actions | 2" in the rating column (a COUNTIF result) is neither counted nor reported', () => {
    const a = run([...TABLE, [], [null, null, null, "Blue actions", 1], [null, null, null, "All actions", 2]]);
    expect(a.actions.map((x) => x.ref)).toEqual(["1", "2"]);
    expect(a.totals.total).toBe(2);
    expect(a.findings.filter((f) => f.code === "rating-invalid")).toEqual([]);
  });

  it("a count labelled in an action column ('Blue', 'Total actions', 'Total' beside a number or a number written as text) is not an action either", () => {
    const a = run([...TABLE, [], [null, null, "Blue", null, 1], [null, null, "Total actions", null, 2], [null, "Total", null, null, "2"]]);
    expect(a.actions.map((x) => x.ref)).toEqual(["1", "2"]);
    expect(a.findings.filter((f) => f.code === "rating-invalid")).toEqual([]);
  });

  it("a count and its label in any two cells ('Blue | 7' under the number and recommendation columns, 'Amber-Green | 1' beside an index without it) is not an action", () => {
    const a = run([...TABLE, [], ["Blue", 7], ["Green", "3"], [null, "Amber-Green", null, null, 1], ["Total", { formula: "SUM(A5:A6)" }]]);
    expect(a.actions.map((x) => x.ref)).toEqual(["1", "2"]);
    expect(a.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("a count table under the table ('Rating | Count | %', then 'Blue | 1 | 50%' under the first columns) is not an action, nor its header", () => {
    for (const share of [0.5, "50%"]) {
      const a = run([...TABLE, [], ["Summary"], ["Rating", "Count", "%"], ["Blue", 1, share], ["Amber", { formula: 'COUNTIF(E2:E3,"Amber")' }, share], ["Total", 2, 1]]);
      expect(a.actions.map((x) => x.ref)).toEqual(["1", "2"]);
      expect(a.findings.filter((f) => f.severity !== "info")).toEqual([]);
    }
  });

  it("a number in the rating column of a row with a recommendation is still an action, and an invalid rating", () => {
    const a = run([...TABLE, [3, "Agree a multi-agency dataset", null, null, 3], [null, null, "See the agreed actions", null, 4]]);
    expect(a.totals.total).toBe(4);
    expect(a.findings.filter((f) => f.code === "rating-invalid").map((f) => f.row)).toEqual([4, 5]);
  });
});

describe("a little count table beside the tracker is no second rating column", () => {
  // The peer review plan's rows, with the team's own "Rating | Count" table (COUNTIF results) past a blank column.
  const PLAN: CellValue[][] = [
    ["Rec No", "Recommendation", "Response", "RAG", null, "Rating", "Count"],
    [1, "Consider deputies on Strategic Group", "Deputies now attend.", "Blue", null, "Blue", 1],
    [2, "Revise the Learning and Improvement Framework", "Out for consultation.", "Amber", null, "Green", 0],
    [3, "Agree a multiagency dataset based on priority areas", "Dataset drafted.", "Amber", null, "Amber", 2],
    [4, "Develop different audit models", "Deep dive audits planned.", "Green", null, "Red", { formula: "COUNTIF(D2:D5,F5)" }],
    [5, "Review functions of business unit", "Roles reviewed.", "Blue", null, "Total", 5],
  ];

  it('gives no advice to rename "Rating" (it labels the counts), and counts as before', () => {
    const a = run(PLAN);
    expect(a.findings.filter((f) => f.code === "duplicate-column")).toEqual([]);
    expect(a.trackers[0]!.columns.rating).toBe(4);
    expect(a.totals.counts).toMatchObject({ Blue: 2, Green: 1, Amber: 2, Red: 0 });
    expect(a.totals.total).toBe(5);
  });

  it("still warns of a second column of ratings, down the actions, with a number beside each", () => {
    const rival = PLAN.map((row, i) => (i === 0 ? row : [...row.slice(0, 5), ["Amber", "Amber", "Green", "Blue", "Blue"][i - 1]!, i]));
    const a = run(rival);
    expect(a.findings.filter((f) => f.code === "duplicate-column").map((f) => f.message)).toEqual([expect.stringMatching(/^Column F \("Rating"\) and column D \("RAG"\) both head a RAG rating column, and only column D is read; /)]);
    expect(a.totals.counts).toMatchObject({ Blue: 2, Green: 1, Amber: 2, Red: 0 });
  });
});

describe("a second rating column whose few ratings differ is no count table", () => {
  // The team's previous ratings pasted in beside the current ones, under the same header.
  const RIVAL: CellValue[][] = [
    ["Rec No", "Recommendation", "Response", "RAG", "RAG", "% complete"],
    [1, "Consider deputies on Strategic Group", "Deputies now attend.", "Blue", "Green", 1],
    [2, "Revise the Learning and Improvement Framework", "Out for consultation.", "Amber", "Amber", 0.5],
    [3, "Agree a multiagency dataset", "Dataset drafted.", "Green", "Red", 0.25],
    [4, "Develop different audit models", "Deep dive audits planned.", "Amber", null, 0.1],
  ];
  const duplicates = (a: ReturnType<typeof run>) => a.findings.filter((f) => f.code === "duplicate-column");

  it("a fraction beside the ratings (a percentage complete) is not a count: the warning to rename one stays", () => {
    expect(duplicates(run(RIVAL))).toHaveLength(1);
  });

  it("nor is a whole number formatted as a percentage", () => {
    const values = RIVAL.map((row, i) => (i === 0 ? row : [...row.slice(0, 5), 1]));
    const numberFormats = values.map((row, i) => row.map((_, c) => (i > 0 && c === 5 ? "0%" : "General")));
    const a = analyseWorkbook({ sheets: [{ name: "Plan", firstRow: 1, firstColumn: 1, values, numberFormats, merges: [] }] }, DEFAULT_SETTINGS, "2021-11-01");
    expect(duplicates(a)).toHaveLength(1);
  });

  it("nor a date beside them, as the add-in gives it (a serial number in a date-formatted cell)", () => {
    const values: CellValue[][] = RIVAL.map((row, i) => (i === 0 ? [...row.slice(0, 5), "Date rated"] : [...row.slice(0, 5), 44400 + i]));
    const numberFormats = values.map((row, i) => row.map((_, c) => (i > 0 && c === 5 ? "dd/mm/yyyy" : "General")));
    const a = analyseWorkbook({ sheets: [{ name: "Plan", firstRow: 1, firstColumn: 1, values, numberFormats, merges: [] }] }, DEFAULT_SETTINGS, "2021-11-01");
    expect(duplicates(a)).toHaveLength(1);
  });

  it("nor whole numbers that are not headed as counts and have no total row (a priority, a number of days overdue)", () => {
    for (const heading of ["Priority", "Days overdue"]) {
      const values = RIVAL.map((row, i) => (i === 0 ? [...row.slice(0, 5), heading] : [...row.slice(0, 5), [0, 12, 40, 95][i - 1]!]));
      expect(duplicates(run(values)), heading).toHaveLength(1);
    }
    // Headed as counts, or ending in a total, they are counts.
    const counted = RIVAL.map((row, i) => (i === 0 ? [...row.slice(0, 5), "Count"] : [...row.slice(0, 5), [3, 1, 2, 0][i - 1]!]));
    expect(duplicates(run(counted.map((row) => [...row.slice(0, 4), null, ...row.slice(4)])))).toEqual([]);
    const totalled = RIVAL.map((row, i) => (i === 0 ? [...row.slice(0, 4), null, "RAG", "Priority"] : [...row.slice(0, 4), null, ["Green", "Amber", "Total", null][i - 1]!, [3, 1, 4, 0][i - 1]!]));
    expect(duplicates(run(totalled))).toEqual([]);
  });

  it("nor ratings with counts beside them that are spread down the actions, or run longer than the index and its totals", () => {
    const gapped = RIVAL.map((row, i) => (i === 0 ? row : [...row.slice(0, 4), ["Green", null, "Red", "Amber"][i - 1]!, i]));
    expect(duplicates(run(gapped))).toHaveLength(1);
    const long: CellValue[][] = [RIVAL[0]!, ...["Blue", "Green", "Amber", "Red", "Not rated", "Unrated", "Total", "Grand Total", "(blank)"].map((label, i) => [i + 1, `Recommendation ${i + 1}`, "Update.", "Green", label, i] as CellValue[])];
    expect(duplicates(run(long))).toHaveLength(1);
  });

  it('a pivot table\'s labels ("Not rated", "Unrated", "(blank)", "Blank", "Grand Total") are a count table\'s', () => {
    for (const labels of [["Blue", "Green", "Amber", "Red", "Not rated", "Total"], ["Amber", "Blue", "Green", "(blank)", "Grand Total"], ["Blue", "Green", "Amber", "Red", "Unrated"], ["Green", "Red", "Blank"]]) {
      const values: CellValue[][] = [
        ["Rec No", "Recommendation", "Response", "RAG", null, "RAG", "Count"],
        ...[1, 2, 3, 4, 5, 6].map((n, i) => [n, `Recommendation ${n}`, "Update.", ["Blue", "Amber", "Green", "Blue", "Amber", null][i]!, null, labels[i] ?? null, labels[i] ? i : null] as CellValue[]),
      ];
      expect(duplicates(run(values)), labels.join("|")).toEqual([]);
    }
  });
});

describe("the team's own count of actions by rating", () => {
  const counts: CellValue[][] = [
    ["RAG status", "Number of actions", "Comments"],
    ["Blue", { formula: "COUNTIF('Plan'!E:E,\"Blue\")" }, null],
    ["Amber", 1, "Framework consultation slipped to March."],
    ["Total", 2, null],
  ];
  const plan = { name: "Plan", firstRow: 1, firstColumn: 1, values: TABLE, merges: [] };

  it("on a front sheet is skipped, with a note under it, and says so: its counts are no actions", () => {
    const front = { name: "Summary", firstRow: 1, firstColumn: 1, values: [["Quarter 2 position"], ...counts, [], ["Business Manager commentary: good progress this quarter."]], merges: [] };
    const a = analyseWorkbook({ sheets: [front, plan] }, DEFAULT_SETTINGS, "2021-11-01");
    expect(a.trackers.map((t) => t.sheet)).toEqual(["Plan"]);
    expect(a.totals.total).toBe(2);
    expect(a.findings.filter((f) => f.sheet === "Summary").map((f) => f.message)).toEqual(['Sheet "Summary" was skipped: it holds a count of actions by rating (on row 2), not actions.']);
  });

  it("above the tracker is no other table left out", () => {
    const a = run([...counts, [], [], ...TABLE]);
    expect(a.totals.total).toBe(2);
    expect(a.findings.filter((f) => f.code === "another-table")).toEqual([]);
  });

  it("is not four actions rated once each, under RAG and No, which say what each action is", () => {
    const a = run([
      ["RAG", "No", "Action"],
      ["Blue", 1, "Identify deputies for the Strategic Group"],
      ["Green", 2, "Revise the Learning and Improvement Framework"],
      ["Amber", 3, "Agree a multi-agency dataset"],
      ["Red", 4, "Develop different audit models"],
    ]);
    expect(a.totals.total).toBe(4);
  });
});

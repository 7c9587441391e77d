/**
 * A column a round: "RAG (May 2021)" beside "RAG (November 2021)", "Previous RAG" beside "Current
 * RAG", "Target date" beside "Revised target date". The latest round's column is the one read, the
 * others are said to be other rounds', and headers that do not say which round is which stay rivals
 * for the user to choose between. Rows are the peer review plan's.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS, settingsSchema } from "../../src/core/settings";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";

const sheet = (values: CellValue[][]): SheetSnapshot => ({ name: "Plan", firstRow: 1, firstColumn: 1, values, merges: [] });
const run = (values: CellValue[][], settings = DEFAULT_SETTINGS) => analyseWorkbook({ sheets: [sheet(values)] }, settings, "2021-12-01");
const codes = (a: ReturnType<typeof run>, code: string) => a.findings.filter((f) => f.code === code).map((f) => `${f.column}: ${f.message}`);

const ROWS: [string, string][] = [
  ["Consider deputies on Strategic Group", "Deputies now attend."],
  ["Revise the Learning and Improvement Framework", "Framework out for consultation."],
];

describe("columns of reporting rounds", () => {
  it("reads the latest round's rating column, in any order, and says which earlier one was left", () => {
    for (const [header, ratings] of [
      [["RAG (May 2021)", "RAG (November 2021)"], [["Amber", "Blue"], ["Amber", "Green"]]],
      [["Nov 21 RAG", "May 21 RAG"], [["Blue", "Amber"], ["Green", "Amber"]]],
      [["RAG Q1 2021/22", "RAG Q3 2021/22"], [["Amber", "Blue"], ["Amber", "Green"]]],
    ] as [string[], string[][]][]) {
      const a = run([["Recommendation", "Response", ...header], ...ROWS.map((r, i) => [...r, ...ratings[i]!])]);
      const latest = header.findIndex((h) => /nov|q3/i.test(h)) + 3;
      expect(a.trackers[0]!.columns.rating).toBe(latest);
      expect(a.totals.counts).toMatchObject({ Blue: 1, Green: 1, Amber: 0 });
      const earlier = String.fromCharCode(64 + (latest === 3 ? 4 : 3));
      expect(codes(a, "other-round-column")).toEqual([expect.stringMatching(new RegExp(`^${earlier}: Column ${earlier} \\(".+"\\) is an earlier round's RAG rating column, so column ${String.fromCharCode(64 + latest)} `))]);
      expect(a.findings.find((f) => f.code === "other-round-column")?.severity).toBe("info");
      expect(codes(a, "duplicate-column")).toEqual([]);
    }
  });

  it("reads the latest round that holds anything: a column made ready for the next round is not read while empty", () => {
    const a = run([["Recommendation", "Response", "RAG (May 2021)", "RAG (November 2021)", "RAG (February 2022)"], ...ROWS.map((r) => [...r, "Amber", "Blue", null])]);
    expect(a.trackers[0]!.columns.rating).toBe(4);
    expect(a.totals.counts).toMatchObject({ Blue: 2, Unrated: 0 });
    // One finding for the role: the earlier round and the later one still empty, either side of the one read.
    expect(codes(a, "other-round-column")).toEqual([
      'C: Column C ("RAG (May 2021)") is an earlier round\'s RAG rating column, and column E ("RAG (February 2022)") is a later round\'s RAG rating column with nothing typed in it yet, so column D ("RAG (November 2021)") is the one read; to report another round, choose its column under Column overrides in the task pane\'s settings.',
    ]);
  });

  it("takes a reworded repeat of the header for the same table, though the latest round is empty below it", () => {
    const a = run([
      ["Rec No", "Recommendation", "RAG (May 2021)", "RAG (November 2021)"],
      [1, ROWS[0]![0], "Amber", "Blue"],
      [2, ROWS[1]![0], "Amber", "Green"],
      ["No.", "Recommendations", "RAG (May 2021)", "RAG (November 2021)"],
      [3, "Agree a multiagency dataset based on priority areas", "Amber", null],
    ]);
    expect(a.actions.map((x) => x.row)).toEqual([2, 3, 5]);
    expect(a.totals.counts).toMatchObject({ Blue: 1, Green: 1, Unrated: 1 });
    expect(codes(a, "another-table")).toEqual([]);
  });

  it("reads the latest round's progress update too", () => {
    const a = run([["Recommendation", "Update Q1 2021/22", "Update Q2 2021/22", "RAG"], [ROWS[0]![0], "Invited deputies.", "Deputies now attend.", "B"]]);
    expect(a.actions[0]!.response).toBe("Deputies now attend.");
    expect(codes(a, "other-round-column")).toEqual([expect.stringContaining("is an earlier round's Response or progress update column")]);
  });

  it("says a role's many earlier rounds in one finding, as runs of columns with their number, and counts as before", () => {
    // A column added each month for a year: eleven earlier updates, the latest read, and the rows' ratings as before.
    const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].map((m) => `Update ${m} 2021`);
    const updates = (said: string, upTo: number) => months.map((_, i) => (i <= upTo ? `${said} (${months[i]!.slice(7)})` : null));
    const a = run([
      ["Recommendation", ...months, "RAG"],
      [ROWS[0]![0], ...updates(ROWS[0]![1], 11), "Blue"],
      [ROWS[1]![0], ...updates(ROWS[1]![1], 9), "Amber"],
    ]);
    expect(codes(a, "other-round-column")).toEqual([
      'B: Columns B to L (11 columns, from "Update Jan 2021" to "Update Nov 2021") are earlier rounds\' Response or progress update columns: column M ("Update Dec 2021") is read, and on a row where it is blank or says "N/A", the latest of the earlier rounds\' columns that is not; to report another round, choose its column under Column overrides in the task pane\'s settings.',
    ]);
    expect(a.findings.find((f) => f.code === "other-round-column")!.value).toBeUndefined();
    expect(a.actions.map((x) => x.response)).toEqual([`${ROWS[0]![1]} (Dec 2021)`, `${ROWS[1]![1]} (Oct 2021)`]);
    expect(a.totals.counts).toMatchObject({ Blue: 1, Amber: 1 });
  });

  it("names earlier rounds kept between other columns one by one, each role in a finding of its own", () => {
    const header = ["Recommendation", "Update Q1 2021/22", "RAG Q1 2021/22", "Update Q2 2021/22", "RAG Q2 2021/22", "Update Q3 2021/22", "RAG Q3 2021/22", "Update Q4 2021/22", "RAG Q4 2021/22"];
    const a = run([header, ...ROWS.map(([recommendation, response]) => [recommendation, "Planned.", "Red", "Started.", "Amber", "Under way.", "Green", response, null])]);
    expect(a.totals.counts).toMatchObject({ Green: 2, Amber: 0 });
    expect(a.actions.map((x) => x.response)).toEqual(ROWS.map((r) => r[1]));
    expect(codes(a, "other-round-column")).toEqual([
      'B: Columns B, D and F (3 columns, from "Update Q1 2021/22" to "Update Q3 2021/22") are earlier rounds\' Response or progress update columns: column H ("Update Q4 2021/22") is read, and on a row where it is blank or says "N/A", the latest of the earlier rounds\' columns that is not; to report another round, choose its column under Column overrides in the task pane\'s settings.',
      'C: Columns C ("RAG Q1 2021/22") and E ("RAG Q2 2021/22") are earlier rounds\' RAG rating columns, and column I ("RAG Q4 2021/22") is a later round\'s RAG rating column with nothing typed in it yet, so column G ("RAG Q3 2021/22") is the one read; to report another round, choose its column under Column overrides in the task pane\'s settings.',
    ]);
  });

  it("gives a run's headers from left to right, as its columns are, where the rounds run right to left", () => {
    // The newest round kept first: Q4 read in B, the earlier rounds in C to E from Q3 back to Q1.
    const header = ["Recommendation", "Update Q4 2021/22", "Update Q3 2021/22", "Update Q2 2021/22", "Update Q1 2021/22", "RAG"];
    const a = run([header, ...ROWS.map(([recommendation, response]) => [recommendation, response, "Under way.", "Started.", "Planned.", "Green"])]);
    expect(codes(a, "other-round-column")).toEqual([
      'C: Columns C to E (3 columns, from "Update Q3 2021/22" to "Update Q1 2021/22") are earlier rounds\' Response or progress update columns: column B ("Update Q4 2021/22") is read, and on a row where it is blank or says "N/A", the latest of the earlier rounds\' columns that is not; to report another round, choose its column under Column overrides in the task pane\'s settings.',
    ]);
  });

  it("leaves headers that do not all name distinct dates as rivals: the first is read, the others are warned of", () => {
    for (const header of [
      ["RAG", "RAG (November 2021)"],
      ["RAG (November 2021)", "RAG Nov 2021"],
    ]) {
      const a = run([["Recommendation", "Response", ...header], ...ROWS.map((r) => [...r, "Amber", "Blue"])]);
      expect(a.trackers[0]!.columns.rating).toBe(3);
      expect(codes(a, "other-round-column")).toEqual([]);
      expect(codes(a, "duplicate-column")).toEqual([expect.stringContaining(`Column D ("${header[1]}") and column C`)]);
    }
  });

  it("reads the column the team chose in the settings, whatever the dates", () => {
    const settings = settingsSchema.parse({ columnOverrides: { Plan: { rating: "C" } } });
    const a = run([["Recommendation", "Response", "RAG (May 2021)", "RAG (November 2021)"], ...ROWS.map((r) => [...r, "Amber", "Blue"])], settings);
    expect(a.trackers[0]!.columns.rating).toBe(3);
    expect(a.totals.counts).toMatchObject({ Amber: 2 });
    expect(codes(a, "other-round-column")).toEqual([]);
  });

  it("reads day-first dates in headers as the locale says", () => {
    const header = ["Recommendation", "Response", "RAG 01/06/2021", "RAG 05/01/2021"];
    const rows = ROWS.map((r) => [...r, "Amber", "Blue"]);
    expect(run([header, ...rows]).trackers[0]!.columns.rating).toBe(3); // 1 June is after 5 January
    expect(run([header, ...rows], settingsSchema.parse({ locale: "en-US" })).trackers[0]!.columns.rating).toBe(4); // 1 May is after 6 January
  });

  it("reads the current round's column where the headers say in words which is current", () => {
    for (const header of [
      ["Previous RAG", "Current RAG"],
      ["RAG (current)", "RAG (previous)"],
      ["Original RAG", "Revised RAG"],
      ["RAG last quarter", "RAG this quarter"],
      ["Baseline RAG", "RAG"],
      ["RAG Rating", "Updated RAG Rating"],
      ["Previous RAG", "RAG Status"],
      ["Previous RAG rating", "Current RAG"],
      ["RAG at last review", "Current RAG"],
      ["RAG at start", "Current RAG"],
    ]) {
      const current = /current|revised|this|updated|status/i.test(header[1]!) || header[1] === "RAG" ? 4 : 3;
      const ratings = current === 4 ? ["Amber", "Blue"] : ["Blue", "Amber"];
      const a = run([["Recommendation", "Response", ...header], ...ROWS.map((r) => [...r, ...ratings])]);
      expect(a.trackers[0]!.columns.rating, header.join(" | ")).toBe(current);
      expect(a.totals.counts).toMatchObject({ Blue: 2, Amber: 0 });
      expect(codes(a, "duplicate-column")).toEqual([]);
      expect(codes(a, "other-round-column")).toEqual([expect.stringContaining("is an earlier round's RAG rating column")]);
    }
  });

  it("reads quarters or months named without a year as rounds in the sheet's order, left to right", () => {
    for (const header of [
      ["Q1 RAG", "Q2 RAG"],
      ["RAG Q1", "RAG Q2"],
      ["RAG June", "RAG Sept"],
      // A financial year: March comes after December.
      ["RAG Sept", "RAG Dec", "RAG March"],
    ]) {
      const earlier = header.slice(0, -1).map(() => "Amber");
      const a = run([["Recommendation", "Response", ...header], ...ROWS.map((r) => [...r, ...earlier, "Blue"])]);
      expect(a.trackers[0]!.columns.rating, header.join(" | ")).toBe(header.length + 2);
      expect(a.totals.counts).toMatchObject({ Blue: 2, Amber: 0 });
      expect(codes(a, "duplicate-column")).toEqual([]);
    }
    // The same quarter twice, or a quarter beside a month, says nothing of which round is which.
    for (const header of [
      ["Q1 RAG", "RAG Q1"],
      ["Q1 RAG", "RAG June"],
    ]) {
      const a = run([["Recommendation", "Response", ...header], ...ROWS.map((r) => [...r, "Amber", "Blue"])]);
      expect(a.trackers[0]!.columns.rating, header.join(" | ")).toBe(3);
      expect(codes(a, "duplicate-column")).toEqual([expect.stringContaining("and column C")]);
    }
  });

  it("reads quarters or months that run backwards across the sheet as rounds newest first", () => {
    // This quarter's column inserted left of last quarter's, which is hidden: the visible Q4 is read.
    const plan: CellValue[][] = [
      ["Action No", "Action", "Time Scale", "RAG \nRating Q4", "RAG \nRating Q3"],
      ["2.1", "Produce the LSCP Annual Report", "31/03/22", "B", "A"],
      ["2.4", "Receive and review Annual Report from LADO", "31/03/22", "B", "R"],
      ["2.5", "Receive and review Annual Report from IRO", "31/03/22", "B", "A"],
      ["5.1", "Review and refresh the Neglect Strategy", "31/03/22", "G", "A"],
    ];
    const a = analyseWorkbook({ sheets: [{ ...sheet(plan), hiddenColumns: [{ first: 5, last: 5 }] }] }, DEFAULT_SETTINGS, "2022-01-14");
    expect(a.trackers[0]!.columns.rating).toBe(4);
    expect(a.totals.counts).toMatchObject({ Blue: 3, Green: 1, Amber: 0, Red: 0 });
    expect(codes(a, "other-round-column")).toEqual([
      'E: Column E ("RAG Rating Q3") is an earlier round\'s RAG rating column, so column D ("RAG Rating Q4"), of a later round, is the one read; to report another round, choose its column under Column overrides in the task pane\'s settings.',
    ]);
    // Newest first across a year's end (Q1 after Q4), and months a quarter apart; an empty column inserted for the next round is not read yet.
    for (const [header, read] of [
      [["RAG Q4", "RAG Q3", "RAG Q2"], 3],
      [["Q2 RAG", "Q1 RAG", "Q4 RAG"], 3],
      [["RAG March", "RAG Dec", "RAG Sept"], 3],
      [["RAG Q1", "RAG Q4", "RAG Q3"], 4],
    ] as [string[], number][]) {
      const ratings = read === 3 ? ["Blue", "Amber", "Amber"] : [null, "Blue", "Amber"];
      const b = run([["Recommendation", "Response", ...header], ...ROWS.map((r) => [...r, ...ratings])]);
      expect(b.trackers[0]!.columns.rating, header.join(" | ")).toBe(read);
      expect(b.totals.counts).toMatchObject({ Blue: 2, Amber: 0 });
    }
    // "RAG Q1 | RAG Q4 | RAG Q3" with Q1 still empty: the later round is named as one, the earlier as one.
    const empty = run([["Recommendation", "Response", "RAG Q1", "RAG Q4", "RAG Q3"], ...ROWS.map((r) => [...r, null, "Blue", "Amber"])]);
    expect(codes(empty, "other-round-column")).toEqual([
      'C: Column E ("RAG Q3") is an earlier round\'s RAG rating column, and column C ("RAG Q1") is a later round\'s RAG rating column with nothing typed in it yet, so column D ("RAG Q4") is the one read; to report another round, choose its column under Column overrides in the task pane\'s settings.',
    ]);
    // Half a cycle apart ("RAG March | RAG Sept") says nothing of the direction: the sheet's order, left to right.
    const half = run([["Recommendation", "Response", "RAG March", "RAG Sept"], ...ROWS.map((r) => [...r, "Amber", "Blue"])]);
    expect(half.trackers[0]!.columns.rating).toBe(4);
  });

  it("reads months more than a quarter back across the sheet in the sheet's order, as a twice-yearly report adds them on the right", () => {
    // The peer review plan reported in April and November, then May and December: the right-hand column is the latest.
    const plan = (header: string[]): CellValue[][] => [
      ["No", "Recommendation", "Action", ...header],
      [1, "Consider deputies on Strategic Group", "Strategic Partners to identify deputies", "G", "B"],
      [2, "MASH steering group subgroup", "The MASH Steering Group to become one of the LSCP Sub-Groups", "G", "B"],
      [3, "Shared and agreed priorities", "Produce a Priorities Outcome Booklet", "A", "G"],
      [4, "Protocol to reduce duplication", "Develop a protocol across the partnerships", "A", "A"],
    ];
    for (const header of [
      ["RAG April", "RAG November"],
      ["RAG May", "RAG Dec"],
      ["RAG Jan", "RAG Sept"],
      // Twice-yearly for longer, each step seven months on: still left to right, not five months back each time.
      ["RAG May", "RAG Dec", "RAG July"],
    ]) {
      const rows = plan(header).map((r, i) => (i > 0 && header.length === 3 ? [...r.slice(0, 3), "R", ...r.slice(3)] : r));
      const a = run(rows);
      expect(a.trackers[0]!.columns.rating, header.join(" | ")).toBe(header.length + 3);
      expect(a.totals.counts, header.join(" | ")).toMatchObject({ Blue: 2, Green: 1, Amber: 1, Red: 0 });
      expect(codes(a, "other-round-column")[0], header.join(" | ")).toContain(`is the one read`);
    }
    const aprNov = run(plan(["RAG April", "RAG November"]));
    expect(codes(aprNov, "other-round-column")).toEqual([
      'D: Column D ("RAG April") is an earlier round\'s RAG rating column, so column E ("RAG November"), of a later round, is the one read; to report another round, choose its column under Column overrides in the task pane\'s settings.',
    ]);
    // A quarter or less back is still a column inserted left of the last: "RAG Dec | RAG Sept" and "RAG March | RAG Dec" read the left one.
    for (const header of [
      ["RAG Dec", "RAG Sept"],
      ["RAG March", "RAG Dec"],
      ["RAG Q1", "RAG Q4"],
    ]) {
      const rows = plan(header).map((r, i) => (i > 0 ? [...r.slice(0, 3), r[4]!, r[3]!] : r));
      const a = run(rows);
      expect(a.trackers[0]!.columns.rating, header.join(" | ")).toBe(4);
      expect(a.totals.counts, header.join(" | ")).toMatchObject({ Blue: 2, Green: 1, Amber: 1 });
    }
  });

  it("tells rounds headed alike apart by the group headings over them", () => {
    for (const groups of [
      ["Q1 2021/22", "Q2 2021/22"],
      ["Previous quarter", "This quarter"],
    ]) {
      const values: CellValue[][] = [
        [null, null, groups[0]!, null, groups[1]!, null],
        ["Recommendation", "Lead", "RAG", "Update", "RAG", "Update"],
        ...ROWS.map(([action, response]) => [action, "LSCP Business Team", "Amber", "Earlier update", "Blue", response]),
      ];
      const merges = [
        { top: 1, bottom: 1, left: 3, right: 4 },
        { top: 1, bottom: 1, left: 5, right: 6 },
      ];
      const a = analyseWorkbook({ sheets: [{ ...sheet(values), merges }] }, DEFAULT_SETTINGS, "2021-12-01");
      expect(a.trackers[0]!.columns.rating, groups.join(" | ")).toBe(5);
      expect(a.trackers[0]!.columns.response).toBe(6);
      expect(a.totals.counts).toMatchObject({ Blue: 2, Amber: 0 });
      expect(a.actions[0]!.response).toBe("Deputies now attend.");
      expect(codes(a, "duplicate-column")).toEqual([]);
    }
  });

  it("reads the previous round while the current round's column is still empty, and says so", () => {
    const a = run([["Recommendation", "Response", "Previous RAG", "Current RAG"], ...ROWS.map((r) => [...r, "Amber", null])]);
    expect(a.totals.counts).toMatchObject({ Amber: 2, Unrated: 0 });
    expect(codes(a, "other-round-column")).toEqual([expect.stringContaining('D: Column D ("Current RAG") is a later round\'s RAG rating column with nothing typed in it yet, so column C ("Previous RAG") is the one read')]);
  });

  it("leaves words that do not single out one round as rivals", () => {
    for (const header of [
      ["Last RAG", "RAG"],
      ["Current RAG", "New RAG"],
      ["Revised RAG", "Current RAG"],
      ["Previous RAG", "Old RAG"],
    ]) {
      const a = run([["Recommendation", "Response", ...header], ...ROWS.map((r) => [...r, "Amber", "Blue"])]);
      expect(a.trackers[0]!.columns.rating, header.join(" | ")).toBe(3);
      expect(codes(a, "duplicate-column")).toEqual([expect.stringContaining(`Column D ("${header[1]}") and column C`)]);
    }
  });

  it("reads a revised target date where one is given and the original date elsewhere", () => {
    // As of 1 December 2021: the first action's date moved from October 2021 to March 2022; the second kept September 2021.
    const a = run([
      ["Recommendation", "Response", "Target date", "Revised target date", "RAG"],
      [...ROWS[0]!, "October 2021", "March 2022", "Amber"],
      [...ROWS[1]!, "September 2021", null, "Green"],
      ["Agree a multiagency dataset based on priority areas", "Dataset drafted.", "Sept 2021", "Spring", "Amber"],
    ]);
    expect(a.actions.map((x) => [x.dueText, x.due])).toEqual([
      ["March 2022", "2022-03-31"],
      ["September 2021", "2021-09-30"],
      ["Sept 2021", "2021-09-30"],
    ]);
    // "Spring" gives no date, so the date first set stands, and that is said.
    expect(a.overdue.map((f) => f.action.row)).toEqual([3, 4]);
    expect(codes(a, "date-invalid")).toEqual(['D: Row 4: the revised time scale "Spring" names no year, so the one set before it ("Sept 2021") is still used; write the new date with its year, such as Q3 2021/22 or September 2021.']);
    expect(codes(a, "other-round-column")).toEqual([
      'C: Column C ("Target date") is an earlier round\'s Due date or time scale column: column D ("Revised target date") is read, and column C on a row where the later rounds give no date; to report another round, choose its column under Column overrides in the task pane\'s settings.',
    ]);
  });

  it("takes a revised date column for a round whatever the words of the role its headers use", () => {
    for (const header of [
      ["Target date", "Revised target date (if applicable)"],
      ["Timescale", "Revised timescale/date"],
      ["Timescale", "Revised deadline"],
      // The plan's year in the first header only: the revised column need not repeat it.
      ["Timescale 2021/22", "Revised timescale"],
      ["Target date (2021-22)", "Revised target date"],
      // A date set again, headed without the role's own words.
      ["Timescale 2021/22", "Revised date"],
      ["Timescale", "New date"],
      ["Target date", "Revised target"],
      ["Timescale", "Extended to"],
      ["Timescale", "Slipped to"],
      ["Due date", "Rescheduled"],
    ]) {
      const a = run([["Recommendation", "Response", ...header, "RAG"], [...ROWS[0]!, "Sept 2021", "March 2022", "Amber"]]);
      expect(a.actions[0]!.due, header.join(" | ")).toBe("2022-03-31");
    }
  });

  it("says which column a date it cannot read came from, the revised one or the original", () => {
    const a = run([
      ["Recommendation", "Response", "Original due date", "Due date", "RAG"],
      [...ROWS[0]!, "31/02/2021", null, "Amber"],
      [...ROWS[1]!, "October 2021", "31/13/2021", "Green"],
    ]);
    expect(a.findings.filter((f) => f.code === "date-invalid").map((f) => [f.row, f.column, f.value])).toEqual([
      [2, "C", "31/02/2021"],
      [3, "D", "31/13/2021"],
    ]);
  });

  it("reads the current round's column of ratings where no header names the rating column", () => {
    const rows = [...ROWS, ["Agree a multiagency dataset based on priority areas", "Dataset drafted."]];
    const a = run([["Recommendation", "Response", "Previous Status", "Current Status"], ...rows.map((r) => [...r, "Amber", "Blue"])]);
    expect(a.trackers[0]!.columns.rating).toBe(4);
    expect(a.trackers[0]!.headers.rating).toBe("Current Status");
    expect(a.totals.counts).toMatchObject({ Blue: 3 });
    expect(codes(a, "other-round-column")).toEqual([expect.stringContaining('C: Column C ("Previous Status") is an earlier round\'s RAG rating column')]);
  });

  it("walks back through every earlier round, in the sheet's order, past a revised cell that says nothing", () => {
    const settings = settingsSchema.parse({ asOf: "2022-06-01" });
    const a = run(
      [
        ["Recommendation", "Response", "Timescale (May 2021)", "Timescale (Nov 2021)", "Timescale (Feb 2022)", "RAG"],
        [...ROWS[0]!, "May 2021", null, null, "Amber"],
        [...ROWS[1]!, "May 2021", "N/A", "No change", "Amber"],
        ["Agree a multiagency dataset based on priority areas", "Dataset drafted.", "May 2021", "Spring", null, "Amber"],
      ],
      settings,
    );
    // A revision that gives no date ("Spring", "Not revised", "TBC") leaves the date first set standing, so an overdue action stays overdue;
    // "Spring" names a time of year, so that is said of it.
    expect(a.actions.map((x) => [x.dueText, x.due])).toEqual([
      ["May 2021", "2021-05-31"],
      ["May 2021", "2021-05-31"],
      ["May 2021", "2021-05-31"],
    ]);
    expect(codes(a, "date-invalid")).toEqual(['D: Row 4: the revised time scale "Spring" names no year, so the one set before it ("May 2021") is still used; write the new date with its year, such as Q3 2021/22 or September 2021.']);
    const notRevised = run([["Recommendation", "Target date", "Revised target date", "RAG"], ...["Not revised", "See original", "No", "Not revised (agreed at March board)", "TBC – may change", "May be extended", "Fall back to original date"].map((said, i) => [ROWS[i % 2]![0], "Sept 2021", said, "Amber"])], settings);
    expect(notRevised.overdue).toHaveLength(7);
    expect(codes(notRevised, "date-invalid")).toEqual([]);
    // A revision that means a date but gives none RAG Tracker reads is said, as the date before it is still judged.
    const unread = run([["Recommendation", "Target date", "Revised target date", "RAG"], ...["Extended to Q4", "Mid September", "Q4 TBC"].map((said, i) => [ROWS[i % 2]![0], "Sept 2021", said, "Amber"])], settings);
    expect(unread.overdue).toHaveLength(3);
    expect(codes(unread, "date-invalid")).toEqual([
      'C: Row 2: the revised time scale "Extended to Q4" gives no date RAG Tracker reads, so the one set before it ("Sept 2021") is still used; write the new date with its year, such as Q3 2021/22 or September 2021.',
      'C: Row 3: the revised time scale "Mid September" names no year, so the one set before it ("Sept 2021") is still used; write the new date with its year, such as Q3 2021/22 or September 2021.',
      'C: Row 4: the revised time scale "Q4 TBC" gives no date RAG Tracker reads, so the one set before it ("Sept 2021") is still used; write the new date with its year, such as Q3 2021/22 or September 2021.',
    ]);
    // "As above" down a revised column means the date above it, not the first date: it stands as written.
    const asAbove = run([["Recommendation", "Target date", "Revised target date", "RAG"], [ROWS[0]![0], "Sept 2021", "March 2022", "Amber"], [ROWS[1]![0], "Sept 2021", "As above", "Amber"]], settings);
    expect(asAbove.actions.map((x) => [x.dueText, x.due])).toEqual([["March 2022", "2022-03-31"], ["As above", null]]);
    const plan = [["Recommendation", "Target date", "Revised target date", "Completion date", "RAG"], [ROWS[0]![0], "March 2021", null, null, "Amber"]];
    // A third column of the role that is no round of the others leaves them rivals, read from the first, as before.
    expect(run(plan, settings).actions[0]!.due).toBe("2021-03-31");
  });

  it("takes words for rounds only for ratings, dates, updates and leads whose headers differ in those words and the role's own", () => {
    const a = run([
      ["Recommendation", "Actions", "New actions", "Lead", "New lead", "Target RAG", "Current RAG", "Last updated", "Date updated"],
      [ROWS[0]![0], "Brief the partners", null, "Chair", null, "Blue", "Amber", "01/10/2021", null],
    ]);
    expect(a.actions[0]).toMatchObject({ actions: "Brief the partners", lead: "Chair" });
    // A target rating is no earlier round, but the current one is read before it (currentRating.test.ts).
    expect(a.trackers[0]!.columns.rating).toBe(7);
    // The new lead's column is empty yet: the lead read is the earlier round's.
    expect(codes(a, "other-round-column")).toEqual([expect.stringContaining('E: Column E ("New lead") is a later round\'s Lead column with nothing typed in it yet')]);
    expect(a.findings.filter((f) => f.code === "duplicate-column").map((f) => f.column)).toEqual(["C", "F", "I"]);
  });

  it("reads the current round among the rounds, and leaves a target rating beside them a rival", () => {
    for (const header of [
      ["Previous RAG", "Current RAG", "Target RAG"],
      ["Target RAG", "Previous RAG", "Current RAG"],
    ]) {
      const a = run([["Recommendation", "Response", ...header], ...ROWS.map((r) => [...r, ...header.map((h) => (h.startsWith("Current") ? "Green" : h.startsWith("Target") ? "Blue" : "Red"))])]);
      expect(a.trackers[0]!.headers.rating, header.join(" | ")).toBe("Current RAG");
      expect(a.totals.counts).toMatchObject({ Green: 2, Blue: 0, Red: 0 });
      expect(a.findings.filter((f) => f.code === "duplicate-column").map((f) => f.value)).toEqual(["Target RAG"]);
      expect(a.findings.filter((f) => f.code === "other-round-column").map((f) => f.value)).toEqual(["Previous RAG"]);
    }
  });

  it("takes no comments column for an earlier round of an update, nor a lead agency for one of a lead officer", () => {
    const a = run([
      ["Recommendation", "Latest update", "Comments", "Lead officer", "Lead agency", "New lead officer", "RAG"],
      [ROWS[0]![0], null, "Chair to raise at exec", "DI Smith", "Police", null, "Amber"],
    ]);
    expect(a.actions[0]).toMatchObject({ response: "", lead: "DI Smith" });
    // The new lead officer's column is empty yet, so the lead officer is read; the lead agency stays a rival.
    expect(codes(a, "other-round-column")).toEqual([expect.stringContaining('F: Column F ("New lead officer") is a later round')]);
    expect(a.findings.filter((f) => f.code === "duplicate-column").map((f) => f.value)).toEqual(["Comments", "Lead agency"]);
  });

  it("reads the latest update and lead where given, and the earlier round's on a row where the later one says nothing", () => {
    const a = run([
      ["Recommendation", "Previous update", "Latest update", "Previous lead", "Current lead", "RAG"],
      [ROWS[0]![0], "Invited deputies.", "Deputies now attend.", "Chair", "Business Manager", "Blue"],
      [ROWS[1]![0], "Drafting.", null, "Chair", "N/A", "Amber"],
    ]);
    expect(a.actions.map((x) => [x.response, x.lead])).toEqual([
      ["Deputies now attend.", "Business Manager"],
      ["Drafting.", "Chair"],
    ]);
    // A current position is no round of a progress update: they stay rivals.
    const rivals = run([["Recommendation", "Current position", "Progress update", "RAG"], [ROWS[0]![0], "Deputies attend.", "Invited deputies.", "Blue"]]);
    expect(codes(rivals, "other-round-column")).toEqual([]);
    expect(rivals.findings.filter((f) => f.code === "duplicate-column").map((f) => f.column)).toEqual(["C"]);
  });

  describe("three rounds or more, told apart by their words", () => {
    // Actions from the peer review plan, with the dates a team set, moved and moved again; as of 15 March 2020.
    const asOf = settingsSchema.parse({ asOf: "2020-03-15" });
    const ACTIONS: [string, string][] = [
      ["Consider deputies on Strategic Group to bring strategic/operational leads together", "Strategic Partners to identify deputies who can attend the Strategic Group alongside them."],
      ["Revise Learning and Improvement Framework", "The Learning and Practice Review Group to revise the Learning and Improvement Framework"],
      ["Agree a multiagency dataset based on priority areas", "Look at collating a small selection of data across the Partnership"],
      ["Develop different audit models", "Have deep dive audits twice a year, to involve front line staff."],
      ["Review functions of business unit", "Business Manager to review the current roles within the team"],
    ];
    // Original, revised and current dates: the original alone; original and revised; all three; the revised "N/A"
    // and the current blank; all three on a completed action.
    const DATES: (string | null)[][] = [
      ["December 2019", null, null],
      ["December 2019", "Feb 2020", null],
      ["December 2019", "Feb 2020", "June 2020"],
      ["December 2019", "N/A", null],
      ["Dec 2019", "Jan 2020", "March 2020"],
    ];
    const RATINGS = ["Amber", "Amber", "Green", "Red", "Blue"];

    it("reads the latest of an original, a revised and a current date that gives one on each row, in whatever order the sheet keeps them", () => {
      for (const headers of [
        ["Original target date", "Revised target date", "Current target date"],
        ["Original deadline", "Revised deadline", "Current deadline"],
      ]) {
        // The words order the rounds, so the columns may stand in any order on the sheet.
        for (const order of [[0, 1, 2], [2, 0, 1], [1, 2, 0]]) {
          const label = order.map((i) => headers[i]).join(" | ");
          const letter = (i: number) => String.fromCharCode(67 + order.indexOf(i));
          const a = run([["Recommendation", "Specific actions", ...order.map((i) => headers[i]!), "RAG"], ...ACTIONS.map((action, row) => [...action, ...order.map((i) => DATES[row]![i]!), RATINGS[row]!])], asOf);
          expect(a.trackers[0]!.headers.due, label).toBe(headers[2]);
          expect(a.actions.map((x) => [x.dueText, x.due]), label).toEqual([
            ["December 2019", "2019-12-31"],
            ["Feb 2020", "2020-02-29"],
            ["June 2020", "2020-06-30"],
            ["December 2019", "2019-12-31"],
            ["March 2020", "2020-03-31"],
          ]);
          // Past its first date, or its revised one, an action is overdue; moved on to June, it is not.
          expect(a.overdue.map((f) => f.action.recommendation), label).toEqual([ACTIONS[0]![0], ACTIONS[1]![0], ACTIONS[3]![0]]);
          expect(codes(a, "duplicate-column"), label).toEqual([]);
          // Both earlier rounds in one finding, in the sheet's order, at the first of them.
          const others = a.findings.filter((f) => f.code === "other-round-column");
          const [left, right] = [0, 1].sort((x, y) => letter(x).localeCompare(letter(y)));
          expect(others.map((f) => [f.column, f.value, f.severity]), label).toEqual([[letter(left!), undefined, "info"]]);
          expect(others[0]!.message, label).toContain(
            `Columns ${letter(left!)} ("${headers[left!]}") and ${letter(right!)} ("${headers[right!]}") are earlier rounds' Due date or time scale columns: column ${letter(2)} ("${headers[2]}") is read, and on a row where it gives no date, the latest of the earlier rounds' columns that gives one;`,
          );
        }
      }
    });

    it("reads the current round's rating beside a baseline and a previous one, and no earlier round's where it is blank", () => {
      for (const header of [
        ["Baseline RAG", "Previous RAG", "Current RAG"],
        ["RAG (previous)", "RAG (revised)", "RAG (latest)"],
        ["Current RAG", "Baseline RAG", "Previous RAG"],
      ]) {
        const label = header.join(" | ");
        const latest = header.find((h) => /current|latest/i.test(h))!;
        const rows = ACTIONS.slice(0, 3).map((action, i) => [...action, ...header.map((h) => (h === latest ? [null, "Green", "Blue"][i]! : /baseline/i.test(h) ? "Red" : "Amber"))]);
        const a = run([["Recommendation", "Specific actions", ...header], ...rows], asOf);
        expect(a.trackers[0]!.headers.rating, label).toBe(latest);
        expect(a.totals.counts, label).toMatchObject({ Blue: 1, Green: 1, Amber: 0, Red: 0, Unrated: 1 });
        const others = a.findings.filter((f) => f.code === "other-round-column");
        expect(others, label).toHaveLength(1);
        for (const h of header.filter((h) => h !== latest)) expect(others[0]!.message, label).toContain(`("${h}")`);
        expect(others[0]!.message, label).toContain(`are earlier rounds' RAG rating columns, so column ${String.fromCharCode(67 + header.indexOf(latest))} ("${latest}"), of a later round, is the one read;`);
        expect(codes(a, "duplicate-column"), label).toEqual([]);
      }
    });

    it("puts columns whose words are alike in the sheet's order, and a previous round after the original one wherever it stands", () => {
      const a = run(
        [
          ["Recommendation", "Target date", "Revised target date", "Amended target date", "RAG"],
          [ACTIONS[0]![0], "December 2019", "Feb 2020", null, "Amber"],
          [ACTIONS[1]![0], "December 2019", "Feb 2020", "June 2020", "Amber"],
        ],
        asOf,
      );
      expect(a.actions.map((x) => x.due)).toEqual(["2020-02-29", "2020-06-30"]);
      const b = run([["Recommendation", "Current target date", "Previous target date", "Original target date", "RAG"], [ACTIONS[0]![0], null, "Feb 2020", "December 2019", "Amber"]], asOf);
      expect(b.actions[0]!.due).toBe("2020-02-29");
    });
  });
});

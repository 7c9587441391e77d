import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import { peerReviewSheet } from "../fixtures/peerReview";
import { roleForHeader } from "../../src/core/columnRoles";

const sheet = (name: string, values: CellValue[][]): SheetSnapshot => ({ name, firstRow: 1, firstColumn: 1, values, merges: [] });
const run = (sheets: SheetSnapshot[]) => analyseWorkbook({ sheets }, DEFAULT_SETTINGS, "2021-07-13");

/**
 * A progress tracker for the Thurrock LSCP Implementation Plan 2019, as a business team keeps
 * one: its commitments under the plan's own headings, a lead officer, a target date as typed, the
 * counts the team keeps under the table, and a column of days since the last update.
 */
const HEADER = ["Ref", "Workstream", "Commitment", "Lead officer", "Target date", "Progress update", "RAG\nRating", "Last updated", "Days since update"];
const implementationPlan = (under: CellValue[][] = []) =>
  sheet("Implementation Plan", [
    ["Thurrock LSCP – Implementation Plan 2019: progress tracker"],
    [],
    HEADER,
    ["1.2", "Transition arrangements", "Threshold Document transferred to the new arrangements and refreshed as part of the Safeguarding Partners work programme.", "LSCP Business Manager", "Ongoing", "Refresh under way with the Practice Standards Group.", "A", "02/03/2021", 133],
    ["1.4", null, "Retain the existing SET Child Death Review process until the new Child Death Review arrangements start.", "Safeguarding Partners", "September 2019", "New CDR arrangements in place since September 2019.", "G", "10/01/2020", 550],
    ["2.2", "Partnership Support", "Implementation Plan published on the LSCB website three months before the new arrangements start.", "LSCP Business Team", "01/02/2019", "Published 1 February 2019.", "B", "01/02/2019", 893],
    ["4.3", "Business Plan and Annual Report", "Joint protocol with the other Strategic Partnerships, reviewed annually.", "LSCP Business Manager", "31st March 2020", "Draft protocol with all boards for agreement.", "R", "30/11/2020", 225],
    [],
    [null, null, null, null, null, "Total actions", 4],
    [null, null, null, null, null, "Blue", 1],
    [null, null, null, null, null, "Green", 1],
    [null, null, null, null, null, "Amber", 1],
    [null, null, null, null, null, "Red", 1],
    ...under,
  ]);

/** The committee's meaning of the colours (committee minutes): Green is complete but not yet embedded. */
const ragKey = sheet("RAG Key", [
  ["Rating", "Code", "Meaning"],
  ["Blue", "B", "Complete and embedded into practice"],
  ["Green", "G", "Complete but not yet embedded"],
  ["Amber", "A", "Started but not yet completed"],
  ["Red", "R", "Not started or significantly off track"],
]);

describe("a tracker kept for the implementation plan 2019", () => {
  it("does not read the counts kept under the table (Blue | 1) as the RAG index, nor as actions", () => {
    const a = run([implementationPlan()]);
    expect(a.index.source).toEqual({ kind: "default" });
    expect(a.actions.map((x) => x.ref)).toEqual(["1.2", "1.4", "2.2", "4.3"]);
    expect(a.findings.map((f) => f.code)).not.toContain("index-from-workbook");
  });

  it("reads ratings with a RAG Key sheet that comes after the tracker, over counts under the table", () => {
    const a = run([implementationPlan(), ragKey]);
    expect(a.index.source).toEqual({ kind: "keySheet", sheet: "RAG Key" });
    // Green means complete in the key, so 1.4 (Green, September 2019) is neither overdue nor stale.
    expect(a.overdue.map((f) => f.action.ref)).toEqual(["4.3"]);
    expect(a.stale.map((f) => f.action.ref)).toEqual(["1.2", "4.3"]);
  });

  it("reads ratings with a RAG Key sheet that comes after the tracker, over the index printed below another sheet's table", () => {
    const a = run([peerReviewSheet(), ragKey]);
    expect(a.index.source).toEqual({ kind: "keySheet", sheet: "RAG Key" });
  });

  it("does not take a 'Days since update' column for a second progress update column", () => {
    const a = run([implementationPlan()]);
    expect(a.trackers[0]?.columns).toMatchObject({ response: 6, updated: 8 });
    // Column I ("Days since update") has no role at all.
    expect(Object.values(a.trackers[0]!.columns)).not.toContain(9);
    expect(a.findings.filter((f) => f.code === "duplicate-column")).toEqual([]);
  });

  it("reads the Commitment column as the actions, so the Stale Actions sheet quotes what was committed", () => {
    const a = run([implementationPlan()]);
    expect(a.trackers[0]?.columns.actions).toBe(3);
    expect(a.stale.map((f) => [f.action.ref, f.action.actions])).toEqual([
      ["1.2", "Threshold Document transferred to the new arrangements and refreshed as part of the Safeguarding Partners work programme."],
      ["1.4", "Retain the existing SET Child Death Review process until the new Child Death Review arrangements start."],
      ["4.3", "Joint protocol with the other Strategic Partnerships, reviewed annually."],
    ]);
  });

  it("reads the words a plan may head its columns with: Date for completion, Accountable, Position statement, Date last reviewed", () => {
    const s = implementationPlan();
    s.values[2] = ["Ref", "Workstream", "Commitment", "Accountable", "Date for completion", "Position statement", "RAG\nRating", "Date last reviewed", "Days since update"];
    const a = run([s]);
    expect(a.trackers[0]?.columns).toMatchObject({ lead: 4, due: 5, response: 6, updated: 8 });
    expect(a.actions.map((x) => [x.ref, x.lead, x.due, x.updated])).toEqual([
      ["1.2", "LSCP Business Manager", null, "2021-03-02"],
      ["1.4", "Safeguarding Partners", "2019-09-30", "2020-01-10"],
      ["2.2", "LSCP Business Team", "2019-02-01", "2019-02-01"],
      ["4.3", "LSCP Business Manager", "2020-03-31", "2020-11-30"],
    ]);
    expect(a.actions[3]!.response).toBe("Draft protocol with all boards for agreement.");
    expect(a.findings.filter((f) => /has no (last-updated|time-scale|lead)/.test(f.message))).toEqual([]);
  });

  it.each(["Task", "Key tasks", "Activity", "Milestone", "Deliverables"])("reads a column headed %s as the actions", (header) => {
    const s = implementationPlan();
    s.values[2] = HEADER.map((h) => (h === "Commitment" ? header : h));
    expect(run([s]).trackers[0]?.columns.actions).toBe(3);
  });
});

describe("headers of a plan's tasks, and of columns about them", () => {
  it.each([
    ["Commitment", "actions"],
    ["Planned activities", "actions"],
    ["Key tasks", "actions"],
    ["Task status", null],
    ["Milestone status", null],
    ["Key dates / milestones", null],
    ["Task ID", "ref"],
    ["Action owner", "lead"],
    ["Days since update", null],
    ["Target completion date", "due"],
    ["Planned end date", "due"],
    ["Actual completion date", null],
    ["Update date", "updated"],
    ["Date for completion", "due"],
    ["Date last reviewed", "updated"],
    ["Accountable", "lead"],
    ["Accountable Officer", "lead"],
    ["Position statement", "response"],
    ["Strategic priority", "category"],
    // A partnership names the review by its kind.
    ["SAR", "review"],
    ["SAR reference", "review"],
    ["Safeguarding Adults Review", "review"],
    ["CSPR", "review"],
    ["Domestic Homicide Review", "review"],
    ["SAR Rec No", "ref"],
  ])("%j is read as %s", (header, role) => {
    expect(roleForHeader(header)).toBe(role);
  });

  it("reads Progress as the update beside Evidence, and Theme as the category beside a Priority of High, Medium or Low, with no warning", () => {
    const header = ["Ref", "Priority", "Theme", "Commitment", "Lead officer", "Target completion date", "Evidence", "Progress", "RAG"];
    const row = [1, "High", "Learning and Improvement", "Revise the Learning and Improvement Framework", "Business Manager", "31/03/2022", "Minutes of Strategic Group", "Framework out for consultation.", "Amber"];
    const a = run([sheet("Plan", [header, row])]);
    expect(a.trackers[0]!.columns).toMatchObject({ category: 3, response: 8, due: 6 });
    expect(a.actions[0]!.response).toBe("Framework out for consultation.");
    expect(a.byCategory.map((g) => g.name)).toEqual(["Learning and Improvement"]);
    expect(a.findings.filter((f) => f.code === "duplicate-column")).toEqual([]);
    // An audit log's Finding gives way to its Recommendation.
    const audit = run([sheet("Audit", [["Rec No", "Finding", "Recommendation", "Management response", "RAG"], [1, "No central log of referrals.", "Keep a central log of referrals.", "Log set up.", "Blue"]])]);
    expect(audit.trackers[0]!.columns.recommendation).toBe(3);
    expect(audit.findings.filter((f) => f.code === "duplicate-column")).toEqual([]);
    // Alone, each is read for its role as before.
    const alone = run([sheet("Plan", [["Ref", "Priority", "Commitment", "Evidence", "RAG"], [1, "Strategic Priority 1", "Revise the framework", "Minutes", "Amber"]])]);
    expect(alone.trackers[0]!.columns).toMatchObject({ category: 2, response: 4 });
  });
});

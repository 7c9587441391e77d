/** The recorded reports as the command line lists them, and a report filed under another date by hand. */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../../src/core/analyse";
import { settingsSchema } from "../../../src/core/settings";
import { recordSnapshot, storedSnapshots, withSnapshot, withoutWording } from "../../../src/core/history/record";
import { reportList } from "../../../src/core/history/reportList";
import { SNAPSHOT_KIND } from "../../../src/core/history/snapshot";
import { caseReviewSheet } from "../../fixtures/caseReviews";
import { STORE_HEADER, decodeStore } from "../../../src/core/store";
import { reportLabel } from "../../../src/core/longDate";

const snapshot = (date: string) =>
  recordSnapshot(analyseWorkbook({ sheets: [caseReviewSheet()] }, settingsSchema.parse({ asOf: date }), date), { date, recordedAt: `${date}T09:00:00Z`, recordedBy: "Business Manager" });

describe("the recorded reports", () => {
  const july = snapshot("2021-07-13");
  const november = snapshot("2021-11-01");
  // A report copied by hand under another date: its seal still holds, but it is not that date's report.
  const moved = { kind: SNAPSHOT_KIND, id: "2021-07-12", json: JSON.stringify(july) };
  const byHand = { kind: SNAPSHOT_KIND, id: "spring report", json: "{}" };
  const records = [...withSnapshot(withSnapshot([], july), november), moved, byHand];

  it("takes a report filed under a date other than its own for one changed outside RAG Tracker", () => {
    const stored = storedSnapshots(records);
    expect(stored.snapshots.map((s) => s.date)).toEqual(["2021-07-13", "2021-11-01"]);
    expect(stored.unreadable).toEqual(["2021-07-12", "spring report"]);
    expect(stored.problems[0]).toBe("The report recorded for 12 July 2021 was changed outside RAG Tracker, so it cannot be trusted; delete it and record a new one.");
    // Nor is its wording removed: only deleting it takes its text away.
    const removed = withoutWording(records);
    expect([removed.reports, removed.unreadable]).toEqual([2, 2]);
    expect(removed.records.slice(2)).toEqual([moved, byHand]);
  });

  it("uses a report copied by hand once, and keeps a record whose id was retyped as a number or a date", () => {
    const copy = { kind: SNAPSHOT_KIND, id: "2021-11-01", json: JSON.stringify(november) };
    const copied = storedSnapshots([...records, copy]);
    expect(copied.snapshots.map((s) => s.date)).toEqual(["2021-07-13", "2021-11-01"]);
    // An id cell that now shows the report date's serial number holds that date: the report is as good as ever.
    const retyped = storedSnapshots(decodeStore([[...STORE_HEADER], [SNAPSHOT_KIND, 44390, JSON.stringify(july)]]));
    expect([retyped.snapshots.map((s) => s.date), retyped.unreadable]).toEqual([["2021-07-13"], []]);
    expect(reportLabel("20211101")).toBe("“20211101”");
  });

  it("removes the wording of a copied row too, counting its report once, and counts a copy that cannot be read", () => {
    const copy = { kind: SNAPSHOT_KIND, id: "2021-11-01", json: JSON.stringify(november) };
    const removed = withoutWording([...records, copy]);
    expect([removed.reports, removed.actions, removed.unreadable]).toEqual([2, july.actions.length + november.actions.length, 2]);
    const titles = (json: string) => (JSON.parse(json) as { actions: { title: string }[] }).actions.map((a) => a.title);
    expect(titles(removed.records.at(-1)!.json).every((t) => t === "")).toBe(true);
    expect(titles(copy.json).some((t) => t !== "")).toBe(true);
    // The first row already without wording, a later copy with it: that copy is stripped, and counted.
    const bareFirst = [...withoutWording(withSnapshot([], november)).records, copy];
    expect(withoutWording(bareFirst)).toMatchObject({ reports: 1, actions: november.actions.length, unreadable: 0 });
    // A readable report with an altered copy: the copy keeps its wording, and is counted as unreadable.
    const altered = { ...copy, json: copy.json.replace('"rating":"Amber"', '"rating":"Blue"') };
    expect(withoutWording([...withSnapshot([], november), altered])).toMatchObject({ reports: 1, unreadable: 1 });
    const rows = decodeStore([[...STORE_HEADER], [SNAPSHOT_KIND, 20211101, "{}"], [SNAPSHOT_KIND, new Date(Date.UTC(2021, 10, 1)), "{}"]]);
    expect(rows.map((r) => r.id)).toEqual(["20211101", "2021-11-01"]);
  });

  it("lists them newest first, each unusable one with its reason, and an id that is no date last", () => {
    const { reports } = reportList(storedSnapshots(records));
    expect(reports.map((r) => [r.date, r.readable, r.total])).toEqual([
      ["2021-11-01", true, 46],
      ["2021-07-13", true, 46],
      ["2021-07-12", false, null],
      ["spring report", false, null],
    ]);
    expect(reports[0]).toMatchObject({ recordedBy: "Business Manager", recordedAt: "2021-11-01T09:00:00Z", counts: { Blue: 28, Green: 4, Amber: 14 }, problem: null });
    expect(reports[3]!.problem).toBe("The report recorded for “spring report” is not in the form RAG Tracker stores, so it cannot be used; delete it and record a new one.");
  });
});

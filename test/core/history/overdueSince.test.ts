/** The pack's overdue list reconciles with the last report's: what became of each action overdue then, and what the overdue now are. */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../../src/core/analyse";
import { settingsSchema } from "../../../src/core/settings";
import type { CellValue } from "../../../src/core/cells";
import { recordSnapshot, liveSnapshot } from "../../../src/core/history/record";
import { compareSnapshots } from "../../../src/core/history/changes";
import { overdueSinceSentence } from "../../../src/core/history/overdueSince";
import { buildPackPlan } from "../../../src/core/history/packPlan";
import { caseReviewSheet } from "../../fixtures/caseReviews";

const TODAY = "2022-06-01";
const DUE = 7;
const RATING = 9;

function analysed(rows: CellValue[][], date: string) {
  const sheet = caseReviewSheet();
  sheet.values = [sheet.values[0]!, sheet.values[1]!, ...rows];
  return analyseWorkbook({ sheets: [sheet] }, settingsSchema.parse({ asOf: date }), TODAY);
}

const baseRows = () => caseReviewSheet().values.slice(2).map((r) => [...r]);
/** Rows (0-based) of open actions overdue on 1 April 2022 among the case reviews. */
const overdueAt = (rows: CellValue[][], date: string) => analysed(rows, date).overdue.map((f) => f.action.row - 3);

describe("the overdue actions since the last report", () => {
  const older = recordSnapshot(analysed(baseRows(), "2022-04-01"), { date: "2022-04-01", recordedAt: "2022-04-01T09:00:00Z", recordedBy: null });
  const sentenceFor = (rows: CellValue[][]) => {
    const now = analysed(rows, "2022-05-20");
    const changes = compareSnapshots(older, liveSnapshot(now, older), "now");
    const said = overdueSinceSentence(changes, now.overdue.length);
    // The pack says it first under its list of the actions overdue now.
    const notes = buildPackPlan(now, changes).rows.flatMap((r) => r.map((c) => ("value" in c ? String(c.value) : "")));
    expect(notes.filter((t) => t === said)).toHaveLength(said === undefined ? 0 : 1);
    return said;
  };

  it("says what became of each action overdue then, and what the overdue now are, so the two counts add up", () => {
    const before = overdueAt(baseRows(), "2022-04-01");
    expect(before.length).toBeGreaterThan(4);
    const [done, rescheduled, deleted] = before as [number, number, number];
    const rows = baseRows();
    // An action complete at the last report, re-rated amber and due since.
    const reopened = rows.findIndex((r, i) => r[RATING] === "Blue" && !before.includes(i));
    rows[reopened]![RATING] = "Amber";
    rows[reopened]![DUE] = "April 2022";
    rows[done]![RATING] = "Blue";
    rows[rescheduled]![DUE] = "December 2022";
    // A new action, already past its target date.
    rows.push(["Leo", 15, "Working with resistance", "A new recommendation.", "A new action.", "Started.", "Police", "April 2022", new Date(Date.UTC(2022, 4, 2)), "Amber"]);
    rows.splice(deleted, 1);
    const after = analysed(rows, "2022-05-20").overdue.length;
    const still = before.length - 3;
    expect(after).toBe(still + 2);
    expect(sentenceFor(rows)).toBe(
      `Of the ${before.length} actions overdue at the report of 1 April 2022, ${still} are still overdue, 1 is complete, 1 has a time scale that no longer makes it overdue and 1 is no longer in the plan; the ${after} overdue now are the ${still} still overdue, 1 newly overdue and 1 new to the plan.`,
    );
  });

  it("says the actions a sheet no longer holds due dates for are not checked, not rescheduled", () => {
    const before = overdueAt(baseRows(), "2022-04-01").length;
    const sheet = caseReviewSheet();
    sheet.values = [sheet.values[0]!, sheet.values[1]!.map((h) => (h === "Target Date" ? "Comments" : h)), ...baseRows()];
    const now = analyseWorkbook({ sheets: [sheet] }, settingsSchema.parse({ asOf: "2022-05-20" }), TODAY);
    const changes = compareSnapshots(older, liveSnapshot(now, older), "now");
    // Nor listed as time scales moved: the sheet's dates are not read, not changed.
    expect(changes.timeScaleMoved).toEqual([]);
    expect(overdueSinceSentence(changes, now.overdue.length)).toBe(`Of the ${before} actions overdue at the report of 1 April 2022, all ${before} are not checked now (their sheet holds no due dates); none is overdue now.`);
  });

  it("says nothing where no action was overdue at either report", () => {
    const rows = baseRows().map((r) => [...r.slice(0, DUE), "December 2030", ...r.slice(DUE + 1)]);
    const none = recordSnapshot(analysed(rows, "2022-04-01"), { date: "2022-04-01", recordedAt: "2022-04-01T09:00:00Z", recordedBy: null });
    const now = analysed(rows, "2022-05-20");
    expect(now.overdue).toHaveLength(0);
    expect(overdueSinceSentence(compareSnapshots(none, liveSnapshot(now, none), "now"), 0)).toBeUndefined();
  });
});

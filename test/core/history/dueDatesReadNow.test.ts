/**
 * A report recorded by a version that did not read the sheet's time-scale header ("Date for completion") holds no due
 * date for it; read now, nothing was edited: no action is newly overdue and no time scale was set, and one note says why.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../../src/core/analyse";
import { settingsSchema } from "../../../src/core/settings";
import type { SheetSnapshot } from "../../../src/core/cells";
import { liveSnapshot, recordSnapshot } from "../../../src/core/history/record";
import { compareSnapshots } from "../../../src/core/history/changes";
import { changeNotes, changeSentence } from "../../../src/core/history/changeSentences";
import { changesJsonSchema, toChangesJson } from "../../../src/core/history/changesJson";
import { overdueSinceSentence } from "../../../src/core/history/overdueSince";
import { sealSnapshot, type Snapshot } from "../../../src/core/history/snapshot";
import { changesText } from "../../../src/cli/changesReport";
import { deliveryPlanSheet } from "../../fixtures/deliveryPlan";

const TODAY = "2020-06-10";
const MARCH = "2020-03-10";
const JUNE = "2020-06-10";
const meta = (date: string) => ({ date, recordedAt: `${date}T09:00:00Z`, recordedBy: null });

/** The delivery plan with its "Time Scale" column headed "Date for completion". */
function plan(): SheetSnapshot {
  const sheet = deliveryPlanSheet();
  const values = sheet.values.map((r) => (r[4] === "Time Scale" ? r.map((c) => (c === "Time Scale" ? "Date for completion" : c)) : r));
  return { ...sheet, values };
}
const analysisOf = (date: string, sheet = plan()) => analyseWorkbook({ sheets: [sheet] }, settingsSchema.parse({ asOf: date }), TODAY);

/** The report of 10 March as the version that read no time scale under that header recorded it: no action due, none overdue. */
function recordedWithoutTimeScales(): Snapshot {
  const { seal: _seal, ...report } = recordSnapshot(analysisOf(MARCH), meta(MARCH));
  return sealSnapshot({ ...report, actions: report.actions.map((a) => ({ ...a, due: null, overdue: false })) });
}

describe("a time-scale column read now that the earlier report did not read", () => {
  const march = recordedWithoutTimeScales();
  const june = analysisOf(JUNE);
  const changes = compareSnapshots(march, liveSnapshot(june, march), "now");

  it("calls no action newly overdue and no time scale set, and says once why", () => {
    expect(june.overdue.length).toBeGreaterThan(20);
    expect(changes.newlyOverdue).toEqual([]);
    expect(changes.timeScaleMoved).toEqual([]);
    // Every open action of the plan, as the note says of them.
    const open = 53;
    expect(changes.dueDatesReadNow).toHaveLength(open);
    expect(changeSentence(changes)).toBe("No ratings changed since 10 March 2020.");
    const notes = changeNotes(changes);
    expect(notes).toContain(
      `“Delivery Plan 2019-20” held no due dates at the report of 10 March 2020 and holds them now, as its time-scale column is read now or was added since, so its ${open} open actions are not checked for being newly overdue and their due dates are not counted as set.`,
    );
    expect(notes.filter((n) => n.includes("time-scale column") || n.includes("due dates"))).toHaveLength(1);
    // The tables say "not checked", not 0.
    expect(changes.byReview.map((g) => g.notChecked.includes("newlyOverdue"))).toEqual([true]);
    const result = { changes, sentence: changeSentence(changes), notes, problems: [] };
    expect(changesText(result)).not.toMatch(/Newly overdue|Time scale moved/);
    const json = changesJsonSchema.parse(JSON.parse(JSON.stringify(toChangesJson(result))));
    expect(json.changes.dueDatesReadNow).toHaveLength(open);
  });

  it("reconciles the overdue now with the last report's, naming them as on a sheet whose due dates it did not hold", () => {
    const n = june.overdue.length;
    expect(overdueSinceSentence(changes, n)).toBe(`No action was overdue at the report of 10 March 2020; the ${n} overdue now are ${n} on a sheet whose due dates the last report did not hold.`);
  });

  it("where the earlier report held due dates on the sheet, a date set and an action newly overdue are said as ever", () => {
    const recorded = recordSnapshot(analysisOf(MARCH), meta(MARCH));
    const since = compareSnapshots(recorded, liveSnapshot(june, recorded), "now");
    expect(since.dueDatesReadNow).toBeUndefined();
    expect(since.newlyOverdue.length).toBeGreaterThan(0);
  });

  it("where every time scale said TBC and one date is typed since, that date is set and its action newly overdue, as ever", () => {
    // Every time scale "TBC" in March; by June the team types 31 March 2020 for action 1.4 alone.
    const tbc = (sheet: SheetSnapshot, dated: string | null): SheetSnapshot => ({
      ...sheet,
      values: sheet.values.map((r, i) => (i < 2 || r[1] === null || r[1] === undefined ? r : r.map((c, col) => (col === 4 ? (r[1] === dated ? "31/03/2020" : "TBC") : c)))),
    });
    const recorded = recordSnapshot(analysisOf(MARCH, tbc(plan(), null)), meta(MARCH));
    expect(recorded.actions.every((a) => a.due === null)).toBe(true);
    const later = analysisOf(JUNE, tbc(plan(), "1.4"));
    const since = compareSnapshots(recorded, liveSnapshot(later, recorded), "now");
    expect(since.dueDatesReadNow).toBeUndefined();
    expect(since.timeScaleMoved.map((m) => m.after.ref)).toEqual(["1.4"]);
    expect(since.newlyOverdue.map((a) => a.ref)).toEqual(["1.4"]);
    expect(changeSentence(since)).toBe("No ratings changed since 10 March 2020; 1 action newly overdue; 1 time scale moved (set).");
  });
});

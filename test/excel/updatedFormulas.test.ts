/**
 * A last-updated column of =TODAY() in Excel: the door reads values alone, so after the first
 * reading it asks for the formulas of the date cells that gave a date (with the fills of blank
 * ratings, in the same sync), and the sheet is left not judged stale, with the warning; a time
 * scale of =TODAY()+30 is not used.
 */
import { describe, expect, it } from "vitest";
import { settingsSchema } from "../../src/core/settings";
import { isoToSerial } from "../../src/core/dates";
import { analyse, generateSummary } from "../../src/door/operations";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { FakeExcel } from "../fakes/fakeExcel";

const LIMIT = 5_000_000;
/** The report date, and the day Excel last calculated =TODAY(). */
const AS_OF = "2021-11-01";
const HEADER = ["Review", "Action No", "Action", "Lead Agency", "Target Date", "Last Updated", "RAG"];
const DUE = 5;
const UPDATED = 6;
const RATINGS = ["Amber", "Red", "Blue", "Green"];

/**
 * Leo's review actions in the Excel stand-in, each last-updated cell stamped by a formula (its
 * result the day Excel last calculated it) or typed seven months before the report; settings stored.
 */
async function leoPlan(actions: number, stamp: "=TODAY()" | "=NOW()" | null, blankRatings = false): Promise<{ excel: FakeExcel; door: ExcelDoor }> {
  const excel = new FakeExcel();
  const sheet = excel.sheet("Leo", [HEADER]);
  for (let i = 0; i < actions; i++) {
    const row = i + 2;
    const rating = blankRatings && i % 3 === 0 ? null : RATINGS[i % RATINGS.length]!;
    ["Leo", i + 1, `Action ${i + 1}: brief practitioners on the learning from the review`, "LSCP", null, null, rating].forEach((v, c) => {
      if (v !== null) sheet.ensure(row, c + 1).value = v;
    });
    const due = sheet.ensure(row, DUE);
    due.value = isoToSerial("2022-03-31");
    due.numberFormat = "dd/mm/yyyy";
    const updated = sheet.ensure(row, UPDATED);
    updated.numberFormat = "dd/mm/yyyy";
    updated.value = isoToSerial(stamp ? AS_OF : "2021-04-01") + (stamp === "=NOW()" ? 0.4375 : 0);
    if (stamp) updated.formula = stamp;
  }
  await new ExcelDoor(excel).writeSettings(settingsSchema.parse({ asOf: AS_OF }));
  excel.resetSyncs();
  // A clock that stands still: the door keeps the workbook's shape for 3 s, so the count is no timing.
  return { excel, door: new ExcelDoor(excel, { now: () => 0 }) };
}

function expectWithinLimits(excel: FakeExcel): void {
  expect(excel.syncs.every((s) => s.ok && s.requestBytes <= LIMIT && s.responseBytes <= LIMIT)).toBe(true);
}

describe("last-updated dates stamped by =TODAY() in Excel", () => {
  for (const stamp of ["=TODAY()", "=NOW()"] as const) {
    it(`leave the sheet not judged stale by Generate RAG summary, with one warning naming ${stamp}`, async () => {
      const { excel, door } = await leoPlan(3, stamp);
      const { analysis } = await generateSummary(door);
      const tracker = analysis.trackers.find((t) => t.sheet === "Leo")!;
      expect(tracker.updatedByFormula).toEqual({ formula: stamp.slice(1), actions: 3 });
      expect(analysis.stale).toEqual([]);
      const warning = analysis.findings.filter((f) => f.code === "not-judged");
      expect(warning).toEqual([
        expect.objectContaining({
          sheet: "Leo",
          severity: "warning",
          message: expect.stringContaining(`dates its last-updated column by ${stamp}, which changes every day rather than when an action is updated`),
        }),
      ]);
      // The shape, the cells, the formulas of the last-updated cells, the write.
      expect(excel.syncs).toHaveLength(4);
      expectWithinLimits(excel);
    });
  }

  it("leave the sheet not judged stale by the task pane's reading (analyse)", async () => {
    const { door } = await leoPlan(3, "=TODAY()");
    const { analysis } = await analyse(door);
    expect(analysis.trackers[0]!.updatedByFormula).toEqual({ formula: "TODAY()", actions: 3 });
    expect(analysis.findings.filter((f) => f.code === "not-judged" && f.severity === "warning")).toHaveLength(1);
    expect(analysis.stale).toEqual([]);
  });
});

describe("a time scale given by =TODAY()+30 in Excel", () => {
  it("is asked for and not used, as the file doors do: it is never passed in Excel, so it is warned of and not checked", async () => {
    const { excel, door } = await leoPlan(3, null);
    const sheet = excel.workbook.sheets.find((s) => s.name === "Leo")!;
    // Excel last calculated it on the report date: a month ahead then, and never behind.
    Object.assign(sheet.ensure(2, DUE), { formula: "=TODAY()+30", value: isoToSerial("2021-12-01") });
    const { analysis } = await analyse(door);
    expect(analysis.actions.find((a) => a.row === 2)).toMatchObject({ due: null, dueUnread: true });
    expect(analysis.findings.filter((f) => f.row === 2 && f.column === "E").map((f) => f.message)).toEqual([
      expect.stringContaining("the time scale is a formula (=TODAY()+30), which gives a new date each day the workbook is opened, so it is not used"),
    ]);
    expect(analysis.findings.find((f) => f.code === "not-judged")?.message).toContain("so that open action is not checked for being overdue");
  });
});

describe("time scales written as text", () => {
  it("are not asked for formulas: only a cell holding a date can hold the date =TODAY()+30 gives", async () => {
    const { excel, door } = await leoPlan(200, null);
    const sheet = excel.workbook.sheets.find((s) => s.name === "Leo")!;
    for (let row = 2; row <= 201; row++) {
      sheet.cells.delete(`${row},${UPDATED}`);
      Object.assign(sheet.ensure(row, DUE), { value: "Start April 2021, end March 2022, subject to the multi-agency audit of neglect cases", numberFormat: "General" });
    }
    const { analysis } = await analyse(door);
    expect(analysis.actions[0]!.due).toBe("2022-03-31");
    // The shape with the settings, and the cells: nothing asked after.
    expect(excel.syncs).toHaveLength(2);
  });
});

describe("what asking for the formulas costs", () => {
  it("typed dates, every rating typed: one sync more, of a few bytes a cell, and the typed dates are judged", async () => {
    const { excel, door } = await leoPlan(1_000, null);
    const { analysis } = await analyse(door);
    expect(analysis.trackers[0]!.updatedByFormula).toBeUndefined();
    expect(analysis.stale.length).toBeGreaterThan(0);
    expect(analysis.findings.filter((f) => f.code === "not-judged")).toEqual([]);
    // The shape with the settings, the cells, the formulas.
    expect(excel.syncs).toHaveLength(3);
    const formulas = excel.syncs[2]!;
    expect(formulas.responseBytes).toBeLessThan(1_000 * 32);
    expectWithinLimits(excel);
  });

  it("typed dates beside blank ratings: no sync more, the formulas ride with the fills", async () => {
    const { excel, door } = await leoPlan(1_000, null, true);
    await analyse(door);
    // The shape with the settings, the cells, the fills with the formulas.
    expect(excel.syncs).toHaveLength(3);
    expectWithinLimits(excel);
  });

  it("no last-updated or time-scale column, or no date in them: nothing is asked", async () => {
    const { excel, door } = await leoPlan(200, null);
    const sheet = excel.workbook.sheets.find((s) => s.name === "Leo")!;
    for (let row = 2; row <= 201; row++) for (const column of [DUE, UPDATED]) sheet.cells.delete(`${row},${column}`);
    await analyse(door);
    expect(excel.syncs).toHaveLength(2);
    sheet.ensure(1, UPDATED).value = "Owner";
    excel.resetSyncs();
    await analyse(new ExcelDoor(excel, { now: () => 0 }));
    expect(excel.syncs).toHaveLength(2);
  });

  it("10,000 actions stamped by =TODAY(): the formulas in one sync, well within the limits", async () => {
    const { excel, door } = await leoPlan(10_000, "=TODAY()");
    const { analysis } = await analyse(door);
    expect(analysis.trackers[0]!.updatedByFormula).toEqual({ formula: "TODAY()", actions: 10_000 });
    expect(analysis.stale).toEqual([]);
    expectWithinLimits(excel);
    const formulas = excel.syncs.at(-1)!;
    expect(formulas.calls).toBeLessThan(10);
    expect(formulas.requestBytes).toBeLessThan(5_000);
    // Two date cells an action, the time scale's and the last update's.
    expect(formulas.responseBytes).toBeLessThan(400_000);
  });

  it("a small read budget: the formulas in as many syncs as it takes, none over it", async () => {
    const { excel } = await leoPlan(2_000, "=TODAY()");
    const door = new ExcelDoor(excel, { now: () => 0, readBudget: 10_000 });
    const { analysis } = await analyse(door);
    expect(analysis.trackers[0]!.updatedByFormula).toEqual({ formula: "TODAY()", actions: 2_000 });
    expect(excel.syncs.every((s) => s.ok)).toBe(true);
    expect(excel.syncs.length).toBeGreaterThan(5);
  });
});

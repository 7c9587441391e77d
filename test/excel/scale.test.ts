import { describe, expect, it } from "vitest";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { analyseWorkbook } from "../../src/core/analyse";
import { buildSummaryPlan } from "../../src/core/summaryPlan";
import { resolveSheetNames } from "../../src/core/sheetNames";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { isoToSerial } from "../../src/core/dates";
import { generateSummary } from "../../src/door/operations";
import { FakeExcel, type FakeValue } from "../fakes/fakeExcel";
import { CASE_REVIEW_HEADER } from "../fixtures/caseReviews";
import { handPlan } from "../helpers/handPlan";
import { date, text } from "../../src/core/sheetBuilder";

/** A clock that stands still, so the door's 3-second cache of the workbook's shape never runs out between syncs: counts of syncs, not a timing. */
const STILL_CLOCK = { now: () => 0 };

const ACTIONS = 10_000;
const LIMIT = 5_000_000;
const REVIEWS = ["Frankie", "Sam and Kyle", "Leo", "Peer Review", "Audit 2021", "Delivery Plan"];
const THEMES = ["Information sharing", "Professional curiosity", "Thresholds and escalations", "Working with resistance", "Finance"];
const RATINGS = ["Blue", "Green", "Amber", "Red", "Blue", "Blue", "Green", "Amber"];

/** A 10,000-action case-review tracker as a team would keep it: a title, a header, one row per action. */
function bigTracker(excel: FakeExcel) {
  const rows: (FakeValue | null)[][] = [["Composite Action Matrix – all reviews"], CASE_REVIEW_HEADER];
  for (let i = 0; i < ACTIONS; i++) {
    const theme = THEMES[i % THEMES.length]!;
    rows.push([
      REVIEWS[i % REVIEWS.length]!,
      `${1 + (i % 40)}.${1 + (i % 7)}`,
      theme,
      `Partners to strengthen ${theme.toLowerCase()} (recommendation ${i + 1}).`,
      `Agencies to brief staff on the learning.`,
      i % 3 === 0 ? "Briefings delivered and embedded." : "Briefings under way.",
      ["Police", "Health", "Children's Social Care"][i % 3]!,
      "December 2021",
      isoToSerial(i % 5 === 0 ? "2021-01-10" : "2021-11-01"),
      RATINGS[i % RATINGS.length]!,
    ]);
  }
  const sheet = excel.sheet("Case Reviews", rows);
  for (let r = 3; r <= ACTIONS + 2; r++) sheet.ensure(r, 9).numberFormat = "dd/mm/yyyy";
  return sheet;
}

describe("a 10,000-action tracker", () => {
  // 4.2 MB of cells: one response could hold them, but no read can know that before it is sent. The
  // first read takes a window of 3,076 rows (all the budget buys were every cell of A to Z full), the
  // second the rest, sized from what the window took; nothing is sent that Excel would refuse.
  it("is read in two syncs of cells and written in one, 4 in all, none refused and none over 5 MB", async () => {
    const excel = new FakeExcel();
    bigTracker(excel);
    const door = new ExcelDoor(excel, STILL_CLOCK);

    const snapshot = await door.read();
    expect(snapshot.sheets[0]!.values).toHaveLength(ACTIONS + 2);
    const analysis = analyseWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: "2021-12-15" }, "2021-12-15");
    expect(analysis.actions).toHaveLength(ACTIONS);
    expect(analysis.stale.length).toBeGreaterThan(1_000);
    const plan = resolveSheetNames(buildSummaryPlan(analysis), snapshot);
    await door.applyPlan(plan);

    expect(excel.syncs.length).toBe(4);
    expect(excel.syncs.every((s) => s.ok)).toBe(true);
    for (const s of excel.syncs) {
      expect(s.requestBytes).toBeLessThanOrEqual(LIMIT);
      expect(s.responseBytes).toBeLessThanOrEqual(LIMIT);
    }
    const stale = excel.get("Stale Actions");
    expect(stale.text(6, 2)).toBe(analysis.stale[0]!.action.review);
    console.info(
      `10,000 actions: ${excel.syncs.length} syncs; largest request ${Math.max(...excel.syncs.map((s) => s.requestBytes))} bytes, largest response ${Math.max(...excel.syncs.map((s) => s.responseBytes))} bytes`,
    );
  });

  // Every rating typed, so no fills are asked; the formulas of the last-updated dates are one sync of their own.
  it("the one-click operation, settings read included, is 5 syncs: the formulas of the last-updated dates cost one", async () => {
    const excel = new FakeExcel();
    bigTracker(excel);
    const result = await generateSummary(new ExcelDoor(excel, STILL_CLOCK));
    expect(result.analysis.actions).toHaveLength(ACTIONS);
    expect(excel.syncs.length).toBe(5);
    expect(excel.syncs.every((s) => s.ok && s.requestBytes <= LIMIT && s.responseBytes <= LIMIT)).toBe(true);
  });

  it("settings stored in the workbook ride along with the data read: read then readSettings costs no sync of its own", async () => {
    const excel = new FakeExcel();
    bigTracker(excel);
    await new ExcelDoor(excel, STILL_CLOCK).writeSettings({ ...DEFAULT_SETTINGS, staleDays: 60 });
    excel.resetSyncs();
    const door = new ExcelDoor(excel, STILL_CLOCK);
    await door.read();
    expect((await door.readSettings()).staleDays).toBe(60);
    expect(excel.syncs).toHaveLength(3);
    // generateSummary reads the cells first, so the stored settings cost no sync of their own.
    excel.resetSyncs();
    const result = await generateSummary(new ExcelDoor(excel, STILL_CLOCK));
    expect(result.settings.staleDays).toBe(60);
    // The shape, the cells with the settings, the formulas of the last-updated dates, the write.
    expect(excel.syncs).toHaveLength(5);
  });

  it("splits the write into several requests when one would pass the limit, and each fits", async () => {
    const excel = new FakeExcel({ payloadLimit: 400_000 });
    bigTracker(excel);
    const door = new ExcelDoor(excel, { ...STILL_CLOCK, writeBudget: 300_000, readBudget: 300_000 });
    const snapshot = await door.read();
    const analysis = analyseWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: "2021-12-15" }, "2021-12-15");
    excel.resetSyncs();
    await door.applyPlan(resolveSheetNames(buildSummaryPlan(analysis), snapshot));
    expect(excel.syncs.length).toBeGreaterThan(1);
    expect(excel.syncs.every((s) => s.ok && s.requestBytes <= 400_000)).toBe(true);
    expect(excel.get("Stale Actions").text(6 + analysis.stale.length - 1, 13)).toBe("Case Reviews");
  });
});

describe("a grid halved to fit the request limit", () => {
  /** A sheet of 200 rows, each with a long response and a date, written with the write budget given. */
  async function written(writeBudget?: number) {
    const excel = new FakeExcel();
    excel.sheet("Plan", [["Category", "RAG"], ["Finance", "B"]]);
    const plan = handPlan();
    for (let i = 0; i < 200; i++) plan.rows.push([text(`Action ${i + 1}`), text(`Update ${i + 1}: partners met and agreed the next steps. `.repeat(10)), date("2021-09-01")]);
    await new ExcelDoor(excel, { ...STILL_CLOCK, ...(writeBudget ? { writeBudget } : {}) }).applyPlan({ sheets: [plan] });
    const sheet = excel.get("RAG Summary");
    return { excel, cells: Array.from({ length: plan.rows.length + 1 }, (_, r) => [1, 2, 3].map((c) => [sheet.cell(r + 1, c)?.value ?? null, sheet.cell(r + 1, c)?.numberFormat ?? null])) };
  }

  it("lands each half on its own rows, values and date formats, as the grid written whole", async () => {
    const halved = await written(20_000);
    const whole = await written();
    expect(halved.excel.syncs.length).toBeGreaterThan(whole.excel.syncs.length);
    expect(halved.cells).toEqual(whole.cells);
  });
});

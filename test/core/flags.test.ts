import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { settingsSchema } from "../../src/core/settings";
import { caseReviewSheet } from "../fixtures/caseReviews";

const UPDATED = 8;
const RATING = 9;
const DUE = 7;

describe("stale and overdue", () => {
  it("flags actions not complete and not updated for longer than the threshold, or never", () => {
    const sheet = caseReviewSheet((row, i) => {
      if (i === 11) row[UPDATED] = null; // Frankie's first amber: never updated
      if (i === 12) row[UPDATED] = new Date(Date.UTC(2021, 9, 1)); // recent
      if (i === 0) row[UPDATED] = null; // blue: complete, never stale
    });
    const a = analyseWorkbook({ sheets: [sheet] }, settingsSchema.parse({ staleDays: 90 }), "2021-12-15");
    // 1 Sept → 15 Dec is 105 days: every amber/green updated 1 Sept is stale, bar row 12 (updated 1 Oct: 75 days).
    const staleRows = a.stale.map((s) => s.action.row);
    expect(staleRows).toContain(sheet.firstRow + 2 + 11);
    expect(staleRows).not.toContain(sheet.firstRow + 2 + 12);
    expect(staleRows).not.toContain(sheet.firstRow + 2 + 0);
    expect(a.stale.find((s) => s.action.row === sheet.firstRow + 2 + 11)?.days).toBeNull();
    expect(a.stale.find((s) => s.action.row === sheet.firstRow + 2 + 13)?.days).toBe(105);
    const notComplete = a.actions.filter((x) => x.rating.kind !== "rated" || !x.rating.entry.complete).length;
    expect(a.stale).toHaveLength(notComplete - 1);
  });

  it("uses the threshold setting and the as-of date", () => {
    const sheet = caseReviewSheet();
    const lenient = analyseWorkbook({ sheets: [sheet] }, settingsSchema.parse({ staleDays: 200 }), "2021-12-15");
    expect(lenient.stale).toEqual([]);
    const asOf = analyseWorkbook({ sheets: [sheet] }, settingsSchema.parse({ asOf: "2021-09-30" }), "2030-01-01");
    expect(asOf.asOf).toBe("2021-09-30");
    expect(asOf.stale).toEqual([]);
  });

  it("flags overdue actions that are not complete, with days past due", () => {
    const sheet = caseReviewSheet((row, i) => {
      row[DUE] = i % 2 === 0 ? "14/06/2021" : "As per meeting cycle";
    });
    const a = analyseWorkbook({ sheets: [sheet] }, settingsSchema.parse({}), "2021-07-14");
    expect(a.overdue.length).toBeGreaterThan(0);
    for (const o of a.overdue) {
      expect(o.action.due).toBe("2021-06-14");
      expect(o.days).toBe(30);
      expect(o.action.ratingValue).not.toBe("Blue");
    }
    expect(a.overdue).toHaveLength(a.actions.filter((x, i) => i % 2 === 0 && x.ratingValue !== "Blue").length);
  });

  it("counts an action stale only more than the threshold's days after its last update, and overdue only the day after it was due", () => {
    // Leo's first action, amber: last updated 1 September 2021, due 30 June 2021.
    const sheet = caseReviewSheet((row) => {
      row[UPDATED] = new Date(Date.UTC(2021, 8, 1));
      row[DUE] = "30/06/2021";
    });
    const on = (asOf: string) => analyseWorkbook({ sheets: [sheet] }, settingsSchema.parse({ asOf, staleDays: 90 }), "2030-01-01");
    // 30 November is 90 days after 1 September: not yet more than 90; 1 December is 91.
    expect(on("2021-11-30").stale).toEqual([]);
    expect(on("2021-12-01").stale.map((s) => s.days)).toContain(91);
    // Due on the report date is not overdue; the day after, 1 day overdue.
    expect(on("2021-06-30").overdue).toEqual([]);
    expect(on("2021-07-01").overdue.map((o) => o.days)).toContain(1);
  });

  it("treats invalid and unrated actions as not complete", () => {
    const sheet = caseReviewSheet((row, i) => {
      if (i === 0) row[RATING] = "Purple";
      if (i === 1) row[RATING] = null;
      row[DUE] = "June 2021";
    });
    const a = analyseWorkbook({ sheets: [sheet] }, settingsSchema.parse({}), "2021-07-14");
    const rows = a.overdue.map((o) => o.action.row);
    expect(rows).toContain(3);
    expect(rows).toContain(4);
  });
});

/**
 * A band row naming an aim deleted by mistake: its actions, numbered under the aim (3.1, 3.2…), are read as
 * the aim above's. Said only where the plan numbers its actions under its aims; the delivery plan's own
 * numbering, by objective (22.1 the first action of Strategic Aim 2), is never said of.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import { deliveryPlanSheet } from "../fixtures/deliveryPlan";
import { caseReviewSheet } from "../fixtures/caseReviews";
import { peerReviewSheet } from "../fixtures/peerReview";

const run = (sheet: SheetSnapshot) => analyseWorkbook({ sheets: [sheet] }, DEFAULT_SETTINGS, "2021-12-15");
const said = (sheet: SheetSnapshot) => run(sheet).findings.filter((f) => f.code === "band-deleted");
const isBand = (row: CellValue[]) => row.filter((v) => v !== null).length === 1;

/** The delivery plan with its actions numbered under their aims, as many plans number them: 1.1, 1.2… under Strategic Aim 1. */
function numberedByAim(): SheetSnapshot {
  const plan = deliveryPlanSheet();
  let aim = 0;
  let n = 0;
  const values = plan.values.map((row, i) => {
    if (i < 2) return row;
    if (isBand(row)) {
      aim++;
      n = 0;
      return row;
    }
    return [row[0]!, `${aim}.${++n}`, ...row.slice(2)];
  });
  return { ...plan, values };
}
const aimRow = (sheet: SheetSnapshot, aim: number) => sheet.values.findIndex((r) => String(r[0]).startsWith(`Strategic Aim ${aim} `));

describe("a band row naming an aim, deleted", () => {
  it("is said once, where the actions are numbered under their aims and a run of them is numbered under an aim no row names", () => {
    const plan = numberedByAim();
    const at = aimRow(plan, 3);
    const deleted = { ...plan, values: [...plan.values.slice(0, at), ...plan.values.slice(at + 1)] };
    const a = run(deleted);
    // Counted as before, under Strategic Aim 2: the finding says so, and where to look.
    expect(a.byCategory.map((g) => g.total)).toEqual([53, 34, 6, 8]);
    expect(said(deleted)).toEqual([
      {
        sheet: "Delivery Plan 2019-20",
        row: at + 1,
        code: "band-deleted",
        severity: "warning",
        message: `Actions 3.1 to 3.3 (rows ${at + 1} to ${at + 3}) are counted under "Strategic Aim 2 – Reduce the number of children and young people in need of responsive safeguarding through effective help and support at an earlier stage", whose actions are numbered 2.x; if a row naming the aim or priority of the 3.x actions was deleted or cleared above row ${at + 1}, put it back, so they are counted under it.`,
      },
    ]);
    // The row cleared, not deleted: the same.
    expect(said({ ...plan, values: plan.values.map((r, i) => (i === at ? [] : r)) }).map((f) => f.row)).toEqual([at + 2]);
  });

  it("is not said of the reference plans' own numbering, of a plan numbered under its aims with every aim's row, or of an action numbered under another aim a row names", () => {
    for (const sheet of [deliveryPlanSheet(), peerReviewSheet(), caseReviewSheet(), numberedByAim()]) expect(said(sheet), sheet.name).toEqual([]);
    // The delivery plan's own numbering with Strategic Aim 3's row deleted: its actions 35.1… follow 34.1, as by objective.
    const plan = deliveryPlanSheet();
    const at = aimRow(plan, 3);
    expect(said({ ...plan, values: [...plan.values.slice(0, at), ...plan.values.slice(at + 1)] })).toEqual([]);
    // Action 4.1 typed under Strategic Aim 2, whose row is there: moved, not a band deleted.
    const byAim = numberedByAim();
    const last2 = aimRow(byAim, 3) - 1;
    const moved = byAim.values.map((r, i) => (i === last2 ? [r[0]!, "4.9", ...r.slice(2)] : r));
    expect(said({ ...byAim, values: moved })).toEqual([]);
    // One action numbered under no aim ("22.1" for 2.2): a typo likelier than a band, and said by no band warning.
    const typo = byAim.values.map((r, i) => (i === last2 ? [r[0]!, "22.1", ...r.slice(2)] : r));
    expect(said({ ...byAim, values: typo })).toEqual([]);
  });
});

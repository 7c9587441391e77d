/**
 * The case reviews kept on one sheet with no Review column, each review's actions under a band row
 * naming it ("Case Review: Frankie"), numbered from 1 again under each band, as the minutes count them.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { settingsSchema } from "../../src/core/settings";
import { reviewOfBand } from "../../src/core/reviewBands";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import { caseReviewSheet } from "../fixtures/caseReviews";

const run = (sheets: SheetSnapshot[], settings = settingsSchema.parse({})) => analyseWorkbook({ sheets }, settings, "2021-12-15");

/** The composite sheet with its Review column taken out and a band row above each review's actions, `band` naming it. */
function banded(band: (review: string) => string, before: CellValue[][] = []): SheetSnapshot {
  const cases = caseReviewSheet();
  const values: CellValue[][] = [cases.values[0]!, cases.values[1]!.slice(1), ...before];
  let review = "";
  for (const row of cases.values.slice(2)) {
    if (row[0] !== review) values.push([band((review = String(row[0])))]);
    values.push(row.slice(1));
  }
  return { ...cases, values };
}
const byReview = (sheets: SheetSnapshot[], settings?: Parameters<typeof run>[1]) => run(sheets, settings).byReview.map((g) => [g.name, g.total]);

describe("band rows naming reviews on a sheet with no Review column", () => {
  it("give each review's actions their review: the minutes' three sentences, and numbers restarting at 1 are no duplicates", () => {
    const a = run([banded((r) => `Case Review: ${r}`)]);
    expect(a.sentences).toEqual([
      "Frankie – 14 actions identified (11 blue and 3 amber)",
      "Sam and Kyle – 18 actions identified (16 blue and 2 amber)",
      "Leo – 14 actions identified (1 blue, 4 green, and 9 amber)",
    ]);
    expect(a.findings.filter((f) => f.code === "duplicate-ref" || f.code === "review-from-sheet")).toEqual([]);
    expect(a.findings.filter((f) => f.code === "review-bands").map((f) => f.message)).toEqual([
      'Rows 3, 18 and 37 of sheet "Case Reviews" name the reviews ("Frankie", "Sam and Kyle", "Leo") of the actions below them, as the sheet has no Review column.',
    ]);
    // The bands name reviews, not categories: each action keeps its theme.
    expect(a.byCategory.map((g) => g.name)).not.toContain("Case Review: Frankie");
  });

  it("read the kinds of review a partnership reports on, with a colon or a spaced dash", () => {
    expect(reviewOfBand("Case Review: Frankie (LSPR)")).toBe("Frankie");
    expect(reviewOfBand("Case Review: Child D (Rapid Review)")).toBe("Child D");
    expect(reviewOfBand("Review: Sam (and Kyle)")).toBe("Sam (and Kyle)");
    expect(reviewOfBand("Rapid Review – Sam and Kyle")).toBe("Sam and Kyle");
    expect(reviewOfBand("LCSPR: Leo")).toBe("Leo");
    expect(reviewOfBand("Serious Case Review - Child D ")).toBe("Child D");
    expect(reviewOfBand("Peer Review: LSCP arrangements")).toBe("LSCP arrangements");
    // A title saying what the sheet is names the review by its kind, not "action plan".
    expect(reviewOfBand("Peer Review – action plan")).toBe("Peer Review");
    expect(reviewOfBand("Rapid Review: Progress update September 2021")).toBe("Rapid Review");
    expect(reviewOfBand("Peer Review: Actions")).toBe("Peer Review");
    expect(reviewOfBand("Peer Review: Actions for schools")).toBe("Actions for schools");
    // Those words beside a review's name, before or after it, are left off; with dates, "and", "draft" or "updated", they name nothing.
    expect(reviewOfBand("Serious Case Review – Child D action plan")).toBe("Child D");
    expect(reviewOfBand("Case Review – Action Plan Frankie")).toBe("Frankie");
    expect(reviewOfBand("Case Review – Frankie – action plan (draft)")).toBe("Frankie");
    expect(reviewOfBand("Peer Review: Recommendations and actions")).toBe("Peer Review");
    expect(reviewOfBand("Peer Review – Improvement plan (draft)")).toBe("Peer Review");
    expect(reviewOfBand("Peer Review: Action Plan – updated Sept 2021")).toBe("Peer Review");
    expect(reviewOfBand("Case Review – Family Q – Progress Tracker")).toBe("Family Q");
    expect(reviewOfBand("Case Review: Child D – Actions & Progress")).toBe("Child D");
    // "Actions" with no dash or colon before or after it may be part of the name.
    expect(reviewOfBand("Peer Review: Joint Actions")).toBe("Joint Actions");
    expect(reviewOfBand("Case Review – Actions Speak")).toBe("Actions Speak");
    expect(reviewOfBand("LCSPR: Leo Progress")).toBe("Leo");
    expect(reviewOfBand("Rapid Review: Leo update September 2021")).toBe("Leo");
    expect(reviewOfBand("Case Review: Progress Unit")).toBe("Progress Unit");
    expect(reviewOfBand("LCSPR: Leo – Action Matrix")).toBe("Leo");
    expect(reviewOfBand("Rapid Review: Frankie – 14 actions")).toBe("Frankie");
    expect(reviewOfBand("Case Review: Shay and Ashley – Learning Review")).toBe("Shay and Ashley");
    expect(reviewOfBand("Rapid Review: Sam and Kyle LCSPR")).toBe("Sam and Kyle");
    expect(reviewOfBand("LSPR: Child D")).toBe("Child D");
    // A bare "Review" may end a name; a kind alone is kept whole.
    expect(reviewOfBand("Peer Review: Annual Review")).toBe("Annual Review");
    expect(reviewOfBand("LCSPR: Rapid Review")).toBe("Rapid Review");
    expect(reviewOfBand("Review: Serious Case Review")).toBe("Serious Case Review");
    expect(reviewOfBand("SCR: Joint Serious Case Review")).toBe("Joint Serious Case Review");
    expect(reviewOfBand("Review: Child Safeguarding Practice Review")).toBe("Child Safeguarding Practice Review");
    expect(reviewOfBand("Case Review: Frankie – 14 actions identified")).toBe("Frankie");
    // A date or number after the kind tells two reviews apart, so it stays, and so does the kind.
    for (const [a, b] of [["Child B DHR (2019)", "Child B DHR (2021)"], ["Child B SCR 1", "Child B SCR 2"], ["Child Y LCSPR Sept 2021", "Child Y LCSPR May 2022"]]) {
      expect([reviewOfBand(`Case Review: ${a}`), reviewOfBand(`Case Review: ${b}`)]).toEqual([a, b]);
    }
    expect(reviewOfBand("Case Review: Child Q SCR Julie")).toBe("Child Q SCR Julie");
    // A stray full stop or colon, or "draft", after the kind tells no reviews apart: the kind is left off as without it.
    for (const text of ["Child Q SCR", "Child Q SCR.", "Child Q SCR:", "Child Q (SCR).", "Child Q SCR (draft)", "Child Q SCR – draft", "Child Q – LCSPR (Draft)", "Child Q SCR (final)", "Child Q SCR (published)", "Child Q SCR (closed)", "Child Q SCR (Draft v2)", "Child Q SCR draft 2", "Child Q SCR (Final Draft)", "Child Q SCR (final report)", "Child Q SCR (v2)", "Child Q SCR – final version"]) {
      expect(reviewOfBand(`Case Review: ${text}`), text).toBe("Child Q");
    }
    // A state with a year or a dotted version, a stop before the kind, or a count after the state in its bracket, as well.
    for (const text of ["Child Q SCR (published 2022)", "Child Q SCR (closed 2022)", "Child Q SCR (final v1.2)", "Child Q SCR draft 2022", "Child Q SCR (closed - 3 actions)", "Child Q SCR (closed – 3 actions)", "Child Q (final - 3 actions)", "Child Q. SCR.", "Child Q SCR. (draft)"]) {
      expect(reviewOfBand(`Case Review: ${text}`), text).toBe("Child Q");
    }
    // A state with the month or the day it was reached, a ratified one, and a count after a comma, as well.
    for (const text of ["Child Q SCR (published March 2022)", "Child Q SCR (published Mar 2022)", "Child Q SCR (ratified Sept 2021)", "Child Q SCR (Published 14/03/2022)", "Child Q SCR (published 14 March 2022)", "Child Q SCR (closed, 3 actions)"]) {
      expect(reviewOfBand(`Case Review: ${text}`), text).toBe("Child Q");
    }
    // A title is never cut inside a bracket: where the bracket holds a name before the document words, it stays whole.
    for (const text of ["Child Q (Leo – action plan)", "Child Q (Sam - 3 actions)", "Child Q (Sam, 3 actions)"]) expect(reviewOfBand(`Case Review: ${text}`), text).toBe(text);
    expect(reviewOfBand("Case Review: Child Q.")).toBe("Child Q.");
    expect(reviewOfBand("Case Review: Child Q SCR (draft) 2021")).toBe("Child Q SCR (draft) 2021");
    expect(reviewOfBand("Review: Serious Case Review (draft)")).toBe("Serious Case Review (draft)");
    for (const text of ["Review – action plan", "Review of the MASH", "Reviewed: March 2022", "Case Review", "Strategic Aim 1 – Safeguarding is everyone's business", "Reviews-led learning"]) expect(reviewOfBand(text), text).toBeNull();
  });

  it("read the first review's band above the header, where the team keeps its title, as each later band above its block", () => {
    const sheet = banded((r) => `Case Review: ${r} (LSPR)`);
    // The title row gives way to Frankie's band, moved up from under the header.
    const [, header, frankie, ...rest] = sheet.values;
    const a = run([{ ...sheet, values: [frankie!, header!, ...rest] }]);
    expect(a.sentences).toEqual([
      "Frankie – 14 actions identified (11 blue and 3 amber)",
      "Sam and Kyle – 18 actions identified (16 blue and 2 amber)",
      "Leo – 14 actions identified (1 blue, 4 green, and 9 amber)",
    ]);
    expect(a.findings.filter((f) => f.code === "review-from-sheet" || f.code === "duplicate-ref")).toEqual([]);
    // A title above the header that names no review leaves the first block under the sheet's name, as before.
    expect(byReview([{ ...sheet, values: [["Case Review Action Plans"], header!, ...rest] }])[0]).toEqual(["Case Reviews", 14]);
  });

  it("leave actions above the first band under the sheet's name, and say so", () => {
    const early: CellValue[] = ["0", "Information sharing", "Agree the composite plan's format.", "Agencies to agree.", "Agreed.", "LSCP Business Team", "December 2021", new Date(Date.UTC(2021, 8, 1)), "Blue"];
    expect(byReview([banded((r) => `Case Review: ${r}`, [early])])).toEqual([["Case Reviews", 1], ["Frankie", 14], ["Sam and Kyle", 18], ["Leo", 14]]);
    const said = run([banded((r) => `Case Review: ${r}`, [early])]).findings.find((f) => f.code === "review-from-sheet");
    expect(said?.message).toMatch(/^Sheet "Case Reviews" has no Review column, so its 1 action above row 4 is counted under a review named after the sheet/);
  });

  it("are not read where the sheet has a Review column, or where the settings name the sheet's review", () => {
    const cases = caseReviewSheet();
    const withColumn = { ...cases, values: [...cases.values.slice(0, 2), ["Case Review: Somebody"], ...cases.values.slice(2)] };
    expect(byReview([withColumn])).toEqual([["Frankie", 14], ["Sam and Kyle", 18], ["Leo", 14]]);
    expect(byReview([banded((r) => `Case Review: ${r}`)], settingsSchema.parse({ sheetReviews: { "Case Reviews": "Composite plan" } }))).toEqual([["Composite plan", 46]]);
  });

  it("a band that names no review stays a section, naming the category of the rows below it where they have none", () => {
    const a = run([banded((r) => `Learning from ${r}`)]);
    expect(a.byReview.map((g) => g.name)).toEqual(["Case Reviews"]);
  });
});

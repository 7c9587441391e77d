import { describe, expect, it } from "vitest";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { VALIDATION_TITLE } from "../../src/core/formatPlan";
import { colourRatings, highlightRatingProblems, highlightStaleRows } from "../../src/door/operations";
import { hasFormatTag } from "../../src/core/formatPlan";
import { FakeExcel } from "../fakes/fakeExcel";
import { peerReviewRow, peerReviewSheet } from "../fixtures/peerReview";
import { putSnapshot } from "./helpers";

/** The peer review plan (ratings in column F, rows 4–30), with a format and a list of the user's own. */
function workbook(options: { apiVersion?: string; ratings?: Parameters<typeof peerReviewSheet>[0] } = {}) {
  const excel = new FakeExcel(options.apiVersion ? { apiVersion: options.apiVersion } : {});
  const sheet = putSnapshot(excel, peerReviewSheet(options.ratings));
  const userRule = excel.userConditionalFormat(sheet, { top: 4, bottom: 30, left: 2, right: 2 }, "=$B4>20", "#FFFF00");
  const userList = { range: { top: 4, bottom: 30, left: 8, right: 8 }, type: "List" as const, source: "Yes,No", inCellDropDown: true, errorAlert: { showAlert: true, style: "Stop", title: "Team", message: "Yes or No" }, ignoreBlanks: true };
  excel.dataValidations("Peer Review").push(userList);
  return { excel, sheet, userRule, userList };
}

const tagged = (excel: FakeExcel, tag: Parameters<typeof hasFormatTag>[1]) => excel.conditionalFormats("Peer Review").filter((cf) => hasFormatTag(cf.formula, tag));

describe("formats on the user's tracker", () => {
  it("colours ratings by the index and adds the drop-down list; clearing removes exactly those and nothing of the user's", async () => {
    const { excel, userRule, userList } = workbook();
    const door = new ExcelDoor(excel);
    await colourRatings(door);

    const rules = tagged(excel, "rating-colours");
    expect(rules.map((r) => r.fill)).toEqual(["#0070C0", "#00B050", "#FFC000", "#C00000"]);
    expect(rules[0]).toMatchObject({ fontColor: "#FFFFFF", bold: true, ranges: [{ top: 4, left: 6, right: 6 }] });
    expect(rules[0]!.formula).toContain("$F4");
    const lists = excel.dataValidations("Peer Review");
    const ours = lists.find((v) => v.errorAlert.title === VALIDATION_TITLE)!;
    expect(ours).toMatchObject({ type: "List", source: "B,G,A,R", inCellDropDown: true, range: { top: 4, left: 6, right: 6 } });
    expect(ours.errorAlert.style).toBe("Warning");
    expect(excel.workbook.names.filter((n) => n.name.startsWith("RAGTracker_list_")).map((n) => n.visible)).toEqual([false]);
    expect(door.lastFormatOutcome).toEqual({ rules: 4, lists: 1, notes: [] });

    // Colouring again replaces rather than adds.
    await colourRatings(door);
    expect(tagged(excel, "rating-colours")).toHaveLength(4);
    expect(excel.dataValidations("Peer Review").filter((v) => v.errorAlert.title === VALIDATION_TITLE)).toHaveLength(1);

    expect(await door.clearFormats("rating-colours")).toBe(5);
    expect(excel.conditionalFormats("Peer Review")).toEqual([userRule]);
    expect(excel.dataValidations("Peer Review")).toEqual([userList]);
    expect(excel.workbook.names.filter((n) => n.name.startsWith("RAGTracker_"))).toEqual([]);
  });

  it("keeps a list of the user's own on the rating column and says why no drop-down was added", async () => {
    const { excel } = workbook();
    const theirs = { range: { top: 1, bottom: 400, left: 6, right: 6 }, type: "List" as const, source: "B,G,A,R,N/A", inCellDropDown: true, errorAlert: { showAlert: true, style: "Stop", title: "", message: "" }, ignoreBlanks: true };
    excel.dataValidations("Peer Review").push(theirs);
    const door = new ExcelDoor(excel);
    await colourRatings(door);
    expect(excel.dataValidations("Peer Review")).toContain(theirs);
    expect(door.lastFormatOutcome.notes).toEqual([
      "The drop-down list of ratings was not added on 'Peer Review'!F4:F31 because those cells already have data validation of their own.",
    ]);
    await door.clearFormats("rating-colours");
    expect(excel.dataValidations("Peer Review")).toContain(theirs);
  });

  it("highlights invalid and missing ratings, once however often it runs, and clears only that highlight", async () => {
    const { excel, userRule } = workbook({ ratings: { 5: "Yellow", 9: "", 11: "Purple" } });
    const door = new ExcelDoor(excel);
    await colourRatings(door);
    await highlightRatingProblems(door);
    await highlightRatingProblems(door);
    const problems = tagged(excel, "rating-problems");
    expect(problems.map((p) => p.fill)).toEqual(["#FFC7CE", "#FFEB9C"]);
    const invalid = problems[0]!;
    // One rule over both invalid cells (ExcelApi 1.9 multi-area), read from the first one.
    expect(invalid.ranges).toEqual([
      { top: peerReviewRow(5), bottom: peerReviewRow(5), left: 6, right: 6 },
      { top: peerReviewRow(11), bottom: peerReviewRow(11), left: 6, right: 6 },
    ]);
    expect(invalid.formula).toContain(`$F${peerReviewRow(5)}`);
    // The invalid-rating rule ranks above the missing-rating rule.
    const all = excel.conditionalFormats("Peer Review");
    expect(all.indexOf(problems[0]!)).toBeLessThan(all.indexOf(problems[1]!));

    expect(await door.clearFormats("rating-problems")).toBe(2);
    expect(tagged(excel, "rating-problems")).toEqual([]);
    expect(tagged(excel, "rating-colours")).toHaveLength(4);
    expect(excel.conditionalFormats("Peer Review")).toContain(userRule);
  });

  it("on ExcelApi 1.7 (Office 2019) adds one rule per area, each formula read from its own cell, and says the list needs a newer Excel", async () => {
    const { excel } = workbook({ apiVersion: "1.7", ratings: { 5: "Yellow", 11: "Purple" } });
    const door = new ExcelDoor(excel);
    await highlightRatingProblems(door);
    const invalid = tagged(excel, "rating-problems");
    expect(invalid).toHaveLength(2);
    const byRow = new Map(invalid.map((cf) => [cf.ranges[0]!.top, cf.formula]));
    expect(byRow.get(peerReviewRow(5))).toContain(`TRIM($F${peerReviewRow(5)})`);
    expect(byRow.get(peerReviewRow(11))).toContain(`TRIM($F${peerReviewRow(11)})`);
    expect(byRow.get(peerReviewRow(11))).not.toContain(`$F${peerReviewRow(5)}`);

    await colourRatings(door);
    expect(door.lastFormatOutcome.notes).toEqual(["The drop-down list of ratings was not added because this version of Excel does not support data validation from add-ins."]);
    expect(excel.syncs.every((s) => s.ok)).toBe(true);
    expect(await door.clearFormats("rating-problems")).toBe(2);
  });

  it("highlights stale rows across the tracker's columns but the rating's, and clears them without stray rules", async () => {
    const excel = new FakeExcel();
    const rows = [
      ["Review", "No", "Action", "Response", "Last updated", "RAG"],
      ["Leo", 1, "Brief staff", "Started", 44200, "Amber"],
      ["Leo", 2, "Audit", "Done", 44200, "Blue"],
      ["Leo", 3, "Train", "Started", 44530, "Green"],
      ["Leo", 4, "Review", "Started", 44200, "Red"],
    ];
    const sheet = excel.sheet("Leo", rows);
    for (let r = 2; r <= 5; r++) sheet.ensure(r, 5).numberFormat = "dd/mm/yyyy";
    const door = new ExcelDoor(excel);
    await door.writeSettings({ trackerSheets: [], columnOverrides: {}, sheetReviews: {}, staleDays: 90, locale: "en-GB", asOf: "2021-12-15" });
    const { analysis } = await highlightStaleRows(door);
    expect(analysis.stale.map((s) => s.action.row)).toEqual([2, 5]);
    const rules = excel.conditionalFormats("Leo").filter((cf) => hasFormatTag(cf.formula, "stale-rows"));
    expect(rules.flatMap((r) => r.ranges)).toEqual([
      { top: 2, bottom: 2, left: 1, right: 5 },
      { top: 5, bottom: 5, left: 1, right: 5 },
    ]);
    expect(await door.clearFormats("stale-rows")).toBe(1);
    expect(excel.conditionalFormats("Leo")).toEqual([]);
  });
});

/**
 * Removing highlights (review finding 10): the rules are read sheet by sheet, a page at a time
 * within the response limit, never all at once; and a list another list cut into is still
 * cleared, with its name, so Clear never leaves a list behind.
 */
import { describe, expect, it } from "vitest";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { VALIDATION_TITLE } from "../../src/core/formatPlan";
import type { FormatPlan } from "../../src/core/formatPlan";
import { colourRatings } from "../../src/door/operations";
import { hasFormatTag } from "../../src/core/formatPlan";
import { FakeExcel } from "../fakes/fakeExcel";
import { peerReviewSheet } from "../fixtures/peerReview";
import { putSnapshot } from "./helpers";

const LIMIT = 200_000;
/** Syncs to clear the sheet of the test below, pages growing back after the refusal: 45 (234 with pages at half the limit for good). */
const SYNCS_AFTER_REFUSAL = 45;

describe("clearing the add-in's formats", () => {
  it("reads a sheet's many rules in pages, each response under the limit, and removes only the tagged ones", async () => {
    const excel = new FakeExcel({ payloadLimit: LIMIT });
    const sheet = putSnapshot(excel, peerReviewSheet());
    const door = new ExcelDoor(excel, { readBudget: LIMIT * 0.8, writeBudget: LIMIT * 0.8 });
    await colourRatings(door);
    // A workbook bloated by copy and paste: thousands of fragmented rules of the user's own.
    const long = `=AND($B1>20,LEN($C1)>${"9".repeat(200)})`;
    for (let i = 0; i < 2_000; i++) excel.userConditionalFormat(sheet, { top: i + 1, bottom: i + 1, left: 2, right: 2 }, long, "#FFFF00");
    const before = excel.syncs.length;

    expect(await door.clearFormats("rating-colours")).toBe(5);
    const clearing = excel.syncs.slice(before);
    expect(clearing.every((s) => s.ok && s.responseBytes <= LIMIT)).toBe(true);
    expect(excel.conditionalFormats("Peer Review")).toHaveLength(2_000);
    expect(excel.conditionalFormats("Peer Review").some((cf) => hasFormatTag(cf.formula, "rating-colours"))).toBe(false);
    expect(excel.dataValidations("Peer Review").filter((v) => v.errorAlert.title === VALIDATION_TITLE)).toEqual([]);
  });

  it("reads pages at the full limit again after one of long formulas was refused, not at half of it for the rest of the sheet", async () => {
    const excel = new FakeExcel({ payloadLimit: LIMIT });
    const sheet = putSnapshot(excel, peerReviewSheet());
    const door = new ExcelDoor(excel, { readBudget: LIMIT * 0.8, writeBudget: LIMIT * 0.8 });
    await colourRatings(door);
    // Short rules first size the pages for short formulas; a run of Excel's longest then gets one refused.
    const short = "=$B1>20";
    const longest = `=LEN($C1)>${"9".repeat(8_180)}`;
    for (let i = 0; i < 300; i++) excel.userConditionalFormat(sheet, { top: i + 1, bottom: i + 1, left: 2, right: 2 }, short, "#FFFF00");
    for (let i = 0; i < 40; i++) excel.userConditionalFormat(sheet, { top: i + 1, bottom: i + 1, left: 3, right: 3 }, longest, "#FFFF00");
    for (let i = 0; i < 3_000; i++) excel.userConditionalFormat(sheet, { top: i + 1, bottom: i + 1, left: 4, right: 4 }, short, "#FFFF00");
    const before = excel.syncs.length;

    expect(await door.clearFormats("rating-colours")).toBe(5);
    const clearing = excel.syncs.slice(before);
    expect(clearing.filter((s) => !s.ok).length).toBeGreaterThan(0);
    expect(clearing.filter((s) => s.ok).every((s) => s.responseBytes <= LIMIT)).toBe(true);
    expect(clearing.length).toBeLessThanOrEqual(SYNCS_AFTER_REFUSAL);
    expect(excel.conditionalFormats("Peer Review")).toHaveLength(3_340);
  });

  it("clears two lists on one sheet whose places overlap, as older versions could leave them, and deletes both names", async () => {
    const excel = new FakeExcel();
    putSnapshot(excel, peerReviewSheet());
    const door = new ExcelDoor(excel);
    const plan = (top: number, bottom: number): FormatPlan => ({
      tag: "rating-colours",
      sheet: "Peer Review",
      rules: [],
      validation: { range: { top, bottom, left: 6, right: 6 }, allowed: ["B", "G", "A", "R"], message: "Choose a rating." },
    });
    // The second list's clear() cuts into the first one's place: that place now reads "Inconsistent".
    await door.applyFormats([plan(4, 230), plan(100, 330)]);
    const userList = { range: { top: 400, bottom: 410, left: 6, right: 6 }, type: "List" as const, source: "Yes,No", inCellDropDown: true, errorAlert: { showAlert: true, style: "Stop", title: "Team", message: "Yes or No" }, ignoreBlanks: true };
    excel.dataValidations("Peer Review").push(userList);
    expect(excel.workbook.names.filter((n) => n.name.startsWith("RAGTracker_list_"))).toHaveLength(2);

    expect(await door.clearFormats("rating-colours")).toBe(2);
    expect(excel.dataValidations("Peer Review")).toEqual([userList]);
    expect(excel.workbook.names.filter((n) => n.name.startsWith("RAGTracker_"))).toEqual([]);
  });
});

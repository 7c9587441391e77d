/** A category renamed between two reports, on the case reviews' rows: "Information sharing", Frankie's first theme. */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../../src/core/analyse";
import { settingsSchema } from "../../../src/core/settings";
import type { CellValue, SheetSnapshot } from "../../../src/core/cells";
import { recordSnapshot } from "../../../src/core/history/record";
import { compareSnapshots } from "../../../src/core/history/changes";
import { changeNotes } from "../../../src/core/history/changeSentences";
import type { Snapshot } from "../../../src/core/history/snapshot";
import { caseReviewSheet } from "../../fixtures/caseReviews";

const record = (sheet: SheetSnapshot, date: string, previous?: Snapshot) =>
  recordSnapshot(analyseWorkbook({ sheets: [sheet] }, settingsSchema.parse({ asOf: date }), "2022-12-01"), { date, recordedAt: "", recordedBy: null }, previous);
const recategorised = (edit: (row: CellValue[]) => void) => caseReviewSheet((row) => void edit(row));

describe("a category renamed between two reports", () => {
  const february = record(caseReviewSheet(), "2022-02-01");

  it("is noted, and counted under its new name alone, a removed action of it included", () => {
    const renamed = recategorised((row) => {
      if (row[2] === "Information sharing") row[2] = "Sharing information";
    });
    // Frankie 1, of that category, removed as well: counted under the new name, not under a name the plan no longer has.
    const sheet = { ...renamed, values: renamed.values.filter((row) => !(row[0] === "Frankie" && row[1] === 1)) };
    const changes = compareSnapshots(february, record(sheet, "2022-08-01", february));
    expect(changes.renamedCategories).toEqual([{ from: "Information sharing", to: "Sharing information" }]);
    expect(changeNotes(changes)).toContain("The category “Information sharing” is now named “Sharing information”; its actions are counted under the new name.");
    expect(changes.byCategory.map((g) => g.name)).not.toContain("Information sharing");
    expect(changes.byCategory.find((g) => g.name === "Sharing information")).toMatchObject({ removed: 1 });
  });

  it("is not a category split in two, nor one merged into a category already there", () => {
    let n = 0;
    const split = recategorised((row) => {
      if (row[2] === "Information sharing") row[2] = n++ % 2 === 0 ? "Sharing information" : "Information governance";
    });
    expect(compareSnapshots(february, record(split, "2022-08-01", february)).renamedCategories).toEqual([]);
    const merged = recategorised((row) => {
      if (row[2] === "Information sharing") row[2] = "Professional curiosity";
    });
    expect(compareSnapshots(february, record(merged, "2022-08-01", february)).renamedCategories).toEqual([]);
  });
});

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

  // Small plans of one sheet, as the case reviews' in a category the fixture has not.
  const plan = (rows: CellValue[][]): SheetSnapshot => ({ name: "Plan", firstRow: 1, firstColumn: 1, values: [["Review", "No", "Category", "Action", "Progress update", "RAG"], ...rows], merges: [] });

  it("is not one surviving action of three moved to a new category that holds new actions too", () => {
    const july = record(plan([
      ["F", 1, "Finance", "Agree the budget", "p1", "Blue"],
      ["F", 2, "Finance", "Schools forum bid", "p2", "Blue"],
      ["F", 3, "Finance", "Health and police contributions", "p3", "Amber"],
      ["F", 4, "Training", "Neglect training", "p4", "Green"],
    ]), "2021-07-13");
    const november = record(plan([
      ["F", 3, "Governance", "Health and police contributions", "p3b", "Green"],
      ["F", 4, "Training", "Neglect training", "p4b", "Green"],
      ["F", 5, "Governance", "Appoint an independent chair", "p5", "Green"],
    ]), "2021-11-01", july);
    const changes = compareSnapshots(july, november);
    expect(changes.renamedCategories).toEqual([]);
    expect(changeNotes(changes).join(" ")).not.toContain("is now named");
    // Finance's two removed actions stay Finance's: they were never Governance's.
    expect(changes.byCategory.find((g) => g.name === "Governance")).toMatchObject({ improved: 1, added: 1, removed: 0 });
    expect(changes.byCategory.find((g) => g.name === "Finance")).toMatchObject({ removed: 2 });
  });

  it("is most of a category's actions moved to a new name, beside actions new since", () => {
    const july = record(plan([
      ["F", 1, "Finance", "Agree the budget", "p1", "Blue"],
      ["F", 2, "Finance", "Schools forum bid", "p2", "Amber"],
      ["F", 3, "Finance", "Health and police contributions", "p3", "Amber"],
      ["F", 4, "Training", "Neglect training", "p4", "Green"],
    ]), "2021-07-13");
    const november = record(plan([
      ["F", 2, "Governance", "Schools forum bid", "p2b", "Amber"],
      ["F", 3, "Governance", "Health and police contributions", "p3b", "Green"],
      ["F", 4, "Training", "Neglect training", "p4b", "Green"],
      ["F", 5, "Governance", "Appoint an independent chair", "p5", "Green"],
    ]), "2021-11-01", july);
    const changes = compareSnapshots(july, november);
    expect(changes.renamedCategories).toEqual([{ from: "Finance", to: "Governance" }]);
    expect(changes.byCategory.map((g) => g.name)).not.toContain("Finance");
    expect(changes.byCategory.find((g) => g.name === "Governance")).toMatchObject({ improved: 1, added: 1, removed: 1 });
  });

  it("is not two categories merged into one new name: neither is renamed", () => {
    const july = record(plan([
      ["F", 1, "Information sharing", "Agree the information sharing protocol", "p1", "Green"],
      ["F", 2, "Information sharing", "Train staff on sharing", "p2", "Amber"],
      ["F", 3, "Data", "Build a dataset", "p3", "Green"],
      ["F", 4, "Data", "Publish quarterly data", "p4", "Red"],
      ["F", 5, "Training", "Neglect training", "p5", "Blue"],
    ]), "2021-07-13");
    const november = record(plan([
      ["F", 1, "Information and data", "Agree the information sharing protocol", "p1b", "Green"],
      ["F", 2, "Information and data", "Train staff on sharing", "p2b", "Amber"],
      ["F", 3, "Information and data", "Build a dataset", "p3b", "Blue"],
      ["F", 5, "Training", "Neglect training", "p5", "Blue"],
    ]), "2021-11-01", july);
    const changes = compareSnapshots(july, november);
    expect(changes.renamedCategories).toEqual([]);
    expect(changeNotes(changes).join(" ")).not.toContain("is now named");
    expect(changes.byCategory.find((g) => g.name === "Information and data")).toMatchObject({ improved: 1, removed: 0 });
    expect(changes.byCategory.find((g) => g.name === "Data")).toMatchObject({ removed: 1 });
    expect(changes.byCategory.map((g) => g.name)).not.toContain("Information sharing");
  });
});

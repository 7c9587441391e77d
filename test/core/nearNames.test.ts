/** A review or category named one letter off another is counted apart, and said. */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import { caseReviewSheet } from "../fixtures/caseReviews";
import { peerReviewSheet } from "../fixtures/peerReview";

const nearNames = (sheets: SheetSnapshot[]) => analyseWorkbook({ sheets }, DEFAULT_SETTINGS, "2021-12-15").findings.filter((f) => f.code === "near-name");
/** The case reviews with the review of the rows given (Excel rows) renamed. */
const renamed = (name: string, ...rows: number[]) => caseReviewSheet((row: CellValue[], i: number) => void (rows.includes(i + 3) && (row[0] = name)));

describe("a review or category named one letter off another", () => {
  it("is said of the review of one or two actions, naming its rows and the review it is most likely", () => {
    expect(nearNames([renamed("Franki", 5)])).toEqual([
      { sheet: "Case Reviews", row: 5, code: "near-name", severity: "warning", value: "Franki", message: 'Row 5: the review "Franki" is one letter off "Frankie" (13 actions), so its action is counted as a review of its own; if it belongs to Frankie, correct the name.' },
    ]);
    expect(nearNames([renamed("Frnakie", 5, 9)]).map((f) => f.message)).toEqual([
      'Rows 5 and 9: the review "Frnakie" is one letter off "Frankie" (12 actions), so its 2 actions are counted as a review of their own; if they belong to Frankie, correct the name.',
    ]);
  });

  it("is said of a category too, and not of names that differ only in case, spacing or '&', which are one group", () => {
    const plan = peerReviewSheet();
    const finance = plan.values.findIndex((r) => r[0] === "Finance");
    plan.values[finance]![0] = "Finanse";
    expect(nearNames([plan]).map((f) => [f.row, f.message])).toEqual([
      [finance + 1, `Row ${finance + 1}: the category "Finanse" is one letter off "Finance" (2 actions), so its action is counted as a category of its own; if it belongs to Finance, correct the name.`],
    ]);
    expect(nearNames([renamed("FRANKIE ", 5), peerReviewSheet()])).toEqual([]);
  });

  it("is said of a lead too (Heallth beside Health), but not where the two differ at the end, as people's names and words do", () => {
    const sheet = caseReviewSheet((row: CellValue[], i: number) => void (i === 1 && (row[6] = "Heallth")));
    expect(nearNames([sheet]).map((f) => [f.row, f.message])).toEqual([
      [4, 'Row 4: the lead "Heallth" is one letter off "Health" (15 actions), so its action is counted as a lead of its own; if it belongs to Health, correct the name.'],
    ]);
    for (const [few, many] of [["Louise", "Louisa"], ["Michaela", "Michael"], ["Christina", "Christian"], ["Christiana", "Christian"], ["Alexandria", "Alexandra"], ["Christophe", "Christopher"], ["Constantina", "Constantine"], ["Policy", "Police"]] as const) {
      const leads = caseReviewSheet((row: CellValue[], i: number) => void (row[6] = i === 0 ? few : many));
      expect(nearNames([leads]), few).toEqual([]);
    }
    // An agency's name of several words slips at the end as anywhere.
    const agency = caseReviewSheet((row: CellValue[], i: number) => void (row[6] = i === 0 ? "Youth Offendin" : "Youth Offending"));
    expect(nearNames([agency]).map((f) => f.value)).toEqual(["Youth Offendin"]);
    // So does a word of twelve letters or more, longer than first names run.
    for (const [slip, lead] of [["Safeguardign", "Safeguarding"], ["Safeguardin", "Safeguarding"], ["Commissioner", "Commissioners"]] as const) {
      const long = caseReviewSheet((row: CellValue[], i: number) => void (row[6] = i === 0 ? slip : lead));
      expect(nearNames([long]).map((f) => f.value), slip).toEqual([slip]);
    }
  });

  it("is not said of two words differing in their last letter alone (Police and Policy), as real words do, but is of a letter dropped or swapped before it", () => {
    const themed = (few: string, many: string) => caseReviewSheet((row: CellValue[], i: number) => void (row[2] = i === 0 ? few : many));
    for (const [few, many] of [["Policy", "Police"], ["Police", "Policy"]] as const) expect(nearNames([themed(few, many)]), few).toEqual([]);
    for (const [slip, theme] of [["Polcie", "Police"], ["Educaton", "Education"], ["Safegaurding", "Safeguarding"], ["Safeguardign", "Safeguarding"], ["Safeguardinf", "Safeguarding"], ["Partnership", "Partnerships"]] as const) {
      expect(nearNames([themed(slip, theme)]).map((f) => f.message), slip).toEqual([
        `Row 3: the category "${slip}" is one letter off "${theme}" (45 actions), so its action is counted as a category of its own; if it belongs to ${theme}, correct the name.`,
      ]);
    }
  });

  it("is not said of short names, of two names with many actions each, or of reviews as the plans have them", () => {
    // Two children's pseudonyms may both be real, and so may reviews told apart by a letter or a number.
    expect(nearNames([renamed("Lea", 5)])).toEqual([]);
    for (const [few, many] of [["Child A", "Child B"], ["Phase 1", "Phase 2"], ["Sara", "Sarah"], ["Ellis", "Ellie"], ["Jason", "Mason"], ["Hayden", "Kayden"]] as const) {
      const sheet = caseReviewSheet((row: CellValue[], i: number) => void (i === 0 ? (row[0] = few) : i <= 4 && (row[0] = many)));
      expect(nearNames([sheet]), few).toEqual([]);
    }
    expect(nearNames([renamed("Franky", 3, 4, 5, 6, 7)])).toEqual([]);
    expect(nearNames([caseReviewSheet(), peerReviewSheet()])).toEqual([]);
  });
});

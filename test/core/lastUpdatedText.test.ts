import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { SheetSnapshot } from "../../src/core/cells";

/** Delivery plan 2019–2020 rows (shared reference), with the last-updated dates a team types as text. */
const plan: SheetSnapshot = {
  name: "Delivery Plan",
  firstRow: 1,
  firstColumn: 1,
  merges: [],
  values: [
    ["Strategic Aim 1 – Safeguarding is everyone’s business"],
    ["Action No", "Action", "Lead Group", "Target date", "Progress", "Date of last update", "RAG Rating"],
    ["2.1", "Produce the LSCP Annual Report", "Strategic Group", "Annually July", "Draft with the Strategic Group.", "Ongoing", "A"],
    ["2.4", "Receive and review Annual Report from LADO", "Management Executive Board", "October 2019", "Report received at MEB.", "15th October 2019", "A"],
    ["2.5", "Receive and review Annual Report from IRO", "Management Executive Board", "October 2019", "", null, "A"],
  ],
};

describe("a last-updated cell typed as text", () => {
  it("says when it holds no date, rather than reading the action as never updated without a word", () => {
    const a = analyseWorkbook({ sheets: [plan] }, DEFAULT_SETTINGS, "2020-01-15");
    expect(a.actions.map((x) => x.updated)).toEqual([null, "2019-10-15", null]);
    expect(a.findings.filter((f) => f.code === "date-invalid").map((f) => [f.row, f.column, f.value, f.message])).toEqual([
      [3, "F", "Ongoing", 'Row 3: the last-updated date "Ongoing" is not a date, so it is not used; write a real date such as 14/06/2021 or a month such as December 2021.'],
    ]);
  });
});

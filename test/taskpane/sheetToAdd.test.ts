import { describe, expect, it } from "vitest";
import { sheetToAdd } from "../../src/taskpane/sheetToAdd";

describe("a tracker sheet added by name", () => {
  const listed = ["Peer Review", "Case Reviews"];
  const readAgain = "or press Refresh overview if you have added the sheet since.";

  it("is a sheet of the workbook, as its tab spells it, matched ignoring case", () => {
    expect(sheetToAdd("delivery plan 2019-20", ["Peer Review", "Case Reviews", "Delivery Plan 2019-20"], listed)).toEqual({ ok: true, name: "Delivery Plan 2019-20" });
  });

  it("is matched ignoring spaces at either end of the tab's name, and added as the tab spells it", () => {
    expect(sheetToAdd("case reviews", ["Peer Review", "Case Reviews "], ["Peer Review"])).toEqual({ ok: true, name: "Case Reviews " });
    expect(sheetToAdd(" Case Reviews", ["Peer Review", "Case Reviews"], ["Peer Review"])).toEqual({ ok: true, name: "Case Reviews" });
  });

  it("is the tab of that very name where two differ only by a space at the end, each added apart", () => {
    expect(sheetToAdd("Case Reviews", ["Case Reviews", "Case Reviews "], [])).toEqual({ ok: true, name: "Case Reviews" });
    expect(sheetToAdd("Case Reviews ", ["Case Reviews", "Case Reviews "], [])).toEqual({ ok: true, name: "Case Reviews " });
  });

  it("is taken as typed before the workbook has been read, for Save to check", () => {
    expect(sheetToAdd("Leo Review", null, listed)).toEqual({ ok: true, name: "Leo Review" });
  });

  it("is refused in one sentence that says what the workbook has", () => {
    expect(sheetToAdd("Leo Review", listed, listed)).toEqual({
      ok: false,
      message: `There is no sheet named "Leo Review" in the workbook as last read; tick the sheet you meant in the list above, ${readAgain}`,
    });
    expect(sheetToAdd("Leo Review", [...listed, "Leo"], listed)).toEqual({
      ok: false,
      message: `There is no sheet named "Leo Review" in the workbook as last read, whose sheet not listed above is "Leo"; add it or tick one above, ${readAgain}`,
    });
    const many = [...listed, "Leo", "Notes", "Key", "Minutes", "Lists", "Contacts"];
    expect(sheetToAdd("Leo Review", many, listed)).toEqual({
      ok: false,
      message: `There is no sheet named "Leo Review" in the workbook as last read; type the name as the sheet's tab shows it, ${readAgain}`,
    });
  });
});

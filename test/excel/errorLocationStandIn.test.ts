/**
 * The stand-in names a refused call or property set in debugInfo.errorLocation as Office.js does:
 * by Office.js's name of the object's type and the member ("Worksheet.delete", "NamedItem.delete",
 * "Worksheet.position"), never by the stand-in's own class names.
 */
import { describe, expect, it } from "vitest";
import { fakeExcelFromXlsx } from "../helpers/fakeFromXlsx";
import { sampleBytes } from "../helpers/workbooks";
import type { XlContext } from "../../src/excel/excelApi";

async function locationOf(queue: (context: XlContext) => void): Promise<unknown> {
  const excel = await fakeExcelFromXlsx(sampleBytes());
  try {
    await excel.run(async (context) => {
      queue(context);
      await context.sync();
    });
  } catch (error) {
    return (error as { debugInfo?: { errorLocation?: unknown } }).debugInfo?.errorLocation;
  }
  throw new Error("Nothing was refused.");
}

const SHEETS = ["Peer Review", "Case Reviews", "Delivery Plan 2019-20", "Notes"];

describe("the stand-in's errorLocation", () => {
  it("names a refused call and a refused property set by Office.js's type names", async () => {
    // Excel keeps a workbook's last visible sheet: neither deleted nor hidden.
    const hideAllBut = (context: XlContext, last: string) => SHEETS.filter((name) => name !== last).forEach((name) => (context.workbook.worksheets.getItem(name).visibility = "Hidden"));
    expect(
      await locationOf((context) => {
        hideAllBut(context, "Notes");
        context.workbook.worksheets.getItem("Notes").delete();
      }),
    ).toBe("Worksheet.delete");
    expect(
      await locationOf((context) => {
        hideAllBut(context, "Notes");
        context.workbook.worksheets.getItem("Notes").visibility = "Hidden";
      }),
    ).toBe("Worksheet.visibility");
    // A name that is not there cannot be deleted.
    expect(await locationOf((context) => context.workbook.names.getItem("RAGTracker_nothing").delete())).toBe("NamedItem.delete");
  });
});

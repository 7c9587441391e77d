/**
 * A row whose height fits its contents (a height written, not marked customHeight, as Excel and
 * LibreOffice write a row of wrapped text) still fits them after the workbench's download: ExcelJS
 * wrote every height as set by hand, so the row no longer grew when its response was edited.
 */
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { withFittedRows } from "../../src/xlsx/keptRowHeights";
import { generateSummary } from "../../src/door/operations";
import { sheetXml, userBytes } from "./helpers";

describe("a kept sheet's row heights", () => {
  it("stay fitted to their contents where the file had them so, and set by hand where it had that", async () => {
    const zip = await JSZip.loadAsync(await userBytes());
    const plan = "xl/worksheets/sheet1.xml";
    // Row 2 fitted to its wrapped response (as LibreOffice writes it), row 3 set by hand.
    const xml = (await zip.file(plan)!.async("string")).replace('<row r="2" ', '<row r="2" ht="45.75" customHeight="false" ').replace('<row r="3" ', '<row r="3" ht="30" customHeight="1" ');
    zip.file(plan, xml);
    const door = await XlsxDoor.open(await zip.generateAsync({ type: "uint8array" }), "plan.xlsx");
    await generateSummary(door);
    const saved = await sheetXml(await door.save(), "Plan");
    const row = (n: number) => new RegExp(`<row r="${n}"[^>]*>`).exec(saved)![0];
    expect(row(2)).toContain('ht="45.75"');
    expect(row(2)).not.toContain("customHeight");
    expect(row(3)).toMatch(/ht="30" customHeight="1"/);
  });

  it("change nothing where every height was set by hand, or none written", () => {
    expect(withFittedRows('<sheetData><row r="1" ht="30" customHeight="1"/></sheetData>', '<sheetData><row r="1" ht="30" customHeight="true"/></sheetData>')).toBeNull();
    expect(withFittedRows('<sheetData><row r="1"/></sheetData>', '<sheetData><row r="1"/></sheetData>')).toBeNull();
  });
});

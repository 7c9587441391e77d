/**
 * A sheet protected with a password in the legacy form (password="DAA7", as LibreOffice and Excel
 * before 2010 write it) comes back from the workbench's download with its password: ExcelJS kept
 * the protection and dropped the password, so anyone could unprotect the sheet.
 */
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { withOriginalProtection } from "../../src/xlsx/keptSheetProtection";
import { generateSummary } from "../../src/door/operations";
import { sheetXml, userBytes } from "./helpers";

const PROTECTION = '<sheetProtection sheet="true" objects="true" scenarios="true" password="daa7"/>';

describe("a kept sheet's protection", () => {
  it("keeps its legacy password through a summary and a second save", async () => {
    const zip = await JSZip.loadAsync(await userBytes());
    const notes = "xl/worksheets/sheet2.xml";
    zip.file(notes, (await zip.file(notes)!.async("string")).replace("</sheetData>", `</sheetData>${PROTECTION}`));
    const door = await XlsxDoor.open(await zip.generateAsync({ type: "uint8array" }), "plan.xlsx");
    await generateSummary(door);
    const saved = await door.save();
    // As the file had it, its yes spelled as ExcelJS reads it (booleanSpelling.ts).
    const kept = '<sheetProtection sheet="1" objects="1" scenarios="1" password="daa7"/>';
    expect(await sheetXml(saved, "Notes")).toContain(kept);
    expect(await sheetXml(await (await XlsxDoor.open(saved, "plan.xlsx")).save(), "Notes")).toContain(kept);
  });

  it("is left as ExcelJS wrote it where the file had none, or the same", () => {
    expect(withOriginalProtection('<worksheet><sheetProtection sheet="1"/></worksheet>', "<worksheet/>")).toBeNull();
    expect(withOriginalProtection("<worksheet/>", `<worksheet>${PROTECTION}</worksheet>`)).toBeNull();
    expect(withOriginalProtection('<worksheet><sheetProtection sheet="1"/></worksheet>', '<worksheet><sheetProtection sheet="1"/></worksheet>')).toBeNull();
  });
});

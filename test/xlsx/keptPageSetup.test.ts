/**
 * The page setup the team gave its own sheets comes back in the workbench's saved workbook as it
 * was read: ExcelJS alone wrote it back with dpi, scale, copies and a first page number added.
 */
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { withOriginalPageSetup } from "../../src/xlsx/keptPageSetup";
import { fixRatings, generateSummary } from "../../src/door/operations";
import { recordReport } from "../../src/door/historyOperations";
import { sampleBytes } from "../helpers/workbooks";

const PAGE_SETUP = /<pageSetup\b[^>]*\/>/g;

async function pageSetups(bytes: Uint8Array): Promise<Map<string, string[]>> {
  const zip = await JSZip.loadAsync(bytes);
  const setups = new Map<string, string[]>();
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p)).sort()) {
    setups.set(path, (await zip.file(path)!.async("string")).match(PAGE_SETUP) ?? []);
  }
  return setups;
}

describe("a kept sheet's page setup", () => {
  it("comes back as it was read on every user sheet of the sample, after a summary, a rating fix and a recorded report", async () => {
    const before = await pageSetups(sampleBytes());
    const door = await XlsxDoor.open(sampleBytes(), "plan.xlsx");
    await generateSummary(door);
    await fixRatings(door);
    await recordReport(door, undefined, "2021-11-01");
    const after = await pageSetups(await door.save());
    // The sample's four user sheets come first, in the same parts: Peer Review, Case Reviews, Delivery Plan 2019-20, Notes.
    const userSheets = [...before.keys()];
    expect(userSheets.length).toBe(4);
    for (const path of userSheets) expect(after.get(path), path).toEqual(before.get(path));
  });

  it("replaces the saved page setup with the original, without its link to the printer settings ExcelJS does not save", () => {
    const original = '<worksheet><pageMargins/><pageSetup paperSize="9" firstPageNumber="3" useFirstPageNumber="1" r:id="rId2"/></worksheet>';
    expect(withOriginalPageSetup('<worksheet><pageMargins/><pageSetup paperSize="9" scale="100" firstPageNumber="1" useFirstPageNumber="1" horizontalDpi="4294967295"/><drawing r:id="rId1"/></worksheet>', original)).toBe(
      '<worksheet><pageMargins/><pageSetup paperSize="9" firstPageNumber="3" useFirstPageNumber="1"/><drawing r:id="rId1"/></worksheet>',
    );
    expect(withOriginalPageSetup("<worksheet></worksheet>", original)).toBeNull();
    expect(withOriginalPageSetup('<worksheet><pageSetup paperSize="9"/></worksheet>', '<worksheet><pageSetup paperSize="9"/></worksheet>')).toBeNull();
  });

  it("leaves out the link to the printer settings however the file quotes or spaces it (r:id='rId9', r:id = \"rId9\")", () => {
    const saved = '<worksheet><pageMargins/><pageSetup paperSize="9" horizontalDpi="4294967295"/></worksheet>';
    for (const link of [`r:id='rId9'`, `r:id = "rId9"`, `r:id= 'rId9'`, `x:id ="rId9"`]) {
      expect(withOriginalPageSetup(saved, `<worksheet><pageSetup paperSize="9" firstPageNumber="3" ${link}/></worksheet>`), link).toBe(
        '<worksheet><pageMargins/><pageSetup paperSize="9" firstPageNumber="3"/></worksheet>',
      );
    }
  });
});

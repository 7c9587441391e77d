/**
 * Page breaks the team set on its own sheets come back in the workbench's saved workbook:
 * ExcelJS alone reads none, so every save through it dropped them.
 */
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { withOriginalBreaks } from "../../src/xlsx/keptPageBreaks";
import { fixRatings, generateSummary } from "../../src/door/operations";
import { recordReport } from "../../src/door/historyOperations";
import { sampleBytes } from "../helpers/workbooks";

const PLAN = "xl/worksheets/sheet1.xml";
const ROW_BREAKS = '<rowBreaks count="2" manualBreakCount="2"><brk id="11" max="16383" man="1"/><brk id="20" max="16383" man="1"/></rowBreaks>';
const COL_BREAKS = '<colBreaks count="1" manualBreakCount="1"><brk id="4" max="1048575" man="1"/></colBreaks>';

async function part(bytes: Uint8Array, path: string): Promise<string> {
  return (await (await JSZip.loadAsync(bytes)).file(path)!.async("string"))!;
}

/** The sample with page breaks on its first sheet (the peer review plan), after its page setup, as Excel writes them. */
async function sampleWithBreaks(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(sampleBytes());
  const xml = await zip.file(PLAN)!.async("string");
  zip.file(PLAN, xml.replace("</worksheet>", `${ROW_BREAKS}${COL_BREAKS}</worksheet>`));
  return zip.generateAsync({ type: "uint8array" });
}

describe("a kept sheet's page breaks", () => {
  it("come back after a summary, a rating fix and a recorded report", async () => {
    const door = await XlsxDoor.open(await sampleWithBreaks(), "plan.xlsx");
    await generateSummary(door);
    await fixRatings(door);
    await recordReport(door, undefined, "2021-11-01");
    const saved = await door.save();
    const xml = await part(saved, PLAN);
    expect(xml).toContain(ROW_BREAKS + COL_BREAKS);
    // In the schema's place: after the page setup, before anything that follows it.
    expect(xml.indexOf("<pageSetup")).toBeLessThan(xml.indexOf("<rowBreaks"));
    // Read again, the workbook opens and keeps them through a second save.
    const again = await XlsxDoor.open(saved, "plan.xlsx");
    expect(await part(await again.save(), PLAN)).toContain(ROW_BREAKS + COL_BREAKS);
  });

  it("go before what the schema puts after them, and never over breaks the saved sheet has", () => {
    const original = `<worksheet><pageSetup/>${ROW_BREAKS}</worksheet>`;
    expect(withOriginalBreaks('<worksheet><pageSetup/><drawing r:id="rId1"/><tableParts count="0"/></worksheet>', original)).toBe(
      `<worksheet><pageSetup/>${ROW_BREAKS}<drawing r:id="rId1"/><tableParts count="0"/></worksheet>`,
    );
    expect(withOriginalBreaks(`<worksheet><rowBreaks count="1"><brk id="3"/></rowBreaks></worksheet>`, original)).toBeNull();
    expect(withOriginalBreaks("<worksheet><pageSetup/></worksheet>", "<worksheet><pageSetup/></worksheet>")).toBeNull();
  });
});

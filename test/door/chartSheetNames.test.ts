/**
 * A chart sheet (a sheet that is only a chart) named as a generated sheet: "RAG Summary". It is
 * never overwritten or duplicated, and the generated sheet takes the next free name, through the
 * command line's door (which keeps the package's parts), the Excel door (where Office.js does not
 * list chart sheets, so Excel's refusal of the name is caught) and the workbench's door (whose
 * spreadsheet library cannot keep a chart sheet, so it refuses the workbook before anything is written).
 */
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { generateSummary } from "../../src/door/operations";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { StreamingXlsxDoor } from "../../src/xlsx/streaming/StreamingXlsxDoor";
import { WorkbookFileError } from "../../src/xlsx/WorkbookFileError";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { writtenSentence } from "../../src/taskpane/messages";
import { fakeExcelFromXlsx } from "../helpers/fakeFromXlsx";
import { sampleBytes } from "../helpers/workbooks";
import { CHART_TITLE, withChartSheet } from "../helpers/chartSheet";
import type { FakeExcel } from "../fakes/fakeExcel";

/** What the first run says; the next one rewrites its own "RAG Summary (2)", and says only what it wrote. */
const BESIDE = ["Wrote “RAG Summary (2)” and “Stale Actions”. The workbook's own sheet “RAG Summary” is left as it is, so the new one is “RAG Summary (2)”.", "Wrote “RAG Summary (2)” and “Stale Actions”."];

async function chartSample(): Promise<Uint8Array> {
  return withChartSheet(sampleBytes(), "RAG Summary", "'Peer Review'!$A$4:$A$8");
}

/** The package's sheets in tab order, each with its kind of part, and the markers' sheets. */
async function packageSheets(bytes: Uint8Array): Promise<{ sheets: string[]; markers: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file("xl/workbook.xml")!.async("string")).replace(/&apos;/g, "'");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const kind = (id: string) => new RegExp(`Id="${id}"[^>]*Target="[^"]*?(worksheets|chartsheets)/`).exec(rels)?.[1] ?? /Target="[^"]*?(worksheets|chartsheets)\/[^"]*"[^>]*Id="/.exec(rels)?.[1];
  const sheets = [...xml.matchAll(/<sheet\b[^>]*>/g)].map((m) => `${/name="([^"]+)"/.exec(m[0])![1]} (${kind(/r:id="([^"]+)"/.exec(m[0])![1]!)})`);
  const markers = [...xml.matchAll(/<definedName\b[^>]*name="(RAGTracker_(?:summary|stale))"[^>]*>'?([^'!<]+)'?!/g)].map((m) => `${m[1]} ${m[2]}`).sort();
  return { sheets, markers };
}

async function chartTitles(bytes: Uint8Array): Promise<number> {
  const zip = await JSZip.loadAsync(bytes);
  const charts = Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
  const texts = await Promise.all(charts.map((n) => zip.file(n)!.async("string")));
  return texts.filter((t) => t.includes(CHART_TITLE)).length;
}

/** The sample workbook's own sheets, in Excel. */
const OWN_SHEETS = ["Peer Review", "Case Reviews", "Delivery Plan 2019-20", "Notes"];

/** The sheets in Excel, and each of RAG Tracker's markers with the sheet it points at (#REF! once that sheet is gone). */
function sheetsAndMarkers(excel: FakeExcel): { sheets: string[]; markers: string[] } {
  const { sheets, names } = excel.workbook;
  const markers = names.filter((n) => n.name.startsWith("RAGTracker_")).map((n) => `${n.name} ${n.sheet && !n.sheet.deleted && sheets.includes(n.sheet) ? n.sheet.name : "#REF!"}`);
  return { sheets: sheets.map((s) => s.name), markers: markers.sort() };
}

/** Failed requests to Excel since `from` (an index into excel.syncs). */
function refusedSyncs(excel: FakeExcel, from: number): number {
  return excel.syncs.slice(from).filter((s) => !s.ok).length;
}

describe("a chart sheet named as a generated sheet", () => {
  it("is kept by the command line's door, twice over, and the summary is written beside it", async () => {
    let bytes = await chartSample();
    for (const said of BESIDE) {
      const door = await StreamingXlsxDoor.open(bytes, "plan.xlsx");
      const { sheets } = await generateSummary(door);
      expect(writtenSentence(sheets)).toBe(said);
      bytes = await door.save();
    }
    expect(await packageSheets(bytes)).toEqual({
      sheets: ["Peer Review (worksheets)", "Case Reviews (worksheets)", "Delivery Plan 2019-20 (worksheets)", "Notes (worksheets)", "RAG Summary (chartsheets)", "RAG Summary (2) (worksheets)", "Stale Actions (worksheets)"],
      markers: ["RAGTracker_stale Stale Actions", "RAGTracker_summary RAG Summary (2)"],
    });
    expect(await chartTitles(bytes)).toBe(1);
  });

  it("makes the workbench refuse the workbook in one sentence, since it would save it without the chart sheet", async () => {
    const opening = XlsxDoor.open(await chartSample(), "plan.xlsx");
    await expect(opening).rejects.toThrow(WorkbookFileError);
    await expect(opening).rejects.toThrow(
      '"plan.xlsx" has a chart sheet, "RAG Summary", which the workbench would save without it; use RAG Tracker inside Excel, or its command line, which keep it.',
    );
  });

  it("makes the workbench refuse it where its relationship is typed a worksheet's, by its content type or, with none, by its root element", async () => {
    const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const asWorksheet = async (bytes: Uint8Array, withoutContentType: boolean): Promise<Uint8Array> => {
      const zip = await JSZip.loadAsync(bytes);
      const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
      zip.file("xl/_rels/workbook.xml.rels", rels.replace(`${REL}/chartsheet`, `${REL}/worksheet`));
      const types = await zip.file("[Content_Types].xml")!.async("string");
      if (withoutContentType) zip.file("[Content_Types].xml", types.replace(/<Override PartName="\/xl\/chartsheets\/[^>]*\/>/, ""));
      return zip.generateAsync({ type: "uint8array" });
    };
    for (const withoutContentType of [false, true]) {
      const opening = XlsxDoor.open(await asWorksheet(await chartSample(), withoutContentType), "plan.xlsx");
      await expect(opening).rejects.toThrow('"plan.xlsx" has a chart sheet, "RAG Summary", which the workbench would save without it;');
    }
  });

  it("makes the workbench refuse it though another part's content type is named with a malformed %-escape", async () => {
    const zip = await JSZip.loadAsync(await chartSample());
    const types = await zip.file("[Content_Types].xml")!.async("string");
    zip.file("[Content_Types].xml", types.replace("</Types>", '<Override PartName="/xl/odd%zz.xml" ContentType="application/xml"/></Types>'));
    await expect(XlsxDoor.open(await zip.generateAsync({ type: "uint8array" }), "plan.xlsx")).rejects.toThrow(
      '"plan.xlsx" has a chart sheet, "RAG Summary", which the workbench would save without it;',
    );
  });

  it("makes the workbench refuse a workbook whose sheet list it cannot check, where ExcelJS would open it and drop the chart sheet", async () => {
    const sample = await chartSample();
    // A <sheet> with no relationship, and one whose relationship names a part the package lacks.
    const damaged = async (rels: boolean): Promise<Uint8Array> => {
      const zip = await JSZip.loadAsync(sample);
      const workbook = await zip.file("xl/workbook.xml")!.async("string");
      zip.file("xl/workbook.xml", workbook.replace("</sheets>", '<sheet name="Ghost" sheetId="99" r:id="rId99"/></sheets>'));
      if (rels) {
        const list = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
        zip.file("xl/_rels/workbook.xml.rels", list.replace("</Relationships>", '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/ghost.xml"/></Relationships>'));
      }
      return zip.generateAsync({ type: "uint8array" });
    };
    // Said as the command line says it, with what the package lacks.
    for (const rels of [false, true]) {
      const bytes = await damaged(rels);
      const said = await StreamingXlsxDoor.open(bytes, "plan.xlsx").then(
        () => "opened",
        (e: unknown) => (e as Error).message,
      );
      expect(said).toMatch(/^"plan\.xlsx" is damaged: its sheet "Ghost" /);
      await expect(XlsxDoor.open(bytes, "plan.xlsx")).rejects.toThrow(said);
    }
  });

  it("makes the workbench say, in refusing it, that a very hidden chart sheet is one the user cannot unhide", async () => {
    const zip = await JSZip.loadAsync(await chartSample());
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", workbook.replace('<sheet name="RAG Summary"', '<sheet name="RAG Summary" state="veryHidden"'));
    await expect(XlsxDoor.open(await zip.generateAsync({ type: "uint8array" }), "plan.xlsx")).rejects.toThrow(
      '"plan.xlsx" has a chart sheet, "RAG Summary" (very hidden: Excel\'s Unhide does not list it), which the workbench would save without it;',
    );
  });

  it("in Excel, which does not list it, has Excel's refusal of its name caught: the summary takes the next free name, twice over", async () => {
    const excel = await fakeExcelFromXlsx(sampleBytes());
    excel.workbook.chartSheets.push("RAG Summary");
    for (const said of BESIDE) {
      const from = excel.syncs.length;
      const { sheets } = await generateSummary(new ExcelDoor(excel));
      // The first run: Excel refuses the last step's rename, and only that; "RAG Summary" is not asked for again.
      expect(refusedSyncs(excel, from)).toBe(said === BESIDE[0] ? 1 : 0);
      expect(writtenSentence(sheets)).toBe(said);
      expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Peer Review", "Case Reviews", "Delivery Plan 2019-20", "Notes", "RAG Summary (2)", "Stale Actions"]);
      const markers = excel.workbook.names.filter((n) => /^RAGTracker_(summary|stale)$/.test(n.name)).map((n) => `${n.name} ${n.sheet!.name}`);
      expect(markers.sort()).toEqual(["RAGTracker_stale Stale Actions", "RAGTracker_summary RAG Summary (2)"]);
      expect(excel.workbook.active?.name).toBe("RAG Summary (2)");
    }
    expect(excel.workbook.chartSheets).toEqual(["RAG Summary"]);
  });

  it("in Excel, tries the next name again where a chart sheet holds that one too, for each generated sheet", async () => {
    const excel = await fakeExcelFromXlsx(sampleBytes());
    excel.workbook.chartSheets.push("RAG Summary", "RAG Summary (2)", "Stale Actions");
    const { sheets } = await generateSummary(new ExcelDoor(excel));
    // "RAG Summary" in the last step, "RAG Summary (2)", and "Stale Actions": each refused once.
    expect(refusedSyncs(excel, 0)).toBe(3);
    expect(writtenSentence(sheets)).toBe(
      "Wrote “RAG Summary (3)” and “Stale Actions (2)”. The workbook's own sheets “RAG Summary” and “Stale Actions” are left as they are, so the new ones are “RAG Summary (3)” and “Stale Actions (2)”.",
    );
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Peer Review", "Case Reviews", "Delivery Plan 2019-20", "Notes", "RAG Summary (3)", "Stale Actions (2)"]);
  });

  it("in Excel, past 20 names refused, removes the new sheets and their markers, and says which were not written", async () => {
    const excel = await fakeExcelFromXlsx(sampleBytes());
    excel.workbook.chartSheets.push("RAG Summary", ...Array.from({ length: 20 }, (_, i) => `RAG Summary (${i + 2})`));
    await expect(generateSummary(new ExcelDoor(excel))).rejects.toThrow(
      'Excel refused every name tried for the new "RAG Summary" sheet, from "RAG Summary" to "RAG Summary (20)", so "RAG Summary" and "Stale Actions" were not written.',
    );
    expect(sheetsAndMarkers(excel)).toEqual({ sheets: OWN_SHEETS, markers: [] });
  });
  it("in Excel, past 20 names refused, names only the old generated sheet that was deleted: the one Stale Actions replaced", async () => {
    const excel = await fakeExcelFromXlsx(sampleBytes());
    await generateSummary(new ExcelDoor(excel));
    // The user deletes "RAG Summary" and adds chart sheets of its name and the next 20; "Stale Actions", protected, is rebuilt beside.
    excel.workbook.sheets.splice(excel.workbook.sheets.findIndex((s) => s.name === "RAG Summary"), 1);
    excel.workbook.chartSheets.push("RAG Summary", ...Array.from({ length: 20 }, (_, i) => `RAG Summary (${i + 2})`));
    excel.workbook.sheets.find((s) => s.name === "Stale Actions")!.protected = true;
    await expect(generateSummary(new ExcelDoor(excel))).rejects.toThrow(
      'Excel refused every name tried for the new "RAG Summary" sheet, from "RAG Summary" to "RAG Summary (20)", so "RAG Summary" and "Stale Actions" were not written, and the old "Stale Actions" had already been deleted.',
    );
    expect(sheetsAndMarkers(excel)).toEqual({ sheets: OWN_SHEETS, markers: [] });
  });
});

/**
 * Makes the `nth` request after Excel's first ItemAlreadyExists refusal fail as Excel sometimes
 * does (GeneralException), with nothing of it applied: the 2nd is the door's re-read of the workbook.
 */
function failAfterRefusal(excel: FakeExcel, nth: number): void {
  const run = excel.run;
  let since = -1;
  excel.run = (batch) =>
    run(async (context) => {
      const fake = context as unknown as { sync: () => Promise<void>; queue: unknown[] };
      const sync = fake.sync.bind(context);
      fake.sync = async () => {
        if (since >= 0 && ++since === nth) {
          fake.queue = [];
          throw Object.assign(new Error("An internal error has occurred."), { code: "GeneralException" });
        }
        try {
          await sync();
        } catch (error) {
          if ((error as { code?: string }).code === "ItemAlreadyExists" && since < 0) since = 0;
          throw error;
        }
      };
      return batch(context);
    });
}

describe("in Excel, a write that fails after a chart sheet refused a name", () => {
  it("says which generated sheet was written before the failure, which is left as written", async () => {
    const excel = await fakeExcelFromXlsx(sampleBytes());
    excel.workbook.chartSheets.push("Stale Actions");
    failAfterRefusal(excel, 2);
    await expect(generateSummary(new ExcelDoor(excel))).rejects.toThrow('An internal error has occurred; only "RAG Summary" was written.');
    expect(sheetsAndMarkers(excel)).toEqual({ sheets: [...OWN_SHEETS, "RAG Summary"], markers: ["RAGTracker_summary RAG Summary"] });
  });

  it("says which old generated sheet the last step had deleted before the failure", async () => {
    const excel = await fakeExcelFromXlsx(sampleBytes());
    await generateSummary(new ExcelDoor(excel));
    // The user deletes "RAG Summary" and adds a chart sheet of its name; "Stale Actions", protected, is rebuilt beside.
    excel.workbook.sheets.splice(excel.workbook.sheets.findIndex((s) => s.name === "RAG Summary"), 1);
    excel.workbook.chartSheets.push("RAG Summary");
    excel.workbook.sheets.find((s) => s.name === "Stale Actions")!.protected = true;
    failAfterRefusal(excel, 2);
    await expect(generateSummary(new ExcelDoor(excel))).rejects.toThrow('An internal error has occurred; nothing was written, and the old "Stale Actions" had already been deleted.');
    expect(sheetsAndMarkers(excel)).toEqual({ sheets: OWN_SHEETS, markers: [] });
  });
});

describe("in Excel, a chart sheet holding a temporary name", () => {
  it("has the new sheets built under the next free temporary name, and blocks no later write", async () => {
    const excel = await fakeExcelFromXlsx(sampleBytes());
    excel.workbook.chartSheets.push("RAGTracker_new_1");
    for (let run = 0; run < 2; run++) {
      const from = excel.syncs.length;
      const { sheets } = await generateSummary(new ExcelDoor(excel));
      expect(writtenSentence(sheets)).toBe("Wrote “RAG Summary” and “Stale Actions”.");
      expect(refusedSyncs(excel, from)).toBe(run === 0 ? 1 : 0);
      expect(sheetsAndMarkers(excel)).toEqual({ sheets: [...OWN_SHEETS, "RAG Summary", "Stale Actions"], markers: ["RAGTracker_stale Stale Actions", "RAGTracker_summary RAG Summary"] });
    }
    expect(excel.workbook.chartSheets).toEqual(["RAGTracker_new_1"]);
  });

  it("with 25 of them, gives up after 20 small requests, not a full write each, and says what to do", async () => {
    const excel = await fakeExcelFromXlsx(sampleBytes());
    for (let n = 1; n <= 25; n++) excel.workbook.chartSheets.push(`RAGTracker_new_${n}`);
    const from = excel.syncs.length;
    await expect(generateSummary(new ExcelDoor(excel))).rejects.toThrow(
      "Excel refused the temporary sheet names RAGTracker_new_1 to RAGTracker_new_20, which sheets the add-in cannot see (chart sheets) hold, so nothing was written; rename or delete those chart sheets, then generate the RAG summary again.",
    );
    expect(excel.syncs.length - from).toBeLessThan(30);
    // One full write, refused at its first temporary name; every later request is a small one.
    const sizes = excel.syncs.slice(from).map((s) => s.requestBytes);
    const write = sizes.indexOf(Math.max(...sizes));
    expect(sizes.slice(write + 1).every((b) => b < 1_000)).toBe(true);
    expect(sheetsAndMarkers(excel)).toEqual({ sheets: OWN_SHEETS, markers: [] });
  });
});

describe("in Excel, a name refused for another reason than a sheet Office.js does not list", () => {
  it("a marker Excel refuses to add (as it sometimes does, spuriously) undoes the write, so the next run writes under the plan's own names", async () => {
    const excel = await fakeExcelFromXlsx(sampleBytes());
    excel.workbook.spuriouslyRefusedNames.push("RAGTracker_summary");
    await expect(generateSummary(new ExcelDoor(excel))).rejects.toThrow(/^Excel refused a name RAG Tracker adds, .*for no reason; run it again\.$/);
    expect(sheetsAndMarkers(excel)).toEqual({ sheets: OWN_SHEETS, markers: [] });
    const { sheets } = await generateSummary(new ExcelDoor(excel));
    expect(writtenSentence(sheets)).toBe("Wrote “RAG Summary” and “Stale Actions”.");
  });

  it("a summary rebuilt beside keeps its marker throughout, pointed at the new sheet, so a refusal to add one cannot unmark the old", async () => {
    const excel = await fakeExcelFromXlsx(sampleBytes());
    await generateSummary(new ExcelDoor(excel));
    // Protected, so it is built beside and replaces the old one in the last step.
    excel.workbook.sheets.find((s) => s.name === "RAG Summary")!.protected = true;
    const old = excel.get("RAG Summary");
    const marker = excel.name("RAGTracker_summary");
    excel.workbook.spuriouslyRefusedNames.push("RAGTracker_summary");
    const { sheets } = await generateSummary(new ExcelDoor(excel));
    expect(writtenSentence(sheets)).toBe("Wrote “RAG Summary” and “Stale Actions”.");
    expect(sheetsAndMarkers(excel)).toEqual({ sheets: [...OWN_SHEETS, "RAG Summary", "Stale Actions"], markers: ["RAGTracker_stale Stale Actions", "RAGTracker_summary RAG Summary"] });
    expect(excel.get("RAG Summary")).not.toBe(old);
    expect(excel.name("RAGTracker_summary")).toBe(marker);
  });

  it("a temporary sheet's mark refused spuriously is told from a chart sheet holding its name: the write is built again under the same names", async () => {
    const excel = await fakeExcelFromXlsx(sampleBytes());
    excel.workbook.spuriouslyRefusedNames.push("RAGTracker_new_2");
    const { sheets } = await generateSummary(new ExcelDoor(excel));
    expect(writtenSentence(sheets)).toBe("Wrote “RAG Summary” and “Stale Actions”.");
    expect(sheetsAndMarkers(excel)).toEqual({ sheets: [...OWN_SHEETS, "RAG Summary", "Stale Actions"], markers: ["RAGTracker_stale Stale Actions", "RAGTracker_summary RAG Summary"] });
    expect(excel.workbook.names.flatMap((n) => (n.name.startsWith("ColumnTitle_") ? [] : [n.name])).sort()).toEqual(["RAGTracker_stale", "RAGTracker_summary"]);
  });

  it("a rename refused with another code fails the write and leaves no marker pointing at #REF!", async () => {
    const excel = await fakeExcelFromXlsx(sampleBytes());
    const rename = excel.renameSheet.bind(excel);
    excel.renameSheet = (sheet, name) => {
      if (name === "RAG Summary") throw Object.assign(new Error("The argument is invalid or missing or has an incorrect format."), { code: "InvalidArgument" });
      rename(sheet, name);
    };
    await expect(generateSummary(new ExcelDoor(excel))).rejects.toThrow("The argument is invalid");
    expect(sheetsAndMarkers(excel)).toEqual({ sheets: OWN_SHEETS, markers: [] });
  });
});

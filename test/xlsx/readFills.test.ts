/**
 * readFills on both file doors: the colour a team gave a blank rating cell, as Excel shows it, from
 * real .xlsx workbooks written by ExcelJS (and one re-saved by LibreOffice Calc). Every answer is
 * asked of both doors, which must agree exactly; the expected colours come from the file's own
 * theme part, read here with a pattern of its own, or from the colours Excel's palette shows.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, describe, expect, it } from "vitest";
import type { CellAddress } from "../../src/core/cells";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { StreamingXlsxDoor } from "../../src/xlsx/streaming/StreamingXlsxDoor";
import { WorkbookFileError } from "../../src/xlsx/WorkbookFileError";
import { PEER_REVIEW_ROWS } from "../fixtures/peerReview";
import { handPlan, partText, sheetXml } from "./helpers";
import { convertWithLibreOffice, freshDir, removeDir, requirePrograms, writeFile } from "../libreoffice/libreOffice";

const HEADER = ["Rec No", "Recommendation", "Response", "RAG"];
const RESPONSES = ["Deputies now attend.", "Steering group reports to the LSCP.", "Priorities agreed at the joint board.", "Protocol drafted; sign-off in March."];
const SHEET = "Peer Review";
const RAG = 4;

/** Rec No, recommendation and response of the peer review plan's row i (1-based), the rating left blank. */
function planRow(i: number): (string | number | null)[] {
  const [, recNo, recommendation] = PEER_REVIEW_ROWS[(i - 1) % PEER_REVIEW_ROWS.length]!;
  return [recNo, recommendation, RESPONSES[(i - 1) % RESPONSES.length]!, null];
}

/** A solid fill of one colour, as ExcelJS writes it (its types leave out tint and indexed). */
function solid(colour: { argb?: string; theme?: number; tint?: number; indexed?: number }): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: colour as ExcelJS.Color };
}

/** A workbook with the peer review plan's header and `rows` rows on its first sheet, shaped further by `build`. */
async function planWorkbook(rows: number, build: (workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET);
  sheet.addRow(HEADER);
  for (let i = 1; i <= rows; i++) sheet.addRow(planRow(i));
  build(workbook, sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The package with one part's text changed. */
async function withPart(bytes: Uint8Array, path: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file(path)!.async("string");
  const edited = edit(xml);
  expect(edited).not.toBe(xml);
  return zip.file(path, edited).generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

function ratingCells(rows: number[], sheet = SHEET, column = RAG): CellAddress[] {
  return rows.map((row) => ({ sheet, row, column }));
}

/** Both doors' fills of the cells, asked after a read (as the engine asks); they must be the same. */
async function fillsOf(bytes: Uint8Array, cells: CellAddress[], options: { read?: boolean } = {}): Promise<(string | null)[]> {
  const workbench = await XlsxDoor.open(bytes, "plan.xlsx");
  const streaming = await StreamingXlsxDoor.open(bytes, "plan.xlsx");
  if (options.read !== false) {
    await workbench.read();
    await streaming.read();
  }
  const fromWorkbench = await workbench.readFills(cells);
  const fromStreaming = await streaming.readFills(cells);
  expect(fromStreaming).toEqual(fromWorkbench);
  expect(fromWorkbench).toHaveLength(cells.length);
  return fromWorkbench;
}

/** The file's theme colours by scheme name (dk1, lt1, accent6…), read from its theme part with a pattern of this test's own. */
async function schemeOf(bytes: Uint8Array): Promise<Record<string, string>> {
  const xml = await partText(bytes, "xl/theme/theme1.xml");
  const scheme: Record<string, string> = {};
  for (const m of xml.matchAll(/<a:(dk1|lt1|dk2|lt2|accent[1-6]|hlink|folHlink)>\s*<a:(?:srgbClr val|sysClr val="\w+" lastClr)="([0-9A-Fa-f]{6})"/g)) scheme[m[1]!] = m[2]!.toUpperCase();
  expect(Object.keys(scheme)).toHaveLength(12);
  return scheme;
}

/** The theme part with these scheme entries given new sRGB colours. */
function recoloured(colours: Record<string, string>): (xml: string) => string {
  return (xml) => {
    let out = xml;
    for (const [name, rgb] of Object.entries(colours)) out = out.replace(new RegExp(`<a:${name}>[\\s\\S]*?</a:${name}>`), `<a:${name}><a:srgbClr val="${rgb}"/></a:${name}>`);
    return out;
  };
}

/** The tints Excel writes for its palette's shades ("Lighter 80%", "Darker 25%"…). */
const LIGHTER_80 = 0.79998168889431442;
const LIGHTER_40 = 0.39997558519241921;
const DARKER_15 = -0.1499984740745262;
const DARKER_25 = -0.249977111117893;

describe("readFills on both file doors", () => {
  it("gives a solid ARGB fill as #RRGGBB (alpha dropped), null for no fill, another pattern or a gradient, and [] for no cells", async () => {
    const bytes = await planWorkbook(6, (_, sheet) => {
      sheet.getCell("D2").fill = solid({ argb: "FF00B050" });
      sheet.getCell("D3").fill = solid({ argb: "00ffc000" });
      sheet.getCell("D4").fill = { type: "pattern", pattern: "darkTrellis", fgColor: { argb: "FFFF0000" } };
      sheet.getCell("D5").fill = { type: "gradient", gradient: "angle", degree: 0, stops: [{ position: 0, color: { argb: "FF00B050" } }, { position: 1, color: { argb: "FFFF0000" } }] };
      sheet.getCell("D6").fill = { type: "pattern", pattern: "none" };
      // D7 is left alone; the response beside it is coloured, which is not the rating's colour.
      sheet.getCell("C7").fill = solid({ argb: "FFFF0000" });
    });
    expect(await sheetXml(bytes, SHEET)).toMatch(/<c r="D4" s="\d+"\/>/);
    expect(await fillsOf(bytes, ratingCells([2, 3, 4, 5, 6, 7]))).toEqual(["#00B050", "#FFC000", null, null, null, null]);
    expect(await fillsOf(bytes, [])).toEqual([]);
    // Sheet names are matched as Excel matches them, without regard to case.
    expect(await fillsOf(bytes, ratingCells([2], "PEER REVIEW"))).toEqual(["#00B050"]);
  });

  it("gives a theme colour as the workbook's own theme part has it, light 1 and dark 1 in SpreadsheetML's order", async () => {
    const bytes = await planWorkbook(5, (_, sheet) => {
      sheet.getCell("D2").fill = solid({ theme: 9 });
      sheet.getCell("D3").fill = solid({ theme: 5 });
      sheet.getCell("D4").fill = solid({ theme: 0 });
      sheet.getCell("D5").fill = solid({ theme: 1 });
      sheet.getCell("D6").fill = solid({ theme: 3 });
    });
    const scheme = await schemeOf(bytes);
    // ExcelJS writes the Office 2007 theme, whose accent 6 is orange: not the green of later Office themes.
    expect(scheme.accent6).toBe("F79646");
    expect(await fillsOf(bytes, ratingCells([2, 3, 4, 5, 6]))).toEqual([`#${scheme.accent6}`, `#${scheme.accent2}`, `#${scheme.lt1}`, `#${scheme.dk1}`, `#${scheme.dk2}`]);
  });

  it("tints a theme colour as Excel's palette shows its shades (the Office theme's accents, patched into the file)", async () => {
    const built = await planWorkbook(7, (_, sheet) => {
      sheet.getCell("D2").fill = solid({ theme: 9, tint: DARKER_25 });
      sheet.getCell("D3").fill = solid({ theme: 5, tint: DARKER_25 });
      sheet.getCell("D4").fill = solid({ theme: 7, tint: DARKER_25 });
      sheet.getCell("D5").fill = solid({ theme: 9, tint: LIGHTER_40 });
      sheet.getCell("D6").fill = solid({ theme: 7, tint: LIGHTER_80 });
      sheet.getCell("D7").fill = solid({ theme: 0, tint: DARKER_15 });
      sheet.getCell("D8").fill = solid({ theme: 9, tint: -0.25 });
    });
    const bytes = await withPart(built, "xl/theme/theme1.xml", recoloured({ accent1: "4472C4", accent2: "ED7D31", accent4: "FFC000", accent6: "70AD47" }));
    const scheme = await schemeOf(bytes);
    expect([scheme.accent2, scheme.accent4, scheme.accent6]).toEqual(["ED7D31", "FFC000", "70AD47"]);
    // Green, Accent 6, Darker 25%; Orange, Accent 2, Darker 25%; Gold, Accent 4, Darker 25%; Green, Lighter 40%; Gold, Lighter 80%; White, Darker 15%.
    const fills = await fillsOf(bytes, ratingCells([2, 3, 4, 5, 6, 7, 8]));
    expect(fills.slice(0, 6)).toEqual(["#548235", "#C65911", "#BF8F00", "#A9D08E", "#FFF2CC", "#D9D9D9"]);
    // A tint written as a round -0.25 (as ExcelJS users write it) darkens alike.
    expect(fills[6]).toBe("#548235");
  });

  it("follows a workbook whose theme has the team's own accents", async () => {
    const built = await planWorkbook(3, (_, sheet) => {
      sheet.getCell("D2").fill = solid({ theme: 9 });
      sheet.getCell("D3").fill = solid({ theme: 7 });
      sheet.getCell("D4").fill = solid({ theme: 5 });
    });
    const bytes = await withPart(built, "xl/theme/theme1.xml", recoloured({ accent2: "C1121F", accent4: "FFB703", accent6: "2A9D8F" }));
    expect(await fillsOf(bytes, ratingCells([2, 3, 4]))).toEqual(["#2A9D8F", "#FFB703", "#C1121F"]);
  });

  it("gives an indexed colour from the legacy palette, or from the workbook's own palette where its styles have one", async () => {
    const indexes = [8, 9, 10, 11, 12, 13, 17, 51, 64];
    const built = await planWorkbook(indexes.length, (_, sheet) => indexes.forEach((indexed, i) => (sheet.getCell(i + 2, RAG).fill = solid({ indexed }))));
    const rows = indexes.map((_, i) => i + 2);
    expect(await fillsOf(built, ratingCells(rows))).toEqual(["#000000", "#FFFFFF", "#FF0000", "#00FF00", "#0000FF", "#FFFF00", "#008000", "#FFCC00", "#000000"]);

    // A palette changed in the workbook (Excel 2003's Tools > Options > Color) is written out whole.
    const palette = Array.from({ length: 64 }, (_, i) => (i === 10 ? "FFC00000" : i === 11 ? "FF92D050" : "FF808080"));
    const colors = `<colors><indexedColors>${palette.map((rgb) => `<rgbColor rgb="${rgb}"/>`).join("")}</indexedColors></colors>`;
    const bytes = await withPart(built, "xl/styles.xml", (xml) => (xml.includes("<extLst") ? xml.replace("<extLst", `${colors}<extLst`) : xml.replace("</styleSheet>", `${colors}</styleSheet>`)));
    expect(await fillsOf(bytes, ratingCells([4, 5, 6, 10]))).toEqual(["#C00000", "#92D050", "#808080", "#000000"]);
  });

  it("gives a merged rating cell the fill of the merged area's top-left cell", async () => {
    const bytes = await planWorkbook(6, (_, sheet) => {
      // D2:D4 merged, green; the cells under its top one once had fills of their own, which Excel no longer shows.
      sheet.getCell("D2").fill = solid({ argb: "FF00B050" });
      sheet.getCell("D3").fill = solid({ argb: "FFFF0000" });
      sheet.getCell("D4").fill = solid({ theme: 7 });
      sheet.mergeCellsWithoutStyle("D2:D4");
      // C6:D6 merged across: the response's amber shows over the rating.
      sheet.getCell("C6").fill = solid({ argb: "FFFFC000" });
      sheet.mergeCellsWithoutStyle("C6:D6");
    });
    const xml = await sheetXml(bytes, SHEET);
    expect(xml).toContain('<mergeCell ref="D2:D4"/>');
    expect(xml).toMatch(/<c r="D3" s="\d+"\/>/);
    const cells = ratingCells([3, 4, 6, 5, 2]);
    expect(await fillsOf(bytes, cells)).toEqual(["#00B050", "#00B050", "#FFC000", null, "#00B050"]);
    // Asked before any read: the streaming door finds the merges in the part, then the top-left cells' rows.
    expect(await fillsOf(bytes, ratingCells([3, 6]), { read: false })).toEqual(["#00B050", "#FFC000"]);
  });

  it("gives a rating cell the file does not hold its row's style, and a cell it holds its own", async () => {
    const bytes = await planWorkbook(0, (workbook) => {
      // Rows of three cells: the file holds no rating cell unless one is given a style.
      const sheet = workbook.addWorksheet("Actions");
      sheet.addRow(HEADER.slice(0, 3));
      for (let i = 1; i <= 3; i++) sheet.addRow(planRow(i).slice(0, 3));
      sheet.getRow(3).fill = solid({ argb: "FFFF0000" });
      sheet.getRow(4).fill = solid({ argb: "FFFF0000" });
      // D4 is held, bold and unfilled: Excel shows it unfilled in a red row.
      sheet.getCell("D4").style = { font: { bold: true } };
    });
    const xml = await sheetXml(bytes, "Actions");
    expect(xml).toMatch(/<row r="3"[^>]* s="\d+" customFormat="1"/);
    expect(xml).not.toContain('r="D3"');
    expect(xml).toMatch(/<c r="D4" s="\d+"\/>/);
    expect(await fillsOf(bytes, ratingCells([2, 3, 4], "Actions"))).toEqual([null, "#FF0000", null]);
  });

  it("gives a rating cell the file does not hold its column's style, where its row has none", async () => {
    const bytes = await planWorkbook(0, (workbook) => {
      const sheet = workbook.addWorksheet("Actions");
      sheet.getColumn(RAG).fill = solid({ theme: 7 });
      sheet.addRow(HEADER.slice(0, 3));
      for (let i = 1; i <= 4; i++) sheet.addRow(planRow(i).slice(0, 3));
      // Row 4 is formatted red: a row's style wins over the column's.
      sheet.getRow(4).fill = solid({ argb: "FFFF0000" });
      // D5 is held with a fill of its own.
      sheet.getCell("D5").fill = solid({ indexed: 17 });
    });
    const xml = await sheetXml(bytes, "Actions");
    expect(xml).toMatch(/<col min="4" max="4"[^>]* style="\d+"/);
    expect(xml).not.toMatch(/r="D[234]"/);
    const scheme = await schemeOf(bytes);
    expect(await fillsOf(bytes, ratingCells([2, 3, 4, 5, 9], "Actions"))).toEqual([`#${scheme.accent4}`, `#${scheme.accent4}`, "#FF0000", "#008000", `#${scheme.accent4}`]);
  });

  it("refuses a sheet the read does not give (none of that name, or the store) with one sentence", async () => {
    const bytes = await planWorkbook(2, (_, sheet) => (sheet.getCell("D2").fill = solid({ argb: "FF00B050" })));
    for (const open of [XlsxDoor.open, StreamingXlsxDoor.open]) {
      const door = await open(bytes, "plan.xlsx");
      await door.read();
      await door.writeStore([]);
      for (const sheet of ["Actions", "RAGTracker_Data"]) {
        const asked = door.readFills([{ sheet: SHEET, row: 2, column: RAG }, { sheet, row: 2, column: RAG }]);
        await expect(asked).rejects.toThrow(WorkbookFileError);
        await expect(asked).rejects.toThrow(`There is no sheet named "${sheet}" in "plan.xlsx", so the fills of its cells could not be read.`);
      }
      expect(await door.readFills(ratingCells([2]))).toEqual(["#00B050"]);
    }
  });

  it("does not read a sheet again on the streaming door when no cell style of the workbook shows a colour", async () => {
    const plain = await planWorkbook(3, () => undefined);
    const coloured = await planWorkbook(3, (_, sheet) => (sheet.getCell("A1").fill = solid({ argb: "FFDDEBF7" })));
    // The sheet's part cut short after its first rows: only a pass over it would fail on it.
    const cut = (bytes: Uint8Array) => withPart(bytes, "xl/worksheets/sheet1.xml", (xml) => xml.replace(/<row r="3"[\s\S]*$/, "<row r=\"3\"><c"));
    const door = await StreamingXlsxDoor.open(await cut(plain), "plan.xlsx");
    expect(await door.readFills(ratingCells([2, 3, 4]))).toEqual([null, null, null]);
    const read = (await StreamingXlsxDoor.open(await cut(coloured), "plan.xlsx")).readFills(ratingCells([2, 3, 4]));
    await expect(read).rejects.toThrow(WorkbookFileError);
  });

  it("reads a generated sheet planned since opening from its plan, as the workbench reads the cells it wrote", async () => {
    const bytes = await planWorkbook(2, () => undefined);
    const answers: (string | null)[][] = [];
    for (const open of [XlsxDoor.open, StreamingXlsxDoor.open]) {
      const door = await open(bytes, "plan.xlsx");
      await door.applyPlan({ sheets: [handPlan()] });
      await door.read();
      // B4 and C4 are filled headers, C8 a filled cell, B1 lies in the title's merged area, E8 is past the row's end.
      answers.push(await door.readFills([{ sheet: "RAG Summary", row: 4, column: 2 }, { sheet: "RAG Summary", row: 4, column: 3 }, { sheet: "RAG Summary", row: 8, column: 3 }, { sheet: "RAG Summary", row: 1, column: 2 }, { sheet: "RAG Summary", row: 8, column: 5 }]));
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[0]!.slice(0, 3)).toEqual(["#0070C0", "#00B050", "#FCE4D6"]);
    expect(answers[0]![4]).toBeNull();
  });
});

describe("readFills through LibreOffice Calc", () => {
  const dir = freshDir("rag-fills-lo-");
  afterAll(() => removeDir(dir));

  it("reads the fills of a workbook LibreOffice re-saved (its own styles, no theme part) alike on both doors", async () => {
    requirePrograms(["soffice"]);
    const built = await planWorkbook(8, (_, sheet) => {
      sheet.getCell("D2").fill = solid({ argb: "FF00B050" });
      sheet.getCell("D3").fill = solid({ theme: 9, tint: DARKER_25 });
      sheet.getCell("D4").fill = solid({ indexed: 10 });
      sheet.getCell("D5").fill = solid({ theme: 7 });
      sheet.getCell("D7").fill = solid({ argb: "FFFFC000" });
      sheet.mergeCells("D7:D8");
      sheet.getRow(9).fill = solid({ argb: "FFFF0000" });
    });
    const scheme = await schemeOf(built);
    const input = writeFile(dir, "plan.xlsx", built);
    const [output] = convertWithLibreOffice([input], "xlsx:Calc MS Excel 2007 XML", join(dir, "resaved"));
    const bytes = new Uint8Array(readFileSync(output!));
    const zip = await JSZip.loadAsync(bytes);
    // LibreOffice writes every colour as ARGB and no theme part: the colours are its own reading of ours.
    expect(zip.file("xl/theme/theme1.xml")).toBeNull();
    expect(await fillsOf(bytes, ratingCells([2, 3, 4, 5, 6, 7, 8, 9]))).toEqual(await fillsOf(built, ratingCells([2, 3, 4, 5, 6, 7, 8, 9])));
    expect(await fillsOf(bytes, ratingCells([2, 4, 5, 6, 8, 9]))).toEqual(["#00B050", "#FF0000", `#${scheme.accent4}`, null, "#FFC000", "#FF0000"]);
  }, 120_000);
});

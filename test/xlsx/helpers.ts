/** Shared set-up for the file door tests: a hand-built plan, small workbooks, and a look inside saved packages. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { SheetPlan } from "../../src/core/writePlan";
import { text } from "../../src/core/sheetBuilder";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
export { FORMULA_LIKE, handPlan } from "../helpers/handPlan";


/** A second generated sheet, for plans of two sheets. */
export function stalePlan(): SheetPlan {
  return {
    key: "stale",
    name: "Stale Actions",
    rows: [[text("Stale Actions", "title")], [text("Review", "header"), text("Response", "header")], [text("Leo"), text("=Practice note drafted; sign-off delayed.", "wrap")]],
    columnWidths: [20, 60],
    merges: [],
    charts: [],
    dateFormat: "dd/mm/yyyy",
    freezeRows: 2,
    print: { orientation: "portrait", paper: "A4", fitToPagesWide: 1, header: "Stale Actions" },
  };
}

/** A workbook built with ExcelJS directly, as a user's file would be. */
export async function bytesOf(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function userBytes(): Promise<Uint8Array> {
  return bytesOf((wb) => {
    wb.addWorksheet("Plan").addRows([
      ["Category", "Rec No", "Recommendation", "RAG"],
      ["Finance", 13, "Agree budget needed including contingency", "B"],
      ["Finance", 14, "Consider bid to schools forum", "blue "],
    ]);
    wb.addWorksheet("Notes").addRow(["My own notes"]);
  });
}

export async function openDoor(bytes: Uint8Array, label = "test.xlsx"): Promise<XlsxDoor> {
  return XlsxDoor.open(bytes, label);
}

/** Saves and opens again, as the next run of the command line would. */
export async function reopen(door: XlsxDoor): Promise<XlsxDoor> {
  return XlsxDoor.open(await door.save(), door.label);
}

export async function zipOf(bytes: Uint8Array): Promise<JSZip> {
  return JSZip.loadAsync(bytes);
}

export async function partText(bytes: Uint8Array, path: string): Promise<string> {
  const file = (await zipOf(bytes)).file(path);
  if (!file) throw new Error(`The package has no ${path} part.`);
  return file.async("string");
}

/** The worksheet part of a named sheet, found through workbook.xml and its relationships. */
export async function sheetPartPath(bytes: Uint8Array, sheet: string): Promise<string> {
  const workbook = await partText(bytes, "xl/workbook.xml");
  const rels = await partText(bytes, "xl/_rels/workbook.xml.rels");
  const escaped = sheet.replace(/&/g, "&amp;").replace(/'/g, "&apos;").replace(/"/g, "&quot;");
  const tag = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`name="${escaped}"`));
  const id = tag && /r:id="([^"]+)"/.exec(tag)?.[1];
  const target = id && new RegExp(`<Relationship[^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (!target) throw new Error(`The package has no sheet "${sheet}".`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

export async function sheetXml(bytes: Uint8Array, sheet: string): Promise<string> {
  return partText(bytes, await sheetPartPath(bytes, sheet));
}

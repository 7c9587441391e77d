/** Shared set-up for the file door tests: a hand-built plan, small workbooks, and a look inside saved packages. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { SheetPlan } from "../../src/core/writePlan";
import { SheetBuilder, blank, date, num, text } from "../../src/core/sheetBuilder";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";

/** Text a spreadsheet could mistake for a formula or a number. */
export const FORMULA_LIKE = ["=SUM(A1:A9)", "+44 7700 900123", "-5 days late", "@risk register", "007", "2.3"];

/** A summary sheet written by hand (the engine's plan builder is tested on its own). */
export function handPlan(overrides: Partial<SheetPlan> = {}): SheetPlan {
  const b = new SheetBuilder();
  b.addSpanning(text("RAG Summary", "title"), 4);
  b.add(text("As at 1 November 2021", "note"));
  b.gap();
  b.add(text("Review", "header"), text("Blue", "header", { fill: "#0070C0", fontColour: "#FFFFFF" }), text("Green", "header", { fill: "#00B050" }), text("Total", "header"));
  b.add(text("Peer Review", "wrap"), num(23), num(3), num(26, "total"));
  b.add(text("Leo"), num(1), num(4), num(5, "total"));
  b.add(...FORMULA_LIKE.map((t) => text(t)));
  b.add(date("2021-09-01"), blank(), text("Stale", "body", { fill: "#FCE4D6" }));
  return {
    key: "summary",
    name: "RAG Summary",
    rows: b.rows,
    columnWidths: [30, 10, 10, 8],
    merges: b.merges,
    charts: [
      {
        title: "Ratings by review",
        kind: "stackedBar",
        categories: { top: 5, bottom: 6, left: 1, right: 1 },
        series: [
          { name: "Blue", values: { top: 5, bottom: 6, left: 2, right: 2 }, colour: "#0070C0" },
          { name: "Green", values: { top: 5, bottom: 6, left: 3, right: 3 }, colour: "#00B050" },
        ],
        anchor: { top: 4, left: 8, bottom: 18, right: 14 },
      },
    ],
    dateFormat: "dd/mm/yyyy",
    freezeRows: 4,
    print: { orientation: "landscape", paper: "A4", fitToPagesWide: 1, repeatRows: { first: 4, last: 4 }, header: "RAG Summary & Stale Actions" },
    ...overrides,
  };
}

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

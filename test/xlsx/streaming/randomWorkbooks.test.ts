/**
 * Random workbooks written by ExcelJS (text with any characters, rich text, numbers, dates in
 * both date systems, booleans, errors, formulas with and without results, hyperlinks, number
 * formats, merges, hidden sheets): the streaming reader reads each as the file door does.
 * Formula results 0, false and "" are left out (ExcelJS reads them as formulas without result),
 * and so are text results in date-formatted cells (ExcelJS makes dates of them), where the
 * streaming reader shows what Excel shows (handWritten.test.ts states those differences).
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { expect, it } from "vitest";
import { XlsxDoor } from "../../../src/xlsx/XlsxDoor";
import { readPackageWorkbook } from "../../../src/xlsx/streaming/workbookPart";
import { readPackageSnapshot } from "../../../src/xlsx/streaming/packageSnapshot";

const FORMATS = ["General", "0.00", "dd/mm/yyyy", "mmm-yy", "@", '"Due "dd mmm', "[Red]0", "h:mm", "#,##0"];
const DATE_FORMATS = new Set(["dd/mm/yyyy", "mmm-yy", '"Due "dd mmm', "h:mm"]);

/** A formula's text or boolean result in a date-formatted cell: ExcelJS makes a date of it, Excel does not (handWritten.test.ts). */
function textResultAsDate(value: ExcelJS.CellValue, format: string | undefined): boolean {
  const result = typeof value === "object" && value !== null && "formula" in value ? value.result : undefined;
  return result !== undefined && typeof result !== "number" && format !== undefined && DATE_FORMATS.has(format);
}

const text = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: "binary", maxLength: 8 }), fc.constantFrom("_x000D_", "a & b < c", " lead", "trail ", "=SUM(A1)", "", "line\nbreak"));

/** fast-check builds records without a prototype; ExcelJS calls Object methods on its values. */
function plainRecord<T extends object>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return arbitrary.map((value) => ({ ...value }));
}

const cellValue: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  text,
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
  fc.integer({ min: -1000, max: 100_000 }),
  fc.boolean(),
  fc.date({ min: new Date("1905-01-01T00:00:00Z"), max: new Date("2090-12-31T00:00:00Z"), noInvalidDate: true }),
  fc.constantFrom({ error: "#N/A" }, { error: "#REF!" }, { error: "#DIV/0!" }),
  plainRecord(fc.record({ richText: fc.array(plainRecord(fc.record({ text, font: fc.constant({ bold: true }) })), { minLength: 1, maxLength: 3 }) })),
  plainRecord(fc.record({ formula: fc.constantFrom("A1+1", "SUM(A1:B2)", 'IF(A1>1,"x","y")'), result: fc.option(fc.oneof(fc.integer().filter((n) => n !== 0), fc.constantFrom("text", "R&D", true)), { nil: undefined }) })),
  plainRecord(fc.record({ text: fc.string({ minLength: 1, maxLength: 6 }), hyperlink: fc.constant("https://example.org/") })),
  fc.constant(null),
);

const cell = fc.record({ row: fc.integer({ min: 1, max: 12 }), column: fc.integer({ min: 1, max: 8 }), value: cellValue, format: fc.option(fc.constantFrom(...FORMATS), { nil: undefined }) });
const merge = fc.record({ top: fc.integer({ min: 1, max: 12 }), left: fc.integer({ min: 1, max: 8 }), height: fc.integer({ min: 0, max: 2 }), width: fc.integer({ min: 0, max: 2 }) });
const sheet = fc.record({ cells: fc.uniqueArray(cell, { selector: (c) => `${c.row}:${c.column}`, maxLength: 30 }), merges: fc.array(merge, { maxLength: 3 }), state: fc.constantFrom("visible", "hidden", "veryHidden") });

async function written(sheets: { cells: { row: number; column: number; value: ExcelJS.CellValue; format: string | undefined }[]; merges: { top: number; left: number; height: number; width: number }[]; state: string }[], date1904: boolean): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = date1904;
  sheets.forEach((spec, i) => {
    const ws = workbook.addWorksheet(`Sheet ${i + 1}`, { state: spec.state as ExcelJS.WorksheetState });
    for (const c of spec.cells) {
      const target = ws.getCell(c.row, c.column);
      target.value = c.value;
      if (c.format && !textResultAsDate(c.value, c.format)) target.numFmt = c.format;
    }
    const taken: { top: number; left: number; bottom: number; right: number }[] = [];
    for (const m of spec.merges) {
      const area = { top: m.top, left: m.left, bottom: m.top + m.height, right: m.left + m.width };
      if (m.height + m.width === 0 || taken.some((t) => t.top <= area.bottom && area.top <= t.bottom && t.left <= area.right && area.left <= t.right)) continue;
      taken.push(area);
      ws.mergeCells(area.top, area.left, area.bottom, area.right);
    }
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

it("random workbooks read as the file door reads them", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(sheet, { minLength: 1, maxLength: 3 }), fc.boolean(), async (sheets, date1904) => {
      const bytes = await written(sheets, date1904);
      const zip = await JSZip.loadAsync(bytes);
      const streamed = await readPackageSnapshot(zip, await readPackageWorkbook(zip));
      expect(streamed).toEqual(await (await XlsxDoor.open(bytes, "random.xlsx")).read());
    }),
    { numRuns: 150 },
  );
}, 60_000);

/**
 * The streaming reader on a workbook another program wrote: the sample (generated sheets and a
 * recorded report included) re-saved by LibreOffice Calc, whose package differs from Excel's and
 * ExcelJS's (its own styles, shared strings, formula results, defined names), reads as the file door reads it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, expect, it } from "vitest";
import { XlsxDoor } from "../../../src/xlsx/XlsxDoor";
import { readStoreRows } from "../../../src/xlsx/storeSheet";
import { recordReport } from "../../../src/door/historyOperations";
import { generateSummary } from "../../../src/door/operations";
import { readPackageWorkbook } from "../../../src/xlsx/streaming/workbookPart";
import { readPackageSnapshot, readStoreRowsStreaming } from "../../../src/xlsx/streaming/packageSnapshot";
import { sampleBytes } from "../../helpers/workbooks";
import { convertWithLibreOffice, freshDir, removeDir, requirePrograms, writeFile } from "../../libreoffice/libreOffice";

const dir = freshDir("rag-streaming-lo-");
afterAll(() => removeDir(dir));

it("reads the sample re-saved by LibreOffice Calc as the file door does", async () => {
  requirePrograms(["soffice"]);
  const door = await XlsxDoor.open(sampleBytes(), "sample.xlsx");
  await generateSummary(door);
  await recordReport(door, undefined, "2021-07-13");
  const input = writeFile(dir, "sample.xlsx", await door.save());
  const [output] = convertWithLibreOffice([input], "xlsx:Calc MS Excel 2007 XML", join(dir, "resaved"));
  const bytes = new Uint8Array(readFileSync(output!));

  const resaved = await XlsxDoor.open(bytes, "resaved.xlsx");
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await readPackageWorkbook(zip);
  const streamed = await readPackageSnapshot(zip, workbook);
  expect(streamed.sheets.length).toBeGreaterThan(3);
  expect(streamed).toEqual(await resaved.read());
  const storeRows = await readStoreRowsStreaming(zip, workbook);
  expect(storeRows.length).toBeGreaterThan(1);
  expect(storeRows).toEqual(readStoreRows((resaved as unknown as { workbook: Parameters<typeof readStoreRows>[0] }).workbook));
}, 120_000);

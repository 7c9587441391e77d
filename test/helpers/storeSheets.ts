/**
 * Workbooks whose store sheet a user has renamed or copied, as LibreOffice lets them (it saves the
 * store merely hidden): store sheets of any name and state added to a workbook, and the sheets of
 * a saved package with their states, straight from its workbook part.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { StoreRecord } from "../../src/core/store";
import { encodeStore } from "../../src/core/store";

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface StoreSheetSpec {
  name: string;
  state: SheetState;
  records: StoreRecord[];
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The workbook with these store sheets added at the end. ExcelJS refuses two names that differ
 * only in case, so each is added under a stand-in name and given its own in the workbook part,
 * as an older RAG Tracker's save could leave it.
 */
export async function withStoreSheets(bytes: Uint8Array, stores: StoreSheetSpec[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  stores.forEach((store, i) => {
    const sheet = workbook.addWorksheet(`StandIn${i}`, { state: store.state });
    encodeStore(store.records).forEach((row, r) =>
      row.forEach((text, c) => {
        const cell = sheet.getCell(r + 1, c + 1);
        cell.value = text;
        cell.numFmt = "@";
      }),
    );
  });
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  let xml = await zip.file("xl/workbook.xml")!.async("string");
  stores.forEach((store, i) => (xml = xml.replace(`name="StandIn${i}"`, `name="${escape(store.name)}"`)));
  zip.file("xl/workbook.xml", xml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The package with one sheet renamed and given a state, in its workbook part only (as a rename in LibreOffice leaves it). */
export async function renamedSheet(bytes: Uint8Array, from: string, to: string, state: SheetState): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const renamed = xml.replace(/<sheet\b[^>]*>/g, (tag) => {
    if (!tag.includes(` name="${escape(from)}"`)) return tag;
    const named = tag.replace(` name="${escape(from)}"`, ` name="${escape(to)}"`);
    return / state="[^"]*"/.test(named) ? named.replace(/ state="[^"]*"/, ` state="${state}"`) : named.replace(/^<sheet/, `<sheet state="${state}"`);
  });
  if (renamed === xml) throw new Error(`The test workbook has no sheet "${from}".`);
  zip.file("xl/workbook.xml", renamed);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Each sheet of the package as its workbook part lists it, in tab order. */
export async function packageSheets(bytes: Uint8Array): Promise<{ name: string; state: SheetState }[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  return [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map(([tag]) => ({
    name: (/ name="([^"]*)"/.exec(tag)?.[1] ?? "").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"),
    state: (/ state="([^"]*)"/.exec(tag)?.[1] ?? "visible") as SheetState,
  }));
}

/** The package with one sheet renamed as Excel renames it: in its workbook part, and in every defined name that refers to it. */
export async function renamedWithNames(bytes: Uint8Array, from: string, to: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const reference = (name: string) => `'${escape(name.replace(/'/g, "''"))}'!`;
  const renamed = xml
    .replace(/<sheet\b[^>]*>/g, (tag) => tag.replace(` name="${escape(from)}"`, ` name="${escape(to)}"`))
    .replace(/(<definedName\b[^>]*>)([^<]*)(<\/definedName>)/g, (_, open: string, text: string, close: string) => open + text.replace(/&apos;/g, "'").split(reference(from)).join(reference(to)) + close);
  if (renamed === xml) throw new Error(`The test workbook has no sheet "${from}".`);
  zip.file("xl/workbook.xml", renamed);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

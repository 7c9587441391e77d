/**
 * The streaming door's save on packages the corpus does not hold: written by other programs with
 * a namespace prefix on every element, without a style sheet or a shared-string table, with a
 * calculation chain; and run twice. The output must read back the same through ExcelJS and the
 * streaming reader, and the user's parts must come through as they were.
 */
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { StreamingXlsxDoor } from "../../../src/xlsx/streaming/StreamingXlsxDoor";
import { SharedStringTable } from "../../../src/xlsx/streaming/sharedStringTable";
import { XlsxDoor } from "../../../src/xlsx/XlsxDoor";
import { generateSummary } from "../../../src/door/operations";
import { recordReport } from "../../../src/door/historyOperations";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import type { WorkbookSnapshot } from "../../../src/core/cells";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

interface Options {
  /** "x:" puts every SpreadsheetML element under a prefix, as some generators write. */
  prefix?: string;
  styles?: boolean;
  sharedStrings?: boolean;
  calcChain?: boolean;
}

/** A small tracker sheet with the header and three actions, text inline so it needs no shared strings. */
function trackerRows(p: string): string {
  const row = (r: number, cells: string[]) =>
    `<${p}row r="${r}">${cells.map((text, i) => `<${p}c r="${String.fromCharCode(65 + i)}${r}" t="inlineStr"><${p}is><${p}t>${text}</${p}t></${p}is></${p}c>`).join("")}</${p}row>`;
  return (
    `<${p}sheetData>${row(1, ["Rec No", "Recommendation", "Category", "RAG"])}${row(2, ["1", "Agree the escalation route", "Governance", "Blue"])}` +
    `${row(3, ["2", "Brief all partners", "Learning", "Amber"])}${row(4, ["3", "Review the audit", "Learning", "Green"])}` +
    `<${p}row r="5"><${p}c r="A5"><${p}f>1+1</${p}f><${p}v>2</${p}v></${p}c></${p}row></${p}sheetData>`
  );
}

async function odd(options: Options): Promise<Uint8Array> {
  const p = options.prefix ?? "";
  const ns = p ? `xmlns:${p.slice(0, -1)}="${MAIN}"` : `xmlns="${MAIN}"`;
  const zip = new JSZip();
  const overrides = [`<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>`, `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/>`];
  const rels = [`<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>`];
  if (options.styles) {
    overrides.push(`<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>`);
    rels.push(`<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>`);
    zip.file(
      "xl/styles.xml",
      `<${p}styleSheet ${ns}><${p}fonts count="1"><${p}font><${p}sz val="10"/><${p}name val="Arial"/></${p}font></${p}fonts><${p}fills count="2"><${p}fill><${p}patternFill patternType="none"/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill></${p}fills><${p}borders count="1"><${p}border/></${p}borders><${p}cellXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></${p}cellXfs></${p}styleSheet>`,
    );
  }
  if (options.sharedStrings) {
    overrides.push(`<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>`);
    rels.push(`<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    zip.file("xl/sharedStrings.xml", `<${p}sst ${ns} count="1" uniqueCount="1"><${p}si><${p}t>Notes _x0041_ kept</${p}t></${p}si></${p}sst>`);
  }
  if (options.calcChain) {
    overrides.push(`<Override PartName="/xl/calcChain.xml" ContentType="${CT}.calcChain+xml"/>`);
    rels.push(`<Relationship Id="rId4" Type="${REL}/calcChain" Target="calcChain.xml"/>`);
    zip.file("xl/calcChain.xml", `<calcChain xmlns="${MAIN}"><c r="A5" i="1"/></calcChain>`);
  }
  zip.file("[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`);
  zip.file("_rels/.rels", `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file("xl/_rels/workbook.xml.rels", `<Relationships xmlns="${PKG}">${rels.join("")}</Relationships>`);
  zip.file("xl/workbook.xml", `<${p}workbook ${ns} xmlns:r="${REL}"><${p}sheets><${p}sheet name="Plan" sheetId="1" r:id="rId1"/></${p}sheets></${p}workbook>`);
  zip.file("xl/worksheets/sheet1.xml", `<${p}worksheet ${ns}>${trackerRows(p)}</${p}worksheet>`);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Summary sheets and a recorded report, through the streaming door, saved. */
async function summarised(bytes: Uint8Array): Promise<Uint8Array> {
  const door = await StreamingXlsxDoor.open(bytes, "odd.xlsx");
  await door.writeSettings({ ...DEFAULT_SETTINGS, asOf: "2021-11-01" });
  await generateSummary(door);
  await recordReport(door, undefined, "2021-11-01");
  return door.save();
}

function sheetNames(snapshot: WorkbookSnapshot): string[] {
  return snapshot.sheets.map((s) => s.name);
}

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const file of Object.values(zip.files)) if (!file.dir) out.set(file.name, await file.async("string"));
  return out;
}

describe.each([
  ["with a prefix on every element, a style sheet and shared strings", { prefix: "x:", styles: true, sharedStrings: true }],
  ["without a style sheet or a shared-string table", {}],
  ["with a style sheet but no shared strings, and a calculation chain", { styles: true, calcChain: true }],
])("the streaming door saves a package %s", (_, options: Options) => {
  it("so that ExcelJS and the streaming reader read the same sheets, settings and report", async () => {
    const input = await odd(options);
    const saved = await summarised(input);
    const streamed = await StreamingXlsxDoor.open(saved, "saved.xlsx");
    const a = await streamed.read();
    expect(sheetNames(a)).toEqual(["Plan", "RAG Summary", "Stale Actions"]);
    if (options.prefix) {
      // ExcelJS cannot read a package whose elements carry a prefix at all, ours or not (Excel can): the workbench names the doors that can.
      await expect(XlsxDoor.open(input, "input.xlsx")).rejects.toThrow(/the workbench's spreadsheet library cannot read, so it was not opened; RAG Tracker's command line/);
    } else {
      const exceljs = await XlsxDoor.open(saved, "saved.xlsx");
      expect(a).toEqual(await exceljs.read());
      expect(await streamed.readStore()).toEqual(await exceljs.readStore());
    }
    expect((await streamed.readSettings()).asOf).toBe("2021-11-01");
    expect((await streamed.readStore()).map((r) => r.kind)).toEqual(["settings", "snapshot"]);
    // The user's sheet comes through as it was.
    const [before, after] = [await parts(input), await parts(saved)];
    expect(after.get("xl/worksheets/sheet1.xml")).toBe(before.get("xl/worksheets/sheet1.xml"));
    if (options.sharedStrings) expect(after.get("xl/sharedStrings.xml")).toContain(`<${options.prefix}si><${options.prefix}t>Notes _x0041_ kept</${options.prefix}t></${options.prefix}si>`);
  });

  it("and a second run replaces its own sheets, growing neither the style sheet nor the package", async () => {
    const once = await summarised(await odd(options));
    const twice = await summarised(once);
    const [a, b] = [await parts(once), await parts(twice)];
    // Replacing a sheet drops the calculation chain (see below); nothing else comes or goes.
    a.delete("xl/calcChain.xml");
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    expect(b.get("xl/styles.xml")).toBe(a.get("xl/styles.xml"));
    // The second run's texts are the first run's, already in the table: it gains only the new report's record.
    const items = (xml: string | undefined) => (xml ?? "").split("<si>").length + (xml ?? "").split("<x:si>").length - 2;
    expect(items(b.get("xl/sharedStrings.xml")) - items(a.get("xl/sharedStrings.xml"))).toBe(1);
    expect(sheetNames(await (await StreamingXlsxDoor.open(twice, "twice.xlsx")).read())).toEqual(["Plan", "RAG Summary", "Stale Actions"]);
  });
});

describe("the generated sheets' strings", () => {
  it("reuse the user's plain strings, never one with rich-text runs or spaces at an edge", () => {
    const table = new SharedStringTable(["Blue", " padded", "Rich", "Blue"], new Set([2]));
    expect(["Blue", " padded", "Rich", "New", "Rich"].map((t) => table.add(t))).toEqual([0, 4, 5, 6, 5]);
    expect(table.size).toBe(3);
  });
});

describe("the streaming door and a calculation chain", () => {
  it("keeps the chain when it only adds sheets, and drops it (Excel rebuilds it) when it replaces one", async () => {
    const once = await parts(await summarised(await odd({ styles: true, calcChain: true })));
    expect(once.has("xl/calcChain.xml")).toBe(true);
    const twice = await parts(await summarised(await summarised(await odd({ styles: true, calcChain: true }))));
    expect(twice.has("xl/calcChain.xml")).toBe(false);
    expect(twice.get("[Content_Types].xml")).not.toContain("calcChain");
    expect(twice.get("xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
  });
});

describe("the streaming door with nothing to write", () => {
  it("saves every part as it was", async () => {
    const input = await odd({ prefix: "x:", styles: true, sharedStrings: true });
    const door = await StreamingXlsxDoor.open(input, "odd.xlsx");
    await door.read();
    expect(await parts(await door.save())).toEqual(await parts(input));
  });
});

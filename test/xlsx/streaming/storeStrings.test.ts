/**
 * The streaming save blanks the shared strings only the replaced store held (review finding 13):
 * a deleted or replaced report, with its actions' wording, does not stay in xl/sharedStrings.xml.
 * Every item keeps its number and the user's sheets their bytes, so nothing else moves.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { deleteReport, recordReport } from "../../../src/door/historyOperations";
import { loadHistory } from "../../helpers/loadHistory";
import { generateSummary } from "../../../src/door/operations";
import { StreamingXlsxDoor } from "../../../src/xlsx/streaming/StreamingXlsxDoor";
import { SharedStringTable } from "../../../src/xlsx/streaming/sharedStringTable";
import { readSharedStringItems } from "../../../src/xlsx/streaming/sharedStrings";
import { STORE_SHEET_NAME } from "../../../src/core/store";
import { sampleBytes } from "../../helpers/workbooks";
import { bytesOf } from "../helpers";

async function open(bytes: Uint8Array): Promise<StreamingXlsxDoor> {
  return StreamingXlsxDoor.open(bytes, "plan.xlsx");
}

async function strings(bytes: Uint8Array): Promise<string[]> {
  return (await readSharedStringItems(await JSZip.loadAsync(bytes), "xl/sharedStrings.xml")).texts;
}

/** Each sheet part's bytes, by path, but the store's. */
async function sheetParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p)).sort()) parts.set(path, await zip.file(path)!.async("string"));
  return parts;
}

async function storePart(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const relId = new RegExp(`<sheet [^>]*name="${STORE_SHEET_NAME}"[^>]*r:id="([^"]+)"`).exec(workbook)![1]!;
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  return `xl/${new RegExp(`Id="${relId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${relId}"`).exec(rels)![1]!}`;
}

describe("the streaming save and the old store's strings", () => {
  it("a deleted report's wording leaves the shared strings; every number and every user sheet stays as it was", async () => {
    const first = await open(sampleBytes());
    await recordReport(first, undefined, "2021-07-13");
    await recordReport(first, undefined, "2022-02-01");
    const before = await first.save();
    const held = await strings(before);
    expect(held.some((t) => t.includes('"date":"2021-07-13"'))).toBe(true);

    const door = await open(before);
    expect(await deleteReport(door, "2021-07-13")).toBe("Deleted the report recorded for 13 July 2021.");
    const after = await door.save();
    const left = await strings(after);
    expect(left).toHaveLength(held.length);
    expect(left.some((t) => t.includes('"date":"2021-07-13"'))).toBe(false);
    expect(left.filter((t, i) => t !== held[i]).every((t) => t === "")).toBe(true);
    // What the user sees is as it was: the sheets' parts (but the store's) byte for byte, and the strings they show.
    const store = await storePart(after);
    const userBefore = await sheetParts(before);
    const userAfter = await sheetParts(after);
    userBefore.delete(store);
    userAfter.delete(store);
    expect(userAfter).toEqual(userBefore);
    expect((await (await open(after)).read()).sheets).toEqual((await (await open(before)).read()).sheets);
    expect((await loadHistory(await open(after))).snapshots.map((s) => s.date)).toEqual(["2022-02-01"]);
    // And Excel's reader, ExcelJS, opens it.
    await new ExcelJS.Workbook().xlsx.load(after as unknown as ArrayBuffer);
  });

  it("a replaced report's old wording goes; a string a user's cell shows too is kept", async () => {
    const user = await bytesOf((wb) => {
      wb.addWorksheet("Plan").addRows([
        ["Rec No", "Recommendation", "RAG"],
        [1, "Agree the escalation route", "Amber"],
      ]);
      // The same text as the store's kind cells: the user's cell must keep it.
      wb.addWorksheet("Notes").addRows([["snapshot"], ["settings"]]);
    });
    const first = await open(user);
    await recordReport(first, undefined, "2021-07-13");
    const recorded = await first.save();
    const before = await strings(recorded);

    // The tracker's wording changes, and the report for the same date is recorded again.
    const zip = await JSZip.loadAsync(recorded);
    const sst = await zip.file("xl/sharedStrings.xml")!.async("string");
    zip.file("xl/sharedStrings.xml", sst.replace("Agree the escalation route", "Agree the new escalation route"));
    const changed = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const door = await open(changed);
    await recordReport(door, undefined, "2021-07-13", { replace: true });
    const after = await strings(await door.save());
    expect(after.filter((t) => t.includes("Agree the escalation route"))).toEqual([]);
    expect(after.filter((t) => t.includes("Agree the new escalation route"))).toHaveLength(2);
    expect(after).toContain("snapshot");
    expect(after).toContain("settings");
    expect(after.length).toBeGreaterThan(before.length);
  });

  it("blanks nothing in a table whose form is not plain items: a comment in it keeps every item as it was", async () => {
    const zip = new JSZip();
    zip.file("xl/sharedStrings.xml", '<?xml version="1.0"?><sst xmlns="m" uniqueCount="2"><si><t>a</t></si><!-- <si> --><si><t>b</t></si></sst>');
    const table = new SharedStringTable(["a", "b"], new Set());
    const bytes = await table.appendedTo(zip, "xl/sharedStrings.xml", new Set([0]));
    expect(new TextDecoder().decode(Buffer.concat(bytes))).toContain("<si><t>a</t></si>");

    zip.file("xl/sharedStrings.xml", '<?xml version="1.0"?><x:sst xmlns:x="m" uniqueCount="3"><x:si><x:t>a</x:t></x:si><x:si/><x:si><x:r><x:t>b</x:t></x:r></x:si></x:sst>');
    const prefixed = await new SharedStringTable(["a", "", "b"], new Set([2])).appendedTo(zip, "xl/sharedStrings.xml", new Set([0, 2]));
    expect(new TextDecoder().decode(Buffer.concat(prefixed))).toBe('<?xml version="1.0"?><x:sst xmlns:x="m" uniqueCount="3"><x:si><x:t/></x:si><x:si/><x:si><x:t/></x:si></x:sst>');
  });
});

describe("the streaming save and the old generated sheets' strings", () => {
  it("a response redacted on the plan leaves the file once the summary that quoted it is generated again", async () => {
    const first = await open(sampleBytes());
    await generateSummary(first);
    const summarised = await first.save();
    // The team redacts, in Excel, a response the Stale Actions sheet quotes: Excel's save keeps the old text in that sheet alone.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(summarised as unknown as ArrayBuffer);
    const quoted = new Set<string>();
    workbook.getWorksheet("Stale Actions")!.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === "string" && cell.value.length > 40 && quoted.add(cell.value))));
    let redacted: string | undefined;
    workbook.getWorksheet("Case Reviews")!.eachRow((row) =>
      row.eachCell((cell) => {
        if (redacted === undefined && typeof cell.value === "string" && quoted.has(cell.value)) {
          redacted = cell.value;
          cell.value = "[redacted]";
        }
      }),
    );
    expect(redacted).toBeDefined();
    const edited = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await strings(edited)).toContain(redacted);

    const again = await open(edited);
    await generateSummary(again);
    const after = await again.save();
    expect(await strings(after)).not.toContain(redacted);
    expect((await strings(after)).length).toBeGreaterThanOrEqual((await strings(edited)).length);
    // What the user's sheets show is as it was.
    const sheetsOf = async (bytes: Uint8Array) => (await (await open(bytes)).read()).sheets.filter((s) => s.generatedKey === undefined);
    expect(await sheetsOf(after)).toEqual(await sheetsOf(edited));
  });
});


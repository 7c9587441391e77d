// @vitest-environment node
/**
 * Review finding 9 as a LibreOffice user meets it: LibreOffice saves the store merely hidden, so
 * it can be unhidden and renamed. The file doors still know it by its header, the command line's
 * next report keeps the history and leaves one store, a deleted report's wording leaves the
 * shared strings (finding 13), and LibreOffice opens the result and keeps it all.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STORE_SHEET_NAME } from "../../src/core/store";
import { deleteReport, recordReport } from "../../src/door/historyOperations";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { StreamingXlsxDoor } from "../../src/xlsx/streaming/StreamingXlsxDoor";
import { readSharedStringItems } from "../../src/xlsx/streaming/sharedStrings";
import { packageSheets, renamedSheet } from "../helpers/storeSheets";
import { sampleBytes } from "../helpers/workbooks";
import { convertWithLibreOffice, freshDir, removeDir, requirePrograms, writeFile } from "./libreOffice";
import { loadHistory } from "../helpers/loadHistory";

const SHEETS = ["Peer Review", "Case Reviews", "Delivery Plan 2019-20", "Notes"];
let dir = "";
/** Two reports recorded, re-saved by LibreOffice, the store then renamed "ragtracker_data". */
let renamed: Uint8Array;
/** That, after the command line deleted the first report and recorded a third. */
let recorded: Uint8Array;
/** That, re-saved by LibreOffice. */
let resaved: Uint8Array;

function resave(name: string, bytes: Uint8Array): Uint8Array {
  const [output] = convertWithLibreOffice([writeFile(dir, name, bytes)], "xlsx:Calc MS Excel 2007 XML", join(dir, `resaved-${name}`));
  return new Uint8Array(readFileSync(output!));
}

/** The shared strings' texts, joined (LibreOffice escapes quotes as entities). */
async function sharedStrings(bytes: Uint8Array): Promise<string> {
  return (await readSharedStringItems(await JSZip.loadAsync(bytes), "xl/sharedStrings.xml")).texts.join("\n");
}

beforeAll(async () => {
  requirePrograms(["soffice"]);
  dir = freshDir("rag-lo-renamed-");
  const first = await StreamingXlsxDoor.open(sampleBytes(), "plan.xlsx");
  await recordReport(first, undefined, "2021-07-13");
  await recordReport(first, undefined, "2022-02-01");
  const hidden = resave("recorded.xlsx", await first.save());
  expect((await packageSheets(hidden)).find((s) => s.name === STORE_SHEET_NAME)?.state).toBe("hidden");
  renamed = await renamedSheet(hidden, STORE_SHEET_NAME, "ragtracker_data", "hidden");
  const door = await StreamingXlsxDoor.open(renamed, "plan.xlsx");
  await deleteReport(door, "2021-07-13");
  await recordReport(door, undefined, "2022-06-01");
  recorded = await door.save();
  resaved = resave("renamed.xlsx", recorded);
}, 240_000);

afterAll(() => {
  if (dir) removeDir(dir);
});

describe("a store LibreOffice saved hidden, then renamed", () => {
  it.each([
    ["the ExcelJS file door", (bytes: Uint8Array) => XlsxDoor.open(bytes, "plan.xlsx")],
    ["the streaming file door", (bytes: Uint8Array) => StreamingXlsxDoor.open(bytes, "plan.xlsx")],
  ])("%s reads it as the store, not as a tracker", async (_, open) => {
    const door = await open(renamed);
    expect((await door.read()).sheets.map((s) => s.name)).toEqual(SHEETS);
    const history = await loadHistory(door);
    expect(history.problems).toEqual([]);
    expect(history.snapshots.map((s) => s.date)).toEqual(["2021-07-13", "2022-02-01"]);
  });

  it("the command line's next report leaves one store, very hidden, without the deleted report's wording", async () => {
    const sheets = await packageSheets(recorded);
    expect(sheets.filter((s) => s.name.toLowerCase() === STORE_SHEET_NAME.toLowerCase())).toEqual([{ name: STORE_SHEET_NAME, state: "veryHidden" }]);
    expect(await sharedStrings(renamed)).toContain('"date":"2021-07-13"');
    expect(await sharedStrings(recorded)).not.toContain('"date":"2021-07-13"');
    const history = await loadHistory(await StreamingXlsxDoor.open(recorded, "plan.xlsx"));
    expect(history.snapshots.map((s) => s.date)).toEqual(["2022-02-01", "2022-06-01"]);
    expect(history.snapshots[1]!.actions).toHaveLength(173);
  });

  it("LibreOffice opens that and keeps it: the same sheets, both reports trusted", async () => {
    for (const open of [(b: Uint8Array) => XlsxDoor.open(b, "plan.xlsx"), (b: Uint8Array) => StreamingXlsxDoor.open(b, "plan.xlsx")]) {
      const door = await open(resaved);
      expect((await door.read()).sheets.map((s) => s.name)).toEqual(SHEETS);
      const history = await loadHistory(door);
      expect(history.problems).toEqual([]);
      expect(history.snapshots.map((s) => s.date)).toEqual(["2022-02-01", "2022-06-01"]);
    }
  });
});

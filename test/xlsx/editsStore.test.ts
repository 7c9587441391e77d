import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { STORE_SHEET_NAME, STORE_CHUNK, SETTINGS_RECORD } from "../../src/core/store";
import { DEFAULT_SETTINGS, parseSettings } from "../../src/core/settings";
import { fixRatings, undoFixes } from "../../src/door/operations";
import { WorkbookFileError } from "../../src/xlsx/WorkbookFileError";
import { sampleBytes } from "../helpers/workbooks";
import { bytesOf, openDoor, partText, reopen, sheetXml, userBytes } from "./helpers";

async function cell(bytes: Uint8Array, sheet: string, address: string): Promise<ExcelJS.Cell> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.getWorksheet(sheet)!.getCell(address);
}

describe("XlsxDoor.applyEdits", () => {
  it("types a rating given by colour alone, and undoing it leaves the cell empty, not an empty text", async () => {
    const bytes = await bytesOf((wb) => {
      const sheet = wb.addWorksheet("Plan");
      sheet.addRows([
        ["Rec No", "Recommendation", "RAG"],
        [1, "Consider deputies on Strategic Group", null],
        [2, "Revise Learning and Improvement Framework", "Amber"],
      ]);
      sheet.getCell("C2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } };
    });
    const door = await openDoor(bytes);
    const { edits } = await fixRatings(door);
    expect(edits).toEqual([{ sheet: "Plan", row: 2, column: 3, from: "", to: "Green" }]);
    expect((await cell(await door.save(), "Plan", "C2")).value).toBe("Green");
    await undoFixes(door, edits);
    const saved = await door.save();
    expect((await cell(saved, "Plan", "C2")).value).toBeNull();
    expect(await sheetXml(saved, "Plan")).not.toMatch(/<c r="C2"[^>]*t="s"/);
    expect((await cell(saved, "Plan", "C2")).fill).toMatchObject({ fgColor: { argb: "FF00B050" } });
  });

  it("writes text as text and dates as dates, once every cell still holds what was read", async () => {
    const bytes = await bytesOf((wb) => {
      const sheet = wb.addWorksheet("Plan");
      sheet.addRows([
        ["Rec No", "RAG", "Last Updated"],
        [13, "blue ", null],
        [14, "b", new Date(Date.UTC(2021, 0, 5))],
      ]);
      sheet.getCell("C3").numFmt = "d mmm yyyy";
      sheet.getCell("B2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF0070C0" } };
    });
    const door = await openDoor(bytes);
    const changed = await door.applyEdits([
      { sheet: "Plan", row: 2, column: 2, from: "blue ", to: "Blue" },
      { sheet: "plan", row: 3, column: 2, from: "b", to: "=B" },
    ]);
    expect(changed).toBe(2);
    const saved = await door.save();
    expect((await cell(saved, "Plan", "B2")).value).toBe("Blue");
    // The team's own fill stays.
    expect((await cell(saved, "Plan", "B2")).fill).toMatchObject({ fgColor: { argb: "FF0070C0" } });
    expect((await cell(saved, "Plan", "B3")).type).toBe(ExcelJS.ValueType.String);
    expect((await (await openDoor(saved)).read()).sheets[0]!.values.slice(1)).toEqual([
      [13, "Blue"],
      [14, "=B", new Date(Date.UTC(2021, 0, 5))],
    ]);
  });

  it("changes nothing when any cell no longer holds what was read, and says which", async () => {
    const bytes = await userBytes();
    const door = await openDoor(bytes);
    const before = await door.read();
    // The Plan sheet as saved by a door that was asked nothing: rows 1 to 3, no row 9.
    const untouched = await sheetXml(await (await openDoor(bytes)).save(), "Plan");
    expect(untouched).toMatch(/<row r="3"/);
    expect(untouched).not.toMatch(/<row r="9"/);
    await expect(
      door.applyEdits([
        { sheet: "Plan", row: 3, column: 4, from: "blue ", to: "Blue" },
        { sheet: "Plan", row: 2, column: 4, from: "Blue", to: "B" },
      ]),
    ).rejects.toThrow('Nothing was changed because row 2 of "Plan" now holds "B" where "Blue" was read; check again and retry.');
    await expect(door.applyEdits([{ sheet: "Plan", row: 9, column: 4, from: "A", to: "Amber" }])).rejects.toThrow(
      'Nothing was changed because row 9 of "Plan" now holds "" where "A" was read; check again and retry.',
    );
    await expect(door.applyEdits([{ sheet: "Old plan", row: 2, column: 4, from: "B", to: "Blue" }])).rejects.toThrow(
      'Nothing was changed because there is no sheet named "Old plan" any more; check again and retry.',
    );
    expect(await door.read()).toEqual(before);
    // Not even an empty cell was created by the checks: the saved sheet part is the same XML, with
    // no row 9 (a read's values leave out empty rows and cells, so they could not show one).
    const saved = await sheetXml(await door.save(), "Plan");
    expect(saved).not.toMatch(/<row r="9"/);
    expect(saved).not.toMatch(/<c r="D9"/);
    expect(saved).toBe(untouched);
    expect((await (await reopen(door)).read()).sheets[0]!.values).toEqual(before.sheets[0]!.values);
  });

  it("fixes the sample's mistyped rating through the Fix ratings operation", async () => {
    const door = await openDoor(sampleBytes(), "sample.xlsx");
    const { edits } = await fixRatings(door);
    expect(edits).toContainEqual(expect.objectContaining({ sheet: "Delivery Plan 2019-20", from: "blue ", to: "B" }));
    const plan = (await (await reopen(door)).read()).sheets.find((s) => s.name === "Delivery Plan 2019-20")!;
    expect(plan.values.find((r) => r[1] === "2.3")![6]).toBe("B");
    expect(plan.values.find((r) => r[1] === "22.6")![6]).toBe("Yellow");
  });
});

describe("XlsxDoor settings and store", () => {
  it("gives the default settings when the workbook has none", async () => {
    expect(await (await openDoor(await userBytes())).readSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await (await openDoor(await userBytes())).readStore()).toEqual([]);
  });

  it("keeps settings on a very hidden sheet that travels with the file and is not read as a tracker", async () => {
    const door = await openDoor(await userBytes());
    const settings = { ...DEFAULT_SETTINGS, staleDays: 60, asOf: "2021-07-13", columnOverrides: { Plan: { rating: "D" } } };
    await door.writeSettings(settings);
    const bytes = await door.save();
    expect(await partText(bytes, "xl/workbook.xml")).toMatch(new RegExp(`<sheet [^>]*name="${STORE_SHEET_NAME}" state="veryHidden"`));
    const again = await openDoor(bytes);
    expect(await again.readSettings()).toEqual(settings);
    expect((await again.read()).sheets.map((s) => s.name)).toEqual(["Plan", "Notes"]);
  });

  it("keeps other records when settings are written, and splits long records over cells", async () => {
    const door = await openDoor(await userBytes());
    const long = JSON.stringify({ text: "=".repeat(STORE_CHUNK * 2 + 10) });
    await door.writeStore([{ kind: "snapshot", id: "2021-07-13", json: long }]);
    await door.writeSettings({ ...DEFAULT_SETTINGS, staleDays: 30 });
    const again = await reopen(door);
    const records = await again.readStore();
    expect(records.map((r) => [r.kind, r.id])).toEqual([
      ["settings", "workbook"],
      ["snapshot", "2021-07-13"],
    ]);
    expect(records[1]!.json).toBe(long);
    expect((await again.readSettings()).staleDays).toBe(30);
  });

  it("refuses stored settings that are not valid, with parseSettings' sentence", async () => {
    const door = await openDoor(await userBytes());
    await door.writeStore([{ ...SETTINGS_RECORD, json: JSON.stringify({ staleDays: 0 }) }]);
    const expected = parseSettings({ staleDays: 0 });
    expect(expected.ok).toBe(false);
    const error = await door.readSettings().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookFileError);
    expect((error as Error).message).toBe((expected as { message: string }).message);
    await door.writeStore([{ ...SETTINGS_RECORD, json: "{not json" }]);
    await expect(door.readSettings()).rejects.toThrow("The RAG Tracker settings saved in this workbook are damaged (their text is cut short or garbled); save the settings again in the task pane.");
  });

  it("replaces the store sheet in place rather than adding another", async () => {
    const door = await openDoor(await userBytes());
    await door.writeSettings({ ...DEFAULT_SETTINGS, staleDays: 10 });
    await door.writeSettings({ ...DEFAULT_SETTINGS, staleDays: 20 });
    const bytes = await (await reopen(door)).save();
    const zip = await JSZip.loadAsync(bytes);
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbook.match(new RegExp(`name="${STORE_SHEET_NAME}"`, "g"))).toHaveLength(1);
    expect((await (await openDoor(bytes)).readSettings()).staleDays).toBe(20);
  });
});

describe("XlsxDoor.select and userName", () => {
  it("records the cell to show, since a file has no selection of its own", async () => {
    const door = await openDoor(await userBytes());
    expect(door.lastSelection).toBeNull();
    await door.select("plan", 3, 4);
    expect(door.lastSelection).toEqual({ sheet: "Plan", row: 3, column: 4 });
    await expect(door.select("Gone", 1, 1)).rejects.toThrow('There is no sheet named "Gone" in this workbook.');
    expect(door.lastSelection).toEqual({ sheet: "Plan", row: 3, column: 4 });
    expect(await door.userName()).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { escapeCharacterCodes } from "../../src/xlsx/characterCodes";
import { storeVeryHidden } from "../../src/xlsx/storeSheet";
import { openDoor, reopen, userBytes } from "./helpers";

describe("escapeCharacterCodes", () => {
  it("escapes the underscore that starts each character code, overlapping ones too, and nothing else", () => {
    expect(escapeCharacterCodes("_x0041_")).toBe("_x005F_x0041_");
    expect(escapeCharacterCodes("_x0041_x0042_")).toBe("_x005F_x0041_x005F_x0042_");
    expect(escapeCharacterCodes("<t>a_x00e9_b</t>")).toBe("<t>a_x005F_x00e9_b</t>");
    expect(escapeCharacterCodes("my_x_file _x12_ _xGHIJ_")).toBe("my_x_file _x12_ _xGHIJ_");
  });
});

describe("text that looks like a character code", () => {
  it("reads back as written, in a user's cell and in RAG Tracker's store", async () => {
    const door = await openDoor(await userBytes());
    const sheet = (await door.read()).sheets[0]!;
    const from = sheet.values[1]![1];
    const literal = "Ref _x0041_x0042_ and _x005F_ kept";
    await door.applyEdits([{ sheet: sheet.name, row: sheet.firstRow + 1, column: sheet.firstColumn + 1, from: String(from), to: literal }]);
    await door.writeStore([{ kind: "probe", id: "1", json: JSON.stringify({ title: literal }) }]);
    const again = await reopen(door);
    expect((await again.read()).sheets[0]!.values[1]![1]).toBe(literal);
    expect((await again.readStore())[0]!.json).toBe(JSON.stringify({ title: literal }));
    // A second save of the reopened file escapes once, not twice.
    const third = await reopen(again);
    expect((await third.readStore())[0]!.json).toBe(JSON.stringify({ title: literal }));
  });
});

describe("storeVeryHidden", () => {
  const xml = (state: string) => `<sheets><sheet name="Plan" sheetId="1" r:id="rId1"/><sheet name="RAGTracker_Data" sheetId="2"${state} r:id="rId2"/><sheet name="RAGTracker_Data2" sheetId="3" state="hidden" r:id="rId3"/></sheets>`;

  it("puts RAG Tracker's data sheet back to very hidden, whatever another application made it, and touches no other sheet", () => {
    expect(storeVeryHidden(xml(' state="hidden"'))).toBe(xml(' state="veryHidden"'));
    expect(storeVeryHidden(xml(' state="visible"'))).toBe(xml(' state="veryHidden"'));
    expect(storeVeryHidden(xml(""))).toContain('<sheet state="veryHidden" name="RAGTracker_Data" sheetId="2" r:id="rId2"/>');
    expect(storeVeryHidden(xml(' state="veryHidden"'))).toBe(xml(' state="veryHidden"'));
  });

  it("is applied on save, so a store sheet someone unhid is very hidden again", async () => {
    const door = await openDoor(await userBytes());
    await door.writeStore([{ kind: "probe", id: "1", json: "{}" }]);
    const zip = await JSZip.loadAsync(await door.save());
    const workbook = (await zip.file("xl/workbook.xml")!.async("string")).replace('state="veryHidden"', 'state="visible"');
    zip.file("xl/workbook.xml", workbook);
    const unhidden = await openDoor(await zip.generateAsync({ type: "uint8array" }));
    const saved = await JSZip.loadAsync(await unhidden.save());
    expect(await saved.file("xl/workbook.xml")!.async("string")).toMatch(/<sheet [^>]*name="RAGTracker_Data"[^>]*state="veryHidden"|<sheet [^>]*state="veryHidden"[^>]*name="RAGTracker_Data"/);
  });
});

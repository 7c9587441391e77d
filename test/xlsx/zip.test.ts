import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { crc32, hasNativeDeflate, writeZip } from "../../src/xlsx/zipWriter";
import { handPlan, openDoor, userBytes } from "./helpers";

describe("the zip writer", () => {
  it("computes the standard CRC-32", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it("writes a zip that another reader opens, with every part intact", async () => {
    expect(hasNativeDeflate()).toBe(true);
    const text = "<worksheet>" + "<row/>".repeat(5000) + "</worksheet>";
    const bytes = await writeZip([
      { name: "[Content_Types].xml", data: new TextEncoder().encode("<Types/>") },
      { name: "xl/worksheets/sheet1.xml", data: new TextEncoder().encode(text) },
      { name: "xl/media/empty.bin", data: new Uint8Array(0) },
    ]);
    expect(bytes.length).toBeLessThan(text.length);
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(["[Content_Types].xml", "xl/worksheets/sheet1.xml", "xl/media/empty.bin"]);
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).toBe(text);
    expect((await zip.file("xl/media/empty.bin")!.async("uint8array")).length).toBe(0);
  });

  it("saves the same workbook to the same bytes", async () => {
    const door = await openDoor(await userBytes());
    await door.applyPlan({ sheets: [handPlan()] });
    const first = await door.save();
    expect(await door.save()).toEqual(first);
    await JSZip.loadAsync(first, { checkCRC32: true });
  });
});

/** Reading one zip entry as XML events while it decompresses. */
import JSZip from "jszip";
import { expect, it } from "vitest";
import { streamXml } from "../../../src/xlsx/streaming/xmlEvents";
import { readSharedStringItems } from "../../../src/xlsx/streaming/sharedStrings";

it("characters of several bytes split between decompressed chunks read whole", async () => {
  // 50,000 strings of 2-, 3- and 4-byte characters (about 2 MB): the part decompresses in many chunks, whose edges fall inside characters.
  const strings = Array.from({ length: 50_000 }, (_, i) => `é東😀${i}ü語🙂`);
  const zip = new JSZip();
  // Given as bytes: JSZip's own encoder can cut a surrogate pair in two when it is given a long string.
  const xml = new TextEncoder().encode(`<sst xmlns="x">${strings.map((s) => `<si><t>${s}</t></si>`).join("")}</sst>`);
  zip.file("sst.xml", xml, { compression: "DEFLATE" });
  const packaged = await JSZip.loadAsync(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
  expect((await readSharedStringItems(packaged, "sst.xml")).texts).toEqual(strings);
});

it("element names reach the handlers without their prefix, attributes with theirs, and a missing part is reported", async () => {
  const zip = new JSZip();
  zip.file("part.xml", `<x:worksheet xmlns:x="main" xmlns:r="rel"><x:hyperlink ref="A1" r:id="rId1"/><![CDATA[raw <text>]]></x:worksheet>`);
  const seen: string[] = [];
  const found = await streamXml(zip, "part.xml", {
    open: (name, attributes) => seen.push(`<${name} ${Object.keys(attributes).join(" ")}>`),
    text: (text) => seen.push(text),
    close: (name) => seen.push(`</${name}>`),
  });
  expect(found).toBe(true);
  expect(seen).toEqual(["<worksheet xmlns:x xmlns:r>", "<hyperlink ref r:id>", "</hyperlink>", "raw <text>", "</worksheet>"]);
  expect(await streamXml(zip, "missing.xml", { open: () => undefined })).toBe(false);
});

it("an error a handler throws reaches the caller as it is", async () => {
  const zip = new JSZip();
  zip.file("part.xml", `<a><b/></a>`);
  await expect(
    streamXml(zip, "part.xml", {
      open: (name) => {
        if (name === "b") throw new Error("The sheet refers to something it does not have.");
      },
    }),
  ).rejects.toThrow("The sheet refers to something it does not have.");
});

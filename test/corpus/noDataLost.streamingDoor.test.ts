/**
 * No data lost through the streaming file door (the command line's): every action it can take on
 * every corpus workbook and the sample, saved and fingerprinted after each (see noDataLostSteps.ts).
 * And more than the fingerprint: every part of the user's package that the door does not declare
 * it edits comes out byte for byte as it went in, and the style sheet and the shared-string table
 * keep every entry the user's cells point to, in its place.
 */
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { StreamingXlsxDoor } from "../../src/xlsx/streaming/StreamingXlsxDoor";
import { readPackageWorkbook } from "../../src/xlsx/streaming/workbookPart";
import { relsPathOf } from "../../src/xlsx/packageXml";
import { fingerprintWorkbook } from "../helpers/xlsxFingerprint";
import { SHEET_STEPS, TIME_LIMIT, WORKBOOK_NAMES, everyStepLosesNothing, expectedRefusals, workbooksAtReportDate } from "./noDataLostSteps";

const workbooks = workbooksAtReportDate();
const APP_PROPERTIES = "docProps/app.xml";

async function parts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const file of Object.values(zip.files)) if (!file.dir) out.set(file.name, await file.async("uint8array"));
  return out;
}

/** The items of each list of a style sheet (fonts, fills, borders, cell formats, number formats), as text. */
function styleLists(xml: string): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  for (const [list, item] of [
    ["numFmts", "numFmt"],
    ["fonts", "font"],
    ["fills", "fill"],
    ["borders", "border"],
    ["cellXfs", "xf"],
  ] as const) {
    const body = new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(xml)?.[1] ?? "";
    lists[list] = body.match(new RegExp(`<${item}\\b[^>]*?/>|<${item}\\b[^>]*>[\\s\\S]*?</${item}>`, "g")) ?? [];
  }
  return lists;
}

describe.each(WORKBOOK_NAMES)("no data lost through the streaming file door: %s", (name) => {
  it(
    "every command-line action, saved after each; untouched parts byte for byte",
    async () => {
      const input = workbooks.get(name)!;
      const door = await StreamingXlsxDoor.open(input, `${name}.xlsx`);
      let saved = input;
      const result = await everyStepLosesNothing(door, async (ignore) => fingerprintWorkbook((saved = await door.save()), ignore), SHEET_STEPS, await fingerprintWorkbook(input));
      expect(result.refused).toEqual(expectedRefusals(name, SHEET_STEPS));

      // The parts the door declares it edits: the workbook part, its relationships, the content types, the style sheet, the shared strings
      // and, of the package's properties, only the list of worksheet names.
      const workbook = await readPackageWorkbook(await JSZip.loadAsync(input));
      const edited = new Set([workbook.part, relsPathOf(workbook.part), "[Content_Types].xml", workbook.stylesPart ?? "", workbook.sharedStringsPart ?? "", APP_PROPERTIES]);
      const before = await parts(input);
      const after = await parts(saved);
      for (const [path, bytes] of before) {
        if (edited.has(path)) continue;
        expect(after.get(path), `${path} is kept byte for byte`).toEqual(bytes);
      }
      if (SHEET_STEPS.every((s) => s.name === "analyse" || result.refused.includes(s.name))) {
        // Every change refused: the same parts, each as it was.
        expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
      }
      const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
      if (before.has(APP_PROPERTIES)) {
        const withoutTitles = (xml: string) => xml.replace(/<HeadingPairs>[\s\S]*?<\/HeadingPairs>|<TitlesOfParts>[\s\S]*?<\/TitlesOfParts>/g, "");
        expect(withoutTitles(decode(after.get(APP_PROPERTIES))), "the package's properties keep all but the worksheet list").toBe(withoutTitles(decode(before.get(APP_PROPERTIES))));
      }
      if (workbook.stylesPart) {
        const original = styleLists(decode(before.get(workbook.stylesPart)));
        const now = styleLists(decode(after.get(workbook.stylesPart)));
        for (const list of Object.keys(original)) expect(now[list]!.slice(0, original[list]!.length), `${list} keeps the user's entries in place`).toEqual(original[list]);
      }
      if (workbook.sharedStringsPart) {
        const strings = (xml: string) => xml.match(/<si>[\s\S]*?<\/si>|<si\/>/g) ?? [];
        const original = strings(decode(before.get(workbook.sharedStringsPart)));
        expect(strings(decode(after.get(workbook.sharedStringsPart))).slice(0, original.length), "the user's strings keep their numbers").toEqual(original);
      }
    },
    TIME_LIMIT,
  );
});

describe("the streaming file door, run again on its own output", () => {
  it("replaces its sheets without growing the style sheet or the package", async () => {
    const first = await StreamingXlsxDoor.open(workbooks.get("sample")!, "sample.xlsx");
    await SHEET_STEPS[1]!.run(first);
    const once = await first.save();
    const second = await StreamingXlsxDoor.open(once, "once.xlsx");
    await SHEET_STEPS[1]!.run(second);
    const twice = await second.save();
    const [a, b] = [await parts(once), await parts(twice)];
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    expect(new TextDecoder().decode(b.get("xl/styles.xml"))).toBe(new TextDecoder().decode(a.get("xl/styles.xml")));
  });
});

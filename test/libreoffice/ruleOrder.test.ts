// @vitest-environment node
/**
 * Two conditional formats on the same cells whose priorities interleave (1 and 4 in one, 2 and 3 in
 * the other), through the workbench's download, then opened by LibreOffice Calc, which applies the
 * formats in the order the file lists them. Its HTML export shows each cell with the format that
 * applies to it: each recommendation must show the colour Excel gives it by priority. The same for
 * the command line's copy (summarize -o) of a plan whose RAG column has two such formats on
 * overlapping cells.
 */
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { generateSummary } from "../../src/door/operations";
import { runCli } from "../../src/cli/program";
import { PEER_REVIEW_ROWS } from "../fixtures/peerReview";
import { colourByPriority, peerReviewWithInterleavedRules } from "../fixtures/interleavedRules";
import { memoryIo } from "../helpers/memoryIo";
import { bytesOf } from "../xlsx/helpers";
import { convertWithLibreOffice, fillInHtml, freshDir, removeDir, requirePrograms, rowFillsInHtml, writeFile } from "./libreOffice";

const YELLOW = "#FFEB9C";
const GREEN = "#C6EFCE";
const PINK = "#FFC7CE";
const BLUE = "#BDD7EE";
const FILLS = [YELLOW, GREEN, PINK, BLUE];

/**
 * On the recommendations, one format with priority 1 (rated G: green) and 4 (rated B: pink), another with 2 (recommendations
 * 1 and 2: yellow) and 3 (naming SET: blue, stopping the rules after it), listed as Excel may write them.
 */
const INTERLEAVED =
  '<conditionalFormatting sqref="C2:C7"><cfRule type="expression" dxfId="1" priority="1"><formula>$D2="G"</formula></cfRule>' +
  '<cfRule type="expression" dxfId="2" priority="4"><formula>$D2="B"</formula></cfRule></conditionalFormatting>' +
  '<conditionalFormatting sqref="C2:C7"><cfRule type="expression" dxfId="0" priority="2"><formula>$B2&lt;=2</formula></cfRule>' +
  '<cfRule type="containsText" dxfId="3" priority="3" operator="containsText" text="SET" stopIfTrue="1"><formula>NOT(ISERROR(SEARCH("SET",C2)))</formula></cfRule></conditionalFormatting>';

/** The peer review's first six recommendations (rated B, B, G, B, B, B) and the colour Excel shows each with: the first rule by priority that holds. */
const EXPECTED: [number, string][] = [
  [1, YELLOW],
  [2, YELLOW],
  [3, GREEN],
  [4, PINK],
  [5, BLUE],
  [6, PINK],
];

async function planWithInterleavedRules(): Promise<Uint8Array> {
  const built = await bytesOf((wb) => {
    const sheet = wb.addWorksheet("Peer Review");
    sheet.addRows([["Category", "Rec No", "Recommendation", "RAG"], ...PEER_REVIEW_ROWS.slice(0, 6)]);
    // Formats for the fills (dxfId 0 to 3); the rules themselves are written below as the file holds them.
    const styles = FILLS.map((colour) => ({ fill: { type: "pattern" as const, pattern: "solid" as const, bgColor: { argb: `FF${colour.slice(1)}` } } }));
    sheet.addConditionalFormatting({ ref: "C2:C7", rules: styles.map((style, i) => ({ type: "expression" as const, priority: i + 1, formulae: ["FALSE"], style })) });
  });
  const zip = await JSZip.loadAsync(built);
  const part = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(part)!.async("string");
  zip.file(part, xml.replace(/(<conditionalFormatting\b[\s\S]*<\/conditionalFormatting>)/, INTERLEAVED));
  return zip.generateAsync({ type: "uint8array" });
}

/** The command line's copy of the plan whose RAG column has interleaving formats. */
async function summarizedByCommandLine(): Promise<Uint8Array> {
  const io = memoryIo({ "plan.xlsx": await peerReviewWithInterleavedRules() });
  if ((await runCli(["summarize", "plan.xlsx", "-o", "out.xlsx"], io)) !== 0) throw new Error(io.err.join(""));
  return io.files.get("out.xlsx")!;
}

let dir = "";
let html = "";
let commandLineHtml = "";

beforeAll(async () => {
  requirePrograms(["soffice"]);
  dir = freshDir("rag-lo-rule-order-");
  const door = await XlsxDoor.open(await planWithInterleavedRules(), "peer-review.xlsx");
  await generateSummary(door);
  const files = [writeFile(dir, "peer-review.xlsx", await door.save()), writeFile(dir, "summarized.xlsx", await summarizedByCommandLine())];
  const [exported, commandLine] = convertWithLibreOffice(files, "html", dir);
  html = readFileSync(exported!, "utf8");
  commandLineHtml = readFileSync(commandLine!, "utf8");
}, 120_000);

afterAll(() => removeDir(dir));

describe("conditional formats whose priorities interleave, worked out by LibreOffice Calc after the download", () => {
  it.each(EXPECTED)("recommendation %i shows %s, as Excel shows it", (no, colour) => {
    const recommendation = PEER_REVIEW_ROWS.find((row) => row[1] === no)![2];
    expect(fillInHtml(html, recommendation)).toBe(colour);
  });
});

describe("a RAG column whose formats' priorities interleave on overlapping cells, worked out by LibreOffice Calc after summarize -o", () => {
  // Recommendation 3, a G on the rows of both formats, is the one that showed the first format's yellow (priority 3).
  it.each([1, 3, 19, 25])("recommendation %i's rating shows the colour Excel shows it with", (no) => {
    const recommendation = PEER_REVIEW_ROWS.find((row) => row[1] === no)![2];
    expect(rowFillsInHtml(commandLineHtml, recommendation).at(-1)).toBe(colourByPriority(no));
  });
});

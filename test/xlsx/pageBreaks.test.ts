/** The engine's page breaks reach the file: <rowBreaks> after the header and footer, from both file doors, replaced on a second run. */
import { describe, expect, it } from "vitest";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { StreamingXlsxDoor } from "../../src/xlsx/streaming/StreamingXlsxDoor";
import { generateSummary } from "../../src/door/operations";
import { handPlan, sheetXml, userBytes } from "./helpers";
import { sampleBytes } from "../helpers/workbooks";

const DOORS = [
  { name: "the ExcelJS door", open: (bytes: Uint8Array) => XlsxDoor.open(bytes, "plan.xlsx") },
  { name: "the streaming door", open: (bytes: Uint8Array) => StreamingXlsxDoor.open(bytes, "plan.xlsx") },
];

/** Each break's row as the file gives it: the row above which the page breaks, counted from 0. */
function breaksIn(xml: string): { ids: number[]; counts: string | undefined } {
  const block = /<rowBreaks\b([^>]*)>([\s\S]*?)<\/rowBreaks>/.exec(xml);
  if (!block) return { ids: [], counts: undefined };
  for (const brk of block[2]!.match(/<brk\b[^>]*\/>/g) ?? []) expect(brk).toMatch(/max="16383" man="1"/);
  return { ids: [...block[2]!.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1])), counts: block[1]!.trim() };
}

describe.each(DOORS)("page breaks from $name", ({ open }) => {
  it("writes each break above its row, after the header and footer and before the drawing, as the schema orders them", async () => {
    const door = await open(await userBytes());
    await door.applyPlan({ sheets: [handPlan({ pageBreaks: [5, 8] })] });
    const xml = await sheetXml(await door.save(), "RAG Summary");
    expect(breaksIn(xml)).toEqual({ ids: [4, 7], counts: 'count="2" manualBreakCount="2"' });
    const at = (tag: string) => xml.indexOf(`<${tag}`);
    expect(at("pageMargins")).toBeGreaterThan(0);
    expect(at("pageMargins")).toBeLessThan(at("pageSetup"));
    expect(at("headerFooter")).toBeLessThan(at("rowBreaks"));
    expect(at("rowBreaks")).toBeLessThan(at("drawing"));
    expect(xml).toContain('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  });

  it("writes no <rowBreaks> for a plan without breaks", async () => {
    const door = await open(await userBytes());
    await door.applyPlan({ sheets: [handPlan({ pageBreaks: [] })] });
    expect(await sheetXml(await door.save(), "RAG Summary")).not.toContain("rowBreaks");
  });

  it("replaces the breaks on a second run rather than adding to them", async () => {
    const first = await open(await userBytes());
    await first.applyPlan({ sheets: [handPlan({ pageBreaks: [5, 8] })] });
    const second = await open(await first.save());
    await second.applyPlan({ sheets: [handPlan({ pageBreaks: [6] })] });
    expect(breaksIn(await sheetXml(await second.save(), "RAG Summary")).ids).toEqual([5]);
  });

  it("writes the breaks the engine chose for the sample's RAG Summary", async () => {
    const door = await open(sampleBytes());
    await generateSummary(door);
    const ids = breaksIn(await sheetXml(await door.save(), "RAG Summary")).ids;
    expect(ids.length).toBeGreaterThan(0);
  });
});

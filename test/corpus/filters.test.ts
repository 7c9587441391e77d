/**
 * Filters are the user's: a filtered Excel Table and a filtered plain range keep what they filter
 * on through every action of the file door (ExcelJS alone drops the criteria and leaves the rows
 * hidden with no filter to clear).
 */
import { beforeAll, describe, expect, it } from "vitest";
import JSZip from "jszip";
import { buildCorpus } from "../../scripts/corpus/corpus";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { withOriginalFilter } from "../../src/xlsx/keptFilters";
import { fixRatings, generateSummary, highlightRatingProblems } from "../../src/door/operations";
import { generateCommitteePack, recordReport } from "../../src/door/historyOperations";

const corpus = new Map<string, Uint8Array>();

beforeAll(async () => {
  for (const entry of await buildCorpus()) corpus.set(entry.name, entry.bytes);
});

async function part(bytes: Uint8Array, path: string): Promise<string> {
  const text = await (await JSZip.loadAsync(bytes)).file(path)?.async("string");
  if (text === undefined) throw new Error(`No ${path} in the package.`);
  return text;
}

const filterOf = (xml: string) => /<autoFilter\b[^>]*?(?:\/>|>[\s\S]*?<\/autoFilter>)/.exec(xml)?.[0];

async function afterEveryAction(bytes: Uint8Array): Promise<Uint8Array> {
  const door = await XlsxDoor.open(bytes, "plan.xlsx");
  await generateSummary(door);
  await highlightRatingProblems(door);
  await fixRatings(door);
  await recordReport(door, undefined, "2021-11-01");
  await generateCommitteePack(door, undefined, "2021-11-01");
  return door.save();
}

describe("filters survive the file door", () => {
  it("an Excel Table filtered to Amber keeps its filter on RAG", async () => {
    const input = corpus.get("filtered-table")!;
    const saved = await afterEveryAction(input);
    const filter = filterOf(await part(saved, "xl/tables/table1.xml"));
    expect(filter).toContain('<filterColumn colId="4"><filters><filter val="Amber"/></filters></filterColumn>');
    expect(filter).toBe(filterOf(await part(input, "xl/tables/table1.xml")));
  });

  it("a plain range filtered to Amber keeps its filter", async () => {
    const input = corpus.get("filtered-range")!;
    const saved = await afterEveryAction(input);
    const filter = filterOf(await part(saved, "xl/worksheets/sheet1.xml"));
    expect(filter).toBe('<autoFilter ref="A1:E7"><filterColumn colId="4"><filters><filter val="Amber"/></filters></filterColumn></autoFilter>');
  });

  it("a filter whose range changed is not put back, and a sort state comes back with its filter", () => {
    const original = '<x><autoFilter ref="A1:E7"><filterColumn colId="4"/></autoFilter><sortState ref="A2:E7"><sortCondition ref="E2:E7"/></sortState></x>';
    expect(withOriginalFilter('<x><autoFilter ref="A1:E9"/></x>', original)).toBeNull();
    expect(withOriginalFilter('<x><autoFilter ref="A1:E7"/></x>', original)).toBe(original);
  });
});

/**
 * A RAG key kept as a legend row above the tracker's header, under its title: the index the plan
 * is read with, where it would otherwise be read with Blue alone complete, or with its letters invalid.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellValue } from "../../src/core/cells";

const HEADER = ["Rec No", "Recommendation", "Time scale", "RAG"];
const run = (legend: CellValue[], ratings: string[]) =>
  analyseWorkbook(
    {
      sheets: [
        {
          name: "Plan",
          firstRow: 1,
          firstColumn: 1,
          values: [
            ["LSCP peer review action plan"],
            legend,
            [],
            HEADER,
            ...ratings.map((rating, i) => [i + 1, ["Consider deputies on Strategic Group", "Revise the Learning and Improvement Framework", "Agree a multiagency dataset", "Develop different audit models"][i]!, "March 2021", rating]),
          ],
          merges: [],
        },
      ],
    },
    DEFAULT_SETTINGS,
    "2021-11-01",
  );

describe("a legend row above the header", () => {
  it("is the index: where Green means complete too, a Green action past its time scale is not overdue", () => {
    const a = run(["Key:", "Blue – complete and embedded", "Green – complete, not yet embedded", "Amber – started, not yet complete", "Red – not started"], ["Blue", "Green", "Amber", "Red"]);
    expect(a.index.source).toEqual({ kind: "above", sheet: "Plan", row: 2 });
    expect(a.index.entries.map((e) => [e.name, e.complete])).toEqual([["Blue", true], ["Green", true], ["Amber", false], ["Red", false]]);
    expect(a.overdue.map((f) => f.action.ref)).toEqual(["3", "4"]);
    expect(a.findings.find((f) => f.code === "index-from-workbook")?.message).toMatch(/^Ratings are read with the key above the table on sheet "Plan" \(Blue, Green, Amber, Red; Blue and Green mean complete\)\.$/);
    expect(a.totals.total).toBe(4);
  });

  it("names a rating a letter stands for by its words, so the letters typed are read and the committee hears the words", () => {
    const a = run(["Key", "C = Complete", "G = On track", "A = At risk", "R = Off track"], ["C", "G", "A", "R"]);
    expect(a.index.entries.map((e) => [e.code, e.name, e.complete])).toEqual([["C", "Complete", true], ["G", "On track", false], ["A", "At risk", false], ["R", "Off track", false]]);
    expect(a.totals.counts).toMatchObject({ Complete: 1, "On track": 1, "At risk": 1, "Off track": 1, Invalid: 0 });
    expect(a.sentences).toEqual(["Plan – 4 actions identified (1 complete, 1 on track, 1 at risk, and 1 off track)"]);
  });

  it("is no legend without a Key label, or where a cell names no rating and what it means", () => {
    expect(run(["Key actions for the year", "Blue – complete", "Green – on track"], ["Blue", "Green"]).index.source).toEqual({ kind: "default" });
    expect(run(["Key:", "Blue – complete", "See the notes below"], ["Blue", "Green"]).index.source).toEqual({ kind: "default" });
  });
});

describe("a legend row under the table", () => {
  const below = (legend: CellValue[]) =>
    analyseWorkbook(
      {
        sheets: [
          {
            name: "MSP Plan",
            firstRow: 1,
            firstColumn: 1,
            values: [HEADER, ...["Blue", "G", "A", "R"].map((rating, i) => [i + 1, `Recommendation ${i + 1}`, "March 2021", rating]), [], [], legend],
            merges: [],
          },
        ],
      },
      DEFAULT_SETTINGS,
      "2021-11-01",
    );

  it("is read from one cell too, parted by commas, or by semicolons where a meaning holds a comma", () => {
    const codes = below(["Key: B = Complete, G = On track, A = At risk, R = Off track"]);
    expect([codes.totals.total, codes.index.entries.map((e) => [e.code, e.name, e.meaning])]).toEqual([
      4,
      [["B", "Blue", "Complete"], ["G", "Green", "On track"], ["A", "Amber", "At risk"], ["R", "Red", "Off track"]],
    ]);
    const words = run(["RAG key: Blue – complete and embedded; Green – complete, not yet embedded; Amber – started; Red – not started"], ["Blue", "Green", "Amber", "Red"]);
    expect(words.index.source).toEqual({ kind: "above", sheet: "Plan", row: 2 });
    expect(words.index.entries.map((e) => [e.name, e.complete])).toEqual([["Blue", true], ["Green", true], ["Amber", false], ["Red", false]]);
  });

  it("is the index and no action, its usual codes the colours they stand for", () => {
    const a = below(["Key:", "B = Complete", "G = On track", "A = At risk", "R = Off track"]);
    expect(a.totals.total).toBe(4);
    expect(a.index.source).toEqual({ kind: "block", sheet: "MSP Plan", row: 8 });
    expect(a.index.entries.map((e) => [e.code, e.name])).toEqual([["B", "Blue"], ["G", "Green"], ["A", "Amber"], ["R", "Red"]]);
    expect(a.sentences).toEqual(["MSP Plan – 4 actions identified (1 blue, 1 green, 1 amber, and 1 red)"]);
  });
});

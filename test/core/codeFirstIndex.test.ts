import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import { committeeSentence } from "../../src/core/sentences";

const sheet = (name: string, values: CellValue[][]): SheetSnapshot => ({ name, firstRow: 1, firstColumn: 1, values, merges: [] });

/**
 * A composite action matrix with the first rows of the Thurrock LSCP peer review action plan and its key
 * written code first, in the committee's words (committee minutes): "B | Blue – embedded into the service".
 */
const matrix = (key: CellValue[][]) =>
  sheet("Action Matrix", [
    ["Thurrock LSCP – Composite Action Matrix"],
    [],
    ["Review", "Rec No", "Category", "Recommendation", "Specific Actions", "Progress Update", "Timescale", "RAG\r\nRating"],
    ["Peer Review", 1, "Governance & Business Support Structures", "Consider deputies on Strategic Group to bring strategic /operational leads together", "Strategic Partners to identify deputies who can attend the Strategic Group alongside them.", "Deputies are now core members of Strategic Group. The Terms of Reference for the group have been revised to reflect this.", "Sept 21", "Blue"],
    [null, 3, "Shared Priorities/Engagement", "Shared and agreed priorities across Partnerships in Thurrock", "Produce a Priorities Outcome Booklet which shows the priorities for the LSCP, Safeguarding Adults Board (SAB), Community Safety Partnership (CSP) and Health and Well Being Board (H&WBB) - updates can be provided and the report can be shared with the different partnerships.", "Meetings between all Board/Partnerships managers have taken place to discuss priorities and to scope and design the document.", "30.09.2021", "Green"],
    [null, 19, "Learning and Improvement", "Embedded in system/video/induction packs", "Explore, collate and consider training topic and suitable trainers - January 2021.\nProduce an agreed list of videos to be recorded - February 2021.\nVideos to be created and shared with agencies - March 2021.", "The LSCP is currently designing training briefings that will also form part of new starters induction packs across agencies.", "31/03/2021", "Amber"],
    [],
    ...key,
  ]);

describe("an index below the table written code first", () => {
  it.each([
    ["B | Blue – meaning", [["B", "Blue – embedded into the service"], ["G", "Green – complete but not yet embedded"], ["A", "Amber – started but not yet completed"], ["R", "Red – not started"]]],
    ["B | Blue: meaning", [["B", "Blue: embedded into the service"], ["G", "Green: complete but not yet embedded"], ["A", "Amber: started but not yet completed"], ["R", "Red: not started"]]],
  ])("reads %s as Blue (B) with its meaning, so ratings written in full are valid", (_, rows) => {
    const a = analyseWorkbook({ sheets: [matrix([["RAG Key"], ...(rows as CellValue[][])])] }, DEFAULT_SETTINGS, "2021-07-13");
    expect(a.index.entries.map((e) => [e.code, e.name, e.meaning, e.complete])).toEqual([
      ["B", "Blue", "embedded into the service", true],
      ["G", "Green", "complete but not yet embedded", true],
      ["A", "Amber", "started but not yet completed", false],
      ["R", "Red", "not started", false],
    ]);
    expect(a.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(committeeSentence(a.byReview[0]!, a.index)).toBe("Peer Review – 3 actions identified (1 blue, 1 green, and 1 amber)");
    expect(a.overdue.map((f) => f.action.ref)).toEqual(["19"]);
  });

  it("reads the same rows with no heading above them, at the foot of the sheet, as the index and not as actions", () => {
    const key = [["B", "Blue – embedded into the service"], ["G", "Green – complete but not yet embedded"], ["A", "Amber – started but not yet completed"], ["R", "Red – not started"]];
    const a = analyseWorkbook({ sheets: [matrix(key)] }, DEFAULT_SETTINGS, "2021-07-13");
    expect(a.index.source).toMatchObject({ kind: "block" });
    expect(a.index.entries.map((e) => [e.code, e.name])).toEqual([
      ["B", "Blue"],
      ["G", "Green"],
      ["A", "Amber"],
      ["R", "Red"],
    ]);
    expect(a.actions).toHaveLength(3);
  });

  it("reads a key of the usual codes alone (B | Complete) as the colours they stand for, so the committee hears 3 blue, not 3 b", () => {
    const key = [["Key"], ["B", "Complete"], ["G", "On track"], ["A", "At risk"], ["R", "Off track"]];
    const a = analyseWorkbook({ sheets: [matrix(key)] }, DEFAULT_SETTINGS, "2021-07-13");
    expect(a.index.entries.map((e) => [e.code, e.name, e.meaning, e.complete])).toEqual([
      ["B", "Blue", "Complete", true],
      ["G", "Green", "On track", false],
      ["A", "Amber", "At risk", false],
      ["R", "Red", "Off track", false],
    ]);
  });

  it("reads AG | Amber-Green – meaning as its own rating beside Amber, and leaves a code whose colour does not match it as written", () => {
    const key = [["RAG Key"], ["G", "Green – complete"], ["AG", "Amber-Green – on track"], ["A", "Amber – some delay"], ["R", "Red – off track"]];
    const a = analyseWorkbook({ sheets: [matrix(key)] }, DEFAULT_SETTINGS, "2021-07-13");
    expect(a.index.entries.map((e) => [e.code, e.name, e.meaning])).toEqual([
      ["G", "Green", "complete"],
      ["AG", "Amber-Green", "on track"],
      ["A", "Amber", "some delay"],
      ["R", "Red", "off track"],
    ]);
    const mismatched = analyseWorkbook({ sheets: [matrix([["RAG Key"], ["B", "Green – done"], ["G", "Good progress"], ["A", "Amber – started"]])] }, DEFAULT_SETTINGS, "2021-07-13");
    expect(mismatched.index.entries.map((e) => [e.code, e.name])).not.toContainEqual(["B", "Green"]);
    expect(mismatched.index.entries.map((e) => e.name)).not.toContain("Good");
  });
});

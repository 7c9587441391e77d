/** A sheet RAG Tracker generated that now holds the plan, pasted over it, is said before the next run replaces it. */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { buildSummaryPlan } from "../../src/core/summaryPlan";
import type { SheetSnapshot } from "../../src/core/cells";
import type { SheetPlan } from "../../src/core/writePlan";
import { caseReviewSheet } from "../fixtures/caseReviews";
import { MemoryDoor } from "../fakes/memoryDoor";
import { generateSummary } from "../../src/door/operations";

const run = (sheets: SheetSnapshot[]) => analyseWorkbook({ sheets }, DEFAULT_SETTINGS, "2021-11-01");
/** A generated sheet as a door reads it back: its planned cells' values, and its marker. */
const asRead = (plan: SheetPlan): SheetSnapshot => ({
  name: plan.name,
  firstRow: 1,
  firstColumn: 1,
  values: plan.rows.map((r) => r.map((c) => ("value" in c ? c.value : null))),
  merges: [],
  generatedKey: plan.key,
});

describe("the plan pasted over a generated sheet", () => {
  it("stops a run that would replace it, before anything is written", async () => {
    const pasted = { ...caseReviewSheet(), name: "RAG Summary", generatedKey: "summary" as const };
    const door = new MemoryDoor([caseReviewSheet(), pasted]);
    await expect(generateSummary(door)).rejects.toThrow(
      'Sheet "RAG Summary" now holds a table of actions (its header on row 2), perhaps pasted there, which writing this would replace, so nothing was written; move that table to a sheet of its own, or rename the sheet to keep it, then try again.',
    );
    expect(door.sheet("RAG Summary")!.values).toEqual(caseReviewSheet().values);
    expect(door.sheet("Stale Actions")).toBeUndefined();
  });

  it("does not stop a run once the sheet is renamed, as the refusal advises: the renamed sheet is kept as it is and a new one written", async () => {
    const renamed = { ...caseReviewSheet(), name: "Pasted Plan", generatedKey: "summary" as const };
    const door = new MemoryDoor([caseReviewSheet(), renamed]);
    const result = await generateSummary(door);
    expect(result.sheets.map((s) => s.name)).toEqual(["RAG Summary", "Stale Actions"]);
    expect(door.appliedPlans[0]!.sheets.find((s) => s.key === "summary")!.keeps).toBe("Pasted Plan");
  });

  it("is said, with the header's row, and the sheet is still not read", () => {
    const pasted = { ...caseReviewSheet(), name: "RAG Summary", generatedKey: "summary" as const };
    const a = run([caseReviewSheet(), pasted]);
    expect(a.findings.filter((f) => f.code === "plan-on-generated-sheet").map((f) => [f.sheet, f.row, f.severity])).toEqual([["RAG Summary", 2, "warning"]]);
    expect(a.trackers.map((t) => t.sheet)).toEqual(["Case Reviews"]);
    // A sheet renamed to keep it is never written again, so there is nothing to lose.
    expect(run([caseReviewSheet(), { ...pasted, generatedKey: "kept_summary" }]).findings.filter((f) => f.code === "plan-on-generated-sheet")).toEqual([]);
  });

  it("on a sheet renamed since the last run (as Excel renames, its marker following it), says the next run keeps it, with no advice to rename it", () => {
    const renamed = { ...caseReviewSheet(), name: "My Summary", generatedKey: "summary" as const };
    const said = run([caseReviewSheet(), renamed]).findings.filter((f) => f.code === "plan-on-generated-sheet");
    expect(said.map((f) => [f.sheet, f.row, f.severity, f.message])).toEqual([
      [
        "My Summary",
        2,
        "info",
        'Sheet "My Summary" is one RAG Tracker generated as "RAG Summary", so it is not read, and now holds a table of actions (its header on row 2); since it has been renamed, generating the RAG summary keeps it unchanged, as yours, and writes a new "RAG Summary".',
      ],
    ]);
    // The pack's sheets are kept by the pack's run; a name RAG Tracker could have given ("RAG Summary (2)") is no rename.
    const pack = run([caseReviewSheet(), { ...renamed, name: "Pack Q1", generatedKey: "pack" as const }]).findings.find((f) => f.code === "plan-on-generated-sheet");
    expect(pack?.message).toContain('generated as "Committee Pack"');
    expect(pack?.message).toContain("generating the committee pack keeps it unchanged");
    const numbered = run([caseReviewSheet(), { ...renamed, name: "RAG Summary (2)" }]).findings.find((f) => f.code === "plan-on-generated-sheet");
    expect(numbered?.severity).toBe("warning");
  });

  it('is not said of a small "Item | Count" table beside the summary\'s own note on row 1: it names no action, and the run is not refused for it', async () => {
    const summary = asRead(buildSummaryPlan(run([caseReviewSheet()])).sheets[0]!);
    const values = summary.values.map((row) => [...row]);
    [["Item", "Count"], ["a", 1], ["b", 2]].forEach((cells, i) => {
      while (values[i]!.length < 15) values[i]!.push(null);
      values[i]!.splice(15, 2, ...cells);
    });
    const withCounts = { ...summary, values };
    expect(run([caseReviewSheet(), withCounts]).findings.filter((f) => f.code === "plan-on-generated-sheet")).toEqual([]);
    const door = new MemoryDoor([caseReviewSheet(), withCounts]);
    await expect(generateSummary(door)).resolves.toBeDefined();
  });

  it("is not said of the generated sheets as RAG Tracker writes them, the Stale Actions list of actions among them", () => {
    const plan = buildSummaryPlan(run([caseReviewSheet()]));
    expect(plan.sheets.map((s) => s.key)).toEqual(["summary", "stale"]);
    expect(run([caseReviewSheet(), ...plan.sheets.map(asRead)]).findings.filter((f) => f.code === "plan-on-generated-sheet")).toEqual([]);
    // A copy of the summary by values, no longer marked, is said to be one, not a tracker whose header row is missing.
    const { generatedKey: _marker, ...copy } = { ...asRead(plan.sheets[0]!), name: "Summary Oct" };
    const read = run([caseReviewSheet(), copy]);
    expect(read.findings.filter((f) => f.sheet === "Summary Oct").map((f) => [f.severity, f.message])).toEqual([
      ["info", 'Sheet "Summary Oct" was skipped: it is a copy of a sheet RAG Tracker generated, and its actions are counted on the sheets they come from.'],
    ]);
    expect(read.sheetsWithoutHeader).toBeUndefined();
  });
});

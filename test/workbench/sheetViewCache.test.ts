/**
 * The file door keeps each sheet's view for the workbench grid until it changes that sheet, so after
 * a job the grid draws again only the sheets the job changed.
 */
import { describe, expect, it } from "vitest";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import type { SheetView } from "../../src/xlsx/sheetView";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { generateSummary, highlightRatingProblems } from "../../src/door/operations";
import { sampleBytes } from "../helpers/workbooks";

const DELIVERY = "Delivery Plan 2019-20";
const USER_SHEETS = ["Peer Review", "Case Reviews", DELIVERY, "Notes"];

async function sample(): Promise<XlsxDoor> {
  const door = await XlsxDoor.open(sampleBytes(), "sample-action-plans.xlsx");
  // A fixed report date, so what the jobs find does not depend on the day the test runs.
  await door.writeSettings({ ...DEFAULT_SETTINGS, asOf: "2025-01-01" });
  return door;
}

function viewsOf(door: XlsxDoor, names: string[]): Record<string, SheetView> {
  return Object.fromEntries(names.map((name) => [name, door.sheetView(name)!]));
}

describe("the workbench grid's views of the sheets", () => {
  it("are the same views after a job that changed none of those sheets, and new ones only of the sheets it wrote", async () => {
    const door = await sample();
    const before = viewsOf(door, USER_SHEETS);
    expect(door.sheetView(DELIVERY)).toBe(before[DELIVERY]);

    await generateSummary(door);
    const after = viewsOf(door, USER_SHEETS);
    for (const name of USER_SHEETS) expect(after[name], name).toBe(before[name]);
    expect(door.sheetTabs().filter((t) => t.visibility === "visible").map((t) => t.name)).toEqual([...USER_SHEETS, "RAG Summary", "Stale Actions"]);
    expect(door.sheetView("RAG Summary")!.cellAt(1, 1)?.text).toBeTruthy();

    // Written again, the summary is a new sheet, with a view of its own.
    const summary = door.sheetView("RAG Summary");
    await generateSummary(door);
    expect(door.sheetView("RAG Summary")).not.toBe(summary);
    expect(door.sheetView("Case Reviews")).toBe(before["Case Reviews"]);
  });

  it("are new for the sheets whose cells or highlights a job changed, with the change, and kept for the others", async () => {
    const door = await sample();
    const before = viewsOf(door, USER_SHEETS);

    expect(await door.applyEdits([{ sheet: DELIVERY, row: 11, column: 7, from: "blue ", to: "B" }])).toBe(1);
    const edited = viewsOf(door, USER_SHEETS);
    expect(edited[DELIVERY]).not.toBe(before[DELIVERY]);
    expect(edited[DELIVERY]!.cellAt(11, 7)?.text).toBe("B");
    for (const name of ["Peer Review", "Case Reviews", "Notes"]) expect(edited[name], name).toBe(before[name]);

    await highlightRatingProblems(door);
    const checked = viewsOf(door, USER_SHEETS);
    expect(checked[DELIVERY]!.rules.length).toBeGreaterThan(edited[DELIVERY]!.rules.length);
    expect(checked.Notes, "a sheet with no tracker gets no highlights").toBe(before.Notes);

    await door.clearFormats("rating-problems");
    const cleared = viewsOf(door, USER_SHEETS);
    expect(cleared[DELIVERY]).not.toBe(checked[DELIVERY]);
    expect(cleared[DELIVERY]!.rules).toEqual(edited[DELIVERY]!.rules);
    expect(cleared.Notes).toBe(before.Notes);
  });
});

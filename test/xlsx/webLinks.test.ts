/** Cells linked to a web address, as both file doors give them: a link typed below the table is a note, not an unrated action (notesBelowTable.ts). */
import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { WorkbookSnapshot } from "../../src/core/cells";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { StreamingXlsxDoor } from "../../src/xlsx/streaming/StreamingXlsxDoor";
import { bytesOf, openDoor } from "./helpers";

function build(wb: ExcelJS.Workbook): void {
  const plan = wb.addWorksheet("Peer Review");
  wb.addWorksheet("Notes").addRow(["Notes"]);
  plan.addRows([
    ["Recommendation No", "Recommendation", "RAG Rating"],
    [1, "Consider deputies on Strategic Group to bring strategic /operational leads together", "B"],
    [2, "Multi-agency training offer", "G"],
    [],
    [null, { text: "See notes", hyperlink: "#'Notes'!A1" }],
    [null, { text: "Working Together 2018", hyperlink: "https://www.gov.uk/government/publications/working-together-to-safeguard-children--2" }],
  ]);
}

const doors: [string, (bytes: Uint8Array) => Promise<WorkbookSnapshot>][] = [
  ["the streaming reader", async (bytes) => (await StreamingXlsxDoor.open(bytes, "links.xlsx")).read()],
  ["the ExcelJS door", async (bytes) => (await openDoor(bytes)).read()],
];

describe.each(doors)("%s", (_, read) => {
  it("names the cell linked to a web address, and the rows below the table are notes", async () => {
    const snapshot = await read(await bytesOf(build));
    // "See notes" links to a place in the workbook; ExcelJS writes it as a relationship, which the streaming reader counts as a link too: a remark either way.
    expect(snapshot.sheets[0]!.webLinks).toContain("B6");
    const a = analyseWorkbook(snapshot, DEFAULT_SETTINGS, "2022-06-30");
    expect(a.totals.total).toBe(2);
    expect(a.findings.filter((f) => f.code === "note-below-table").map((f) => f.row)).toEqual([5]);
  });
});

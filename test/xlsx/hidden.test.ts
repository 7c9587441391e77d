/** What is hidden in a workbook, as both file doors give it: the command line's streaming reader and the workbench's ExcelJS door. */
import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { WorkbookSnapshot } from "../../src/core/cells";
import { StreamingXlsxDoor } from "../../src/xlsx/streaming/StreamingXlsxDoor";
import { bytesOf, openDoor } from "./helpers";

function build(wb: ExcelJS.Workbook): void {
  const plan = wb.addWorksheet("Leo");
  plan.addRows([
    ["No", "Action", "RAG Status", "RAG Status"],
    [1, "Share the learning", "Green", "Blue"],
  ]);
  plan.getColumn(3).hidden = true;
  // A team hides every column right of its table at once.
  for (let c = 6; c <= 9; c++) plan.getColumn(c).hidden = true;
  wb.addWorksheet("Leo (2020 version)", { state: "hidden" }).addRows([["No", "Action", "RAG"], [1, "Share the learning", "Red"]]);
  wb.addWorksheet("Macro data", { state: "veryHidden" }).addRow(["Anything"]);
}

const doors: [string, (bytes: Uint8Array) => Promise<WorkbookSnapshot>][] = [
  ["the streaming reader", async (bytes) => (await StreamingXlsxDoor.open(bytes, "hidden.xlsx")).read()],
  ["the ExcelJS door", async (bytes) => (await openDoor(bytes)).read()],
];

describe.each(doors)("%s", (_, read) => {
  it("marks a hidden sheet hidden, and gives a very hidden one not at all", async () => {
    const { sheets } = await read(await bytesOf(build));
    expect(sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([
      ["Leo", false],
      ["Leo (2020 version)", true],
    ]);
  });

  it("gives the hidden columns as runs", async () => {
    const { sheets } = await read(await bytesOf(build));
    expect(sheets[0]!.hiddenColumns).toEqual([
      { first: 3, last: 3 },
      { first: 6, last: 9 },
    ]);
    expect(sheets[1]!.hiddenColumns).toBeUndefined();
  });
});

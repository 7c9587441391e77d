/**
 * A last-updated column of =TODAY() stamps every action as updated today: both file doors give
 * the engine those formulas, and the command line says the sheet is not judged stale.
 */
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { StreamingXlsxDoor } from "../../src/xlsx/streaming/StreamingXlsxDoor";
import { runCli } from "../../src/cli/program";
import { memoryIo } from "../helpers/memoryIo";

/** Leo's review actions, as the committee minutes give them, each stamped =TODAY() (saved 1 November 2021) or typed. */
async function leoPlan(stamp: "TODAY()" | "NOW()" | null): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Leo");
  sheet.addRow(["Review", "Action No", "Action", "Lead Agency", "Target Date", "Last Updated", "RAG"]);
  const rows: [number, string, string, string][] = [
    [1, "Review the threshold document with partners", "LSCP", "Amber"],
    [2, "Audit the use of escalation by schools", "Education", "Amber"],
    [3, "Brief GPs on the learning from the review", "CCG", "Blue"],
  ];
  for (const [no, action, lead, rag] of rows) {
    const row = sheet.addRow(["Leo", no, action, lead, new Date(Date.UTC(2022, 2, 31)), null, rag]);
    row.getCell(6).value = stamp ? { formula: stamp, result: new Date(Date.UTC(2021, 10, 1)) } : new Date(Date.UTC(2021, 3, 1));
    row.getCell(5).numFmt = "dd/mm/yyyy";
    row.getCell(6).numFmt = "dd/mm/yyyy";
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("last-updated dates stamped by =TODAY()", () => {
  for (const door of [
    { name: "the ExcelJS door", open: (bytes: Uint8Array) => XlsxDoor.open(bytes, "plan.xlsx") },
    { name: "the streaming door", open: (bytes: Uint8Array) => StreamingXlsxDoor.open(bytes, "plan.xlsx") },
  ]) {
    it(`are given with their formulas by ${door.name}, and typed dates without`, async () => {
      const stamped = await (await door.open(await leoPlan("TODAY()"))).read();
      expect(stamped.sheets[0]!.formulas).toEqual({ F2: "TODAY()", F3: "TODAY()", F4: "TODAY()" });
      const typed = await (await door.open(await leoPlan(null))).read();
      expect(typed.sheets[0]!.formulas).toBeUndefined();
    });
  }

  it("leave the sheet not judged stale on the command line, with one warning saying why", async () => {
    for (const stamp of ["TODAY()", "NOW()"] as const) {
      const io = memoryIo({ "plan.xlsx": await leoPlan(stamp) });
      expect(await runCli(["check", "plan.xlsx", "--as-of", "2021-11-01"], io)).toBe(0);
      const said = io.out.join("");
      expect(said).toContain(`Sheet "Leo" dates its last-updated column by =${stamp}, which changes every day rather than when an action is updated, so its 2 open actions are not checked for being stale; to have them checked, type the date each action was last updated in place of =${stamp}.`);
      expect(said).toContain("3 actions in 1 review; 0 invalid or missing ratings, 0 stale (2 not checked: last updated by a formula), 0 overdue.");
    }
    // Typed dates seven months old are judged, and stale.
    const typed = memoryIo({ "plan.xlsx": await leoPlan(null) });
    await runCli(["check", "plan.xlsx", "--as-of", "2021-11-01"], typed);
    expect(typed.out.join("")).toContain("3 actions in 1 review; 0 invalid or missing ratings, 2 stale, 0 overdue.");
  });
});

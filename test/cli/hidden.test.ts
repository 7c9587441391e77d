/** Hidden sheets and columns, read from real files by the command line. */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/program";
import { jsonReportSchema } from "../../src/core/jsonReport";
import { memoryIo } from "../helpers/memoryIo";

/** Leo's 14 actions (1 blue, 4 green, 9 amber) with last round's ratings (all Amber) in a hidden column I left of this round's; and last year's version on a hidden sheet. */
async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ratings = ["Blue", ...Array<string>(4).fill("Green"), ...Array<string>(9).fill("Amber")];
  const leo = wb.addWorksheet("Leo");
  leo.addRow(["Review", "No", "Category", "Recommendation", "Action", "Response", "Lead", "Time scale", "RAG Status", "RAG Status"]);
  ratings.forEach((rating, i) => leo.addRow(["Leo", i + 1, "Learning", `Recommendation ${i + 1}`, `Share the learning with partner ${i + 1}.`, "Done", "LSCP", "March 2022", "Amber", rating]));
  leo.getColumn(9).hidden = true;
  const old = wb.addWorksheet("Leo (2020 version)", { state: "hidden" });
  old.addRow(["Review", "No", "Category", "Recommendation", "Action", "Response", "Lead", "Time scale", "RAG Status"]);
  for (let i = 0; i < 10; i++) old.addRow(["Leo", i + 1, "Learning", `Recommendation ${i + 1}`, `Share the learning with partner ${i + 1} (draft).`, "", "LSCP", "March 2021", "Red"]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function summary(args: string[]) {
  const io = memoryIo({ "leo.xlsx": await workbook() });
  expect(await runCli(["summarize", "leo.xlsx", "-o", "out.xlsx", "--json", "--as-of", "2021-11-01", ...args], io)).toBe(0);
  return jsonReportSchema.parse(JSON.parse(io.out.join("")));
}

describe("the command line, of what is hidden", () => {
  it("counts the visible sheet and its visible rating column, and says what it left out", async () => {
    const report = await summary([]);
    expect(report.sentences).toEqual(["Leo – 14 actions identified (1 blue, 4 green, and 9 amber)"]);
    const messages = report.findings.map((f) => f.message);
    expect(messages).toContain('Not counted: sheet "Leo (2020 version)" (10 actions), which is hidden; unhide it to have its actions counted.');
    expect(messages).toContain('Column I ("RAG Status"), which is hidden, and column J ("RAG Status") both head a RAG rating column, and only column J is read; if column I is the one to read, choose it under Column overrides in the task pane\'s settings, or rename one of the two.');
  });

  it("counts a hidden sheet named with --sheet", async () => {
    const report = await summary(["--sheet", "Leo (2020 version)"]);
    expect(report.sentences).toEqual(["Leo – 10 actions identified (10 red)"]);
  });

  it("says the hidden sheet left out in the outcome line of check", async () => {
    const io = memoryIo({ "leo.xlsx": await workbook() });
    await runCli(["check", "leo.xlsx", "--as-of", "2021-11-01"], io);
    const outcome = io.out.join("").trim().split("\n").at(-1)!;
    expect(outcome).toMatch(/^14 actions in 1 review; .* Not counted: sheet "Leo \(2020 version\)" \(10 actions\), which is hidden; unhide it to have its actions counted\.$/);
  });
});

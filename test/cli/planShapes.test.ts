import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/program";
import { jsonReportSchema } from "../../src/core/jsonReport";
import { memoryIo } from "../helpers/memoryIo";

async function summarised(workbook: ExcelJS.Workbook) {
  const io = memoryIo({ "plan.xlsx": new Uint8Array(await workbook.xlsx.writeBuffer()) });
  expect(await runCli(["summarize", "plan.xlsx", "-o", "out.xlsx", "--json", "--as-of", "2021-11-01"], io)).toBe(0);
  return jsonReportSchema.parse(JSON.parse(io.out.join("")));
}

const UPDATED = new Date(Date.UTC(2021, 9, 1));

describe("rag-tracker summarize on plans laid out in other shapes", () => {
  it("reads a header kept on two rows, with Review and Lead merged down over both, by review and lead", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Case Reviews");
    sheet.getCell("A1").value = "Case Review Action Plans";
    sheet.getCell("A3").value = "Review";
    sheet.mergeCells("A3:A4");
    sheet.getCell("B3").value = "Action";
    sheet.mergeCells("B3:D3");
    sheet.getCell("E3").value = "Lead";
    sheet.mergeCells("E3:E4");
    sheet.getCell("F3").value = "Dates";
    sheet.mergeCells("F3:G3");
    sheet.getCell("H3").value = "Progress";
    sheet.mergeCells("H3:I3");
    for (const [address, heading] of Object.entries({ B4: "No", C4: "Theme", D4: "Description", F4: "Target", G4: "Last updated", H4: "Update", I4: "RAG" })) sheet.getCell(address).value = heading;
    const rows: [string, number, string, string, string][] = [
      ["Frankie", 1, "Add a prompt on household members to the referral form.", "Health", "B"],
      ["Frankie", 2, "Invite the named GP to every strategy discussion.", "Police", "A"],
      ["Leo", 1, "Deliver professional curiosity briefings.", "Education", "G"],
    ];
    rows.forEach(([review, no, action, lead, rag], i) => {
      sheet.getRow(5 + i).values = [review, no, "Training", action, lead, "March 2022", UPDATED, "Started.", rag];
      sheet.getCell(5 + i, 7).numFmt = "dd/mm/yyyy";
    });

    const report = await summarised(workbook);
    expect(report.sentences).toEqual(["Frankie – 2 actions identified (1 blue and 1 amber)", "Leo – 1 action identified (1 green)"]);
    expect(report.findings.map((f) => f.code)).not.toContain("another-table");
    expect(report.findings.map((f) => f.code)).not.toContain("duplicate-ref");
  });

  it("counts a peer review's specific actions numbered 1a, 1b, not the recommendation rows that head them", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Peer Review");
    sheet.getCell("A1").value = "Peer Review Action Plan";
    sheet.getRow(2).values = ["No", "Category", "Recommendation", "Specific Actions", "Response", "Time scale", "Last updated", "RAG Rating"];
    const category = "Governance & Business Support Structures";
    const rows: (string | number | Date | undefined)[][] = [
      [1, category, "Consider deputies on Strategic Group to bring strategic /operational leads together"],
      ["1a", category, undefined, "Strategic Partners to identify deputies.", "Deputies are now core members of Strategic Group.", "March 2022", UPDATED, "B"],
      ["1b", category, undefined, "Revise the Terms of Reference.", "The Terms of Reference have been revised.", "March 2022", UPDATED, "G"],
      [2, category, "Multi-agency Safeguarding Hub (MASH) steering group subgroup - governance through LSCP"],
      ["2a", category, undefined, "The MASH Steering Group to become one of the LSCP Sub-Groups.", "The MASH Strategic Group is now a Sub-group of the LSCP.", "March 2022", UPDATED, "B"],
    ];
    rows.forEach((values, i) => {
      sheet.getRow(3 + i).values = values;
      sheet.getCell(3 + i, 7).numFmt = "dd/mm/yyyy";
    });

    const report = await summarised(workbook);
    expect(report.sentences).toEqual(["Peer Review – 3 actions identified (2 blue and 1 green)"]);
    expect(report.stale).toEqual([]);
    expect(report.findings.filter((f) => f.code === "recommendation-heading").map((f) => f.row)).toEqual([3]);
  });
});

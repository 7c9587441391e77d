import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { settingsSchema } from "../../src/core/settings";
import { outcomeMessage } from "../../src/core/outcome";
import { buildSummaryPlan } from "../../src/core/summaryPlan";
import { toJsonReport } from "../../src/core/jsonReport";
import { timeScalePlan as plan } from "../fixtures/timeScalePlan";

describe("open actions whose time scale gives no date RAG Tracker reads", () => {
  const analysis = analyseWorkbook({ sheets: [plan(["30/09/2021", "June 2021", "Decmber 2019", "31/02/2021", "As per meeting cycle"])] }, settingsSchema.parse({ asOf: "2021-12-31" }), "2021-12-31");

  it("are counted as not checked for being overdue, beside the overdue ones, wherever the counts are", () => {
    expect(analysis.overdue.map((f) => f.action.ref)).toEqual(["2.1", "2.2"]);
    expect(outcomeMessage(analysis)).toContain("2 overdue (2 not checked: time scale not read).");
    const sentence = 'Sheet "Delivery Plan" has 2 time scales that give no date RAG Tracker reads, so those 2 open actions are not checked for being overdue.';
    expect(analysis.findings.filter((f) => f.code === "not-judged").map((f) => f.message)).toContain(`${sentence.slice(0, -1)}; the warnings on them name each cell.`);
    const summary = buildSummaryPlan(analysis).sheets.flatMap((s) => s.rows.flat()).map((c) => ("value" in c ? c.value : ""));
    expect(summary).toContain(sentence);
    expect(toJsonReport(analysis).notChecked).toEqual({ stale: 5, overdue: 2 });
  });

  it("a quarter or a month with no year is one of them, with a warning naming it, and the plan's year is not guessed", () => {
    const noYear = analyseWorkbook({ sheets: [plan(["Q3", "September", "Quarterly", "30/09/2021", "June 2021"])] }, settingsSchema.parse({ asOf: "2021-12-31" }), "2021-12-31");
    expect(outcomeMessage(noYear)).toContain("2 overdue (2 not checked: time scale not read).");
    expect(noYear.findings.filter((f) => f.code === "date-invalid").map((f) => f.message)).toEqual([
      'Row 2: the time scale "Q3" names no year, so it is not used; write its year too, such as Q3 2021/22 or September 2021.',
      'Row 3: the time scale "September" names no year, so it is not used; write its year too, such as Q3 2021/22 or September 2021.',
    ]);
  });

  it("a month then its 30th or 31st with no year is one of them, not a month of 2030 or 2031 that is never overdue", () => {
    const monthFirst = analyseWorkbook({ sheets: [plan(["March 31", "Sep 30", "Mar 22", "30/09/2021", "June 2021"])] }, settingsSchema.parse({ asOf: "2022-12-31" }), "2022-12-31");
    expect(outcomeMessage(monthFirst)).toContain("3 overdue (2 not checked: time scale not read).");
    expect(monthFirst.findings.filter((f) => f.code === "date-invalid").map((f) => f.message)).toEqual([
      'Row 2: the time scale "March 31" names no year, so it is not used; write its year too, such as Q3 2021/22 or September 2021.',
      'Row 3: the time scale "Sep 30" names no year, so it is not used; write its year too, such as Q3 2021/22 or September 2021.',
    ]);
  });
});

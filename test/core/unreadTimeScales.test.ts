import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { settingsSchema } from "../../src/core/settings";
import { outcomeMessage } from "../../src/core/outcome";
import { buildSummaryPlan } from "../../src/core/summaryPlan";
import { toJsonReport } from "../../src/core/jsonReport";
import { timeScalePlan as plan } from "../fixtures/timeScalePlan";
import type { SheetSnapshot } from "../../src/core/cells";

/** Real actions of the delivery plan, their time scales written without a year (as the plan's "Annually July" is), under `header`. */
function yearlessPlan(header: string, title?: string, revised?: { header: string; cells: string[] }): SheetSnapshot {
  const rows = [
    ["5.1", "Review and refresh the Neglect Strategy", "LPR Group", "July", "A"],
    ["7.2", "Ensure compliance with WT 2018 – Part 2, Sections 63 and 64", "LPR Group", "Q3", "A"],
    ["9.1", "Review the multi-agency response for children at risk of emotional abuse", "LPR Group", "31 March", "A"],
    ["11.4", "Obtain feedback using a variety of processes from Professionals, Parents and Young People on the use and impact of Signs of Safety within Child Protection Conferences", "LPR Group", "February 2020", "A"],
  ];
  const header_ = ["Action No", "Action", "Lead Group", header, ...(revised ? [revised.header] : []), "RAG"];
  const body = rows.map((r, i) => (revised ? [...r.slice(0, 4), revised.cells[i] ?? null, r[4]!] : r));
  return { name: "Delivery Plan", firstRow: 1, firstColumn: 1, merges: [], values: [...(title ? [[title]] : []), header_, ...body] };
}

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

  it('a length of time with no day to count it from ("6 months") is one of them, with a warning naming it; a start with no end ("March 2022 and ongoing") is not due', () => {
    const lengths = analyseWorkbook({ sheets: [plan(["6 months", "Within 12 weeks", "30/09/2021", "June 2021", "March 2022 and ongoing"])] }, settingsSchema.parse({ asOf: "2022-12-31" }), "2022-12-31");
    expect(lengths.overdue.map((f) => f.action.ref)).toEqual(["2.3", "2.4"]);
    expect(outcomeMessage(lengths)).toContain("2 overdue (2 not checked: time scale not read).");
    expect(lengths.findings.filter((f) => f.code === "date-invalid").map((f) => f.message)).toEqual([
      'Row 2: the time scale "6 months" gives a length of time but not the date it runs from, so it is not used; write a real date such as 14/06/2021 or a month such as December 2021.',
      'Row 3: the time scale "Within 12 weeks" gives a length of time but not the date it runs from, so it is not used; write a real date such as 14/06/2021 or a month such as December 2021.',
    ]);
  });

  it("a quarter or a month with no year is one of them, with a warning naming it, and the plan's year is not guessed", () => {
    const noYear = analyseWorkbook({ sheets: [plan(["Q3", "September", "Quarterly", "30/09/2021", "June 2021"])] }, settingsSchema.parse({ asOf: "2021-12-31" }), "2021-12-31");
    expect(outcomeMessage(noYear)).toContain("2 overdue (2 not checked: time scale not read).");
    expect(noYear.findings.filter((f) => f.code === "date-invalid").map((f) => f.message)).toEqual([
      'Row 2: the time scale "Q3" names no year, so it is not used; write its year too, such as Q3 2021/22 or September 2021.',
      'Row 3: the time scale "September" names no year, so it is not used; write its year too, such as Q3 2021/22 or September 2021.',
    ]);
  });

  it("a quarter or month with no year under a time-scale header naming one year is read in that year, said once; a sheet title's year is not used", () => {
    const settings = settingsSchema.parse({ asOf: "2020-01-14" });
    const inYear = analyseWorkbook({ sheets: [yearlessPlan("Time Scale 2019/20")] }, settings, "2020-01-14");
    expect(inYear.overdue.map((f) => [f.action.ref, f.action.due])).toEqual([
      ["5.1", "2019-07-31"],
      ["7.2", "2019-12-31"],
    ]);
    expect(inYear.findings.filter((f) => f.code === "date-invalid")).toEqual([]);
    expect(inYear.findings.filter((f) => f.code === "time-scale-header-year").map((f) => [f.severity, f.message])).toEqual([
      ["info", `Column D's header names the year 2019/20, so 3 time scales with no year ("July", "Q3", "31 March") are read in it ("Q3" is Q3 2019/20, October to December 2019); write a year in a cell where it is another.`],
    ]);
    const titleOnly = analyseWorkbook({ sheets: [yearlessPlan("Time Scale", "Our Delivery Plan 2019/2020")] }, settings, "2020-01-14");
    expect(outcomeMessage(titleOnly)).toContain("(3 not checked: time scale not read)");
    expect(titleOnly.findings.filter((f) => f.code === "time-scale-header-year")).toEqual([]);
  });

  it("no year is taken from a header beside a revised time scale, from a deadline, or for a quarter under a calendar year", () => {
    const settings = settingsSchema.parse({ asOf: "2020-01-14" });
    const notRead = (sheet: SheetSnapshot) => {
      const analysis = analyseWorkbook({ sheets: [sheet] }, settings, "2020-01-14");
      return { headerYear: analysis.findings.filter((f) => f.code === "time-scale-header-year").map((f) => f.message), outcome: outcomeMessage(analysis), due: analysis.actions.map((a) => a.due) };
    };
    // The year of the first plan's dates, with revised dates beside them: reading "July" in 2019/20 would list it overdue by a date since moved.
    const revised = notRead(yearlessPlan("Timescale 2019/20", undefined, { header: "Revised timescale", cells: ["Q2", "September", "Q2 2020/21"] }));
    expect(revised.headerYear).toEqual([]);
    // The revised column is the later round, read: "Q2 2020/21" gives its date, "Q2" and "September" none (each warned of).
    expect(revised.due.slice(0, 3)).toEqual([null, null, "2020-09-30"]);
    // A deadline's year is not the year "Q3" is in.
    expect(notRead(yearlessPlan("Target date (all by 31/03/2020 unless stated)")).headerYear).toEqual([]);
    for (const header of ["Timescale (ends 2020)", "Due by 2020", "Timescale (before 2021)"]) expect(notRead(yearlessPlan(header)).headerYear, header).toEqual([]);
    // Under a calendar year a month is read in it, a quarter is not: the calendar's Q3 or the financial year's?
    const calendar = notRead(yearlessPlan("Due 2019"));
    expect(calendar.due).toEqual(["2019-07-31", null, "2019-03-31", "2020-02-29"]);
    expect(calendar.headerYear).toEqual([
      `Column D's header names the year 2019, so 2 time scales with no year ("July", "31 March") are read in it ("September" is September 2019); write a year in a cell where it is another.`,
    ]);
  });

  it("a revision in the time scale's own text that gives no date leaves the date before it, and says so", () => {
    const analysis = analyseWorkbook({ sheets: [plan(["Sept 2021 (revised to Q4)", "June 2021"])] }, settingsSchema.parse({ asOf: "2021-12-31" }), "2021-12-31");
    expect(analysis.actions[0]!.due).toBe("2021-09-30");
    expect(analysis.findings.filter((f) => f.code === "date-invalid").map((f) => f.message)).toEqual([
      'Row 2: the time scale "Sept 2021 (revised to Q4)" gives a revised date RAG Tracker does not read ("revised to Q4"), so the date before it, 30 September 2021, is still used; write the new date with its year, such as Q3 2021/22 or September 2021.',
    ]);
  });

  it('a revision to a quarter written "Q. 4", "Qtr 4", "Qtr. 4" or "Quarter 4" is said as "(revised to Q4)" is; with its year it is the date used', () => {
    const texts = ["Sept 2021 (revised to Q. 4)", "Sept 2021 (revised to Qtr 4)", "Sept 2021 (revised to Qtr. 4)", "Sept 2021 (revised to Quarter 4)", "Sept 2021 (revised to Qtr 4 2021/22)"];
    const analysis = analyseWorkbook({ sheets: [plan(texts)] }, settingsSchema.parse({ asOf: "2022-01-15" }), "2022-01-15");
    expect(analysis.actions.map((a) => a.due)).toEqual(["2021-09-30", "2021-09-30", "2021-09-30", "2021-09-30", "2022-03-31"]);
    expect(analysis.findings.filter((f) => f.code === "date-invalid").map((f) => f.message)).toEqual(
      ["Q. 4", "Qtr 4", "Qtr. 4", "Quarter 4"].map(
        (quarter, i) =>
          `Row ${i + 2}: the time scale "Sept 2021 (revised to ${quarter})" gives a revised date RAG Tracker does not read ("revised to ${quarter}"), so the date before it, 30 September 2021, is still used; write the new date with its year, such as Q3 2021/22 or September 2021.`,
      ),
    );
  });

  it('a date moved by "to be", "moved to Board in" or "now to be reported to Board in", with its year, is the date used; another thing\'s date is not', () => {
    const texts = [
      "Sept 2021 (to be Q4 2021/22)",
      "Sept 2021 (moved to Board in March 2022)",
      "Sept 2021 (now to be reported to Board in March 2022)",
      // When something was done, after a revision read, brings no earlier date; another thing's date moves nothing.
      "Sept 2021 (revised to March 2022) - now launched in Nov 2021",
      "Sept 2021 (now published in March 2022)",
      "Sept 2021 - training delivered; refresher to be March 2022",
    ];
    const analysis = analyseWorkbook({ sheets: [plan(texts)] }, settingsSchema.parse({ asOf: "2022-01-15" }), "2022-01-15");
    expect(analysis.actions.map((a) => a.due)).toEqual(["2022-03-31", "2022-03-31", "2022-03-31", "2022-03-31", "2021-09-30", "2021-09-30"]);
    expect(analysis.overdue.map((o) => o.action.dueText)).toEqual(["Sept 2021 (now published in March 2022)", "Sept 2021 - training delivered; refresher to be March 2022"]);
    expect(outcomeMessage(analysis)).toContain("2 overdue.");
    expect(analysis.findings.filter((f) => f.code === "date-invalid")).toEqual([]);
  });

  it('a date moved to a group, panel, the Exec team or "SAB at its March 2022 meeting", with its year, is the date used; handed to a team, it is not', () => {
    const texts = [
      "Sept 2021 (moved to the Exec team in March 2022)",
      "Sept 2021 (deferred to the Leadership Group in March 2022)",
      "Sept 2021 (deferred to SAB at its March 2022 meeting)",
      "Sept 2021 (moved to the Comms team in March 2022)",
    ];
    const analysis = analyseWorkbook({ sheets: [plan(texts)] }, settingsSchema.parse({ asOf: "2022-01-15" }), "2022-01-15");
    expect(analysis.actions.map((a) => a.due)).toEqual(["2022-03-31", "2022-03-31", "2022-03-31", "2021-09-30"]);
    expect(outcomeMessage(analysis)).toContain("1 overdue.");
    expect(analysis.findings.filter((f) => f.code === "date-invalid")).toEqual([]);
  });

  it('a date revised or moved to "mid March 2022", "Jan-Mar 2022" or "w/c 7 March 2022" is due as that time is, not overdue by the first date', () => {
    const texts = ["Sept 2021 (to be mid March 2022)", "Sept 2021 (revised to Jan-Mar 2022)", "Sept 2021 (to be early March 2022)", "Sept 2021 (to be w/c 7 March 2022)", "Sept 2021 (to be mid Jan 2022 briefing)"];
    const analysis = analyseWorkbook({ sheets: [plan(texts)] }, settingsSchema.parse({ asOf: "2022-01-15" }), "2022-01-15");
    expect(analysis.actions.map((a) => a.due)).toEqual(["2022-03-31", "2022-03-31", "2022-03-31", "2022-03-07", "2021-09-30"]);
    expect(outcomeMessage(analysis)).toContain("1 overdue.");
    expect(analysis.findings.filter((f) => f.code === "date-invalid")).toEqual([]);
  });

  it('a date named as due after the date the plan was agreed, "Agreed at Board in March 2021, due Sept 2021", is the date used, not the first', () => {
    const texts = [
      "Agreed at Board in March 2021, due Sept 2021",
      "Approved March 2021 - due by December 2021",
      "Signed off Jan 2021; deadline June 2021",
      // Another thing's date: the date first given stands.
      "March 2021 (review due Sept 2021)",
    ];
    const analysis = analyseWorkbook({ sheets: [plan(texts)] }, settingsSchema.parse({ asOf: "2021-07-15" }), "2021-07-15");
    expect(analysis.actions.map((a) => a.due)).toEqual(["2021-09-30", "2021-12-31", "2021-06-30", "2021-03-31"]);
    expect(analysis.overdue.map((o) => o.action.dueText)).toEqual(["Signed off Jan 2021; deadline June 2021", "March 2021 (review due Sept 2021)"]);
    expect(outcomeMessage(analysis)).toContain("2 overdue.");
    expect(analysis.findings.filter((f) => f.code === "date-invalid")).toEqual([]);
  });

  it('a later date named as due for another part, "Sept 2021, target March 2022 for phase 2", leaves the first date, so a missed delivery is overdue', () => {
    const texts = [
      "Sept 2021, target March 2022 for phase 2",
      "Sept 2021, due March 2022 for the review",
      // The action's own date, named as due with nothing after it: the later date.
      "Oct 2021, target completion Dec 2021",
      "Oct 2021, target completion March 2022.",
    ];
    const analysis = analyseWorkbook({ sheets: [plan(texts)] }, settingsSchema.parse({ asOf: "2022-01-15" }), "2022-01-15");
    expect(analysis.actions.map((a) => a.due)).toEqual(["2021-09-30", "2021-09-30", "2021-12-31", "2022-03-31"]);
    expect(analysis.overdue.map((o) => o.action.dueText)).toEqual(["Sept 2021, target March 2022 for phase 2", "Sept 2021, due March 2022 for the review", "Oct 2021, target completion Dec 2021"]);
    expect(outcomeMessage(analysis)).toContain("3 overdue.");
    expect(analysis.findings.filter((f) => f.code === "date-invalid")).toEqual([]);
  });

  it("a revision written as the verb then the time, or as what the date is to be, is said as '(delayed to Nov)' is; a fraction or a count is not", () => {
    const texts = ["Sept 2021 (revised Dec)", "March 2022 (revised date June)", "Dec 2021 (rescheduled 14/2)", "Dec 2021 (to be 31/3)", "Dec 2021 (now presented to Board in March)", "Dec 2021 (extended to 1/2 day)", "Dec 2021 (revised to 3/4 sessions)"];
    const analysis = analyseWorkbook({ sheets: [plan(texts)] }, settingsSchema.parse({ asOf: "2021-11-01" }), "2021-11-01");
    expect(analysis.actions.map((a) => a.due)).toEqual(["2021-09-30", "2022-03-31", "2021-12-31", "2021-12-31", "2021-12-31", "2021-12-31", "2021-12-31"]);
    expect(analysis.findings.filter((f) => f.code === "date-invalid").map((f) => f.message)).toEqual([
      'Row 2: the time scale "Sept 2021 (revised Dec)" gives a revised date RAG Tracker does not read ("revised Dec"), so the date before it, 30 September 2021, is still used; write the new date with its year, such as Q3 2021/22 or September 2021.',
      'Row 3: the time scale "March 2022 (revised date June)" gives a revised date RAG Tracker does not read ("revised date June"), so the date before it, 31 March 2022, is still used; write the new date with its year, such as Q3 2021/22 or September 2021.',
      'Row 4: the time scale "Dec 2021 (rescheduled 14/2)" gives a revised date RAG Tracker does not read ("rescheduled 14/2"), so the date before it, 31 December 2021, is still used; write the new date with its year, such as Q3 2021/22 or September 2021.',
      'Row 5: the time scale "Dec 2021 (to be 31/3)" gives a revised date RAG Tracker does not read ("to be 31/3"), so the date before it, 31 December 2021, is still used; write the new date with its year, such as Q3 2021/22 or September 2021.',
    ]);
  });

  it("a revision with no revising verb, by a length of time or to the year's end leaves the date before it, and says so", () => {
    const analysis = analyseWorkbook({ sheets: [plan(["Sept 2021 (now December)", "Sept 2021 (extended by 3 months)", "Sept 2021 (revised to end of year)"])] }, settingsSchema.parse({ asOf: "2021-11-01" }), "2021-11-01");
    expect(analysis.actions.map((a) => a.due)).toEqual(["2021-09-30", "2021-09-30", "2021-09-30"]);
    expect(analysis.findings.filter((f) => f.code === "date-invalid").map((f) => f.message)).toEqual(
      ["now December", "extended by 3 months", "revised to end of year"].map(
        (words, i) => `Row ${i + 2}: the time scale "${analysis.actions[i]!.dueText}" gives a revised date RAG Tracker does not read ("${words}"), so the date before it, 30 September 2021, is still used; write the new date with its year, such as Q3 2021/22 or September 2021.`,
      ),
    );
  });

  it("a remark that updates or revises something other than the date, naming no new time, is no revision: no warning", () => {
    const remarks = [
      "Dec 2021 (updated to include 12 months data)",
      "Dec 2021 (revised to reflect 6 months of data)",
      "Dec 2021 (updated to SAB in May)",
      "Dec 2021 (updated to Board in March)",
      "Dec 2021 (now year end report)",
      "Dec 2021 (revised 12 months review)",
      "Dec 2021 (revised to Q4)",
      // The work moved, to a meeting at a time of year: a new date unread, said.
      "Dec 2021 (moved to Board in March)",
    ];
    const analysis = analyseWorkbook({ sheets: [plan(remarks)] }, settingsSchema.parse({ asOf: "2021-11-01" }), "2021-11-01");
    expect(analysis.actions.map((a) => a.due)).toEqual(remarks.map(() => "2021-12-31"));
    // Only the one whose words give a new time is said.
    expect(analysis.findings.filter((f) => f.code === "date-invalid").map((f) => f.row)).toEqual([8, 9]);
  });

  it("a time scale naming only the date it replaced is said and not used, and one moved by words between \"now\" and its time is said as a revision", () => {
    const texts = ["TBC (was Dec 21)", "Sept 2021 (report now to be presented in December)", "Dec 2021 (TBC)"];
    const analysis = analyseWorkbook({ sheets: [plan(texts)] }, settingsSchema.parse({ asOf: "2022-01-15" }), "2022-01-15");
    expect(analysis.actions.map((a) => a.due)).toEqual([null, "2021-09-30", "2021-12-31"]);
    expect(outcomeMessage(analysis)).toContain("(1 not checked: time scale not read)");
    expect(analysis.findings.filter((f) => f.code === "date-invalid").map((f) => f.message)).toEqual([
      'Row 2: the time scale "TBC (was Dec 21)" says its date is to be confirmed, and the date it names, 31 December 2021, is the one replaced, so it is not used; write the new date once it is set, such as 14/06/2021 or December 2021.',
      'Row 3: the time scale "Sept 2021 (report now to be presented in December)" gives a revised date RAG Tracker does not read ("now to be presented in December"), so the date before it, 30 September 2021, is still used; write the new date with its year, such as Q3 2021/22 or September 2021.',
    ]);
  });

  it("a month or a quarter beside words no form reads is one of them, said, where it gave neither a date nor a word", () => {
    const analysis = analyseWorkbook({ sheets: [plan(["Q2 and Q4", "Extended to Q4", "Dec 1-22", "Annually July", "June 2021"])] }, settingsSchema.parse({ asOf: "2021-12-31" }), "2021-12-31");
    expect(outcomeMessage(analysis)).toContain("1 overdue (3 not checked: time scale not read).");
    expect(analysis.findings.filter((f) => f.code === "date-invalid").map((f) => f.message)).toEqual([
      ...["Q2 and Q4", "Extended to Q4"].map((text, i) => `Row ${i + 2}: the time scale "${text}" gives no date RAG Tracker reads, so it is not used; write a real date such as 14/06/2021 or a month such as December 2021.`),
      // Days of December with no year.
      'Row 4: the time scale "Dec 1-22" names no year, so it is not used; write its year too, such as Q3 2021/22 or September 2021.',
    ]);
  });

  it("days of a month are never a day and a two-digit year, in either date order: due at the last where a year follows, else said to name no year", () => {
    const texts = ["Sept 1-30", "Mar 14-18", "June 20-24", "Jan 10-12", "Mar 14-18 2022", "Sept 1-30, 2021"];
    for (const locale of ["en-GB", "en-US"] as const) {
      const analysis = analyseWorkbook({ sheets: [plan(texts)] }, settingsSchema.parse({ asOf: "2022-01-15", locale }), "2022-01-15");
      expect(analysis.actions.map((a) => a.due), locale).toEqual([null, null, null, null, "2022-03-18", "2021-09-30"]);
      expect(analysis.overdue.map((o) => o.action.dueText), locale).toEqual(["Sept 1-30, 2021"]);
      expect(analysis.findings.filter((f) => f.code === "date-invalid").map((f) => f.message), locale).toEqual(
        texts.slice(0, 4).map((text, i) => `Row ${i + 2}: the time scale "${text}" names no year, so it is not used; write its year too, such as Q3 2021/22 or September 2021.`),
      );
    }
  });

  it("a half-term with no year says it names no year, and a numbered term with a year's two digits is said as one with its year", () => {
    const analysis = analyseWorkbook({ sheets: [plan(["Spring 1", "By Term 1 21", "Term 1 2021/22"])] }, settingsSchema.parse({ asOf: "2021-11-01" }), "2021-11-01");
    expect(analysis.findings.filter((f) => f.code === "date-invalid").map((f) => f.message)).toEqual([
      'Row 2: the time scale "Spring 1" names no year, so it is not used; write its year too, such as Q3 2021/22 or September 2021.',
      'Row 3: the time scale "By Term 1 21" names a school term by its number, which schools count as three terms a year or six, and gives no date RAG Tracker reads, so it is not used; write a real date such as 14/06/2021 or a month such as December 2021.',
      'Row 4: the time scale "Term 1 2021/22" names a school term by its number, which schools count as three terms a year or six, and gives no date RAG Tracker reads, so it is not used; write a real date such as 14/06/2021 or a month such as December 2021.',
    ]);
    // Under a header naming the year, a half-term is read in it as "Spring 1 2019/20" is: January to February 2020, not the spring season.
    const inYear = analyseWorkbook({ sheets: [yearlessPlan("Time Scale 2019/20")].map((sheet) => ({ ...sheet, values: sheet.values.map((row, i) => (i === 1 ? [...row.slice(0, 3), "Spring 1", ...row.slice(4)] : i === 2 ? [...row.slice(0, 3), "Autumn 2", ...row.slice(4)] : row)) })) }, settingsSchema.parse({ asOf: "2020-01-14" }), "2020-01-14");
    expect(inYear.actions.slice(0, 2).map((a) => a.due)).toEqual(["2020-02-29", "2019-12-31"]);
  });

  it("a month's two digits read as a year far after or far before the report date's are said, with the day they may mean; the date read is still used", () => {
    const analysis = analyseWorkbook({ sheets: [plan(["Dec 12", "Jun 15", "Mar 25", "Oct 20", "Sept 28", "Mar 24", "Jun-28", "Sept '28", "Mar 22"])] }, settingsSchema.parse({ asOf: "2021-11-01" }), "2021-11-01");
    expect(analysis.actions.map((a) => a.due)).toEqual(["2012-12-31", "2015-06-30", "2025-03-31", "2020-10-31", "2028-09-30", "2024-03-31", "2028-06-30", "2028-09-30", "2022-03-31"]);
    expect(analysis.findings.filter((f) => f.code === "date-invalid").map((f) => f.message)).toEqual([
      'Row 2: the time scale "Dec 12" is read as December 2012, as two digits after a month are its year, so the action is overdue since then; if 12 December is meant, write its year too, such as 12 December 2021.',
      'Row 3: the time scale "Jun 15" is read as June 2015, as two digits after a month are its year, so the action is overdue since then; if 15 June is meant, write its year too, such as 15 June 2021.',
      'Row 4: the time scale "Mar 25" is read as March 2025, as two digits after a month are its year, so the action is not overdue before then; if 25 March is meant, write its year too, such as 25 March 2021.',
      // October 2020 is more than a year before the plan's other actions (2022 on): "Dec 12" and "Jun 15", said above, are no years of the plan to hide it.
      'Row 5: the time scale "Oct 20" is read as October 2020, as two digits after a month are its year, so the action is overdue since then; if 20 October is meant, write its year too, such as 20 October 2021.',
      'Row 6: the time scale "Sept 28" is read as September 2028, as two digits after a month are its year, so the action is not overdue before then; if 28 September is meant, write its year too, such as 28 September 2021.',
    ]);
    // The same plan a year on: March 2025 is within three years of it, and so not said.
    const later = analyseWorkbook({ sheets: [plan(["Mar 25", "Sept 28"])] }, settingsSchema.parse({ asOf: "2022-11-01" }), "2022-11-01");
    expect(later.findings.filter((f) => f.code === "date-invalid").map((f) => f.value)).toEqual(["Sept 28"]);
    // Five years back is as far as a plan and its carried-on actions run: a 2021 plan's "Sept 21" read in 2026 is not said, "Sept 20" is.
    const yearsOn = analyseWorkbook({ sheets: [plan(["Sept 21", "Sept 20"])] }, settingsSchema.parse({ asOf: "2026-12-07" }), "2026-12-07");
    expect(yearsOn.findings.filter((f) => f.code === "date-invalid").map((f) => f.value)).toEqual(["Sept 20"]);
  });

  it("a month's two digits read as a year more than a year before the plan's other actions are due are said, though within five years of the report date", () => {
    // A 2019–2020 plan as at June 2020: "Dec 16" is December 2016, before any of its actions was set; "Sept 18", a year before, may be carried on.
    const analysis = analyseWorkbook({ sheets: [plan(["Dec 16", "March 2019", "Sept 2019", "December 2020", "Sept 18"])] }, settingsSchema.parse({ asOf: "2020-06-30" }), "2020-06-30");
    expect(analysis.actions.map((a) => a.due)).toEqual(["2016-12-31", "2019-03-31", "2019-09-30", "2020-12-31", "2018-09-30"]);
    expect(analysis.findings.filter((f) => f.code === "date-invalid").map((f) => f.message)).toEqual([
      'Row 2: the time scale "Dec 16" is read as December 2016, as two digits after a month are its year, so the action is overdue since then; if 16 December is meant, write its year too, such as 16 December 2020.',
    ]);
  });

  it("two such old years in one plan do not hide each other: each is said, as one alone is", () => {
    // As at June 2020, "Dec 16" (December 2016) and "Sept 17" are a year apart, but both before the plan's run of 2019 and 2020.
    const analysis = analyseWorkbook({ sheets: [plan(["Dec 16", "Sept 17", "Dec 19", "Mar 20", "Jun 20"])] }, settingsSchema.parse({ asOf: "2020-06-30" }), "2020-06-30");
    expect(analysis.findings.filter((f) => f.code === "date-invalid").map((f) => f.message)).toEqual([
      'Row 2: the time scale "Dec 16" is read as December 2016, as two digits after a month are its year, so the action is overdue since then; if 16 December is meant, write its year too, such as 16 December 2020.',
      'Row 3: the time scale "Sept 17" is read as September 2017, as two digits after a month are its year, so the action is overdue since then; if 17 September is meant, write its year too, such as 17 September 2020.',
    ]);
    // A plan running from 2017, written plainly, keeps them its own.
    const plainFrom2017 = analyseWorkbook({ sheets: [plan(["Dec 16", "Sept 17", "March 2017", "Mar 20", "Jun 20"])] }, settingsSchema.parse({ asOf: "2020-06-30" }), "2020-06-30");
    expect(plainFrom2017.findings.filter((f) => f.code === "date-invalid")).toEqual([]);
  });

  it("a month, its day and its year joined as UK teams write them are read, and one that may be read two ways is said with the whole cell", () => {
    const analysis = analyseWorkbook({ sheets: [plan(["March 31 22", "Mar 31/22", "Sept 30 - 2022", "March 31/2022", "Jun 15 22"])] }, settingsSchema.parse({ asOf: "2022-12-31" }), "2022-12-31");
    expect(analysis.actions.map((a) => a.due)).toEqual(["2022-03-31", "2022-03-31", "2022-09-30", "2022-03-31", null]);
    expect(outcomeMessage(analysis)).toContain("4 overdue (1 not checked: time scale not read).");
    expect(analysis.findings.filter((f) => f.code === "date-invalid").map((f) => f.message)).toEqual([
      'Row 6: the time scale "Jun 15 22" gives a month and two numbers, and whether "15" is its day or its year is not clear, so it is not used; write a real date such as 14/06/2021 or a month such as December 2021.',
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

describe("a month read at its end after a step's number that may be the day is said", () => {
  it("'Week 2 - Dec 2021', 'Quarter 1 April 2022' and 'Summer term 1 July 2022' keep the month's end and say the day that may be meant; 'Term 2 - Jan 2022', 'Autumn term 2 Dec 2021' and 'Week 52 - Dec 2021' are plain", () => {
    const texts = ["Week 2 - Dec 2021", "Quarter 1 April 2022", "Summer term 1 July 2022", "Term 2 - Jan 2022", "Autumn term 2 Dec 2021", "Week 52 - Dec 2021"];
    const analysis = analyseWorkbook({ sheets: [plan(texts)] }, settingsSchema.parse({ asOf: "2021-11-01" }), "2021-11-01");
    expect(analysis.actions.map((a) => a.due)).toEqual(["2021-12-31", "2022-04-30", "2022-07-31", "2022-01-31", "2021-12-31", "2021-12-31"]);
    expect(analysis.findings.filter((f) => f.code === "date-invalid").map((f) => f.message)).toEqual([
      'Row 2: the time scale "Week 2 - Dec 2021" is read as 31 December 2021, the month\'s end, as "Week 2" is taken for a week\'s, quarter\'s or term\'s number, not a day; if the week\'s end is meant, write its date, such as 14 December 2021.',
      'Row 3: the time scale "Quarter 1 April 2022" is read as 30 April 2022, the month\'s end, as "Quarter 1" is taken for a week\'s, quarter\'s or term\'s number, not a day; if 1 April 2022 is meant, write the date alone, 1 April 2022.',
      'Row 4: the time scale "Summer term 1 July 2022" is read as 31 July 2022, the month\'s end, as "Summer term 1" is taken for a week\'s, quarter\'s or term\'s number, not a day; if 1 July 2022 is meant, write the date alone, 1 July 2022.',
    ]);
  });
});

describe("the short forms a UK team types, and a week's or stage's digit with no dash, are said as the full forms are", () => {
  it("'Wk 2 - Dec 2021', 'Week 2 Dec 2021', 'Qtr 1 April 2022', 'Stage 1 March 2022' and 'Year 1 March 2022' keep the month's end with the warning; '14 Dec 2021', '1 March 2022', 'Phase 2 - Dec 2021' and 'Qtr 1 - April 2022' are plain", () => {
    const texts = ["Wk 2 - Dec 2021", "Week 2 Dec 2021", "Qtr 1 April 2022", "Stage 1 March 2022", "Year 1 March 2022", "14 Dec 2021", "1 March 2022", "Phase 2 - Dec 2021", "Qtr 1 - April 2022"];
    const analysis = analyseWorkbook({ sheets: [plan(texts)] }, settingsSchema.parse({ asOf: "2021-11-01" }), "2021-11-01");
    expect(analysis.actions.map((a) => a.due)).toEqual(["2021-12-31", "2021-12-31", "2022-04-30", "2022-03-31", "2022-03-31", "2021-12-14", "2022-03-01", "2021-12-31", "2022-04-30"]);
    expect(analysis.findings.filter((f) => f.code === "date-invalid").map((f) => f.message)).toEqual([
      'Row 2: the time scale "Wk 2 - Dec 2021" is read as 31 December 2021, the month\'s end, as "Wk 2" is taken for a week\'s, quarter\'s or term\'s number, not a day; if the week\'s end is meant, write its date, such as 14 December 2021.',
      'Row 3: the time scale "Week 2 Dec 2021" is read as 31 December 2021, the month\'s end, as "Week 2" is taken for a week\'s, quarter\'s or term\'s number, not a day; if the week\'s end is meant, write its date, such as 14 December 2021; if 2 December 2021 is meant, write the date alone, 2 December 2021.',
      'Row 4: the time scale "Qtr 1 April 2022" is read as 30 April 2022, the month\'s end, as "Qtr 1" is taken for a week\'s, quarter\'s or term\'s number, not a day; if 1 April 2022 is meant, write the date alone, 1 April 2022.',
      'Row 5: the time scale "Stage 1 March 2022" is read as 31 March 2022, the month\'s end, as "Stage 1" is taken for the number of a stage of the work, not a day; if 1 March 2022 is meant, write the date alone, 1 March 2022.',
      'Row 6: the time scale "Year 1 March 2022" is read as 31 March 2022, the month\'s end, as "Year 1" is taken for the number of a stage of the work, not a day; if 1 March 2022 is meant, write the date alone, 1 March 2022.',
    ]);
  });
});

describe("a week whose end is the month's end, the date read, is not said as if another were meant", () => {
  it("'Week 4 - Feb 2022', 'Week 5 - Feb 2022' and 'Week 5 - Dec 2021' are plain; 'Week 4 Feb 2022' names only the day; 'Week 3 - Feb 2022' and 'Week 4 - Sept 2021' keep the week's end", () => {
    const texts = ["Week 4 - Feb 2022", "Week 5 - Feb 2022", "Week 5 - Dec 2021", "Week 4 Feb 2022", "Week 3 - Feb 2022", "Week 4 - Sept 2021"];
    const analysis = analyseWorkbook({ sheets: [plan(texts)] }, settingsSchema.parse({ asOf: "2021-09-01" }), "2021-09-01");
    expect(analysis.actions.map((a) => a.due)).toEqual(["2022-02-28", "2022-02-28", "2021-12-31", "2022-02-28", "2022-02-28", "2021-09-30"]);
    expect(analysis.findings.filter((f) => f.code === "date-invalid").map((f) => f.message)).toEqual([
      'Row 5: the time scale "Week 4 Feb 2022" is read as 28 February 2022, the month\'s end, as "Week 4" is taken for a week\'s, quarter\'s or term\'s number, not a day; if 4 February 2022 is meant, write the date alone, 4 February 2022.',
      'Row 6: the time scale "Week 3 - Feb 2022" is read as 28 February 2022, the month\'s end, as "Week 3" is taken for a week\'s, quarter\'s or term\'s number, not a day; if the week\'s end is meant, write its date, such as 21 February 2022.',
      'Row 7: the time scale "Week 4 - Sept 2021" is read as 30 September 2021, the month\'s end, as "Week 4" is taken for a week\'s, quarter\'s or term\'s number, not a day; if the week\'s end is meant, write its date, such as 28 September 2021.',
    ]);
  });
});

describe("a day and its month's name after 'changed' is said as a revision unread, as after 'changed to'", () => {
  it("'Dec 2021 (changed 12 Nov)' is warned as '(changed to 12 Nov)' is; '(changed 12/11)', the day the change was made, is plain", () => {
    const texts = ["Dec 2021 (changed 12 Nov)", "Dec 2021 (changed to 12 Nov)", "Dec 2021 (changed 12/11)"];
    const analysis = analyseWorkbook({ sheets: [plan(texts)] }, settingsSchema.parse({ asOf: "2021-11-01" }), "2021-11-01");
    expect(analysis.actions.map((a) => a.due)).toEqual(["2021-12-31", "2021-12-31", "2021-12-31"]);
    expect(analysis.findings.filter((f) => f.code === "date-invalid").map((f) => f.message)).toEqual([
      'Row 2: the time scale "Dec 2021 (changed 12 Nov)" gives a revised date RAG Tracker does not read ("changed 12 Nov"), so the date before it, 31 December 2021, is still used; write the new date with its year, such as Q3 2021/22 or September 2021.',
      'Row 3: the time scale "Dec 2021 (changed to 12 Nov)" gives a revised date RAG Tracker does not read ("changed to 12 Nov"), so the date before it, 31 December 2021, is still used; write the new date with its year, such as Q3 2021/22 or September 2021.',
    ]);
  });
});

describe("a quarter of a financial year named by one year is said as such, with the months it may be", () => {
  it("'Q1 FY22', 'Q3 FY 2022', 'FY22 Q4' and 'Q2 FY23' say which two financial years and months they may be, asking for the year in full; 'Q3 2021/22', 'Q1 22/23' and 'FY 2021/22 Q2' are read", () => {
    const texts = ["Q1 FY22", "Q3 FY 2022", "FY22 Q4", "Q2 FY23", "Q3 2021/22", "Q1 22/23", "FY 2021/22 Q2"];
    const analysis = analyseWorkbook({ sheets: [plan(texts)] }, settingsSchema.parse({ asOf: "2021-06-01" }), "2021-06-01");
    expect(analysis.actions.map((a) => a.due)).toEqual([null, null, null, null, "2021-12-31", "2022-06-30", "2021-09-30"]);
    expect(analysis.findings.filter((f) => f.code === "date-invalid").map((f) => f.message)).toEqual([
      'Row 2: the time scale "Q1 FY22" names a quarter of a financial year by one year, which may be 2021/22 or 2022/23 (April to March): April to June 2021 or April to June 2022, so it is not used; write its financial year in full, such as Q1 2021/22 or Q1 2022/23.',
      'Row 3: the time scale "Q3 FY 2022" names a quarter of a financial year by one year, which may be 2021/22 or 2022/23 (April to March): October to December 2021 or October to December 2022, so it is not used; write its financial year in full, such as Q3 2021/22 or Q3 2022/23.',
      'Row 4: the time scale "FY22 Q4" names a quarter of a financial year by one year, which may be 2021/22 or 2022/23 (April to March): January to March 2022 or January to March 2023, so it is not used; write its financial year in full, such as Q4 2021/22 or Q4 2022/23.',
      'Row 5: the time scale "Q2 FY23" names a quarter of a financial year by one year, which may be 2022/23 or 2023/24 (April to March): July to September 2022 or July to September 2023, so it is not used; write its financial year in full, such as Q2 2022/23 or Q2 2023/24.',
    ]);
    expect(outcomeMessage(analysis)).toContain("(4 not checked: time scale not read)");
  });
});

describe("a programme's year or month by its number before a month is said as a stage's is", () => {
  it("'Yr 1 March 2022', 'Month 1 Oct 2021' and 'Mth 3 Jan 2022' keep the month's end with the warning 'Year 1 March 2022' gets; 'Yr 2 - Dec 2021' and 'Month 1 - Oct 2021' are plain, as 'Year 2 - Dec 2021' is", () => {
    const texts = ["Yr 1 March 2022", "Month 1 Oct 2021", "Mth 3 Jan 2022", "Yr 2 - Dec 2021", "Month 1 - Oct 2021", "Year 2 - Dec 2021"];
    const analysis = analyseWorkbook({ sheets: [plan(texts)] }, settingsSchema.parse({ asOf: "2021-10-15" }), "2021-10-15");
    expect(analysis.actions.map((a) => a.due)).toEqual(["2022-03-31", "2021-10-31", "2022-01-31", "2021-12-31", "2021-10-31", "2021-12-31"]);
    expect(analysis.overdue).toEqual([]);
    expect(analysis.findings.filter((f) => f.code === "date-invalid").map((f) => f.message)).toEqual([
      'Row 2: the time scale "Yr 1 March 2022" is read as 31 March 2022, the month\'s end, as "Yr 1" is taken for the number of a stage of the work, not a day; if 1 March 2022 is meant, write the date alone, 1 March 2022.',
      'Row 3: the time scale "Month 1 Oct 2021" is read as 31 October 2021, the month\'s end, as "Month 1" is taken for the number of a stage of the work, not a day; if 1 October 2021 is meant, write the date alone, 1 October 2021.',
      'Row 4: the time scale "Mth 3 Jan 2022" is read as 31 January 2022, the month\'s end, as "Mth 3" is taken for the number of a stage of the work, not a day; if 3 January 2022 is meant, write the date alone, 3 January 2022.',
    ]);
  });
});

describe("a numbered step of a programme before a month, as UK teams name them, is said as a stage's is", () => {
  it.each([
    ["Period 4 Jan 2022", "Period 4 - Jan 2022", "2022-01-31", "31 January 2022", "Period 4", "4 January 2022"],
    ["Sprint 2 Mar 2022", "Sprint 2 - Mar 2022", "2022-03-31", "31 March 2022", "Sprint 2", "2 March 2022"],
    ["Cycle 1 Nov 2021", "Cycle 1 - Nov 2021", "2021-11-30", "30 November 2021", "Cycle 1", "1 November 2021"],
    ["Round 1 May 2022", "Round 1 - May 2022", "2022-05-31", "31 May 2022", "Round 1", "1 May 2022"],
    // A phase, stage or period written short.
    ["Ph 2 Dec 2021", "Ph 2 - Dec 2021", "2021-12-31", "31 December 2021", "Ph 2", "2 December 2021"],
    ["Stg 2 Dec 2021", "Stg 2 - Dec 2021", "2021-12-31", "31 December 2021", "Stg 2", "2 December 2021"],
    ["Pd 4 Jan 2022", "Pd 4 - Jan 2022", "2022-01-31", "31 January 2022", "Pd 4", "4 January 2022"],
  ])("%j is read at the month's end with the warning, and %j at the month's end in silence, as 'Stage 1' is", (undashed, dashed, due, dueSaid, step, daySaid) => {
    const analysis = analyseWorkbook({ sheets: [plan([undashed, dashed])] }, settingsSchema.parse({ asOf: "2021-10-15" }), "2021-10-15");
    expect(analysis.actions.map((a) => a.due)).toEqual([due, due]);
    expect(analysis.findings.filter((f) => f.code === "date-invalid").map((f) => f.message)).toEqual([
      `Row 2: the time scale "${undashed}" is read as ${dueSaid}, the month's end, as "${step}" is taken for the number of a stage of the work, not a day; if ${daySaid} is meant, write the date alone, ${daySaid}.`,
    ]);
  });
});

describe("a quarter written 'Q 3' or 'Q. 3' before a month is said as 'Quarter 3' is", () => {
  it("'Q 3 Dec 2021' and 'Q. 3 Dec 2021' keep the month's end with the warning 'Quarter 3 Dec 2021' gets; 'Q 3 - Dec 2021' is plain, as 'Quarter 3 - Dec 2021' is; 'Q3 Dec 2021' stays plain", () => {
    const texts = ["Q 3 Dec 2021", "Q. 3 Dec 2021", "Quarter 3 Dec 2021", "Q 3 - Dec 2021", "Quarter 3 - Dec 2021", "Q3 Dec 2021"];
    const analysis = analyseWorkbook({ sheets: [plan(texts)] }, settingsSchema.parse({ asOf: "2021-12-10" }), "2021-12-10");
    expect(analysis.actions.map((a) => a.due)).toEqual(Array(6).fill("2021-12-31"));
    expect(analysis.overdue).toEqual([]);
    expect(analysis.findings.filter((f) => f.code === "date-invalid").map((f) => f.message)).toEqual([
      'Row 2: the time scale "Q 3 Dec 2021" is read as 31 December 2021, the month\'s end, as "Q 3" is taken for a week\'s, quarter\'s or term\'s number, not a day; if 3 December 2021 is meant, write the date alone, 3 December 2021.',
      'Row 3: the time scale "Q. 3 Dec 2021" is read as 31 December 2021, the month\'s end, as "Q. 3" is taken for a week\'s, quarter\'s or term\'s number, not a day; if 3 December 2021 is meant, write the date alone, 3 December 2021.',
      'Row 4: the time scale "Quarter 3 Dec 2021" is read as 31 December 2021, the month\'s end, as "Quarter 3" is taken for a week\'s, quarter\'s or term\'s number, not a day; if 3 December 2021 is meant, write the date alone, 3 December 2021.',
    ]);
  });
});

describe("a quarter written 'Q. 3' is read as 'Q 3' and 'Qtr. 3' are", () => {
  it("as at 15 January 2022, 'Q. 3 2021/22' is overdue since 31 December 2021 as 'Qtr. 3 2021/22' is, not due with the year in March; 'Q. 3 2021' since 30 September 2021 as 'Q3 2021' is, not passed over; 'Q. 3' names no year, said", () => {
    const texts = ["Q. 3 2021/22", "Qtr. 3 2021/22", "Q. 3 2021", "Q.3 2021", "Q3 2021", "Q. 3", "Q. 3/4 2021"];
    const analysis = analyseWorkbook({ sheets: [plan(texts)] }, settingsSchema.parse({ asOf: "2022-01-15" }), "2022-01-15");
    expect(analysis.actions.map((a) => a.due)).toEqual(["2021-12-31", "2021-12-31", "2021-09-30", "2021-09-30", "2021-09-30", null, "2021-12-31"]);
    expect(analysis.overdue.map((f) => f.action.ref)).toEqual(["2.1", "2.2", "2.3", "2.4", "2.5", "2.7"]);
    expect(analysis.findings.filter((f) => f.code === "date-invalid").map((f) => f.message)).toEqual([
      'Row 7: the time scale "Q. 3" names no year, so it is not used; write its year too, such as Q3 2021/22 or September 2021.',
    ]);
    expect(outcomeMessage(analysis)).toContain("6 overdue (1 not checked: time scale not read).");
  });

  it("under a time-scale header naming 2019/20, 'Q. 3' is read as Q3 2019/20, as 'Q3' is", () => {
    const sheet = yearlessPlan("Time Scale 2019/20");
    const dotted = { ...sheet, values: sheet.values.map((row) => row.map((cell) => (cell === "Q3" ? "Q. 3" : cell))) };
    const analysis = analyseWorkbook({ sheets: [dotted] }, settingsSchema.parse({ asOf: "2020-01-14" }), "2020-01-14");
    expect(analysis.overdue.map((f) => [f.action.ref, f.action.due])).toEqual([
      ["5.1", "2019-07-31"],
      ["7.2", "2019-12-31"],
    ]);
    expect(analysis.findings.filter((f) => f.code === "date-invalid")).toEqual([]);
  });
});

describe("a phase, stage or period written short numbers a stage where the word in full does", () => {
  it("as at 10 December 2021, 'Ph 2 Dec 2021', 'Stg 2 Dec 2021' and 'By Ph 2 Dec 2021' are not overdue, and warned; 'Update to PH 1 Dec 2021' and 'P 3 Dec 2021' stay days, in silence", () => {
    const texts = ["Ph 2 Dec 2021", "Stg 2 Dec 2021", "By Ph 2 Dec 2021", "Update to PH 1 Dec 2021", "P 3 Dec 2021"];
    const analysis = analyseWorkbook({ sheets: [plan(texts)] }, settingsSchema.parse({ asOf: "2021-12-10" }), "2021-12-10");
    expect(analysis.actions.map((a) => a.due)).toEqual(["2021-12-31", "2021-12-31", "2021-12-31", "2021-12-01", "2021-12-03"]);
    expect(analysis.overdue.map((f) => f.action.ref)).toEqual(["2.4", "2.5"]);
    expect(analysis.findings.filter((f) => f.code === "date-invalid").map((f) => f.row)).toEqual([2, 3, 4]);
  });
});

describe("'PH' in capitals before a date is Public Health, where 'Ph' is a phase", () => {
  it("as at 10 December 2021, 'Data by PH 3 Dec 2021', 'PH 3 Dec 2021', 'PH 1 - Dec 2021' and 'CCG / PH 1 - Dec 2021' are overdue days, in silence; 'Ph 2 Dec 2021' is the month's end, warned", () => {
    const texts = ["Data by PH 3 Dec 2021", "PH 3 Dec 2021", "PH 1 - Dec 2021", "CCG / PH 1 - Dec 2021", "Ph 2 Dec 2021"];
    const analysis = analyseWorkbook({ sheets: [plan(texts)] }, settingsSchema.parse({ asOf: "2021-12-10" }), "2021-12-10");
    expect(analysis.actions.map((a) => a.due)).toEqual(["2021-12-03", "2021-12-03", "2021-12-01", "2021-12-01", "2021-12-31"]);
    expect(analysis.overdue.map((f) => f.action.ref)).toEqual(["2.1", "2.2", "2.3", "2.4"]);
    expect(analysis.findings.filter((f) => f.code === "date-invalid").map((f) => f.row)).toEqual([6]);
  });
});

describe("a month joined to its year by a dash after a step's number is read as the same month and year with a space are", () => {
  it("'Stage 1 Mar-22', 'Week 2 Dec-21' and 'Quarter 1 Apr-22' keep the month's end with the warning; 'Phase 2 - Dec-21' and 'Term 1 Sept-21' are plain; '14-Dec-21' and 'Session 1 Dec-21' stay days", () => {
    const texts = ["Stage 1 Mar-22", "Week 2 Dec-21", "Quarter 1 Apr-22", "Phase 2 - Dec-21", "Term 1 Sept-21", "14-Dec-21", "Session 1 Dec-21"];
    const analysis = analyseWorkbook({ sheets: [plan(texts)] }, settingsSchema.parse({ asOf: "2021-09-10" }), "2021-09-10");
    expect(analysis.actions.map((a) => a.due)).toEqual(["2022-03-31", "2021-12-31", "2022-04-30", "2021-12-31", "2021-09-30", "2021-12-14", "2021-12-01"]);
    expect(analysis.overdue).toEqual([]);
    expect(analysis.findings.filter((f) => f.code === "date-invalid").map((f) => f.message)).toEqual([
      'Row 2: the time scale "Stage 1 Mar-22" is read as 31 March 2022, the month\'s end, as "Stage 1" is taken for the number of a stage of the work, not a day; if 1 March 2022 is meant, write the date alone, 1 March 2022.',
      'Row 3: the time scale "Week 2 Dec-21" is read as 31 December 2021, the month\'s end, as "Week 2" is taken for a week\'s, quarter\'s or term\'s number, not a day; if the week\'s end is meant, write its date, such as 14 December 2021; if 2 December 2021 is meant, write the date alone, 2 December 2021.',
      'Row 4: the time scale "Quarter 1 Apr-22" is read as 30 April 2022, the month\'s end, as "Quarter 1" is taken for a week\'s, quarter\'s or term\'s number, not a day; if 1 April 2022 is meant, write the date alone, 1 April 2022.',
    ]);
  });
});

describe("a stage word after a noun that names the period is no stage's number: the digit is the day the period starts", () => {
  it("'Audit cycle 1 April 2022', 'Consultation period 1 March 2022', 'Next funding round 1 May 2022', 'Notice period 1 Jan 2022' and 'Each month 1 June 2022' are due that day, in silence; after 'by', 'in' or 'end of' the word still numbers a stage", () => {
    const texts = [
      "Audit cycle 1 April 2022",
      "Consultation period 1 March 2022",
      "Next funding round 1 May 2022",
      "Notice period 1 Jan 2022",
      "Each month 1 June 2022",
      "By sprint 2 Mar 2022",
      "End of period 4 Jan 2022",
      "In round 1 May 2022",
    ];
    const analysis = analyseWorkbook({ sheets: [plan(texts)] }, settingsSchema.parse({ asOf: "2021-10-15" }), "2021-10-15");
    expect(analysis.actions.map((a) => a.due)).toEqual(["2022-04-01", "2022-03-01", "2022-05-01", "2022-01-01", "2022-06-01", "2022-03-31", "2022-01-31", "2022-05-31"]);
    expect(analysis.findings.filter((f) => f.code === "date-invalid").map((f) => f.row)).toEqual([7, 8, 9]);
  });
});

import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS, settingsSchema } from "../../src/core/settings";
import type { SheetSnapshot } from "../../src/core/cells";

/** Rows of the Thurrock LSCP Delivery Plan 2019–2020, with the last-updated dates a team types as text. */
const plan: SheetSnapshot = {
  name: "Delivery Plan",
  firstRow: 1,
  firstColumn: 1,
  merges: [],
  values: [
    ["Strategic Aim 1 – Safeguarding is everyone’s business"],
    ["Action No", "Action", "Lead Group", "Target date", "Progress", "Date of last update", "RAG Rating"],
    ["2.1", "Produce the LSCP Annual Report", "Strategic Group", "Annually July", "Draft with the Strategic Group.", "Ongoing", "A"],
    ["2.4", "Receive and review Annual Report from LADO", "Management Executive Board", "October 2019", "Report received at MEB.", "15th October 2019", "A"],
    ["2.5", "Receive and review Annual Report from IRO", "Management Executive Board", "October 2019", "", null, "A"],
    ["2.6", "Receive and review Annual Report from the Private Fostering service", "Management Executive Board", 2019, "", "2019", "A"],
    ["2.7", "Receive and review Annual Report from the Virtual School", "Management Executive Board", "October 2019", "", "Never", "A"],
    ["2.8", "Receive and review the Section 11 audit report", "Management Executive Board", "October 2019", "Reported to MEB.", "Ongoing", "B"],
    ["2.9", "Receive and review the CDOP annual report", "Management Executive Board", "October 2019", "Reported to MEB.", "2019", "B"],
    ["2.10", "Receive and review the Early Help annual report", "Management Executive Board", "October 2019", "", 2019, "A"],
  ],
};

/**
 * The plan's title and header over `rows`, read on 15 January 2022; a number in the target-date (D)
 * or last-updated (F) column is formatted as a date, as Office.js reports a date cell.
 */
function analyseDated(rows: SheetSnapshot["values"]) {
  const values = plan.values.slice(0, 2).concat(rows);
  const numberFormats = values.map((r) => r.map((v, c) => ((c === 3 || c === 5) && typeof v === "number" ? "dd/mm/yyyy" : "General")));
  return analyseWorkbook({ sheets: [{ ...plan, values, numberFormats }] }, DEFAULT_SETTINGS, "2022-01-15");
}

describe("a last-updated cell typed as text", () => {
  it("says when it holds no date, rather than reading the action as never updated without a word", () => {
    const a = analyseWorkbook({ sheets: [plan] }, DEFAULT_SETTINGS, "2020-01-15");
    expect(a.actions.map((x) => x.updated)).toEqual([null, "2019-10-15", null, null, null, null, null, null]);
    // Lists show what a cell that gives no date holds, a year typed as a number too; "never" only for an empty cell or one saying so.
    expect(a.actions.map((x) => x.updatedWritten)).toEqual(["Ongoing", undefined, undefined, "2019", undefined, "Ongoing", "2019", "2019"]);
    // "Never" says what it means, and a complete action cannot be stale: neither is a finding. A year typed as a number is a year too.
    expect(a.findings.filter((f) => f.code === "date-invalid").map((f) => [f.row, f.column, f.value, f.message])).toEqual([
      [3, "F", "Ongoing", 'Row 3: the last-updated date "Ongoing" is not a date, so it is not used; write a real date such as 14/06/2021 or a month such as December 2021.'],
      [6, "F", "2019", 'Row 6: the last-updated date "2019" is only a year, so it is not used; write a real date such as 14/06/2021 or a month such as December 2021.'],
      [10, "F", "2019", 'Row 10: the last-updated date "2019" is only a year, so it is not used; write a real date such as 14/06/2021 or a month such as December 2021.'],
    ]);
  });

  it("dates a last update typed as a month at its start, a quarter at its end, and neither after today once begun", () => {
    const rows = [
      ["2.4", "Receive and review Annual Report from LADO", "Management Executive Board", "October 2021", "Report received at MEB.", "January 2022", "A"],
      ["2.5", "Receive and review Annual Report from IRO", "Management Executive Board", "October 2021", "Report received at MEB.", "Q3 2021/22", "A"],
      ["2.8", "Receive and review the Section 11 audit report", "Management Executive Board", "October 2021", "Reported to MEB.", "October 2021", "A"],
    ];
    const a = analyseWorkbook({ sheets: [{ ...plan, values: [...plan.values.slice(0, 2), ...rows] }] }, DEFAULT_SETTINGS, "2022-01-15");
    expect(a.actions.map((x) => x.updated)).toEqual(["2022-01-01", "2021-12-31", "2021-10-01"]);
    // The month of the report has begun: no "after today" warning for January 2022.
    expect(a.findings.filter((f) => f.code === "date-invalid" || /after today/.test(f.message))).toEqual([]);
    // October 2021 may have been the 1st: 106 days before 15 January, stale at 90 days; a quarter is dated by its end.
    expect(a.stale.map((f) => f.action.ref)).toEqual(["2.8"]);
    // A quarter under way on the report date is not "after today" either.
    const during = analyseWorkbook({ sheets: [{ ...plan, values: [...plan.values.slice(0, 2), rows[1]!] }] }, DEFAULT_SETTINGS, "2021-12-15");
    expect(during.findings.filter((f) => /after today/.test(f.message))).toEqual([]);
  });

  it("says a date a formula gives whose result the file does not hold, as it says such a rating", () => {
    const rows = [["2.4", "Receive and review Annual Report from LADO", "Management Executive Board", { formula: "DATE(2021,6,14)" }, "Report received at MEB.", { formula: "TODAY()" }, "A"]];
    const a = analyseWorkbook({ sheets: [{ ...plan, values: [...plan.values.slice(0, 2), ...rows] }] }, DEFAULT_SETTINGS, "2022-01-15");
    expect(a.findings.filter((f) => f.code === "date-invalid").map((f) => [f.column, f.message])).toEqual([
      ["D", "Row 3: the time scale is a formula (=DATE(2021,6,14)) whose result the file does not hold, so it is not used; open the workbook in Excel and save it so Excel stores the result, or type the date."],
      ["F", "Row 3: the last-updated date is a formula (=TODAY()) whose result the file does not hold, so it is not used; open the workbook in Excel and save it so Excel stores the result, or type the date."],
    ]);
  });

  it("reads a year typed into a time-scale cell (a number) as due at the year's end", () => {
    const a = analyseWorkbook({ sheets: [plan] }, DEFAULT_SETTINGS, "2020-01-15");
    expect(a.actions.find((x) => x.ref === "2.6")).toMatchObject({ due: "2019-12-31", dueText: "2019" });
    expect(a.overdue.map((f) => f.action.ref)).toContain("2.6");
  });

  it("says when a year typed into a cell formatted as a date reads as a day in 1905, and does not use it", () => {
    // 2021 typed into a date cell: the file door reads Excel's date (13 July 1905), Office.js the number and its format.
    const nineteenOFive = new Date(Date.UTC(1905, 6, 13));
    const a = analyseDated([
      ["2.4", "Receive and review Annual Report from LADO", "Management Executive Board", nineteenOFive, "Report received at MEB.", 2021, "A"],
      ["2.8", "Receive and review the Section 11 audit report", "Management Executive Board", nineteenOFive, "Reported to MEB.", nineteenOFive, "B"],
    ]);
    expect(a.actions.map((x) => [x.due, x.updated])).toEqual([
      [null, null],
      [null, null],
    ]);
    const said = 'reads as 13 July 1905 (Excel\'s date for the number 2021: a year typed into a cell formatted as a date), so it is not used; write a real date such as 14/06/2021 or a month such as December 2021.';
    // The complete action (2.8, Blue) is neither stale nor overdue, so its dates are not worth a word.
    expect(a.findings.filter((f) => f.code === "date-invalid").map((f) => [f.row, f.column, f.value, f.message])).toEqual([
      [3, "D", "1905-07-13", `Row 3: the time scale ${said}`],
      [3, "F", "2021", `Row 3: the last-updated date ${said}`],
    ]);
    expect(a.overdue).toEqual([]);
    // The lists show what the cells hold, as the warnings say it: not "never" and a blank time scale.
    const open = a.actions[0]!;
    expect([open.dueText, open.updatedWritten]).toEqual(["13 July 1905", "13 July 1905"]);
  });

  it("does not use an older date, typed as text or held as a date, nor a 0 a formula gave, and says why", () => {
    const a = analyseDated([
      ["2.4", "Receive and review Annual Report from LADO", "Management Executive Board", "30/06/1985", "Report received at MEB.", "30/06/1985", "A"],
      ["2.5", "Receive and review Annual Report from IRO", "Management Executive Board", new Date(Date.UTC(1989, 5, 30)), "", 0, "A"],
    ]);
    expect(a.actions.map((x) => [x.due, x.updated])).toEqual([
      [null, null],
      [null, null],
    ]);
    const advice = "so it is not used; write a real date such as 14/06/2021 or a month such as December 2021.";
    expect(a.findings.filter((f) => f.code === "date-invalid").map((f) => [f.row, f.column, f.message])).toEqual([
      [3, "D", `Row 3: the time scale "30/06/1985" is before 1990, too early for an action plan, ${advice}`],
      [3, "F", `Row 3: the last-updated date "30/06/1985" is before 1990, too early for an action plan, ${advice}`],
      [4, "D", `Row 4: the time scale reads as 30 June 1989, before 1990 and too early for an action plan, ${advice}`],
      [4, "F", `Row 4: the last-updated date is 0, which Excel shows as 00/01/1900 and is no date, ${advice}`],
    ]);
    // Lists show each as its cell holds it: a date in words, a 0 (a day before Excel's first date, 1900 counted as a leap year) as the number.
    expect(a.actions.map((x) => [x.dueText, x.updatedWritten])).toEqual([
      ["30/06/1985", "30/06/1985"],
      ["30 June 1989", "0"],
    ]);
  });

  it("says when a last update is after today, typed or held as a date, and keeps the date as written: a mistyped year would keep the action from ever being stale", () => {
    // The file door hands over 5 January 2030 as a Date; Office.js the serial and its format (see analyseDated).
    const a = analyseDated([
      ["2.4", "Receive and review Annual Report from LADO", "Management Executive Board", "October 2019", "Report received at MEB.", "15th October 2030", "A"],
      ["2.5", "Receive and review Annual Report from IRO", "Management Executive Board", "October 2019", "", 47488, "A"],
      ["2.8", "Receive and review the Section 11 audit report", "Management Executive Board", "October 2019", "Reported to MEB.", 47488, "B"],
    ]);
    // Kept: read as "never updated", the lists would say what the cell does not.
    expect(a.actions.map((x) => x.updated)).toEqual(["2030-10-15", "2030-01-05", "2030-01-05"]);
    const check = "so the action cannot be stale until then; check its year.";
    // The complete action (2.8, Blue) is never stale, so its date is not worth a word.
    expect(a.findings.filter((f) => f.code === "date-invalid").map((f) => [f.row, f.column, f.message])).toEqual([
      [3, "F", `Row 3: the last-updated date is 15 October 2030, after today (15 January 2022), ${check}`],
      [4, "F", `Row 4: the last-updated date is 5 January 2030, after today (15 January 2022), ${check}`],
    ]);
    expect(a.stale).toEqual([]);
  });

  it("uses a last update after the report date but not after today: a past report reproduced from a plan updated since", () => {
    // Row 2.4, last updated 15 October 2019, in a report as at 1 October 2019 made on 15 January 2022.
    const updatedSince = { ...plan, values: [...plan.values.slice(0, 2), plan.values[3]!] };
    const a = analyseWorkbook({ sheets: [updatedSince] }, settingsSchema.parse({ asOf: "2019-10-01" }), "2022-01-15");
    expect(a.actions[0]!.updated).toBe("2019-10-15");
    expect(a.findings.filter((f) => f.code === "date-invalid")).toEqual([]);
  });

  it("says digits typed with no separators, or a date that is not real, only of an open action: a complete one is neither stale nor overdue", () => {
    // 31032021 and 31102021 typed into date cells, which Excel shows as dates in the year 86862 and 87054: Office.js gives the numbers, the file door the dates.
    const asDate = (serial: number) => new Date(Date.UTC(1899, 11, 30) + serial * 864e5);
    const rows = (typed: (serial: number) => number | Date) => [
      ["2.4", "Receive and review Annual Report from LADO", "Management Executive Board", typed(31032021), "Report received at MEB.", typed(31102021), "A"],
      ["2.8", "Receive and review the Section 11 audit report", "Management Executive Board", typed(31032021), "Reported to MEB.", typed(31102021), "B"],
      ["2.9", "Receive and review the CDOP annual report", "Management Executive Board", "31032021", "Reported to MEB.", "31102021", "B"],
      ["2.10", "Receive and review the Early Help annual report", "Management Executive Board", "31/02/2021", "Reported to MEB.", "31/02/2021", "B"],
    ];
    const retype = (date: string) => `so it is not used; write it as a date with separators, such as ${date}.`;
    for (const a of [analyseDated(rows((serial) => serial)), analyseDated(rows(asDate))]) {
      expect(a.findings.filter((f) => f.code === "date-invalid").map((f) => [f.row, f.column, f.message])).toEqual([
        [3, "D", `Row 3: the time scale shows 1 October 86862, a date no action plan means, perhaps the digits 31032021 typed with no separators, ${retype("31/03/2021")}`],
        [3, "F", `Row 3: the last-updated date shows 1 June 87054, a date no action plan means, perhaps the digits 31102021 typed with no separators, ${retype("31/10/2021")}`],
      ]);
      expect(a.actions.map((x) => [x.due, x.updated])).toEqual([
        [null, null],
        [null, null],
        [null, null],
        [null, null],
      ]);
    }
  });
});

describe("a last update after today", () => {
  it("is said with its date as the finding's value, whether the door gives the cell as Excel's serial number or as a date", () => {
    const row = (updated: Date | number) => [["2.4", "Receive and review Annual Report from LADO", "Management Executive Board", "October 2019", "Report received at MEB.", updated, "A"]];
    // 1 March 2022, after the reading's today (15 January 2022): the add-in is given 44621, the file doors a date.
    const values = [analyseDated(row(44621)), analyseDated(row(new Date(Date.UTC(2022, 2, 1))))].map((a) => a.findings.filter((f) => f.code === "date-invalid").map((f) => f.value));
    expect(values).toEqual([["2022-03-01"], ["2022-03-01"]]);
  });
});

describe("a time scale that cannot be the one meant", () => {
  it("is said and not used where typed as text after 2099, or a number in a cell not formatted as a date, as a date cell's is, so it is counted as not checked", () => {
    const row = (ref: string, due: string | number) => [ref, "Receive and review Annual Report from LADO", "Management Executive Board", due, "", null, "A"];
    const a = analyseWorkbook(
      { sheets: [{ ...plan, values: [...plan.values.slice(0, 2), row("2.1", "31/03/2150"), row("2.2", "March 2202"), row("2.3", 80000), row("2.4", "Sept 2021")] }] },
      DEFAULT_SETTINGS,
      "2022-01-15",
    );
    expect(a.actions.map((x) => [x.ref, x.due, x.dueUnread ?? false])).toEqual([
      ["2.1", null, true],
      ["2.2", null, true],
      ["2.3", null, true],
      ["2.4", "2021-09-30", false],
    ]);
    expect(a.findings.filter((f) => f.code === "date-invalid").map((f) => f.message)).toEqual([
      'Row 3: the time scale "31/03/2150" is after 2099, a date no action plan means, so it is not used; write a real date such as 14/06/2021 or a month such as December 2021.',
      'Row 4: the time scale "March 2202" is after 2099, a date no action plan means, so it is not used; write a real date such as 14/06/2021 or a month such as December 2021.',
      'Row 5: the time scale "80000" is a number, which gives no date, so it is not used; write a real date such as 14/06/2021 or a month such as December 2021.',
    ]);
  });

  it("is said of a last update too, which lists show as the cell does, not as never", () => {
    const rows = [["2.4", "Receive and review Annual Report from LADO", "Management Executive Board", "October 2019", "", 80000, "A"]];
    const a = analyseWorkbook({ sheets: [{ ...plan, values: [...plan.values.slice(0, 2), ...rows] }] }, DEFAULT_SETTINGS, "2022-01-15");
    expect([a.actions[0]!.updated, a.actions[0]!.updatedWritten]).toEqual([null, "80000"]);
    expect(a.findings.filter((f) => f.code === "date-invalid").map((f) => f.message)).toEqual([
      'Row 3: the last-updated date "80000" is a number, which gives no date, so it is not used; write a real date such as 14/06/2021 or a month such as December 2021.',
    ]);
  });
});

describe("a time scale a formula gives that changes by itself", () => {
  it("is not used, as =TODAY()+30 is never passed in Excel, and is said", () => {
    const rows = [["2.4", "Receive and review Annual Report from LADO", "Management Executive Board", new Date(Date.UTC(2021, 11, 15)), "Report received at MEB.", null, "A"]];
    const sheet = { ...plan, values: [...plan.values.slice(0, 2), ...rows], formulas: { D3: "TODAY()+30" } };
    const a = analyseWorkbook({ sheets: [sheet] }, DEFAULT_SETTINGS, "2022-01-15");
    expect([a.actions[0]!.due, a.actions[0]!.dueUnread]).toEqual([null, true]);
    expect(a.findings.filter((f) => f.code === "date-invalid").map((f) => f.message)).toEqual([
      "Row 3: the time scale is a formula (=TODAY()+30), which gives a new date each day the workbook is opened, so it is not used; write a real date such as 14/06/2021 or a month such as December 2021.",
    ]);
  });
});

describe("a workbook counting its dates from 1904", () => {
  it("reads a serial number kept as text as it reads the number, from 1904", () => {
    const rows = [
      ["2.4", "Receive and review Annual Report from LADO", "Management Executive Board", 44361, "Report received at MEB.", "44361", "A"],
      ["2.5", "Receive and review Annual Report from IRO", "Management Executive Board", "44361", "Report received at MEB.", 44361, "A"],
    ];
    const a = analyseWorkbook({ sheets: [{ ...plan, values: [...plan.values.slice(0, 2), ...rows] }], date1904: true }, DEFAULT_SETTINGS, "2026-01-15");
    expect(a.actions.map((x) => [x.due, x.updated])).toEqual([
      ["2025-06-15", "2025-06-15"],
      ["2025-06-15", "2025-06-15"],
    ]);
  });
});


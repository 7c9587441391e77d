/**
 * An action log numbered by the meeting that agreed each action ("Action No" holding 09/11/2021 on each of that meeting's
 * actions): the dates are the meetings', not numbers used twice; while real numbers used twice, a date typed twice by
 * mistake in a log numbered 1, 2, and actions added unrated (a short heading over a meeting's actions among them) are
 * still warned of.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellValue } from "../../src/core/cells";
import type { Analysis } from "../../src/core/model";

const run = (values: CellValue[][]) => analyseWorkbook({ sheets: [{ name: "Action Log", firstRow: 1, firstColumn: 1, values, merges: [] }] }, DEFAULT_SETTINGS, "2022-01-15");
const codes = (a: Analysis, code: string) => a.findings.filter((f) => f.code === code).map((f) => [f.row, f.message]);
const unratedRows = (a: Analysis) => a.findings.filter((f) => f.code === "rating-unrated").map((f) => f.row);

/** The delivery plan's actions as a log of the meetings that agreed them. */
const HEADER: CellValue[] = ["Action No", "Action", "Lead", "Due", "RAG"];
const OCTOBER: CellValue[][] = [
  ["12/10/2021", "Produce the LSCP Annual Report", "LSCP Business Manager", "December 2021", "B"],
  ["12/10/2021", "Monitor use and impact of Neglect strategy", "Neglect Sub Group", "March 2022", "G"],
];
const NOVEMBER: CellValue[][] = [
  ["Strategic Group", "Actions agreed"],
  ["09/11/2021", "Develop multi-agency audit programme", "QA Sub Group", "March 2022", "A"],
  ["09/11/2021", "Monitor use and impact of GCP2 by trained staff and promote its use", "Neglect Sub Group", "March 2022", "G"],
];

describe("an action log numbered by the meeting's date", () => {
  it("gives no warning of a number used twice for a meeting's date on each of its actions", () => {
    const a = run([HEADER, ...OCTOBER, [], ...NOVEMBER]);
    expect(codes(a, "duplicate-ref")).toEqual([]);
    expect(a.actions.map((x) => x.ref)).toEqual(["12/10/2021", "12/10/2021", "Strategic Group", "09/11/2021", "09/11/2021"]);
  });

  it("with its dates held as date cells, gives no such warning either", () => {
    const dated = (rows: CellValue[][]) => rows.map((r) => (typeof r[0] === "string" && /^\d/.test(r[0]) ? [new Date(Date.UTC(2021, Number(r[0].slice(3, 5)) - 1, Number(r[0].slice(0, 2)))), ...r.slice(1)] : r));
    const a = run([HEADER, ...dated(OCTOBER), [], ...dated(NOVEMBER)]);
    expect(codes(a, "duplicate-ref")).toEqual([]);
    expect(a.totals.total).toBe(5);
  });
});

describe("rows that are not such a log are read as before", () => {
  it("a number used twice is still warned of", () => {
    const a = run([HEADER, ["2.1", "Produce the LSCP Annual Report", "LSCP Business Manager", "December 2021", "B"], ["2.1", "Monitor use and impact of Neglect strategy", "Neglect Sub Group", "March 2022", "G"]]);
    expect(codes(a, "duplicate-ref").map(([row]) => row)).toEqual([3]);
  });

  it("a year typed as the number twice is still a number used twice", () => {
    const a = run([HEADER, ["2021", "Produce the LSCP Annual Report", "LSCP Business Manager", "December 2021", "B"], ["2021", "Monitor use and impact of Neglect strategy", "Neglect Sub Group", "March 2022", "G"]]);
    expect(codes(a, "duplicate-ref").map(([row]) => row)).toEqual([3]);
  });

  it("a new action added unrated over a dated one, with its lead, is counted and warned unrated", () => {
    const a = run([HEADER, ...OCTOBER, [], ["Strategic Group", "Audit Group", "QA Sub Group"], ...NOVEMBER.slice(1)]);
    expect(a.totals.total).toBe(5);
    expect(unratedRows(a)).toEqual([5]);
  });

  it("a new action worded as one, with a text number, over a dated one, is counted and warned unrated", () => {
    const a = run([HEADER, ...OCTOBER, [], ["New", "Produce the LSCP Annual Report"], ...NOVEMBER.slice(1)]);
    expect(a.totals.total).toBe(5);
    expect(unratedRows(a)).toEqual([5]);
  });

  it("a date typed twice by mistake in a log numbered 1, 2 is still a number used twice", () => {
    const numbered = OCTOBER.map((r, i) => [String(i + 1), ...r.slice(1)]);
    const a = run([HEADER, ...numbered, ...NOVEMBER.slice(1)]);
    expect(codes(a, "duplicate-ref").map(([row]) => row)).toEqual([5]);
  });

  it("a heading over a meeting's actions, which may be a new action in short words (\"TBC | Neglect audit\"), is counted and warned unrated", () => {
    const a = run([HEADER, ...OCTOBER, [], ["TBC", "Neglect audit"], ...NOVEMBER.slice(1)]);
    expect(a.totals.total).toBe(5);
    expect(unratedRows(a)).toEqual([5]);
  });

  it("a short heading over actions numbered 1, 2 is counted as before", () => {
    const a = run([HEADER, ...OCTOBER, [], ["Strategic Group", "Actions agreed"], ["3", "Develop multi-agency audit programme", "QA Sub Group", "March 2022", "A"]]);
    expect(unratedRows(a)).toEqual([5]);
  });
});

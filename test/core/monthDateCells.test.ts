/**
 * A time scale typed "March 2026" into a cell: Excel makes it a date, the 1st of March, shown
 * "Mar-26". The team means the month, as they do typing the same words as text: due at its end.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { SheetSnapshot } from "../../src/core/cells";
import { isMonthFormat, isoToSerial } from "../../src/core/dates";
import { buildSummaryPlan } from "../../src/core/summaryPlan";
import { liveSnapshot, recordSnapshot } from "../../src/core/history/record";
import { compareSnapshots } from "../../src/core/history/changes";
import { changeSentence } from "../../src/core/history/changeSentences";

const HEADER = ["Rec No", "Specific Actions", "Response", "Time scale", "Last updated", "RAG Rating"];

/** Actions of the peer review plan, each due on the serial of `due` in a cell of `format`, last updated 10 March 2026. */
function plan(rows: [format: string, due: string][]): SheetSnapshot {
  const values = [
    HEADER,
    ...rows.map(([, due], i) => [i + 1, "Agree an information-sharing protocol between adult mental health and children's services.", "Draft protocol with partners.", isoToSerial(due), isoToSerial("2026-03-10"), "Amber"]),
  ];
  const numberFormats = [HEADER.map(() => "General"), ...rows.map(([format]) => ["General", "General", "General", format, "dd/mm/yyyy", "General"])];
  return { name: "Peer Review", firstRow: 1, firstColumn: 1, merges: [], values, numberFormats };
}

describe("a time scale that is a date cell showing only its month", () => {
  it("is due at the month's end, named as the month, in every format Excel gives a month typed so", () => {
    const formats = ["mmm-yy", "mmmm yyyy", "mmm yyyy", "[$-809]mmm-yy;@", "mmmm\\ yyyy", "yyyy-mm"];
    const a = analyseWorkbook({ sheets: [plan(formats.map((f) => [f, "2026-03-01"]))] }, DEFAULT_SETTINGS, "2026-03-17");
    expect(a.actions.map((x) => [x.due, x.dueText])).toEqual(formats.map(() => ["2026-03-31", "March 2026"]));
    // At a committee in that month, none is overdue.
    expect(a.overdue).toEqual([]);
    expect(analyseWorkbook({ sheets: [plan([["mmm-yy", "2026-03-01"]])] }, DEFAULT_SETTINGS, "2026-04-02").overdue.map((o) => o.days)).toEqual([2]);
  });

  it("a cell showing its day stays that day; the list shows the month as the time scale, beside its due date", () => {
    const a = analyseWorkbook({ sheets: [plan([["dd/mm/yyyy", "2026-03-01"], ["d mmm yyyy", "2026-03-01"], ["mmm-yy", "2026-02-01"]])] }, DEFAULT_SETTINGS, "2026-03-17");
    expect(a.actions.map((x) => [x.due, x.dueText])).toEqual([
      ["2026-03-01", ""],
      ["2026-03-01", ""],
      ["2026-02-28", "February 2026"],
    ]);
    const stale = buildSummaryPlan(a).sheets.find((s) => s.key === "stale")!;
    const header = stale.rows.findIndex((r) => r.some((c) => c.kind === "text" && c.value === "Time scale"));
    const [scale, due] = ["Time scale", "Due"].map((title) => stale.rows[header]!.findIndex((c) => c.kind === "text" && c.value === title));
    const listed = stale.rows.slice(header + 1, header + 4).map((r) => [r[scale!], r[due!]].map((c) => (c && "value" in c ? c.value : null)));
    expect(listed).toEqual([
      ["2026-03-01", "2026-03-01"],
      ["2026-03-01", "2026-03-01"],
      ["February 2026", "2026-02-28"],
    ]);
  });
});

describe("a last-updated date cell showing only its month", () => {
  it("is dated at the month's start, as a month typed as text is, and is not after today once the month has begun", () => {
    const sheet = plan([["dd/mm/yyyy", "2027-03-31"]]);
    sheet.values[1]![4] = isoToSerial("2026-12-20");
    sheet.numberFormats![1]![4] = "mmm-yy";
    const a = analyseWorkbook({ sheets: [sheet] }, DEFAULT_SETTINGS, "2026-12-06");
    expect(a.actions[0]!.updated).toBe("2026-12-01");
    expect(a.findings.filter((f) => f.code === "date-invalid")).toEqual([]);
    // A month not begun yet is still after today.
    sheet.values[1]![4] = isoToSerial("2027-01-20");
    expect(analyseWorkbook({ sheets: [sheet] }, DEFAULT_SETTINGS, "2026-12-06").findings.map((f) => f.message)).toEqual([expect.stringContaining("after today")]);
  });
});

describe("isMonthFormat", () => {
  it.each([
    ["mmm-yy", true],
    ["mmmm yyyy", true],
    ["[$-809]mmm-yy;@", true],
    ["mmmm\\ yyyy", true],
    ['"Due "mmm yy', true],
    ["dd/mm/yyyy", false],
    ["d-mmm-yy", false],
    ["mmm", false],
    ["h:mm", false],
    ["General", false],
    ['\\d\\u\\e mmm yy', true],
  ])("%j: %j", (format, month) => {
    expect(isMonthFormat(format)).toBe(month);
  });
});

describe("a report recorded before month cells were read as months", () => {
  it("holds the 1st of the month: compared with the month's end now, no time scale is said put back", () => {
    const analysis = analyseWorkbook({ sheets: [plan([["mmm-yy", "2026-03-01"], ["dd/mm/yyyy", "2026-06-30"]])] }, DEFAULT_SETTINGS, "2026-03-17");
    const recorded = recordSnapshot(analysis, { date: "2026-02-10", recordedAt: "", recordedBy: null });
    // As an earlier version recorded it: the date the cell holds.
    expect(recorded.actions.map((a) => a.dueMonth)).toEqual([true, undefined]);
    const old = { ...recorded, actions: recorded.actions.map(({ dueMonth: _, ...a }, i) => (i === 0 ? { ...a, due: "2026-03-01" } : a)) };
    const c = compareSnapshots(old, liveSnapshot(analysis, old), "now");
    expect(c.timeScaleMoved).toEqual([]);
    expect(changeSentence(c)).not.toContain("put back");
    // A date cell moved by hand from the 1st to the month's end is a target put back, and said.
    const moved = { ...recorded, actions: recorded.actions.map((a, i) => (i === 1 ? { ...a, due: "2026-06-01" } : a)) };
    expect(compareSnapshots(moved, liveSnapshot(analysis, moved), "now").timeScaleMoved.map((m) => [m.before.due, m.after.due])).toEqual([["2026-06-01", "2026-06-30"]]);
  });
});

/** The Committee Pack's tables as a councillor reads them: each under a heading, each column saying what it counts. */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../../src/core/analyse";
import { settingsSchema } from "../../../src/core/settings";
import type { CellValue } from "../../../src/core/cells";
import type { SheetPlan } from "../../../src/core/writePlan";
import { liveSnapshot, recordSnapshot } from "../../../src/core/history/record";
import { changesText } from "../../../src/cli/changesReport";
import { compareSnapshots } from "../../../src/core/history/changes";
import { buildPackPlan } from "../../../src/core/history/packPlan";
import { changeSentence } from "../../../src/core/history/changeSentences";
import { caseReviewSheet } from "../../fixtures/caseReviews";
import { peerReviewSheet } from "../../fixtures/peerReview";
import { LINE_HEIGHT, wrappedLines, wrappedRowHeights } from "../../../src/core/rowHeights";
import { formatShortDate } from "../../../src/core/longDate";
import { PACK_DATE_FORMAT } from "../../../src/core/dates";

/** The day the tests run, after every date their rows hold: reports are of earlier dates, as when a past report is reproduced. */
const TODAY = "2022-06-01";

const RATING = 9;
const UPDATED = 8;
const DUE = 7;

function analysisOf(rows: CellValue[][], date: string) {
  const sheet = caseReviewSheet();
  sheet.values = [sheet.values[0]!, sheet.values[1]!, ...rows];
  return analyseWorkbook({ sheets: [sheet] }, settingsSchema.parse({ asOf: date }), TODAY);
}

const rows = () => caseReviewSheet().values.slice(2).map((r) => [...r]);
const before = analysisOf(rows(), "2021-07-13");
const later = rows();
// Frankie 12 (amber) → blue; Frankie 13 last updated in May, so stale by November.
later[11]![RATING] = "Blue";
later[12]![UPDATED] = new Date(Date.UTC(2021, 4, 1));
// Leo 6 due in June, so overdue.
later[37]![DUE] = "June 2021";
const after = analysisOf(later, "2021-11-01");
const meta = (date: string) => ({ date, recordedAt: `${date}T09:00:00Z`, recordedBy: null });
const first = recordSnapshot(before, meta("2021-07-13"));
const changes = compareSnapshots(first, recordSnapshot(after, meta("2021-11-01"), first));
const pack = buildPackPlan(after, changes);

const texts = (row: SheetPlan["rows"][number]) => row.map((c) => ("value" in c ? String(c.value) : ""));
/** The heading above the header row that starts with `first` and holds each of `columns`. */
function headingAbove(first: string, ...columns: string[]): string {
  const i = pack.rows.findIndex((r) => texts(r)[0] === first && columns.every((c) => texts(r).includes(c)));
  expect(i, `a header row starting "${first}" with ${columns.join(", ")}`).toBeGreaterThan(0);
  const above = pack.rows[i - 1]![0]!;
  return above.kind === "text" && above.style === "subtitle" ? above.value : "";
}

describe("the Committee Pack's tables", () => {
  it("puts a heading over the change counts and the moved ratings, as over every list", () => {
    expect(headingAbove("Review", "Improved")).toBe("Changes by review");
    expect(headingAbove("Category", "Improved")).toBe("Changes by category");
    expect(headingAbove("Review", "Was")).toBe(`Moved rating (${changes.moves.length})`);
    expect(headingAbove("Review", "Due", "Lead")).toMatch(/^Overdue actions \(\d+\)$/);
  });

  it("names the days each list counts: past the due date, or since the last update", () => {
    // The lists of overdue and stale actions: the ones with a Lead column.
    const header = (dateColumn: string) => texts(pack.rows.find((r) => texts(r)[0] === "Review" && texts(r).includes(dateColumn) && texts(r).includes("Lead"))!);
    const after = (dateColumn: string) => header(dateColumn)[header(dateColumn).indexOf(dateColumn) + 1];
    expect(after("Due")).toBe("Days overdue");
    expect(after("Last updated")).toBe("Days since update");
  });
});

describe("the Committee Pack's list of actions with no progress reported", () => {
  it("names each action the headline counts so, with its rating and last update, and says what the words mean", () => {
    const at = pack.rows.findIndex((r) => texts(r)[0] === `No progress reported (${changes.noProgress.length})`);
    expect(texts(pack.rows[at + 1]!)).toEqual(["Review", "No", "Action", "Rating", "Last updated"]);
    const note = pack.rows.findIndex((r, i) => i > at && r[0]?.style === "note");
    expect(texts(pack.rows[note]!)).toEqual(["Open at both reports, with the same progress update (or one cleared since), no later last-updated date, and not re-rated better."]);
    // A page break may repeat the heading ("… (continued)") and the column headers: the rows are the actions between.
    const listed = pack.rows.slice(at + 2, note).filter((r) => r.length > 0 && r[0]!.style !== "subtitle" && r[0]!.style !== "header");
    expect(listed.map((r) => texts(r).slice(0, 2).join(" "))).toEqual(changes.noProgress.map((a) => `${a.review} ${a.ref}`));
  });
});

describe("the last update in the Committee Pack's list of actions with no progress reported", () => {
  it("says a sheet has no last-updated column, where 'never' would say its actions were never updated", () => {
    const at = (date: string) => analyseWorkbook({ sheets: [peerReviewSheet()] }, settingsSchema.parse({ asOf: date }), TODAY);
    const earlier = recordSnapshot(at("2021-07-13"), meta("2021-07-13"));
    const plan = buildPackPlan(at("2021-11-01"), compareSnapshots(earlier, recordSnapshot(at("2021-11-01"), meta("2021-11-01"), earlier)));
    const heading = plan.rows.findIndex((r) => texts(r)[0] === "No progress reported (3)");
    expect(plan.rows.slice(heading + 2, heading + 5).map((r) => texts(r).at(-1))).toEqual(Array(3).fill("not kept"));
  });
});

describe("the dates in the Committee Pack's lists", () => {
  it("are each action's own: its time scale as the plan writes it in words (\"June 2021\"), or its due date, under Due, its last update under Last updated", () => {
    const action = (review: string, ref: string) => after.actions.find((a) => a.review === review && a.ref === ref)!;
    let checked = 0;
    pack.rows.forEach((row, i) => {
      const header = texts(row);
      const dateColumn = header.indexOf("Due") >= 0 ? "Due" : header.indexOf("Last updated") >= 0 ? "Last updated" : undefined;
      if (header[0] !== "Review" || dateColumn === undefined) return;
      for (const listed of pack.rows.slice(i + 1)) {
        if (listed.length === 0 || listed[0]!.style === "subtitle" || listed[0]!.style === "header") break;
        const cells = texts(listed);
        const a = action(cells[0]!, cells[header.indexOf("No")]!.split("\n")[0]!);
        expect([cells[1], dateColumn, cells[header.indexOf(dateColumn)]]).toEqual([cells[1], dateColumn, (dateColumn === "Due" ? a.dueText || a.due : a.updated) ?? "never"]);
        checked++;
      }
    });
    // Leo 6 in the overdue list and the newly overdue one, Frankie 13 in the two lists of actions not updated, and each with no progress reported.
    expect(changes.noProgress).toHaveLength(17);
    expect(checked).toBe(4 + 17);
  });
});

describe("the Due of an overdue action whose time scale is text, in the Committee Pack", () => {
  // A US plan: Frankie 7 typed month first, Leo 3 revised in words; 15 April 2022.
  const us = rows();
  const frankie7 = us.findIndex((r) => r[0] === "Frankie" && String(r[1]) === "7");
  const leo3 = us.findIndex((r) => r[0] === "Leo" && String(r[1]) === "3");
  us[frankie7]![DUE] = "3/4/2022";
  us[frankie7]![RATING] = "Amber";
  us[leo3]![DUE] = "End of March 2022 (revised)";
  us[leo3]![RATING] = "Amber";
  // Leo 4 held as a date cell, 4 March 2022, the day Frankie 7's "3/4/2022" is read as.
  const leo4 = us.findIndex((r) => r[0] === "Leo" && String(r[1]) === "4");
  us[leo4]![DUE] = new Date(Date.UTC(2022, 2, 4));
  us[leo4]![RATING] = "Amber";
  const sheet = caseReviewSheet();
  sheet.values = [sheet.values[0]!, sheet.values[1]!, ...us];
  const analysis = analyseWorkbook({ sheets: [sheet] }, settingsSchema.parse({ asOf: "2022-04-15", locale: "en-US" }), TODAY);
  const plan = buildPackPlan(analysis, undefined);
  const listed = (review: string, no: string) => {
    const heading = plan.rows.findIndex((r) => texts(r)[0]?.startsWith("Overdue actions"));
    const header = texts(plan.rows[heading + 1]!);
    const row = plan.rows.slice(heading + 2).find((r) => texts(r)[0] === review && texts(r)[1] === no)!;
    return [row[header.indexOf("Due")], texts(row)[header.indexOf("Days overdue")]];
  };

  it("is the date a time scale of one date in digits was read as, with the month spelled, which the days overdue count from: not \"3/4/2022\", 3 April to a UK reader", () => {
    expect(listed("Frankie", "7")).toEqual([{ kind: "text", value: "4 Mar 2022", style: "wrap", align: "right" }, "42"]);
  });

  it("shows a date cell as the same date typed as text, \"4 Mar 2022\" both, never \"03/04/2022\" beside \"4 March 2022\" in one Due column", () => {
    expect(listed("Leo", "4")).toEqual([{ kind: "date", value: "2022-03-04", style: "body" }, "42"]);
    expect(plan.dateFormat).toBe(PACK_DATE_FORMAT);
    // The format Excel and Calc show the cell in, and the text beside it, written by the same rule.
    expect([PACK_DATE_FORMAT, formatShortDate("2022-03-04")]).toEqual(["d mmm yyyy", "4 Mar 2022"]);
  });

  it("is the plan's own text where it is written in words, as the committee agreed it", () => {
    expect(listed("Leo", "3")).toEqual([{ kind: "text", value: "End of March 2022 (revised)", style: "wrap" }, "15"]);
  });
});

describe("the Due of an overdue action whose time scale gives a second date, or no day, in the Committee Pack", () => {
  // A UK plan as at 1 August 2022 (t96's rows): each time scale read as one date, which the days count from.
  const gb = rows();
  const set = (review: string, no: number, due: string) => {
    const row = gb.find((r) => r[0] === review && r[1] === no)!;
    row[DUE] = due;
    row[RATING] = "Amber";
  };
  set("Frankie", 7, "Dec 2021, March 2022");
  set("Frankie", 10, "March 2022 / June 2022");
  set("Leo", 12, "31/3/2022 - 30/6/2022");
  set("Leo", 6, "2021");
  set("Leo", 8, "2021/22");
  set("Leo", 9, "31/03/2022");
  const plan = buildPackPlan(analysisOf(gb, "2022-08-01"), undefined);
  const heading = plan.rows.findIndex((r) => texts(r)[0]?.startsWith("Overdue actions"));
  const header = texts(plan.rows[heading + 1]!);
  const due = (review: string, no: string) => {
    const row = plan.rows.slice(heading + 2).find((r) => texts(r)[0] === review && texts(r)[1] === no)!;
    return [texts(row)[header.indexOf("Due")], texts(row)[header.indexOf("Days overdue")]];
  };

  it("keeps the plan's text where it gives a second or revised date, never the one date read alone (\"31 December 2021\" hid \"March 2022\")", () => {
    expect(due("Frankie", "7")).toEqual(["Dec 2021, March 2022", "213"]);
    expect(due("Frankie", "10")).toEqual(["March 2022 / June 2022", "32"]);
  });

  it("keeps the plan's text where it gives no day, never a day the plan did not give", () => {
    expect(due("Leo", "6")).toEqual(["2021", "213"]);
    expect(due("Leo", "8")).toEqual(["2021/22", "123"]);
  });

  it("puts the date read beside the plan's text where that text holds dates in digits, which a reader may take either way round", () => {
    expect(due("Leo", "12")).toEqual(["31/3/2022 - 30/6/2022\n(read as 30 Jun 2022)", "32"]);
  });

  it("gives one date in digits alone as the date read, with the month spelled", () => {
    expect(due("Leo", "9")).toEqual(["31 Mar 2022", "123"]);
  });
});

describe("the Committee Pack's table cells", () => {
  it("are boxed under every header, blank ones too, and 'never' is set to the right like the dates in its column", () => {
    const neverUpdated = [...later.map((r) => [...r])];
    // Frankie 14 (amber) never updated: "never" in the stale lists, and no days since an update.
    neverUpdated[13]![UPDATED] = null;
    const now = analysisOf(neverUpdated, "2021-11-01");
    const plan = buildPackPlan(now, compareSnapshots(first, recordSnapshot(now, meta("2021-11-01"), first)));
    let width = 0;
    let cells = 0;
    for (const row of plan.rows) {
      if (row.length > 0 && row.every((c) => c.style === "header")) width = row.length;
      else if (row.length === 0 || row[0]!.style === "subtitle") width = 0;
      else if (width > 0) {
        // A row as wide as its header, each cell in a boxed style ("body", "wrap", "total"); a cell with no style has no border.
        expect(row.length).toBe(width);
        for (const cell of row) expect(["body", "wrap", "total"]).toContain(cell.style);
        cells += row.length;
      }
    }
    expect(cells).toBeGreaterThan(50);
    expect(plan.rows.flat().filter((c) => c.kind === "blank").length).toBeGreaterThan(0);
    const nevers = plan.rows.flat().filter((c) => c.kind === "text" && c.value === "never");
    expect(nevers.length).toBeGreaterThan(0);
    for (const never of nevers) expect(never).toMatchObject({ align: "right" });
    // The lists' headings over dates and day counts are set right too, over their values.
    const headings = plan.rows.flat().filter((c) => c.kind === "text" && c.style === "header" && ["Due", "Last updated", "Days overdue", "Days since update"].includes(c.value));
    expect(headings.length).toBeGreaterThanOrEqual(4);
    for (const h of headings) expect(h).toMatchObject({ align: "right" });
  });
});

describe("the change counts per review and per category", () => {
  it("sit side by side in columns of one width, each heading set right over its number, the group's name across the lists' first columns", () => {
    for (const first of ["Review", "Category"]) {
      const header = pack.rows.findIndex((r) => texts(r)[0] === first && texts(r).includes("Improved"));
      const counts = pack.rows[header]!.map((c, i) => ({ c, i })).filter(({ c }) => c.kind === "text" && c.value !== first);
      expect(counts.map(({ c }) => texts([c])[0])).toEqual(["Improved", "Worsened", "Changed, neither better nor worse", "New", "Removed", "No progress reported", "Newly overdue", "Newly past 90 days without an update"]);
      // Next to each other, the same width, none of them the lists' wide Action column.
      const columns = counts.map(({ i }) => i);
      expect(columns).toEqual(columns.map((_, k) => columns[0]! + k));
      const widths = columns.map((i) => pack.columnWidths[i]!);
      expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(2);
      for (const { c, i } of counts) {
        expect(c).toMatchObject({ style: "header", align: "right" });
        // Each word of a heading on one line of its column: "Improved" is not broken.
        for (const word of texts([c])[0]!.split(" ")) expect(wrappedLines(word, pack.columnWidths[i]!, true), word).toBe(1);
      }
      // Every row below, to the table's end, has its numbers in those columns, and its name merged across the columns before them.
      for (let r = header; r < pack.rows.length && pack.rows[r]!.length > 0; r++) {
        expect(pack.merges).toContainEqual({ top: r + 1, bottom: r + 1, left: 1, right: columns[0]! });
        if (r > header) for (const i of columns) expect(pack.rows[r]![i]!.kind).toBe("number");
      }
    }
  });

  it("come in the plan's order, whichever group changed first", () => {
    const leoWorse = rows();
    // Leo 1 (blue) → amber: the only move, so counted before any other kind of change.
    leoWorse[32]![RATING] = "Amber";
    const now = analysisOf(leoWorse, "2021-11-01");
    const c = compareSnapshots(first, recordSnapshot(now, meta("2021-11-01"), first));
    expect(c.byReview.map((g) => g.name)).toEqual(["Frankie", "Sam and Kyle", "Leo"]);
    expect(c.byCategory.map((g) => g.name)).toEqual(["Information sharing", "Professional curiosity", "Thresholds and escalations", "Working with resistance"]);
  });
});

describe("the actions the pack names", () => {
  const LONG = "Produce a Priorities Outcome Booklet which shows the priorities for the LSCP, Safeguarding Adults Board (SAB), Community Safety Partnership (CSP) and Health and Wellbeing Board.";
  const withLong = () => {
    const r = rows();
    r[11]![4] = LONG;
    return r;
  };
  const then = recordSnapshot(analysisOf(withLong(), "2021-07-13"), meta("2021-07-13"));
  const nowRows = withLong();
  nowRows[11]![RATING] = "Blue";
  nowRows[20]![RATING] = "Yellow";
  nowRows[20]![DUE] = "June 2021";
  const now = analysisOf(nowRows, "2021-11-01");
  const plan = buildPackPlan(now, compareSnapshots(then, recordSnapshot(now, meta("2021-11-01"), then)));
  const all = plan.rows.flat().flatMap((c) => (c.kind === "text" ? [c.value] : []));

  it("are named in full where the plan still holds them, not cut short as a recorded report keeps them", () => {
    expect(LONG.length).toBeGreaterThan(120);
    expect(all).toContain(LONG);
    expect(all.filter((t) => t.endsWith("…"))).toEqual([]);
  });

  it("quote an invalid rating in the overdue list, as the Stale Actions sheet does", () => {
    const header = plan.rows.findIndex((r) => r.some((c) => c.kind === "text" && c.value === "Days overdue"));
    expect(header).toBeGreaterThan(0);
    // Sam and Kyle 7, rated "Yellow" and due in June.
    const yellow = plan.rows.slice(header).find((r) => r[1]?.kind === "number" && r[1].value === 7 && r[0]?.kind === "text" && r[0].value === "Sam and Kyle");
    expect(yellow?.[3]).toMatchObject({ kind: "text", value: "Invalid: Yellow" });
  });
});

describe("an action renumbered since the last report", () => {
  // Leo 13 and Leo 14 (both amber) swap numbers; the one now 13 worsens to red, the one now 14 is due in June, so overdue.
  const [LEO_13, LEO_14] = [44, 45];
  const nowRows = rows();
  nowRows[LEO_13]![1] = 14;
  nowRows[LEO_14]![1] = 13;
  nowRows[LEO_14]![RATING] = "Red";
  nowRows[LEO_13]![DUE] = "June 2021";
  const now = analysisOf(nowRows, "2021-11-01");
  const c = compareSnapshots(first, liveSnapshot(now, first), "now");
  const plan = buildPackPlan(now, c);
  const rowTexts = plan.rows.map(texts);
  /** The rows of the list headed `heading` (its count left out) that name Leo by `number`. */
  const listed = (heading: string, number: string) => {
    const start = rowTexts.findIndex((r) => r.length === 1 && r[0]!.startsWith(`${heading} (`));
    const end = rowTexts.findIndex((r, i) => i > start && r.length === 0);
    return rowTexts.slice(start, end).filter((r) => r[0] === "Leo" && r[1] === number);
  };

  it("is named by its number now and the one it had, in the pack's lists of changes and of overdue actions", () => {
    expect(c.renumbered.map((r) => [r.before.ref, r.after.ref])).toEqual([
      ["13", "14"],
      ["14", "13"],
    ]);
    expect(listed("Moved rating", "13\n(was 14)").map((r) => r.slice(3, 6))).toEqual([["Amber", "Red", "worsened"]]);
    expect(listed("Newly overdue", "14\n(was 13)")).toHaveLength(1);
    expect(listed("Overdue actions", "14\n(was 13)")).toHaveLength(1);
    // An action whose number did not change is named by its number alone.
    expect(rowTexts.some((r) => r[0] === "Leo" && r[1]?.startsWith("12 "))).toBe(false);
  });

  it("shows its earlier number on a line of its own, set right like the numbers above and below it, in a row tall enough for both lines", () => {
    const heights = wrappedRowHeights(plan);
    const at = plan.rows.findIndex((r) => texts(r)[1] === "14\n(was 13)");
    // "14 (was" then "15)" when the column wrapped it: the line break is the cell's own, and the cell wraps and is set right.
    expect(plan.rows[at]![1]).toEqual({ kind: "text", value: "14\n(was 13)", style: "wrap", align: "right" });
    expect(wrappedLines("(was 13)", plan.columnWidths[1]!)).toBe(1);
    expect(heights.get(at + 1)).toBeGreaterThanOrEqual(2 * LINE_HEIGHT);
  });

  it("is named by both numbers in the changes text", () => {
    const said = changesText({ changes: c, sentence: changeSentence(c), notes: [], problems: [] }).split("\n");
    expect(said).toContain("  Leo 13 (was 14): Agencies to brief staff on the learning from Leo. — Amber → Red (worsened)");
    expect(said).toContain("  Leo 14 (was 13): Agencies to brief staff on the learning from Leo.");
  });
});

describe("moves to or from a rating that is blank or cannot be read", () => {
  // Leo 8 (amber) had no rating at the earlier report, and Leo 9 (amber) "Yellow", which the index does not have.
  const thenRows = rows();
  thenRows[39]![RATING] = "";
  thenRows[40]![RATING] = "Yellow";
  const then = recordSnapshot(analysisOf(thenRows, "2021-07-13"), meta("2021-07-13"));
  // Frankie 1 (blue) → "TBC" and Leo 6 (amber) → "Yellow": unreadable; Leo 7 (amber) cleared; Leo 8 rated green.
  const nowRows = rows();
  nowRows[0]![RATING] = "TBC";
  nowRows[37]![RATING] = "Yellow";
  nowRows[38]![RATING] = "";
  nowRows[39]![RATING] = "Green";
  const now = analysisOf(nowRows, "2021-11-01");
  const c = compareSnapshots(then, recordSnapshot(now, meta("2021-11-01"), then));
  const plan = buildPackPlan(now, c);
  const rowTexts = plan.rows.map(texts);
  const tableRow = (heading: string, name: string) => {
    const start = rowTexts.findIndex((r) => r[0] === heading);
    return rowTexts.slice(start).find((r) => r[0] === name)!;
  };

  it("are counted in the tables, so each table adds up to the moves the sentence and the list count", () => {
    const header = rowTexts.find((r) => r[0] === "Review" && r.includes("Improved"))!;
    // The group's name spans the first three columns; the counts follow.
    expect([header[0], ...header.slice(3, 6)]).toEqual(["Review", "Improved", "Worsened", "Changed, neither better nor worse"]);
    expect(tableRow("Changes by review", "Frankie").slice(3, 6)).toEqual(["0", "0", "1"]);
    expect(tableRow("Changes by review", "Leo").slice(3, 6)).toEqual(["0", "0", "4"]);
    for (const groups of [c.byReview, c.byCategory]) {
      expect(groups.reduce((n, g) => n + g.improved + g.worsened + g.neitherBetterNorWorse, 0)).toBe(c.moves.length);
    }
    expect(rowTexts).toContainEqual([`Moved rating (${c.moves.length})`]);
    expect(c.moves).toHaveLength(5);
  });

  it("are listed with what is written now and what happened, in words that need no key", () => {
    const moved = (ref: number, review: string) => rowTexts.find((r) => r[0] === review && r[1] === String(ref) && r.length >= 6)!.slice(3, 6);
    expect(moved(1, "Frankie")).toEqual(["Blue", "Invalid: TBC", "rating made invalid"]);
    expect(moved(6, "Leo")).toEqual(["Amber", "Invalid: Yellow", "rating made invalid"]);
    // A blank is "no rating", never the count columns' "Unrated".
    expect(moved(7, "Leo")).toEqual(["Amber", "no rating", "rating cleared"]);
    expect(moved(8, "Leo")).toEqual(["no rating", "Green", "rating given"]);
    // "Yellow" put right: a rating was there, so it was corrected, not given; the report kept what it said.
    expect(moved(9, "Leo")).toEqual(["Invalid: Yellow", "Amber", "rating corrected"]);
    expect(rowTexts.flat().filter((t) => t === "Unrated" || t === "Invalid")).toEqual([]);
  });

  it("are said in the sentence by what happened to the rating, as the summary's sentences name an invalid rating", () => {
    expect(changeSentence(c)).toMatch(/^Since 13 July 2021: 1 action rated green; 1 action rated amber; 1 action now with no rating; 2 actions now with an invalid rating; /);
  });
});

describe("the new actions list", () => {
  const packWith = (...added: CellValue[][]) => {
    const now = analysisOf([...rows(), ...added], "2021-11-01");
    return buildPackPlan(now, compareSnapshots(first, recordSnapshot(now, meta("2021-11-01"), first)));
  };
  const newHeader = (plan: SheetPlan) => texts(plan.rows[plan.rows.findIndex((r) => texts(r)[0]?.startsWith("New actions (")) + 1]!);
  const onTrack: CellValue[] = ["Leo", 15, "Information sharing", "Share the learning.", "Brief the new safeguarding leads.", "Briefings booked.", "Police", "March 2022", new Date(Date.UTC(2021, 9, 20)), "Green"];
  const late: CellValue[] = ["Leo", 16, "Information sharing", "Share the learning.", "Audit the referral forms.", "", "Health", "June 2021", new Date(Date.UTC(2021, 9, 20)), "Amber"];

  it("has a Note column only when a new action has something to note: one already overdue", () => {
    expect(newHeader(packWith(onTrack))).toEqual(["Review", "No", "Action", "Rating"]);
    const plan = packWith(onTrack, late);
    expect(newHeader(plan)).toEqual(["Review", "No", "Action", "Rating", "Note"]);
    const at = plan.rows.findIndex((r) => texts(r)[0]?.startsWith("New actions ("));
    expect(plan.rows.slice(at + 2, at + 4).map((r) => texts(r).slice(1))).toEqual([
      ["15", "Brief the new safeguarding leads.", "Green", ""],
      ["16", "Audit the referral forms.", "Amber", "already overdue"],
    ]);
  });
});

describe("the pack's RAG index", () => {
  const meaningsOf = (plan: SheetPlan) => plan.rows.filter((r) => ["Blue", "Green", "Amber", "Red"].includes(texts(r)[0]!)).map((r) => texts(r)[1]);

  it("says a complete rating's meaning once where the meaning already says complete", () => {
    const meanings = meaningsOf(pack);
    expect(meanings[0]).toBe("Action complete.");
    expect(meanings.some((m) => m?.includes("ounts as complete"))).toBe(false);
  });

  it("says which rating counts as complete, as part of its meaning's sentence, where the meaning does not say so", () => {
    const sheet = caseReviewSheet();
    const withGreen = analyseWorkbook({ sheets: [sheet] }, settingsSchema.parse({ asOf: "2021-11-01", completeRating: "Blue, Green" }), "2021-11-01");
    const meanings = meaningsOf(buildPackPlan(withGreen, undefined));
    expect(meanings.slice(0, 2)).toEqual(["Action complete.", "Action on track and progressing to plan. Counts as complete."]);
    expect(meanings.slice(2).some((m) => m?.includes("ounts as complete"))).toBe(false);
  });
});

describe("the lists of moved and overdue actions give each action's latest progress update", () => {
  const RESPONSE = 5;
  // A real progress update (peer review action plan, action 16), quoted as the plan has it.
  const REAL_UPDATE =
    "The LSCP Business Team functions have been reviewed and a refreshed team structure has been discussed with HR to progress changes. Recruitment of the apprentice is in process.";
  const worse = rows();
  // Leo 6 (amber) → red, with why in its update; Leo 7 due in June, so overdue, its update a long one.
  worse[37]![RATING] = "Red";
  worse[37]![RESPONSE] = REAL_UPDATE;
  worse[38]![DUE] = "June 2021";
  worse[38]![RESPONSE] = `${REAL_UPDATE} `.repeat(20).trim();
  const now = analysisOf(worse, "2021-11-01");
  const earlier = recordSnapshot(before, meta("2021-07-13"));
  const plan = buildPackPlan(now, compareSnapshots(earlier, recordSnapshot(now, meta("2021-11-01"), earlier)));
  const rowsOf = plan.rows.map(texts);
  const under = (heading: string) => {
    const start = rowsOf.findIndex((r) => (r[0] ?? "").startsWith(`${heading} (`));
    const end = rowsOf.findIndex((r, i) => i > start && r.length === 0);
    return rowsOf.slice(start + 1, end);
  };

  it("beside a worsened action, in the moved list, says why in the team's words", () => {
    const [header, ...moved] = under("Moved rating");
    expect(header).toContain("Latest progress update");
    const leo6 = moved.find((r) => r[0] === "Leo" && r[1] === "6")!;
    expect(leo6.slice(3, 7)).toEqual(["Amber", "Red", "worsened", REAL_UPDATE]);
  });

  it("beside each overdue action, across the rest of the page, and names an update a row cuts short", () => {
    const [header, ...listed] = under("Overdue actions");
    const column = header!.indexOf("Latest progress update");
    expect(column).toBe(7);
    const leo7 = listed.find((r) => r[0] === "Leo" && r[1] === "7")!;
    expect(leo7[column]).toBe(worse[38]![RESPONSE]);
    // Merged from its column to the page's edge (K), on the header row and each action's row.
    const headerRow = plan.rows.findIndex((r) => texts(r)[0] === "Review" && texts(r).includes("Days overdue")) + 1;
    expect(plan.merges).toContainEqual({ top: headerRow, bottom: headerRow, left: 8, right: 11 });
    expect(rowsOf.some((r) => /^Cut short on screen and in print.*the progress update of Leo no\. 7\b/.test(r[0] ?? ""))).toBe(true);
    expect(under("Newly overdue")[0]).toContain("Latest progress update");
  });
});

/**
 * A key that names one rating on two lines (the peer review index's "Amber" line mistyped "B") gave the index two
 * Blue entries: the committee sentence read "23 blue, 2 green, 23 blue" for 26 actions, and every table a second Blue
 * column. The index keeps each rating's first line, whatever key it is read from, and the repeat is said.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import type { Analysis, GroupCount } from "../../src/core/model";
import { countNames } from "../../src/core/grouping";
import { ratingNameKey } from "../../src/core/ratings";
import { buildSummaryPlan } from "../../src/core/summaryPlan";
import type { PlanCell } from "../../src/core/writePlan";
import { toJsonReport } from "../../src/core/jsonReport";
import { recordSnapshot } from "../../src/core/history/record";
import { readSnapshot, sealSnapshot } from "../../src/core/history/snapshot";
import { trend } from "../../src/core/history/trend";
import { PEER_REVIEW_INDEX_ROWS, PEER_REVIEW_SEVEN, peerReviewSheet } from "../fixtures/peerReview";
import { caseReviewSheet } from "../fixtures/caseReviews";

const analysed = (sheets: SheetSnapshot[]) => analyseWorkbook({ sheets }, DEFAULT_SETTINGS, "2021-09-30");

/** The peer review plan with the index's line for `rating` typed as `typed`, its Amber ratings as the sample has them, beside the case reviews. */
function withIndexLine(rating: string, typed: string): SheetSnapshot[] {
  const plan = peerReviewSheet({ 3: "A" });
  const line = plan.values.findIndex((r) => r[0] === rating);
  plan.values[line] = [typed, plan.values[line]![1]!];
  return [plan, caseReviewSheet()];
}

/** The numbers a committee sentence gives, which must add up to the actions it says. */
function partsOf(sentence: string): { total: number; parts: number } {
  const m = /– (\d+) actions? identified \((.*)\)$/.exec(sentence);
  if (!m) return { total: Number(/– (\d+)/.exec(sentence)?.[1] ?? NaN), parts: Number(/– (\d+)/.exec(sentence)?.[1] ?? NaN) };
  return { total: Number(m[1]), parts: [...m[2]!.matchAll(/\b(\d+)\b/g)].reduce((sum, n) => sum + Number(n[1]), 0) };
}

/** Each rating once in the index, its codes apart, and every group's counts adding up to its total, in every door's words. */
function expectEachRatingOnce(a: Analysis): void {
  const keys = a.index.entries.map((e) => ratingNameKey(e.name));
  expect(new Set(keys).size).toBe(keys.length);
  const codes = a.index.entries.map((e) => e.code.toLowerCase());
  expect(new Set(codes).size).toBe(codes.length);
  const names = countNames(a.index);
  expect(new Set(names).size).toBe(names.length);
  const sum = (g: GroupCount) => names.reduce((s, n) => s + (g.counts[n] ?? 0), 0);
  for (const g of [a.totals, ...a.byReview, ...a.byCategory, ...a.byLead]) expect(sum(g)).toBe(g.total);
  for (const s of a.sentences) {
    const { total, parts } = partsOf(s);
    expect(parts, s).toBe(total);
  }
  const json = toJsonReport(a);
  expect(new Set(json.index.entries.map((e) => e.name)).size).toBe(json.index.entries.length);
}

describe("a key naming one rating on two lines", () => {
  it("keeps the first line, so the committee sentence and tables count Blue once, and says the repeat at its row", () => {
    const a = analysed(withIndexLine("Amber", "B"));
    expect(a.index.entries.map((e) => [e.name, e.code, e.complete, e.meaning])).toEqual([
      ["Blue", "B", true, "Action complete."],
      ["Green", "G", false, "Action on track and progressing to plan."],
      ["Red", "R", false, "Action experiencing threatening problems and issues, behind schedule and not expected to recover."],
    ]);
    expect(a.sentences[0]).toBe("Peer Review – 26 actions identified (23 blue, 2 green, and 1 with an invalid rating)");
    expectEachRatingOnce(a);
    const repeated = a.findings.filter((f) => f.code === "index-rating-repeated");
    expect(repeated.map((f) => [f.sheet, f.row, f.severity, f.message])).toEqual([
      [
        "Peer Review",
        37,
        "warning",
        'The index below the table on sheet "Peer Review" names Blue on row 33 and again on row 37, so only row 33\'s line is read and each rating is counted once; write in row 37 the rating it was meant for, or delete that line.',
      ],
    ]);
    expect(a.findings.find((f) => f.code === "index-word-changed")?.message).toBe(
      '14 ratings say "Amber" and 1 say "A", but the index below the table on sheet "Peer Review" has no rating of that name (it has Blue, Green and Red), so all 15 are counted as invalid; if the index\'s word was changed by mistake, put "Amber" back in it, likely on row 37, which names Blue a second time.',
    );
    // The RAG Summary's tables: a header row per table, each naming Blue once, and every row adding up to its Total.
    const summary = buildSummaryPlan(a).sheets.find((s) => s.key === "summary")!;
    const texts = (row: PlanCell[]) => row.map((c) => ("value" in c ? String(c.value) : ""));
    const headers = summary.rows.filter((row) => texts(row).includes("Total"));
    expect(headers.length).toBeGreaterThan(0);
    for (const header of headers) expect(texts(header).filter((t) => t === "Blue")).toHaveLength(1);
  });

  it("reads two spellings of one rating as one: case and spaces, a code and its name, a dash or a slash between two colours", () => {
    for (const [rating, typed, cells] of [
      ["Amber", "AMBER ", ["Amber", "amber"]],
      ["Green", "G", ["G", "Green"]],
    ] as const) {
      const plan = peerReviewSheet({ 3: cells[0], 19: cells[1] });
      const line = plan.values.findIndex((r) => r[0] === "Red");
      plan.values[line] = [typed, `${rating} written again.`];
      const a = analysed([plan]);
      expect(a.index.entries.map((e) => e.name)).toEqual(["Blue", "Green", "Amber"]);
      expect(a.findings.filter((f) => f.code === "index-rating-repeated")).toHaveLength(1);
      expectEachRatingOnce(a);
    }
    const sixPoint = peerReviewSheet({ 3: "Amber/Red", 19: "amber/red", 25: "AR" });
    const at = sixPoint.values.findIndex((r) => r[0] === "Red");
    sixPoint.values.splice(at, 1, ["Amber/Red", "Behind, may not recover."], ["Red", "Not expected to recover."], ["Amber-Red", "Behind, may not recover."]);
    const a = analysed([sixPoint]);
    expect(a.index.entries.map((e) => e.name)).toEqual(["Blue", "Green", "Amber", "Amber/Red", "Red"]);
    expect(a.totals.counts["Amber/Red"]).toBe(3);
    expectEachRatingOnce(a);
  });

  it("on a key sheet keeps the first line's Complete mark and the other lines', not the repeat's", () => {
    const key: SheetSnapshot = {
      name: "RAG Key",
      firstRow: 1,
      firstColumn: 1,
      merges: [],
      values: [
        ["Rating", "Meaning", "Complete"],
        ["Blue", "Embedded into the service", "Yes"],
        ["Green", "Complete but not yet embedded", "Yes"],
        ["Blue", "Started but not yet completed", ""],
        ["Red", "Not started", ""],
      ],
    };
    const a = analysed([{ name: "Plan", firstRow: 1, firstColumn: 1, merges: [], values: PEER_REVIEW_SEVEN }, key]);
    expect(a.index.entries.map((e) => [e.name, e.complete, e.meaning])).toEqual([
      ["Blue", true, "Embedded into the service"],
      ["Green", true, "Complete but not yet embedded"],
      ["Red", false, "Not started"],
    ]);
    expect(a.findings.find((f) => f.code === "index-rating-repeated")?.message).toBe(
      'The key on sheet "RAG Key" names Blue on row 2 and again on row 4, so only row 2\'s line is read and each rating is counted once; write in row 4 the rating it was meant for, or delete that line.',
    );
    expectEachRatingOnce(a);
  });

  it("in a legend row keeps the legend, where it was set aside and the default index used, and says the two parts", () => {
    const a = analysed([
      {
        name: "Plan",
        firstRow: 1,
        firstColumn: 1,
        merges: [],
        values: [["Peer review action plan"], ["Key:", "B = Complete and embedded", "G = Complete, not yet embedded", "B = Started", "R = Not started"], [], ...PEER_REVIEW_SEVEN],
      },
    ]);
    expect(a.index.source).toEqual({ kind: "above", sheet: "Plan", row: 2 });
    expect(a.index.entries.map((e) => [e.name, e.complete])).toEqual([["Blue", true], ["Green", true], ["Red", false]]);
    expect(a.findings.find((f) => f.code === "index-rating-repeated")?.message).toBe(
      'The key above the table on sheet "Plan" names Blue twice on row 2 ("B = Complete and embedded" and "B = Started"), so only the first is read and each rating is counted once; write in the second the rating it was meant for, or delete it.',
    );
    expectEachRatingOnce(a);
  });

  it("beside the table under its heading keeps the key; without a heading a column naming a rating twice is still no key", () => {
    // The key leaves Red out, as a key beside the table may only where the table uses no Red.
    const seven = PEER_REVIEW_SEVEN.map((row) => row.map((cell) => (cell === "Red" ? "Green" : cell)));
    const plan = seven.map((row, i) => [...row, null, ...(i === 0 ? ["RAG Key", null] : i <= 4 ? [["Blue", "Complete"], ["Green", "On track"], ["Blue", "Some delay"], ["Amber", "Off track"]][i - 1]! : [])]);
    const a = analysed([{ name: "Plan", firstRow: 1, firstColumn: 1, merges: [], values: plan as CellValue[][] }]);
    expect(a.index.source).toMatchObject({ kind: "beside", row: 1 });
    expect(a.index.entries.map((e) => e.name)).toEqual(["Blue", "Green", "Amber"]);
    expect(a.findings.find((f) => f.code === "index-rating-repeated")?.row).toBe(4);
    expectEachRatingOnce(a);
    const headless = plan.map((row, i) => (i === 0 ? row.slice(0, 7) : row));
    expect(analysed([{ name: "Plan", firstRow: 1, firstColumn: 1, merges: [], values: headless as CellValue[][] }]).index.source.kind).not.toBe("beside");
  });

  it("in a report recorded before the index kept each rating once, is read with its first line", () => {
    const a = analysed([peerReviewSheet()]);
    const recorded = recordSnapshot(a, { date: "2021-09-30", recordedAt: "2021-10-01T09:00:00Z", recordedBy: null });
    const { seal: _seal, ...rest } = recorded;
    const twice = sealSnapshot({ ...rest, index: [...rest.index.slice(0, 2), { ...rest.index[0]!, complete: false }, ...rest.index.slice(3)] });
    const read = readSnapshot(JSON.stringify(twice), "30 September 2021");
    if (!read.ok) throw new Error(read.message);
    expect(read.snapshot.index.map((e) => [e.name, e.complete])).toEqual([["Blue", true], ["Green", false], ["Red", false]]);
    expect(trend([read.snapshot]).ratings).toEqual(["Blue", "Green", "Red", "Unrated", "Invalid"]);
  });
});

describe("whatever a key's lines", () => {
  const name = fc.constantFrom("Blue", "blue", "BLUE ", "B", "Green", "G", "Amber", "AMBER ", "A", "Amber/Red", "Amber-Red", "Amber - Red", "AR", "Red", "R", "Grey", "Complete", "Blue (B)", "B - Blue");
  const meaning = fc.constantFrom("Action complete.", "Action on track and progressing to plan.", "Action commenced, some delay will recover to completion.", "Not started", "Complete but not yet embedded");
  const lines = fc.array(fc.tuple(name, meaning), { minLength: 2, maxLength: 7 });
  const ratings = fc.array(fc.constantFrom("B", "G", "A", "R", "AR", "Amber/Red", "amber-red", "Blue", "AMBER", "Grey", "Complete", ""), { minLength: 26, maxLength: 26 });
  const door = fc.constantFrom("block", "keySheet", "legend", "beside");

  it("each rating appears once in the index, and every group's counts add up to its total", () => {
    fc.assert(
      fc.property(lines, ratings, door, (key, rated, where) => {
        const plan = peerReviewSheet(Object.fromEntries(rated.map((r, i) => [i + 1, r])));
        const tableEnd = plan.values.length - PEER_REVIEW_INDEX_ROWS.length - 1;
        const sheets: SheetSnapshot[] = [];
        if (where === "block") plan.values.splice(tableEnd + 1, PEER_REVIEW_INDEX_ROWS.length, ["RAG Key"], ...key);
        else plan.values.splice(tableEnd);
        if (where === "keySheet") sheets.push({ name: "RAG Key", firstRow: 1, firstColumn: 1, merges: [], values: [["Rating", "Meaning"], ...key] });
        if (where === "legend") plan.values[1] = ["Key:", ...key.map(([n, m]) => `${n.trim()} = ${m}`)];
        if (where === "beside") [["RAG", "Meaning"], ...key].forEach((cells, i) => (plan.values[2 + i] = [...plan.values[2 + i]!, null, ...cells]));
        expectEachRatingOnce(analysed([plan, ...sheets]));
      }),
      { numRuns: 150 },
    );
  });
});

describe("a cell naming an in-between rating with another mark between its colours", () => {
  it("is the index's rating, written otherwise than the sheet writes it, not an invalid rating", () => {
    const plan = peerReviewSheet({ 3: "Amber/Red", 19: "Amber-Red", 25: "amber - red" });
    const at = plan.values.findIndex((r) => r[0] === "Red");
    plan.values.splice(at, 0, ["Amber/Red", "Behind schedule, may not recover."], []);
    const a = analysed([plan]);
    expect(a.index.entries.map((e) => e.name)).toEqual(["Blue", "Green", "Amber", "Amber/Red", "Red"]);
    expect(a.totals.counts).toMatchObject({ "Amber/Red": 3, Invalid: 0 });
    expect(a.findings.filter((f) => f.code === "rating-invalid")).toEqual([]);
    expect(a.findings.filter((f) => f.code === "rating-not-canonical").map((f) => f.message)).toEqual([
      'Row 23: "Amber-Red" is read as Amber/Red; written as the sheet writes its ratings, it is "AR".',
      'Row 29: "amber - red" is read as Amber/Red; written as the sheet writes its ratings, it is "AR".',
    ]);
    expectEachRatingOnce(a);
  });
});

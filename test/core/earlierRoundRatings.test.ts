/**
 * A rating column a quarter ("RAG Q1 21/22 | RAG Q2 21/22 | RAG Q3 21/22"), the latest being filled in:
 * an action with no Q3 rating yet is counted as unrated (a rating never falls back), and the findings
 * say what the earlier round rated it. Leo's actions as the committee minutes report them: 14 actions,
 * 1 blue, 4 green and 9 amber.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS, settingsSchema } from "../../src/core/settings";
import { ratingProblemCounts } from "../../src/core/findings";
import { outcomeMessage } from "../../src/core/outcome";
import { countingNotes } from "../../src/core/countingNotes";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import { CASE_REVIEW_HEADER, caseReviewSheet } from "../fixtures/caseReviews";
import { analyseRead } from "../../src/door/analyseRead";
import { MemoryDoor } from "../fakes/memoryDoor";

const ROUNDS = ["RAG Q1 21/22", "RAG Q2 21/22", "RAG Q3 21/22"];
const ENTER = "enter Blue (B), Green (G), Amber (A) or Red (R).";

/** Leo's 14 rows (rows 2 to 15) with a rating a round: `ratings(q2, i)` gives the row's three rounds from its Q2 rating. */
function leo(ratings: (q2: string, i: number) => CellValue[], headers = ROUNDS): SheetSnapshot {
  const all = caseReviewSheet().values.filter((row) => row[0] === "Leo");
  const rating = CASE_REVIEW_HEADER.length - 1;
  const values = [
    [...CASE_REVIEW_HEADER.slice(0, rating), ...headers],
    ...all.map((row, i) => [...row.slice(0, rating), ...ratings(String(row[rating]), i)]),
  ];
  return { name: "Leo", firstRow: 1, firstColumn: 1, values, merges: [] };
}

const run = (sheet: SheetSnapshot, settings = DEFAULT_SETTINGS) => analyseWorkbook({ sheets: [sheet] }, settings, "2021-11-01");
const messages = (a: ReturnType<typeof run>, code: string) => a.findings.filter((f) => f.code === code).map((f) => `${f.column}${f.row}: ${f.message}`);
/** Every finding's place and message, so a word on earlier rounds said under any code would show. */
const allMessages = (a: ReturnType<typeof run>) => a.findings.map((f) => `${f.column}${f.row}: ${f.message}`);
/** Today's warnings on Leo's rows 7 to 15 left unrated in column `letter`, as a tracker of one round gives them. */
const unratedAsToday = (letter: string) => Array.from({ length: 9 }, (_, i) => `${letter}${7 + i}: Row ${7 + i}: action ${6 + i} has no rating; ${ENTER}`);

/** A round being filled in: Q1 green where Q2 is blue, else amber; Q3 rated on the first 5 rows only. */
const partialQ3 = (q2: string, i: number) => [q2 === "Blue" ? "Green" : "Amber", q2, i < 5 ? q2 : null];

describe("an action with no rating yet in the round read, rated in an earlier round", () => {
  it("is counted as unrated, and one warning for the tracker says which round is read and what the earlier round rated them", () => {
    const a = run(leo(partialQ3));
    expect(a.trackers[0]!.columns.rating).toBe(12);
    expect(a.totals.counts).toMatchObject({ Blue: 1, Green: 4, Amber: 0, Unrated: 9 });
    expect(a.sentences).toEqual(["Leo – 14 actions identified (1 blue, 4 green, and 9 unrated)"]);
    expect(ratingProblemCounts(a.findings).unrated).toBe(9);
    expect(outcomeMessage(a, false)).toContain("9 missing ratings");
    expect(messages(a, "rating-earlier-round")).toEqual([
      'L1: Column L ("RAG Q3 21/22") is the latest round with ratings in it, and 9 of the 14 actions have no rating in it yet, so are counted as unrated, though column K ("RAG Q2 21/22") rated them 9 amber.',
    ]);
    expect(a.findings.find((f) => f.code === "rating-earlier-round")?.severity).toBe("warning");
    // Said where the counts are: the RAG Summary, the Committee Pack and the outcome line.
    const note = 'On sheet "Leo", column L ("RAG Q3 21/22") is the latest round with ratings in it, and 9 of the 14 actions have no rating in it yet, so are counted as unrated, though column K ("RAG Q2 21/22") rated them 9 amber.';
    expect(countingNotes(a.findings)).toEqual([note]);
    expect(outcomeMessage(a, false)).toContain(note);
    const unrated = messages(a, "rating-unrated");
    expect(unrated).toHaveLength(9);
    expect(unrated[0]).toBe(`L7: Row 7: action 6 has no rating yet in column L ("RAG Q3 21/22"), though column K ("RAG Q2 21/22") rated it amber; ${ENTER}`);
  });

  it("calls the round read the latest with ratings in it where a later round's column is there with nothing in it yet", () => {
    // Q2 is being filled in; Q3's column is ready, empty.
    const a = run(leo((q2, i) => [q2, i < 10 ? q2 : null, null]));
    expect(a.trackers[0]!.columns.rating).toBe(11);
    expect(messages(a, "rating-earlier-round")).toEqual([
      'K1: Column K ("RAG Q2 21/22") is the latest round with ratings in it, and 4 of the 14 actions have no rating in it yet, so are counted as unrated, though column J ("RAG Q1 21/22") rated them 4 amber.',
    ]);
  });

  it("says an earlier round's column is hidden, as the user looking at the sheet does not see it", () => {
    // Q2, column K, hidden.
    const a = run({ ...leo(partialQ3), hiddenColumns: [{ first: 11, last: 11 }] });
    expect(a.totals.counts).toMatchObject({ Blue: 1, Green: 4, Unrated: 9 });
    expect(messages(a, "rating-earlier-round")).toEqual([
      'L1: Column L ("RAG Q3 21/22") is the latest round with ratings in it, and 9 of the 14 actions have no rating in it yet, so are counted as unrated, though column K ("RAG Q2 21/22"), which is hidden, rated them 9 amber.',
    ]);
    expect(messages(a, "rating-unrated")[0]).toBe(`L7: Row 7: action 6 has no rating yet in column L ("RAG Q3 21/22"), though column K ("RAG Q2 21/22"), which is hidden, rated it amber; ${ENTER}`);
  });

  it("reads an earlier round's rating with words after it as its rating, without taking its wording for the round read's", () => {
    const a = run(leo((q2, i) => [q2, q2 === "Amber" ? "Amber - see update" : q2, i < 5 ? q2 : null]));
    expect(messages(a, "rating-unrated")[0]).toBe(`L7: Row 7: action 6 has no rating yet in column L ("RAG Q3 21/22"), though column K ("RAG Q2 21/22") rated it amber; ${ENTER}`);
    expect(a.trackers[0]!.wordedRatings).toEqual([]);
  });

  it("says the earlier rating of a row that skipped a round, from the latest round that rates it", () => {
    // Row 7 was not rated in Q2; Q1 rated it Green.
    const a = run(leo((q2, i) => [i === 5 ? "Green" : q2 === "Blue" ? "Green" : "Amber", i === 5 ? null : q2, i < 5 ? q2 : null]));
    expect(a.totals.counts).toMatchObject({ Blue: 1, Green: 4, Unrated: 9 });
    expect(messages(a, "rating-unrated").slice(0, 2)).toEqual([
      `L7: Row 7: action 6 has no rating yet in column L ("RAG Q3 21/22"), though column J ("RAG Q1 21/22") rated it green; ${ENTER}`,
      `L8: Row 8: action 7 has no rating yet in column L ("RAG Q3 21/22"), though column K ("RAG Q2 21/22") rated it amber; ${ENTER}`,
    ]);
    expect(messages(a, "rating-earlier-round")).toEqual([
      'L1: Column L ("RAG Q3 21/22") is the latest round with ratings in it, and 9 of the 14 actions have no rating in it yet, so are counted as unrated: of these, column K ("RAG Q2 21/22") rated 8 amber; and column J ("RAG Q1 21/22") rated 1 green.',
    ]);
  });

  it("gives no earlier rating where the latest earlier round holding anything holds something that is not a rating, not an older round's", () => {
    // Q1 rated rows 7 to 15 Red; Q2 holds "Complete", "Redd", a date, a number and #N/A on rows 7 to 11, nothing on row 12, and Amber below.
    const q2 = ["Complete", "Redd", new Date(Date.UTC(2021, 8, 1)), 3, { error: "#N/A" }, null];
    const a = run(leo((q, i) => (i < 5 ? [q, q, q] : ["Red", i - 5 < q2.length ? q2[i - 5]! : "Amber", null])));
    expect(a.totals.counts).toMatchObject({ Blue: 1, Green: 4, Unrated: 9 });
    expect(messages(a, "rating-unrated").slice(0, 7)).toEqual([
      `L7: Row 7: action 6 has no rating yet in column L ("RAG Q3 21/22"), and column K ("RAG Q2 21/22") holds "Complete", not a rating; ${ENTER}`,
      `L8: Row 8: action 7 has no rating yet in column L ("RAG Q3 21/22"), and column K ("RAG Q2 21/22") holds "Redd", not a rating; ${ENTER}`,
      `L9: Row 9: action 8 has no rating yet in column L ("RAG Q3 21/22"), and column K ("RAG Q2 21/22") holds "1 September 2021", not a rating; ${ENTER}`,
      `L10: Row 10: action 9 has no rating yet in column L ("RAG Q3 21/22"), and column K ("RAG Q2 21/22") holds "3", not a rating; ${ENTER}`,
      `L11: Row 11: action 10 has no rating yet in column L ("RAG Q3 21/22"), and column K ("RAG Q2 21/22") holds "#N/A", not a rating; ${ENTER}`,
      `L12: Row 12: action 11 has no rating yet in column L ("RAG Q3 21/22"), though column J ("RAG Q1 21/22") rated it red; ${ENTER}`,
      `L13: Row 13: action 12 has no rating yet in column L ("RAG Q3 21/22"), though column K ("RAG Q2 21/22") rated it amber; ${ENTER}`,
    ]);
    expect(messages(a, "rating-earlier-round")).toEqual([
      'L1: Column L ("RAG Q3 21/22") is the latest round with ratings in it, and 9 of the 14 actions have no rating in it yet, so are counted as unrated: of these, column K ("RAG Q2 21/22") rated 3 amber; column J ("RAG Q1 21/22") rated 1 red; and 5 have no earlier rating.',
    ]);
  });

  it("keeps each earlier round's ratings apart with semicolons, and writes ratings as the committee's sentences do", () => {
    // Four rounds, Q4 read: Q3 rated rows 4 and 5 Green, Q2 the rest of Leo's ratings, Q1 row 3 alone.
    const a = run(
      leo((q2, i) => (i === 0 ? [q2, q2, q2, q2] : i === 1 ? ["Red", null, null, null] : i < 4 ? ["Amber", q2, "Green", null] : ["Amber", q2, null, null]), [...ROUNDS, "RAG Q4 21/22"]),
    );
    expect(a.totals.counts).toMatchObject({ Blue: 1, Unrated: 13 });
    expect(messages(a, "rating-earlier-round")).toEqual([
      'M1: Column M ("RAG Q4 21/22") is the latest round with ratings in it, and 13 of the 14 actions have no rating in it yet, so are counted as unrated: of these, column L ("RAG Q3 21/22") rated 2 green; column K ("RAG Q2 21/22") rated 1 green and 9 amber; and column J ("RAG Q1 21/22") rated 1 red.',
    ]);
    expect(messages(a, "rating-unrated").slice(0, 2)).toEqual([
      `M3: Row 3: action 2 has no rating yet in column M ("RAG Q4 21/22"), though column J ("RAG Q1 21/22") rated it red; ${ENTER}`,
      `M4: Row 4: action 3 has no rating yet in column M ("RAG Q4 21/22"), though column L ("RAG Q3 21/22") rated it green; ${ENTER}`,
    ]);
  });

  it("keeps today's wording for an action no round has rated, and counts it among those with no earlier rating", () => {
    // Row 15, a new action this quarter, has no rating in any round.
    const a = run(leo((q2, i) => (i === 13 ? [null, null, null] : partialQ3(q2, i))));
    expect(a.totals.counts).toMatchObject({ Blue: 1, Green: 4, Unrated: 9 });
    expect(messages(a, "rating-unrated").at(-1)).toBe(`L15: Row 15: action 14 has no rating; ${ENTER}`);
    expect(messages(a, "rating-earlier-round")).toEqual([
      'L1: Column L ("RAG Q3 21/22") is the latest round with ratings in it, and 9 of the 14 actions have no rating in it yet, so are counted as unrated: of these, column K ("RAG Q2 21/22") rated 8 amber; and 1 has no earlier rating.',
    ]);
  });

  it("says nothing more where no earlier round rates the unrated actions", () => {
    const a = run(leo((q2, i) => (i < 5 ? ["Green", q2, q2] : [null, null, null])));
    expect(a.totals.counts).toMatchObject({ Blue: 1, Green: 4, Unrated: 9 });
    expect(messages(a, "rating-earlier-round")).toEqual([]);
    expect(messages(a, "rating-unrated")[0]).toBe(`L7: Row 7: action 6 has no rating; ${ENTER}`);
  });

  it("leaves a sheet of one rating column as it was", () => {
    const a = run(leo((q2, i) => [i < 5 ? q2 : null], ["RAG Status"]));
    expect(a.totals.counts).toMatchObject({ Blue: 1, Green: 4, Unrated: 9 });
    expect(allMessages(a)).toEqual(unratedAsToday("J"));
  });

  it("leaves the round the team chose in the settings as it was: no rounds are looked for then", () => {
    const settings = settingsSchema.parse({ columnOverrides: { Leo: { rating: "L" } } });
    const a = run(leo(partialQ3), settings);
    expect(a.totals.counts).toMatchObject({ Blue: 1, Green: 4, Unrated: 9 });
    expect(allMessages(a)).toEqual(unratedAsToday("L"));
  });

  it("speaks of one action in the singular", () => {
    const a = run(leo((q2, i) => [q2, q2, i === 13 ? null : q2]));
    expect(a.totals.counts).toMatchObject({ Blue: 1, Green: 4, Amber: 8, Unrated: 1 });
    expect(messages(a, "rating-earlier-round")).toEqual([
      'L1: Column L ("RAG Q3 21/22") is the latest round with ratings in it, and 1 of the 14 actions has no rating in it yet, so is counted as unrated, though column K ("RAG Q2 21/22") rated it amber.',
    ]);
  });

  it("counts an invalid rating in the round read as invalid, not as a rating the earlier round gave", () => {
    const a = run(leo((q2, i) => [q2, q2, i === 13 ? "Complete" : q2]));
    expect(a.totals.counts).toMatchObject({ Invalid: 1, Unrated: 0 });
    expect(allMessages(a)).toEqual([
      `L15: Row 15: "Complete" is not a rating in the index; expected Blue (B), Green (G), Amber (A) or Red (R) (did you mean Blue?); as it says the action is complete, the action is not listed as stale or overdue.`,
      'J1: Columns J ("RAG Q1 21/22") and K ("RAG Q2 21/22") are earlier rounds\' RAG rating columns, so column L ("RAG Q3 21/22"), of a later round, is the one read; to report another round, choose its column under Column overrides in the task pane\'s settings.',
    ]);
  });
});

describe("an action complete when last rated, not rated yet in the round read", () => {
  // Leo's plan as at a date every due date and last update of it has long passed.
  const late = (sheets: SheetSnapshot[]) => analyseWorkbook({ sheets }, settingsSchema.parse({ asOf: "2030-01-01" }), "2030-01-01");
  const listed = (a: ReturnType<typeof late>) => ({ stale: a.stale.map((f) => f.action.row), overdue: a.overdue.map((f) => f.action.row) });

  it("is counted as unrated but left off the stale and overdue lists, where a round kept a column each, and the warning says so", () => {
    // Q3 rated on its last 5 rows.
    const open = late([leo((q2, i) => ["Amber", "Amber", i < 9 ? null : "Amber"])]);
    const closed = late([leo((q2, i) => ["Amber", i < 3 ? "Blue" : "Amber", i < 9 ? null : "Amber"])]);
    expect(listed(open).overdue.length).toBeGreaterThan(3);
    expect(listed(open).stale.length).toBeGreaterThan(3);
    expect(closed.totals.counts).toMatchObject({ Amber: 5, Unrated: 9 });
    expect(listed(closed)).toEqual({ stale: listed(open).stale.filter((row) => row > 4), overdue: listed(open).overdue.filter((row) => row > 4) });
    expect(messages(closed, "rating-earlier-round")).toEqual([
      'L1: Column L ("RAG Q3 21/22") is the latest round with ratings in it, and 9 of the 14 actions have no rating in it yet, so are counted as unrated, though column K ("RAG Q2 21/22") rated them 3 blue and 6 amber; the 3 rated blue when last rated are left off the overdue and not-updated lists until this round rates them.',
    ]);
  });

  it("is left off them where a round kept a sheet each, as the round before's sheet rated it", () => {
    const round = (name: string, rating: (i: number) => CellValue) => ({ ...leo((q2, i) => [rating(i)], ["RAG Status"]), name });
    const q1 = (first: string) => round("Q1 2021-22", (i) => (i === 0 ? first : "Amber"));
    const q2 = round("Q2 2021-22", (i) => (i < 9 ? null : "Amber"));
    const open = late([q1("Amber"), q2]);
    const closed = late([q1("Blue"), q2]);
    expect(open.trackers.map((t) => t.sheet)).toEqual(["Q2 2021-22"]);
    expect(listed(open).overdue).toContain(2);
    expect(listed(closed)).toEqual({ stale: listed(open).stale.filter((row) => row !== 2), overdue: listed(open).overdue.filter((row) => row !== 2) });
    expect(messages(closed, "rating-earlier-round")[0]).toMatch(/rated them 1 blue and 8 amber; the one rated blue when last rated is left off the overdue and not-updated lists until this round rates it\.$/);
  });
});

describe("reviews on one template, a sheet per round", () => {
  it("take each review's own earlier rating for its standard actions, not another review's", () => {
    const HEADER = ["Review", "Action No", "Action", "Target Date", "Last Updated", "RAG Status"];
    const STANDARD = ["Share the learning through a 7-minute briefing.", "Include the learning in the training programme.", "Audit the impact after six months."];
    const rows = (rating: (review: string) => string | null) =>
      ["Frankie", "Leo", "Child H"].flatMap((review) => STANDARD.map((action, i) => [review, i + 1, action, "31/12/2022", new Date(Date.UTC(2022, 9, 1)), rating(review)]));
    const round = (name: string, rating: (review: string) => string | null): SheetSnapshot => ({ name, firstRow: 1, firstColumn: 1, values: [HEADER, ...rows(rating)], merges: [] });
    const q3 = round("Q3 2022-23", (review) => ({ Frankie: "Red", Leo: "Amber", "Child H": "Blue" })[review]!);
    // Q4 being filled in: Leo's rated, Frankie's and Child H's not yet.
    const q4 = round("Q4 2022-23", (review) => (review === "Leo" ? "Amber" : null));
    const a = analyseWorkbook({ sheets: [q3, q4] }, settingsSchema.parse({ asOf: "2023-03-01" }), "2030-01-01");
    expect(a.trackers.map((t) => t.sheet)).toEqual(["Q4 2022-23"]);
    // Frankie's red actions stay chased; Child H's, complete last round, are not.
    expect(a.overdue.map((o) => o.action.review)).toEqual(["Frankie", "Frankie", "Frankie", "Leo", "Leo", "Leo"]);
    expect(messages(a, "rating-earlier-round")[0]).toMatch(/rated them 3 blue and 3 red; the 3 rated blue when last rated are left off the overdue and not-updated lists until this round rates them\.$/);
  });

  it("take a review's earlier ratings under the name it had, where it was renamed on the new round's sheet", () => {
    const HEADER = ["Review", "Action No", "Action", "Target Date", "Last Updated", "RAG Status"];
    const STANDARD = ["Share the learning through a 7-minute briefing.", "Include the learning in the training programme.", "Audit the impact after six months.", "Update the multi-agency procedures."];
    const rows = (reviews: Record<string, (string | null)[]>) =>
      Object.entries(reviews).flatMap(([review, ratings]) => STANDARD.map((action, i) => [review, i + 1, action, "31/12/2022", new Date(Date.UTC(2022, 9, 1)), ratings[i]!]));
    const round = (name: string, reviews: Record<string, (string | null)[]>): SheetSnapshot => ({ name, firstRow: 1, firstColumn: 1, merges: [], values: [HEADER, ...rows(reviews)] });
    const others = { Frankie: ["Red", "Red", "Amber", "Amber"], Leo: ["Amber", "Amber", "Amber", "Amber"], "Sam and Kyle": ["Green", "Green", "Amber", "Blue"] };
    const q3 = round("Q3 2022-23", { ...others, "Jane Smith": ["Blue", "Red", "Blue", "Amber"] });
    // On Q4 the review takes its pseudonym, not yet rated; the others are.
    const q4 = round("Q4 2022-23", { ...others, "Child J": [null, null, null, null] });
    const a = analyseWorkbook({ sheets: [q3, q4] }, settingsSchema.parse({ asOf: "2023-03-01" }), "2030-01-01");
    expect(a.trackers.map((t) => t.sheet)).toEqual(["Q4 2022-23"]);
    // Its actions 1 and 3, blue under its former name, are not chased; 2 and 4 are.
    expect(a.overdue.filter((o) => o.action.review === "Child J").map((o) => o.action.ref)).toEqual(["2", "4"]);
    expect(messages(a, "rating-earlier-round")[0]).toMatch(/rated them 2 blue, 1 amber, and 1 red; the 2 rated blue when last rated are left off/);
  });
});

describe("an earlier round's blank rating cell coloured in", () => {
  // Row 7 rated green in Q1, its Q2 cell left blank and coloured amber; Q3 not rated yet.
  const skipped = (q2: string, i: number) => (i === 5 ? ["Green", null, null] : partialQ3(q2, i));
  const AMBER_BY_COLOUR = `L7: Row 7: action 6 has no rating yet in column L ("RAG Q3 21/22"), though column K ("RAG Q2 21/22") rated it amber by colour alone (its cell is filled amber (#FFC000) with nothing typed in it); ${ENTER}`;
  const GREEN_FROM_Q1 = `L7: Row 7: action 6 has no rating yet in column L ("RAG Q3 21/22"), though column J ("RAG Q1 21/22") rated it green; ${ENTER}`;
  const asRead = async (fills: Record<string, string>, sheet = leo(skipped)) => {
    const door = new MemoryDoor([sheet]);
    for (const [at, colour] of Object.entries(fills)) door.fills.set(`Leo!${at}`, colour);
    return { door, a: await analyseRead(door, await door.read(), DEFAULT_SETTINGS, "2021-11-01") };
  };

  it("is read as the rating its colour means, as the round read's own blank cell is, and said to be by colour alone", () => {
    const a = run({ ...leo(skipped), fills: { K7: "#FFC000" } });
    expect(a.totals.counts).toMatchObject({ Blue: 1, Green: 4, Unrated: 9 });
    expect(messages(a, "rating-unrated")[0]).toBe(AMBER_BY_COLOUR);
    expect(messages(a, "rating-earlier-round")).toEqual([
      'L1: Column L ("RAG Q3 21/22") is the latest round with ratings in it, and 9 of the 14 actions have no rating in it yet, so are counted as unrated, though column K ("RAG Q2 21/22") rated them 9 amber (1 of these earlier ratings is given by colour alone).',
    ]);
    // One unrated action, rated by colour alone; one earlier rating among actions with none; all read from colours.
    const onlyRow7 = (q2: string, i: number) => (i === 5 ? ["Green", null, null] : [q2, q2, q2]);
    expect(messages(run({ ...leo(onlyRow7), fills: { K7: "#FFC000" } }), "rating-earlier-round")).toEqual([
      'L1: Column L ("RAG Q3 21/22") is the latest round with ratings in it, and 1 of the 14 actions has no rating in it yet, so is counted as unrated, though column K ("RAG Q2 21/22") rated it amber by colour alone.',
    ]);
    const newActions = (q2: string, i: number) => (i === 5 ? ["Green", null, null] : i > 5 ? [null, null, null] : [q2, q2, q2]);
    expect(messages(run({ ...leo(newActions), fills: { K7: "#FFC000" } }), "rating-earlier-round")).toEqual([
      'L1: Column L ("RAG Q3 21/22") is the latest round with ratings in it, and 9 of the 14 actions have no rating in it yet, so are counted as unrated: of these, column K ("RAG Q2 21/22") rated 1 amber; and 8 have no earlier rating (that earlier rating is given by colour alone).',
    ]);
    const allColoured = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`K${7 + i}`, "#FF0000"]));
    expect(messages(run({ ...leo(newActions), fills: allColoured }), "rating-earlier-round")).toEqual([
      'L1: Column L ("RAG Q3 21/22") is the latest round with ratings in it, and 9 of the 14 actions have no rating in it yet, so are counted as unrated, though column K ("RAG Q2 21/22") rated them 9 red (all 9 of these earlier ratings are given by colour alone).',
    ]);
    // No colour, or one no rating wears: the round before is named, as before.
    expect(messages(run(leo(skipped)), "rating-unrated")[0]).toBe(GREEN_FROM_Q1);
    expect(messages(run({ ...leo(skipped), fills: { K7: "#D9D9D9" } }), "rating-unrated")[0]).toBe(GREEN_FROM_Q1);
  });

  it("is asked of the door with the round read's blank cells, and read through it", async () => {
    const { door, a } = await asRead({ K7: "#FFC000" });
    const asked = door.fillsAsked.flat().map((c) => `${c.column}:${c.row}`);
    // Row 7's blank Q3 (L) and Q2 (K) cells, not its Q1 rating (J), typed.
    expect(asked).toEqual(expect.arrayContaining(["12:7", "11:7"]));
    expect(asked).not.toContain("10:7");
    expect(messages(a, "rating-unrated")[0]).toBe(AMBER_BY_COLOUR);
  });

  it("is not read from a row filled across, or from an earlier round's column shaded under its typed ratings of every kind", async () => {
    expect(messages((await asRead({ D7: "#FFC000", K7: "#FFC000" })).a, "rating-unrated")[0]).toBe(GREEN_FROM_Q1);
    // Column K shaded pale blue, the typed Blue, Green and Amber in it too.
    const shaded = Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`K${i + 2}`, "#DDEBF7"]));
    expect(messages((await asRead(shaded)).a, "rating-unrated")[0]).toBe(GREEN_FROM_Q1);
  });

  it("is judged by its own column's typed ratings: an earlier round shaded amber does not stop an amber cell of the round read being read", async () => {
    // Q2 (column K) shaded amber under its typed ratings of every kind, and asked of for row 8, left blank in Q2 and Q3;
    // row 7's Q3 cell (L7) blank and coloured amber.
    const shadedQ2 = Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`K${i + 2}`, "#FFC000"]));
    const { door, a } = await asRead({ ...shadedQ2, L7: "#FFC000" }, leo((q2, i) => (i === 5 ? ["Green", "Blue", null] : i === 6 ? ["Green", null, null] : partialQ3(q2, i))));
    expect(door.fillsAsked.flat().filter((c) => c.column === 11).length).toBeGreaterThan(1);
    expect(a.actions.find((x) => x.row === 7)!.rating).toMatchObject({ kind: "rated", entry: { name: "Amber" }, fill: "#FFC000" });
    // The shade itself is no rating: row 8's earlier rating is Q1's green.
    expect(messages(a, "rating-unrated").find((m) => m.startsWith("L8"))).toContain('column J ("RAG Q1 21/22") rated it green');
  });

  it("is counted among the blank cells whose fills could not be read, where the door cannot give them, and said to go unsaid", async () => {
    const unread = async (sheet: SheetSnapshot) => {
      const door = new MemoryDoor([sheet]);
      door.readFills = async () => {
        throw new Error("Excel could not read the cells' formats.");
      };
      const a = await analyseRead(door, await door.read(), DEFAULT_SETTINGS, "2021-11-01");
      expect(a.totals.counts).toMatchObject({ Blue: 1, Green: 4, Unrated: 9 });
      return a.findings.filter((f) => f.code === "fills-unread").map((f) => f.message);
    };
    // Row 7's Q2 cell (K7) asked with the 9 blank Q3 cells; Q1 (J7) holds Green, so is not.
    expect(await unread(leo(skipped))).toEqual([
      "The fill colours of the 9 blank rating cells, and of 1 blank cell on their rows in an earlier round's rating column, could not be read (Excel could not read the cells' formats), so a rating given there by colour alone is counted as missing, or, in an earlier round's column, not said.",
    ]);
    // Row 7 blank in Q1 (J7) too: both earlier rounds' cells are asked.
    expect(await unread(leo((q2, i) => (i === 5 ? [null, null, null] : partialQ3(q2, i))))).toEqual([
      "The fill colours of the 9 blank rating cells, and of 2 blank cells on their rows in earlier rounds' rating columns, could not be read (Excel could not read the cells' formats), so a rating given there by colour alone is counted as missing, or, in earlier rounds' columns, not said.",
    ]);
  });

  it("is not asked of the rows a rating merged down an earlier round covers: the merge holds its rating on each", async () => {
    // Q2's "Amber" in K7 merged down over K7:K10, Q3 not rated on those rows.
    const sheet = leo((q2, i) => (i >= 5 && i <= 8 ? ["Green", i === 5 ? "Amber" : null, null] : partialQ3(q2, i)));
    sheet.merges = [{ top: 7, bottom: 10, left: 11, right: 11 }];
    const door = new MemoryDoor([sheet]);
    await analyseRead(door, await door.read(), DEFAULT_SETTINGS, "2021-11-01");
    const asked = door.fillsAsked.flat().map((c) => `${c.column}:${c.row}`);
    expect(asked).toEqual(expect.arrayContaining(["12:7", "12:8", "12:9", "12:10"]));
    for (const row of [7, 8, 9, 10]) for (const column of [10, 11]) expect(asked).not.toContain(`${column}:${row}`);
  });
});

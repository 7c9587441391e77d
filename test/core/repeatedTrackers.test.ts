import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import { DEFAULT_SETTINGS, settingsSchema } from "../../src/core/settings";
import { PEER_REVIEW_DETAIL, PEER_REVIEW_ROWS } from "../fixtures/peerReview";

const sheet = (name: string, values: CellValue[][]): SheetSnapshot => ({ name, firstRow: 1, firstColumn: 1, values, merges: [] });
const analyse = (...sheets: SheetSnapshot[]) => analyseWorkbook({ sheets }, DEFAULT_SETTINGS, "2021-11-01");
const repeats = (...sheets: SheetSnapshot[]) => {
  const a = analyse(...sheets);
  return { counted: a.trackers.map((t) => `${t.sheet}: ${t.actions.length}`), said: a.findings.filter((f) => f.code === "repeated-tracker").map((f) => f.message) };
};

const NAME: Record<string, string> = { B: "Blue", G: "Green", A: "Amber", R: "Red" };
const detail = (no: number) => PEER_REVIEW_DETAIL[no] ?? [`Specific actions for recommendation ${no}.`, `Progress on recommendation ${no}.`];
/** The peer review plan's 26 recommendations, with their numbers or (as some teams keep it) without. */
const plan = (numbered: boolean) =>
  sheet("Peer Review", [
    ["Category", ...(numbered ? ["Rec No"] : []), "Recommendation", "Specific Actions", "Response", "Lead", "RAG Rating"],
    ...PEER_REVIEW_ROWS.map(([category, no, recommendation, rating]) => [category, ...(numbered ? [no] : []), recommendation, ...detail(no), "Strategic Partners", NAME[rating]!]),
  ]);
// The three recommendations still green: 3, 19 and 25.
const GREEN = PEER_REVIEW_ROWS.filter((r) => r[3] === "G");

describe("a sheet whose every action is another sheet's, rated the same", () => {
  it("is said to share the number, wording and rating where it shows all three", () => {
    const exceptions = sheet("Exceptions", [["Rec No", "Recommendation", "RAG"], ...GREEN.map(([, no, recommendation]) => [no, recommendation, "Green"])]);
    expect(repeats(plan(true), exceptions)).toEqual({
      counted: ["Peer Review: 26"],
      said: ['Not counted: sheet "Exceptions", whose 3 actions all repeat actions on sheet "Peer Review" with the same number, wording and rating.'],
    });
  });

  it("is said to share the number and rating alone where it shows no wording of the actions", () => {
    const exceptions = sheet("Exceptions", [["Rec No", "Response", "RAG"], ...GREEN.map(([, no]) => [no, "Awaiting an update from the lead.", "Green"])]);
    expect(repeats(plan(true), exceptions).said).toEqual(['Not counted: sheet "Exceptions", whose 3 actions all repeat actions on sheet "Peer Review" with the same number and rating.']);
  });

  it("is said to share the wording and rating alone where neither sheet numbers its actions", () => {
    const exceptions = sheet("Exceptions", [["Recommendation", "RAG"], ...GREEN.map(([, , recommendation]) => [recommendation, "Green"])]);
    expect(repeats(plan(false), exceptions).said).toEqual(['Not counted: sheet "Exceptions", whose 3 actions all repeat actions on sheet "Peer Review" with the same wording and rating.']);
  });

  it("is no extract, and is counted, where its actions share nothing but a rating with the other sheet's", () => {
    // Four updates to the board, unnumbered, in words of their own, rated blue as most of the plan is.
    const board = sheet("Board updates", [
      ["Response", "Lead", "RAG"],
      ...["Deputies now attend the Strategic Group.", "MASH reports to the Strategic Group.", "Protocol agreed by all boards.", "Framework approved."].map((response) => [response, "Business Manager", "Blue"]),
    ]);
    expect(repeats(plan(false), board)).toEqual({ counted: ["Peer Review: 26", "Board updates: 4"], said: [] });
  });
});

describe("two sheets of one plan, both counted, said to share only what they share", () => {
  /** The numbered peer review plan under `name`, its first three recommendations rated amber where `amber`, each reworded where `reworded`. */
  const copy = (name: string, { amber = false, reworded = false } = {}) => {
    const p = plan(true);
    return sheet(name, p.values.map((row, r) => (r === 0 ? row : row.map((v, c) => (c === 2 && reworded ? `${v as string} (revised)` : c === 6 && amber && r <= 3 ? "Amber" : v)))));
  };
  const unnumbered = (s: SheetSnapshot) => sheet(s.name, s.values.map((row) => row.filter((_, c) => c !== 1)));

  it("names no review where neither sheet has a Review column", () => {
    expect(repeats(copy("Peer Review"), copy("Peer Review (2)", { amber: true })).said).toEqual([
      'Counted twice: 26 actions on sheet "Peer Review (2)" repeat those on sheet "Peer Review" (the same number and wording); if one sheet is an old copy, delete it or choose the tracker sheets in the settings.',
    ]);
    expect(repeats(copy("Peer Review"), copy("Peer Review - Copy", { reworded: true })).said).toEqual([
      'Counted twice, perhaps: 26 actions on sheet "Peer Review - Copy" have the same number as actions on sheet "Peer Review", though worded differently; if one sheet is an old version, delete it or choose the tracker sheets in the settings, and if not, give each action its own number.',
    ]);
  });

  it("names no number where the actions have none", () => {
    expect(repeats(unnumbered(copy("Peer Review")), unnumbered(copy("Peer Review (2)", { amber: true }))).said).toEqual([
      'Counted twice: 26 actions on sheet "Peer Review (2)" repeat those on sheet "Peer Review" (the same wording); if one sheet is an old copy, delete it or choose the tracker sheets in the settings.',
    ]);
  });

  it("names no wording for an extract that shows none, counted as the settings choose it", () => {
    const exceptions = sheet("Exceptions", [["Rec No", "Response", "RAG"], ...GREEN.map(([, no]) => [no, "Awaiting an update from the lead.", "Green"])]);
    const a = analyseWorkbook({ sheets: [plan(true), exceptions] }, settingsSchema.parse({ trackerSheets: ["Peer Review", "Exceptions"] }), "2021-11-01");
    expect(a.findings.filter((f) => f.code === "repeated-tracker").map((f) => f.message)).toEqual([
      'Counted twice: 3 actions on sheet "Exceptions" repeat those on sheet "Peer Review" (the same number); if one sheet is an old copy, delete it or choose the tracker sheets in the settings.',
    ]);
  });
});

describe("a plan's rounds, two of whose actions are worded alike", () => {
  // The peer review plan's first eight actions, kept a sheet a quarter; action 8 is worded as action 7 (one recommendation split in two).
  const rows = PEER_REVIEW_ROWS.slice(0, 8).map(([category, no, recommendation]) => [category, no, no === 8 ? PEER_REVIEW_ROWS[6]![2] : recommendation, ...detail(no === 8 ? 7 : no)]);
  const quarter = (name: string, ratings: string[], keep = rows) =>
    sheet(name, [["Category", "Rec No", "Recommendation", "Specific Actions", "Response", "RAG Rating"], ...keep.map((r, i) => [...r, ratings[i]!])]);
  const q1 = ["Amber", "Amber", "Red", "Amber", "Green", "Amber", "Amber", "Red"];
  const q2 = ["Green", "Blue", "Amber", "Green", "Blue", "Green", "Blue", "Amber"];

  it("counts each of them on the earlier round as on the latest, where both are on it", () => {
    expect(repeats(quarter("Q1 2021-22", q1), quarter("Q2 2021-22", q2))).toEqual({
      counted: ["Q2 2021-22: 8"],
      said: ['Not counted: sheet "Q1 2021-22", an earlier round of sheet "Q2 2021-22", the latest rated (8 actions worded the same); to count another round, choose the tracker sheets in the settings.'],
    });
  });

  it("takes a row copied by mistake on the earlier round, the same number and wording, for the action it copies, which is on the latest", () => {
    const copied = [...rows.slice(0, 5), rows[4]!, ...rows.slice(5, 7)];
    expect(repeats(quarter("Q1 2021-22", q1, copied), quarter("Q2 2021-22", q2, rows.slice(0, 7))).said).toEqual([
      'Not counted: sheet "Q1 2021-22", an earlier round of sheet "Q2 2021-22", the latest rated (7 actions worded the same); to count another round, choose the tracker sheets in the settings.',
    ]);
  });

  it("says one of them is on no later round where the latest holds that wording once", () => {
    expect(repeats(quarter("Q1 2021-22", q1), quarter("Q2 2021-22", q2, rows.slice(0, 7))).said).toEqual([
      'Not counted: sheet "Q1 2021-22", an earlier round of sheet "Q2 2021-22", the latest rated (7 of its 8 actions worded the same); 1 action of it is on no later round, so is not counted either; if it is no earlier round, choose the tracker sheets in the settings.',
    ]);
  });
});

describe("a plan's rounds, one of whose actions has no wording", () => {
  // The peer review plan kept a sheet a quarter; recommendation 21 kept with its number, response and rating but no recommendation or specific action.
  const HEADER = ["Category", "Rec No", "Recommendation", "Specific Actions", "Response", "RAG Rating"];
  const BARE = 21;
  const quarter = (name: string, rating: (r: string) => string, { keep = PEER_REVIEW_ROWS, worded = false } = {}) =>
    sheet(name, [
      HEADER,
      ...keep.map(([category, no, recommendation, r]) => {
        const [actions, response] = detail(no);
        return no === BARE && !worded ? [category, no, null, null, response, rating(r)] : [category, no, recommendation, actions, response, rating(r)];
      }),
    ]);
  const lastQuarter = (r: string) => (r === "B" ? "Green" : r === "G" ? "Amber" : NAME[r]!);
  const now = (r: string) => NAME[r]!;

  it("finds it on the later round by its number", () => {
    expect(repeats(quarter("Q1 2021-22", lastQuarter), quarter("Q2 2021-22", now))).toEqual({
      counted: ["Q2 2021-22: 26"],
      said: [
        'Not counted: sheet "Q1 2021-22", an earlier round of sheet "Q2 2021-22", the latest rated (25 actions worded the same, and 1 with no wording but the same number); to count another round, choose the tracker sheets in the settings.',
      ],
    });
  });

  it("finds it by its number where the later round has worded it since", () => {
    expect(repeats(quarter("Q1 2021-22", lastQuarter), quarter("Q2 2021-22", now, { worded: true })).said).toEqual([
      'Not counted: sheet "Q1 2021-22", an earlier round of sheet "Q2 2021-22", the latest rated (25 actions worded the same, and 1 with no wording but the same number); to count another round, choose the tracker sheets in the settings.',
    ]);
  });

  it("says it is on no later round where the later round has no action of its number", () => {
    const without = PEER_REVIEW_ROWS.filter(([, no]) => no !== BARE);
    expect(repeats(quarter("Q1 2021-22", lastQuarter), quarter("Q2 2021-22", now, { keep: without })).said).toEqual([
      'Not counted: sheet "Q1 2021-22", an earlier round of sheet "Q2 2021-22", the latest rated (25 of its 26 actions worded the same); 1 action of it is on no later round, so is not counted either; if it is no earlier round, choose the tracker sheets in the settings.',
    ]);
  });

  it("finds it by its number under the same review alone, where both rounds name reviews", () => {
    /** The quarter with a Review column: every action the peer review's, action 21 that of `review21`. */
    const reviewed = (s: SheetSnapshot, review21: string) => sheet(s.name, s.values.map((row, r) => [r === 0 ? "Review" : row[1] === BARE ? review21 : "Peer Review", ...row]));
    const q1 = reviewed(quarter("Q1 2021-22", lastQuarter), "Peer Review");
    expect(repeats(q1, reviewed(quarter("Q2 2021-22", now), "Peer Review")).said).toEqual([
      'Not counted: sheet "Q1 2021-22", an earlier round of sheet "Q2 2021-22", the latest rated (25 actions worded the same, and 1 with no wording but the same number); to count another round, choose the tracker sheets in the settings.',
    ]);
    expect(repeats(q1, reviewed(quarter("Q2 2021-22", now), "Delivery Plan")).said).toEqual([
      'Not counted: sheet "Q1 2021-22", an earlier round of sheet "Q2 2021-22", the latest rated (25 of its 26 actions worded the same); 1 action of it is on no later round, so is not counted either; if it is no earlier round, choose the tracker sheets in the settings.',
    ]);
  });

  it("says both where another action is on no later round", () => {
    const without = PEER_REVIEW_ROWS.filter(([, no]) => no !== 26);
    expect(repeats(quarter("Q1 2021-22", lastQuarter), quarter("Q2 2021-22", now, { keep: without })).said).toEqual([
      'Not counted: sheet "Q1 2021-22", an earlier round of sheet "Q2 2021-22", the latest rated (24 of its 26 actions worded the same, and 1 with no wording but the same number); 1 action of it is on no later round, so is not counted either; if it is no earlier round, choose the tracker sheets in the settings.',
    ]);
  });
});

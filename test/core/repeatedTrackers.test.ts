import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
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

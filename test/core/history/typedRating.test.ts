/**
 * What an invalid rating said ("Yellow", "TBC", "b/g"), kept by a recorded report so the next pack, the
 * changes and the pane can say "Invalid: Yellow → Amber", on the rows of the peer review action plan.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../../src/core/analyse";
import { settingsSchema } from "../../../src/core/settings";
import type { CellValue, SheetSnapshot } from "../../../src/core/cells";
import { liveSnapshot, recordSnapshot, storedSnapshots, withSnapshot, withoutWording } from "../../../src/core/history/record";
import { compareSnapshots, type Changes } from "../../../src/core/history/changes";
import { changeSentence } from "../../../src/core/history/changeSentences";
import { changesJsonSchema, toChangesJson } from "../../../src/core/history/changesJson";
import { buildPackPlan } from "../../../src/core/history/packPlan";
import { readSnapshot, sealSnapshot, TYPED_RATING_LENGTH, typedRating, type Snapshot } from "../../../src/core/history/snapshot";
import { unrecordedChanges } from "../../../src/core/history/unrecordedChanges";
import { changesText } from "../../../src/cli/changesReport";
import type { SheetPlan } from "../../../src/core/writePlan";
import { peerReviewSheet } from "../../fixtures/peerReview";

const TODAY = "2022-06-01";
const JULY = "2021-07-13";
const NOVEMBER = "2021-11-01";

function analysisOf(sheet: SheetSnapshot, date: string) {
  return analyseWorkbook({ sheets: [sheet] }, settingsSchema.parse({ asOf: date }), TODAY);
}

/** The peer review plan with some ratings typed otherwise, and some recommendations no longer in it. */
function peerReview(ratings: Partial<Record<number, CellValue>>, removed: number[] = []): SheetSnapshot {
  const sheet = peerReviewSheet(ratings);
  return { ...sheet, values: sheet.values.filter((r) => !removed.includes(r[1] as number)) };
}

const meta = (date: string) => ({ date, recordedAt: `${date}T09:00:00Z`, recordedBy: null });
// As the team typed them in July: recommendation 3 "Yellow", 19 "TBC", 24 a name, 25 " b/g " with spaces round it.
const julyPlan = peerReview({ 3: "Yellow", 19: "TBC", 24: "Ask Jo", 25: " b/g " });
const july = recordSnapshot(analysisOf(julyPlan, JULY), meta(JULY));
// By November: 3 made Amber and 25 Blue; 19 retyped "Yellow", still no rating; 26 made "TBC"; 24 taken out of the plan.
const novemberAnalysis = analysisOf(peerReview({ 3: "A", 19: "Yellow", 25: "B", 26: "TBC" }, [24]), NOVEMBER);
const november = liveSnapshot(novemberAnalysis, july);
const changes = compareSnapshots(july, november, "now");

const byRef = (s: Snapshot, ref: number) => s.actions.find((a) => a.ref === String(ref))!;
const texts = (row: SheetPlan["rows"][number]) => row.map((c) => ("value" in c ? String(c.value) : ""));

/** The pack's rows under a list's heading, up to the blank row that ends it. */
function listRows(plan: SheetPlan, heading: string): string[][] {
  const rows = plan.rows.map(texts);
  const start = rows.findIndex((r) => r[0]?.startsWith(`${heading} (`));
  expect(start, heading).toBeGreaterThan(0);
  const end = rows.findIndex((r, i) => i > start && r.every((t) => t === ""));
  return rows.slice(start + 2, end);
}

describe("a recorded report and an invalid rating", () => {
  it("keeps what was typed, trimmed, beside the rating Invalid", () => {
    expect([3, 19, 24, 25].map((no) => [byRef(july, no).rating, byRef(july, no).typedRating])).toEqual([
      ["Invalid", "Yellow"],
      ["Invalid", "TBC"],
      ["Invalid", "Ask Jo"],
      ["Invalid", "b/g"],
    ]);
  });

  it("keeps nothing more for any other rating, so a plan rated throughout stores no more than before", () => {
    expect(july.actions.filter((a) => a.typedRating !== undefined).map((a) => a.ref)).toEqual(["3", "19", "24", "25"]);
    const rated = recordSnapshot(analysisOf(peerReviewSheet({ 5: "" }), JULY), meta(JULY));
    expect(byRef(rated, 5).rating).toBe("Unrated");
    expect(JSON.stringify(rated)).not.toContain("typedRating");
  });

  it(`keeps at most ${TYPED_RATING_LENGTH} characters of it, ending with "…", and never half an emoji`, () => {
    // Not a rating with words after it ("Green – on track", read as Green): no rating begins it.
    const pasted = "To be agreed – see the note from the Strategic Partners' meeting in May";
    expect(typedRating(pasted)).toBe("To be agreed – see the note from the St…");
    expect(Array.from(typedRating(pasted))).toHaveLength(TYPED_RATING_LENGTH);
    expect(typedRating("x".repeat(TYPED_RATING_LENGTH))).toBe("x".repeat(TYPED_RATING_LENGTH));
    const emoji = `${"🟡".repeat(45)}`;
    expect(typedRating(emoji)).toBe(`${"🟡".repeat(TYPED_RATING_LENGTH - 1)}…`);
    // A date or an error value in the rating cell is quoted as the findings quote it.
    expect(typedRating(new Date(Date.UTC(2021, 9, 25)))).toBe("25 October 2021");
    expect(typedRating({ error: "#N/A" })).toBe("#N/A");
    const report = recordSnapshot(analysisOf(peerReviewSheet({ 7: pasted }), JULY), meta(JULY));
    expect(byRef(report, 7).typedRating).toBe("To be agreed – see the note from the St…");
  });
});

describe("what an invalid rating said, in the lists of changes", () => {
  it("is said in the pack's Was column, and in its Now column from the plan as it stands", () => {
    const plan = buildPackPlan(novemberAnalysis, changes);
    expect(listRows(plan, "Moved rating").map((r) => [r[1], ...r.slice(3, 6)])).toEqual([
      ["3", "Invalid: Yellow", "Amber", "rating corrected"],
      ["25", "Invalid: b/g", "Blue", "rating corrected"],
      ["26", "Blue", "Invalid: TBC", "rating made invalid"],
    ]);
    expect(listRows(plan, "Removed from the plan").map((r) => [r[1], r[3]])).toEqual([["24", "Invalid: Ask Jo"]]);
  });

  it("is no move when only the words of an invalid rating changed: TBC retyped Yellow is still no rating", () => {
    expect(changes.moves.map((m) => m.after.ref)).toEqual(["3", "25", "26"]);
    expect([byRef(july, 19).typedRating, byRef(november, 19).typedRating]).toEqual(["TBC", "Yellow"]);
    expect(changeSentence(changes)).toBe("Since 13 July 2021: 1 action rated amber; 1 action rated blue; 1 action now with an invalid rating; 1 action removed; 2 actions with no progress reported.");
    expect(changes.byReview[0]).toMatchObject({ improved: 0, worsened: 0, neitherBetterNorWorse: 3 });
    // Nor is it a change of the plan that the report of the day would need recording again for.
    const report = recordSnapshot(analysisOf(julyPlan, JULY), meta(JULY));
    const retyped = analysisOf(peerReview({ 3: "Yellow", 19: "Yellow", 24: "Ask Jo", 25: " b/g " }), JULY);
    expect(unrecordedChanges(report, liveSnapshot(retyped, report), undefined)).toEqual({ ratings: 0, edited: 0, added: 0, removed: 0 });
  });

  it("is said in the changes text and JSON, whose schema takes the field", () => {
    const said = changesText({ changes, sentence: changeSentence(changes), notes: [], problems: [] }).split("\n");
    expect(said).toContain("  Peer Review 3: Specific actions for recommendation 3. — Invalid: Yellow → Amber (rating corrected)");
    expect(said).toContain("  Peer Review 25: Specific actions for recommendation 25. — Invalid: b/g → Blue (rating corrected)");
    expect(said).toContain("  Peer Review 26: Strategic Partners have initial discussions. — Blue → Invalid: TBC (rating made invalid)");
    const json = changesJsonSchema.parse(JSON.parse(JSON.stringify(toChangesJson({ changes, sentence: changeSentence(changes), notes: [], problems: [] }))));
    expect(json.changes.moves.map((m) => [m.before.typedRating, m.after.typedRating])).toEqual([
      ["Yellow", undefined],
      ["b/g", undefined],
      [undefined, "TBC"],
    ]);
    expect(json.changes.removed.map((a) => a.typedRating)).toEqual(["Ask Jo"]);
    // A rating that is not invalid carries no such field.
    expect(Object.keys(json.changes.moves[0]!.after)).not.toContain("typedRating");
    const withNumber = { ...json, changes: { ...json.changes, removed: [{ ...json.changes.removed[0]!, typedRating: 7 }] } };
    expect(changesJsonSchema.safeParse(withNumber).success).toBe(false);
  });
});

describe("a report recorded before invalid ratings were kept", () => {
  // As an earlier version stored it: no typedRating, sealed over what it held.
  const { seal: _seal, ...held } = july;
  const earlier = sealSnapshot({ ...held, actions: held.actions.map(({ typedRating: _typed, ...a }) => a) });
  const stored = JSON.stringify(earlier);

  it("still reads, trusted, and says of an invalid rating only that it was one", () => {
    expect(stored).not.toContain("typedRating");
    const read = readSnapshot(stored, "13 July 2021");
    expect(read.ok).toBe(true);
    const older = (read as { ok: true; snapshot: Snapshot }).snapshot;
    const since = compareSnapshots(older, liveSnapshot(novemberAnalysis, older), "now");
    const plan = buildPackPlan(novemberAnalysis, since);
    expect(listRows(plan, "Moved rating").map((r) => [r[1], r[3], r[4]])).toEqual([
      ["3", "invalid rating", "Amber"],
      ["25", "invalid rating", "Blue"],
      ["26", "Blue", "Invalid: TBC"],
    ]);
    expect(listRows(plan, "Removed from the plan").map((r) => r[3])).toEqual(["invalid rating"]);
    expect(changesText({ changes: since, sentence: changeSentence(since), notes: [], problems: [] })).toContain("— invalid rating → Amber (rating corrected)");
    // Compared with a report that keeps the words, the same moves are found: the words are no part of the rating.
    const ids = (c: Changes) => c.moves.map((m) => [m.after.id, m.direction]);
    expect(ids(since)).toEqual(ids(changes));
  });
});

describe("Remove wording and what an invalid rating said", () => {
  it("takes it out with the titles: it is whatever was typed in the cell, a name as readily as a colour", () => {
    const removed = withoutWording(withSnapshot([], july));
    expect(removed).toMatchObject({ reports: 1, actions: july.actions.length });
    const [bare] = storedSnapshots(removed.records).snapshots;
    expect(bare!.actions.filter((a) => a.typedRating !== undefined)).toEqual([]);
    expect(byRef(bare!, 24).rating).toBe("Invalid");
    expect(removed.records[0]!.json).not.toContain("Ask Jo");
    expect(removed.records[0]!.json).not.toContain("b/g");
    const since = compareSnapshots(bare!, liveSnapshot(novemberAnalysis, bare), "now");
    const plan = buildPackPlan(novemberAnalysis, since);
    expect(listRows(plan, "Moved rating").map((r) => r[3])).toEqual(["invalid rating", "invalid rating", "Blue"]);
    expect(listRows(plan, "Removed from the plan").map((r) => [r[2], r[3]])).toEqual([["(wording not kept)", "invalid rating"]]);
  });

  it("counts an action whose only wording is what its rating said", () => {
    // A stray entry in the rating cell of a row with nothing else written is an action, so it is seen: its title is empty.
    const sheet = peerReviewSheet();
    const at = sheet.values.findIndex((r) => r[1] === 26) + 1;
    const stray = { ...sheet, values: [...sheet.values.slice(0, at), ["Finance", 27, "", "", "", "Ask Jo"], ...sheet.values.slice(at)] };
    const report = recordSnapshot(analysisOf(stray, JULY), meta(JULY));
    expect(byRef(report, 27)).toMatchObject({ title: "", rating: "Invalid", typedRating: "Ask Jo" });
    const removed = withoutWording(withSnapshot([], report));
    expect(removed).toMatchObject({ reports: 1, actions: report.actions.length });
    expect(removed.records[0]!.json).not.toContain("Ask Jo");
    expect(withoutWording(removed.records)).toMatchObject({ reports: 0, actions: 0 });
  });
});

describe("a rating written with words, which an earlier version recorded as invalid", () => {
  // Recommendations 3 and 7 kept as the team's drop-down writes them.
  const worded = peerReview({ 3: "Green - on track", 7: "Blue - Complete" });
  const recordedNow = recordSnapshot(analysisOf(worded, JULY), meta(JULY));
  /** The July report as a version before ratings with words were read recorded it: invalid, with no text kept. */
  const recordedBefore: Snapshot = {
    ...recordedNow,
    actions: recordedNow.actions.map(({ typedRating: _typed, ...a }) => (a.ref === "3" || a.ref === "7" ? { ...a, rating: "Invalid", complete: false } : a)),
  };

  it("keeps the words with the rating it reads", () => {
    const byRef = (ref: string) => recordedNow.actions.find((a) => a.ref === ref)!;
    expect([byRef("3").rating, byRef("3").typedRating, byRef("7").rating, byRef("7").typedRating]).toEqual(["Green", "Green - on track", "Blue", "Blue - Complete"]);
    expect(byRef("4").typedRating).toBeUndefined();
  });

  it("is not a rating corrected when nothing changed, whether the earlier report kept its text or not", () => {
    const now = liveSnapshot(analysisOf(worded, NOVEMBER), recordedBefore);
    expect(compareSnapshots(recordedBefore, now).moves).toEqual([]);
    expect(unrecordedChanges(recordedBefore, now, undefined).ratings).toBe(0);
    const keptText: Snapshot = { ...recordedBefore, actions: recordedBefore.actions.map((a) => (a.ref === "3" ? { ...a, typedRating: "Green - on track" } : a)) };
    expect(compareSnapshots(keptText, now).moves).toEqual([]);
  });

  it("is still a move where the earlier text reads as another rating, or as none", () => {
    const then: Snapshot = { ...recordedBefore, actions: recordedBefore.actions.map((a) => (a.ref === "3" ? { ...a, typedRating: "TBC" } : a.ref === "7" ? { ...a, typedRating: "Amber - delayed" } : a)) };
    const now = liveSnapshot(analysisOf(worded, NOVEMBER), then);
    expect(compareSnapshots(then, now).moves.map((m) => `${m.after.ref}: ${m.before.rating} → ${m.after.rating}`)).toEqual(["3: Invalid → Green", "7: Invalid → Blue"]);
  });
});

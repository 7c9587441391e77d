import { timeScaleMoveInWords } from "../../../src/core/history/moveWords";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { analyseWorkbook } from "../../../src/core/analyse";
import { settingsSchema } from "../../../src/core/settings";
import type { CellValue } from "../../../src/core/cells";
import { recordSnapshot, storedSnapshots, withSnapshot, withoutSnapshot, withoutWording } from "../../../src/core/history/record";
import { compareSnapshots, type Changes } from "../../../src/core/history/changes";
import { changeSentence } from "../../../src/core/history/changeSentences";
import { readSnapshot, type Snapshot, type SnapshotAction } from "../../../src/core/history/snapshot";
import { trend } from "../../../src/core/history/trend";
import { buildHistoryPlan } from "../../../src/core/history/historyPlan";
import { buildPackPlan } from "../../../src/core/history/packPlan";
import { caseReviewSheet } from "../../fixtures/caseReviews";

/** The day the tests run, after every date their rows hold: reports are of earlier dates, as when a past report is reproduced. */
const TODAY = "2022-06-01";

/** The older snapshot's actions with the changes applied: complete changes make it equal, as a set, to the newer one's. */
function applyChanges(older: SnapshotAction[], changes: Pick<Changes, "added" | "removed" | "modified">): SnapshotAction[] {
  const removed = new Set(changes.removed.map((r) => r.id));
  const replaced = new Map(changes.modified.map((m) => [m.beforeId, m.after]));
  return [...older.filter((a) => !removed.has(a.id)).map((a) => replaced.get(a.id) ?? a), ...changes.added];
}

const RESPONSE = 5;
const DUE = 7;
const UPDATED = 8;
const RATING = 9;
const meta = (date: string) => ({ date, recordedAt: `${date}T09:00:00Z`, recordedBy: "Business Manager" });

function snapshotOf(rows: CellValue[][], date: string, previous?: Snapshot): Snapshot {
  const sheet = caseReviewSheet();
  sheet.values = [sheet.values[0]!, sheet.values[1]!, ...rows];
  const analysis = analyseWorkbook({ sheets: [sheet] }, settingsSchema.parse({ asOf: date }), TODAY);
  return recordSnapshot(analysis, meta(date), previous);
}

const baseRows = () => caseReviewSheet().values.slice(2).map((r) => [...r]);
const byRef = (s: Snapshot, review: string, ref: string) => s.actions.find((a) => a.review === review && a.ref === ref)!;

describe("what changed between two reports", () => {
  // Frankie 13 (amber) last updated 1 May 2021: 73 days by 13 July, fresh; 184 days by 1 November, stale.
  const FRANKIE_13 = 12;
  const startRows = () => {
    const rows = baseRows();
    rows[FRANKIE_13]![UPDATED] = new Date(Date.UTC(2021, 4, 1));
    return rows;
  };
  const first = snapshotOf(startRows(), "2021-07-13");
  const rows = startRows();
  // Frankie 12 (amber) → blue; Leo 1 (blue) → amber; Leo 2 (green) response edited.
  rows[11]![RATING] = "Blue";
  rows[32]![RATING] = "Amber";
  rows[33]![RESPONSE] = "New update: training delivered to 40 staff.";
  // Leo 6 becomes overdue; Sam and Kyle 3 renumbered to 30 and moved to the end.
  rows[37]![DUE] = "June 2021";
  const moved = rows.splice(16, 1)[0]!;
  moved[1] = 30;
  rows.push(moved);
  // One Frankie action removed, one new Leo action, and a new Leo action already stale (last updated 1 June: 153 days).
  rows.splice(13, 1);
  rows.push(["Leo", 15, "Information sharing", "New recommendation", "Hold a learning event on information sharing.", "Planned.", "Health", "March 2022", new Date(Date.UTC(2021, 10, 1)), "Green"]);
  rows.push(["Leo", 16, "Professional curiosity", "New recommendation", "Audit the use of the escalation policy.", "Scoped in June.", "Police", "March 2022", new Date(Date.UTC(2021, 5, 1)), "Amber"]);
  const second = snapshotOf(rows, "2021-11-01", first);
  const changes = compareSnapshots(first, second);

  it("lists moves with their direction, keeping identity across a renumbered, moved row", () => {
    expect(changes.moves.map((m) => [m.after.review, m.after.ref, m.before.rating, m.after.rating, m.direction])).toEqual([
      ["Frankie", "12", "Amber", "Blue", "improved"],
      ["Leo", "1", "Blue", "Amber", "worsened"],
    ]);
    const renumbered = byRef(second, "Sam and Kyle", "30");
    expect(renumbered.id).toBe(byRef(first, "Sam and Kyle", "3").id);
    expect(changes.modified.find((m) => m.after.ref === "30")?.beforeId).toBe("Sam and Kyle#3");
  });

  it("lists new and removed actions", () => {
    expect(changes.added.map((a) => [a.review, a.ref])).toEqual([
      ["Leo", "15"],
      ["Leo", "16"],
    ]);
    expect(changes.removed.map((a) => [a.review, a.ref])).toEqual([["Frankie", "14"]]);
  });

  it("does not take a space or line break added at a response's edge for progress", () => {
    const edged = startRows();
    edged[34]![RESPONSE] = `  ${String(edged[34]![RESPONSE])}\n`;
    const later = compareSnapshots(first, snapshotOf(edged, "2021-11-01", first));
    expect(later.noProgress.map((a) => `${a.review} ${a.ref}`)).toContain(`${edged[34]![0]} ${edged[34]![1]}`);
  });

  it("does not take a progress update cleared for progress", () => {
    const cleared = startRows();
    cleared[34]![RESPONSE] = null;
    const later = compareSnapshots(first, snapshotOf(cleared, "2021-11-01", first));
    expect(later.noProgress.map((a) => `${a.review} ${a.ref}`)).toContain(`${cleared[34]![0]} ${cleared[34]![1]}`);
  });

  it("does not take a rating typed over a progress update for progress, and says so in the check", () => {
    const overtyped = startRows();
    overtyped[34]![RESPONSE] = " green ";
    const later = snapshotOf(overtyped, "2021-11-01", first);
    expect(compareSnapshots(first, later).noProgress.map((a) => `${a.review} ${a.ref}`)).toContain(`${overtyped[34]![0]} ${overtyped[34]![1]}`);
    const sheet = caseReviewSheet();
    sheet.values = [sheet.values[0]!, sheet.values[1]!, ...overtyped];
    const findings = analyseWorkbook({ sheets: [sheet] }, settingsSchema.parse({ asOf: "2021-11-01" }), TODAY).findings.filter((f) => f.code === "rating-as-progress");
    expect(findings.map((f) => [f.row, f.column, f.message])).toEqual([
      [37, "F", 'Row 37: the progress update in column F says only "Green", a rating, not what was done, so the action is counted as reporting no progress; if a rating was typed in the wrong column, put the update back and type the rating in column J.'],
    ]);
  });

  it("notices actions not complete whose response has not changed", () => {
    const refs = changes.noProgress.map((a) => `${a.review} ${a.ref}`);
    expect(refs).not.toContain("Leo 2"); // response edited
    expect(refs).not.toContain("Frankie 12"); // now complete
    expect(refs).toContain("Leo 3");
    expect(refs).not.toContain("Leo 1"); // complete (blue) at the earlier report: its fall to amber is listed as a move, not as no progress
  });

  it("notices newly stale and newly overdue actions", () => {
    expect(changes.newlyOverdue.map((a) => `${a.review} ${a.ref}`)).toEqual(["Leo 6"]);
    // Frankie 13 passed the 90 days between the reports. The rest, updated 1 September, are 61
    // days old on 1 November: not stale. Leo 16 is new and already stale: new, not "newly" stale.
    expect(byRef(first, "Frankie", "13").stale).toBe(false);
    expect(byRef(second, "Frankie", "13").stale).toBe(true);
    expect(changes.newlyStale.map((a) => `${a.review} ${a.ref}`)).toEqual(["Frankie 13"]);
    expect(changes.added.find((a) => a.ref === "16")?.stale).toBe(true);
  });

  it("lists a time scale re-set, with both dates: a target put back takes an action off the overdue list with no progress made", () => {
    // Leo 6's time scale brought forward to June 2021, so overdue.
    expect(changes.timeScaleMoved.map(({ before, after }) => [`${after.review} ${after.ref}`, before.due, after.due])).toEqual([["Leo 6", byRef(first, "Leo", "6").due, "2021-06-30"]]);
    expect(timeScaleMoveInWords(changes.timeScaleMoved[0]!)).toMatch(/^(end of \w+|\d+ \w+) \d{4} → end of June 2021, brought forward$/);
    // Put back instead, past the report date: off the overdue list, and said.
    const rows = startRows();
    rows[37]![DUE] = "March 2022";
    const putBack = compareSnapshots(first, snapshotOf(rows, "2021-11-01", first));
    expect(putBack.newlyOverdue).toEqual([]);
    expect(putBack.timeScaleMoved.map((m) => `${m.after.review} ${m.after.ref}: ${timeScaleMoveInWords(m)}`)).toEqual([expect.stringMatching(/^Leo 6: .* → end of March 2022, put back$/)]);
    expect(changeSentence(putBack)).toMatch(/; 1 time scale moved \(put back\)\.$/);
    // Cleared, or overwritten with words that give no date, it leaves the overdue list as surely: said too.
    for (const [due, said] of [["", "cleared"], ["Quarterly", "words with no date"]] as const) {
      rows[37]![DUE] = due;
      const takenOff = compareSnapshots(first, snapshotOf(rows, "2021-11-01", first));
      expect(takenOff.timeScaleMoved.map((m) => `${m.after.review} ${m.after.ref}: ${timeScaleMoveInWords(m)}`), said).toEqual([expect.stringMatching(/^Leo 6: .* → no date, taken off$/)]);
      expect(changeSentence(takenOff), said).toMatch(/; 1 time scale moved \(taken off\)\.$/);
    }
    // A target set where there was none ("TBC" made a date) is the news a committee asked for: said too.
    rows[37]![DUE] = "TBC";
    const tbc = snapshotOf(rows, "2021-11-01", first);
    rows[37]![DUE] = "FY 2022/23";
    const set = compareSnapshots(tbc, snapshotOf(rows, "2022-01-10", tbc));
    expect(set.timeScaleMoved.map((m) => `${m.after.review} ${m.after.ref}: ${timeScaleMoveInWords(m)}`)).toEqual(["Leo 6: no date → end of March 2023, set"]);
    expect(changeSentence(set)).toMatch(/; 1 time scale moved \(set\)\.$/);
    // A complete action's date does not matter: not listed.
    rows[37]![RATING] = "Blue";
    expect(compareSnapshots(first, snapshotOf(rows, "2021-11-01", first)).timeScaleMoved).toEqual([]);
  });

  it("groups a count of thousands in the sentence, as every count there", () => {
    const many = { ...changes, newlyOverdue: Array.from({ length: 1111 }, () => changes.newlyOverdue[0]!) };
    expect(changeSentence(many)).toContain("; 1,111 actions newly overdue;");
  });

  it("counts per review and says it in a sentence", () => {
    const leo = changes.byReview.find((g) => g.name === "Leo")!;
    expect(leo).toMatchObject({ improved: 0, worsened: 1, added: 2, newlyStale: 0, newlyOverdue: 1 });
    expect(changes.byReview.find((g) => g.name === "Frankie")).toMatchObject({ improved: 1, removed: 1, newlyStale: 1, newlyOverdue: 0 });
    expect(changes.byReview.find((g) => g.name === "Sam and Kyle")).toMatchObject({ newlyStale: 0 });
    expect(changeSentence(changes)).toMatch(/^Since 13 July 2021: 1 action moved to blue; 1 action worsened to amber; 2 new actions; 1 action removed; \d+ actions with no progress reported; 1 action newly past 90 days without an update; 1 action newly overdue; 1 time scale moved \(brought forward\)\.$/);
  });

  it("says first that no rating changed, then what else did", () => {
    // The same rows as at the first report: nothing moved, Frankie 13 passed 90 days, and responses stood still.
    const still = compareSnapshots(first, snapshotOf(startRows(), "2021-11-01", first));
    expect(still.moves).toEqual([]);
    expect(changeSentence(still)).toMatch(/^No ratings changed since 13 July 2021; \d+ actions with no progress reported; 1 action newly past 90 days without an update\.$/);
  });

  it("gives back the newer snapshot when the changes are applied to the older", () => {
    const sort = (list: SnapshotAction[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(sort(applyChanges(first.actions, changes))).toEqual(sort(second.actions));
  });

  it("keeps many snapshots in the store, one per date, and deletes one", () => {
    let records = withSnapshot(withSnapshot([], second), first);
    records = withSnapshot(records, second);
    expect(storedSnapshots(records).snapshots.map((s) => s.date)).toEqual(["2021-07-13", "2021-11-01"]);
    records = withoutSnapshot(records, "2021-07-13");
    expect(storedSnapshots(records).snapshots.map((s) => s.date)).toEqual(["2021-11-01"]);
  });

  it("removes the actions' wording from the readable stored reports, which stay trusted and still match actions by their text", () => {
    const altered = { kind: "snapshot", id: "2021-03-01", json: JSON.stringify({ ...first, date: "2021-03-01" }) };
    const settings = { kind: "settings", id: "settings", json: "{}" };
    const records = [...withSnapshot(withSnapshot([], first), second), altered, settings];
    const removed = withoutWording(records);
    expect([removed.reports, removed.actions]).toEqual([2, first.actions.length + second.actions.length]);
    // The report that cannot be read is left exactly as it was, and so is the settings record.
    expect(removed.records.slice(2)).toEqual([altered, settings]);
    const stored = storedSnapshots(removed.records);
    expect(stored.problems).toHaveLength(1);
    const [bare1, bare2] = stored.snapshots;
    expect([...bare1!.actions, ...bare2!.actions].every((a) => a.title === "")).toBe(true);
    expect(JSON.stringify(removed.records.slice(0, 2))).not.toContain("Hold a learning event");
    // Everything but the wording is as recorded, so the same changes are found.
    const bareChanges = compareSnapshots(bare1!, bare2!);
    const place = (a: SnapshotAction) => `${a.review} ${a.ref}`;
    const ids = (c: Changes) => [c.moves.map((m) => place(m.after)), c.added.map(place), c.removed.map(place), c.noProgress.map(place), c.newlyStale.map(place)];
    expect(ids(bareChanges)).toEqual(ids(changes));
    // Identities hold no names: each is a number, the same in both reports.
    expect([...bare1!.actions, ...bare2!.actions].every((a) => /^a\d+$/.test(a.id))).toBe(true);
    expect(byRef(bare2!, "Leo", "3").id).toBe(byRef(bare1!, "Leo", "3").id);
    // The next report carries identities by the text fingerprints: a row moved and renumbered keeps its history.
    const later = rows.map((r) => [...r]);
    const leo3 = later.findIndex((r) => r[0] === "Leo" && r[1] === 3);
    const [row] = later.splice(leo3, 1);
    row![1] = 40;
    later.push(row!);
    const next = snapshotOf(later, "2022-02-01", bare2);
    expect(next.actions.find((a) => a.ref === "40")!.id).toBe(byRef(bare2!, "Leo", "3").id);
    // The same pairs as with the wording: each identity of the bare report stands for the worded one's.
    const wordedId = new Map(bare2!.actions.map((a, i) => [a.id, second.actions[i]!.id]));
    expect(next.actions.map((a) => wordedId.get(a.id) ?? a.id)).toEqual(snapshotOf(later, "2022-02-01", second).actions.map((a) => a.id));
    // What the wording bought: an action reworded in place is matched by its similar words; without them, by its recommendation's
    // fingerprint, which is kept; with another recommendation as well, it is new.
    const leo4 = later.find((r) => r[0] === "Leo" && r[1] === 4)!;
    leo4[4] = `${String(leo4[4])} Report progress to the Strategic Board.`;
    expect(snapshotOf(later, "2022-02-01", second).actions.find((a) => a.review === "Leo" && a.ref === "4")!.id).toBe(byRef(second, "Leo", "4").id);
    expect(snapshotOf(later, "2022-02-01", bare2).actions.find((a) => a.review === "Leo" && a.ref === "4")!.id).toBe(byRef(bare2!, "Leo", "4").id);
    leo4[3] = `${String(leo4[3])} (revised)`;
    expect(snapshotOf(later, "2022-02-01", second).actions.find((a) => a.review === "Leo" && a.ref === "4")!.id).toBe(byRef(second, "Leo", "4").id);
    expect(snapshotOf(later, "2022-02-01", bare2).actions.find((a) => a.review === "Leo" && a.ref === "4")!.id).not.toBe(byRef(bare2!, "Leo", "4").id);
    leo4[3] = String(leo4[3]).replace(" (revised)", "");
    // Two reports without wording never pair unrelated actions: one put in another's place under its number is removed and new, not moved.
    const replaced = rows.map((r) => [...r]);
    const leo3row = replaced.find((r) => r[0] === "Leo" && r[1] === 3)!;
    leo3row[3] = "Commission an independent audit of transport arrangements";
    leo3row[4] = "Procure the auditor and agree the terms of reference.";
    leo3row[RATING] = "Red";
    const third = snapshotOf(replaced, "2022-02-01", second);
    const bare = storedSnapshots(withoutWording(withSnapshot(withSnapshot([], second), third)).records).snapshots;
    // And an action reworded between two reports recorded with their wording stays one action once the wording is removed.
    const reworded = replaced.map((r) => [...r]);
    const leo4Row = reworded.find((r) => r[0] === "Leo" && r[1] === 4)!;
    leo4Row[4] = `${String(leo4Row[4])} Report progress to the Strategic Board.`;
    const fourth = snapshotOf(reworded, "2022-05-01", third);
    const [bareThird, bareFourth] = storedSnapshots(withoutWording(withSnapshot(withSnapshot([], third), fourth)).records).snapshots;
    const ids4 = (c: Changes) => [c.added.map(place), c.removed.map(place), c.moves.length];
    expect(ids4(compareSnapshots(bareThird!, bareFourth!))).toEqual(ids4(compareSnapshots(third, fourth)));
    expect(compareSnapshots(third, fourth).added).toEqual([]);
    // Leo 4, matched by its similar words in a later pass than the rest, is still listed in the plan's order.
    const noProgress = compareSnapshots(third, fourth).noProgress.map((a) => fourth.actions.indexOf(a));
    expect(noProgress).toContain(fourth.actions.findIndex((a) => a.review === "Leo" && a.ref === "4"));
    expect(noProgress).toEqual([...noProgress].sort((x, y) => x - y));
    for (const [older, newer] of [[second, third], bare as [Snapshot, Snapshot]] as const) {
      const c = compareSnapshots(older, newer);
      expect([c.moves.length, c.added.map((a) => `${a.review} ${a.ref}`), c.removed.map((a) => `${a.review} ${a.ref}`)]).toEqual([0, ["Leo 3"], ["Leo 3"]]);
    }
    const analysis = analyseWorkbook({ sheets: [caseReviewSheet()] }, settingsSchema.parse({ asOf: "2021-11-01" }), "2021-11-01");
    const texts = buildPackPlan(analysis, bareChanges).rows.flat().map((c) => ("value" in c ? c.value : ""));
    expect(texts).toContain("(wording not kept)");
    expect(withoutWording(removed.records)).toMatchObject({ reports: 0, actions: 0 });
  });

  it("an action reworded under the same number and recommendation is the same action, and its move is reported", () => {
    // As teams fill in a placeholder: the peer review plan's "To be agreed." becomes the agreed action, and its rating moves.
    const later = baseRows();
    const frankie12 = later.find((r) => r[0] === "Frankie" && r[1] === 12)!;
    frankie12[4] = "Agree a programme of multi-agency audits with the Southend, Essex and Thurrock boards.";
    frankie12[RATING] = "Blue";
    const then = snapshotOf(baseRows(), "2021-07-13");
    const now = snapshotOf(later, "2021-11-01", then);
    const c = compareSnapshots(then, now);
    expect([c.added, c.removed]).toEqual([[], []]);
    expect(c.moves.map((m) => [m.after.review, m.after.ref, m.before.rating, m.after.rating])).toEqual([["Frankie", "12", "Amber", "Blue"]]);
    // Another recommendation under that number, with other wording, is another action.
    const replaced = baseRows();
    const row = replaced.find((r) => r[0] === "Frankie" && r[1] === 12)!;
    row[3] = "Commission an independent audit of transport arrangements";
    row[4] = "Procure the auditor and agree the terms of reference.";
    const other = compareSnapshots(then, snapshotOf(replaced, "2021-11-01", then));
    expect([other.added.map((a) => a.ref), other.removed.map((a) => a.ref)]).toEqual([["12"], ["12"]]);
    // Across a renamed review too: the review renamed in every row, the action reworded as before.
    const renamed = later.map((r) => (r[0] === "Frankie" ? ["Frankie (child F)", ...r.slice(1)] : [...r]));
    const across = compareSnapshots(then, snapshotOf(renamed, "2021-11-01", then));
    expect([across.added, across.removed, across.renamedReviews]).toEqual([[], [], [{ from: "Frankie", to: "Frankie (child F)" }]]);
    expect(across.moves.map((m) => [m.after.review, m.after.ref, m.before.rating, m.after.rating])).toEqual([["Frankie (child F)", "12", "Amber", "Blue"]]);
    // A report recorded before recommendations were kept apart cannot tell: the reworded action stays new.
    const { recommendation: _kept, ...withoutRecommendation } = then.actions.find((a) => a.review === "Frankie" && a.ref === "12")!;
    const older = { ...then, actions: then.actions.map((a) => (a.review === "Frankie" && a.ref === "12" ? withoutRecommendation : a)) };
    expect(compareSnapshots(older, now).added.map((a) => a.ref)).toEqual(["12"]);
  });

  it("a recommendation shared by several actions (as the delivery plan's objectives are) pairs none of them", () => {
    // The delivery plan's own actions under one objective.
    const OBJECTIVE = "Safeguarding is everyone's business";
    const ACTIONS: Record<number, string> = {
      11: "Receive and review Annual Report from LADO",
      12: "Monitor use of Signs of Safety, promoting its benefits",
      13: "Receive and review an Annual Report from Essex Fire and Rescue Service",
    };
    const shared = () =>
      baseRows().map((r) => {
        const action = r[0] === "Frankie" ? ACTIONS[r[1] as number] : undefined;
        if (action) [r[3], r[4]] = [OBJECTIVE, action];
        return r;
      });
    const then = snapshotOf(shared(), "2021-07-13");
    const at = (rows: CellValue[][], ref: number) => rows.findIndex((r) => r[0] === "Frankie" && r[1] === ref);
    // Frankie 12 deleted; 13 renumbered 12 and a few words added: 13 moved, 12 removed, no rating moved.
    const later = shared();
    later.splice(at(later, 12), 1);
    const thirteen = later[at(later, 13)]!;
    thirteen[1] = 12;
    thirteen[4] = `${String(thirteen[4])} Report to the board.`;
    const c = compareSnapshots(then, snapshotOf(later, "2021-11-01", then));
    expect([c.moves, c.added, c.removed.map((a) => a.ref)]).toEqual([[], [], ["12"]]);
    expect(c.renumbered.map((r) => [r.before.ref, r.after.ref])).toEqual([["13", "12"]]);
    // Another action put in 12's place under the shared objective: removed and new, not a rating that moved.
    const replaced = shared();
    const twelve = replaced[at(replaced, 12)]!;
    twelve[4] = "Commission an independent review of the front door.";
    twelve[RATING] = "Red";
    const r = compareSnapshots(then, snapshotOf(replaced, "2021-11-01", then));
    expect([r.moves, r.added.map((a) => a.ref), r.removed.map((a) => a.ref)]).toEqual([[], ["12"], ["12"]]);
  });

  it("reports a snapshot altered outside the add-in instead of trusting it", () => {
    const json = JSON.stringify(first);
    expect(readSnapshot(json, "13 July 2021").ok).toBe(true);
    const altered = json.replace('"rating":"Amber"', '"rating":"Blue"');
    expect(readSnapshot(altered, "13 July 2021")).toEqual({ ok: false, reason: "altered", message: "The report recorded for 13 July 2021 was changed outside RAG Tracker, so it cannot be trusted; delete it and record a new one." });
    expect(readSnapshot(json.slice(0, 500), "13 July 2021")).toMatchObject({ ok: false, message: expect.stringContaining("damaged") });
    const problems = storedSnapshots([{ kind: "snapshot", id: "2021-07-13", json: altered }]).problems;
    expect(problems).toHaveLength(1);
  });

  it("names a move from a rating the RAG index no longer has as that, neither better nor worse", () => {
    // Frankie 12 was rated "Purple" under an earlier key; now it is blue.
    const frankie12 = (a: SnapshotAction) => a.review === "Frankie" && a.ref === "12";
    const earlier: Snapshot = { ...first, actions: first.actions.map((a) => (frankie12(a) ? { ...a, rating: "Purple" } : a)) };
    const c = compareSnapshots(earlier, second);
    expect(c.moves.find((m) => frankie12(m.after))?.direction).toBe("keyChanged");
    expect(c.byReview.find((g) => g.name === "Frankie")).toMatchObject({ improved: 0, neitherBetterNorWorse: 1 });
    expect(changeSentence(c)).toContain("1 action now blue, rated before under a name the RAG index no longer has");
  });

  it("builds the trend, the history sheet and the committee pack", () => {
    const t = trend([first, second]);
    expect(t.totals.map((p) => [p.date, p.counts.Blue, p.counts.Green, p.counts.Amber, p.total])).toEqual([
      ["2021-07-13", 28, 4, 14, 46],
      ["2021-11-01", 28, 5, 14, 47],
    ]);
    expect(t.byReview.map((r) => r.name)).toEqual(["Frankie", "Sam and Kyle", "Leo"]);
    const history = buildHistoryPlan(t, second);
    expect(history.charts[0]).toMatchObject({ kind: "stackedColumn", categories: { left: 1, right: 1 } });
    expect(history.rows.flat().some((c) => c.kind === "text" && c.value === "13 July 2021")).toBe(true);
    // A printed page says which reports it spans.
    expect(history.print.header).toBe("RAG History, 13 July 2021 to 1 November 2021");
    expect(buildHistoryPlan(trend([first]), first).print.header).toBe("RAG History, 13 July 2021");
    const analysis = analyseWorkbook({ sheets: [caseReviewSheet()] }, settingsSchema.parse({ asOf: "2021-11-01" }), "2021-11-01");
    const pack = buildPackPlan(analysis, changes);
    const texts = pack.rows.flat().map((c) => ("value" in c ? c.value : ""));
    expect(texts).toContain("Leo – 14 actions identified (1 blue, 4 green, and 9 amber)");
    expect(texts).toContain(changeSentence(changes));
    expect(pack.print).toMatchObject({ orientation: "landscape", paper: "A4" });
    const firstPack = buildPackPlan(analysis, undefined);
    expect(firstPack.rows.flat().some((c) => c.kind === "text" && c.value === "No report was recorded before 1 November 2021, so there is nothing to compare with yet.")).toBe(true);
  });
});

describe("applying reported changes reproduces the newer snapshot", () => {
  it("for any edit of ratings, responses, order, numbers, additions and removals", () => {
    const edit = fc.record({
      row: fc.nat(45),
      rating: fc.constantFrom("Blue", "Green", "Amber", "Red", "", "TBC"),
      response: fc.option(fc.string({ maxLength: 10 })),
      renumber: fc.boolean(),
      remove: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), fc.nat(3), fc.boolean(), (edits, additions, shuffle) => {
        const older = snapshotOf(baseRows(), "2021-07-13");
        const rows = baseRows();
        for (const e of edits) {
          const row = rows[e.row % rows.length];
          if (!row) continue;
          row[RATING] = e.rating;
          if (e.response !== null) row[RESPONSE] = e.response;
          if (e.renumber) row[1] = 100 + e.row;
        }
        for (const e of edits) if (e.remove && rows.length > 1) rows.splice(e.row % rows.length, 1);
        for (let i = 0; i < additions; i++) rows.push(["Leo", 200 + i, "Theme", `Added ${i}`, `Added action ${i}`, "", "Police", "", null, "Amber"]);
        if (shuffle) rows.reverse();
        for (const r of rows) r[UPDATED] = r[UPDATED] ?? null;
        const newer = snapshotOf(rows, "2021-11-01", older);
        const changes = compareSnapshots(older, newer);
        const sort = (list: SnapshotAction[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
        expect(sort(applyChanges(older.actions, changes))).toEqual(sort(newer.actions));
        // Every move, to a blank or unreadable rating too, is counted in the tables as in the list.
        for (const groups of [changes.byReview, changes.byCategory]) {
          expect(groups.reduce((n, g) => n + g.improved + g.worsened + g.neitherBetterNorWorse, 0)).toBe(changes.moves.length);
        }
        // And without carried identities (snapshots recorded apart), matching still reproduces it.
        const unchained = snapshotOf(rows, "2021-11-01");
        const loose = compareSnapshots(older, unchained);
        expect(sort(applyChanges(older.actions, loose))).toEqual(sort(unchained.actions));
      }),
      { numRuns: 150 },
    );
  });
});

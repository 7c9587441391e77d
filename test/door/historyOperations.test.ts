import { describe, expect, it } from "vitest";
import { MemoryDoor } from "../fakes/memoryDoor";
import { peerReviewRow, peerReviewSheet } from "../fixtures/peerReview";
import { analyse } from "../../src/door/operations";
import { compareRecorded, generateRagHistory, historyOf, loadHistory, recordReport, rememberingSnapshotReader } from "../../src/door/historyOperations";
import { SETTINGS_RECORD } from "../../src/core/store";
import { SNAPSHOT_KIND } from "../../src/core/history/snapshot";

const RATING_COLUMN = 6;

function door(): MemoryDoor {
  return new MemoryDoor([peerReviewSheet()], { store: [{ ...SETTINGS_RECORD, json: JSON.stringify({ asOf: "2022-06-01" }) }] });
}

function setRating(d: MemoryDoor, no: number, rating: string): void {
  const sheet = d.sheet("Peer Review")!;
  sheet.values[peerReviewRow(no) - sheet.firstRow]![RATING_COLUMN - sheet.firstColumn] = rating;
}

describe("history operations for the task pane", () => {
  it("historyOf reads only the store and agrees with loadHistory", async () => {
    const d = door();
    await recordReport(d, undefined, "2022-01-10");
    setRating(d, 3, "A");
    const { analysis } = await analyse(d);
    const reads = d.reads;
    const history = await historyOf(d, analysis);
    expect(d.reads).toBe(reads);
    expect(history.sentence).toBe("Since 10 January 2022: 1 action worsened to amber; 3 actions with no progress reported.");
    const loaded = await loadHistory(d);
    expect(history.sentence).toBe(loaded.sentence);
    // The live snapshot places each action where it is today.
    const moved = history.sinceLast!.moves[0]!.after;
    expect(history.now!.actions.find((a) => a.id === moved.id)).toMatchObject({ sheet: "Peer Review", row: peerReviewRow(3), rating: "Amber" });
  });

  it("a report recorded on the report date is this report: the changes and the pack are since the one before", async () => {
    const d = door();
    await recordReport(d, undefined, "2022-01-10");
    setRating(d, 3, "B");
    await recordReport(d, undefined, "2022-06-01");
    const history = await loadHistory(d);
    expect(history.sentence).toBe("Since 10 January 2022: 1 action moved to blue; 2 actions with no progress reported.");
    const { analysis } = await analyse(d);
    expect((await historyOf(d, analysis)).sentence).toBe(history.sentence);
    // With only the report date's own snapshot there is nothing earlier to compare with.
    const first = door();
    await recordReport(first, undefined, "2022-06-01");
    expect((await loadHistory(first)).sinceLast).toBeUndefined();
  });

  it("compareRecorded puts the older report first whichever way they are chosen", async () => {
    const d = door();
    await recordReport(d, undefined, "2022-01-10");
    setRating(d, 3, "B");
    await recordReport(d, undefined, "2022-04-10");
    const history = await loadHistory(d);
    const forward = compareRecorded(history, "2022-01-10", "2022-04-10");
    const backward = compareRecorded(history, "2022-04-10", "2022-01-10");
    expect(forward.sentence).toBe("Since 10 January 2022: 1 action moved to blue; 2 actions with no progress reported.");
    expect(backward.sentence).toBe(forward.sentence);
    expect(forward.changes.moves.map((m) => [m.before.rating, m.after.rating, m.direction])).toEqual([["Green", "Blue", "improved"]]);
    expect(() => compareRecorded(history, "2022-01-10", "2022-01-10")).toThrow("Choose two different reports to compare.");
    expect(() => compareRecorded(history, "2022-01-10", "2022-02-02")).toThrow("There is no snapshot for 2 February 2022.");
  });

  it("generateRagHistory writes only the RAG History sheet and says how many reports it holds", async () => {
    const d = door();
    const empty = await generateRagHistory(d);
    expect(empty.message).toBe("Wrote “RAG History” with no recorded report yet; record one after each report to fill it.");
    await recordReport(d, undefined, "2022-01-10");
    d.store.push({ kind: SNAPSHOT_KIND, id: "2022-02-10", json: "{" });
    const result = await generateRagHistory(d);
    expect(result.sheets).toEqual([{ key: "history", name: "RAG History" }]);
    expect(result.message).toBe("Wrote “RAG History” with 1 recorded report, leaving out 1 snapshot that could not be used.");
    expect(d.appliedPlans.at(-1)!.sheets.map((s) => s.key)).toEqual(["history"]);
    expect(d.sheet("RAG History")?.values.some((row) => row[0] === "10 January 2022")).toBe(true);
  });
  it("the remembering reader gives what storedSnapshots gives, keeps only what is still stored, and still reports damage", async () => {
    const d = door();
    await recordReport(d, undefined, "2022-01-10");
    await recordReport(d, undefined, "2022-02-10");
    d.store.push({ kind: SNAPSHOT_KIND, id: "2021-07-13", json: "{" });
    const read = rememberingSnapshotReader();
    const { analysis } = await analyse(d);
    const first = await historyOf(d, analysis, read);
    const plain = await historyOf(d, analysis);
    expect(first.snapshots).toEqual(plain.snapshots);
    expect(first.problems).toEqual(["The snapshot of 13 July 2021 is damaged (its stored text is incomplete), so it cannot be used."]);
    // The same text is not parsed again: the very same object comes back.
    const again = await historyOf(d, analysis, read);
    expect(again.snapshots[0]).toBe(first.snapshots[0]);
    // A snapshot altered in the store is read afresh, and its seal no longer holds.
    const record = d.store.find((r) => r.id === "2022-02-10")!;
    record.json = record.json.replace('"staleDays":90', '"staleDays":30');
    const altered = await historyOf(d, analysis, read);
    expect(altered.snapshots.map((s) => s.date)).toEqual(["2022-01-10"]);
    expect(altered.problems).toContain("The snapshot of 10 February 2022 was changed outside RAG Tracker, so it cannot be trusted; record a new one.");
  });
});

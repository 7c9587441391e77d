/**
 * The door's side of Record report's confirmation: the pane asks before replacing the report of a
 * date, and recordReport itself refuses to replace one unless told it was confirmed, so a list
 * that is out of date (still loading, failed, or recorded since by someone else) cannot lose a
 * report. Left out, the option keeps the command line's documented behaviour: recording again replaces.
 */
import { describe, expect, it } from "vitest";
import { MemoryDoor } from "../fakes/memoryDoor";
import { peerReviewRow, peerReviewSheet } from "../fixtures/peerReview";
import { recordReport } from "../../src/door/historyOperations";
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

const storedFor = (d: MemoryDoor, date: string) => d.store.find((r) => r.kind === SNAPSHOT_KIND && r.id === date)?.json;

describe("recordReport and a date already recorded", () => {
  it("refuses to replace it unless the replacement was confirmed, in one sentence, changing nothing", async () => {
    const d = door();
    const first = await recordReport(d, undefined, "2022-01-10", { replace: false });
    expect(first.replaced).toBe(false);
    const stored = storedFor(d, "2022-01-10");
    setRating(d, 3, "A");

    await expect(recordReport(d, undefined, "2022-01-10", { replace: false })).rejects.toThrow(
      "A report is already recorded for 10 January 2022, so nothing was recorded; record again and confirm to replace it.",
    );
    expect(storedFor(d, "2022-01-10")).toBe(stored);

    const confirmed = await recordReport(d, undefined, "2022-01-10", { replace: true });
    expect(confirmed.replaced).toBe(true);
    expect(storedFor(d, "2022-01-10")).not.toBe(stored);
  });

  it("replaces it when the option is left out, as the command line's snapshot command documents", async () => {
    const d = door();
    await recordReport(d, undefined, "2022-01-10");
    const stored = storedFor(d, "2022-01-10");
    setRating(d, 3, "A");
    const again = await recordReport(d, undefined, "2022-01-10");
    expect(again.replaced).toBe(true);
    expect(again.message).toBe("Replaced the snapshot of 26 actions for 10 January 2022.");
    expect(storedFor(d, "2022-01-10")).not.toBe(stored);
    expect(d.store.filter((r) => r.kind === SNAPSHOT_KIND)).toHaveLength(1);
  });

  it("records over a damaged record for the date without confirmation: it cannot be used, and recording again is the remedy", async () => {
    const d = door();
    d.store.push({ kind: SNAPSHOT_KIND, id: "2022-01-10", json: '{"version":1,"date":"2022-01' });
    const result = await recordReport(d, undefined, "2022-01-10", { replace: false });
    expect(result.replaced).toBe(false);
    expect(storedFor(d, "2022-01-10")).toContain('"actions"');
  });
});

/**
 * The door's side of Record report's confirmation: the pane asks before replacing the report of a
 * date, and recordReport itself refuses to replace one unless told it was confirmed, so a list
 * that is out of date (still loading, failed, or recorded since by someone else) cannot lose a
 * report. A stored record of the date that could not be read counts as a report too: it is lost
 * once replaced. Left out, the option keeps the command line's documented behaviour: recording again replaces.
 */
import { describe, expect, it } from "vitest";
import { MemoryDoor } from "../fakes/memoryDoor";
import { peerReviewRow, peerReviewSheet } from "../fixtures/peerReview";
import { recordReport } from "../../src/door/historyOperations";
import { SETTINGS_RECORD } from "../../src/core/store";
import { SNAPSHOT_KIND } from "../../src/core/history/snapshot";
import { NewerReportError } from "../../src/core/history/record";

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
    expect(again.message).toBe("Replaced the report recorded for 10 January 2022 with the ratings of 26 actions as they stand now.");
    expect(storedFor(d, "2022-01-10")).not.toBe(stored);
    expect(d.store.filter((r) => r.kind === SNAPSHOT_KIND)).toHaveLength(1);
  });

  it("treats a stored record of the date that could not be read as a report: refused unconfirmed, replaced once confirmed", async () => {
    const d = door();
    const damaged = '{"version":1,"date":"2022-01';
    d.store.push({ kind: SNAPSHOT_KIND, id: "2022-01-10", json: damaged });
    await expect(recordReport(d, undefined, "2022-01-10", { replace: false })).rejects.toThrow(
      "A report is already recorded for 10 January 2022, so nothing was recorded; record again and confirm to replace it.",
    );
    expect(storedFor(d, "2022-01-10")).toBe(damaged);
    const result = await recordReport(d, undefined, "2022-01-10", { replace: true });
    expect(result.replaced).toBe(true);
    expect(result.message).toBe("Replaced the report recorded for 10 January 2022 with the ratings of 26 actions as they stand now.");
    expect(storedFor(d, "2022-01-10")).toContain('"actions"');
  });

  it("refuses a newer version's report of the date with NewerReportError, before asking for a confirmation that could not help", async () => {
    const d = door();
    await recordReport(d, undefined, "2022-01-10");
    const record = d.store.find((r) => r.kind === SNAPSHOT_KIND)!;
    record.json = JSON.stringify({ ...JSON.parse(record.json), version: 2 });
    const newer = record.json;
    for (const replace of [false, true]) {
      const error = await recordReport(d, undefined, "2022-01-10", { replace }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NewerReportError);
      expect((error as Error).message).toBe(
        "The report recorded for 10 January 2022 was made by a newer version of RAG Tracker, so this version cannot replace it; update RAG Tracker to record that date again, or record this report under another date.",
      );
    }
    expect(storedFor(d, "2022-01-10")).toBe(newer);
  });
});

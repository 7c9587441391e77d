import { afterEach, describe, expect, it, vi } from "vitest";
import { readFileSync } from "node:fs";
import { MemoryDoor } from "../fakes/memoryDoor";
import { PEER_REVIEW_ROWS, peerReviewRow, peerReviewSheet } from "../fixtures/peerReview";
import { CASE_REVIEW_HEADER, caseReviewSheet } from "../fixtures/caseReviews";
import { changesText } from "../../src/cli/changesReport";
import { analyse, generateSummary } from "../../src/door/operations";
import {
  removeReportWording,
  changesBetween,
  deleteReport,
  compareRecorded,
  generateCommitteePack,
  generateRagHistory,
  historyOf,
  readHistory,
  readingKnownFresh,
  listReports,
  recordReport,
  rememberingSnapshotReader,
} from "../../src/door/historyOperations";
import { REMOVE_WORDING } from "../../src/core/history/formerNames";
import { SETTINGS_RECORD } from "../../src/core/store";
import { SNAPSHOT_KIND } from "../../src/core/history/snapshot";
import { EARLIER_DUE_NOTE } from "../../src/core/history/recordedDue";
import { EarlierReportError, NewerReportError } from "../../src/core/history/record";
import { recordedWords } from "../../src/core/history/reportList";
import { loadHistory } from "../helpers/loadHistory";
import { ratingInWords } from "../../src/core/history/moveWords";

const RATING_COLUMN = 6;

function door(): MemoryDoor {
  return new MemoryDoor([peerReviewSheet()], { store: [{ ...SETTINGS_RECORD, json: JSON.stringify({ asOf: "2022-06-01" }) }] });
}

function setRating(d: MemoryDoor, no: number, rating: string): void {
  const sheet = d.sheet("Peer Review")!;
  sheet.values[peerReviewRow(no) - sheet.firstRow]![RATING_COLUMN - sheet.firstColumn] = rating;
}

describe("history operations for the task pane", () => {
  it("records no report for a date before 1900, as the command line refuses one", async () => {
    const d = new MemoryDoor([peerReviewSheet()]);
    await expect(recordReport(d, undefined, "1899-12-31")).rejects.toThrow("31 December 1899 is before 1 January 1900, the first date Excel can hold, so no report was recorded for it.");
    expect(await d.readStore()).toEqual([]);
    await expect(recordReport(d, undefined, "1900-01-01", { earlier: true })).resolves.toMatchObject({ replaced: false });
  });


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

  it("says the plan has changed since the report of the report date, as the pack does, only against a reading no older than that report", async () => {
    const changed = "The plan has changed since the report recorded for 1 June 2022: 1 rating differs; record the report again to include it.";
    const d = door();
    await recordReport(d, undefined, "2022-01-10");
    await recordReport(d, undefined, "2022-06-01");
    setRating(d, 3, "B");
    // Read with the store, as the pack reads them: the pack's own sentence.
    const read = await readHistory(d);
    expect(read.history.unrecorded).toBe(changed);
    expect(read.history.unrecordedUnknown).toBe(false);
    expect((await generateCommitteePack(d)).message).toContain(changed);
    // The pane's reading, with the store read along with its cells: the same.
    const reading = await analyse(d);
    expect(reading.store).toBeDefined();
    expect((await historyOf(d, reading.analysis, undefined, reading.store)).unrecorded).toBe(changed);
    // Without the store it was read with, the reading may be older than the report: nothing is said, and a new reading is asked for.
    const unknown = await historyOf(d, reading.analysis);
    expect(unknown.unrecorded).toBeUndefined();
    expect(unknown.unrecordedUnknown).toBe(true);

    // Someone else completes recommendation 4 and records the report again after that reading: the reading is older than
    // the report, so nothing is said until the workbook is read again.
    setRating(d, 4, "B");
    await recordReport(d, undefined, "2022-06-01");
    const stale = await historyOf(d, reading.analysis, undefined, reading.store);
    expect(stale.unrecorded).toBeUndefined();
    expect(stale.unrecordedUnknown).toBe(true);
    const again = await readHistory(d);
    expect(again.history.unrecorded).toBeUndefined();
    expect(again.history.unrecordedUnknown).toBe(false);
    // The reading a report is recorded from is the plan as that report holds it.
    setRating(d, 5, "R");
    const recorded = await recordReport(d, undefined, "2022-06-01");
    const history = await historyOf(d, recorded.reading.analysis, undefined, recorded.reading.store);
    expect(history.unrecordedUnknown).toBe(false);
    expect(history.unrecorded).toBeUndefined();
  });

  it("knows a reading fresh when its store held the report of its date as the store holds it now, or there is none", () => {
    const report = (json: string) => ({ kind: SNAPSHOT_KIND, id: "2022-06-01", json });
    const other = { kind: SNAPSHOT_KIND, id: "2022-01-10", json: "{}" };
    expect(readingKnownFresh([report("a")], [report("a"), other], "2022-06-01")).toBe(true);
    expect(readingKnownFresh([report("a")], [report("b")], "2022-06-01")).toBe(false);
    expect(readingKnownFresh([], [report("a")], "2022-06-01")).toBe(false);
    expect(readingKnownFresh(undefined, [report("a")], "2022-06-01")).toBe(false);
    // No report of the date: nothing for the reading to be older than, whatever else was recorded since.
    expect(readingKnownFresh(undefined, [other], "2022-06-01")).toBe(true);
    expect(readingKnownFresh([report("a")], [other], "2022-06-01")).toBe(true);
  });

  it("compareRecorded puts the older report first whichever way they are chosen", async () => {
    const d = door();
    await recordReport(d, undefined, "2022-01-10");
    setRating(d, 3, "B");
    await recordReport(d, undefined, "2022-04-10");
    const history = await loadHistory(d);
    const forward = compareRecorded(history, "2022-01-10", "2022-04-10");
    const backward = compareRecorded(history, "2022-04-10", "2022-01-10");
    expect(forward.sentence).toBe("Between 10 January 2022 and 10 April 2022: 1 action moved to blue; 2 actions with no progress reported.");
    expect(backward.sentence).toBe(forward.sentence);
    expect(forward.changes.moves.map((m) => [m.before.rating, m.after.rating, m.direction])).toEqual([["Green", "Blue", "improved"]]);
    expect(() => compareRecorded(history, "2022-01-10", "2022-01-10")).toThrow("Choose two different reports to compare.");
    expect(() => compareRecorded(history, "2022-01-10", "2022-02-02")).toThrow("There is no report recorded for 2 February 2022.");
  });

  it("generateRagHistory writes only the RAG History sheet and says how many reports it holds", async () => {
    const d = door();
    const empty = await generateRagHistory(d);
    expect(empty.message).toBe("Wrote “RAG History” with no recorded report yet; record one after each report to fill it.");
    await recordReport(d, undefined, "2022-01-10");
    d.store.push({ kind: SNAPSHOT_KIND, id: "2022-02-10", json: "{" });
    const result = await generateRagHistory(d);
    expect(result.sheets).toEqual([{ key: "history", name: "RAG History" }]);
    expect(result.message).toBe("Wrote “RAG History” with 1 recorded report, leaving out 1 recorded report that could not be used.");
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
    expect(first.problems).toEqual(["The report recorded for 13 July 2021 is damaged (its stored text is incomplete), so it cannot be used; delete it and record a new one."]);
    // The same text is not parsed again: the very same object comes back.
    const again = await historyOf(d, analysis, read);
    expect(again.snapshots[0]).toBe(first.snapshots[0]);
    // A snapshot altered in the store is read afresh, and its seal no longer holds.
    const record = d.store.find((r) => r.id === "2022-02-10")!;
    record.json = record.json.replace('"staleDays":90', '"staleDays":30');
    const altered = await historyOf(d, analysis, read);
    expect(altered.snapshots.map((s) => s.date)).toEqual(["2022-01-10"]);
    expect(altered.problems).toContain("The report recorded for 10 February 2022 was changed outside RAG Tracker, so it cannot be trusted; delete it and record a new one.");
  });
});

/** Makes a stored report fail its seal, as an edit outside RAG Tracker would. */
function alter(d: MemoryDoor, date: string): void {
  const record = d.store.find((r) => r.kind === SNAPSHOT_KIND && r.id === date)!;
  record.json = record.json.replace('"staleDays":90', '"staleDays":30');
}

function setSettings(d: MemoryDoor, settings: object): void {
  d.store = d.store.map((r) => (r.kind === SETTINGS_RECORD.kind ? { ...r, json: JSON.stringify(settings) } : r));
}

const UNRECORDED = "The plan has changed since the report recorded for 1 June 2022: 1 rating differs; record the report again to include it.";

const cells = (d: MemoryDoor, sheet: string) => d.sheet(sheet)!.values.flat().filter((v): v is string => typeof v === "string");

/**
 * The peer review plan has no last-updated or time-scale column: the notes saying so stand beside those these tests look for
 * ("had no … dates in the report recorded for …" between two recorded reports, where the plan's columns are not what was compared).
 */
const NOT_CHECKED_NOTE = /^“Peer Review” (has no (last-updated|time-scale) column|had no (last-updated|due) dates in the report recorded for \d+ \w+ \d{4}), so its .* not checked for being newly (past \d+ days without an update|overdue)\.$/;
const otherNotes = (notes: string[]) => notes.filter((n) => !NOT_CHECKED_NOTE.test(n));
const withoutNotCheckedNotes = (message: string) => message.replace(/ “Peer Review” (has|had) no [^.]*\./g, "");

const SKIPPED = "These changes are counted since 10 January 2022, not since 10 February 2022, because the report recorded for 10 February 2022 could not be used.";
const ALTERED = "The report recorded for 10 February 2022 was changed outside RAG Tracker, so it cannot be trusted; delete it and record a new one.";

describe("the committee pack", () => {
  it("says on recording that a sheet holding ratings with no header row is not in the report", async () => {
    const headless = caseReviewSheet();
    headless.values[1] = [];
    const d = new MemoryDoor([peerReviewSheet(), headless], { store: [{ ...SETTINGS_RECORD, json: JSON.stringify({ asOf: "2021-11-01" }) }] });
    const { message, snapshot } = await recordReport(d, undefined, "2021-11-01");
    expect(snapshot.actions).toHaveLength(26);
    expect(message).toBe(
      'Recorded a report of 26 actions for 1 November 2021. Sheet "Case Reviews" holds ratings but no header row naming its columns, so its actions are not in this report; if a header row was deleted, put it back and record the report again.',
    );
  });

  it("lists a time scale put back since the last report, with both dates, in the pack and as the command line's changes", async () => {
    const d = new MemoryDoor([caseReviewSheet()], { store: [{ ...SETTINGS_RECORD, json: JSON.stringify({ asOf: "2021-11-01" }) }] });
    await recordReport(d, undefined, "2021-07-13");
    const sheet = d.sheet("Case Reviews")!;
    const due = CASE_REVIEW_HEADER.indexOf("Target Date");
    const rating = CASE_REVIEW_HEADER.indexOf("RAG Status");
    // The first open action's target re-set to March 2022.
    const row = sheet.values.findIndex((r, i) => i > 1 && r[rating] !== "Blue");
    const [review, number] = [sheet.values[row]![0], sheet.values[row]![1]];
    const was = sheet.values[row]![due];
    sheet.values[row]![due] = "March 2022";
    const { message } = await generateCommitteePack(d);
    // The sentence names the list as its heading does, then how the time scale moved.
    expect(message).toMatch(/; 1 time scale moved \(put back\)\./);
    const pack = d.sheet("Committee Pack")!.values;
    const heading = pack.findIndex((r) => r[0] === "Time scale moved (1)");
    expect(heading).toBeGreaterThan(0);
    expect(pack[heading + 1]).toEqual(["Review", "No", "Action", "Rating", "Was due", "Due now"]);
    expect(pack[heading + 2]!.slice(0, 2)).toEqual([review, number]);
    // Due now as the plan types it; was due "December 2021", which the earlier report kept only as 31 December 2021: its month's end, with no day the plan never gave.
    expect(was).toBe("December 2021");
    expect(pack[heading + 2]!.slice(-2)).toEqual(["end of Dec 2021", "March 2022"]);
    expect(pack.flat()).not.toContainEqual(new Date(Date.UTC(2021, 11, 31)));
    expect(pack[heading + 4]![0]).toBe(EARLIER_DUE_NOTE);
    const text = changesText(await changesBetween(d, undefined, undefined, "2021-11-01"));
    expect(text).toMatch(new RegExp(`Time scale moved \\(1\\)\\n  ${review} ${number}: .* — end of December 2021 → end of March 2022, put back\\n`));
  });

  it("says, in the pack and its message, that the latest report could not be used and the changes reach back to an older one", async () => {
    const d = door();
    await recordReport(d, undefined, "2022-01-10");
    setRating(d, 3, "B");
    await recordReport(d, undefined, "2022-02-10");
    alter(d, "2022-02-10");
    const { message } = await generateCommitteePack(d);
    expect(message).toContain("“Peer Review” has no time-scale column, so its 2 open actions are not checked for being newly overdue.");
    expect(withoutNotCheckedNotes(message)).toBe(`Since 10 January 2022: 1 action moved to blue; 2 actions with no progress reported. ${SKIPPED} ${ALTERED}`);
    const pack = cells(d, "Committee Pack");
    const sentence = pack.indexOf("Since 10 January 2022: 1 action moved to blue; 2 actions with no progress reported.");
    expect(sentence).toBeGreaterThan(0);
    expect(otherNotes(pack.slice(sentence + 1)).slice(0, 2)).toEqual([SKIPPED, ALTERED]);
  });

  it("says, in the pack and its message, that the plan has changed since the report recorded for its date, until that report is recorded again", async () => {
    const d = door();
    await recordReport(d, undefined, "2022-01-10");
    setRating(d, 3, "B");
    await recordReport(d, undefined, "2022-06-01");
    // Recommendation 5 made red after the day's report was recorded: the pack counts it, RAG History does not.
    setRating(d, 5, "R");
    const { message } = await generateCommitteePack(d);
    const said = withoutNotCheckedNotes(message);
    expect(said).toBe(`Since 10 January 2022: 1 action moved to blue; 1 action worsened to red; 2 actions with no progress reported. ${UNRECORDED}`);
    const pack = cells(d, "Committee Pack");
    expect(otherNotes(pack.slice(pack.indexOf(said.slice(0, said.indexOf(UNRECORDED) - 1)) + 1))[0]).toBe(UNRECORDED);

    await recordReport(d, undefined, "2022-06-01");
    const again = await generateCommitteePack(d);
    expect(withoutNotCheckedNotes(again.message)).toBe("Since 10 January 2022: 1 action moved to blue; 1 action worsened to red; 2 actions with no progress reported.");
    expect(cells(d, "Committee Pack")).not.toContain(UNRECORDED);
  });

  it("says so also with no earlier report to compare with, as its RAG History still shows that report", async () => {
    const d = door();
    await recordReport(d, undefined, "2022-06-01");
    setRating(d, 5, "R");
    const { message } = await generateCommitteePack(d);
    // A report is recorded, of the pack's own date: the outcome says what the pack says, not the advice to start recording.
    const FIRST = "The report of 1 June 2022 is the first recorded, so there is nothing earlier to compare it with; the next report will say what moved since.";
    expect(message).toBe(`${FIRST} ${UNRECORDED}`);
    expect(message).not.toContain("record a report after each committee meeting");
    const pack = cells(d, "Committee Pack");
    expect(pack[pack.indexOf(FIRST) + 1]).toBe(UNRECORDED);
    // The command line's changes says both too.
    await expect(changesBetween(d)).rejects.toThrow(`${FIRST} ${UNRECORDED}`);
  });

  it("names three stored reports that cannot be used, and counts the rest, where a damaged store holds many", async () => {
    const d = door();
    await recordReport(d, undefined, "2022-01-10");
    for (const day of ["01", "02", "03", "04", "05"]) d.store.push({ kind: SNAPSHOT_KIND, id: `2022-02-${day}`, json: "{" });
    const { message } = await generateCommitteePack(d);
    expect(message.match(/is damaged \(its stored text is incomplete\)/g)).toHaveLength(3);
    const MORE = "2 more recorded reports cannot be used either; the list of recorded reports (the task pane's, or the reports command's) says why of each.";
    expect(message).toContain(MORE);
    expect(cells(d, "Committee Pack").filter((c) => c.includes("is damaged"))).toHaveLength(3);
    expect(cells(d, "Committee Pack")).toContain(MORE);
  });

  it("adds the notes that qualify the sentence to its message", async () => {
    const d = door();
    await recordReport(d, undefined, "2022-01-10");
    setSettings(d, { asOf: "2022-06-01", staleDays: 30 });
    const { message } = await generateCommitteePack(d);
    expect(message).toContain(
      'The limit for "not updated" changed from 90 to 30 days since 10 January 2022; both reports are counted by 30 days, so the change of limit is not counted as movement.',
    );
  });

  it("says in its message that the workbook's RAG Summary no longer matches the tracker, as the pack goes out beside it, and not once it is generated again", async () => {
    const d = door();
    await recordReport(d, undefined, "2022-01-10");
    await generateSummary(d);
    setRating(d, 3, "A");
    expect((await generateCommitteePack(d)).message).toContain('"RAG Summary" does not match the tracker as it stands; generate the RAG summary again before it goes to the committee.');
    await generateSummary(d);
    expect((await generateCommitteePack(d)).message).not.toContain("does not match the tracker");
  });

  it("shows in RAG History only the reports up to its date, and names the first report when none comes before it", async () => {
    const d = door();
    await recordReport(d, undefined, "2022-01-10");
    await recordReport(d, undefined, "2022-04-10");
    await generateCommitteePack(d, undefined, "2022-02-01");
    const history = cells(d, "RAG History");
    expect(history).toContain("10 January 2022");
    expect(history).not.toContain("10 April 2022");
    expect(history).toContain("Ratings at each recorded report (1).");
    // Its own date has no report, and a later one is recorded: said, as the history ends before the pack's counts, with no advice to record a past date.
    expect(history).toContain(
      "This history ends at the report of 10 January 2022: no report is recorded for 1 February 2022, the date of the committee pack, which counts the plan as it stands; the report recorded after 1 February 2022 is left out, as the pack is as at that date.",
    );
    // With none later (a pack made before the meeting's report is recorded), the advice is to record it.
    await generateCommitteePack(d, undefined, "2022-05-01");
    expect(cells(d, "RAG History")).toContain(
      "This history ends at the report of 10 April 2022: no report is recorded for 1 May 2022, the date of the committee pack, which counts the plan as it stands; record the report of 1 May 2022 to add its ratings here.",
    );
    await generateCommitteePack(d, undefined, "2022-01-10");
    expect(cells(d, "RAG History").filter((c) => c.startsWith("This history ends"))).toEqual([]);

    // Dated before the first report: the pack, its outcome and its RAG History say that reports are recorded, only later, and what the pack holds instead.
    const EARLY = "No report is recorded on or before 1 December 2021 (the first recorded report is of 10 January 2022), so this pack compares with none: it counts the plan as it stands, as at 1 December 2021, and its RAG History shows no report.";
    const { message } = await generateCommitteePack(d, undefined, "2021-12-01");
    expect(message).toBe(EARLY);
    expect(cells(d, "Committee Pack")).toContain(EARLY);
    expect(cells(d, "RAG History")).toContain("No report is recorded on or before 1 December 2021, the date of the committee pack; the first recorded report is of 10 January 2022.");
    expect(cells(d, "RAG History")).not.toContain("No report is recorded yet: record one after each committee meeting, and this sheet shows the ratings at each.");
    // The pane, read as at the same date, says the same of its changes.
    setSettings(d, { asOf: "2021-12-01" });
    expect((await loadHistory(d)).nothingToCompare).toBe("No report is recorded on or before 1 December 2021 (the first recorded report is of 10 January 2022), so there is nothing to compare with.");
  });

  it("says, in the pack, its message, the changes and the pane, that reports were recorded after the date it is made as at, whose plan it does not count", async () => {
    const d = door();
    await recordReport(d, undefined, "2022-01-10");
    setRating(d, 3, "A");
    await recordReport(d, undefined, "2022-04-10");
    await recordReport(d, undefined, "2022-05-10");
    const LATER = "Reports were recorded after 1 February 2022, on 10 April 2022 and 10 May 2022: what is counted here is the plan as it stands now, not as it stood on 1 February 2022.";
    expect((await generateCommitteePack(d, undefined, "2022-02-01")).message).toContain(LATER);
    expect(cells(d, "Committee Pack")).toContain(LATER);
    expect((await changesBetween(d, undefined, undefined, "2022-02-01")).notes).toContain(LATER);
    setSettings(d, { asOf: "2022-02-01" });
    expect((await loadHistory(d)).notes).toContain(LATER);
    // One report after the date; and none said as at the day it is made, whatever date a report is for.
    expect((await changesBetween(d, undefined, undefined, "2022-04-20")).notes).toContain("A report was recorded after 20 April 2022, on 10 May 2022: what is counted here is the plan as it stands now, not as it stood on 20 April 2022.");
    expect((await changesBetween(d, undefined, undefined, "2022-04-20", "2022-04-20")).notes.join(" ")).not.toContain("recorded after");
    expect((await generateCommitteePack(d, undefined, "2022-06-01")).message).not.toContain("recorded after");
    // The pack made again for the meeting of 10 April: the plan has changed since that report, but recording it again would put today's plan in its place.
    setRating(d, 4, "R");
    const again = (await generateCommitteePack(d, undefined, "2022-04-10")).message;
    expect(again).toContain("The plan has changed since the report recorded for 10 April 2022: 1 rating differs; a report was recorded after it, so it stands as recorded.");
    expect(again).not.toContain("record the report again");
    // As at the first report's date, nothing is compared, yet the counts are today's: said, in the pack, `changes` and the pane.
    const first = "Reports were recorded after 10 January 2022, on 10 April 2022 and 10 May 2022: what is counted here is the plan as it stands now, not as it stood on 10 January 2022.";
    expect((await generateCommitteePack(d, undefined, "2022-01-10")).message).toContain(first);
    expect(cells(d, "Committee Pack")).toContain(first);
    await expect(changesBetween(d, undefined, undefined, "2022-01-10")).rejects.toThrow(first);
    setSettings(d, { asOf: "2022-01-10" });
    expect((await loadHistory(d)).nothingToCompare).toContain(first);
    setSettings(d, {});
    // As at the latest report's date, recording it again is the way to include the change.
    expect((await generateCommitteePack(d, undefined, "2022-05-10")).message).toContain("The plan has changed since the report recorded for 10 May 2022: 1 rating differs; record the report again to include it.");
  });

  it("says in `changes` and the pack's outcome that a report recorded ahead, for the committee's date, is left out of what is counted as at today", async () => {
    const d = door();
    setSettings(d, {});
    const TODAY = "2022-06-01";
    await recordReport(d, undefined, "2022-05-10", { today: TODAY });
    setRating(d, 3, "A");
    await recordReport(d, undefined, "2022-06-10", { today: TODAY });
    const AHEAD = "The report recorded ahead for 10 June 2022 is left out, as these changes are counted as at today, 1 June 2022; to count them as at 10 June 2022, give --as-of 2022-06-10 --future.";
    expect((await changesBetween(d, undefined, undefined, undefined, TODAY)).notes).toContain(AHEAD);
    const pack = await generateCommitteePack(d, undefined, undefined, TODAY);
    expect(pack.message).toContain("The report recorded ahead for 10 June 2022 is left out, as the pack is made as at today, 1 June 2022; to make it as at 10 June 2022, give --as-of 2022-06-10 --future.");
    expect(pack.notes).toContain("The report recorded ahead for 10 June 2022 is left out, as the pack is made as at today, 1 June 2022; to make it as at 10 June 2022, set the Report date in Settings to 10 June 2022.");
    // The pane's changes, read as at today, say it in the pane's words.
    vi.useFakeTimers({ toFake: ["Date"], now: new Date(`${TODAY}T12:00:00Z`) });
    const paneNotes = await loadHistory(d).finally(() => vi.useRealTimers());
    expect(paneNotes.notes).toContain("The report recorded ahead for 10 June 2022 is left out, as these changes are counted as at today, 1 June 2022; to count them as at 10 June 2022, set the Report date in Settings to 10 June 2022.");
    // The committee's pack is printed without it: the way to another date is no news to the committee.
    expect(cells(d, "Committee Pack").join(" ")).not.toContain("recorded ahead");
    // As at the report's own date, nothing is ahead.
    expect((await changesBetween(d, undefined, undefined, "2022-06-10", TODAY)).notes.join(" ")).not.toContain("recorded ahead");
    expect((await generateCommitteePack(d, undefined, "2022-06-10", TODAY)).message).not.toContain("recorded ahead");
  });

  it("writes a RAG History sheet that says no report is recorded, with no empty table, and leaves none from deleted reports behind", async () => {
    const d = door();
    await recordReport(d, undefined, "2022-01-10");
    await generateCommitteePack(d);
    expect(cells(d, "RAG History")).toContain("10 January 2022");
    await deleteReport(d, "2022-01-10");
    const { sheets, message } = await generateCommitteePack(d);
    expect(sheets.map((s) => s.name)).toEqual(["Committee Pack", "RAG History"]);
    const history = cells(d, "RAG History");
    expect(history).toContain("No report is recorded yet: record one after each committee meeting, and this sheet shows the ratings at each.");
    expect(history).not.toContain("10 January 2022");
    expect(history).not.toContain("Report date");
    expect(message).toBe("No report is recorded yet, so the pack counts the plan as it stands; record a report after each committee meeting so the next pack can say what moved.");
  });
});

describe("the history the pane gets", () => {
  it("names the dates whose stored report could not be read, and carries the notes under the sentence", async () => {
    const d = door();
    await recordReport(d, undefined, "2022-01-10");
    await recordReport(d, undefined, "2022-02-10");
    alter(d, "2022-02-10");
    d.store.push({ kind: SNAPSHOT_KIND, id: "2022-06-01", json: "{" });
    const history = await loadHistory(d);
    expect(history.unreadable.sort()).toEqual(["2022-02-10", "2022-06-01"]);
    expect(history.sentence).toMatch(/^No ratings changed since 10 January 2022[;.]/);
    // The report of the pane's own date was never the one to compare with, so it is not said to be skipped.
    expect(otherNotes(history.notes)).toEqual([SKIPPED]);

    const quiet = door();
    await recordReport(quiet, undefined, "2022-01-10");
    expect(otherNotes((await loadHistory(quiet)).notes)).toEqual([]);
  });
});

describe("changes between reports (the command line's changes)", () => {
  /** Reports of 10 January (peer review 3 green) and 10 April (blue), and the settings' date 1 June. */
  async function twoReports(): Promise<MemoryDoor> {
    const d = door();
    await recordReport(d, undefined, "2022-01-10");
    setRating(d, 3, "B");
    await recordReport(d, undefined, "2022-04-10");
    return d;
  }

  it("compares the workbook now with the last report before its date, not with one recorded on that date", async () => {
    const d = await twoReports();
    setRating(d, 5, "R");
    await recordReport(d, undefined, "2022-06-01");
    const now = await changesBetween(d);
    expect(now.sentence).toMatch(/^Since 10 April 2022: 1 action worsened to red;/);
    expect(now.changes.to).toBe("now");
    // As at an earlier date, the report before that one.
    expect((await changesBetween(d, undefined, undefined, "2022-04-10")).sentence).toMatch(/^Since 10 January 2022: 1 action moved to blue; 1 action worsened to red;/);
  });

  it("says when the plan has changed since the report recorded for the date the workbook is read as at, and not between two recorded reports", async () => {
    const d = await twoReports();
    await recordReport(d, undefined, "2022-06-01");
    setRating(d, 5, "R");
    const now = await changesBetween(d);
    expect(now.sentence).toMatch(/^Since 10 April 2022: 1 action worsened to red;/);
    expect(otherNotes(now.notes)).toEqual([UNRECORDED]);
    expect(otherNotes((await changesBetween(d, "2022-01-10")).notes)).toEqual([UNRECORDED]);
    // Between two recorded reports the changes are those RAG History shows.
    expect(otherNotes((await changesBetween(d, "2022-01-10", "2022-06-01")).notes)).toEqual([]);
    // Compared with that very report, the sentence says what changed since.
    expect(otherNotes((await changesBetween(d, "2022-06-01")).notes)).toEqual([]);
    // Read as at another date, the report of 1 June is not this report, but one recorded after it.
    expect(otherNotes((await changesBetween(d, undefined, undefined, "2022-05-01")).notes)).toEqual([
      "A report was recorded after 1 May 2022, on 1 June 2022: what is counted here is the plan as it stands now, not as it stood on 1 May 2022.",
    ]);
  });

  it("between two recorded reports, tells a rename the team made that drops the kind of review, where the plan now names it in its Review column", async () => {
    // Leo's Review cells read "Leo CSPR" on 13 July 2021, "Leo" on 16 November 2021, as the plan still has them.
    const leoNamed = (name: string) => caseReviewSheet((row) => void (row[0] === "Leo" && (row[0] = name)));
    const d = new MemoryDoor([leoNamed("Leo CSPR")], { store: [{ ...SETTINGS_RECORD, json: JSON.stringify({ asOf: "2021-12-01" }) }] });
    await recordReport(d, undefined, "2021-07-13");
    d.sheet("Case Reviews")!.values = leoNamed("Leo").values;
    await recordReport(d, undefined, "2021-11-16");
    const RENAMED = "“Leo CSPR” is now named “Leo”; its actions are compared as the same review.";
    const between = await changesBetween(d, "2021-07-13", "2021-11-16");
    expect(between.changes.renamedReviews).toEqual([{ from: "Leo CSPR", to: "Leo" }]);
    expect(between.notes).toContain(RENAMED);
    // The pane's Compare reports, given the plan as read now; without it, the rename is listed, not told, as before.
    const { analysis } = await analyse(d);
    const history = await historyOf(d, analysis);
    expect(compareRecorded(history, "2021-07-13", "2021-11-16", analysis).notes).toContain(RENAMED);
    expect(compareRecorded(history, "2021-07-13", "2021-11-16").notes.filter((n) => n.includes("now named"))).toEqual([]);
  });

  it("compares two report dates given the wrong way round oldest first", async () => {
    const d = await twoReports();
    const forward = await changesBetween(d, "2022-01-10", "2022-04-10");
    const backward = await changesBetween(d, "2022-04-10", "2022-01-10");
    expect(backward).toEqual(forward);
    expect(forward.sentence).toBe("Between 10 January 2022 and 10 April 2022: 1 action moved to blue; 2 actions with no progress reported.");
  });

  it("says in one sentence what is wrong with the dates", async () => {
    const d = await twoReports();
    await expect(changesBetween(d, "2022-01-10", "2022-01-10")).rejects.toThrow("Both dates are 10 January 2022; give two different report dates to compare.");
    await expect(changesBetween(d, "2022-04-10", undefined, "2022-02-01")).rejects.toThrow(
      "The report recorded for 10 April 2022 is later than 1 February 2022, the date the workbook is read as at, so there is nothing to compare it with; give a later --as-of, or a report date with --to.",
    );
    await expect(changesBetween(d, "2022-02-02")).rejects.toThrow(
      "There is no report recorded for 2 February 2022; the recorded reports are of 10 January 2022 and 10 April 2022.",
    );
    // As the pack and the pane say it.
    await expect(changesBetween(d, undefined, "2022-01-10")).rejects.toThrow(
      "The report of 10 January 2022 is the first recorded, so there is nothing earlier to compare it with.",
    );
    const one = door();
    await recordReport(one, undefined, "2022-01-10");
    await expect(changesBetween(one, "2022-02-02")).rejects.toThrow("There is no report recorded for 2 February 2022; the only recorded report is of 10 January 2022.");
  });

  it("says a report before the date that could not be read, and what to do, where it leaves nothing to compare with", async () => {
    const d = await twoReports();
    const january = d.store.findIndex((r) => r.id === "2022-01-10");
    expect(january).toBeGreaterThanOrEqual(0);
    d.store.splice(january, 1, { kind: SNAPSHOT_KIND, id: "2022-01-10", json: "{" });
    await expect(changesBetween(d, undefined, "2022-04-10")).rejects.toThrow(
      "No report recorded before 10 April 2022 could be used, so there is nothing to compare with. The report recorded for 10 January 2022 is damaged (its stored text is incomplete), so it cannot be used; delete it and record a new one.",
    );
    await expect(changesBetween(d, "2022-02-01")).rejects.toThrow(
      "There is no report recorded for 1 February 2022; the only recorded report that can be read is of 10 April 2022. The report recorded for 10 January 2022 is damaged (its stored text is incomplete), so it cannot be used; delete it and record a new one.",
    );
  });

  it("says why there is nothing to compare when no stored report could be read", async () => {
    const d = door();
    await expect(changesBetween(d)).rejects.toThrow("This workbook has no recorded report yet; record one with the snapshot command first.");
    d.store.push({ kind: SNAPSHOT_KIND, id: "2022-01-10", json: "{" });
    await expect(changesBetween(d)).rejects.toThrow("The report recorded for 10 January 2022 is damaged (its stored text is incomplete), so it cannot be used; delete it and record a new one.");
  });

  it("notes a report skipped on the way to the default earlier one, and not one between two dates the user chose", async () => {
    const d = await twoReports();
    // Filed between the two afterwards, as a report restored from a copy would be.
    await recordReport(d, undefined, "2022-02-10", { earlier: true });
    alter(d, "2022-02-10");
    expect(otherNotes((await changesBetween(d, undefined, undefined, "2022-03-01")).notes)).toEqual([
      SKIPPED,
      "A report was recorded after 1 March 2022, on 10 April 2022: what is counted here is the plan as it stands now, not as it stood on 1 March 2022.",
    ]);
    expect(otherNotes((await changesBetween(d, "2022-01-10", "2022-04-10")).notes)).toEqual([]);
    // Asked for by date, it is named with the reason it cannot be used.
    await expect(changesBetween(d, "2022-02-10")).rejects.toThrow(ALTERED);
  });
});

/**
 * The door's side of Record report's confirmation: the pane asks before replacing the report of a
 * date, and recordReport itself refuses to replace one unless told it was confirmed, so a list
 * that is out of date (still loading, failed, or recorded since by someone else) cannot lose a
 * report. A stored record of the date that could not be read counts as a report too: it is lost
 * once replaced. Left out, the option keeps the command line's documented behaviour: recording again replaces.
 */

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
    // When the report replaced was recorded (moments ago, at the clock's time), and the rating set since.
    expect(again.message).toMatch(
      /^Replaced the report recorded for 10 January 2022 with the ratings of 26 actions as they stand now\. The report replaced was recorded on \d+ \w+ \d{4} at \d\d:\d\d; 1 rating differs from it: Peer Review 3 \(Green to Amber\)\.$/,
    );
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
    record.json = JSON.stringify({ ...JSON.parse(record.json), version: 3 });
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

  it("keeps this version of RAG Tracker in each report it records, and names it beside a later version's that it cannot read or replace", async () => {
    const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    const d = door();
    await recordReport(d, undefined, "2022-01-10");
    const record = d.store.find((r) => r.kind === SNAPSHOT_KIND)!;
    expect(JSON.parse(record.json)).toMatchObject({ appVersion: version });
    // As a later release would store it: a format this version does not know, and that release's number.
    record.json = JSON.stringify({ ...JSON.parse(record.json), version: 3, appVersion: "99.0.0" });
    const error = await recordReport(d, undefined, "2022-01-10").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NewerReportError);
    expect((error as Error).message).toBe(
      `The report recorded for 10 January 2022 was made by RAG Tracker 99.0.0, which this version (${version}) cannot replace; update RAG Tracker to 99.0.0 or later to record that date again, or record this report under another date.`,
    );
    const listed = await listReports(d);
    expect(listed.reports.map((r) => r.problem)).toEqual([`The report recorded for 10 January 2022 was made by RAG Tracker 99.0.0, which this version (${version}) cannot read; update RAG Tracker to 99.0.0 or later to use it.`]);
    const { history } = await readHistory(d);
    expect(history.releases).toEqual({ "2022-01-10": { recordedWith: "99.0.0", thisVersion: version } });
    // The pane's reader, which keeps what it has checked, names them too.
    expect(rememberingSnapshotReader()(d.store).problems).toEqual(listed.reports.map((r) => r.problem));
  });
});

/**
 * A report holds the plan as it stands when recorded: one recorded under a date before a report
 * already recorded would hold the later plan under the earlier date. The door refuses it unless
 * told it is meant (the pane once confirmed, the command line's --earlier).
 */
describe("recordReport and a date before the latest recorded report", () => {
  /** Reports of 10 January (peer review 3 green) and 10 April (blue), then peer review 5 made red. */
  async function twoReportsThenRed(): Promise<MemoryDoor> {
    const d = door();
    await recordReport(d, undefined, "2022-01-10");
    setRating(d, 3, "B");
    await recordReport(d, undefined, "2022-04-10");
    setRating(d, 5, "R");
    return d;
  }

  it("refuses it in one sentence naming the latest report's date, recording nothing, until told it is meant", async () => {
    const d = await twoReportsThenRed();
    const before = structuredClone(d.store);
    const error = await recordReport(d, undefined, "2022-03-01").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EarlierReportError);
    expect((error as EarlierReportError).latestReport).toBe("2022-04-10");
    expect((error as Error).message).toBe(
      "1 March 2022 is before 10 April 2022, the date of the latest recorded report, and a report recorded now holds the plan as it stands now, not as it stood on 1 March 2022, so nothing was recorded; record again and confirm to record it for that date anyway.",
    );
    expect(d.store).toEqual(before);
    // Recording an earlier date again would put today's plan in its place just the same.
    await expect(recordReport(d, undefined, "2022-01-10")).rejects.toBeInstanceOf(EarlierReportError);
    expect(d.store).toEqual(before);

    // Told it is meant, it is recorded; the latest report's own date is replaced as before.
    const meant = await recordReport(d, undefined, "2022-03-01", { earlier: true });
    expect(meant.message).toBe("Recorded a report of 26 actions for 1 March 2022.");
    expect(storedFor(d, "2022-03-01")).toContain('"rating":"Red"');
    const latest = await recordReport(d, undefined, "2022-04-10");
    expect(latest.message).toMatch(/^Replaced the report recorded for 10 April 2022 with the ratings of 26 actions as they stand now\. The report replaced was recorded on \d+ \w+ \d{4} at \d\d:\d\d; 1 rating differs from it: Peer Review 5 \(Blue to Red\)\.$/);
    // A date after the latest report is what the cycle expects.
    expect((await recordReport(d, undefined, "2022-06-01")).replaced).toBe(false);
  });

  it("counts a later report that could not be read: it still stands for the plan on its date", async () => {
    const d = await twoReportsThenRed();
    d.store.push({ kind: SNAPSHOT_KIND, id: "2022-05-01", json: "{" });
    // A report filed by hand under a name that is no date has no place in time.
    d.store.push({ kind: SNAPSHOT_KIND, id: "old copy", json: "{" });
    const error = await recordReport(d, undefined, "2022-04-20").catch((e: unknown) => e);
    expect((error as EarlierReportError).latestReport).toBe("2022-05-01");
  });
});

describe("when a report was recorded", () => {
  const zone = process.env.TZ;
  afterEach(() => {
    vi.useRealTimers();
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it("is kept in the user's own time, so half past midnight in a British summer is that day, not the day before", async () => {
    process.env.TZ = "Europe/London";
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2021-07-13T23:30:00Z") });
    const { snapshot } = await recordReport(door(), undefined, "2021-07-13");
    expect(snapshot.recordedAt).toBe("2021-07-14T00:30:00.000+01:00");
    expect(recordedWords(null, snapshot.recordedAt)).toBe("recorded on 14 July 2021");
  });
});

describe("a tracker hidden since the last report, compared with the plan now", () => {
  const leo = (hidden: boolean) => ({
    name: "Leo (2020 version)",
    firstRow: 1,
    firstColumn: 1,
    values: [["Review", "No", "Action", "RAG"], ["Leo", 1, "Share the learning with partners.", "Amber"], ["Leo", 2, "Audit the use of the escalation policy.", "Red"]],
    merges: [],
    ...(hidden ? { hidden } : {}),
  });
  const settings = { ...SETTINGS_RECORD, json: JSON.stringify({ asOf: "2022-06-01" }) };

  it("has its actions no longer counted, not removed, in the changes, the pane's history and the pack", async () => {
    const d = new MemoryDoor([peerReviewSheet(), leo(false)], { store: [settings] });
    await recordReport(d, undefined, "2022-01-10");
    const hidden = new MemoryDoor([peerReviewSheet(), leo(true)], { store: await d.readStore() });
    const result = await changesBetween(hidden);
    expect(result.changes.removed).toEqual([]);
    expect(result.changes.noLongerCounted.map((x) => [x.action.ref, x.reason])).toEqual([
      ["1", "hiddenSheet"],
      ["2", "hiddenSheet"],
    ]);
    expect(result.sentence).toMatch(/; 2 actions no longer counted \(on a hidden sheet\)/);
    expect(result.sentence).not.toMatch(/removed/);
    expect((await loadHistory(hidden)).sentence).toBe(result.sentence);
    expect((await generateCommitteePack(hidden)).message).toContain("2 actions no longer counted (on a hidden sheet)");
    // Between two recorded reports the same is said, from the sheet the later one kept as left out.
    await recordReport(hidden, undefined, "2022-06-01");
    const recorded = compareRecorded(await loadHistory(hidden), "2022-01-10", "2022-06-01");
    expect(recorded.changes.removed).toEqual([]);
    expect(recorded.changes.noLongerCounted.map((x) => [x.action.ref, x.reason, x.leftOutAt])).toEqual([
      ["1", "hiddenSheet", "2022-06-01"],
      ["2", "hiddenSheet", "2022-06-01"],
    ]);
    expect((await changesBetween(hidden, "2022-01-10", "2022-06-01")).sentence).toMatch(/; 2 actions no longer counted \(their sheet was hidden at the later report\)/);
    // Unhidden, they are counted again: neither new nor back after being removed.
    const unhidden = new MemoryDoor([peerReviewSheet(), leo(false)], { store: await hidden.readStore() });
    const again = await changesBetween(unhidden, undefined, undefined, "2022-07-01");
    expect(again.changes.added).toEqual([]);
    expect(again.changes.back).toEqual([]);
    expect(again.changes.countedAgain.map((x) => [x.action.ref, x.reason, x.at])).toEqual([
      ["1", "hiddenSheet", "2022-06-01"],
      ["2", "hiddenSheet", "2022-06-01"],
    ]);
    expect((await generateCommitteePack(unhidden, undefined, "2022-07-01")).message).toContain("2 actions counted again (their sheet was hidden at the earlier report)");
  });
});

/** The peer review plan as a round's sheet, with these actions' ratings given (null: not rated yet). */
function roundSheet(name: string, ratings: Record<number, string | null> = {}) {
  const sheet = { ...peerReviewSheet(), name, values: peerReviewSheet().values.map((row) => [...row]) };
  for (const [no, rating] of Object.entries(ratings)) sheet.values[peerReviewRow(Number(no)) - sheet.firstRow]![RATING_COLUMN - sheet.firstColumn] = rating;
  return sheet;
}
/** Actions 1 and 2 (blue on the round before) and 3 (green), copied forward and not rated yet. */
const NOT_YET_RATED = { 1: null, 2: null, 3: null };

describe("changes with the latest round's sheet partly rated", () => {
  it("say what the round before rated the actions not rated yet, and call them not yet rated, not cleared", async () => {
    const d = new MemoryDoor([roundSheet("Q1 2021-22")], { store: [{ ...SETTINGS_RECORD, json: JSON.stringify({ asOf: "2021-07-01" }) }] });
    await recordReport(d, undefined, "2021-07-01");
    d.sheets.push(roundSheet("Q2 2021-22", NOT_YET_RATED));
    const { notes, sentence, changes } = await changesBetween(d, undefined, undefined, "2021-10-01");
    expect(changes.moves.map((m) => [m.after.ref, m.before.rating, m.direction])).toEqual([
      ["1", "Blue", "notRatedYet"],
      ["2", "Blue", "notRatedYet"],
      ["3", "Green", "notRatedYet"],
    ]);
    expect(sentence).toContain("3 actions not yet rated on the new round");
    expect(sentence).not.toContain("no rating");
    expect(notes).toContain(
      'Sheet "Q2 2021-22" is the latest round with ratings in it, and 3 of the 26 actions have no rating in it yet, so are counted as unrated, though sheet "Q1 2021-22", the round before, rated them 2 blue and 1 green; the 2 rated blue when last rated are left off the overdue and not-updated lists until this round rates them.',
    );
  });
});

/**
 * The peer review plan rated a column a quarter: "RAG Rating Q3" as the plan has it, and, where `q4` is given, a
 * "RAG Rating Q4" column added beside it with the same ratings but for these recommendations' (null: not rated yet).
 */
function quarterColumns(q4?: Record<number, string | null>) {
  const sheet = peerReviewSheet();
  const rating = RATING_COLUMN - sheet.firstColumn;
  const header = peerReviewRow(1) - 1 - sheet.firstRow;
  sheet.values[header] = [...sheet.values[header]!.slice(0, rating), "RAG \nRating Q3", ...(q4 ? ["RAG \nRating Q4"] : [])];
  if (!q4) return sheet;
  for (const [, no] of PEER_REVIEW_ROWS) {
    const row = sheet.values[peerReviewRow(no) - sheet.firstRow]!;
    row.push(no in q4 ? q4[no]! : row[rating]!);
  }
  return sheet;
}

describe("changes with a new round's rating column partly rated", () => {
  it("call the actions not rated in it yet not yet rated on the new round, not cleared, now and between recorded reports", async () => {
    const d = new MemoryDoor([quarterColumns()], { store: [{ ...SETTINGS_RECORD, json: JSON.stringify({ asOf: "2022-01-14" }) }] });
    await recordReport(d, undefined, "2022-01-14");
    // Recommendation 1 was blue at Q3, 3 and 19 green.
    d.sheets[0] = quarterColumns({ 1: null, 3: null, 19: null });
    const { sentence, changes } = await changesBetween(d, undefined, undefined, "2022-04-01");
    expect(changes.moves.map((m) => [m.after.ref, ratingInWords(m.before), m.direction])).toEqual([
      ["1", "Blue", "notRatedYet"],
      ["3", "Green", "notRatedYet"],
      ["19", "Green", "notRatedYet"],
    ]);
    expect(sentence).toContain("3 actions not yet rated on the new round");
    expect(sentence).not.toContain("no rating");
    expect((await generateCommitteePack(d, undefined, "2022-04-01")).message).toContain("3 actions not yet rated on the new round");
    // Recorded, the report keeps what the round before rated them, so the same is said between the two reports.
    await recordReport(d, undefined, "2022-04-01");
    const recorded = await changesBetween(d, "2022-01-14", "2022-04-01", "2022-04-01");
    expect(recorded.changes.moves.map((m) => [m.after.ref, m.direction])).toEqual([
      ["1", "notRatedYet"],
      ["3", "notRatedYet"],
      ["19", "notRatedYet"],
    ]);
  });
});

describe("reports recorded while the latest round's sheet is partly rated", () => {
  it("do not call an action complete when last rated one with no progress reported", async () => {
    const d = new MemoryDoor([roundSheet("Q1 2021-22"), roundSheet("Q2 2021-22", NOT_YET_RATED)], { store: [{ ...SETTINGS_RECORD, json: JSON.stringify({ asOf: "2021-10-01" }) }] });
    await recordReport(d, undefined, "2021-10-01");
    await recordReport(d, undefined, "2021-12-01");
    const { changes } = await changesBetween(d, "2021-10-01", "2021-12-01", "2021-12-01");
    // Actions 1 and 2 were blue on Q1, 3 green: only 3 is open, and so can have reported no progress.
    const listed = new Set(changes.noProgress.map((a) => a.ref));
    expect([listed.has("1"), listed.has("2"), listed.has("3")]).toEqual([false, false, true]);
  });

  it("compare a rating given since with the one given when last rated: a blue action reopened red has worsened", async () => {
    const d = new MemoryDoor([roundSheet("Q1 2021-22"), roundSheet("Q2 2021-22", { 1: null, 2: null })], { store: [{ ...SETTINGS_RECORD, json: JSON.stringify({ asOf: "2021-10-01" }) }] });
    await recordReport(d, undefined, "2021-10-01");
    // Action 1, blue on Q1, reopened red on Q2; action 2 rated blue again.
    d.sheets[1] = roundSheet("Q2 2021-22", { 1: "Red" });
    await recordReport(d, undefined, "2021-12-01");
    const { changes } = await changesBetween(d, "2021-10-01", "2021-12-01", "2021-12-01");
    expect(changes.moves.map((m) => [m.after.ref, ratingInWords(m.before), m.after.rating, m.direction])).toEqual([["1", "no rating yet (Blue when last rated)", "Red", "worsened"]]);
  });
});

/** The peer review plan reported on 1 July 2021 under a real name ("Peer Review HAWTHORNBY"), then on 1 October 2021 under its name now. */
async function renamedAfterFirstReport(): Promise<MemoryDoor> {
  const named = (review: string) => ({ ...peerReviewSheet(), name: review });
  const d = new MemoryDoor([named("Peer Review HAWTHORNBY")], { store: [{ ...SETTINGS_RECORD, json: JSON.stringify({ asOf: "2021-07-01" }) }] });
  await recordReport(d, undefined, "2021-07-01");
  d.sheets[0] = named("Peer Review");
  await recordReport(d, undefined, "2021-10-01");
  return d;
}

describe("Remove wording after a review was renamed", () => {
  it("says the former name is gone from every report", async () => {
    const d = await renamedAfterFirstReport();
    await generateRagHistory(d);
    const { message, advice } = await removeReportWording(d, (await d.read()).sheets);
    expect(message).toContain("The former name of 1 review renamed since is gone from the reports too: each names it as the plan does now.");
    expect(advice).toContain("A “RAG History” sheet already written keeps the former names until it is generated again.");
    expect(JSON.stringify(await d.readStore())).not.toContain("HAWTHORNBY");
  });
});

describe("deleting the report recorded under a review's former name", () => {
  it("says the name stays in the later reports' identities, and that Remove wording takes it out", async () => {
    const d = await renamedAfterFirstReport();
    const message = await deleteReport(d, "2021-07-01");
    expect(message).toBe(
      "Deleted the report recorded for 1 July 2021. The name it gave a review since renamed (“Peer Review HAWTHORNBY”) stays in the file, in the identities the later reports keep for its actions; Remove wording from reports (remove-wording on the command line) takes it out.",
    );
    expect(JSON.stringify(await d.readStore())).toContain("HAWTHORNBY");
    // The pane names its own button, never the command line.
    const inPane = await renamedAfterFirstReport();
    expect(await deleteReport(inPane, "2021-07-01", undefined, REMOVE_WORDING.pane)).toContain(
      "stays in the file, in the identities the later reports keep for its actions; Remove wording from reports, below the list of recorded reports, takes it out.",
    );
    // With no rename, nothing more is said.
    const plain = new MemoryDoor([{ ...peerReviewSheet(), name: "Peer Review" }], { store: [{ ...SETTINGS_RECORD, json: JSON.stringify({ asOf: "2021-07-01" }) }] });
    await recordReport(plain, undefined, "2021-07-01");
    await recordReport(plain, undefined, "2021-10-01");
    expect(await deleteReport(plain, "2021-07-01")).toBe("Deleted the report recorded for 1 July 2021.");
  });
});

describe("the pack made from reports that name a review by a former name", () => {
  it("says it prints the former name, and that Remove wording names each review as the plan does now", async () => {
    const d = await renamedAfterFirstReport();
    const note =
      "It names a review by a former name too, as the recorded reports keep it (“Peer Review HAWTHORNBY”, now “Peer Review”); where a former name must not be published, Remove wording from reports (remove-wording on the command line) names each review as the plan does now in every report, and the pack generated again then does too.";
    const pack = await generateCommitteePack(d, undefined, "2021-10-01");
    expect(pack.message).toContain(note);
    // The pane's notes say the same in its own words, and do not name the command line.
    expect(pack.notes).toContain(note.replace("Remove wording from reports (remove-wording on the command line)", "Remove wording from reports, below the list of recorded reports,"));
    expect(pack.notes.join(" ")).not.toContain("command line");
    await removeReportWording(d, (await d.read()).sheets);
    const again = await generateCommitteePack(d, undefined, "2021-10-01");
    expect(again.message).not.toContain("former name");
    expect(JSON.stringify(d.sheets.map((sheet) => sheet.values))).not.toContain("HAWTHORNBY");
  });
});

describe("the pack and wording the plan no longer shows", () => {
  it("says it quotes a removed action's wording from the recorded reports, until the wording is removed from them", async () => {
    const d = new MemoryDoor([peerReviewSheet()], { store: [{ ...SETTINGS_RECORD, json: JSON.stringify({ asOf: "2021-07-01" }) }] });
    await recordReport(d, undefined, "2021-07-01");
    const sheet = d.sheets[0]!;
    sheet.values.splice(peerReviewRow(26) - sheet.firstRow, 1);
    const quoted = "It quotes the wording of 1 action the plan no longer shows (removed, or on a sheet not counted) as the recorded reports kept it;";
    expect((await generateCommitteePack(d, undefined, "2021-10-01")).message).toContain(quoted);
    await removeReportWording(d);
    expect((await generateCommitteePack(d, undefined, "2021-10-01")).message).not.toContain("It quotes the wording");
  });
});


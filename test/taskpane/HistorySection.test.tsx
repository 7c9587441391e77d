// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readFileSync } from "node:fs";
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { MemoryDoor } from "../fakes/memoryDoor";
import { HeldReadDoor } from "../fakes/heldReadDoor";
import { peerReviewRow, peerReviewSheet } from "../fixtures/peerReview";
import { caseReviewSheet } from "../fixtures/caseReviews";
import { AS_OF, paneReady, referenceDoor, renderPane, settingsRecord } from "./paneHelpers";
import { SNAPSHOT_KIND } from "../../src/core/history/snapshot";
import { generateCommitteePack, recordReport } from "../../src/door/historyOperations";
import { generateSummary } from "../../src/door/operations";
import { readSnapshot, sealSnapshot } from "../../src/core/history/snapshot";
import { withSnapshot } from "../../src/core/history/record";
import type { StoreRecord } from "../../src/core/store";
import type { PaneCapabilities } from "../../src/taskpane/capabilities";

/** Today in these tests: the reference plans' report dates are within the year before it, as a team's would be. */
const TODAY = "2022-06-15";

beforeEach(() => {
  vi.setSystemTime(new Date(`${TODAY}T12:00:00`));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

// Two of these took 20 s alone and over 30 s with every core busy.
const SLOW = { timeout: 60_000 };
const RATING_COLUMN = 6;

/** The label of the date a report is recorded for. */
const RECORD_DATE = "Date of the report to record";
const reportsRegion = () => screen.getByRole("region", { name: "Reports" });
const reports = () => within(reportsRegion());

/**
 * A door whose first reading of the store on its own (the pane's list of reports) waits for the
 * test, or fails; the store read along with the cells, and later readings, work.
 */
class FirstStoreReadDoor extends MemoryDoor {
  firstRead: "hold" | "fail" | "done" = "done";
  private releaseRead: () => void = () => undefined;
  private alongsideCells = false;

  release(): void {
    this.releaseRead();
  }

  override async read(onProgress?: (done: number, total: number) => void) {
    this.alongsideCells = true;
    return super.read(onProgress);
  }

  override async readStore(): Promise<StoreRecord[]> {
    if (this.alongsideCells) {
      this.alongsideCells = false;
      return super.readStore();
    }
    const first = this.firstRead;
    this.firstRead = "done";
    if (first === "fail") throw new Error("Excel is busy, so the store sheet could not be read.");
    if (first === "hold") await new Promise<void>((resolve) => (this.releaseRead = resolve));
    return super.readStore();
  }
}

function setPeerReviewRating(door: MemoryDoor, no: number, rating: string): void {
  const sheet = door.sheet("Peer Review")!;
  sheet.values[peerReviewRow(no) - sheet.firstRow]![RATING_COLUMN - sheet.firstColumn] = rating;
}

function storedDates(door: MemoryDoor): string[] {
  return door.store
    .filter((r) => r.kind === SNAPSHOT_KIND)
    .map((r) => r.id)
    .sort();
}

/** Sets the record form's date field (a date input: typed as the browser would hand the value over). */
function setReportDate(date: string): void {
  fireEvent.change(reports().getByLabelText(RECORD_DATE), { target: { value: date } });
}

async function recordFor(user: ReturnType<typeof userEvent.setup>, date: string): Promise<void> {
  setReportDate(date);
  await user.click(reports().getByRole("button", { name: "Record report" }));
}

/** The Reports section's outcome or problem (in its live regions), once its task has finished. */
async function sectionSays(text: string | RegExp): Promise<void> {
  await waitFor(
    () => {
      const said = [...reportsRegion().querySelectorAll("[aria-live]")].map((e) => e.textContent ?? "");
      expect(said.some((t) => (typeof text === "string" ? t.includes(text) : text.test(t)))).toBe(true);
    },
    { timeout: 10_000 },
  );
}

/** The pane has read the workbook and nothing runs any more, so the section's buttons answer. */
async function ready(): Promise<void> {
  await paneReady();
  await waitFor(() => {
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(reports().getByRole("button", { name: "Record report" }).getAttribute("aria-disabled")).not.toBe("true");
  }, { timeout: 10_000 });
}

/** The pane over the reference workbook with a report for 10 January 2022 and a damaged one for 13 July 2021. */
/** The pane open on the reference workbook with reports recorded for these dates. */
async function paneWithReports(...dates: string[]) {
  const user = userEvent.setup();
  const door = referenceDoor();
  for (const date of dates) await recordReport(door, undefined, date);
  renderPane({ door });
  await ready();
  return { user, door };
}

async function paneWithDamagedReport() {
  const user = userEvent.setup();
  const door = referenceDoor();
  await recordReport(door, undefined, "2022-01-10");
  door.store.push({ kind: SNAPSHOT_KIND, id: "2021-07-13", json: '{"version":1,"date":"2021-07' });
  renderPane({ door });
  await ready();
  return { user, door };
}

/** A dialog, once it is open (rendering can be slow when the machine is busy). */
function openDialog(name?: string): Promise<HTMLElement> {
  return screen.findByRole("dialog", name === undefined ? {} : { name }, { timeout: 10_000 });
}

/**
 * Waits until a closed dialog has left the page, not only the accessibility tree: one still
 * leaving would hide the next one opened. The pane behind a modal dialog is aria-hidden until
 * the dialog has gone, so wait for the Reports region to be reachable again too.
 */
async function dialogGone(): Promise<void> {
  await waitFor(() => expect(document.querySelector('[role="dialog"]')).toBeNull(), { timeout: 10_000 });
  await waitFor(() => expect(reportsRegion()).toBeTruthy(), { timeout: 10_000 });
}

describe("Reports section", () => {
  it("records two reports with a rating changed between them, shows what moved, links to the row, and compares them", SLOW, async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    renderPane({ door });
    await ready();
    await reports().findByText("No report is recorded yet. Record one after each committee report, and the next one can say what moved.");
    // The date offered first is the pane's report date (the settings hold one in these tests).
    expect((reports().getByLabelText(RECORD_DATE) as HTMLInputElement).value).toBe(AS_OF);
    // Named apart from Settings' "Report date", the date counts are worked out at.
    expect(screen.getAllByLabelText(/^Report date/)).toEqual([within(screen.getByRole("region", { name: "Settings" })).getByLabelText(/^Report date/)]);

    await recordFor(user, "2022-01-10");
    await sectionSays("Recorded a report of 72 actions for 10 January 2022.");
    expect(storedDates(door)).toEqual(["2022-01-10"]);

    // Peer review recommendation 3 goes from green to amber; the pane reads the workbook again.
    setPeerReviewRating(door, 3, "A");
    await user.click(screen.getByRole("button", { name: "Refresh overview" }));
    const since = within(reports().getByRole("region", { name: "What changed since the last report" }));
    await since.findByText(/^Since 10 January 2022: 1 action worsened to amber;/);
    const moved = since.getByRole("button", { name: "Peer Review action 3, Green, changed to Amber, worsened" });
    await user.click(moved);
    expect(door.selections).toEqual([{ sheet: "Peer Review", row: peerReviewRow(3), column: RATING_COLUMN }]);
    // Counted per review and per category.
    await user.click(since.getByRole("button", { name: /^Changes by review \(\d+\) / }));
    expect(since.getByText(/^Peer Review: 1 worsened/)).toBeTruthy();
    await user.click(since.getByRole("button", { name: /^Changes by category \(\d+\) / }));
    expect(since.getByText(/^Shared Priorities\/ Engagement: 1 worsened/)).toBeTruthy();

    await recordFor(user, "2022-04-10");
    await sectionSays("Recorded a report of 72 actions for 10 April 2022.");
    const list = within(reports().getByRole("list", { name: "Recorded reports" }));
    const items = list.getAllByRole("listitem").map((li) => li.textContent);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^10 April 2022Recorded on .*51 Blue6 Green15 Amber72 in all/);
    expect(items[1]).toMatch(/^10 January 2022Recorded on .*51 Blue7 Green14 Amber72 in all/);

    // The comparison of the two recorded reports, chosen either way round.
    const compare = within(reports().getByRole("region", { name: "Compare two reports" }));
    expect((compare.getByRole("combobox", { name: "From report" }) as HTMLSelectElement).value).toBe("2022-01-10");
    expect((compare.getByRole("combobox", { name: "To report" }) as HTMLSelectElement).value).toBe("2022-04-10");
    expect(compare.getByText(/^Between 10 January 2022 and 10 April 2022: 1 action worsened to amber;/)).toBeTruthy();
    await user.selectOptions(compare.getByRole("combobox", { name: "From report" }), "2022-04-10");
    expect(compare.getByText("Choose two different reports to compare.")).toBeTruthy();
    // Nothing is said of the comparison while the two are the same report, but the problem.
    const spoken = () => reports().getByRole("region", { name: "Compare two reports" }).querySelector("[aria-live]")?.textContent;
    expect(spoken()).toBe("");
    await user.selectOptions(compare.getByRole("combobox", { name: "To report" }), "2022-01-10");
    expect(compare.getByText(/^Between 10 January 2022 and 10 April 2022: 1 action worsened to amber;/, { ignore: "script, style, [aria-live]" })).toBeTruthy();
    // The new comparison's sentence is said as the selection changes, as the lists under it are redrawn out of hearing.
    expect(spoken()).toMatch(/^Between 10 January 2022 and 10 April 2022: 1 action worsened to amber;/);
    // Said once: gone from the live region a moment later, so reading the section does not meet it twice.
    await waitFor(() => expect(spoken()).toBe(""), { timeout: 5000 });
    // The moved action still links to its row in the workbook.
    await user.click(compare.getByRole("button", { name: "Peer Review action 3, Green, changed to Amber, worsened" }));
    expect(door.selections).toHaveLength(2);

    // The trend: one row per report, the ratings as text in the header.
    const table = reports().getByRole("table", { name: "Ratings at each report: all actions" });
    const rows = within(table)
      .getAllByRole("row")
      .map((r) => [...r.querySelectorAll("th, td")].map((c) => c.textContent));
    expect(rows).toEqual([
      ["Report", "Total", "Blue", "Green", "Amber"],
      ["10 January 2022", "72", "51", "7", "14"],
      ["10 April 2022", "72", "51", "6", "15"],
    ]);
    // Its scroller is a named region in the tab order, so the keyboard can scroll it in a narrow pane.
    const scroller = reports().getByRole("region", { name: "Ratings at each report: all actions" });
    expect(scroller.tabIndex).toBe(0);
    expect(scroller.contains(table)).toBe(true);
    await user.selectOptions(reports().getByRole("combobox", { name: "Show the ratings of" }), "Peer Review");
    expect(reports().getByRole("table", { name: "Ratings at each report: Peer Review" })).toBeTruthy();
  });

  it("says what an invalid rating said at the last report, and lists no move where only its words changed", SLOW, async () => {
    const door = referenceDoor();
    // Peer review recommendations 3, 19 and 25 (green) as a team might have typed them.
    setPeerReviewRating(door, 3, "Yellow");
    setPeerReviewRating(door, 19, "TBC");
    setPeerReviewRating(door, 25, " b/g ");
    await recordReport(door, undefined, "2022-01-10");
    setPeerReviewRating(door, 3, "A");
    setPeerReviewRating(door, 19, "Yellow");
    setPeerReviewRating(door, 25, "B");
    renderPane({ door });
    await ready();
    const since = within(reports().getByRole("region", { name: "What changed since the last report" }));
    await since.findByText(/^Since 10 January 2022: 1 action rated amber; 1 action rated blue; /);
    expect(since.getByRole("button", { name: /^Moved rating \(2\) / })).toBeTruthy();
    expect(since.getByRole("button", { name: "Peer Review action 3, Invalid: Yellow, changed to Amber, rating corrected" })).toBeTruthy();
    expect(since.getByRole("button", { name: "Peer Review action 25, Invalid: b/g, changed to Blue, rating corrected" })).toBeTruthy();
    // "TBC" retyped "Yellow" is still no rating: not a move.
    expect(since.queryByRole("button", { name: /^Peer Review action 19,/ })).toBeNull();
  });

  it("asks before replacing the report of a date already recorded", SLOW, async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    renderPane({ door });
    await ready();
    await recordFor(user, AS_OF);
    await sectionSays("Recorded a report of 72 actions for 1 June 2022.");

    const stored = door.store.find((r) => r.kind === SNAPSHOT_KIND)!.json;
    setPeerReviewRating(door, 3, "B");

    await user.click(reports().getByRole("button", { name: "Record report" }));
    const dialog = await openDialog("Replace the report recorded for 1 June 2022?");
    // When the report was recorded (at the clock's time) tells a colleague's report from one's own.
    expect(dialog.textContent).toMatch(
      /The report for 1 June 2022, recorded on \d+ \w+ \d{4} at \d\d:\d\d, will be replaced by the ratings as they stand now; the earlier one cannot be recovered\./,
    );
    // Focus opens on Cancel, so Enter pressed once too often keeps the earlier report.
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Cancel" })));
    await user.keyboard("{Enter}");
    await dialogGone();
    expect(door.store.find((r) => r.kind === SNAPSHOT_KIND)!.json).toBe(stored);

    await user.click(reports().getByRole("button", { name: "Record report" }));
    await user.click(within(await openDialog()).getByRole("button", { name: "Replace report" }));
    await sectionSays("Replaced the report recorded for 1 June 2022 with the ratings of 72 actions as they stand now.");
    expect(storedDates(door)).toEqual([AS_OF]);
    expect(door.store.find((r) => r.kind === SNAPSHOT_KIND)!.json).not.toBe(stored);
  });

  it("asks before recording a date after today or more than a year before it, opening on Cancel", SLOW, async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    renderPane({ door });
    await ready();

    await recordFor(user, "2030-01-01");
    const future = await openDialog("Check the report date");
    expect(future.textContent).toContain("1 January 2030 is after today; record a report for that date anyway?");
    await waitFor(() => expect(document.activeElement).toBe(within(future).getByRole("button", { name: "Cancel" })));
    await user.keyboard("{Enter}");
    await dialogGone();
    expect(storedDates(door)).toEqual([]);

    await recordFor(user, "2021-06-14");
    const old = await openDialog("Check the report date");
    expect(old.textContent).toContain("14 June 2021 is more than a year before today; record a report for that date anyway?");
    await user.click(within(old).getByRole("button", { name: "Record anyway" }));
    await sectionSays("Recorded a report of 72 actions for 14 June 2021.");
    expect(storedDates(door)).toEqual(["2021-06-14"]);
  });

  it("asks, saying why, before recording a date before the latest recorded report, and records it only once confirmed from the keyboard", SLOW, async () => {
    const { user, door } = await paneWithReports("2022-01-10", "2022-04-10");
    await reports().findByRole("region", { name: "Recorded reports (2)" });
    const earlier = "1 March 2022 is before 10 April 2022, the date of the latest recorded report, and a report recorded now holds the plan as it stands now, not as it stood on 1 March 2022; record a report for that date anyway?";

    await recordFor(user, "2022-03-01");
    const asked = await openDialog("Check the report date");
    expect(asked.textContent).toContain(earlier);
    // Focus opens on Cancel: Enter keeps the reports as they were.
    await waitFor(() => expect(document.activeElement).toBe(within(asked).getByRole("button", { name: "Cancel" })));
    await user.keyboard("{Enter}");
    await dialogGone();
    expect(storedDates(door)).toEqual(["2022-01-10", "2022-04-10"]);

    await user.click(reports().getByRole("button", { name: "Record report" }));
    const again = await openDialog("Check the report date");
    await waitFor(() => expect(document.activeElement).toBe(within(again).getByRole("button", { name: "Cancel" })));
    await user.keyboard("{Tab}");
    expect(document.activeElement).toBe(within(again).getByRole("button", { name: "Record anyway" }));
    await user.keyboard("{Enter}");
    await sectionSays("Recorded a report of 72 actions for 1 March 2022.");
    expect(storedDates(door)).toEqual(["2022-01-10", "2022-03-01", "2022-04-10"]);

    // The latest report's own date is replaced as before, with no question about the date.
    await recordFor(user, "2022-04-10");
    expect((await openDialog()).textContent).toContain("Replace the report recorded for 10 April 2022?");
  });

  it("asks once, saying both, before replacing the report of a date more than a year before today", SLOW, async () => {
    const { user, door } = await paneWithReports("2021-06-01");
    await reports().findByRole("region", { name: "Recorded reports (1)" });
    const stored = door.store.find((r) => r.kind === SNAPSHOT_KIND)!.json;
    setPeerReviewRating(door, 3, "B");

    await recordFor(user, "2021-06-01");
    const asked = await openDialog("Replace the report recorded for 1 June 2021?");
    expect(asked.textContent).toMatch(
      /1 June 2021 is more than a year before today; the report for 1 June 2021, recorded on \d+ \w+ \d{4} at \d\d:\d\d, will be replaced by the ratings as they stand now, and the earlier one cannot be recovered\./,
    );
    // Focus opens on Cancel: Enter keeps the report.
    await waitFor(() => expect(document.activeElement).toBe(within(asked).getByRole("button", { name: "Cancel" })));
    await user.keyboard("{Enter}");
    await dialogGone();
    expect(door.store.find((r) => r.kind === SNAPSHOT_KIND)!.json).toBe(stored);

    await user.click(reports().getByRole("button", { name: "Record report" }));
    await user.click(within(await openDialog("Replace the report recorded for 1 June 2021?")).getByRole("button", { name: "Replace report" }));
    // Recorded with no second question.
    await sectionSays("Replaced the report recorded for 1 June 2021 with the ratings of 72 actions as they stand now.");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(storedDates(door)).toEqual(["2021-06-01"]);
    expect(door.store.find((r) => r.kind === SNAPSHOT_KIND)!.json).not.toBe(stored);
  });

  it("asks once, saying both, before replacing the report of a date before the latest recorded report", SLOW, async () => {
    const { user, door } = await paneWithReports("2022-01-10", "2022-04-10");
    await reports().findByRole("region", { name: "Recorded reports (2)" });

    await recordFor(user, "2022-01-10");
    const asked = await openDialog("Replace the report recorded for 10 January 2022?");
    expect(asked.textContent).toMatch(
      /10 January 2022 is before 10 April 2022, the date of the latest recorded report, and a report recorded now holds the plan as it stands now, not as it stood on 10 January 2022; the report for 10 January 2022, recorded on \d+ \w+ \d{4} at \d\d:\d\d, will be replaced by the ratings as they stand now, and the earlier one cannot be recovered\./,
    );
    await user.click(within(asked).getByRole("button", { name: "Replace report" }));
    await sectionSays("Replaced the report recorded for 10 January 2022 with the ratings of 72 actions as they stand now.");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(storedDates(door)).toEqual(["2022-01-10", "2022-04-10"]);
  });

  it("refuses a date before a report recorded after the list was read, and asks the next time", SLOW, async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    renderPane({ door });
    await ready();
    await reports().findByText(/^No report is recorded yet/);
    // Someone else records a later report (a shared workbook), unseen by this pane's list.
    await recordReport(door, undefined, "2022-04-10");

    await recordFor(user, "2022-03-01");
    await sectionSays(
      "1 March 2022 is before 10 April 2022, the date of the latest recorded report, and a report recorded now holds the plan as it stands now, not as it stood on 1 March 2022, so nothing was recorded; record again and confirm to record it for that date anyway.",
    );
    expect(storedDates(door)).toEqual(["2022-04-10"]);
    await reports().findByRole("region", { name: "Recorded reports (1)" });

    await user.click(reports().getByRole("button", { name: "Record report" }));
    await user.click(within(await openDialog("Check the report date")).getByRole("button", { name: "Record anyway" }));
    await sectionSays("Recorded a report of 72 actions for 1 March 2022.");
    expect(storedDates(door)).toEqual(["2022-03-01", "2022-04-10"]);
  });

  it("takes back a refusal to record a date once the field holds another date, typed or followed from the settings", SLOW, async () => {
    const { user, door } = await paneWithReports();
    await reports().findByText(/^No report is recorded yet/);
    const said = () => [...reportsRegion().querySelectorAll("[aria-live]")].map((e) => e.textContent ?? "").join(" ");
    // Someone else records a report of 10 June 2022 (a shared workbook), unseen by this pane's list.
    await recordReport(door, undefined, "2022-06-10");

    // The field has not been touched: it holds the report date, 1 June.
    await user.click(reports().getByRole("button", { name: "Record report" }));
    const firstRefused = /1 June 2022 is before 10 June 2022, .*, so nothing was recorded;/;
    await sectionSays(firstRefused);
    // The report date changes in the settings, and the untouched field follows it: the refusal spoke of 1 June.
    const settings = within(screen.getByRole("region", { name: "Settings" }));
    fireEvent.change(settings.getByLabelText(/^Report date/), { target: { value: "2022-05-20" } });
    await user.click(settings.getByRole("button", { name: "Save settings" }));
    await waitFor(() => expect(door.settingsWritten.at(-1)?.asOf).toBe("2022-05-20"));
    await ready();
    expect((reports().getByLabelText(RECORD_DATE) as HTMLInputElement).value).toBe("2022-05-20");
    expect(said()).not.toMatch(firstRefused);

    // A date typed, refused as before a report recorded since the list was read; typing another date takes that back.
    await recordReport(door, undefined, "2022-06-12");
    await recordFor(user, "2022-06-11");
    const typedRefused = /11 June 2022 is before 12 June 2022, .*, so nothing was recorded;/;
    await sectionSays(typedRefused);
    setReportDate("2022-06-13");
    expect(said()).not.toMatch(typedRefused);
  });

  it("keeps a refusal to record in view while the workbook is read again against the report recorded since", SLOW, async () => {
    const { user, door } = await paneWithReports();
    await reports().findByText(/^No report is recorded yet/);
    const said = () => [...reportsRegion().querySelectorAll("[aria-live]")].map((e) => e.textContent ?? "").join(" ");
    // Someone else records the report of the report date, 1 June 2022, unseen by this pane's list.
    await recordReport(door, undefined, AS_OF);
    const reads = door.reads;

    await user.click(reports().getByRole("button", { name: "Record report" }));
    const refused = "A report is already recorded for 1 June 2022, so nothing was recorded; record again and confirm to replace it.";
    await sectionSays(refused);
    // The list now holds that report, newer than the pane's reading, which is read again (the refused recording read once too).
    await waitFor(() => expect(door.reads).toBe(reads + 2));
    await ready();
    expect(said()).toContain(refused);
  });

  it("says the chosen date in words under the field", SLOW, async () => {
    renderPane({ door: referenceDoor() });
    await ready();
    const field = reports().getByLabelText(RECORD_DATE);
    const words = reports().getByText("Wednesday 1 June 2022");
    expect(field.getAttribute("aria-describedby")?.split(" ")).toContain(words.id);
    setReportDate("2022-01-10");
    expect(reports().getByText("Monday 10 January 2022")).toBeTruthy();
    // An incomplete date leaves the field empty: no words, and nothing described by a missing element.
    setReportDate("");
    expect(reports().queryByText(/ 2022$/)).toBeNull();
    expect(field.getAttribute("aria-describedby")?.split(" ")).not.toContain(words.id);
  });

  it("keeps a date typed to record when the settings' report date changes; an untouched field follows it", SLOW, async () => {
    const { user, door } = await paneWithReports();
    const settings = within(screen.getByRole("region", { name: "Settings" }));
    const saveReportDate = async (date: string) => {
      fireEvent.change(settings.getByLabelText(/^Report date/), { target: { value: date } });
      await user.click(settings.getByRole("button", { name: "Save settings" }));
      await waitFor(() => expect(door.settingsWritten.at(-1)?.asOf).toBe(date), { timeout: 10_000 });
      await ready();
    };
    const recordDate = () => (reports().getByLabelText(RECORD_DATE) as HTMLInputElement).value;

    // Untouched, the field follows the report date.
    await saveReportDate("2022-05-01");
    await waitFor(() => expect(recordDate()).toBe("2022-05-01"));

    // Typed, it stays, through a save of the settings and a reading of the workbook.
    setReportDate("2022-04-15");
    await saveReportDate("2022-05-20");
    expect(recordDate()).toBe("2022-04-15");
    await user.click(screen.getByRole("button", { name: "Refresh overview" }));
    await ready();
    expect(recordDate()).toBe("2022-04-15");
    await recordFor(user, "2022-04-15");
    await sectionSays("for 15 April 2022.");
    expect(storedDates(door)).toEqual(["2022-04-15"]);
  });

  it("says in one sentence when the report date is missing or incomplete, and records nothing", SLOW, async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    renderPane({ door });
    await ready();
    // A date field reports "" for what was typed but is incomplete, as for nothing typed.
    setReportDate("");
    await user.click(reports().getByRole("button", { name: "Record report" }));
    expect(reports().getByText("Enter a complete date, or pick one from the calendar.")).toBeTruthy();
    expect(document.activeElement).toBe(reports().getByLabelText(RECORD_DATE));
    expect(storedDates(door)).toEqual([]);
    // The sentence goes once the field holds a date.
    setReportDate("2022-01-10");
    expect(reports().queryByText("Enter a complete date, or pick one from the calendar.")).toBeNull();
  });

  it("deletes a report after asking, and keeps it when cancelled", SLOW, async () => {
    const { user, door } = await paneWithReports("2022-01-10", "2022-04-10");
    const list = () => within(reports().getByRole("list", { name: "Recorded reports" }));
    await waitFor(() => expect(list().getAllByRole("listitem")).toHaveLength(2));

    await user.click(list().getByRole("button", { name: "Delete the report recorded for 10 January 2022" }));
    await user.click(within(await openDialog("Delete the report recorded for 10 January 2022?")).getByRole("button", { name: "Cancel" }));
    await dialogGone();
    expect(storedDates(door)).toEqual(["2022-01-10", "2022-04-10"]);

    // Focus opens on Cancel, not on Delete report: Enter keeps the report.
    await user.click(list().getByRole("button", { name: "Delete the report recorded for 10 January 2022" }));
    const asked = await openDialog();
    // A screen reader says why it asks, not only the title and the focused Cancel.
    expect(document.getElementById(asked.getAttribute("aria-describedby") ?? "")?.textContent).toMatch(/cannot be undone/);
    await waitFor(() => expect(document.activeElement).toBe(within(asked).getByRole("button", { name: "Cancel" })));
    await user.keyboard("{Enter}");
    await dialogGone();
    expect(storedDates(door)).toEqual(["2022-01-10", "2022-04-10"]);

    await user.click(list().getByRole("button", { name: "Delete the report recorded for 10 January 2022" }));
    await user.click(within(await openDialog()).getByRole("button", { name: "Delete report" }));
    await sectionSays("Deleted the report recorded for 10 January 2022.");
    expect(storedDates(door)).toEqual(["2022-04-10"]);
    expect(
      list()
        .getAllByRole("listitem")
        .map((li) => li.textContent?.slice(0, 13)),
    ).toEqual(["10 April 2022"]);
    expect(reports().getByText("Record a second report to compare it with the first.")).toBeTruthy();
  });

  it("removes the actions' wording from the recorded reports after asking, and then offers it no more", SLOW, async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    await recordReport(door, undefined, "2022-01-10");
    await recordReport(door, undefined, "2022-04-10");
    // Reports with any wording left: once removed, every action's title is empty.
    const worded = () => door.store.filter((r) => r.kind === SNAPSHOT_KIND && (JSON.parse(r.json) as { actions: { title: string }[] }).actions.some((a) => a.title !== "")).length;
    expect(worded()).toBe(2);
    renderPane({ door });
    await ready();
    const removeButton = () => reports().queryByRole("button", { name: "Remove wording from reports" });
    await waitFor(() => expect(removeButton()).toBeTruthy());

    await user.click(removeButton()!);
    const asked = await openDialog("Remove the actions' wording from the recorded reports?");
    expect(asked.textContent).toContain("2 recorded reports keep up to 120 characters of each action's wording");
    await user.click(within(asked).getByRole("button", { name: "Cancel" }));
    await dialogGone();
    expect(worded()).toBe(2);

    await user.click(removeButton()!);
    await user.click(within(await openDialog()).getByRole("button", { name: "Remove wording" }));
    await sectionSays("Removed the actions' wording from 2 recorded reports (144 action entries in all); their ratings, numbers and dates stay.");
    // The advice is the outcome's second line, not part of its sentence; with no Committee Pack sheet, it has none to mention.
    const advice = "Reports recorded from now on keep the plan's wording again.";
    expect(reports().getByText(advice).textContent).toBe(advice);
    await waitFor(() => expect(document.activeElement).toBe(reports().getByRole("heading", { name: "Recorded reports (2)" })));
    expect(worded()).toBe(0);
    expect(storedDates(door)).toEqual(["2022-01-10", "2022-04-10"]);
    await waitFor(() => expect(removeButton()).toBeNull());
    expect(within(reports().getByRole("list", { name: "Recorded reports" })).getAllByRole("listitem")).toHaveLength(2);
  });

  it("says after removing wording that a Committee Pack sheet already written keeps its own", SLOW, async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    await recordReport(door, undefined, "2022-01-10");
    await generateCommitteePack(door, undefined);
    renderPane({ door });
    await ready();
    await user.click(await reports().findByRole("button", { name: "Remove wording from reports" }));
    await user.click(within(await openDialog()).getByRole("button", { name: "Remove wording" }));
    await sectionSays("Removed the actions' wording from 1 recorded report (72 action entries in all); their ratings, numbers and dates stay.");
    expect(
      reports().getByText("Reports recorded from now on keep the plan's wording again. A “Committee Pack” sheet already written keeps its wording until the pack is generated again."),
    ).toBeTruthy();
  });

  it("says before removing wording that a report that cannot be read keeps its own", SLOW, async () => {
    const { user, door } = await paneWithDamagedReport();
    await user.click(await reports().findByRole("button", { name: "Remove wording from reports" }));
    const asked = await openDialog("Remove the actions' wording from the recorded reports?");
    expect(asked.textContent).toContain("The recorded report keeps up to 120 characters");
    expect(asked.textContent).toContain("The report that cannot be read keeps its wording until deleted.");
    await user.click(within(asked).getByRole("button", { name: "Remove wording" }));
    await sectionSays("The recorded report that could not be read keeps its wording: delete it to remove that too.");
    expect(door.store.find((r) => r.id === "2021-07-13")?.json).toBe('{"version":1,"date":"2021-07');
  });

  it("writes the RAG History and Committee Pack sheets through the door and says what it wrote", SLOW, async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    await recordReport(door, undefined, "2022-01-10");
    setPeerReviewRating(door, 3, "B");
    renderPane({ door });
    await ready();

    await user.click(reports().getByRole("button", { name: "Generate RAG History" }));
    await sectionSays("Wrote “RAG History” with 1 recorded report.");
    expect(door.appliedPlans.map((p) => p.sheets.map((s) => s.key))).toEqual([["history"]]);
    expect(door.sheet("RAG History")?.generatedKey).toBe("history");

    await user.click(reports().getByRole("button", { name: "Generate committee pack" }));
    // One sentence: what moved is shown under "What changed since the last report", not said again.
    await sectionSays(/^Wrote “Committee Pack” and “RAG History”\./);
    expect(reportsRegion().querySelector("[aria-live]")?.textContent).not.toContain("Since 10 January 2022");
    expect(door.appliedPlans.at(-1)!.sheets.map((s) => [s.key, s.name])).toEqual([
      ["pack", "Committee Pack"],
      ["history", "RAG History"],
    ]);
    expect(door.sheet("Committee Pack")?.values.flat()).toContain("RAG rated action plan report");
  });

  it("says the committee pack in one sentence with a short list under it, and names no command-line command", SLOW, async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    await recordReport(door, undefined, "2022-01-10");
    // Since that report: recommendation 3 typed as Yellow, and recommendation 5 taken out of the plan.
    setPeerReviewRating(door, 3, "Yellow");
    const sheet = door.sheet("Peer Review")!;
    sheet.values.splice(peerReviewRow(5) - sheet.firstRow, 1);
    renderPane({ door });
    await ready();

    await user.click(reports().getByRole("button", { name: "Generate committee pack" }));
    await sectionSays("Wrote “Committee Pack” and “RAG History”; “Committee Pack” counts 1 invalid rating.");
    const said = [...reportsRegion().querySelectorAll("[aria-live]")].find((e) => e.textContent?.startsWith("Wrote"))!;
    expect(within(said as HTMLElement).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      // One sentence each, naming what it speaks of: no "it" left to be read as a sheet said before it.
      'Put the 1 invalid rating right (Findings lists it), then generate "Committee Pack" again before it goes to the committee.',
      "It quotes the wording of 1 action the plan no longer shows (removed, or on a sheet not counted) as the recorded reports kept it; Remove wording from reports, below the list of recorded reports, takes such wording out of the reports, and the pack generated again then names it by number.",
    ]);
    expect(said.textContent).not.toMatch(/command line|remove-wording|Since 10 January 2022/);
  });

  it("drops the warning that the Committee Pack no longer matches the plan, from the findings and from Check's message, once the pack is generated again", SLOW, async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    await generateCommitteePack(door, undefined, AS_OF, TODAY);
    // Peer review recommendation 3 completed after the pack was made.
    setPeerReviewRating(door, 3, "B");
    renderPane({ door });
    await ready();
    const findings = () => within(screen.getByRole("region", { name: "Findings" }));
    expect(findings().getByText(/^Committee Pack – This Committee Pack does not match/)).toBeTruthy();
    // Check ratings says so in its message too.
    const note = '"Committee Pack" does not match the tracker as it stands; generate the committee pack again before it goes to the committee.';
    await user.click(screen.getByRole("button", { name: "Check ratings" }));
    await waitFor(() => expect(document.body.textContent).toContain(note));

    await user.click(reports().getByRole("button", { name: "Generate committee pack" }));
    await sectionSays("Wrote “Committee Pack” and “RAG History”.");
    expect(findings().queryByText(/^Committee Pack – This Committee Pack does not match/)).toBeNull();
    // Check's message stays, without the sentence that no longer holds.
    await waitFor(() => expect(document.body.textContent).not.toContain(note));
    expect(document.body.textContent).toContain("All 72 ratings are valid, so nothing needed highlighting.");
  });

  it("takes the pack's sentence that the RAG Summary no longer matches out of its message once the summary is generated again", SLOW, async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    await generateSummary(door);
    setPeerReviewRating(door, 3, "B");
    renderPane({ door });
    await ready();
    const note = '"RAG Summary" does not match the tracker as it stands; generate the RAG summary again before it goes to the committee.';
    await user.click(reports().getByRole("button", { name: "Generate committee pack" }));
    await sectionSays(note);

    await user.click(screen.getByRole("button", { name: "Generate RAG summary" }));
    await waitFor(() => expect(reportsRegion().textContent).not.toContain(note));
    expect(reportsRegion().textContent).toContain("Wrote “Committee Pack” and “RAG History”.");
  });

  it("says with the committee pack that the plan has changed since the report recorded for its date", SLOW, async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    await recordReport(door, undefined, "2022-01-10");
    await recordReport(door, undefined, AS_OF);
    // Peer review recommendation 3 completed after the day's report was recorded.
    setPeerReviewRating(door, 3, "B");
    renderPane({ door });
    await ready();

    await user.click(reports().getByRole("button", { name: "Generate committee pack" }));
    const changed = "The plan has changed since the report recorded for 1 June 2022: 1 rating differs; record the report again to include it.";
    await sectionSays(/^Wrote “Committee Pack” and “RAG History”\./);
    // A line of its own under that sentence.
    await waitFor(() => expect(within(reportsRegion()).getAllByRole("listitem").map((li) => li.textContent)).toContain(changed));
    expect(door.sheet("Committee Pack")?.values.flat()).toContain(changed);
  });

  it("shows a damaged or altered stored snapshot as a sentence and uses the rest", SLOW, async () => {
    const door = referenceDoor();
    await recordReport(door, undefined, "2022-01-10");
    await recordReport(door, undefined, "2022-02-10");
    const altered = door.store.find((r) => r.id === "2022-02-10")!;
    altered.json = altered.json.replace('"rating":"Green"', '"rating":"Blue"');
    door.store.push({ kind: SNAPSHOT_KIND, id: "2021-07-13", json: '{"version":1,"date":"2021-07' });
    renderPane({ door });
    await ready();

    // Said once above; each report's own trouble is on its line in the list, beside its Delete button.
    await reports().findByText("2 recorded reports cannot be used, so comparisons and the committee pack leave them out; the list of recorded reports below says what is wrong and what to do.");
    // The two that cannot be used are listed as such, so they can be deleted; the usable one keeps its counts.
    const list = within(reports().getByRole("list", { name: "Recorded reports" }));
    expect(list.getAllByRole("listitem").map((li) => li.textContent?.slice(0, 16))).toEqual(["10 February 2022", "10 January 2022R", "13 July 2021Dama"]);
    // Each says its own trouble and what to do about it.
    expect(list.getByText("Changed outside RAG Tracker, so it cannot be trusted: delete it and record a new one.")).toBeTruthy();
    expect(list.getByText("Damaged (its stored text is incomplete), so it cannot be used: delete it and record a new one.")).toBeTruthy();
  });

  it("says which earlier report could not be used, and what to do, where it leaves nothing to compare with", SLOW, async () => {
    const door = referenceDoor();
    await recordReport(door, undefined, AS_OF);
    door.store.push({ kind: SNAPSHOT_KIND, id: "2022-01-10", json: '{"version":1,"date":"2022-01' });
    renderPane({ door });
    await ready();
    const since = within(reports().getByRole("region", { name: "What changed since the last report" }));
    await since.findByText(
      "No report recorded before 1 June 2022 could be used, so there is nothing to compare with. The report recorded for 10 January 2022 is damaged (its stored text is incomplete), so it cannot be used; delete it and record a new one.",
    );
    // Two are listed: the one that can be read has none to be compared with, which is said as such.
    expect(reports().getByText("Only one recorded report can be read (the list above says why the others cannot), so there is none to compare it with.")).toBeTruthy();
  });

  it("leaves focus alone when deleting fails, or when the user has gone on to a field meanwhile", SLOW, async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    await recordReport(door, undefined, "2022-01-10");
    await recordReport(door, undefined, "2022-04-10");
    let failing = true;
    let held = false;
    let release = () => undefined as void;
    const write = door.writeStore.bind(door);
    door.writeStore = async (records) => {
      if (failing) throw new Error("Excel is busy, so the store sheet could not be written.");
      held = true;
      await new Promise<void>((resolve) => (release = resolve));
      return write(records);
    };
    renderPane({ door });
    await ready();
    const heading = () => reports().getByRole("heading", { name: /^Recorded reports/ });
    const deleteFirst = async () => {
      await user.click(reports().getByRole("button", { name: "Delete the report recorded for 10 January 2022" }));
      await user.click(within(await openDialog()).getByRole("button", { name: "Delete report" }));
    };

    await deleteFirst();
    await sectionSays("Excel is busy, so the store sheet could not be written.");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(document.activeElement).not.toBe(heading());

    failing = false;
    await deleteFirst();
    const field = reports().getByLabelText(RECORD_DATE);
    // While the report is being deleted, the user goes on to the date field.
    await waitFor(() => expect(held).toBe(true), { timeout: 10_000 });
    field.focus();
    release();
    await sectionSays("Deleted the report recorded for 10 January 2022.");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(heading().textContent).toBe("Recorded reports (1)");
    expect(document.activeElement).toBe(field);
  });

  it("deletes a stored report that could not be read, after asking", SLOW, async () => {
    const { user, door } = await paneWithDamagedReport();
    const list = within(await reports().findByRole("list", { name: "Recorded reports" }));
    await user.click(list.getByRole("button", { name: "Delete the report recorded for 13 July 2021" }));
    await user.click(within(await openDialog("Delete the report recorded for 13 July 2021?")).getByRole("button", { name: "Delete report" }));
    await sectionSays("Deleted the report recorded for 13 July 2021.");
    expect(storedDates(door)).toEqual(["2022-01-10"]);
    expect(reports().queryByText(/13 July 2021 is damaged/)).toBeNull();
    // Focus goes to the list's heading, not to the next report's Delete button.
    await waitFor(() => expect(document.activeElement).toBe(reports().getByRole("heading", { name: "Recorded reports (1)" })));
  });

  it("shows the notes under what changed, and says 'newly past N days without an update' rather than 'stale'", SLOW, async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    // Every case review action was last updated on 1 September 2021: not yet 100 days by 1 December, long past by 1 June.
    await recordReport(door, undefined, "2021-11-01");
    door.store = door.store.map((r) => (r.kind === SNAPSHOT_KIND ? r : settingsRecord({ asOf: AS_OF, staleDays: 100 })));
    await recordReport(door, undefined, "2021-12-01");
    await recordReport(door, undefined, "2022-02-10");
    const altered = door.store.find((r) => r.id === "2022-02-10")!;
    altered.json = altered.json.replace('"rating":"Green"', '"rating":"Blue"');
    renderPane({ door });
    await ready();

    const since = within(reports().getByRole("region", { name: "What changed since the last report" }));
    await since.findByText(/^No ratings changed since 1 December 2021; .*\d+ actions newly past 100 days without an update/);
    expect(
      since.getByText("These changes are counted since 1 December 2021, not since 10 February 2022, because the report recorded for 10 February 2022 could not be used."),
    ).toBeTruthy();
    expect(since.getByRole("button", { name: /^Newly past 100 days without an update \(\d+\) / })).toBeTruthy();
    await user.click(since.getByRole("button", { name: /^Changes by review \(\d+\) / }));
    expect(since.getByText(/^Leo: .*13 newly past 100 days without an update/)).toBeTruthy();
    expect(reports().getByRole("region", { name: "What changed since the last report" }).textContent).not.toMatch(/stale/i);

    // Two recorded reports compared carry their notes too: here the changed limit.
    const compare = within(reports().getByRole("region", { name: "Compare two reports" }));
    expect(
      compare.getByText(
        'The limit for "not updated" changed from 90 to 100 days since 1 November 2021; both reports are counted by 100 days, so the change of limit is not counted as movement.',
      ),
    ).toBeTruthy();
  });

  it("says what a sheet lacks for a check as the plan has it now, and between two reports as the later one held it", SLOW, async () => {
    await paneWithReports("2022-01-10", "2022-04-10");
    // The peer review plan has no last-updated or time-scale column.
    const since = within(reports().getByRole("region", { name: "What changed since the last report" }));
    expect(
      await since.findByText("“Peer Review” has no last-updated column, so its 3 open actions are not checked for being newly past 90 days without an update."),
    ).toBeTruthy();
    expect(since.getByText("“Peer Review” has no time-scale column, so its 3 open actions are not checked for being newly overdue.")).toBeTruthy();
    // Two recorded reports keep the actions' dates, not the sheet's columns, and the sheet may have changed since.
    const compare = within(reports().getByRole("region", { name: "Compare two reports" }));
    expect(
      compare.getByText(
        "“Peer Review” had no last-updated dates in the report recorded for 10 April 2022, so its 3 open actions are not checked for being newly past 90 days without an update.",
      ),
    ).toBeTruthy();
    expect(compare.getByText("“Peer Review” had no due dates in the report recorded for 10 April 2022, so its 3 open actions are not checked for being newly overdue.")).toBeTruthy();
  });

  it("says, with the report date before the first recorded report, that reports are recorded only later", SLOW, async () => {
    // The report date is 1 June 2022 (AS_OF); the only report is of 10 June 2022.
    await paneWithReports("2022-06-10");
    const since = within(reports().getByRole("region", { name: "What changed since the last report" }));
    expect(
      await since.findByText("No report is recorded on or before 1 June 2022 (the only recorded report is of 10 June 2022), so there is nothing to compare with."),
    ).toBeTruthy();
    expect(since.queryByText("Nothing to compare yet.")).toBeNull();
  });

  it("asks before recording over a stored report that could not be read, saying so", SLOW, async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    const damaged = '{"version":1,"date":"2022-06';
    door.store.push({ kind: SNAPSHOT_KIND, id: AS_OF, json: damaged });
    renderPane({ door });
    await ready();
    await reports().findByText("Damaged (its stored text is incomplete), so it cannot be used: delete it and record a new one.");

    await user.click(reports().getByRole("button", { name: "Record report" }));
    const dialog = await openDialog("Replace the report recorded for 1 June 2022?");
    expect(dialog.textContent).toContain(
      "The report recorded for 1 June 2022 could not be read (the list of recorded reports says why); it will be replaced by the ratings as they stand now, and what it held cannot be recovered.",
    );
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await dialogGone();
    expect(door.store.find((r) => r.kind === SNAPSHOT_KIND)!.json).toBe(damaged);

    await user.click(reports().getByRole("button", { name: "Record report" }));
    await user.click(within(await openDialog()).getByRole("button", { name: "Replace report" }));
    await sectionSays("Replaced the report recorded for 1 June 2022 with the ratings of 72 actions as they stand now.");
    expect(storedDates(door)).toEqual([AS_OF]);
    expect(door.store.find((r) => r.kind === SNAPSHOT_KIND)!.json).not.toBe(damaged);
  });

  it("records over a newer version's report only to say it cannot: no dialog promising a replacement", SLOW, async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    await recordReport(door, undefined, AS_OF);
    const record = door.store.find((r) => r.kind === SNAPSHOT_KIND)!;
    record.json = JSON.stringify({ ...JSON.parse(record.json), version: 3 });
    const stored = record.json;
    renderPane({ door });
    await ready();
    await reports().findByText("Made by a newer version of RAG Tracker, which alone can read it: update RAG Tracker to use it.");

    await user.click(reports().getByRole("button", { name: "Record report" }));
    await sectionSays(/^The report recorded for 1 June 2022 was made by a newer version of RAG Tracker, so this version cannot replace it;/);
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(door.store.find((r) => r.kind === SNAPSHOT_KIND)!.json).toBe(stored);
  });

  it("names the version that recorded a later version's report, and this one, in the list and in the refusal", SLOW, async () => {
    const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    const user = userEvent.setup();
    const door = referenceDoor();
    await recordReport(door, undefined, AS_OF);
    const record = door.store.find((r) => r.kind === SNAPSHOT_KIND)!;
    record.json = JSON.stringify({ ...JSON.parse(record.json), version: 3, appVersion: "99.0.0" });
    renderPane({ door });
    await ready();
    await reports().findByText(`Made by RAG Tracker 99.0.0, which this version (${version}) cannot read: update RAG Tracker to 99.0.0 or later to use it.`);

    await user.click(reports().getByRole("button", { name: "Record report" }));
    await sectionSays(`The report recorded for 1 June 2022 was made by RAG Tracker 99.0.0, which this version (${version}) cannot replace; update RAG Tracker to 99.0.0 or later to record that date again, or record this report under another date.`);
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("shows one sentence when the store cannot be read", SLOW, async () => {
    class LockedStore extends MemoryDoor {
      override async readStore(): Promise<never> {
        throw new Error("The store sheet could not be read because the workbook is protected");
      }
    }
    renderPane({ door: new LockedStore([peerReviewSheet()], { store: [settingsRecord({ asOf: AS_OF })] }) });
    await paneReady();
    await reports().findByText("The store sheet could not be read because the workbook is protected.");
    // Nothing can be recorded or written from a list that was never read; the buttons say why.
    const reason = reports().getByText("The recorded reports could not be read; press Refresh overview to try again.");
    for (const name of ["Record report", "Generate RAG History"]) {
      const button = reports().getByRole("button", { name });
      expect(button.getAttribute("aria-disabled")).toBe("true");
      expect(button.getAttribute("aria-describedby")).toBe(reason.id);
    }
  });

  it("does not record over a report while the recorded reports are still being read", SLOW, async () => {
    const user = userEvent.setup();
    const door = new FirstStoreReadDoor([peerReviewSheet(), caseReviewSheet()], { store: [settingsRecord({ asOf: AS_OF })] });
    await recordReport(door, undefined, AS_OF);
    const stored = door.store.find((r) => r.kind === SNAPSHOT_KIND)!.json;
    setPeerReviewRating(door, 3, "B");
    door.firstRead = "hold";
    renderPane({ door });
    await paneReady();

    const record = reports().getByRole("button", { name: "Record report" });
    await waitFor(() => expect(record.getAttribute("aria-disabled")).toBe("true"));
    expect(record.getAttribute("aria-describedby")).toBe(reports().getByText("Waiting for the recorded reports to be read.").id);
    await user.click(record);
    // Enter in the date field submits the form, whatever the button says.
    fireEvent.submit(reports().getByRole("form", { name: "Record a report" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(reports().queryByRole("progressbar")).toBeNull();
    expect(door.store.find((r) => r.kind === SNAPSHOT_KIND)!.json).toBe(stored);

    // Once the list is read, the same click asks first.
    door.release();
    await waitFor(() => expect(record.getAttribute("aria-disabled")).not.toBe("true"));
    expect(reports().queryByText("Waiting for the recorded reports to be read.")).toBeNull();
    await user.click(record);
    await openDialog("Replace the report recorded for 1 June 2022?");
    expect(door.store.find((r) => r.kind === SNAPSHOT_KIND)!.json).toBe(stored);
  });

  it("does not record over a report when reading the recorded reports failed, until they are read again", SLOW, async () => {
    const user = userEvent.setup();
    const door = new FirstStoreReadDoor([peerReviewSheet(), caseReviewSheet()], { store: [settingsRecord({ asOf: AS_OF })] });
    await recordReport(door, undefined, AS_OF);
    const stored = door.store.find((r) => r.kind === SNAPSHOT_KIND)!.json;
    setPeerReviewRating(door, 3, "B");
    door.firstRead = "fail";
    renderPane({ door });
    await paneReady();
    await reports().findByText("Excel is busy, so the store sheet could not be read.");

    const record = reports().getByRole("button", { name: "Record report" });
    expect(record.getAttribute("aria-disabled")).toBe("true");
    expect(record.getAttribute("aria-describedby")).toBe(
      reports().getByText("The recorded reports could not be read; press Refresh overview to try again.").id,
    );
    await user.click(record);
    fireEvent.submit(reports().getByRole("form", { name: "Record a report" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(reports().queryByRole("progressbar")).toBeNull();
    expect(door.store.find((r) => r.kind === SNAPSHOT_KIND)!.json).toBe(stored);

    // As the reason says, Refresh overview reads them again.
    await user.click(screen.getByRole("button", { name: "Refresh overview" }));
    await waitFor(() => expect(record.getAttribute("aria-disabled")).not.toBe("true"));
    await user.click(record);
    await openDialog("Replace the report recorded for 1 June 2022?");
  });

  it("refuses to replace a report recorded after the list was read, and asks the next time", SLOW, async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    renderPane({ door });
    await ready();
    await reports().findByText(/^No report is recorded yet/);
    // Someone else records the same date (a shared workbook), unseen by this pane's list.
    await recordReport(door, undefined, AS_OF);
    const stored = door.store.find((r) => r.kind === SNAPSHOT_KIND)!.json;
    setPeerReviewRating(door, 3, "B");

    await user.click(reports().getByRole("button", { name: "Record report" }));
    await sectionSays("A report is already recorded for 1 June 2022, so nothing was recorded; record again and confirm to replace it.");
    expect(door.store.find((r) => r.kind === SNAPSHOT_KIND)!.json).toBe(stored);
    await reports().findByRole("region", { name: "Recorded reports (1)" });

    await user.click(reports().getByRole("button", { name: "Record report" }));
    await user.click(within(await openDialog("Replace the report recorded for 1 June 2022?")).getByRole("button", { name: "Replace report" }));
    await sectionSays(/^Replaced the report recorded for 1 June 2022/);
    expect(door.store.find((r) => r.kind === SNAPSHOT_KIND)!.json).not.toBe(stored);
  });

  it("offers Generate RAG History only once a report is recorded, and says so", SLOW, async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    renderPane({ door });
    await ready();
    await reports().findByText(/^No report is recorded yet/);

    const generate = reports().getByRole("button", { name: "Generate RAG History" });
    expect(generate.getAttribute("aria-disabled")).toBe("true");
    const hint = reports().getByText("Record a report first: RAG History counts the ratings at each recorded report.");
    expect(generate.getAttribute("aria-describedby")).toBe(hint.id);
    await user.click(generate);
    expect(door.appliedPlans).toEqual([]);
    expect(door.sheet("RAG History")).toBeUndefined();

    await recordFor(user, "2022-01-10");
    await sectionSays("Recorded a report of 72 actions for 10 January 2022.");
    await waitFor(() => expect(generate.getAttribute("aria-disabled")).not.toBe("true"));
    expect(generate.getAttribute("aria-describedby")).toBeNull();
    expect(reports().queryByText(/^Record a report first/)).toBeNull();
  });

  it("is worked from the keyboard: Record report, Delete and its confirmation", SLOW, async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    renderPane({ door });
    await ready();
    setReportDate("2022-01-10");

    // Every control of the section is a native, focusable control (none taken out of the tab order).
    const controls = [...reportsRegion().querySelectorAll("button, input, select")];
    expect(controls.length).toBeGreaterThan(3);
    for (const control of controls) expect(control.getAttribute("tabindex")).not.toBe("-1");

    reports().getByRole("button", { name: "Record report" }).focus();
    await user.keyboard("{Enter}");
    await sectionSays("Recorded a report of 72 actions for 10 January 2022.");

    const deleteButton = () => reports().getByRole("button", { name: "Delete the report recorded for 10 January 2022" });
    deleteButton().focus();
    await user.keyboard("{Enter}");
    const dialog = await openDialog("Delete the report recorded for 10 January 2022?");
    // Focus moves into the dialog, onto Cancel; Escape closes it, deletes nothing and gives focus back to Delete.
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Cancel" })));
    await user.keyboard("{Escape}");
    await dialogGone();
    await waitFor(() => expect(document.activeElement).toBe(deleteButton()));
    expect(storedDates(door)).toEqual(["2022-01-10"]);

    deleteButton().focus();
    await user.keyboard(" ");
    const again = await openDialog();
    await waitFor(() => expect(document.activeElement).toBe(within(again).getByRole("button", { name: "Cancel" })));
    await user.keyboard("{Tab}");
    expect(document.activeElement).toBe(within(again).getByRole("button", { name: "Delete report" }));
    await user.keyboard("{Enter}");
    await sectionSays("Deleted the report recorded for 10 January 2022.");
    expect(storedDates(door)).toEqual([]);
    // The list is gone with its last report: focus goes to the line that says so, not to the page.
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/^No report is recorded yet\./));
  });

  it("waits for the pane's task, and the pane waits for the section's", SLOW, async () => {
    const user = userEvent.setup();
    const door = new HeldReadDoor([peerReviewSheet(), caseReviewSheet()], { store: [settingsRecord({ asOf: AS_OF })] });
    renderPane({ door });
    await ready();
    door.holding = true;

    await user.click(reports().getByRole("button", { name: "Record report" }));
    await reports().findByRole("progressbar");
    expect(screen.getByRole("button", { name: "Generate RAG summary" }).getAttribute("aria-disabled")).toBe("true");
    await user.click(screen.getByRole("button", { name: "Generate RAG summary" }));
    door.release();
    await sectionSays("Recorded a report of 72 actions for 1 June 2022.");
    expect(door.appliedPlans).toEqual([]);
    await waitFor(() => expect(screen.getByRole("button", { name: "Generate RAG summary" }).getAttribute("aria-disabled")).not.toBe("true"));

    await user.click(screen.getByRole("button", { name: "Generate RAG summary" }));
    await screen.findByRole("progressbar");
    expect(reports().getByRole("button", { name: "Generate committee pack" }).getAttribute("aria-disabled")).toBe("true");
    door.release();
    await waitFor(() => expect(door.appliedPlans).toHaveLength(1));
  });
  it("has no axe violations with reports, changes, a damaged snapshot and an open dialog", SLOW, async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    await recordReport(door, undefined, "2022-01-10");
    setPeerReviewRating(door, 3, "A");
    await recordReport(door, undefined, "2022-04-10");
    setPeerReviewRating(door, 5, "R");
    door.store.push({ kind: SNAPSHOT_KIND, id: "2021-07-13", json: "{" });
    renderPane({ door });
    await ready();
    await reports().findByText(/^Since 10 April 2022: 1 action worsened to red;/);
    for (const header of reports().getAllByRole("button", { name: /^Changes by (review|category) \(\d+\) / })) await user.click(header);

    // Colour contrast needs a real layout, which jsdom does not have; the rest of axe's rules run.
    const options = { rules: { "color-contrast": { enabled: false } } };
    const quiet = await axe.run(reportsRegion(), options);
    expect(quiet.passes.length).toBeGreaterThan(10);
    expect(quiet.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

    await user.click(reports().getByRole("button", { name: "Delete the report recorded for 10 January 2022" }));
    const dialog = await openDialog();
    const open = await axe.run(dialog, options);
    expect(open.violations.map((v) => v.id)).toEqual([]);
  });
  it("shows the newest dozen of many reports, and all of them on request", SLOW, async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    await recordReport(door, undefined, "2000-01-01");
    const read = readSnapshot(door.store.find((r) => r.kind === SNAPSHOT_KIND)!.json, "the first report");
    if (!read.ok) throw new Error(read.message);
    const { seal: _seal, ...first } = read.snapshot;
    // 30 weekly reports, each sealed as RAG Tracker seals it.
    for (let week = 1; week < 30; week++) {
      const date = new Date(Date.UTC(2000, 0, 1 + 7 * week)).toISOString().slice(0, 10);
      door.store = withSnapshot(door.store, sealSnapshot({ ...first, date }));
    }
    renderPane({ door });
    await ready();
    const list = () => within(reports().getByRole("list", { name: "Recorded reports" }));
    await waitFor(() => expect(list().getAllByRole("listitem")).toHaveLength(12));
    expect(list().getAllByRole("listitem")[0]!.textContent).toMatch(/^22 July 2000Recorded/);
    expect(reports().getByRole("table", { name: "Ratings at each report: all actions (the latest 12 of 30)" })).toBeTruthy();

    await user.click(reports().getByRole("button", { name: "Show all 30 recorded reports" }));
    expect(list().getAllByRole("listitem")).toHaveLength(30);
    await user.click(reports().getByRole("button", { name: "Show all 30 rows" }));
    expect(within(reports().getByRole("table", { name: "Ratings at each report: all actions" })).getAllByRole("row")).toHaveLength(31);
  });
});

describe("the plan changed since the report of the report date", () => {
  const CHANGED = "The plan has changed since the report recorded for 1 June 2022: 1 rating differs; record the report again to include it.";
  const since = () => within(reports().getByRole("region", { name: "What changed since the last report" }));
  /** The sentence is in a polite live region that is always in the page, so it is announced when it appears. */
  const announced = (text: string) => {
    const live = since().getByText(text).closest("[aria-live]");
    expect(live?.getAttribute("aria-live")).toBe("polite");
  };

  it("says it in the pack's words, and no longer once the report is recorded again, with no second reading", SLOW, async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    await recordReport(door, undefined, "2022-01-10");
    await recordReport(door, undefined, AS_OF);
    // Peer review recommendation 3 completed after the day's report was recorded.
    setPeerReviewRating(door, 3, "B");
    renderPane({ door });
    await ready();
    await since().findByText(CHANGED);
    announced(CHANGED);
    expect((await generateCommitteePack(door)).message).toContain(CHANGED);

    const reads = door.reads;
    await user.click(reports().getByRole("button", { name: "Record report" }));
    await user.click(within(await openDialog("Replace the report recorded for 1 June 2022?")).getByRole("button", { name: "Replace report" }));
    await sectionSays("Replaced the report recorded for 1 June 2022 with the ratings of 72 actions as they stand now.");
    await waitFor(() => expect(since().queryByText(CHANGED)).toBeNull());
    // The pane shows the reading the report was made from: the workbook is read once.
    expect(door.reads).toBe(reads + 1);
    await since().findByText(/^Since 10 January 2022: 1 action moved to blue;/);
  });

  it("never says it against a reading older than a report recorded since, and reads the workbook again, with progress", SLOW, async () => {
    const user = userEvent.setup();
    const door = new HeldReadDoor([peerReviewSheet(), caseReviewSheet()], { store: [settingsRecord({ asOf: AS_OF })] });
    await recordReport(door, undefined, "2022-01-10");
    await recordReport(door, undefined, "2022-02-10");
    await recordReport(door, undefined, AS_OF);
    setPeerReviewRating(door, 3, "B");
    renderPane({ door });
    await ready();
    await since().findByText(CHANGED);

    // Someone else records the day's report again with recommendation 3 in it, and completes recommendation 19 after.
    await recordReport(door, undefined, AS_OF);
    setPeerReviewRating(door, 19, "B");
    door.holding = true;
    // Anything that reads the list again finds the newer report: the sentence goes, and the workbook is read again.
    await user.click(reports().getByRole("button", { name: "Delete the report recorded for 10 February 2022" }));
    await user.click(within(await openDialog()).getByRole("button", { name: "Delete report" }));
    const bar = await reports().findByRole("progressbar", {}, { timeout: 10_000 });
    expect(reports().getByText("Reading the workbook to compare it with the report recorded for 1 June 2022")).toBeTruthy();
    expect(bar).toBeTruthy();
    expect(since().queryByText(/^The plan has changed/)).toBeNull();
    door.release();
    await since().findByText("The plan has changed since the report recorded for 1 June 2022: 1 rating differs; record the report again to include it.");
    await waitFor(() => expect(reports().queryByRole("progressbar")).toBeNull());
    // The pane shows that reading: recommendation 19 is counted complete in the overview's bar too.
    expect(screen.getByRole("img", { name: /^All actions:/ }).getAttribute("aria-label")).toMatch(/53 Blue/);
  });

  it("in Excel, takes it back when a tracker is edited, until the workbook is read again", SLOW, async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    await recordReport(door, undefined, AS_OF);
    setPeerReviewRating(door, 3, "B");
    let edit: () => void = () => undefined;
    const watched: string[][] = [];
    const capabilities: PaneCapabilities = {
      watchEdits: async (sheets, onEdit) => {
        watched.push(sheets);
        edit = onEdit;
        return async () => undefined;
      },
    };
    renderPane({ door, capabilities });
    await ready();
    await since().findByText(CHANGED);
    expect(watched[0]).toEqual(["Peer Review", "Case Reviews"]);

    // Recommendation 3 put back to green in Excel: the sentence no longer holds, and the pane says so.
    setPeerReviewRating(door, 3, "G");
    act(() => edit());
    const edited = "The workbook has been edited since the pane read it: press Refresh overview to check it against the report recorded for 1 June 2022 again.";
    await since().findByText(edited);
    announced(edited);
    expect(since().queryByText(CHANGED)).toBeNull();

    // Refresh overview, from the keyboard, reads the plan again: it now holds what the report holds.
    screen.getByRole("button", { name: "Refresh overview" }).focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(since().queryByText(edited)).toBeNull());
    expect(since().queryByText(/^The plan has changed/)).toBeNull();
    // Refresh overview answers again once that reading has finished.
    await ready();
    setPeerReviewRating(door, 3, "A");
    await user.click(screen.getByRole("button", { name: "Refresh overview" }));
    await since().findByText(CHANGED);
  });
});

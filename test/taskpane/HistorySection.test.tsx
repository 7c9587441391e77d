// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { MemoryDoor } from "../fakes/memoryDoor";
import { HeldReadDoor } from "../fakes/heldReadDoor";
import { peerReviewRow, peerReviewSheet } from "../fixtures/peerReview";
import { caseReviewSheet } from "../fixtures/caseReviews";
import { AS_OF, paneReady, referenceDoor, renderPane, settingsRecord } from "./paneHelpers";
import { SNAPSHOT_KIND } from "../../src/core/history/snapshot";
import { recordReport } from "../../src/door/historyOperations";
import { readSnapshot, sealSnapshot } from "../../src/core/history/snapshot";
import { withSnapshot } from "../../src/core/history/record";

afterEach(cleanup);
// Each step reads and writes a whole workbook; on a busy machine that can take longer than the 1 s Testing Library waits by default.
configure({ asyncUtilTimeout: 10_000 });

const SLOW = { timeout: 30_000 };
const RATING_COLUMN = 6;

const reportsRegion = () => screen.getByRole("region", { name: "Reports" });
const reports = () => within(reportsRegion());

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

/** Sets the Report date field (a date input: typed as the browser would hand the value over). */
function setReportDate(date: string): void {
  fireEvent.change(reports().getByLabelText("Report date"), { target: { value: date } });
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
  });
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
    expect((reports().getByLabelText("Report date") as HTMLInputElement).value).toBe(AS_OF);

    await recordFor(user, "2022-01-10");
    await sectionSays("Recorded a snapshot of 72 actions for 10 January 2022.");
    expect(storedDates(door)).toEqual(["2022-01-10"]);

    // Peer review recommendation 3 goes from green to amber; the pane reads the workbook again.
    setPeerReviewRating(door, 3, "A");
    await user.click(screen.getByRole("button", { name: "Refresh overview" }));
    const since = within(reports().getByRole("region", { name: "What changed since the last report" }));
    await since.findByText(/^Since 10 January 2022: 1 action worsened to amber;/);
    const moved = since.getByRole("button", { name: "Peer Review action 3, Green → Amber, worsened" });
    await user.click(moved);
    expect(door.selections).toEqual([{ sheet: "Peer Review", row: peerReviewRow(3), column: RATING_COLUMN }]);
    // Counted per review and per category.
    await user.click(since.getByRole("button", { name: /^By review/ }));
    expect(since.getByText(/^Peer Review: 1 worsened/)).toBeTruthy();
    await user.click(since.getByRole("button", { name: /^By category/ }));
    expect(since.getByText(/^Shared Priorities\/ Engagement: 1 worsened/)).toBeTruthy();

    await recordFor(user, "2022-04-10");
    await sectionSays("Recorded a snapshot of 72 actions for 10 April 2022.");
    const list = within(reports().getByRole("list", { name: "Recorded snapshots" }));
    const items = list.getAllByRole("listitem").map((li) => li.textContent);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^10 April 2022Recorded on .*51 Blue6 Green15 Amber72 in all/);
    expect(items[1]).toMatch(/^10 January 2022Recorded on .*51 Blue7 Green14 Amber72 in all/);

    // The comparison of the two recorded reports, chosen either way round.
    const compare = within(reports().getByRole("region", { name: "Compare two snapshots" }));
    expect((compare.getByRole("combobox", { name: "From snapshot" }) as HTMLSelectElement).value).toBe("2022-01-10");
    expect((compare.getByRole("combobox", { name: "To snapshot" }) as HTMLSelectElement).value).toBe("2022-04-10");
    expect(compare.getByText(/^Since 10 January 2022: 1 action worsened to amber;/)).toBeTruthy();
    await user.selectOptions(compare.getByRole("combobox", { name: "From snapshot" }), "2022-04-10");
    expect(compare.getByText("Choose two different reports to compare.")).toBeTruthy();
    await user.selectOptions(compare.getByRole("combobox", { name: "To snapshot" }), "2022-01-10");
    expect(compare.getByText(/^Since 10 January 2022: 1 action worsened to amber;/)).toBeTruthy();
    // The moved action still links to its row in the workbook.
    await user.click(compare.getByRole("button", { name: "Peer Review action 3, Green → Amber, worsened" }));
    expect(door.selections).toHaveLength(2);

    // The trend: one row per report, the ratings as text in the header.
    const table = reports().getByRole("table", { name: "Ratings at each report: all actions" });
    const rows = within(table)
      .getAllByRole("row")
      .map((r) => [...r.querySelectorAll("th, td")].map((c) => c.textContent));
    expect(rows).toEqual([
      ["Report", "Blue", "Green", "Amber", "Total"],
      ["10 January 2022", "51", "7", "14", "72"],
      ["10 April 2022", "51", "6", "15", "72"],
    ]);
    await user.selectOptions(reports().getByRole("combobox", { name: "Show the ratings of" }), "Peer Review");
    expect(reports().getByRole("table", { name: "Ratings at each report: Peer Review" })).toBeTruthy();
  });

  it("asks before replacing the report of a date already recorded", SLOW, async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    renderPane({ door });
    await ready();
    await recordFor(user, AS_OF);
    await sectionSays("Recorded a snapshot of 72 actions for 1 June 2022.");

    await user.click(reports().getByRole("button", { name: "Record report" }));
    const dialog = await openDialog("Replace the snapshot of 1 June 2022?");
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await dialogGone();
    const stored = door.store.find((r) => r.kind === SNAPSHOT_KIND)!.json;

    setPeerReviewRating(door, 3, "B");
    await user.click(reports().getByRole("button", { name: "Record report" }));
    await user.click(within(await openDialog()).getByRole("button", { name: "Replace snapshot" }));
    await sectionSays("Replaced the snapshot of 72 actions for 1 June 2022.");
    expect(storedDates(door)).toEqual([AS_OF]);
    expect(door.store.find((r) => r.kind === SNAPSHOT_KIND)!.json).not.toBe(stored);
  });

  it("says in one sentence when the report date is missing, and records nothing", SLOW, async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    renderPane({ door });
    await ready();
    setReportDate("");
    await user.click(reports().getByRole("button", { name: "Record report" }));
    expect(reports().getByText("Enter the report date, for example 2021-07-13.")).toBeTruthy();
    expect(document.activeElement).toBe(reports().getByLabelText("Report date"));
    expect(storedDates(door)).toEqual([]);
  });

  it("deletes a report after asking, and keeps it when cancelled", SLOW, async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    await recordReport(door, undefined, "2022-01-10");
    await recordReport(door, undefined, "2022-04-10");
    renderPane({ door });
    await ready();
    const list = () => within(reports().getByRole("list", { name: "Recorded snapshots" }));
    await waitFor(() => expect(list().getAllByRole("listitem")).toHaveLength(2));

    await user.click(list().getByRole("button", { name: "Delete the snapshot of 10 January 2022" }));
    await user.click(within(await openDialog("Delete the snapshot of 10 January 2022?")).getByRole("button", { name: "Cancel" }));
    await dialogGone();
    expect(storedDates(door)).toEqual(["2022-01-10", "2022-04-10"]);

    await user.click(list().getByRole("button", { name: "Delete the snapshot of 10 January 2022" }));
    await user.click(within(await openDialog()).getByRole("button", { name: "Delete snapshot" }));
    await sectionSays("Deleted the snapshot of 10 January 2022.");
    expect(storedDates(door)).toEqual(["2022-04-10"]);
    expect(
      list()
        .getAllByRole("listitem")
        .map((li) => li.textContent?.slice(0, 13)),
    ).toEqual(["10 April 2022"]);
    expect(reports().getByText("Record a second report to compare two snapshots.")).toBeTruthy();
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
    await sectionSays(/^Since 10 January 2022: 1 action moved to blue;/);
    expect(reports().getByText("Written to “Committee Pack” and “RAG History”.")).toBeTruthy();
    expect(door.appliedPlans.at(-1)!.sheets.map((s) => [s.key, s.name])).toEqual([
      ["pack", "Committee Pack"],
      ["history", "RAG History"],
    ]);
    expect(door.sheet("Committee Pack")?.values.flat()).toContain("RAG rated action plan report");
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

    await reports().findByText("The snapshot of 13 July 2021 is damaged (its stored text is incomplete), so it cannot be used.");
    expect(reports().getByText("The snapshot of 10 February 2022 was changed outside RAG Tracker, so it cannot be trusted; record a new one.")).toBeTruthy();
    expect(within(reports().getByRole("list", { name: "Recorded snapshots" })).getAllByRole("listitem")).toHaveLength(1);
  });

  it("shows one sentence when the store cannot be read", SLOW, async () => {
    class LockedStore extends MemoryDoor {
      override async readStore(): Promise<never> {
        throw new Error("The store sheet could not be read because the workbook is protected");
      }
    }
    renderPane({ door: new LockedStore([peerReviewSheet()], { store: [settingsRecord({ asOf: AS_OF })] }) });
    await ready();
    await reports().findByText("The store sheet could not be read because the workbook is protected.");
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
    await sectionSays("Recorded a snapshot of 72 actions for 10 January 2022.");

    const deleteButton = () => reports().getByRole("button", { name: "Delete the snapshot of 10 January 2022" });
    deleteButton().focus();
    await user.keyboard("{Enter}");
    const dialog = await openDialog("Delete the snapshot of 10 January 2022?");
    // Focus moves into the dialog; Escape closes it, deletes nothing and gives focus back to Delete.
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    await user.keyboard("{Escape}");
    await dialogGone();
    await waitFor(() => expect(document.activeElement).toBe(deleteButton()));
    expect(storedDates(door)).toEqual(["2022-01-10"]);

    deleteButton().focus();
    await user.keyboard(" ");
    const again = await openDialog();
    await waitFor(() => expect(again.contains(document.activeElement)).toBe(true));
    within(again).getByRole("button", { name: "Delete snapshot" }).focus();
    await user.keyboard("{Enter}");
    await sectionSays("Deleted the snapshot of 10 January 2022.");
    expect(storedDates(door)).toEqual([]);
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
    await sectionSays("Recorded a snapshot of 72 actions for 1 June 2022.");
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
    for (const header of reports().getAllByRole("button", { name: /^By (review|category)/ })) await user.click(header);

    // Colour contrast needs a real layout, which jsdom does not have; the rest of axe's rules run.
    const options = { rules: { "color-contrast": { enabled: false } } };
    const quiet = await axe.run(reportsRegion(), options);
    expect(quiet.passes.length).toBeGreaterThan(10);
    expect(quiet.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

    await user.click(reports().getByRole("button", { name: "Delete the snapshot of 10 January 2022" }));
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
    const list = () => within(reports().getByRole("list", { name: "Recorded snapshots" }));
    await waitFor(() => expect(list().getAllByRole("listitem")).toHaveLength(12));
    expect(list().getAllByRole("listitem")[0]!.textContent).toMatch(/^22 July 2000Recorded/);
    expect(reports().getByRole("table", { name: "Ratings at each report: all actions (the latest 12 of 30)" })).toBeTruthy();

    await user.click(reports().getByRole("button", { name: "Show all 30 snapshots" }));
    expect(list().getAllByRole("listitem")).toHaveLength(30);
    await user.click(reports().getByRole("button", { name: "Show all 30 reports" }));
    expect(within(reports().getByRole("table", { name: "Ratings at each report: all actions" })).getAllByRole("row")).toHaveLength(31);
  });
});

// @vitest-environment jsdom
/**
 * A refusal (or failure) to record a report speaks of the date in the field: it stays while the
 * workbook is read again after it, announced once, and goes once the field holds another date,
 * changed while a task runs too; another task's problem worded the same way is not taken with it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryDoor } from "../fakes/memoryDoor";
import { peerReviewSheet } from "../fixtures/peerReview";
import { caseReviewSheet } from "../fixtures/caseReviews";
import { AS_OF, paneReady, renderPane, settingsRecord } from "./paneHelpers";
import { recordReport } from "../../src/door/historyOperations";
import type { WorkbookSnapshot } from "../../src/core/cells";
import type { StoreRecord } from "../../src/core/store";
import type { WritePlan } from "../../src/core/writePlan";

beforeEach(() => {
  vi.setSystemTime(new Date("2022-06-15T12:00:00"));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const SLOW = { timeout: 30_000 };
const REFUSED = "A report is already recorded for 1 June 2022, so nothing was recorded; record again and confirm to replace it.";

/** A door whose reading number `holdAt` (counting every reading of the workbook) waits until the test releases it. */
class HeldNthReadDoor extends MemoryDoor {
  holdAt = -1;
  held = false;
  private releaseRead: () => void = () => undefined;

  release(): void {
    this.releaseRead();
  }

  override async read(onProgress?: (done: number, total: number) => void): Promise<WorkbookSnapshot> {
    if (this.reads + 1 === this.holdAt) {
      this.held = true;
      await new Promise<void>((resolve) => (this.releaseRead = resolve));
    }
    return super.read(onProgress);
  }
}

/** Excel in cell-edit mode: every write fails with the same sentence, whichever task asked for it. */
class BusyDoor extends MemoryDoor {
  static readonly SENTENCE = "Excel is busy editing a cell; press Enter or Esc in the sheet and try again.";
  busy = false;

  override async writeStore(records: StoreRecord[]): Promise<void> {
    if (this.busy) throw new Error(BusyDoor.SENTENCE);
    return super.writeStore(records);
  }

  override async applyPlan(plan: WritePlan) {
    if (this.busy) throw new Error(BusyDoor.SENTENCE);
    return super.applyPlan(plan);
  }
}

const reportsRegion = () => screen.getByRole("region", { name: "Reports" });
const reports = () => within(reportsRegion());
/** Everything the Reports section says in its live regions. */
const said = () => [...reportsRegion().querySelectorAll("[aria-live]")].map((e) => e.textContent ?? "").join(" | ");

/** The text of every node put into `region` (or into a node inside it) from now until `stop`. */
function insertionsInto(region: Element): { texts: string[]; stop: () => void } {
  const texts: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) texts.push(node.textContent ?? "");
  });
  observer.observe(region, { childList: true, subtree: true, characterData: true });
  return { texts, stop: () => observer.disconnect() };
}

function setReportDate(date: string): void {
  fireEvent.change(reports().getByLabelText("Date of the report to record"), { target: { value: date } });
}

/** The pane has read the workbook and nothing runs any more, so the section's buttons answer. */
async function ready(): Promise<void> {
  await paneReady();
  await waitFor(() => {
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(reports().getByRole("button", { name: "Record report" }).getAttribute("aria-disabled")).not.toBe("true");
  });
}

function heldDoor(): HeldNthReadDoor {
  return new HeldNthReadDoor([peerReviewSheet(), caseReviewSheet()], { store: [settingsRecord({ asOf: AS_OF })] });
}

/** The pane on a workbook in which someone else then records the report of the report date, 1 June 2022, unseen by the pane's list. */
async function paneWithReportRecordedUnseen(): Promise<HeldNthReadDoor> {
  const door = heldDoor();
  renderPane({ door });
  await ready();
  await reports().findByText(/^No report is recorded yet/);
  await recordReport(door, undefined, AS_OF);
  return door;
}

describe("a refusal to record a report", () => {
  it("stays while the workbook is read again after it, put into the assertive region once", SLOW, async () => {
    const user = userEvent.setup();
    const door = await paneWithReportRecordedUnseen();
    const assertive = reportsRegion().querySelector('[aria-live="assertive"]')!;
    const inserted = insertionsInto(assertive);
    // The refused recording reads once; the reading against the report recorded since is the next: it waits.
    door.holdAt = door.reads + 2;

    await user.click(reports().getByRole("button", { name: "Record report" }));
    await waitFor(() => expect(door.held).toBe(true));
    await waitFor(() => expect(assertive.textContent).toContain(REFUSED));
    door.release();
    await ready();
    inserted.stop();
    expect(said()).toContain(REFUSED);
    expect(inserted.texts.filter((text) => text.includes(REFUSED))).toHaveLength(1);
  });

  it("goes when the date is changed while the workbook is read again after it, and does not come back", SLOW, async () => {
    const user = userEvent.setup();
    const door = await paneWithReportRecordedUnseen();
    door.holdAt = door.reads + 2;

    await user.click(reports().getByRole("button", { name: "Record report" }));
    await waitFor(() => expect(door.held).toBe(true));
    await waitFor(() => expect(said()).toContain(REFUSED));
    setReportDate("2022-05-20");
    expect(said()).not.toContain(REFUSED);
    door.release();
    await ready();
    expect((reports().getByLabelText("Date of the report to record") as HTMLInputElement).value).toBe("2022-05-20");
    expect(said()).not.toContain(REFUSED);
  });

  it("is said, naming its date, when the date was changed while Record report ran, and goes at the next change", SLOW, async () => {
    const user = userEvent.setup();
    const door = heldDoor();
    renderPane({ door });
    await ready();
    // A later report recorded since the list was read: recording 1 June is refused.
    await recordReport(door, undefined, "2022-06-10");
    // The recording's own reading waits.
    door.holdAt = door.reads + 1;

    await user.click(reports().getByRole("button", { name: "Record report" }));
    await waitFor(() => expect(door.held).toBe(true));
    setReportDate("2022-06-12");
    door.release();
    await ready();
    expect(said()).toMatch(/1 June 2022 is before 10 June 2022.*, so nothing was recorded for 1 June 2022\./);
    // Record report would now record 12 June: no advice to record again.
    expect(said()).not.toMatch(/record again/);
    setReportDate("2022-06-14");
    expect(said()).not.toMatch(/1 June 2022 is before 10 June 2022/);
  });

  it("that the date already has a report, arriving after the date was changed, names that date and gives no advice to record again", SLOW, async () => {
    const user = userEvent.setup();
    const door = await paneWithReportRecordedUnseen();
    // The recording's own reading waits while the user moves on to another date.
    door.holdAt = door.reads + 1;

    await user.click(reports().getByRole("button", { name: "Record report" }));
    await waitFor(() => expect(door.held).toBe(true));
    setReportDate("2022-06-12");
    door.release();
    await ready();
    expect(said()).toContain("A report is already recorded for 1 June 2022, so nothing was recorded for that date.");
    expect(said()).not.toContain(REFUSED);
    expect(said()).not.toMatch(/record again/);
    expect((reports().getByLabelText("Date of the report to record") as HTMLInputElement).value).toBe("2022-06-12");
    setReportDate("2022-06-14");
    expect(said()).not.toMatch(/already recorded for 1 June 2022/);
  });

  it("takes only itself away when the date changes, not another task's problem worded the same way", SLOW, async () => {
    const user = userEvent.setup();
    const door = new BusyDoor([peerReviewSheet(), caseReviewSheet()], { store: [settingsRecord({ asOf: AS_OF })] });
    renderPane({ door });
    await ready();
    door.busy = true;

    await user.click(reports().getByRole("button", { name: "Record report" }));
    await waitFor(() => expect(said()).toContain(BusyDoor.SENTENCE));
    await ready();
    // The committee pack fails the same way, in the same words.
    await user.click(reports().getByRole("button", { name: "Generate committee pack" }));
    await ready();
    expect(said().split(BusyDoor.SENTENCE)).toHaveLength(2);
    setReportDate("2022-05-20");
    expect(said()).toContain(BusyDoor.SENTENCE);
  });
});

describe("what Record report said", () => {
  it("stays in view after the reading the pane starts by itself against a report recorded since", SLOW, async () => {
    const user = userEvent.setup();
    // A colleague records the report of the report date; the user records another date.
    const door = await paneWithReportRecordedUnseen();
    const reads = door.reads;
    setReportDate("2022-06-10");
    await user.click(reports().getByRole("button", { name: "Record report" }));
    await waitFor(() => expect(said()).toMatch(/Recorded a report/));
    // The recording's own reading, then the one the pane starts to compare with the colleague's report.
    await waitFor(() => expect(door.reads).toBe(reads + 2));
    await ready();
    expect(said()).toMatch(/Recorded a report of \d+ actions for 10 June 2022/);
  });

  it("is put into its live region once, the reading the pane starts by itself after it included", SLOW, async () => {
    const user = userEvent.setup();
    const door = await paneWithReportRecordedUnseen();
    const polite = reportsRegion().querySelector('[aria-live="polite"]')!;
    const inserted = insertionsInto(polite);
    // The recording's own reading, then the one the pane starts to compare with the colleague's report: it waits.
    door.holdAt = door.reads + 2;
    setReportDate("2022-06-10");
    await user.click(reports().getByRole("button", { name: "Record report" }));
    await waitFor(() => expect(door.held).toBe(true));
    // It stays in view while that reading runs.
    await waitFor(() => expect(said()).toMatch(/Recorded a report of \d+ actions for 10 June 2022/));
    door.release();
    await ready();
    inserted.stop();
    expect(said()).toMatch(/Recorded a report of \d+ actions for 10 June 2022/);
    expect(inserted.texts.filter((text) => /Recorded a report/.test(text))).toHaveLength(1);
  });
});

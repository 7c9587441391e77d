// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { act, cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { PaneCapabilities } from "../../src/taskpane/capabilities";
import type { Analysis } from "../../src/core/model";
import type { CellEdit } from "../../src/core/formatPlan";
import { MemoryDoor } from "../fakes/memoryDoor";
import { HeldReadDoor } from "../fakes/heldReadDoor";
import { caseReviewSheet } from "../fixtures/caseReviews";
import { peerReviewSheet } from "../fixtures/peerReview";
import { paneReady, referenceDoor, renderPane, settingsRecord, AS_OF } from "./paneHelpers";
import { noteRibbonWrite, watchRibbonWrites, type StorageEvents } from "../../src/commands/ribbonWrites";

afterEach(cleanup);

const status = () => screen.getByRole("status");

describe("host capabilities", () => {
  it("last-updated stamping is off until switched on, watches the trackers with a last-updated column, and stops when switched off", async () => {
    const user = userEvent.setup();
    const calls: { sheets: string[] }[] = [];
    let stops = 0;
    const capabilities: PaneCapabilities = {
      stampLastUpdated: async (analysis: Analysis) => {
        calls.push({ sheets: analysis.trackers.map((t) => t.sheet) });
        return async () => {
          stops++;
        };
      },
    };
    renderPane({ door: referenceDoor(), capabilities });
    await paneReady();

    const toggle = screen.getByRole("switch", { name: "Stamp today's date when a rating or progress response is edited" });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText("Watches Case Reviews. Off again when the pane closes.")).toBeTruthy();
    expect(calls).toEqual([]);

    await user.click(toggle);
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.sheets).toEqual(["Peer Review", "Case Reviews"]);
    // Reading the workbook again with the same columns keeps the same watch.
    await user.click(screen.getByRole("button", { name: "Refresh overview" }));
    await waitFor(() => expect(status().textContent).toContain("72 actions in 4 reviews"));
    expect(calls).toHaveLength(1);
    expect(stops).toBe(0);
    await user.click(toggle);
    await waitFor(() => expect(stops).toBe(1));
  });

  it("turns the switch off, saying why, when the watch stops", async () => {
    const user = userEvent.setup();
    let stopWatch: ((sentence: string) => void) | undefined;
    const capabilities: PaneCapabilities = {
      stampLastUpdated: async (_analysis, _onError, onStopped) => {
        stopWatch = onStopped;
        return async () => undefined;
      },
    };
    renderPane({ door: referenceDoor(), capabilities });
    await paneReady();
    const toggle = screen.getByRole("switch", { name: "Stamp today's date when a rating or progress response is edited" });
    await user.click(toggle);
    await waitFor(() => expect(stopWatch).toBeDefined());
    const sentence = 'Last-updated stamping stopped on sheet "Case Reviews": a column it watches was deleted, so a date could go in the wrong cell; press Check ratings, then turn stamping on again.';
    act(() => stopWatch!(sentence));
    await waitFor(() => expect((toggle as HTMLInputElement).checked).toBe(false));
    expect(screen.getByText(sentence)).toBeTruthy();
  });

  it("a stamp that fails while a task runs is said once the task ends, not lost", async () => {
    const user = userEvent.setup();
    const refused = 'Row 12 of "Case Reviews" could not be stamped because the sheet is protected.';
    const door = new HeldReadDoor([peerReviewSheet(), caseReviewSheet()], { store: [settingsRecord({ asOf: AS_OF })] });
    let say: (sentence: string) => void = () => undefined;
    renderPane({
      door,
      capabilities: {
        stampLastUpdated: async (_analysis, onError) => {
          say = onError;
          return async () => undefined;
        },
      },
    });
    await paneReady();
    await user.click(screen.getByRole("switch", { name: "Stamp today's date when a rating or progress response is edited" }));
    door.holding = true;
    await user.click(screen.getByRole("button", { name: "Highlight stale & overdue" }));
    act(() => say(refused));
    door.holding = false;
    door.release();
    await waitFor(() => expect(screen.getByRole("button", { name: "Highlight stale & overdue" }).getAttribute("aria-disabled")).not.toBe("true"));
    await waitFor(() => expect(screen.getByText(refused)).toBeTruthy());
  });

  it("says above the Overview when the workbook has been edited since its counts were read, until it is read again", async () => {
    const user = userEvent.setup();
    let edit: (() => void) | undefined;
    renderPane({
      door: referenceDoor(),
      capabilities: {
        watchEdits: async (_sheets, onEdit) => {
          edit = onEdit;
          return async () => undefined;
        },
      },
    });
    await paneReady();
    const note = "The workbook has been edited since the pane read it, so these counts and sentences may be out of date: press Refresh overview to count it again.";
    expect(screen.queryByText(note)).toBeNull();
    await waitFor(() => expect(edit).toBeDefined());
    act(() => edit!());
    await waitFor(() => expect(screen.getByText(note)).toBeTruthy());
    await user.click(screen.getByRole("button", { name: "Refresh overview" }));
    await waitFor(() => expect(screen.queryByText(note)).toBeNull());
  });

  it("says the same when a ribbon command has written to the workbook since its reading, heard through the add-in's local storage", async () => {
    const user = userEvent.setup();
    const storage = new Map<string, string>();
    const target = new EventTarget();
    renderPane({
      door: referenceDoor(),
      capabilities: { watchRibbonWrites: (onWrite) => watchRibbonWrites(target as unknown as StorageEvents, "https://council.sharepoint.com/LSCP/Action plan.xlsx", onWrite) },
    });
    await paneReady();
    const note = "The workbook has been edited since the pane read it, so these counts and sentences may be out of date: press Refresh overview to count it again.";
    const noted = (workbook: string) => {
      noteRibbonWrite({ setItem: (key, value) => storage.set(key, value) }, "Generate RAG summary", workbook, storage.size + 1);
      const [key, newValue] = [...storage.entries()][0]!;
      act(() => void target.dispatchEvent(Object.assign(new Event("storage"), { key, newValue })));
    };
    // Another key in the same storage is not a write, nor a write to another workbook the add-in is open in.
    act(() => void target.dispatchEvent(Object.assign(new Event("storage"), { key: "RAGTracker.unshownOutcome", newValue: "{}" })));
    noted("https://council.sharepoint.com/LSCP/Delivery plan.xlsx");
    expect(screen.queryByText(note)).toBeNull();
    // The ribbon's runtime notes its write to this workbook; the pane's hears the storage event for that key.
    noted("https://council.sharepoint.com/LSCP/Action plan.xlsx");
    await waitFor(() => expect(screen.getByText(note)).toBeTruthy());
    await user.click(screen.getByRole("button", { name: "Refresh overview" }));
    await waitFor(() => expect(screen.queryByText(note)).toBeNull());
  });

  it("says, with its first reading, what a ribbon command's dialog could not show", async () => {
    let asked = 0;
    renderPane({
      door: referenceDoor(),
      capabilities: {
        unshownOutcome: () => (asked++ === 0 ? { message: "The sheet is protected.", kind: "error" } : null),
      },
    });
    await paneReady();
    await waitFor(() => expect(screen.getByText("The last ribbon command's message could not be shown: The sheet is protected.")).toBeTruthy());
    expect(asked).toBe(1);
  });

  it("says where each date stamped clears Excel's undo list", async () => {
    renderPane({ door: referenceDoor(), capabilities: { stampLastUpdated: async () => async () => undefined, stampClearsUndo: true } });
    await paneReady();
    expect(
      screen.getByText("Watches Case Reviews. Off again when the pane closes. On this version of Excel each date stamped clears Undo, so an edit cannot be undone with Ctrl+Z once its row is stamped."),
    ).toBeTruthy();
  });

  it("a tracker without a last-updated column cannot be stamped, so the switch is off and says why", async () => {
    renderPane({ door: new MemoryDoor([peerReviewSheet()]), capabilities: { stampLastUpdated: async () => async () => undefined } });
    await paneReady();
    expect((screen.getByRole("switch") as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText("No tracker has a last-updated column, so there is nothing to stamp.")).toBeTruthy();
  });

  it("without the capability (the browser workbench) there is no switch at all", async () => {
    renderPane({ door: referenceDoor() });
    await paneReady();
    expect(screen.queryByRole("switch")).toBeNull();
  });

  it("notes from the host about formats it left out follow the outcome, which claims no list it did not add", async () => {
    const user = userEvent.setup();
    const note = "This Excel has no drop-down lists (ExcelApi 1.8), so the ratings were coloured without one.";
    renderPane({ door: referenceDoor(), capabilities: { formatOutcome: () => ({ lists: 0, notes: [note] }) } });
    await paneReady();
    await user.click(screen.getByRole("button", { name: "Colour ratings & add drop-down" }));
    await waitFor(() => expect(status().textContent).toContain(note));
    expect(status().textContent).toContain("Coloured the rating column on 2 sheets; no drop-down list was added.");
    expect(status().textContent).not.toContain("added a drop-down list");
  });
});

describe("the pane and its workbook", () => {
  it("tells the host when it changed the workbook, and not when it only read it", async () => {
    const user = userEvent.setup();
    let changes = 0;
    renderPane({ door: referenceDoor(), onWorkbookChanged: () => changes++ });
    await paneReady();
    await user.click(screen.getByRole("button", { name: "Refresh overview" }));
    await waitFor(() => expect(status().textContent).toContain("72 actions in 4 reviews"));
    expect(changes).toBe(0);
    await user.click(screen.getByRole("button", { name: "Generate RAG summary" }));
    await waitFor(() => expect(status().textContent).toContain("Wrote “"));
    expect(changes).toBe(1);
  });

  it("Fix ratings lists only the ratings the host changed, and says why it left the others", async () => {
    const user = userEvent.setup();
    const note = 'Row 8 of "Peer Review" was left as it is because a formula gives its rating; fix the rating in the cell the formula reads.';
    const left = { sheet: "Peer Review", row: 8, column: 6, from: "b", to: "B" };
    renderPane({ door: referenceDoor({ 5: "b", 9: "blue " }), capabilities: { editOutcome: () => ({ left: [left], notes: [note] }) } });
    await paneReady();
    await user.click(screen.getByRole("button", { name: "Fix ratings" }));
    await waitFor(() => expect(status().textContent).toContain("Changed 1 rating: Peer Review row 13 from ‘blue ’ (with a space after it) to the letter ‘B’."));
    expect(status().textContent).toContain(note);
    const list = screen.getByRole("list", { name: "Ratings the pane changed" });
    expect(within(list).getAllByRole("button").map((b) => b.textContent)).toEqual(["Peer Review row 13 from ‘blue ’ (with a space after it) to the letter ‘B’"]);
  });

  it("Fix ratings that writes nothing reads no host outcome: an earlier fix's sentence is not said again", async () => {
    const user = userEvent.setup();
    const stale = 'Row 8 of "Peer Review" was left as it is because a formula gives its rating; fix the rating in the cell the formula reads.';
    renderPane({ door: referenceDoor(), capabilities: { editOutcome: () => ({ left: [{ sheet: "Peer Review", row: 8, column: 6, from: "b", to: "B" }], notes: [stale] }) } });
    await paneReady();
    await user.click(screen.getByRole("button", { name: "Fix ratings" }));
    await waitFor(() => expect(status().textContent).toContain("Every rating is already written the way its sheet writes ratings"));
    expect(status().textContent).not.toContain(stale);
  });

  it("Fix ratings that leaves a merged rating as it is says no rating was changed, and why, not that every rating is written right", async () => {
    const user = userEvent.setup();
    const sheet = peerReviewSheet({ 9: "blue " });
    // The response on row 13 is merged over the rating: the rating is held in column E's cell.
    sheet.values[12]![4] = "blue ";
    sheet.values[12]![5] = null;
    sheet.merges.push({ top: 13, bottom: 13, left: 5, right: 6 });
    const door = new MemoryDoor([sheet, caseReviewSheet()], { label: "Action plans.xlsx", store: [settingsRecord({ asOf: AS_OF })] });
    renderPane({ door });
    await paneReady();
    await user.click(screen.getByRole("button", { name: "Fix ratings" }));
    await waitFor(() => expect(status().textContent).toContain("No rating was changed."));
    expect(status().textContent).toContain("The rating of row 13 was left as it is: its cell is merged in from column E (E13:F13)");
    expect(status().textContent).not.toContain("already written");
    expect(door.appliedEdits).toEqual([]);
  });

  it("Undo says a rating the host left as it is (a formula put in it since the fix) was kept, not put back", async () => {
    const user = userEvent.setup();
    const note = 'Row 13 of "Peer Review" was left as it is because a formula gives its rating; fix the rating in the cell the formula reads.';
    const door = referenceDoor({ 9: "blue " });
    let outcome: { left: CellEdit[]; notes: string[] } = { left: [], notes: [] };
    const apply = door.applyEdits.bind(door);
    door.applyEdits = async (edits) => {
      // The fix is written; the undo finds a formula in the cell and leaves it.
      if (edits[0]!.from === "B") {
        outcome = { left: edits, notes: [note] };
        return 0;
      }
      outcome = { left: [], notes: [] };
      return apply(edits);
    };
    renderPane({ door, capabilities: { editOutcome: () => outcome } });
    await paneReady();
    await user.click(screen.getByRole("button", { name: "Fix ratings" }));
    await waitFor(() => expect(status().textContent).toContain("Changed 1 rating: Peer Review row 13 from ‘blue ’ (with a space after it) to the letter ‘B’."));
    await user.click(screen.getByRole("button", { name: /^Undo the (\d+ )?rating changes?$/ }));
    await waitFor(() => expect(status().textContent).toContain("No rating was put back. 1 rating changed since the fix was left as it is (Peer Review row 13)."));
    expect(status().textContent).toContain(note);
    expect(status().textContent).not.toContain("Put back");
  });

  it("tells the host while a task runs, so it can keep a change under way from being lost", async () => {
    const user = userEvent.setup();
    const seen: boolean[] = [];
    renderPane({ door: referenceDoor(), onBusyChange: (busy) => seen.push(busy) });
    await paneReady();
    await waitFor(() => expect(seen.at(-1)).toBe(false));
    expect(seen).toContain(true);
    seen.length = 0;
    await user.click(screen.getByRole("button", { name: "Generate RAG summary" }));
    await waitFor(() => expect(seen).toEqual([true, false]));
  });

  it("starts afresh on another workbook when the door changes", async () => {
    const first = referenceDoor();
    const { rerender } = renderPane({ door: first });
    await paneReady();
    expect(screen.getByText("Workbook: Action plans.xlsx")).toBeTruthy();

    const second = new MemoryDoor([caseReviewSheet()], { label: "Case reviews.xlsx", store: [settingsRecord({ asOf: AS_OF })] });
    rerender(<App door={second} />);
    await screen.findByText("Workbook: Case reviews.xlsx");
    await waitFor(() => expect(status().textContent).toContain("46 actions in 3 reviews"));
    expect(screen.queryByText(/^Peer Review – /)).toBeNull();
    expect(second.reads).toBe(1);
  });

  it("tells the host once how its first reading of a workbook ended: null when it could be used, else the pane's sentence", async () => {
    const said: (string | null)[] = [];
    const onFirstReading = (problem: string | null) => said.push(problem);
    const { rerender } = renderPane({ door: referenceDoor(), onFirstReading });
    await paneReady();
    await waitFor(() => expect(said).toEqual([null]));

    // A workbook with no tracker: the host is given the sentence the pane shows under Actions.
    const notes = new MemoryDoor([{ name: "Notes", firstRow: 1, firstColumn: 1, values: [["Minutes of the partnership board"]], merges: [] }], { label: "Notes.xlsx" });
    rerender(<App door={notes} onFirstReading={onFirstReading} />);
    const alert = await screen.findByText(/^No action-plan tracker was found in this workbook/);
    await waitFor(() => expect(said).toEqual([null, alert.textContent]));
    expect(said[1]).toMatch(/; to have the table read, give it a header row of short text headings with a RAG column and an Actions or Recommendation column\.$/);

    // Later readings are not first readings.
    await userEvent.setup().click(screen.getByRole("button", { name: "Refresh overview" }));
    await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
    expect(said).toHaveLength(2);
  });
});

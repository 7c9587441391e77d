// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryDoor } from "../fakes/memoryDoor";
import { HeldReadDoor } from "../fakes/heldReadDoor";
import { peerReviewRow, peerReviewSheet } from "../fixtures/peerReview";
import { ACTION_BUTTONS, AS_OF, paneReady, referenceDoor, renderPane, settingsRecord } from "./paneHelpers";
import type { WorkbookSnapshot } from "../../src/core/cells";

afterEach(cleanup);

const status = () => screen.getByRole("status");
const alert = () => screen.getByRole("alert");

describe("overview", () => {
  it("shows the committee sentences and a named RAG bar per review and category", async () => {
    renderPane({ door: referenceDoor() });
    await paneReady();

    expect(screen.getByText("Peer Review – 26 actions identified (23 blue and 3 green)")).toBeTruthy();
    expect(screen.getByText("Frankie – 14 actions identified (11 blue and 3 amber)")).toBeTruthy();
    expect(screen.getByText("Leo – 14 actions identified (1 blue, 4 green, and 9 amber)")).toBeTruthy();

    const overview = screen.getByRole("region", { name: "Overview" });
    const byReview = within(within(overview).getByRole("region", { name: "By review" }));
    expect(byReview.getAllByRole("img").map((img) => img.getAttribute("aria-label"))).toEqual([
      "Peer Review: 23 Blue, 3 Green of 26",
      "Frankie: 11 Blue, 3 Amber of 14",
      "Sam and Kyle: 16 Blue, 2 Amber of 18",
      "Leo: 1 Blue, 4 Green, 9 Amber of 14",
    ]);
    const byCategory = within(within(overview).getByRole("region", { name: "By category" }));
    expect(byCategory.getByRole("img", { name: "Finance: 3 Blue of 3" })).toBeTruthy();
    expect(byCategory.getByRole("img", { name: "Governance & Business Support Structures: 4 Blue of 4" })).toBeTruthy();
    expect(screen.getByRole("img", { name: "All actions: 51 Blue, 7 Green, 14 Amber of 72" })).toBeTruthy();
    // The opening read reports the workbook in one sentence.
    expect(status().textContent).toContain("72 actions in 4 reviews; 0 invalid or missing ratings, 18 stale (3 not checked: no last-updated column), 18 overdue (3 not checked: no time-scale column).");
    expect(status().querySelector("[data-intent]")?.getAttribute("data-intent")).toBe("success");
  });

  it("copies the committee sentences to the clipboard", async () => {
    const user = userEvent.setup();
    renderPane({ door: referenceDoor() });
    await paneReady();
    await user.click(screen.getByRole("button", { name: "Copy committee sentences" }));
    expect(await navigator.clipboard.readText()).toBe(
      [
        "Peer Review – 26 actions identified (23 blue and 3 green)",
        "Frankie – 14 actions identified (11 blue and 3 amber)",
        "Sam and Kyle – 18 actions identified (16 blue and 2 amber)",
        "Leo – 14 actions identified (1 blue, 4 green, and 9 amber)",
      ].join("\n"),
    );
    // Said beside the Copy button, in the Overview.
    expect(within(screen.getByRole("region", { name: "Overview" })).getByText("Copied 4 committee sentences to the clipboard.")).toBeTruthy();
  });
});

describe("page structure", () => {
  /** The level of each heading, in the order read: what a screen reader's list of headings shows. */
  const headingLevels = () => screen.getAllByRole("heading").map((h) => Number(h.tagName.slice(1)));

  it("is its own page in Excel: its title the h1, its sections in a main landmark", async () => {
    renderPane({ door: referenceDoor() });
    await paneReady();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("RAG Tracker");
    expect(within(screen.getByRole("main")).getByRole("heading", { level: 2, name: "Actions" })).toBeTruthy();
    expect(within(screen.getByRole("region", { name: "Stale and overdue actions" })).getByRole("heading", { level: 3, name: "Overdue (18)" })).toBeTruthy();
  });

  it("in a page with its own h1 and main landmark, sits one heading level down and adds no main", async () => {
    const inExcel = renderPane({ door: referenceDoor() });
    await paneReady();
    const levels = headingLevels();
    inExcel.unmount();

    renderPane({ door: referenceDoor(), embedded: true });
    await paneReady();
    expect(headingLevels()).toEqual(levels.map((level) => level + 1));
    expect(screen.getByRole("heading", { level: 2, name: "RAG Tracker" })).toBeTruthy();
    expect(screen.queryByRole("main")).toBeNull();
  });
});

describe("actions", () => {
  it("Generate RAG summary writes the engine's plan and shows the outcome sentence", async () => {
    const user = userEvent.setup();
    const door = referenceDoor({ 9: "Yellow" });
    renderPane({ door });
    await paneReady();

    await user.click(screen.getByRole("button", { name: "Generate RAG summary" }));
    await waitFor(() => expect(status().textContent).toContain("72 actions in 4 reviews; 1 invalid rating, 0 missing ratings, 18 stale (4 not checked: no last-updated column), 18 overdue (4 not checked: no time-scale column)."));
    expect(status().textContent).toContain("Wrote “RAG Summary” and “Stale Actions”.");
    // Done, but with a rating to put right: a warning, not a green tick.
    expect(status().querySelector("[data-intent]")?.getAttribute("data-intent")).toBe("warning");

    expect(door.appliedPlans).toHaveLength(1);
    expect(door.appliedPlans[0]!.sheets.map((s) => [s.key, s.name])).toEqual([
      ["summary", "RAG Summary"],
      ["stale", "Stale Actions"],
    ]);
    expect(door.sheet("RAG Summary")?.generatedKey).toBe("summary");
    // The user's sheets are as they were.
    expect(door.cell("Peer Review", peerReviewRow(9), 6)).toBe("Yellow");
  });

  it("Fix ratings changes the door's cells and lists each change", async () => {
    const user = userEvent.setup();
    const door = referenceDoor({ 5: "b", 9: "blue " });
    renderPane({ door });
    await paneReady();

    await user.click(screen.getByRole("button", { name: "Fix ratings" }));
    // Two trackers in the workbook: each row is named with its sheet.
    await waitFor(() => expect(status().textContent).toBe("Changed 2 ratings: Peer Review row 8 from the small letter ‘b’ to the capital letter ‘B’ and Peer Review row 13 from ‘blue ’ (with a space after it) to the letter ‘B’."));
    expect(status().querySelector("[data-intent]")?.getAttribute("data-intent")).toBe("success");

    expect(door.cell("Peer Review", peerReviewRow(5), 6)).toBe("B");
    expect(door.cell("Peer Review", peerReviewRow(9), 6)).toBe("B");
    expect(door.appliedEdits).toEqual([
      [
        { sheet: "Peer Review", row: 8, column: 6, from: "b", to: "B" },
        { sheet: "Peer Review", row: 13, column: 6, from: "blue ", to: "B" },
      ],
    ]);
    // Each change is a link to its cell, and the findings were read again after the fix.
    await user.click(screen.getByRole("button", { name: "Peer Review row 13 from ‘blue ’ (with a space after it) to the letter ‘B’" }));
    expect(door.selections).toEqual([{ sheet: "Peer Review", row: 13, column: 6 }]);
    expect(screen.queryByText(/is read as Blue; the sheet's usual spelling/)).toBeNull();
  });

  /** Excel busy once the ratings are written: the pane's reading of them back fails. */
  function failReadsAfterEdits(door: ReturnType<typeof referenceDoor>): void {
    const read = door.read.bind(door);
    door.read = async (onProgress) => {
      if (door.appliedEdits.length > 0) throw new Error("Excel is busy editing a cell; press Enter or Esc in the sheet and try again.");
      return read(onProgress);
    };
  }

  it("Fix ratings whose reading afterwards fails still says what it changed, with the failure beside it", async () => {
    const user = userEvent.setup();
    const door = referenceDoor({ 5: "b", 9: "blue " });
    renderPane({ door });
    await paneReady();
    failReadsAfterEdits(door);

    await user.click(screen.getByRole("button", { name: "Fix ratings" }));
    await waitFor(() => expect(status().textContent).toBe("Changed 2 ratings: Peer Review row 8 from the small letter ‘b’ to the capital letter ‘B’ and Peer Review row 13 from ‘blue ’ (with a space after it) to the letter ‘B’."));
    expect(alert().textContent).toBe(
      "Excel is busy editing a cell; press Enter or Esc in the sheet and try again. The ratings were changed, but the overview and findings still show the workbook as it was before the fix; press Refresh overview to read it again.",
    );
    expect(door.cell("Peer Review", peerReviewRow(9), 6)).toBe("B");
    // The changes are listed, each a link, with Undo: the only record of what the cells held.
    expect(screen.getByRole("list", { name: "Ratings the pane changed" })).toBeTruthy();
    expect(screen.getByRole("button", { name: /^Undo the (\d+ )?rating changes?$/ })).toBeTruthy();
  });

  it("Fix ratings whose reading afterwards fails counts the colour-only ratings it typed as put right: a tick where nothing is left", async () => {
    const user = userEvent.setup();
    const door = referenceDoor({ 5: null });
    // Row 5's rating is given by its green fill alone: the reading before the fix warns of it.
    door.fills.set(`Peer Review!F${peerReviewRow(5)}`, "#00B050");
    renderPane({ door });
    await paneReady();
    failReadsAfterEdits(door);

    await user.click(screen.getByRole("button", { name: "Fix ratings" }));
    await waitFor(() => expect(status().textContent).toBe("Changed 1 rating: Peer Review row 8 from blank to the letter ‘G’."));
    expect(status().querySelector("[data-intent]")?.getAttribute("data-intent")).toBe("success");
    expect(alert().textContent).toContain("The ratings were changed, but the overview and findings still show the workbook as it was before the fix");
  });

  it("a second Fix ratings says nothing needed changing and writes nothing", async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    renderPane({ door });
    await paneReady();
    await user.click(screen.getByRole("button", { name: "Fix ratings" }));
    await waitFor(() => expect(status().textContent).toContain("so nothing was changed."));
    expect(door.appliedEdits).toEqual([]);
  });

  it("Fix ratings says which invalid and missing ratings are left for the user to choose, as a warning", async () => {
    const user = userEvent.setup();
    const door = referenceDoor({ 5: "b", 9: "Yellow", 10: null });
    renderPane({ door });
    await paneReady();

    await user.click(screen.getByRole("button", { name: "Fix ratings" }));
    await waitFor(() =>
      expect(status().textContent).toBe(
        "Changed 1 rating: Peer Review row 8 from the small letter ‘b’ to the capital letter ‘B’; 1 invalid rating (Peer Review row 13 ‘Yellow’, perhaps the letter ‘A’) and 1 missing rating (Peer Review row 14) still need your choice.",
      ),
    );
    expect(status().querySelector("[data-intent]")?.getAttribute("data-intent")).toBe("warning");

    // Nothing left that Fix ratings can change, but the invalid and missing ratings are still there.
    await user.click(screen.getByRole("button", { name: "Fix ratings" }));
    await waitFor(() =>
      expect(status().textContent).toBe("No rating was changed; 1 invalid rating (Peer Review row 13 ‘Yellow’, perhaps the letter ‘A’) and 1 missing rating (Peer Review row 14) need your choice."),
    );
    expect(status().querySelector("[data-intent]")?.getAttribute("data-intent")).toBe("warning");
  });

  it("shows one sentence when the door cannot read, leaves the workbook alone, and the buttons work again", async () => {
    const user = userEvent.setup();
    class LockedDoor extends MemoryDoor {
      override async read(): Promise<WorkbookSnapshot> {
        this.reads++;
        throw new Error("The workbook could not be read because another user is editing it\n    at LockedDoor.read (memoryDoor.ts:1:1)");
      }
    }
    const door = new LockedDoor([peerReviewSheet()]);
    renderPane({ door });

    await waitFor(() => expect(alert().textContent).toBe("The workbook could not be read because another user is editing it."));
    expect(alert().textContent).not.toContain("at LockedDoor");
    const generate = screen.getByRole("button", { name: "Generate RAG summary" });
    expect(generate.getAttribute("aria-disabled")).not.toBe("true");

    await user.click(generate);
    await waitFor(() => expect(door.reads).toBe(2));
    await waitFor(() => expect(alert().textContent).toBe("The workbook could not be read because another user is editing it."));
    for (const name of ACTION_BUTTONS) expect(screen.getByRole("button", { name }).getAttribute("aria-disabled")).not.toBe("true");
    expect(door.appliedPlans).toEqual([]);
    expect(door.formats).toEqual([]);
    // The settings can still be reached and saved without a readable workbook.
    expect(screen.getByRole("spinbutton", { name: "Stale threshold (days)" })).toBeTruthy();
  });

  it("keeps the list of fixed ratings after other actions, and Undo puts back only the cells still as the fix left them", async () => {
    const user = userEvent.setup();
    const door = referenceDoor({ 5: "b", 9: "blue " });
    renderPane({ door });
    await paneReady();
    await user.click(screen.getByRole("button", { name: "Fix ratings" }));
    await waitFor(() => expect(status().textContent).toContain("Changed 2 ratings"));
    await user.click(screen.getByRole("button", { name: "Check ratings" }));
    await waitFor(() => expect(status().textContent).toContain("All 72 ratings are valid"));
    expect(screen.getByRole("list", { name: "Ratings the pane changed" })).toBeTruthy();

    // The team corrects recommendation 9 by hand after the fix: that newer word is kept.
    door.sheets[0]!.values[peerReviewRow(9) - 1]![5] = "G";
    await user.click(screen.getByRole("button", { name: /^Undo the (\d+ )?rating changes?$/ }));
    await waitFor(() =>
      expect(status().textContent).toContain(
        "Put back 1 rating as it was: Peer Review row 8 from the capital letter ‘B’ to the small letter ‘b’. 1 rating changed since the fix was left as it is (Peer Review row 13).",
      ),
    );
    expect(door.cell("Peer Review", peerReviewRow(5), 6)).toBe("b");
    expect(door.cell("Peer Review", peerReviewRow(9), 6)).toBe("G");
    expect(door.appliedEdits.at(-1)).toEqual([{ sheet: "Peer Review", row: 8, column: 6, from: "B", to: "b" }]);
    expect(screen.queryByRole("button", { name: /^Undo the (\d+ )?rating changes?$/ })).toBeNull();
    // The Undo button went with its list: the focus goes back to Fix ratings, not to the top of the page.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("button", { name: "Fix ratings" })));
  });

  it("a workbook read but not understood says how to fix it, and its settings offer its sheets for a column override", async () => {
    const user = userEvent.setup();
    // A new plan whose rating column has an unusual heading and no ratings yet.
    const unrated = Object.fromEntries(Array.from({ length: 26 }, (_, i) => [i + 1, null]));
    const sheet = peerReviewSheet(unrated);
    sheet.values[2]![5] = "Position";
    const door = new MemoryDoor([sheet], { store: [settingsRecord({ asOf: AS_OF })] });
    renderPane({ door });

    await waitFor(() => expect(alert().textContent).toContain("choose its column under Column overrides in the task pane's settings."));
    expect(screen.getAllByText("Nothing to show: the workbook was read, but it holds no tracker RAG Tracker can count (the message under Actions says why).")).toHaveLength(4);
    const settings = within(screen.getByRole("region", { name: "Settings" }));
    expect((settings.getByRole("combobox", { name: "Sheet" }) as HTMLSelectElement).value).toBe("Peer Review");
    await user.type(settings.getByRole("textbox", { name: "Column letter" }), "F{Enter}");
    expect(settings.getByText("Peer Review: RAG rating in column F")).toBeTruthy();
    await user.click(settings.getByRole("button", { name: "Save settings" }));
    // Saved, with a warning: the plan has no ratings yet, so nothing shows that F is the rating column.
    await waitFor(() => expect(settings.getByText('Settings saved, but there is no rating in column F on "Peer Review"; check that it is the rating column.')).toBeTruthy());
    expect(door.settingsWritten.at(-1)?.columnOverrides).toEqual({ "Peer Review": { rating: "F" } });
    await paneReady();
    expect(screen.getByRole("img", { name: "All actions: 26 Unrated of 26" })).toBeTruthy();
  });

  it("shows the step and a progress bar while work runs, with the buttons disabled", async () => {
    const user = userEvent.setup();
    const door = new HeldReadDoor([peerReviewSheet()], { store: [settingsRecord({ asOf: AS_OF })] });
    renderPane({ door });
    await paneReady();
    door.holding = true;

    await user.click(screen.getByRole("button", { name: "Highlight stale & overdue" }));
    const bar = await screen.findByRole("progressbar");
    expect(status().textContent).toContain("Highlighting stale and overdue actions");
    expect(status().textContent).toContain("Reading the workbook");
    expect(bar).toBeTruthy();
    for (const name of ACTION_BUTTONS) expect(screen.getByRole("button", { name }).getAttribute("aria-disabled")).toBe("true");
    // A click while busy does nothing.
    await user.click(screen.getByRole("button", { name: "Generate RAG summary" }));

    door.release();
    await waitFor(() => expect(status().textContent).toContain("No action is stale (over 90 days) or overdue, so nothing needed highlighting."));
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(door.appliedPlans).toEqual([]);
    expect(screen.getByRole("button", { name: "Generate RAG summary" }).getAttribute("aria-disabled")).not.toBe("true");
  });
});

describe("keyboard", () => {
  it("Tab reaches every action button in order, and Enter runs it", async () => {
    const user = userEvent.setup();
    const door = referenceDoor({ 9: "Yellow" });
    renderPane({ door });
    await paneReady();

    const reached: string[] = [];
    for (let i = 0; i < 60 && reached.length < ACTION_BUTTONS.length; i++) {
      await user.tab();
      const name = document.activeElement?.textContent ?? "";
      if (document.activeElement?.tagName === "BUTTON" && ACTION_BUTTONS.includes(name)) reached.push(name);
    }
    expect(reached).toEqual(ACTION_BUTTONS);

    const tabTo = async (label: string) => {
      (document.activeElement as HTMLElement | null)?.blur();
      for (let i = 0; i < 60 && document.activeElement?.textContent !== label; i++) await user.tab();
      expect(document.activeElement?.textContent).toBe(label);
    };

    await tabTo("Check ratings");
    await user.keyboard("{Enter}");
    await waitFor(() => expect(status().textContent).toBe("Counts are as at 1 June 2022, the report date in the settings, not today. Highlighted 1 invalid rating."));
    // Highlighted as asked, but a rating is still to be put right: a warning, not a green tick.
    expect(status().querySelector("[data-intent]")?.getAttribute("data-intent")).toBe("warning");
    expect(door.formats.map((f) => [f.tag, f.sheet, f.rules.length])).toEqual([["rating-problems", "Peer Review", 1]]);

    await tabTo("Colour ratings & add drop-down");
    await user.keyboard("{Enter}");
    await waitFor(() => expect(status().textContent).toContain("Coloured the rating column on 2 sheets and added a drop-down list of Blue, Green, Amber and Red."));
    // Each sheet's drop-down follows how that sheet writes ratings: codes on the peer review, names on the case reviews.
    expect(door.formats.filter((f) => f.tag === "rating-colours").map((f) => [f.sheet, f.validation?.allowed])).toEqual([
      ["Peer Review", ["B", "G", "A", "R"]],
      ["Case Reviews", ["Blue", "Green", "Amber", "Red"]],
    ]);

    await tabTo("Highlight stale & overdue");
    await user.keyboard("{Enter}");
    await waitFor(() => expect(status().textContent).toContain("Highlighted 18 overdue actions (pink, bold; all also stale)."));

    await tabTo("Clear rating checks");
    await user.keyboard("{Enter}");
    await waitFor(() => expect(status().textContent).toBe("Removed the rating check's highlights."));
    expect(door.formats.some((f) => f.tag === "rating-problems")).toBe(false);

    await tabTo("Clear colours & drop-down");
    await user.keyboard("{Enter}");
    await waitFor(() => expect(status().textContent).toBe("Removed the rating colours and drop-down lists."));

    await tabTo("Clear stale & overdue highlights");
    await user.keyboard("{Enter}");
    await waitFor(() => expect(status().textContent).toBe("Removed the stale and overdue highlights."));
    expect(door.formats).toEqual([]);

    await tabTo("Clear stale & overdue highlights");
    await user.keyboard("{Enter}");
    await waitFor(() => expect(status().textContent).toBe("There were no stale and overdue highlights from RAG Tracker to clear."));
  });
});

describe("findings and flagged actions", () => {
  it("clicking a finding selects its cell", async () => {
    const user = userEvent.setup();
    const door = referenceDoor({ 9: "Yellow", 10: null });
    renderPane({ door });
    await paneReady();

    const findings = within(screen.getByRole("region", { name: "Findings" }));
    await user.click(findings.getByRole("button", { name: /"Yellow" is not a rating in the index/ }));
    expect(door.selections).toEqual([{ sheet: "Peer Review", row: peerReviewRow(9), column: 6 }]);

    // Filtering by severity: only the warning about the missing rating is left.
    await user.click(findings.getByRole("radio", { name: "Warnings (1)" }));
    expect(findings.queryByRole("button", { name: /Yellow/ })).toBeNull();
    await user.click(findings.getByRole("button", { name: /action 10 has no rating/ }));
    expect(door.selections.at(-1)).toEqual({ sheet: "Peer Review", row: peerReviewRow(10), column: 6 });
  });

  it("clicking a stale or overdue action selects its last-updated or due cell", async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    renderPane({ door });
    await paneReady();

    const flagged = within(screen.getByRole("region", { name: "Stale and overdue actions" }));
    const overdue = within(flagged.getByRole("region", { name: "Overdue (18)" }));
    const stale = within(flagged.getByRole("region", { name: "Stale (18)" }));
    const first = overdue.getAllByRole("button")[0]!;
    expect(first.textContent).toBe("Case Reviews row 14: Frankie action 12, Amber, due 31 December 2021, 152 days overdue");
    await user.click(first);
    await user.click(stale.getAllByRole("button")[0]!);
    // Due is column H, last updated column I.
    expect(door.selections).toEqual([
      { sheet: "Case Reviews", row: 14, column: 8 },
      { sheet: "Case Reviews", row: 14, column: 9 },
    ]);
    expect(stale.getAllByRole("button")[0]!.textContent).toBe("Case Reviews row 14: Frankie action 12, Amber, last updated 1 September 2021, 273 days ago");
  });

  it("shows the first 10 of each list, and all of them on request, focus moving to the first newly shown", async () => {
    const user = userEvent.setup();
    renderPane({ door: referenceDoor() });
    await paneReady();

    const flagged = within(screen.getByRole("region", { name: "Stale and overdue actions" }));
    const overdue = within(flagged.getByRole("region", { name: "Overdue (18)" }));
    const links = () => within(overdue.getByRole("list")).getAllByRole("button");
    expect(links()).toHaveLength(10);
    // Only the first 10 of each list are in the Tab order, so the keyboard gets past them.
    expect(within(flagged.getByRole("region", { name: "Stale (18)" })).getByRole("button", { name: "Show all 18 stale actions" })).toBeTruthy();

    overdue.getByRole("button", { name: "Show all 18 overdue actions" }).focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(links()).toHaveLength(18));
    expect(document.activeElement).toBe(links()[10]);
    expect(overdue.queryByRole("button", { name: /^Show all/ })).toBeNull();
  });

  it("a selection the door refuses shows its sentence", async () => {
    const user = userEvent.setup();
    const door = referenceDoor({ 9: "Yellow" });
    renderPane({ door });
    await paneReady();
    door.sheets.splice(0, 1);
    await user.click(screen.getByRole("button", { name: /"Yellow" is not a rating/ }));
    // Said beside the list whose link was used.
    const findings = within(screen.getByRole("region", { name: "Findings" }));
    await waitFor(() => expect(findings.getByText('There is no sheet named "Peer Review" any more.')).toBeTruthy());
  });
});

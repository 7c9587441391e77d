// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import userEvent from "@testing-library/user-event";
import { AS_OF, paneReady, referenceDoor, renderPane, settingsRecord } from "./paneHelpers";
import { MemoryDoor } from "../fakes/memoryDoor";
import { peerReviewSheet } from "../fixtures/peerReview";
import { caseReviewSheet } from "../fixtures/caseReviews";
import { formatLongDate } from "../../src/core/longDate";
import { todayIso } from "../../src/door/operations";
import { SettingsForm } from "../../src/taskpane/SettingsForm";
import { DEFAULT_RAG_INDEX, type RagIndex } from "../../src/core/ragIndex";
import { settingsSchema } from "../../src/core/settings";

afterEach(cleanup);

const settingsRegion = () => within(screen.getByRole("region", { name: "Settings" }));
/** Text as shown, not its copy said in a list's live region (a refusal of Enter in the add row's text box). */
const SHOWN = { ignore: "script, style, [aria-live]" };
/** Said where the actions are while the settings form holds changes not saved. */
const UNSAVED = "Settings have unsaved changes; the actions and reports use the saved settings until the changes are saved.";

describe("settings form", () => {
  it("shows the zod problem as one sentence next to the stale threshold and saves nothing", async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    renderPane({ door });
    await paneReady();

    const days = settingsRegion().getByRole("spinbutton", { name: "Stale threshold (days)" });
    expect((days as HTMLInputElement).value).toBe("90");
    await user.clear(days);
    await user.type(days, "0");
    await user.click(settingsRegion().getByRole("button", { name: "Save settings" }));

    const message = settingsRegion().getByText("The stale threshold must be at least 1 day.");
    expect(days.getAttribute("aria-invalid")).toBe("true");
    expect(days.getAttribute("aria-describedby")?.split(" ")).toContain(message.id);
    expect(document.activeElement).toBe(days);
    expect(door.settingsWritten).toEqual([]);

    await user.clear(days);
    await user.type(days, "2.5");
    await user.click(settingsRegion().getByRole("button", { name: "Save settings" }));
    expect(settingsRegion().getByText("The stale threshold must be a whole number of days.")).toBeTruthy();
    await user.clear(days);
    await user.click(settingsRegion().getByRole("button", { name: "Save settings" }));
    expect(settingsRegion().getByText("The stale threshold must be a whole number of days.")).toBeTruthy();
    expect(door.settingsWritten).toEqual([]);
  });

  it("saves valid settings with writeSettings, keeps what the form does not show, and reads the workbook again", async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    renderPane({ door });
    await paneReady();
    const form = settingsRegion();

    await user.clear(form.getByRole("spinbutton", { name: "Stale threshold (days)" }));
    await user.type(form.getByRole("spinbutton", { name: "Stale threshold (days)" }), "300");
    await user.selectOptions(form.getByRole("combobox", { name: "Complete rating" }), "Green");
    await user.click(form.getByRole("radio", { name: /^US \(en-US\)/ }));
    await user.click(form.getByRole("checkbox", { name: "Case Reviews" }));
    const save = form.getByRole("button", { name: "Save settings" });
    await user.click(save);

    // Said beside the button, which keeps the focus: the form is not rebuilt under the user.
    await waitFor(() => expect(form.getByText("Settings saved.")).toBeTruthy());
    expect(document.activeElement).toBe(save);
    expect((form.getByRole("spinbutton", { name: "Stale threshold (days)" }) as HTMLInputElement).value).toBe("300");
    expect(door.settingsWritten).toEqual([
      { trackerSheets: ["Case Reviews"], columnOverrides: {}, sheetReviews: {}, staleDays: 300, completeRating: "Green", locale: "en-US", asOf: AS_OF },
    ]);
    expect(await door.readSettings()).toEqual(door.settingsWritten[0]);
    // Read again with the new settings: only the case reviews; none stale after 273 days; with Green as the
    // complete rating, the 28 blue and 14 amber actions are not done and all are past December 2021.
    // Counted as at the report date still stored, which is said with the counts.
    expect(form.getByText("Counts are as at 1 June 2022, the report date in the settings, not today. 46 actions in 3 reviews; 0 invalid or missing ratings, 0 stale, 42 overdue.")).toBeTruthy();
  });

  it("does not store tracker sheets the workbook does not have, says which, and takes the focus to the problem", async () => {
    const user = userEvent.setup();
    // The settings name a sheet since renamed or deleted: the form lists it, ticked, and Save refuses it.
    const door = referenceDoor();
    door.store = [settingsRecord({ asOf: AS_OF, trackerSheets: ["Peer Review", "Case Reviews", "Foo"] })];
    renderPane({ door });
    await paneReady();
    const form = settingsRegion();
    expect((form.getByRole("checkbox", { name: "Foo" }) as HTMLInputElement).checked).toBe(true);

    await user.click(form.getByRole("button", { name: "Save settings" }));
    const sentence = 'There is no sheet named "Foo" in this workbook, so the settings were not saved; untick "Foo" and tick the sheet you meant.';
    const problem = await form.findByText(sentence);
    // Said in the live region under the button, and the focus is on it.
    expect(problem.closest("[aria-live]")).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.contains(problem)).toBe(true));
    expect(door.settingsWritten).toEqual([]);
    // The overview still shows the workbook as the stored settings read it.
    expect(screen.getByRole("img", { name: "All actions: 51 Blue, 7 Green, 14 Amber of 72" })).toBeTruthy();
  });

  it("takes a tracker sheet the settings name without the space its tab's name ends in as that tab: read, one box ticked, and saved as the tab spells it", async () => {
    const user = userEvent.setup();
    const door = new MemoryDoor([peerReviewSheet(), { ...caseReviewSheet(), name: "Case Reviews " }], { store: [settingsRecord({ asOf: AS_OF, trackerSheets: ["Case Reviews"] })] });
    renderPane({ door });
    await paneReady();
    expect(screen.getByRole("img", { name: "All actions: 28 Blue, 4 Green, 14 Amber of 46" })).toBeTruthy();
    const form = settingsRegion();
    const boxes = form.getAllByRole("checkbox", { name: "Case Reviews" });
    expect(boxes.map((b) => (b as HTMLInputElement).checked)).toEqual([true]);
    expect(screen.queryByText(UNSAVED)).toBeNull();
    await user.click(form.getByRole("button", { name: "Save settings" }));
    await waitFor(() => expect(door.settingsWritten).toHaveLength(1));
    expect(door.settingsWritten[0]!.trackerSheets).toEqual(["Case Reviews "]);
  });

  it("shows the end spaces of tabs whose names differ only by them, in the box's label and its spoken name, so the two boxes can be told apart and ticked from the keyboard", async () => {
    const user = userEvent.setup();
    // Two plans, not copies (a copy is not counted, nor listed): the second keeps the first 20 rows of the first.
    const cases = caseReviewSheet();
    const tabs = [peerReviewSheet(), { ...cases, name: "Case Reviews " }, { ...cases, name: " Case Reviews", values: cases.values.slice(0, 20) }];
    // No tracker sheets named: every sheet holding a tracker is read, and listed.
    const door = new MemoryDoor(tabs, { store: [settingsRecord({ asOf: AS_OF })] });
    renderPane({ door });
    await paneReady();
    const form = settingsRegion();
    const labels = form.getAllByRole("checkbox").map((box) => [box.getAttribute("aria-label"), document.querySelector(`label[for="${box.id}"]`)?.textContent]);
    expect(labels).toEqual([
      [null, "Peer Review"],
      ["Case Reviews (ends with a space)", "Case Reviews\u2423 (ends with a space)"],
      ["Case Reviews (begins with a space)", "\u2423Case Reviews (begins with a space)"],
    ]);
    // The sheets offered for a column override are told apart alike.
    const options = within(form.getByRole("combobox", { name: "Sheet" })).getAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual(["Peer Review", "Case Reviews\u2423 (ends with a space)", "\u2423Case Reviews (begins with a space)"]);
    expect(options.map((o) => (o as HTMLOptionElement).value)).toEqual(["Peer Review", "Case Reviews ", " Case Reviews"]);
    // A review is set by hand for a sheet with no Review column, which the counted case reviews have, or for a
    // tracker left out (here the shorter case reviews, a part of the other), as a round's tab names the latest's review.
    const reviewed = within(form.getByRole("combobox", { name: "Sheet with no Review column" })).getAllByRole("option");
    expect(reviewed.map((o) => (o as HTMLOptionElement).value)).toEqual(["Peer Review", " Case Reviews"]);
    const ending = form.getByRole("checkbox", { name: "Case Reviews (ends with a space)" });
    ending.focus();
    await user.keyboard(" ");
    expect((ending as HTMLInputElement).checked).toBe(true);
    expect((form.getByRole("checkbox", { name: "Case Reviews (begins with a space)" }) as HTMLInputElement).checked).toBe(false);
    await user.click(form.getByRole("button", { name: "Save settings" }));
    await waitFor(() => expect(door.settingsWritten).toHaveLength(1));
    expect(door.settingsWritten[0]!.trackerSheets).toEqual(["Case Reviews "]);
  });

  it("shows and says the end spaces of sheets whose names differ only by them in the lists of chosen reviews and columns, and their Remove buttons", async () => {
    const user = userEvent.setup();
    // Two plans, not copies (a copy is not counted, nor listed): the second keeps the first 20 rows of the first.
    const cases = caseReviewSheet();
    const tabs = [peerReviewSheet(), { ...cases, name: "Leo" }, { ...cases, name: "Leo ", values: cases.values.slice(0, 20) }];
    const stored = { asOf: AS_OF, sheetReviews: { Leo: "A", "Leo ": "B", "Peer Review": "C" }, columnOverrides: { Leo: { lead: "G" }, "Leo ": { lead: "H" }, "Peer Review": { lead: "G" } } };
    const door = new MemoryDoor(tabs, { store: [settingsRecord(stored)] });
    renderPane({ door });
    await paneReady();
    const form = settingsRegion();
    const list = (name: string) => within(form.getByRole("list", { name }));
    const rows = (name: string) => list(name).getAllByRole("listitem").map((li) => [li.textContent, within(li).getByRole("button").getAttribute("aria-label")]);
    expect(rows("Reviews of sheets")).toEqual([
      ["Leo: counted under ARemove", "Remove the review of Leo"],
      ["Leo\u2423 (ends with a space): counted under BRemove", "Remove the review of Leo (ends with a space)"],
      // Any other name is shown and said as it is.
      ["Peer Review: counted under CRemove", "Remove the review of Peer Review"],
    ]);
    expect(rows("Column overrides")).toEqual([
      ["Leo: Lead in column GRemove", "Remove the Lead column of Leo"],
      ["Leo\u2423 (ends with a space): Lead in column HRemove", "Remove the Lead column of Leo (ends with a space)"],
      ["Peer Review: Lead in column GRemove", "Remove the Lead column of Peer Review"],
    ]);
    await user.click(form.getByRole("button", { name: "Remove the review of Leo (ends with a space)" }));
    await user.click(form.getByRole("button", { name: "Remove the Lead column of Leo" }));
    await user.click(form.getByRole("button", { name: "Save settings" }));
    await waitFor(() => expect(door.settingsWritten).toHaveLength(1));
    expect(door.settingsWritten[0]!.sheetReviews).toEqual({ Leo: "A", "Peer Review": "C" });
    expect(door.settingsWritten[0]!.columnOverrides).toEqual({ "Leo ": { lead: "H" }, "Peer Review": { lead: "G" } });
  });

  it("lists the columns chosen for a tab under names differing in case as the tab's, as the engine reads them, and saves them so", async () => {
    const user = userEvent.setup();
    const door = new MemoryDoor([{ ...caseReviewSheet(), name: "LEO" }], { store: [settingsRecord({ asOf: AS_OF, columnOverrides: { Leo: { rating: "F" }, LEO: { due: "I" } } })] });
    renderPane({ door });
    await paneReady();
    const form = settingsRegion();
    expect(form.getAllByRole("listitem").map((li) => li.textContent)).toEqual(["LEO: RAG rating in column FRemove", "LEO: Due date or time scale in column IRemove"]);
    expect(screen.queryByText(UNSAVED)).toBeNull();
    await user.click(form.getByRole("button", { name: "Save settings" }));
    await waitFor(() => expect(door.settingsWritten).toHaveLength(1));
    expect(door.settingsWritten[0]!.columnOverrides).toEqual({ LEO: { rating: "F", due: "I" } });
  });

  it("refuses to save a tracker sheet two tabs could be, their names differing only by end spaces, naming both", async () => {
    const user = userEvent.setup();
    const tabs = [peerReviewSheet(), { ...caseReviewSheet(), name: "Case Reviews " }, { ...caseReviewSheet(), name: " Case Reviews" }];
    const door = new MemoryDoor(tabs, { store: [settingsRecord({ asOf: AS_OF, trackerSheets: ["Peer Review", "Case Reviews"] })] });
    renderPane({ door });
    await paneReady();
    const form = settingsRegion();
    await user.click(form.getByRole("button", { name: "Save settings" }));
    await form.findByText(
      '"Case Reviews" could be either of the tabs "Case Reviews " and " Case Reviews", whose names differ only by spaces at their ends, so the settings were not saved; untick "Case Reviews" and tick the sheet you meant.',
    );
    expect(door.settingsWritten).toEqual([]);
  });

  it("refuses to save a column override or review of a sheet two tabs could be, their names differing only by end spaces, naming both", async () => {
    const user = userEvent.setup();
    const tabs = [peerReviewSheet(), { ...caseReviewSheet(), name: "Case Reviews " }, { ...caseReviewSheet(), name: " Case Reviews" }];
    for (const [stored, refusal] of [
      [{ columnOverrides: { "Case Reviews": { rating: "J" } } }, 'remove the columns chosen for "Case Reviews" under Column overrides and choose them for the sheet you meant.'],
      [{ sheetReviews: { "Case Reviews": "Leo" } }, 'remove the review of "Case Reviews" under Reviews of sheets and name it for the sheet you meant.'],
    ] as const) {
      const door = new MemoryDoor(tabs, { store: [settingsRecord({ asOf: AS_OF, ...stored })] });
      renderPane({ door });
      await paneReady();
      const form = settingsRegion();
      await user.click(form.getByRole("button", { name: "Save settings" }));
      await form.findByText(`"Case Reviews" could be either of the tabs "Case Reviews " and " Case Reviews", whose names differ only by spaces at their ends, so the settings were not saved; ${refusal}`);
      expect(door.settingsWritten).toEqual([]);
      cleanup();
    }
  });

  it("refuses at Add a sheet the workbook does not have, saying what it has, and adds one it has as its tab spells it", async () => {
    const user = userEvent.setup();
    const notes = { name: "Notes", firstRow: 1, firstColumn: 1, values: [["Minutes of the partnership board"]], merges: [] };
    const door = new MemoryDoor([peerReviewSheet(), caseReviewSheet(), notes], { store: [settingsRecord({ asOf: AS_OF, trackerSheets: ["Peer Review"] })] });
    renderPane({ door });
    await paneReady();
    const form = settingsRegion();
    const box = form.getByRole("textbox", { name: "Another sheet, by name" });

    await user.type(box, "Leo Review");
    await user.click(form.getByRole("button", { name: "Add sheet" }));
    const refusal = form.getByText(
      'There is no sheet named "Leo Review" in the workbook as last read, whose sheets not listed above are "Case Reviews" and "Notes"; add one of those or tick one above, or press Refresh overview if you have added the sheet since.',
    );
    expect(form.queryByRole("checkbox", { name: "Leo Review" })).toBeNull();
    // The name stays to be put right, in the box the sentence describes, which has the focus.
    expect((box as HTMLInputElement).value).toBe("Leo Review");
    expect(box.getAttribute("aria-describedby")).toBe(refusal.id);
    expect(document.activeElement).toBe(box);

    await user.clear(box);
    await user.type(box, "case reviews{Enter}");
    expect((form.getByRole("checkbox", { name: "Case Reviews" }) as HTMLInputElement).checked).toBe(true);
    expect(form.queryByText(/^There is no sheet named/)).toBeNull();
    await user.click(form.getByRole("button", { name: "Save settings" }));
    await waitFor(() => expect(door.settingsWritten).toHaveLength(1));
    expect(door.settingsWritten[0]!.trackerSheets).toEqual(["Peer Review", "Case Reviews"]);
  });

  it("refuses at Add a sheet added to the workbook since it was read, and adds it once the workbook is read again", async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    renderPane({ door });
    await paneReady();
    const form = settingsRegion();
    const box = form.getByRole("textbox", { name: "Another sheet, by name" });
    door.sheets.push({ ...peerReviewSheet(), name: "Leo Review" });

    await user.type(box, "Leo Review{Enter}");
    expect(
      form.getByText('There is no sheet named "Leo Review" in the workbook as last read; tick the sheet you meant in the list above, or press Refresh overview if you have added the sheet since.'),
    ).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Refresh overview" }));
    await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
    await user.click(form.getByRole("button", { name: "Add sheet" }));
    expect((form.getByRole("checkbox", { name: "Leo Review" }) as HTMLInputElement).checked).toBe(true);
  });

  it("offers the sheets left out of the counts to tick, as their findings say to choose them here: an earlier quarter's sheet", async () => {
    const user = userEvent.setup();
    const quarter = (name: string) => ({ ...peerReviewSheet(), name });
    const door = new MemoryDoor([quarter("Q1 2021-22"), quarter("Q2 2021-22")], { store: [settingsRecord({ asOf: AS_OF })] });
    renderPane({ door });
    await paneReady();
    const form = settingsRegion();
    const earlier = form.getByRole("checkbox", { name: "Q1 2021-22" }) as HTMLInputElement;
    expect(earlier.checked).toBe(false);
    await user.click(earlier);
    expect(earlier.checked).toBe(true);
  });

  it("does not store settings that leave no tracker to read", async () => {
    const user = userEvent.setup();
    const notes = { name: "Notes", firstRow: 1, firstColumn: 1, values: [["Minutes of the partnership board"], ["Agreed the plan"]], merges: [] };
    const door = new MemoryDoor([peerReviewSheet(), notes], { store: [settingsRecord({ asOf: AS_OF })] });
    renderPane({ door });
    await paneReady();
    const form = settingsRegion();

    await user.click(form.getByRole("checkbox", { name: "Notes" }));
    await user.click(form.getByRole("button", { name: "Save settings" }));
    const problem = await form.findByText(/^No action-plan tracker was found on the sheet "Notes", the only sheet the settings say to read: RAG Tracker looked there for a header row naming columns such as .*; tick the tracker's sheet under Tracker sheets in the task pane's settings, or give the table a header row of short text headings with a RAG column and an Actions or Recommendation column; the settings were not saved\.$/);
    await waitFor(() => expect(document.activeElement?.contains(problem)).toBe(true));
    expect(door.settingsWritten).toEqual([]);
    expect(screen.getByRole("img", { name: /^All actions: .* of 26$/ })).toBeTruthy();
  });

  // Z is empty; G is Lead Agency, whose every value reads as an invalid rating (a column chosen by mistake).
  it.each(["Z", "G"])("warns when a rating column chosen by hand holds no rating of the index (column %s of the case reviews)", async (column) => {
    const user = userEvent.setup();
    const door = referenceDoor();
    renderPane({ door });
    await paneReady();
    const form = settingsRegion();

    await user.selectOptions(form.getByRole("combobox", { name: "Sheet" }), "Case Reviews");
    await user.type(form.getByRole("textbox", { name: "Column letter" }), `${column}{Enter}`);
    await user.click(form.getByRole("button", { name: "Save settings" }));
    const saved = await form.findByText(`Settings saved, but there is no rating in column ${column} on "Case Reviews"; check that it is the rating column.`);
    expect(saved.closest("[data-intent]")?.getAttribute("data-intent")).toBe("warning");
    expect(door.settingsWritten.at(-1)?.columnOverrides).toEqual({ "Case Reviews": { rating: column } });
  });

  it("says at the top when the saved report date is after today, as most likely a mistyped year", async () => {
    const door = referenceDoor();
    door.store = [settingsRecord({ asOf: "2202-06-01" })];
    renderPane({ door });
    await paneReady();
    expect(screen.getByText(`Counts are as at 1 June 2202, the report date in the settings, which is after today (${formatLongDate(todayIso())}); a date so far to come is most likely a mistyped year.`)).toBeTruthy();
    expect(screen.queryByText(/the report date in the settings, not today/)).toBeNull();
  });

  it("takes a report date a few weeks ahead for a meeting to come, not a mistyped year", async () => {
    const door = referenceDoor();
    const meeting = new Date();
    meeting.setDate(meeting.getDate() + 21);
    door.store = [settingsRecord({ asOf: todayIso(meeting) })];
    renderPane({ door });
    await paneReady();
    expect(screen.getByText(`Counts are as at ${formatLongDate(todayIso(meeting))}, the report date in the settings, a meeting to come: stale and overdue actions are judged as they will be on that day if nothing changes.`)).toBeTruthy();
  });

  it("says at the top while a saved report date holds the counts, and Use today clears it", async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    renderPane({ door });
    await paneReady();
    const notice = screen.getByText("Counts are as at 1 June 2022, the report date in the settings, not today.");
    expect(notice).toBeTruthy();
    // The date field says its date in words, whatever order the browser shows it in.
    const words = settingsRegion().getByText("Wednesday 1 June 2022");
    expect(settingsRegion().getByLabelText(/^Report date/).getAttribute("aria-describedby")?.split(" ")).toContain(words.id);

    // Changes typed in the form and not saved are not Use today's to throw away.
    const days = settingsRegion().getByRole("spinbutton", { name: "Stale threshold (days)" });
    await user.clear(days);
    await user.type(days, "30");
    await user.type(settingsRegion().getByRole("textbox", { name: "Its review" }), "Frankie");

    await user.click(screen.getByRole("button", { name: "Count as at today" }));
    await waitFor(() => expect(screen.queryByText(/the report date in the settings, not today/)).toBeNull());
    // The button went with the notice: the focus goes on to the actions, not back to the top of the page.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Actions" })));
    expect(door.settingsWritten.at(-1)).not.toHaveProperty("asOf");
    expect(door.settingsWritten.at(-1)!.staleDays).toBe(90);
    expect(screen.getByText(/^Counts are now as at today, /)).toBeTruthy();
    // The form shows the report date as stored, empty, and keeps the rest as typed, still to be saved.
    expect((settingsRegion().getByLabelText(/^Report date/) as HTMLInputElement).value).toBe("");
    expect((days as HTMLInputElement).value).toBe("30");
    expect((settingsRegion().getByRole("textbox", { name: "Its review" }) as HTMLInputElement).value).toBe("Frankie");
    expect(screen.getByText(UNSAVED)).toBeTruthy();
  });

  it("says where the actions are, and beside Save, while the settings hold changes not saved", async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    renderPane({ door });
    await paneReady();
    const form = settingsRegion();
    const actions = within(screen.getByRole("region", { name: "Actions" }));
    const save = form.getByRole("button", { name: "Save settings" });
    const saveSays = () => document.getElementById(save.getAttribute("aria-describedby") ?? "")?.textContent;
    expect(actions.queryByText(UNSAVED)).toBeNull();

    const days = form.getByRole("spinbutton", { name: "Stale threshold (days)" });
    await user.clear(days);
    await user.type(days, "30");
    expect(actions.getByText(UNSAVED)).toBeTruthy();
    expect(saveSays()).toBe("Changes not saved");
    // Generate uses the saved threshold, as the pane says; the change is still there to save.
    await user.click(actions.getByRole("button", { name: "Generate RAG summary" }));
    await waitFor(() => expect(door.sheet("Stale Actions")).toBeTruthy());
    await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
    expect(JSON.stringify(door.sheet("Stale Actions")!.values)).toContain("more than 90 days");
    expect((days as HTMLInputElement).value).toBe("30");
    expect(actions.getByText(UNSAVED)).toBeTruthy();

    // Typed back to the saved value, nothing is left to save.
    await user.clear(days);
    await user.type(days, "90");
    expect(actions.queryByText(UNSAVED)).toBeNull();
    expect(save.getAttribute("aria-describedby")).toBeNull();

    await user.clear(days);
    await user.type(days, "30");
    await user.click(save);
    await waitFor(() => expect(form.getByText("Settings saved.")).toBeTruthy());
    await waitFor(() => expect(actions.queryByText(UNSAVED)).toBeNull());
    expect(save.getAttribute("aria-describedby")).toBeNull();

    // Text typed in an add row is a change not saved too.
    await user.type(form.getByRole("textbox", { name: "Its review" }), "Frankie");
    expect(actions.getByText(UNSAVED)).toBeTruthy();
  });

  it("announces the note beside Save politely as it appears, once, not at every keystroke", async () => {
    const user = userEvent.setup();
    renderPane({ door: referenceDoor() });
    await paneReady();
    const form = settingsRegion();
    // A live region is announced only when its content changes: it must be in the page before the note is.
    const politeBefore = [...form.getByRole("form", { name: "RAG Tracker settings" }).querySelectorAll('[aria-live="polite"]')];
    const said: string[] = [];
    const heard = new MutationObserver(() => said.push(politeBefore.map((r) => r.textContent).join("")));
    for (const region of politeBefore) heard.observe(region, { childList: true, subtree: true, characterData: true });

    const days = form.getByRole("spinbutton", { name: "Stale threshold (days)" });
    await user.clear(days);
    await user.type(days, "300");
    const note = form.getByText("Changes not saved");
    heard.disconnect();
    expect(politeBefore).toContain(note.closest('[aria-live="polite"]'));
    expect(said).toEqual(["Changes not saved"]);
  });

  it("refuses to save a sheet, column letter or review typed but not added, in one sentence beside each, and saves once they are added or cleared", async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    renderPane({ door });
    await paneReady();
    const form = settingsRegion();
    const sheetName = form.getByRole("textbox", { name: "Another sheet, by name" });
    const letter = form.getByRole("textbox", { name: "Column letter" });
    const review = form.getByRole("textbox", { name: "Its review" });
    await user.type(sheetName, "Case Reviews ");
    await user.selectOptions(form.getByRole("combobox", { name: "Sheet" }), "Case Reviews");
    await user.selectOptions(form.getByRole("combobox", { name: "Column holds" }), "Lead");
    await user.type(letter, "g");
    await user.type(review, "Frankie");
    await user.click(form.getByRole("button", { name: "Save settings" }));

    const sheetProblem = form.getByText('The sheet "Case Reviews" is typed but not added; press Add sheet to add it, or clear the box, then save the settings.');
    expect(sheetName.getAttribute("aria-describedby")).toBe(sheetProblem.id);
    const letterProblem = form.getByText("Column G is typed but not added; press Add column to add it, or clear the box, then save the settings.");
    expect(letter.getAttribute("aria-describedby")).toBe(letterProblem.id);
    const reviewProblem = form.getByText('The review "Frankie" is typed but not added; press Add review to add it, or clear the box, then save the settings.');
    expect(review.getAttribute("aria-describedby")).toBe(reviewProblem.id);
    // The focus goes to the first of them; nothing is saved, and nothing says it was.
    expect(document.activeElement).toBe(sheetName);
    expect(form.queryByText("Settings saved.")).toBeNull();
    expect(door.settingsWritten).toEqual([]);

    await user.click(form.getByRole("button", { name: "Add sheet" }));
    expect(form.queryByText(/^The sheet "Case Reviews" is typed/)).toBeNull();
    await user.click(form.getByRole("button", { name: "Add column" }));
    expect(form.queryByText(/^Column G is typed/)).toBeNull();
    await user.clear(review);
    expect(form.queryByText(/^The review "Frankie" is typed/)).toBeNull();
    await user.click(form.getByRole("button", { name: "Save settings" }));
    await waitFor(() => expect(door.settingsWritten).toHaveLength(1));
    expect(door.settingsWritten[0]!.trackerSheets).toEqual(["Case Reviews"]);
    expect(door.settingsWritten[0]!.columnOverrides).toEqual({ "Case Reviews": { lead: "G" } });
    expect(door.settingsWritten[0]!.sheetReviews).toEqual({});
  });

  it("will not add a blank sheet name", async () => {
    const user = userEvent.setup();
    renderPane({ door: referenceDoor() });
    await paneReady();
    await user.click(settingsRegion().getByRole("button", { name: "Add sheet" }));
    expect(settingsRegion().getByText("Type a sheet name before adding it.")).toBeTruthy();
  });

  it("adds, refuses and removes column overrides, and saves them in the engine's shape", async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    renderPane({ door });
    await paneReady();
    const form = settingsRegion();
    const letter = form.getByRole("textbox", { name: "Column letter" });

    await user.selectOptions(form.getByRole("combobox", { name: "Sheet" }), "Case Reviews");
    await user.selectOptions(form.getByRole("combobox", { name: "Column holds" }), "Lead");
    await user.type(letter, "7{Enter}");
    const refusal = form.getByText('The column must be a column letter such as F, not "7".', SHOWN);
    expect(letter.getAttribute("aria-describedby")).toBe(refusal.id);
    expect(form.queryByRole("listitem")).toBeNull();

    // Past XFD, Excel's last column.
    await user.clear(letter);
    await user.type(letter, "XFE{Enter}");
    expect(form.getByText('The column must be a column no further right than XFD, Excel\'s last column, not "XFE".', SHOWN)).toBeTruthy();
    expect(form.queryByRole("listitem")).toBeNull();

    await user.clear(letter);
    await user.type(letter, "g{Enter}");
    expect(form.getByText("Case Reviews: Lead in column G")).toBeTruthy();
    // A second Lead column for the same sheet is refused, not swapped in without a word.
    await user.type(letter, "k{Enter}");
    expect(form.getByText("The Lead column of Case Reviews is already set to G; remove it first to choose another.", SHOWN)).toBeTruthy();
    expect(form.getAllByRole("listitem").map((li) => li.textContent)).toEqual(["Case Reviews: Lead in column GRemove"]);
    await user.clear(letter);
    await user.selectOptions(form.getByRole("combobox", { name: "Column holds" }), "Due date or time scale");
    await user.type(letter, "h");
    await user.click(form.getByRole("button", { name: "Add column" }));
    await user.click(form.getByRole("button", { name: "Remove the Lead column of Case Reviews" }));
    expect(form.queryByText("Case Reviews: Lead in column G")).toBeNull();

    await user.click(form.getByRole("button", { name: "Save settings" }));
    await waitFor(() => expect(door.settingsWritten).toHaveLength(1));
    expect(door.settingsWritten[0]!.columnOverrides).toEqual({ "Case Reviews": { due: "H" } });
  });

  it("says there is no sheet to name a review for where every tracker read has a Review column", async () => {
    renderPane({ door: new MemoryDoor([caseReviewSheet()], { store: [settingsRecord({ asOf: AS_OF })] }) });
    await paneReady();
    const sheet = settingsRegion().getByRole("combobox", { name: "Sheet with no Review column" });
    expect(within(sheet).getAllByRole("option").map((o) => o.textContent)).toEqual(["None: all have a Review column"]);
  });

  it("adds, refuses and removes the review of a sheet with no Review column, saves it in the engine's shape, and counts the sheet under it", async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    renderPane({ door });
    await paneReady();
    const form = settingsRegion();
    const review = form.getByRole("textbox", { name: "Its review" });
    const sheet = form.getByRole("combobox", { name: "Sheet with no Review column" });
    expect(within(sheet).getAllByRole("option").map((o) => (o as HTMLOptionElement).value)).toEqual(["Peer Review"]);

    await user.selectOptions(sheet, "Peer Review");
    await user.type(review, "  {Enter}");
    const refusal = form.getByText("Type the review the sheet's actions belong to, such as Frankie.", SHOWN);
    expect(review.getAttribute("aria-describedby")).toBe(refusal.id);
    expect(form.queryByRole("listitem")).toBeNull();

    await user.clear(review);
    await user.type(review, "Case Reviews{Enter}");
    expect(form.getByText("Peer Review: counted under Case Reviews")).toBeTruthy();
    // A second review for the same sheet is refused, not swapped in without a word.
    await user.type(review, "LSCP Peer Review{Enter}");
    expect(form.getByText("The actions of Peer Review are already counted under Case Reviews; remove that first to choose another review.", SHOWN)).toBeTruthy();
    await user.click(form.getByRole("button", { name: "Remove the review of Peer Review" }));
    expect(form.queryByRole("listitem")).toBeNull();
    await user.click(form.getByRole("button", { name: "Add review" }));
    expect(form.getByText("Peer Review: counted under LSCP Peer Review")).toBeTruthy();

    await user.click(form.getByRole("button", { name: "Save settings" }));
    await waitFor(() => expect(door.settingsWritten).toHaveLength(1));
    expect(door.settingsWritten[0]!.sheetReviews).toEqual({ "Peer Review": "LSCP Peer Review" });
    expect(await screen.findByText(/^LSCP Peer Review – 26 actions identified \(23 blue and 3 green\)/)).toBeTruthy();
  });
});

describe("the settings form on its own", () => {
  it("does not call a complete rating stored as a code unsaved once the workbook's index names it", () => {
    const settings = settingsSchema.parse({ completeRating: "B" });
    const dirty: boolean[] = [];
    const form = (index: RagIndex | null) => (
      <FluentProvider theme={webLightTheme}>
        <SettingsForm settings={settings} sheetNames={["Peer Review"]} workbookSheets={["Peer Review"]} index={index} busy={false} onSave={() => {}} onDirtyChange={(d) => dirty.push(d)} />
      </FluentProvider>
    );
    const { rerender } = render(form(null));
    rerender(form(DEFAULT_RAG_INDEX));
    expect(screen.queryByText("Changes not saved")).toBeNull();
    expect(dirty.includes(true)).toBe(false);
  });

  it("shows a tracker sheet stored without its tab's end space as that tab once the workbook is read, and does not call it unsaved", () => {
    const settings = settingsSchema.parse({ trackerSheets: ["Case Reviews"] });
    const dirty: boolean[] = [];
    const form = (workbookSheets: string[] | null) => (
      <FluentProvider theme={webLightTheme}>
        <SettingsForm settings={settings} sheetNames={workbookSheets ?? []} workbookSheets={workbookSheets} index={DEFAULT_RAG_INDEX} busy={false} onSave={() => {}} onDirtyChange={(d) => dirty.push(d)} />
      </FluentProvider>
    );
    const { rerender } = render(form(null));
    rerender(form(["Peer Review", "Case Reviews "]));
    expect(screen.getAllByRole("checkbox", { name: "Case Reviews" }).map((b) => (b as HTMLInputElement).checked)).toEqual([true]);
    expect(screen.queryByText("Changes not saved")).toBeNull();
    expect(dirty.includes(true)).toBe(false);
  });
});

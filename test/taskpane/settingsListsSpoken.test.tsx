// @vitest-environment jsdom
/** The lists of column overrides and reviews of sheets, as a keyboard and screen reader user meets them. */
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import userEvent from "@testing-library/user-event";
import { SettingsForm } from "../../src/taskpane/SettingsForm";
import { DEFAULT_RAG_INDEX } from "../../src/core/ragIndex";
import { settingsSchema } from "../../src/core/settings";

afterEach(cleanup);

const SHEETS = ["Peer Review", "Case Reviews"];

function renderForm(stored: object) {
  const settings = settingsSchema.parse(stored);
  render(
    <FluentProvider theme={webLightTheme}>
      <SettingsForm settings={settings} sheetNames={SHEETS} sheetsWithoutReviewColumn={SHEETS} workbookSheets={SHEETS} index={DEFAULT_RAG_INDEX} busy={false} onSave={() => {}} onDirtyChange={() => {}} />
    </FluentProvider>,
  );
  return within(screen.getByRole("form", { name: "RAG Tracker settings" }));
}

/** The text of the polite live region of the group named `legend`. */
function spoken(legend: string): string {
  const group = screen.getByRole("group", { name: legend });
  return [...group.querySelectorAll("[aria-live]")].map((e) => e.textContent).join(" ");
}

describe("Remove in the settings lists", () => {
  it("moves the focus to the next row's Remove, then the one before, then the sheet of the add row, and says what was removed", async () => {
    const user = userEvent.setup();
    const form = renderForm({ columnOverrides: { "Peer Review": { lead: "G", rating: "Q" }, "Case Reviews": { lead: "H" } } });
    const remove = (name: string) => form.getByRole("button", { name });

    // Listed as Peer Review's rating column, its Lead column, then Case Reviews' Lead column.
    remove("Remove the RAG rating column of Peer Review").focus();
    await user.keyboard("{Enter}");
    expect(document.activeElement).toBe(remove("Remove the Lead column of Peer Review"));
    expect(spoken("Column overrides")).toBe("Removed Peer Review: RAG rating in column Q.");

    // The last row: the focus goes to the row before it.
    remove("Remove the Lead column of Case Reviews").focus();
    await user.keyboard("{Enter}");
    expect(document.activeElement).toBe(remove("Remove the Lead column of Peer Review"));
    expect(spoken("Column overrides")).toBe("Removed Case Reviews: Lead in column H.");

    // None left: the focus goes to the add row, where another can be chosen.
    await user.keyboard("{Enter}");
    const group = within(screen.getByRole("group", { name: "Column overrides" }));
    expect(document.activeElement).toBe(group.getByRole("combobox", { name: "Sheet" }));
    expect(spoken("Column overrides")).toBe("Removed Peer Review: Lead in column G.");
  });

  it("does the same in the reviews of sheets", async () => {
    const user = userEvent.setup();
    const form = renderForm({ sheetReviews: { "Peer Review": "Frankie" } });
    form.getByRole("button", { name: "Remove the review of Peer Review" }).focus();
    await user.keyboard("{Enter}");
    const group = within(screen.getByRole("group", { name: "Reviews of sheets" }));
    expect(document.activeElement).toBe(group.getByRole("combobox", { name: "Sheet with no Review column" }));
    expect(spoken("Reviews of sheets")).toBe("Removed Peer Review: counted under Frankie.");
  });
});

describe("Add in the settings lists", () => {
  it("says what was added", async () => {
    const user = userEvent.setup();
    renderForm({});
    const group = within(screen.getByRole("group", { name: "Column overrides" }));
    await user.selectOptions(group.getByRole("combobox", { name: "Column holds" }), "rating");
    await user.type(group.getByRole("textbox", { name: "Column letter" }), "Q");
    await user.click(group.getByRole("button", { name: "Add column" }));
    expect(spoken("Column overrides")).toBe("Added Peer Review: RAG rating in column Q.");
  });

  it("refuses in one sentence, taking the focus to the field to put right, which the sentence describes", async () => {
    const user = userEvent.setup();
    renderForm({});
    const group = within(screen.getByRole("group", { name: "Column overrides" }));
    const letter = group.getByRole("textbox", { name: "Column letter" });
    group.getByRole("button", { name: "Add column" }).focus();
    await user.keyboard("{Enter}");
    expect(document.activeElement).toBe(letter);
    expect(letter.getAttribute("aria-invalid")).toBe("true");
    const described = (letter.getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain("Type the column's letter, such as F.");

    // Enter in the text box, where the focus already is: the sentence is said.
    await user.type(letter, "1{Enter}");
    expect(spoken("Column overrides")).toBe('The column must be a column letter such as F, not "1".');
    // And again at the next Enter, though the sentence is the same.
    let changes = 0;
    const observer = new MutationObserver((records) => (changes += records.length));
    for (const live of screen.getByRole("group", { name: "Column overrides" }).querySelectorAll("[aria-live]")) observer.observe(live, { subtree: true, characterData: true, childList: true });
    await user.keyboard("{Enter}");
    await waitFor(() => expect(changes + observer.takeRecords().length).toBeGreaterThan(0));
    observer.disconnect();
    expect(spoken("Column overrides").trim()).toBe('The column must be a column letter such as F, not "1".');
  });

  it("says a review added, and a refusal, in the reviews of sheets", async () => {
    const user = userEvent.setup();
    renderForm({});
    const group = within(screen.getByRole("group", { name: "Reviews of sheets" }));
    const review = group.getByRole("textbox", { name: "Its review" });
    group.getByRole("button", { name: "Add review" }).focus();
    await user.keyboard("{Enter}");
    expect(document.activeElement).toBe(review);
    await user.type(review, "Frankie{Enter}");
    expect(spoken("Reviews of sheets")).toBe("Added Peer Review: counted under Frankie.");
  });
});

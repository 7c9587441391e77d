// @vitest-environment jsdom
/** The lists of column overrides and reviews of sheets, as a keyboard and screen reader user meets them. */
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
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

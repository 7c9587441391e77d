// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { todayIso } from "../../src/door/operations";
import { formatLongDate } from "../../src/core/longDate";
import { paneReady, referenceDoor, renderPane } from "./paneHelpers";

afterEach(cleanup);

// The reference plans are counted as at 1 June 2022, a report date stored in the settings (paneHelpers).
const AS_AT = "Counts are as at 1 June 2022, the report date in the settings, not today.";

describe("a stored report date, as a screen reader hears it", () => {
  it("is said with the counts announced on opening, not only in the notice at the top", async () => {
    renderPane({ door: referenceDoor() });
    await paneReady();
    const status = screen.getByRole("status");
    await waitFor(() => expect(status.textContent).toMatch(/actions in \d+ reviews?;/));
    expect(status.textContent).toContain(AS_AT);
  });

  it("is said with the counts of Highlight stale & overdue and Generate RAG summary", async () => {
    const user = userEvent.setup();
    renderPane({ door: referenceDoor() });
    await paneReady();
    await user.click(screen.getByRole("button", { name: /^Highlight stale & overdue/ }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toContain("Highlighted"));
    expect(screen.getByRole("status").textContent).toContain(AS_AT);
    await user.click(screen.getByRole("button", { name: "Generate RAG summary" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toContain("Wrote"));
    expect(screen.getByRole("status").textContent).toContain(AS_AT);
  });

  it("once taken out by Use today, is replaced by what the counts are now as at", async () => {
    const user = userEvent.setup();
    renderPane({ door: referenceDoor() });
    await paneReady();
    await user.click(screen.getByRole("button", { name: "Count as at today" }));
    const said = `Counts are now as at today, ${formatLongDate(todayIso())}: the report date was taken out of the settings.`;
    await waitFor(() => expect(screen.getByText(said)).toBeTruthy());
    // Said in the live region at the top of the pane, with the counts, and no longer as at the report date.
    const region = screen.getByText(said).closest("[aria-live]");
    expect(region?.textContent).toMatch(/actions in \d+ reviews?;/);
    expect(region?.textContent).not.toContain("Settings saved.");
    expect(screen.getByRole("status").textContent).not.toContain("Counts are as at");
  });
});

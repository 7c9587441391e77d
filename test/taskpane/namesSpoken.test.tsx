// @vitest-environment jsdom
/** Names that say what they do out of context, as a screen reader's list of controls shows them. */
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { paneReady, referenceDoor, renderPane } from "./paneHelpers";

afterEach(cleanup);

describe("the pane's control names", () => {
  it("name the findings filter, the report date's way back and Undo with what they act on", async () => {
    const user = userEvent.setup();
    renderPane({ door: referenceDoor({ 5: "b", 9: "blue " }) });
    await paneReady();
    expect(screen.getByRole("radiogroup", { name: "Show findings" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Count as at today" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Fix ratings" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Undo the 2 rating changes" })).toBeTruthy());
  });
});

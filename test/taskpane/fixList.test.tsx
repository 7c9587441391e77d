// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { paneReady, referenceDoor, renderPane } from "./paneHelpers";

afterEach(cleanup);

const fixedList = () => screen.queryByRole("list", { name: "Ratings the pane changed" });

describe("the list of ratings Fix ratings changed", () => {
  it("stays, with its Undo, through a later Fix ratings that changes nothing", async () => {
    const user = userEvent.setup();
    renderPane({ door: referenceDoor({ 5: "b", 9: "blue " }) });
    await paneReady();
    await user.click(screen.getByRole("button", { name: "Fix ratings" }));
    await waitFor(() => expect(fixedList()).not.toBeNull());
    await user.click(screen.getByRole("button", { name: "Fix ratings" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toContain("nothing was changed"));
    expect(fixedList()).not.toBeNull();
    expect(screen.getByRole("button", { name: /^Undo the (\d+ )?rating changes?$/ })).toBeTruthy();
  });
});

// @vitest-environment jsdom
/** The findings' links as a screen reader names them, Tab going from link to link. */
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, screen, within } from "@testing-library/react";
import { peerReviewRow } from "../fixtures/peerReview";
import { paneReady, referenceDoor, renderPane } from "./paneHelpers";

afterEach(cleanup);

describe("a finding's link", () => {
  it("says its severity in its name, and a fill's colour by name, its code shown but not read out", async () => {
    // Recommendation 9 rated "Yellow" (an error); recommendation 5 blank, given by its green fill alone (a warning).
    const door = referenceDoor({ 9: "Yellow", 5: null });
    door.fills.set(`Peer Review!F${peerReviewRow(5)}`, "#00B050");
    renderPane({ door });
    await paneReady();
    const findings = within(screen.getByRole("region", { name: "Findings" }));
    const invalid = findings.getByRole("button", { name: new RegExp(`^Error: Peer Review – Row ${peerReviewRow(9)}: "Yellow"`) });
    expect(invalid).toBeTruthy();
    const colour = findings.getByRole("button", { name: new RegExp(`^Warning: Peer Review – Row ${peerReviewRow(5)}: the rating cell is filled green with nothing typed in it`) });
    // The code is there for the eye.
    expect(colour.textContent).toContain("green (#00B050)");
    // The badge beside a link is not said a second time.
    const badge = within(invalid.closest("li")!).getByText("Error", { exact: true, ignore: "button *" });
    expect(badge.closest("[aria-hidden=true]")).not.toBeNull();
  });
});

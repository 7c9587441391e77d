// @vitest-environment jsdom
/**
 * A rating the check cannot read but can guess ("Yellow": did you mean Amber?) is applied from its
 * finding, with the keyboard ("Use Amber"), as Fix ratings writes a rating; a cell changed since the
 * reading is refused in one sentence. Fix ratings names each rating it leaves when there are several.
 */
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { peerReviewRow } from "../fixtures/peerReview";
import { paneReady, referenceDoor, renderPane } from "./paneHelpers";

afterEach(cleanup);

const findings = () => within(screen.getByRole("region", { name: "Findings" }));
const actionsStatus = () => screen.getByRole("status");

describe("the suggested rating of a finding", () => {
  it("is applied with the keyboard from a 'Use Amber' button beside the finding, and said under the findings", async () => {
    const user = userEvent.setup();
    // Recommendations 9 and 10 of the peer review plan typed as the team mistyped them.
    const door = referenceDoor({ 9: "Yellow", 10: "Bleu" });
    renderPane({ door });
    await paneReady();

    const useAmber = findings().getByRole("button", { name: `Use Amber in Peer Review row ${peerReviewRow(9)}` });
    expect(useAmber.textContent).toBe("Use Amber");
    useAmber.focus();
    await user.keyboard("{Enter}");

    await waitFor(() => expect(findings().getByText(`Changed Peer Review row ${peerReviewRow(9)} from ‘Yellow’ to the letter ‘A’.`)).toBeTruthy());
    expect(door.appliedEdits).toEqual([[{ sheet: "Peer Review", row: peerReviewRow(9), column: expect.any(Number), from: "Yellow", to: "A" }]]);
    expect(door.cell("Peer Review", peerReviewRow(9), door.appliedEdits[0]![0]!.column)).toBe("A");
    // The workbook is read again: that finding and its button are gone, the other's stays, and the focus is not lost.
    expect(findings().queryByRole("button", { name: /^Use Amber/ })).toBeNull();
    expect(findings().getByRole("button", { name: `Use Blue in Peer Review row ${peerReviewRow(10)}` })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Findings" }));

    // Listed with what the pane changed, and put back by Undo these changes.
    expect(screen.getByRole("list", { name: "Ratings the pane changed" }).textContent).toContain(`from ‘Yellow’ to the letter ‘A’`);
    await user.click(screen.getByRole("button", { name: /^Undo the (\d+ )?rating changes?$/ }));
    await waitFor(() => expect(door.cell("Peer Review", peerReviewRow(9), door.appliedEdits[0]![0]!.column)).toBe("Yellow"));
    expect(findings().getByRole("button", { name: `Use Amber in Peer Review row ${peerReviewRow(9)}` })).toBeTruthy();
  });

  it("is refused in one sentence where the cell changed since the check, and nothing is written", async () => {
    const user = userEvent.setup();
    const door = referenceDoor({ 9: "Yellow" });
    renderPane({ door });
    await paneReady();
    const button = findings().getByRole("button", { name: /^Use Amber/ });
    // Someone types Red in the cell after the pane read it.
    const sheet = door.sheet("Peer Review")!;
    const row = sheet.values[peerReviewRow(9) - sheet.firstRow]!;
    row[row.indexOf("Yellow")] = "Red";

    await user.click(button);
    await waitFor(() => expect(findings().getByText(`Nothing was changed because row ${peerReviewRow(9)} of "Peer Review" now holds "Red" where "Yellow" was read.`)).toBeTruthy());
    expect(door.appliedEdits).toEqual([]);
  });

  it("is not offered where the check has no suggestion", async () => {
    const door = referenceDoor({ 9: "TBC" });
    renderPane({ door });
    await paneReady();
    expect(findings().getByText(/"TBC" is not a rating in the index/)).toBeTruthy();
    expect(findings().queryByRole("button", { name: /^Use / })).toBeNull();
  });
});

describe("Fix ratings' outcome", () => {
  it("names each invalid rating it leaves, with its suggestion, in a list when there are several", async () => {
    const user = userEvent.setup();
    const door = referenceDoor({ 9: "Yellow", 10: "Bleu" });
    renderPane({ door });
    await paneReady();
    await user.click(screen.getByRole("button", { name: "Fix ratings" }));
    await waitFor(() => expect(actionsStatus().textContent).toContain("No rating was changed; 2 invalid ratings need your choice."));
    expect(within(actionsStatus()).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      `Peer Review row ${peerReviewRow(9)} ‘Yellow’, perhaps the letter ‘A’`,
      `Peer Review row ${peerReviewRow(10)} ‘Bleu’, perhaps the letter ‘B’`,
    ]);
  });
});

// @vitest-environment jsdom
/**
 * The findings list with the keyboard on a plan full of bad ratings: its first 10 findings only
 * are Tab stops, so Tab gets from Check ratings to the Reports in a few presses, and "Show all"
 * brings in the rest with focus on the first new one. Every finding shown is still a link named
 * by its whole sentence, as a screen reader reads it.
 */
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { PEER_REVIEW_ROWS } from "../fixtures/peerReview";
import { paneReady, referenceDoor, renderPane } from "./paneHelpers";

/** Every one of the peer review plan's 26 recommendations rated with something not in its index. */
function everyRatingWrong() {
  const wrong = ["Yellow", "TBC", "B/G"];
  return Object.fromEntries(PEER_REVIEW_ROWS.map(([, no], i) => [no, wrong[i % wrong.length]!]));
}

afterEach(cleanup);

describe("the findings list with the keyboard", () => {
  it("is 10 Tab stops and a Show all button, not one per finding, between Check ratings and the Reports", async () => {
    const user = userEvent.setup();
    renderPane({ door: referenceDoor(everyRatingWrong()) });
    await paneReady();
    const findings = within(screen.getByRole("region", { name: "Findings" }));
    // The findings' links, not the Use buttons beside those with a suggested rating.
    const links = () => within(findings.getByRole("list")).getAllByRole("button").filter((b) => !b.textContent?.startsWith("Use "));
    const useButtons = () => within(findings.getByRole("list")).queryAllByRole("button", { name: /^Use / });
    const counted = (label: string) => Number(new RegExp(`${label} \\((\\d+)\\)`).exec(screen.getByRole("region", { name: "Findings" }).textContent ?? "")?.[1]);
    const errorCount = counted("Errors");
    expect(errorCount).toBeGreaterThanOrEqual(26);
    expect(links()).toHaveLength(10);
    // Each one shown is read out as the whole finding, the cell it selects in its name.
    expect(links()[0]!.textContent).toMatch(/^Error: Peer Review – Row \d+: "(Yellow|TBC|B\/G)" is not a rating in the index/);

    screen.getByRole("button", { name: "Check ratings" }).focus();
    let presses = 0;
    const reports = screen.getByRole("region", { name: "Reports" });
    while (!reports.contains(document.activeElement) && presses < 300) {
      await user.tab();
      presses++;
    }
    // The other action buttons, the overview's, the filter, 10 findings (and the Use buttons of those with a suggestion) and Show all,
    // the Overdue and Stale lists' first 10 and their buttons: 43 here and the Use buttons, where every finding a Tab stop made it 60 and more.
    expect(presses).toBeLessThanOrEqual(45 + useButtons().length);

    const all = counted("All");
    findings.getByRole("button", { name: `Show all ${all} findings` }).focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(findings.getAllByRole("listitem")).toHaveLength(all));
    expect(document.activeElement).toBe(links()[10]);
    expect(findings.queryByRole("button", { name: /^Show all/ })).toBeNull();
  });

  it("names what the filter shows on its button", async () => {
    const user = userEvent.setup();
    renderPane({ door: referenceDoor(everyRatingWrong()) });
    await paneReady();
    const findings = within(screen.getByRole("region", { name: "Findings" }));
    await user.click(findings.getByRole("radio", { name: /^Errors/ }));
    expect(findings.getByRole("button", { name: /^Show all \d+ errors$/ })).toBeTruthy();
  });
});

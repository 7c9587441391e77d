// @vitest-environment jsdom
/** While a task runs, what a screen reader is told of the buttons that wait and the lists being replaced. */
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { HeldReadDoor } from "../fakes/heldReadDoor";
import { peerReviewSheet } from "../fixtures/peerReview";
import { caseReviewSheet } from "../fixtures/caseReviews";
import { AS_OF, paneReady, renderPane, settingsRecord } from "./paneHelpers";
import { busyReasonSentence } from "../../src/taskpane/busyReason";

afterEach(cleanup);

const description = (element: HTMLElement) =>
  (element.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent)
    .join(" ");

describe("while a task runs", () => {
  it("says why each waiting button is unavailable, marks the lists it replaces busy, and clears both when it ends", async () => {
    const user = userEvent.setup();
    const door = new HeldReadDoor([peerReviewSheet({ 9: "blue " }), caseReviewSheet()], { store: [settingsRecord({ asOf: AS_OF })] });
    renderPane({ door });
    await paneReady();
    door.holding = true;
    await user.click(screen.getByRole("button", { name: "Generate RAG summary" }));

    const waiting = [
      screen.getByRole("button", { name: "Check ratings" }),
      screen.getByRole("button", { name: "Count as at today" }),
      screen.getByRole("button", { name: "Save settings" }),
    ];
    for (const button of waiting) {
      expect(button.getAttribute("aria-disabled")).toBe("true");
      expect(description(button)).toBe("Unavailable until generating the RAG summary has finished.");
    }
    for (const name of ["Overview", "Findings", "Stale and overdue actions"]) expect(screen.getByRole("region", { name }).getAttribute("aria-busy")).toBe("true");
    // The section whose live region says the task's progress is not: a busy region's changes may be held back.
    expect(screen.getByRole("region", { name: "Actions" }).getAttribute("aria-busy")).toBeNull();

    door.holding = false;
    door.release();
    await waitFor(() => expect(screen.getByRole("status").textContent).toContain("Wrote"));
    for (const button of waiting) expect(description(button)).toBe("");
    expect(screen.getByRole("region", { name: "Findings" }).getAttribute("aria-busy")).toBeNull();
  });
});

describe("busyReasonSentence", () => {
  it("puts the task's title mid-sentence, lowering its capital but not an initialism's", () => {
    expect(busyReasonSentence("Reading the workbook")).toBe("Unavailable until reading the workbook has finished.");
    expect(busyReasonSentence("RAG summary")).toBe("Unavailable until RAG summary has finished.");
    expect(busyReasonSentence(undefined)).toBe("Unavailable until the task under way has finished.");
  });
});

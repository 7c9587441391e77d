// @vitest-environment jsdom
/**
 * Add sheet in the settings matches a typed name as Save and the engine do (ignoring case and spaces
 * at either end of the tab's name), against the same list of sheets: every sheet read.
 */
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryDoor } from "../fakes/memoryDoor";
import { peerReviewSheet } from "../fixtures/peerReview";
import { caseReviewSheet } from "../fixtures/caseReviews";
import { AS_OF, paneReady, renderPane, settingsRecord } from "./paneHelpers";
import { generateSummary } from "../../src/door/operations";
import { trySettings } from "../../src/taskpane/settingsCheck";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

afterEach(cleanup);

const settingsRegion = () => within(screen.getByRole("region", { name: "Settings" }));
const refusal = () => settingsRegion().queryByText(/^There is no sheet named/);

async function addSheet(user: ReturnType<typeof userEvent.setup>, name: string): Promise<void> {
  const form = settingsRegion();
  const box = form.getByRole("textbox", { name: "Another sheet, by name" });
  await user.clear(box);
  await user.type(box, name);
  await user.click(form.getByRole("button", { name: "Add sheet" }));
}

describe("Add sheet", () => {
  it("adds a sheet whose tab ends in a space, typed without it, as the tab spells it, and Save keeps it", async () => {
    const user = userEvent.setup();
    const door = new MemoryDoor([peerReviewSheet(), { ...caseReviewSheet(), name: "Case Reviews " }], { store: [settingsRecord({ asOf: AS_OF, trackerSheets: ["Peer Review"] })] });
    renderPane({ door });
    await paneReady();

    await addSheet(user, "case reviews");
    expect(refusal()).toBeNull();
    expect((settingsRegion().getByRole("checkbox", { name: /^Case Reviews/ }) as HTMLInputElement).checked).toBe(true);
    await user.click(settingsRegion().getByRole("button", { name: "Save settings" }));
    await waitFor(() => expect(door.settingsWritten).toHaveLength(1));
    expect(door.settingsWritten[0]!.trackerSheets).toEqual(["Peer Review", "Case Reviews "]);
  });

  it("adds the tab typed with its space at the end, where another tab has the name without it", async () => {
    const user = userEvent.setup();
    const door = new MemoryDoor([peerReviewSheet(), caseReviewSheet(), { ...caseReviewSheet(), name: "Case Reviews " }], { store: [settingsRecord({ asOf: AS_OF, trackerSheets: ["Peer Review"] })] });
    renderPane({ door });
    await paneReady();

    await addSheet(user, "Case Reviews ");
    expect(refusal()).toBeNull();
    await user.click(settingsRegion().getByRole("button", { name: "Save settings" }));
    await waitFor(() => expect(door.settingsWritten).toHaveLength(1));
    expect(door.settingsWritten[0]!.trackerSheets).toEqual(["Peer Review", "Case Reviews "]);
  });

  it("refuses a sheet RAG Tracker generated, as Save does: the engine never reads one as a tracker", async () => {
    const user = userEvent.setup();
    const door = new MemoryDoor([peerReviewSheet(), caseReviewSheet()], { store: [settingsRecord({ asOf: AS_OF })] });
    await generateSummary(door);
    const generated = door.sheets.map((s) => s.name).find((name) => !["Peer Review", "Case Reviews"].includes(name))!;
    await expect(trySettings(door, { ...DEFAULT_SETTINGS, asOf: AS_OF, trackerSheets: ["Peer Review", generated] }, () => undefined)).rejects.toThrow(`There is no sheet named "${generated}"`);
    renderPane({ door });
    await paneReady();

    await addSheet(user, generated);
    expect(refusal()).not.toBeNull();
    expect(settingsRegion().queryByRole("checkbox", { name: generated })).toBeNull();
  });
});

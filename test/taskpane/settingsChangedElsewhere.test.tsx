// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AS_OF, paneReady, referenceDoor, renderPane, settingsRecord } from "./paneHelpers";
import { MemoryDoor } from "../fakes/memoryDoor";
import { peerReviewSheet } from "../fixtures/peerReview";
import { caseReviewSheet } from "../fixtures/caseReviews";
import { mergedSettings } from "../../src/taskpane/settingsMerge";
import { settingsSchema } from "../../src/core/settings";

afterEach(cleanup);

const settingsRegion = () => within(screen.getByRole("region", { name: "Settings" }));
const days = () => settingsRegion().getByRole("spinbutton", { name: "Stale threshold (days)" }) as HTMLInputElement;
const usTicked = () => (settingsRegion().getByRole("radio", { name: /US \(en-US\)/ }) as HTMLInputElement).checked;
const refreshed = async (user: ReturnType<typeof userEvent.setup>) => {
  await user.click(screen.getByRole("button", { name: "Refresh overview" }));
  await waitFor(() => expect(screen.getByRole("button", { name: "Refresh overview" }).getAttribute("aria-disabled")).not.toBe("true"));
};
/** A co-author saves the date order US: the store changes under the pane. */
const usElsewhere = (door: MemoryDoor) => (door.store = door.store.map((r) => (r.json?.includes("asOf") ? settingsRecord({ asOf: AS_OF, locale: "en-US" }) : r)));

describe("settings changed elsewhere while the form holds changes", () => {
  it("keeps what was typed, shows the stored change in the fields not touched, and says so", async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    renderPane({ door });
    await paneReady();
    await user.clear(days());
    await user.type(days(), "60");
    usElsewhere(door);
    await refreshed(user);
    expect(days().value).toBe("60");
    expect(usTicked()).toBe(true);
    expect(settingsRegion().getByText(/^The stored settings were changed elsewhere since this form was filled in/)).toBeTruthy();
  });

  it("a save writes what was changed here over the settings as stored now, and says what it kept", async () => {
    const user = userEvent.setup();
    const door = referenceDoor();
    renderPane({ door });
    await paneReady();
    usElsewhere(door);
    await user.clear(days());
    await user.type(days(), "60");
    await user.click(settingsRegion().getByRole("button", { name: "Save settings" }));
    await waitFor(() => expect(door.settingsWritten).toHaveLength(1));
    expect(door.settingsWritten[0]).toMatchObject({ staleDays: 60, locale: "en-US" });
    await waitFor(() => expect(screen.getByText(/Date order was changed elsewhere since the form was read, and keeps its new value\./)).toBeTruthy());
  });

  it("merges by field: a field cleared here is cleared, one changed only elsewhere is kept", () => {
    const base = settingsSchema.parse({ asOf: "2021-11-01", completeRating: "Blue" });
    const saved = settingsSchema.parse({ staleDays: 60, completeRating: "Blue" });
    const stored = settingsSchema.parse({ asOf: "2021-11-01", completeRating: "Blue", locale: "en-US" });
    expect(mergedSettings(saved, base, stored)).toEqual({ settings: settingsSchema.parse({ staleDays: 60, completeRating: "Blue", locale: "en-US" }), keptFromElsewhere: ["locale"] });
  });
});

class BusyDoor extends MemoryDoor {
  busyNow = false;
  override async read(progress?: (done: number, total: number) => void) {
    if (this.busyNow) throw new Error("Excel is busy editing a cell; press Enter or Esc in the sheet and try again.");
    return super.read(progress);
  }
  override async readSettings() {
    if (this.busyNow) throw new Error("Excel is busy editing a cell; press Enter or Esc in the sheet and try again.");
    return super.readSettings();
  }
}

describe("a read refused for a moment (Excel busy editing a cell)", () => {
  it("leaves the settings on show and the typing in the form, not the defaults", async () => {
    const user = userEvent.setup();
    const door = new BusyDoor([peerReviewSheet(), caseReviewSheet()], { store: [settingsRecord({ asOf: AS_OF, staleDays: 60, locale: "en-US" })] });
    renderPane({ door });
    await paneReady();
    await user.clear(days());
    await user.type(days(), "45");
    door.busyNow = true;
    await refreshed(user);
    expect([days().value, usTicked()]).toEqual(["45", true]);
    expect(settingsRegion().queryByText(/default settings/)).toBeNull();
  });
});

describe("stored settings that cannot be used", () => {
  it("are replaced by a save from the form, as its note says, and the workbook is read again", async () => {
    const user = userEvent.setup();
    const door = new MemoryDoor([peerReviewSheet(), caseReviewSheet()], { store: [settingsRecord({ asOf: AS_OF, staleDays: "90", locale: "en-US" })] });
    renderPane({ door });
    await settingsRegion().findByText(/the stale threshold is stored as the text "90".*The form shows the stored settings, with Stale threshold put back to its default; saving replaces the stored ones\./);
    // What else the team chose is on show, and kept by the save.
    expect(usTicked()).toBe(true);
    await user.clear(days());
    await user.type(days(), "60");
    await user.click(settingsRegion().getByRole("button", { name: "Save settings" }));
    await waitFor(() => expect(door.settingsWritten).toHaveLength(1));
    expect(door.settingsWritten[0]).toMatchObject({ staleDays: 60, locale: "en-US", asOf: AS_OF });
    expect(await door.readSettings()).toMatchObject({ staleDays: 60 });
    await paneReady();
  });
});

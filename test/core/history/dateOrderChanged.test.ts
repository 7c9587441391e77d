/**
 * The date order (UK day first, US month first) changed between two reports: dates typed as text
 * may now be other days, so the changes say the setting changed, as they say a changed stale limit.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../../src/core/analyse";
import { settingsSchema } from "../../../src/core/settings";
import { liveSnapshot, recordSnapshot } from "../../../src/core/history/record";
import { compareSnapshots } from "../../../src/core/history/changes";
import { changeNotes, changeSentence } from "../../../src/core/history/changeSentences";
import type { Snapshot } from "../../../src/core/history/snapshot";
import type { SheetSnapshot } from "../../../src/core/cells";

const HEADER = ["Review", "Action No", "Action", "Time scale", "Last updated", "RAG"];
// Time scales typed as text, as a UK team types them: 04/10/2021 is 4 October.
const plan: SheetSnapshot = {
  name: "Case Reviews",
  firstRow: 1,
  firstColumn: 1,
  merges: [],
  values: [HEADER, ["Frankie", 1, "Brief staff on the escalation policy.", "04/10/2021", "01/09/2021", "Amber"], ["Frankie", 2, "Audit the files.", "30/11/2021", "01/09/2021", "Green"]],
};
const analysed = (locale: "en-GB" | "en-US", asOf: string) => analyseWorkbook({ sheets: [plan] }, settingsSchema.parse({ asOf, locale }), "2030-01-01");
const meta = (date: string) => ({ date, recordedAt: `${date}T09:00:00Z`, recordedBy: null });
const NOTE =
  "The date order changed from UK (day first) to US (month first) since 1 September 2021: a date typed as text, such as 04/06/2021, is now read as 6 April 2021, not 4 June, so an action newly stale or overdue, or a time scale moved, may be the change of setting, not of the plan; the setting is Date order in the task pane's settings.";

describe("a change of date order between two reports", () => {
  it("is said with the changes, whether the later side is the plan now or a recorded report", () => {
    const then = recordSnapshot(analysed("en-GB", "2021-09-01"), meta("2021-09-01"));
    expect(then.locale).toBe("en-GB");
    const us = analysed("en-US", "2021-09-20");
    // 04/10/2021 read month first is 10 April: overdue by 20 September, where 4 October was not.
    expect(us.overdue.map((o) => o.action.ref)).toEqual(["1"]);
    const live = compareSnapshots(then, liveSnapshot(us, then), "now");
    expect(changeSentence(live)).toMatch(/1 action newly overdue/);
    expect(changeNotes(live)).toContain(NOTE);
    const later = recordSnapshot(us, meta("2021-09-20"), then);
    expect(changeNotes(compareSnapshots(then, later))).toContain(NOTE);
    // Kept as it was: no note.
    expect(changeNotes(compareSnapshots(then, liveSnapshot(analysed("en-GB", "2021-09-20"), then), "now")).filter((n) => n.startsWith("The date order"))).toEqual([]);
  });

  it("against a report that kept no date order, recorded before it was kept, is said as may be, where dates are now read US", () => {
    const { locale: _, ...old } = recordSnapshot(analysed("en-GB", "2021-09-01"), meta("2021-09-01"));
    const changes = compareSnapshots(old as Snapshot, liveSnapshot(analysed("en-US", "2021-09-20")), "now");
    expect(changeNotes(changes).filter((n) => n.startsWith("The date order"))).toEqual([]);
    expect(changeNotes(changes)).toContain(
      "The report of 1 September 2021 does not say which date order it read dates typed as text in (an earlier version recorded it), and they are now read US (month first): if that report read them UK (day first), the default, an action newly stale or overdue, or a time scale moved, may be the change of setting, not of the plan; the setting is Date order in the task pane's settings.",
    );
    // Read UK now, as that report most likely did: nothing to say.
    expect(changeNotes(compareSnapshots(old as Snapshot, liveSnapshot(analysed("en-GB", "2021-09-20")), "now")).filter((n) => n.includes("date order"))).toEqual([]);
  });
});

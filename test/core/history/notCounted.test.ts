/**
 * Actions a report counted that a later one leaves out without anybody removing them: a sheet the
 * settings do not read. It is not "removed".
 */
import { describe, expect, it } from "vitest";
import { leoRows as leo, sheet, type Row } from "../../helpers/leftOutPlans";
import { analyseWorkbook } from "../../../src/core/analyse";
import { settingsSchema } from "../../../src/core/settings";
import type { SheetSnapshot } from "../../../src/core/cells";
import type { Analysis } from "../../../src/core/model";
import { liveSnapshot, recordSnapshot } from "../../../src/core/history/record";
import { compareSnapshots, type Changes } from "../../../src/core/history/changes";
import { changeNotes, changeSentence } from "../../../src/core/history/changeSentences";
import { changesJsonSchema, toChangesJson } from "../../../src/core/history/changesJson";
import { buildPackPlan } from "../../../src/core/history/packPlan";
import { backActions } from "../../../src/core/history/backActions";
import { leftOutNow } from "../../../src/core/history/noLongerCounted";
import type { Snapshot } from "../../../src/core/history/snapshot";
import { changesText } from "../../../src/cli/changesReport";
import { listRows } from "../../helpers/packLists";

const TODAY = "2022-06-01";
const JULY = "2021-07-13";
const NOVEMBER = "2021-11-01";

const analysisOf = (sheets: SheetSnapshot[], date: string, trackerSheets: string[] = []) => analyseWorkbook({ sheets }, settingsSchema.parse({ asOf: date, trackerSheets }), TODAY);
const meta = (date: string) => ({ date, recordedAt: `${date}T09:00:00Z`, recordedBy: null });

/** A report compared with the plan as read at a later date, as the pane, the pack and the command line compare them. */
function since(report: Snapshot, now: Analysis, reports: Snapshot[] = [report]): Changes {
  const changes = compareSnapshots(report, liveSnapshot(now, report), "now", leftOutNow(now));
  return { ...changes, back: backActions(changes.added, report, reports) };
}

const frankie = (n: number): Row[] => Array.from({ length: n }, (_, i) => ["Frankie", i + 1, `Brief staff on the learning from Frankie, part ${i + 1}.`, "Green"] as Row);
const LEO = ["Amber", "Green", "Red", "Amber"];

describe("a sheet the settings do not read", () => {
  const july = recordSnapshot(analysisOf([sheet("Frankie", frankie(3)), sheet("Leo", leo(LEO))], JULY), meta(JULY));
  const november = analysisOf([sheet("Frankie", frankie(3)), sheet("Leo", leo(LEO))], NOVEMBER, ["Frankie"]);
  const changes = since(july, november);

  it("has the actions an earlier report counted on it not counted, never removed", () => {
    expect(changes.removed).toEqual([]);
    expect(changes.noLongerCounted.map((x) => [x.action.review, x.action.ref, x.reason])).toEqual([
      ["Leo", "1", "notRead"],
      ["Leo", "2", "notRead"],
      ["Leo", "3", "notRead"],
      ["Leo", "4", "notRead"],
    ]);
    expect(changeSentence(changes)).toBe("No ratings changed since 13 July 2021; 4 actions no longer counted (on a sheet not read by the settings).");
    // Only what is known: the sheet is there and is not read; what it holds now is not looked at.
    expect(changeNotes(changes)).toContain(
      "The 4 actions the earlier report counted on “Leo” are not counted now: the sheet is in the workbook, but the settings name the tracker sheets to read, and not this one; name it among them in the settings to have it read.",
    );
    expect(changes.byReview.every((g) => g.removed === 0)).toBe(true);
  });

  it("is listed apart in the pack, the command line and the JSON", () => {
    const pack = buildPackPlan(november, changes);
    expect(listRows(pack, "Removed from the plan")).toEqual([]);
    expect(listRows(pack, "No longer counted")[1]).toEqual(["Leo", "1", "Share the learning with partner 1.", "Amber", "on sheet “Leo”, not read by the settings"]);
    const result = { changes, sentence: changeSentence(changes), notes: changeNotes(changes), problems: [] };
    expect(changesText(result)).not.toContain("Removed (");
    const json = changesJsonSchema.parse(JSON.parse(JSON.stringify(toChangesJson(result))));
    expect(json.changes.noLongerCounted.map((x) => x.reason)).toEqual(["notRead", "notRead", "notRead", "notRead"]);
  });
});

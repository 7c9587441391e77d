/**
 * An action removed at one report and in the plan again at a later one, on the peer review
 * plan's own rows: recommendation 5 ("Strategic Partners to discuss and agree budget…").
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../../src/core/analyse";
import { settingsSchema } from "../../../src/core/settings";
import type { CellValue, SheetSnapshot } from "../../../src/core/cells";
import { liveSnapshot, recordSnapshot } from "../../../src/core/history/record";
import { compareSnapshots } from "../../../src/core/history/changes";
import { backActions, backInWords } from "../../../src/core/history/backActions";
import { buildPackPlan } from "../../../src/core/history/packPlan";
import { changeSentence } from "../../../src/core/history/changeSentences";
import { toChangesJson, changesJsonSchema } from "../../../src/core/history/changesJson";
import type { Snapshot } from "../../../src/core/history/snapshot";
import { peerReviewSheet } from "../../fixtures/peerReview";

const TODAY = "2022-12-01";
const analysisOf = (sheet: SheetSnapshot, date: string) => analyseWorkbook({ sheets: [sheet] }, settingsSchema.parse({ asOf: date }), TODAY);
const record = (sheet: SheetSnapshot, date: string, previous?: Snapshot) => recordSnapshot(analysisOf(sheet, date), { date, recordedAt: `${date}T09:00:00Z`, recordedBy: null }, previous);

/** The peer review sheet with its value rows edited. */
function peerReview(edit: (rows: CellValue[][]) => void = () => undefined): SheetSnapshot {
  const sheet = peerReviewSheet();
  const rows = sheet.values.slice(3).map((r) => [...r]);
  edit(rows);
  return { ...sheet, values: [...sheet.values.slice(0, 3), ...rows] };
}
const without = (no: number) => peerReview((rows) => void rows.splice(rows.findIndex((r) => r[1] === no), 1));
const numbered = (list: { ref: string }[]) => list.map((a) => a.ref);

describe("an action back after being removed", () => {
  const july = record(peerReview(), "2021-07-13");
  const february = record(without(5), "2022-02-01", july);
  const august = record(peerReview(), "2022-08-02", february);
  const reports = [july, february, august];

  it("is new between the report it was removed at and the one it is back in, and the reports before say when it went", () => {
    const changes = compareSnapshots(february, august);
    expect(numbered(changes.added)).toEqual(["5"]);
    const back = backActions(changes.added, february, reports);
    expect(back).toEqual([{ id: changes.added[0]!.id, earlierId: july.actions.find((a) => a.ref === "5")!.id, removedAt: "2022-02-01" }]);
    expect(backInWords(back[0]!)).toBe("Back: removed at the report of 1 February 2022");
    // Compared with the plan as it stands, as the pack and the pane compare it, the same.
    const now = liveSnapshot(analysisOf(peerReview(), "2022-08-02"), february);
    expect(backActions(compareSnapshots(february, now, "now").added, february, reports)).toMatchObject([{ removedAt: "2022-02-01" }]);
  });

  it("is no change at all across the report it was missing from, and no report before the first says anything", () => {
    expect(compareSnapshots(july, august).added).toEqual([]);
    expect(backActions(compareSnapshots(july, february).added, july, reports)).toEqual([]);
  });

  it("is only the same review, number and wording: a new action under a removed one's number is new", () => {
    const reworded = record(
      peerReview((rows) => void (rows[rows.findIndex((r) => r[1] === 5)]![2] = "Commission an independent audit of safeguarding training attendance.")),
      "2022-08-02",
      february,
    );
    const changes = compareSnapshots(february, reworded);
    expect(numbered(changes.added)).toEqual(["5"]);
    expect(backActions(changes.added, february, [july, february, reworded])).toEqual([]);
  });

  it("is not an action whose identity carried on after the report found: it was reworded, not removed", () => {
    // Recommendation 5 reworded by a word in February (the same action, followed by its identity), then removed, then back in its July wording.
    const tweaked = record(
      peerReview((rows) => {
        const row = rows[rows.findIndex((r) => r[1] === 5)]!;
        row[2] = `${String(row[2])} Reviewed annually.`;
      }),
      "2022-02-01",
      july,
    );
    expect(tweaked.actions.find((a) => a.ref === "5")!.id).toBe(july.actions.find((a) => a.ref === "5")!.id);
    const gone = record(without(5), "2022-05-01", tweaked);
    const backAgain = record(peerReview(), "2022-08-02", gone);
    const changes = compareSnapshots(gone, backAgain);
    expect(numbered(changes.added)).toEqual(["5"]);
    // July holds the same wording, but its identity went on to February's report: the removal was in May, and February's wording is not the one back.
    expect(backActions(changes.added, gone, [july, tweaked, gone, backAgain])).toEqual([]);
  });

  it("is said in the pack's list of new actions and carried in the changes JSON", () => {
    const changes = compareSnapshots(february, august);
    const withBack = { ...changes, back: backActions(changes.added, february, reports) };
    const texts = buildPackPlan(analysisOf(peerReview(), "2022-08-02"), withBack).rows.flat().map((c) => ("value" in c ? String(c.value) : ""));
    expect(texts).toContain("Back: removed at the report of 1 February 2022");
    const json = changesJsonSchema.parse(toChangesJson({ changes: withBack, sentence: "", notes: [], problems: [] }));
    expect(json.changes.back).toEqual([{ id: withBack.added[0]!.id, earlierId: withBack.back[0]!.earlierId, removedAt: "2022-02-01" }]);
  });

  it("is said in the changes sentence, so the committee does not hear it as new work", () => {
    const changes = compareSnapshots(february, august);
    expect(changeSentence({ ...changes, back: backActions(changes.added, february, reports) })).toBe("No ratings changed since 1 February 2022; 1 new action (1 back after being removed); 3 actions with no progress reported.");
    expect(changeSentence(changes)).toBe("No ratings changed since 1 February 2022; 1 new action; 3 actions with no progress reported.");
  });
});

describe("a report recorded out of order (--earlier)", () => {
  // Recommendation 5 first typed after the report of 13 July 2021; on 7 December a report for 1 June 2021 is
  // recorded late, from the plan as it is then, so it holds recommendation 5.
  const july = record(without(5), "2021-07-13");
  const juneRecordedLate = recordSnapshot(analysisOf(peerReview(), "2021-06-01"), { date: "2021-06-01", recordedAt: "2021-12-07T09:00:00Z", recordedBy: null }, july);
  const reports = [july, juneRecordedLate];
  const now = liveSnapshot(analysisOf(peerReview(), "2021-12-07"), july);

  it("is never the ground for calling an action back after being removed: the action is plain new", () => {
    const changes = compareSnapshots(july, now, "now", undefined, reports);
    expect(numbered(changes.added)).toEqual(["5"]);
    expect(changes.back).toEqual([]);
    expect(changes.countedAgain).toEqual([]);
  });

  it("leaves the reports recorded in order to say an action is back: one in the plan in May, gone in July, is back", () => {
    const may = record(peerReview(), "2021-05-04");
    const changes = compareSnapshots(july, now, "now", undefined, [may, ...reports]);
    expect(changes.back).toEqual([{ id: changes.added[0]!.id, earlierId: may.actions.find((a) => a.ref === "5")!.id, removedAt: "2021-07-13" }]);
  });
});

/**
 * Which way a rating moved where the plan's key says no rating is complete ("Red | Off track", "Amber | Some delay",
 * "Green | On track", "Blue | Not yet commenced"): the traffic-light colours still say which is better, but nothing
 * places Blue among them, so an on-track action now not yet commenced is said to have moved, never to have improved.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../../src/core/analyse";
import { settingsSchema } from "../../../src/core/settings";
import type { CellValue, SheetSnapshot } from "../../../src/core/cells";
import { recordSnapshot } from "../../../src/core/history/record";
import {
  compareSnapshots,
  ratingRanks,
} from "../../../src/core/history/changes";
import { changeSentence } from "../../../src/core/history/changeSentences";
import {
  changesJsonSchema,
  toChangesJson,
} from "../../../src/core/history/changesJson";
import { moveInWords } from "../../../src/core/history/moveWords";
import { buildPackPlan } from "../../../src/core/history/packPlan";
import {
  PEER_REVIEW_INDEX_ROWS,
  peerReviewSheet,
} from "../../fixtures/peerReview";

const TODAY = "2022-06-01";
const analysisOf = (sheets: SheetSnapshot[], date: string) =>
  analyseWorkbook({ sheets }, settingsSchema.parse({ asOf: date }), TODAY);
const record = (sheets: SheetSnapshot[], date: string) =>
  recordSnapshot(analysisOf(sheets, date), {
    date,
    recordedAt: `${date}T09:00:00Z`,
    recordedBy: "Business Manager",
  });

/** The key of states only, listed Red first and Blue last for work not yet commenced. */
const STATES: CellValue[][] = [
  ["Red", "Off track"],
  ["Amber", "Some delay"],
  ["Green", "On track"],
  ["Blue", "Not yet commenced"],
];

/** The peer review plan's 26 rows rated as given, with the key typed below them in place of its own index. */
function peerReview(
  ratings: Record<number, string>,
  key: CellValue[][] = STATES,
): SheetSnapshot {
  const sheet = peerReviewSheet(ratings);
  const rows = sheet.values.slice(
    0,
    sheet.values.length - PEER_REVIEW_INDEX_ROWS.length,
  );
  return {
    ...sheet,
    values: [
      ...rows,
      [PEER_REVIEW_INDEX_ROWS[0]![0]!],
      ...key.flatMap((line) => [line, []]),
    ],
  };
}

/** Rec 1 off track, rec 2 some delay, rec 3 on track and rec 4 not yet commenced at the first report. */
const FIRST = { 1: "R", 2: "A", 3: "G", 4: "B" };

describe("a key whose lines all say states, none complete", () => {
  it("says an on-track action now not yet commenced moved to blue, and an off-track one now on track improved to green", () => {
    const first = record([peerReview(FIRST)], "2021-12-01");
    expect(first.index.filter((e) => e.complete)).toEqual([]);
    const second = record(
      [peerReview({ ...FIRST, 1: "G", 3: "B" })],
      "2022-01-15",
    );
    const changes = compareSnapshots(first, second);
    expect(
      changes.moves.map(
        (m) =>
          `${m.after.ref}: ${m.before.rating} → ${m.after.rating} ${m.direction}, ${moveInWords(m)}`,
      ),
    ).toEqual([
      "1: Red → Green improved, improved",
      "3: Green → Blue moved, moved; the RAG index does not say whether better or worse",
    ]);
    expect(changeSentence(changes)).toMatch(
      /^Since 1 December 2021: 1 action improved to green; 1 action moved to blue[;.]/,
    );
    expect(
      changes.byReview.map((g) => [
        g.name,
        g.improved,
        g.worsened,
        g.neitherBetterNorWorse,
      ]),
    ).toEqual([["Peer Review", 1, 0, 1]]);
    const said = buildPackPlan(
      analysisOf([peerReview({ ...FIRST, 1: "G", 3: "B" })], "2022-01-15"),
      changes,
    )
      .rows.flat()
      .map((c) => ("value" in c ? String(c.value) : ""));
    expect(said).toContain(
      "moved; the RAG index does not say whether better or worse",
    );
    expect(said).not.toContain("improved to blue");
    const json = changesJsonSchema.parse(
      toChangesJson({
        changes,
        sentence: changeSentence(changes),
        notes: [],
        problems: [],
      }),
    );
    expect(json.changes.moves.map((m) => m.direction)).toEqual([
      "improved",
      "moved",
    ]);
  });

  it("says a not-yet-commenced action now under way moved, whatever its rating now, and an off-track one now not yet commenced moved too", () => {
    const first = record([peerReview(FIRST)], "2021-12-01");
    const second = record(
      [peerReview({ 1: "B", 2: "G", 3: "G", 4: "A" })],
      "2022-01-15",
    );
    const changes = compareSnapshots(first, second);
    expect(
      changes.moves.map(
        (m) =>
          `${m.after.ref}: ${m.before.rating} → ${m.after.rating} ${m.direction}`,
      ),
    ).toEqual([
      "1: Red → Blue moved",
      "2: Amber → Green improved",
      "4: Blue → Amber moved",
    ]);
    expect(changeSentence(changes)).toMatch(
      /^Since 1 December 2021: 1 action improved to green; 1 action moved to blue; 1 action moved to amber[;.]/,
    );
  });

  it("ranks the traffic-light colours by colour, in whatever order the key lists them, and gives the others no rank", () => {
    const entry = (name: string) => ({
      code: name[0]!,
      name,
      colour: "",
      complete: false,
    });
    const order = (names: string[]) =>
      [...ratingRanks(names.map(entry))]
        .sort((a, b) => a[1] - b[1])
        .map(([n]) => n);
    expect(order(["Red", "Amber", "Green", "Blue"])).toEqual([
      "Green",
      "Amber",
      "Red",
    ]);
    expect(order(["Blue", "Red", "Amber", "Green"])).toEqual([
      "Green",
      "Amber",
      "Red",
    ]);
    expect(order(["Blue", "Green", "Amber", "Red"])).toEqual([
      "Green",
      "Amber",
      "Red",
    ]);
    // Listed as the peer review index's ratings sometimes are, Amber before Red.
    expect(order(["Amber", "Red", "Green"])).toEqual(["Green", "Amber", "Red"]);
    expect(
      order(["Red", "Amber/Red", "Amber", "Amber-Green", "Green", "Grey"]),
    ).toEqual(["Green", "Amber-Green", "Amber", "Amber/Red", "Red"]);
  });
});

/**
 * What an invalid rating said, kept by a recorded report, through every door's store: recorded with
 * "Yellow", "TBC" and " b/g " in the peer review plan, then the ratings changed, the changes and the
 * Committee Pack quote it; Remove wording takes it out of the workbook.
 */
import { describe, expect, it } from "vitest";
import type { SheetsDoor } from "../../src/door/RagDoor";
import { changesBetween, generateCommitteePack, recordReport, removeReportWording } from "../../src/door/historyOperations";
import { changesText } from "../../src/cli/changesReport";
import { SETTINGS_RECORD } from "../../src/core/store";
import { SNAPSHOT_KIND } from "../../src/core/history/snapshot";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { StreamingXlsxDoor } from "../../src/xlsx/streaming/StreamingXlsxDoor";
import { MemoryDoor } from "../fakes/memoryDoor";
import { FakeExcel } from "../fakes/fakeExcel";
import { putSnapshot } from "../excel/helpers";
import { peerReviewRow, peerReviewSheet } from "../fixtures/peerReview";
import { workbookBytes } from "../helpers/workbooks";
import { loadHistory } from "../helpers/loadHistory";

const RATING_COLUMN = 6;
const JULY = "2021-07-13";
const AS_OF = "2021-11-01";
// Recommendations 3, 19 and 25 (green in the plan) as a team might have typed them in July.
const TYPED = { 3: "Yellow", 19: "TBC", 25: " b/g " };
// By November: 3 made Amber, 25 Blue, and 19 retyped "Yellow", still no rating.
const NOVEMBER = [
  { no: 3, from: "Yellow", to: "A" },
  { no: 19, from: "TBC", to: "Yellow" },
  { no: 25, from: " b/g ", to: "B" },
];

const MOVES = [
  "  Peer Review 3: Specific actions for recommendation 3. — Invalid: Yellow → Amber (rating corrected)",
  "  Peer Review 25: Specific actions for recommendation 25. — Invalid: b/g → Blue (rating corrected)",
];

/** A workbook with the plan as typed in July, and a way to edit its ratings and to open it again as saved. */
interface Workbook {
  door: SheetsDoor;
  edit(no: number, from: string, to: string): Promise<void>;
  /** The door over the workbook as it would be opened again (a file door's saved bytes). */
  reopened(): Promise<SheetsDoor>;
}

const settings = { ...SETTINGS_RECORD, json: JSON.stringify({ asOf: AS_OF }) };

const fileDoor = async (open: (bytes: Uint8Array) => Promise<SheetsDoor & { save(): Promise<Uint8Array> }>): Promise<Workbook> => {
  let door = await open(await workbookBytes({ "Peer Review": peerReviewSheet(TYPED).values }));
  await door.writeStore([settings]);
  return {
    get door() {
      return door;
    },
    async edit(no, from, to) {
      // The ExcelJS door edits user cells; the command line's streaming door never does, so the file is edited by the other.
      const editor = await XlsxDoor.open(await door.save(), "plan.xlsx");
      expect(await editor.applyEdits([{ sheet: "Peer Review", row: peerReviewRow(no), column: RATING_COLUMN, from, to }])).toBe(1);
      door = await open(await editor.save());
    },
    async reopened() {
      door = await open(await door.save());
      return door;
    },
  };
};

const doors: [string, () => Promise<Workbook>][] = [
  [
    "the in-memory door",
    async () => {
      const door = new MemoryDoor([peerReviewSheet(TYPED)], { store: [settings] });
      return { door, edit: async (no, from, to) => void (await door.applyEdits([{ sheet: "Peer Review", row: peerReviewRow(no), column: RATING_COLUMN, from, to }])), reopened: async () => door };
    },
  ],
  [
    "the Office.js door",
    async () => {
      const excel = new FakeExcel();
      putSnapshot(excel, peerReviewSheet(TYPED));
      const door = new ExcelDoor(excel);
      await door.writeStore([settings]);
      return {
        door,
        edit: async (no, from, to) => expect(await door.applyEdits([{ sheet: "Peer Review", row: peerReviewRow(no), column: RATING_COLUMN, from, to }])).toBe(1),
        reopened: async () => new ExcelDoor(excel),
      };
    },
  ],
  ["the ExcelJS file door", () => fileDoor((bytes) => XlsxDoor.open(bytes, "plan.xlsx"))],
  ["the streaming file door", () => fileDoor((bytes) => StreamingXlsxDoor.open(bytes, "plan.xlsx"))],
];

describe.each(doors)("%s", (_, workbook) => {
  it("keeps what an invalid rating said in the report it stores, quotes it in the changes and the pack, and Remove wording takes it out", async () => {
    const w = await workbook();
    await recordReport(w.door, undefined, JULY);
    for (const { no, from, to } of NOVEMBER) await w.edit(no, from, to);

    const stored = await loadHistory(await w.reopened());
    const july = stored.snapshots[0]!;
    expect(july.actions.filter((a) => a.typedRating !== undefined).map((a) => [a.ref, a.typedRating])).toEqual([
      ["3", "Yellow"],
      ["19", "TBC"],
      ["25", "b/g"],
    ]);

    const result = await changesBetween(w.door);
    const lines = changesText(result).split("\n");
    expect(lines.slice(lines.indexOf("Moved rating (2)") + 1, lines.indexOf("Moved rating (2)") + 3)).toEqual(MOVES);

    await generateCommitteePack(w.door);
    const pack = (await (await w.reopened()).read()).sheets.find((s) => s.name === "Committee Pack")!;
    const moved = pack.values.findIndex((r) => r[0] === "Moved rating (2)");
    expect(pack.values.slice(moved + 2, moved + 4).map((r) => [r[1], r[3], r[4], r[5]].map(String))).toEqual([
      ["3", "Invalid: Yellow", "Amber", "rating corrected"],
      ["25", "Invalid: b/g", "Blue", "rating corrected"],
    ]);

    const { message } = await removeReportWording(w.door);
    expect(message).toMatch(/^Removed the actions' wording from 1 recorded report \(26 action entries in all\)/);
    const bare = await w.reopened();
    const json = (await bare.readStore()).find((r) => r.kind === SNAPSHOT_KIND)!.json;
    expect(json).not.toContain("typedRating");
    expect(json).not.toContain("b/g");
    expect(changesText(await changesBetween(bare))).toContain("— invalid rating → Amber (rating corrected)");
  });
});


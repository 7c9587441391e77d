/**
 * A RAG key typed part-way down the plan, the plan going on below it: the table is read down to the
 * key, and the rated rows below it are named, never left out in silence.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { countingNotes } from "../../src/core/countingNotes";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellValue } from "../../src/core/cells";
import type { Analysis } from "../../src/core/model";
import { PEER_REVIEW_SEVEN } from "../fixtures/peerReview";

const run = (values: CellValue[][]) => analyseWorkbook({ sheets: [{ name: "Peer Review", firstRow: 1, firstColumn: 1, values, merges: [] }] }, DEFAULT_SETTINGS, "2021-11-01");
const belowKey = (a: Analysis) => a.findings.filter((f) => f.code === "actions-below-key" || f.code === "another-table");

const [HEADER, ...ACTIONS] = PEER_REVIEW_SEVEN;
const ENTRIES: CellValue[][] = [["Blue", "Completed"], ["Green", "On track"], ["Amber", "Some delay"], ["Red", "Not started"]];
/** The key's heading in two cells ("RAG | Key") or one ("RAG Key"): an index heading, either way, on row 6. */
const HEADINGS: [string, CellValue[]][] = [
  ["RAG | Key", ["RAG", "Key"]],
  ["RAG Key", ["RAG Key"]],
];
/** Actions 1 to 3 on rows 2 to 4, the key on rows 6 to 10, then `below` from row 12. */
const plan = (heading: CellValue[], below: CellValue[][]): CellValue[][] => [HEADER!, ...ACTIONS.slice(0, 3), [], heading, ...ENTRIES, [], ...below];

describe("a RAG key typed part-way down the plan", () => {
  it.each(HEADINGS)("headed %s, is read as the index, and the actions below it (a Red among them) are said not to be counted", (_, heading) => {
    // Actions 4 to 7 (Amber, Blue, Red, Green) on rows 12 to 15.
    const a = run(plan(heading, ACTIONS.slice(3)));
    expect(a.totals.total).toBe(3);
    expect(a.index.source).toEqual({ kind: "block", sheet: "Peer Review", row: 6 });
    const message =
      "The table headed on row 1 ends at the RAG key on rows 6 to 10, so the 4 rated rows below the key, from row 12 down, are not counted; if they are the plan's actions, move the key below the last of them so they are counted.";
    expect(belowKey(a)).toEqual([{ sheet: "Peer Review", row: 12, code: "actions-below-key", severity: "warning", message }]);
    // The outcome line, the RAG Summary and the Committee Pack say it beside the counts.
    expect(countingNotes(a.findings)).toEqual([`On sheet "Peer Review", the table headed on row 1 ends at the RAG key on rows 6 to 10, so the 4 rated rows below the key, from row 12 down, are not counted; if they are the plan's actions, move the key below the last of them so they are counted.`]);
  });

  it.each(HEADINGS)("headed %s, with the plan's header repeated under it, says the plan goes on under the key", (_, heading) => {
    const a = run(plan(heading, [HEADER!, ...ACTIONS.slice(3)]));
    expect(a.totals.total).toBe(3);
    expect(belowKey(a).map((f) => [f.row, f.code, f.severity, f.message])).toEqual([
      [
        12,
        "actions-below-key",
        "warning",
        "The table headed on row 1 goes on under the RAG key on rows 6 to 10, headed again on row 12, but it is read only down to the key, so its 4 rated rows, from row 13 down, are not counted; move the key below the plan's last action so they are counted.",
      ],
    ]);
  });

  it("names one rated row below the key as one", () => {
    const a = run(plan(["RAG", "Key"], [ACTIONS[5]!]));
    expect(belowKey(a).map((f) => f.message)).toEqual([
      "The table headed on row 1 ends at the RAG key on rows 6 to 10, so the rated row below the key, row 12, is not counted; if it is one of the plan's actions, move the key below it so it is counted.",
    ]);
  });

  it("names another table under the key by its own header row", () => {
    const other: CellValue[][] = [["Ref", "Action", "Lead Agency", "Target Date", "RAG Status"], ...ACTIONS.slice(4).map((r) => [r[0]!, r[2]!, r[3]!, "March 2022", r[5]!])];
    const a = run(plan(["RAG Key"], other));
    expect(belowKey(a).map((f) => [f.row, f.code, f.message])).toEqual([
      [
        12,
        "another-table",
        "Row 12 reads as the header of another table, below the key on rows 6 to 10, where the table headed on row 1 ends, so the rows from 12 down are not counted; move the other table to a sheet of its own so its actions are counted.",
      ],
    ]);
  });

  it("says nothing where only notes or counts follow the key", () => {
    const a = run(plan(["RAG", "Key"], [["Note: ratings agreed at the Strategic Group on 12 October 2021."], ["Blue", 2], ["Green", 1]]));
    expect(belowKey(a)).toEqual([]);
  });
});

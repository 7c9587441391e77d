/**
 * What every door must make of each corpus workbook, as at 1 November 2021: the counts and
 * findings a person checking the file by hand would get, or the one sentence that says why it
 * cannot be used. Worked out from the files' contents (scripts/corpus/corpus.ts), not from a run.
 */
import type { CellEdit } from "../../src/core/formatPlan";

export const AS_OF = "2021-11-01";

export interface Counts {
  Blue: number;
  Green: number;
  Amber: number;
  Red: number;
  Unrated: number;
  Invalid: number;
}

export type Expected =
  /** Not an .xlsx workbook at all: the file door refuses to open it; Excel never hands it to the add-in as such. */
  | { kind: "not-a-workbook"; sentence: string }
  /** A workbook with nothing the engine can use. */
  | { kind: "unusable"; sentence: string }
  | {
      kind: "tracker";
      actions: number;
      counts: Partial<Counts>;
      /** Every finding as "code Sheet!A1" (sheet-level findings without a cell: "code Sheet!"). */
      findings: string[];
      staleRows: number[];
      overdueRows: number[];
      /** What Fix ratings writes. */
      fixes: Omit<CellEdit, "sheet">[];
      /** The tracker sheet is protected: highlights and fixes are refused on it. */
      protectedSheet?: string;
      /** The workbook's structure is protected: generated sheets and the store sheet are refused. */
      structureLocked?: true;
      /** How many sheets are read as trackers, when more than one. */
      trackers?: number;
    };

/**
 * Entries only a file read can meet: Excel calculates every formula when it opens a workbook, so
 * the add-in never sees a formula without its result (and the Excel stand-in cannot calculate).
 */
export const FILE_DOOR_ONLY = new Set(["formulas-without-results"]);

const NO_TRACKER =
  "No action-plan tracker was found in this workbook: RAG Tracker looked on every sheet for a header row naming columns such as Recommendation, Actions, Response, RAG, Lead or Time scale; to have the table read, give it a header row of short text headings with a RAG column and an Actions or Recommendation column.";

/** The six case-review actions most entries carry: Blue, Amber, Green, "amber " (read as Amber, fixable), "Yellow" (invalid), "B". */
const SIX_ACTIONS = {
  kind: "tracker",
  actions: 6,
  counts: { Blue: 2, Green: 1, Amber: 2, Red: 0, Unrated: 0, Invalid: 1 },
  // The header (scripts/corpus) has a time scale but no last-updated column: said once, for the sheet.
  findings: ["rating-invalid Plan!H6", "rating-not-canonical Plan!H5", "not-judged Plan!"],
  staleRows: [],
  // As at 1 November 2021: Leo 1 (September 2021, Amber) and Leo 2 (October 2021, Yellow: not complete).
  overdueRows: [5, 6],
  fixes: [{ row: 5, column: 8, from: "amber ", to: "Amber" }],
} as const satisfies Expected;

/**
 * The "dates" entry, and "dates-1904" with the same dates counted from 1904. As at 1 November 2021,
 * due dates before it on Amber rows are overdue: 14/06/2021, 2021-06-14, June 2021, December 2019,
 * Q3 2021, a real 14 June 2021 and serial 44361; "As per meeting cycle" and 31/02/2021 give none,
 * the second warned of and its open action counted as not checked; Feb 2022 is to come. Stale (90 days): updated 01/03/2021 (row 5) and never updated (row 6); row 11,
 * updated 1 October 2021 as a serial in a General cell (44470, or 43008 from 1904), is not.
 */
const DATES = {
  kind: "tracker",
  actions: 11,
  counts: { Blue: 1, Amber: 10 },
  findings: ["date-invalid Plan!C8", "not-judged Plan!"],
  staleRows: [5, 6],
  overdueRows: [2, 3, 4, 5, 6, 9, 10],
  fixes: [],
} as const satisfies Expected;

const notWorkbook = (sentence: string): Expected => ({ kind: "not-a-workbook", sentence });

export const EXPECTED: Record<string, Expected> = {
  "empty-workbook": { kind: "unusable", sentence: NO_TRACKER },
  "title-only": { kind: "unusable", sentence: NO_TRACKER },
  "no-rating-column": {
    kind: "unusable",
    sentence: 'No rating column was found on "Plan": looked for a header such as RAG, RAG Rating, BRAG, RAG Status or Status, and for a column of ratings such as Blue, Green, Amber or Red; head the rating column RAG, or choose its column under Column overrides in the task pane\'s settings.',
  },
  // Rating columns headed with the dates of two rounds: the later (November) is read; May's is said to be an earlier round's.
  "two-rating-columns": {
    kind: "tracker",
    actions: 4,
    counts: { Blue: 1, Green: 2, Amber: 1, Red: 0, Invalid: 0 },
    findings: ["other-round-column Plan!D1", "not-judged Plan!"],
    staleRows: [],
    overdueRows: [],
    fixes: [],
  },
  // Current RAG is read, and the revised target date where one is given: as at 1 November 2021 only row 4 (30 September 2021, Amber) is overdue; row 3's date moved to March 2022.
  "rounds-in-words": {
    kind: "tracker",
    actions: 4,
    counts: { Blue: 1, Green: 1, Amber: 2, Red: 0, Invalid: 0 },
    findings: ["other-round-column Plan!D1", "other-round-column Plan!F1", "not-judged Plan!"],
    staleRows: [],
    overdueRows: [4],
    fixes: [],
  },
  "duplicate-headers": {
    kind: "tracker",
    actions: 3,
    counts: { Blue: 1, Green: 1, Amber: 1, Invalid: 0 },
    findings: ["duplicate-column Plan!D1", "duplicate-column Plan!F1", "not-judged Plan!"],
    staleRows: [],
    overdueRows: [],
    fixes: [],
  },
  // Ratings are the formulas' results; the COUNTIF under the table is not an action. "Progress" reads like a response column.
  "formula-ratings": {
    kind: "tracker",
    actions: 4,
    counts: { Blue: 2, Amber: 2, Invalid: 0 },
    findings: ["duplicate-column Plan!D1", "not-judged Plan!"],
    staleRows: [],
    overdueRows: [],
    fixes: [],
  },
  // Rows 4 and 5 have formulas with no stored result: nothing to read, so each is an invalid rating that says why.
  // The COUNTIF under the table, also without a result, is still not an action.
  "formulas-without-results": {
    kind: "tracker",
    actions: 4,
    counts: { Blue: 1, Amber: 1, Invalid: 2 },
    findings: ["duplicate-column Plan!D1", "rating-invalid Plan!E4", "rating-invalid Plan!E5", "not-judged Plan!"],
    staleRows: [],
    overdueRows: [],
    fixes: [],
  },
  // #N/A and #REF! as ratings are invalid ratings; an error as an open action's time scale is no date, with a warning, and counted as not checked; as a lead it is the lead's text.
  "error-values": {
    kind: "tracker",
    actions: 4,
    counts: { Blue: 1, Green: 1, Amber: 0, Invalid: 2 },
    findings: ["rating-invalid Plan!F3", "rating-invalid Plan!F5", "not-judged Plan!", "not-judged Plan!", "error-value Plan!E4"],
    staleRows: [],
    overdueRows: [],
    fixes: [],
  },
  // 1, TRUE and 0 are not ratings; June 2021 is past for the two invalid (not complete) ones; the time scale 3.5 of an open action gives no date, said and not checked.
  "wrong-types": {
    kind: "tracker",
    actions: 4,
    counts: { Blue: 1, Invalid: 3 },
    findings: ["date-invalid Plan!F3", "rating-invalid Plan!G3", "rating-invalid Plan!G4", "rating-invalid Plan!G5", "not-judged Plan!", "not-judged Plan!"],
    staleRows: [],
    overdueRows: [4, 5],
    fixes: [],
  },
  dates: DATES,
  "dates-1904": DATES,
  // Blank rating cells filled green (#00B050, pale #C6EFCE, theme accent 6 lightened) count as Green and red (#FFC7CE) as Red,
  // each with a warning and a fix typing the name (the sheet types names); grey (row 7) and no fill (row 8) are missing
  // ratings, as is row 10's in a row banded pale blue across; the red fill on row 9's typed Amber changes nothing.
  "colour-ratings": {
    kind: "tracker",
    actions: 9,
    counts: { Blue: 1, Green: 3, Amber: 1, Red: 1, Unrated: 3, Invalid: 0 },
    findings: [
      "rating-colour-only Plan!D3",
      "rating-colour-only Plan!D4",
      "rating-colour-only Plan!D5",
      "rating-colour-only Plan!D6",
      "rating-unrated Plan!D7",
      "rating-unrated Plan!D8",
      "rating-unrated Plan!D10",
      "not-judged Plan!",
    ],
    staleRows: [],
    overdueRows: [],
    fixes: [
      { row: 3, column: 4, from: "", to: "Green" },
      { row: 4, column: 4, from: "", to: "Green" },
      { row: 5, column: 4, from: "", to: "Red" },
      { row: 6, column: 4, from: "", to: "Green" },
    ],
  },
  // Merged categories fill their rows; the rating merged over rows 6 and 7 rates both, and is said to (mergedRatings.ts).
  "merged-cells": {
    kind: "tracker",
    actions: 5,
    counts: { Blue: 3, Green: 1, Amber: 1, Invalid: 0, Unrated: 0 },
    findings: ["merged-rating Plan!F6", "not-judged Plan!"],
    staleRows: [],
    overdueRows: [],
    fixes: [],
  },
  // Hidden rows and columns are still the user's data: all six actions count.
  "hidden-rows-columns": SIX_ACTIONS,
  // A filter hides rows from view, not from the report: the table and the plain range read the same.
  "filtered-table": {
    kind: "tracker",
    actions: 6,
    counts: { Blue: 2, Green: 1, Amber: 2, Red: 1, Invalid: 0 },
    findings: ["not-judged Plan!"],
    staleRows: [],
    overdueRows: [],
    fixes: [],
  },
  "filtered-range": {
    kind: "tracker",
    actions: 6,
    counts: { Blue: 2, Green: 1, Amber: 2, Red: 1, Invalid: 0 },
    findings: ["not-judged Plan!"],
    staleRows: [],
    overdueRows: [],
    fixes: [],
  },
  "plain-range": {
    kind: "tracker",
    actions: 6,
    counts: { Blue: 2, Green: 1, Amber: 2, Red: 1, Invalid: 0 },
    findings: ["not-judged Plan!"],
    staleRows: [],
    overdueRows: [],
    fixes: [],
  },
  // Row 2 was last updated on 4 January 2021: stale, and its 32,767-character response goes to Stale Actions.
  "long-texts": {
    kind: "tracker",
    actions: 2,
    counts: { Green: 1, Amber: 1 },
    findings: ["not-judged Plan!"],
    staleRows: [2],
    overdueRows: [],
    fixes: [],
  },
  "non-latin": {
    kind: "tracker",
    actions: 6,
    counts: { Blue: 1, Green: 1, Amber: 2, Red: 1, Invalid: 1 },
    findings: ["rating-invalid План дій 行动计划!G7", "not-judged План дій 行动计划!"],
    staleRows: [],
    overdueRows: [],
    fixes: [],
  },
  "quoted-sheet-name": {
    ...SIX_ACTIONS,
    findings: ["rating-invalid Leo's plan & 'notes' (2021)!H6", "rating-not-canonical Leo's plan & 'notes' (2021)!H5", "not-judged Leo's plan & 'notes' (2021)!"],
  },
  // The hidden sheet is the user's (last year's tracker, one Blue action: complete, so nothing to judge); the very hidden one belongs to
  // another add-in or a macro and is not read, by either door.
  // Last year's tracker on a hidden sheet is left out, as the manager cannot see it, and said so.
  "hidden-sheets": { ...SIX_ACTIONS, findings: [...SIX_ACTIONS.findings, "hidden-tracker Archive 2020!"] },
  "protected-sheet": { ...SIX_ACTIONS, findings: [...SIX_ACTIONS.findings, "sheet-no-tracker Notes!"], protectedSheet: "Plan" },
  "protected-workbook": { ...SIX_ACTIONS, structureLocked: true },
  corrupt: notWorkbook(
    '"corrupt.xlsx" is damaged: its zip archive is incomplete or corrupt, so it cannot be opened as an .xlsx workbook; open it in Excel and save it again, or use an earlier copy.',
  ),
  "password-protected": notWorkbook(
    '"password-protected.xlsx" is a password-protected workbook, which RAG Tracker cannot read; remove the password in Excel (File > Info > Protect Workbook) and save it again as .xlsx.',
  ),
  "csv-renamed": notWorkbook('"csv-renamed.xlsx" is a CSV (comma-separated text) file, not an Excel workbook; open it in Excel and save it as an Excel Workbook (.xlsx).'),
  "html-renamed": notWorkbook('"html-renamed.xlsx" is an HTML web page, not an Excel workbook; open it in Excel and save it as an Excel Workbook (.xlsx).'),
  // The stray "end" in A1048576 is a lone first-column text: a section row, not an action.
  "million-rows-value": SIX_ACTIONS,
  "million-rows-formatted": SIX_ACTIONS,
  // The stray "stray" in XFD1 heads a column of its own that names nothing the engine reads.
  "stray-cell-far-right": SIX_ACTIONS,
};

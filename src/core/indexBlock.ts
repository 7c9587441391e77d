/**
 * The RAG index a team prints below its table, as the peer review plan does:
 *   "The following index indicates how the rating is decided:"
 *   Blue | Action complete.
 *   Green | Action on track and progressing to plan. …
 * Those rows describe the ratings; they are not actions.
 */
import { cellText } from "./cells";
import { isKnownColourName } from "./ragIndex";
import type { RagEntry } from "./ragIndex";
import type { SheetGrid } from "./sheetGrid";
import { distinctCodes, entryFromParts, markComplete } from "./indexEntries";
import { readsAsKeyMeaning } from "./ratingMeaning";
import { readsAsHeadings } from "./trackerLayout";
import { firstLinePerRating, namesEachRatingOnce, type RepeatedLine } from "./repeatedRatings";

export interface IndexBlock {
  /** Excel row where the block starts (its heading, or its first entry). */
  row: number;
  /** Excel row of its last entry. */
  lastRow: number;
  /** Each rating once: the first of its lines. */
  entries: RagEntry[];
  /** Lines under the heading that named a rating an earlier line names, and were not read. */
  repeated?: RepeatedLine[];
}

/**
 * A table headed as a key is ("RAG | Status") whose lines give a rating and where an action stands
 * ("G | Meetings have taken place to discuss priorities."), not what each rating means: no key, and none of the plan's actions.
 */
export interface StatusTable {
  /** Excel row of its header, and the header's two cells as typed. */
  row: number;
  heading: [string, string];
  /** Excel rows of its first and last lines, and how many lines it has. */
  firstLine: number;
  lastRow: number;
  lines: number;
}

/** What the rows below a table hold: the index printed there, and a status table met before it, either or both. */
export interface BelowTable {
  block?: IndexBlock;
  statusTable?: StatusTable;
}

// "Key" or "Index" alone, or "Key to ratings": a section such as "Key Priority 2 – Early Help" is not an index.
const HEADING = /(how the (rag )?rating is (decided|determined|defined))|\b(rag|brag|rating)s?\s+(index|key|legend|definitions?)\b|^(index|key|legend)\s*[:.]?$|^key to\b/i;

/** Whether a cell heads a RAG index: "RAG Key", "Key:", "The following index indicates how the rating is decided:". */
export function isIndexHeading(text: string): boolean {
  return HEADING.test(text);
}

/** "Key", "Index:", "Legend": the second of a heading's two cells. */
const SECOND_HEADING_CELL = /^(index|key|legend)\s*:?$/i;

/**
 * A key's own header row, naming its two columns: the rating ("RAG", "RAG Rating", "Status") and what each
 * means ("Description", "Meaning", "Status"). Each cell is that heading alone, so an action's words never are.
 * "Description", "Meaning" and "Definition" name a key outright; "Status" heads a status table's updates as often.
 */
const KEY_RATING_CELL = /^(b?rag|b?rag\s+(rating|status|colou?r)|rating|status|colou?r)s?\s*:?$/i;
const KEY_MEANING_CELL = /^(description|meaning|definition|explanation|status|what it means)s?\s*:?$/i;
const STATUS_CELL = /^status(es)?\s*:?$/i;

/**
 * How a row of one or two cells heads a RAG index: "named" where it calls itself one (one cell that does, or "RAG | Key"
 * typed across two), "columns" where it is a header row naming a rating column and what each rating means ("RAG | Description",
 * "Rating | Meaning"), "status" where the column beside the rating's is headed "Status" ("RAG | Status"), as a status table's
 * header is too. Only a word such as "Key" alone in the second cell joins the first: "Rating | Key partners to agree the policy"
 * is an action's words.
 */
function indexHeading(grid: SheetGrid, row: number, filled: readonly number[]): "named" | "columns" | "status" | undefined {
  if (filled.length > 2) return undefined;
  const first = cellText(grid.original(row, filled[0]!));
  if (isIndexHeading(first)) return "named";
  const second = filled.length === 2 ? cellText(grid.original(row, filled[1]!)).trim() : "";
  if (SECOND_HEADING_CELL.test(second) && isIndexHeading(`${first.trim()} ${second}`)) return "named";
  if (!KEY_RATING_CELL.test(first.trim()) || !KEY_MEANING_CELL.test(second) || first.trim().toLowerCase() === second.toLowerCase()) return undefined;
  return STATUS_CELL.test(second) ? "status" : "columns";
}

/** The entry a row holds, if the row reads as "Name | meaning" or "Name meaning" and nothing more. */
function entryInRow(grid: SheetGrid, row: number, needKnownColour: boolean): RagEntry | null {
  if (grid.filledCount(row, 3) > 2) return null;
  const filled = grid.filledColumns(row);
  const cells = filled.map((c) => cellText(grid.original(row, c)));
  if (cells.length === 2) {
    // Under a key's heading, "Completed | B" (typed meaning first, as under the Response and RAG columns) is Blue's line
    // turned round. Without one it is not: a two-column plan's rows read "Train staff | G".
    const turned = !needKnownColour && namesRatingAlone(cells[1]!) && !namesRatingAlone(cells[0]!);
    const [name, meaning] = (turned ? [cells[1], cells[0]] : cells) as [string, string];
    // "Blue | 7" under a table is a count of blue actions (often a COUNTIF), not what Blue means.
    if (isCount(grid.original(row, filled[1]!), cells[1]!)) return null;
    const entry = entryFromParts(name, meaning);
    // Without a heading, only a colour's row: "Blue | Action complete", "Blue (B) | …", or code first, "B | Blue – …".
    if (needKnownColour && !(entry && entry.name.split(/[-/]/).every(isKnownColourName))) return null;
    return entry;
  }
  if (cells.length === 1) {
    const m = /^([A-Za-z]+)\s*[-–:]?\s+(.+)$/.exec(cells[0]!);
    if (m && isKnownColourName(m[1]!)) return entryFromParts(m[1]!, m[2]!);
  }
  return null;
}

/** A cell that names a rating and says nothing more: "B", "Blue", "Blue (B)", "Amber-Green". */
function namesRatingAlone(text: string): boolean {
  const entry = entryFromParts(text, "");
  return entry !== null && entry.meaning === "" && entry.name.split(/[-/]/).every(isKnownColourName);
}

function isCount(value: unknown, text: string): boolean {
  return typeof value === "number" || /^\d+(\.\d+)?\s*%?$/.test(text.trim());
}

/** Finds the index block at or below `fromRow`, and the first status table above it; neither where the sheet has none. */
export function findIndexBlock(grid: SheetGrid, fromRow: number): BelowTable {
  let statusTable: StatusTable | undefined;
  // An index row holds one or two cells: a full action row cannot start one, and is skipped without a look.
  for (let row = grid.nextSparseRow(fromRow); row !== undefined; row = grid.nextSparseRow(row + 1)) {
    const filled = grid.filledColumns(row);
    const heading = indexHeading(grid, row, filled);
    const isHeading = heading !== undefined;
    const start = isHeading ? row + 1 : row;
    const { entries, rows, first, end } = collectEntries(grid, start, !isHeading);
    // Under "RAG | Status", "G | Meetings have taken place to discuss priorities." says where an action stands, not what Green
    // means: a status table, not a key. Its lines are passed over whole, so none of them starts a key of its own. Most lines
    // decide, so a key worded in the team's own short words ("Green | Good", "Amber | Concerns") stays a key.
    if (heading === "status" && !mostReadAsKey(entries)) {
      const at = row;
      const heading = filled.map((c) => cellText(grid.original(at, c)).trim()) as [string, string];
      statusTable ??= { row, heading, firstLine: first, lastRow: end, lines: entries.length };
      row = end;
      continue;
    }
    // Without a heading, colour rows count as an index only where nothing follows them, or another table's header does,
    // and each of the whole run of them names a rating of its own: a plan rated first ("B | Produce the LSCP Annual
    // Report", "G | Monitor use and impact of Neglect strategy") repeats its ratings, and its last rows are no key of their own.
    // Typed straight under the header, with no action above, the rows are the plan's own unless they list the ratings in a
    // key's order and most read as a key's: one action of each rating names each once too.
    const enough = isHeading
      ? entries.length >= 2
      : entries.length >= 3 &&
        namesEachRatingOnce(entries) &&
        firstOfItsLines(grid, fromRow, start) &&
        ((onlyBlankAfter(grid, end) && (!onlyBlankAbove(grid, fromRow, start) || (inKeyOrder(entries) && mostReadAsKey(entries)))) ||
          (partedFromPlan(grid, fromRow, start) && keyAboveTable(grid, end, entries)));
    if (enough) {
      // Under a heading the lines are a key's whatever they hold: one naming a rating again is a slip, and is not read
      // (repeatedRatings.ts). Without one, the lines name each rating once, or are no key.
      const lines = isHeading ? firstLinePerRating(entries.map((entry, i) => ({ entry, row: rows[i]! }))) : undefined;
      const kept = lines ? lines.kept.map((line) => line.entry) : entries;
      const block: IndexBlock = { row, lastRow: end, entries: distinctCodes(markComplete(kept)), ...(lines && lines.repeated.length > 0 && { repeated: lines.repeated }) };
      return { block, ...(statusTable && { statusTable }) };
    }
  }
  return statusTable ? { statusTable } : {};
}

/** Whether at least half the lines that give a meaning read as a key's lines, not as status updates. */
function mostReadAsKey(entries: readonly RagEntry[]): boolean {
  const given = entries.filter((entry) => entry.meaning !== "");
  return given.filter((entry) => readsAsKeyMeaning(entry.meaning)).length * 2 >= given.length;
}

function collectEntries(grid: SheetGrid, start: number, needKnownColour: boolean): { entries: RagEntry[]; rows: number[]; first: number; end: number } {
  const entries: RagEntry[] = [];
  const rows: number[] = [];
  let first = start;
  let end = start - 1;
  for (let row = start; row <= grid.lastRow; row++) {
    if (grid.isBlankRow(row)) {
      if (entries.length === 0 && row - start > 2) break;
      continue;
    }
    const entry = entryInRow(grid, row, needKnownColour);
    if (!entry) break;
    if (entries.length === 0) first = row;
    entries.push(entry);
    rows.push(row);
    end = row;
  }
  return { entries, rows, first, end };
}

/**
 * Headingless colour lines between the plan and a table below it ("Lead | Meeting | Date", or a second
 * list of actions): a key where they list their ratings in a key's order and each line reads as a key's,
 * saying a state or in a team's short words ("Good", "Concerns"). A plan whose rows read "B | Review and
 * refresh the Neglect Strategy" or "B | Threshold document" says what is done, so its rows stay actions.
 */
function keyAboveTable(grid: SheetGrid, end: number, entries: readonly RagEntry[]): boolean {
  if (!inKeyOrder(entries) || !entries.every((e) => readsAsKeyMeaning(e.meaning))) return false;
  let next = end + 1;
  while (next <= grid.lastRow && grid.isBlankRow(next)) next++;
  return next <= grid.lastRow && readsAsHeadings(grid, next);
}

/** Where each colour stands on the scale a key lists, from done to off track; in-between ratings ("Amber-Green") between their two. Amber and Yellow share a step. */
const SCALE: Record<string, number> = { blue: 0, green: 1, amber: 2, yellow: 2, red: 3 };

/**
 * Whether the entries list their ratings as a key does, one way along the scale ("Blue, Green, Amber", "Red, Amber,
 * Green", "Red, Amber, Yellow, Green", Amber and Yellow side by side either way round): a plan's rows, one of each rating,
 * come in the order the work does ("Green, Blue, Amber"). Blue for complete is often added to a RAG key first or last
 * ("Green, Amber, Red, Blue", "Blue, Red, Amber, Green"), so there it is set aside; colours off the scale (Grey for not
 * started, Purple) may stand at either end, so they are passed over.
 */
function inKeyOrder(entries: readonly RagEntry[]): boolean {
  const named = entries.flatMap((entry) => {
    const parts = entry.name.toLowerCase().split(/[-/]/);
    return parts.every((part) => Object.hasOwn(SCALE, part)) ? [parts] : [];
  });
  const isBlue = (parts: readonly string[] | undefined) => parts !== undefined && parts.length === 1 && parts[0] === "blue";
  const from = isBlue(named[0]) ? 1 : 0;
  const to = named.length > from && isBlue(named.at(-1)) ? named.length - 1 : named.length;
  const places = named.slice(from, to).map((parts) => parts.reduce((sum, part) => sum + SCALE[part]!, 0) / parts.length);
  const rising = places.every((place, i) => i === 0 || place >= places[i - 1]!);
  const falling = places.every((place, i) => i === 0 || place <= places[i - 1]!);
  return rising || falling;
}

/** Whether no line of the same kind stands above `start`, blank rows aside, below the header: the lines are judged as one run, never from part-way down. */
function firstOfItsLines(grid: SheetGrid, fromRow: number, start: number): boolean {
  let row = start - 1;
  while (row >= fromRow && grid.isBlankRow(row)) row--;
  return row < fromRow || entryInRow(grid, row, true) === null;
}

/** Whether the row above `start` is blank and a row between it and `fromRow` holds the plan's: looked for upwards, past the blank rows only. */
function partedFromPlan(grid: SheetGrid, fromRow: number, start: number): boolean {
  if (!grid.isBlankRow(start - 1)) return false;
  for (let r = start - 2; r >= fromRow; r--) if (!grid.isBlankRow(r)) return true;
  return false;
}

/** Whether nothing but blank rows stands between `fromRow`, the row below the header, and `start`: looked for upwards, to the first filled row. */
function onlyBlankAbove(grid: SheetGrid, fromRow: number, start: number): boolean {
  for (let r = start - 1; r >= fromRow; r--) if (!grid.isBlankRow(r)) return false;
  return true;
}

function onlyBlankAfter(grid: SheetGrid, row: number): boolean {
  for (let r = row + 1; r <= grid.lastRow; r++) if (!grid.isBlankRow(r)) return false;
  return true;
}

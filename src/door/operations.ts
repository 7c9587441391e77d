/**
 * What each button and command does, in one place, for every door: read the workbook,
 * ask the engine, hand the engine's plan to the door. No rule lives here.
 */
import { refuseWritingOverPastedPlan } from "../core/planOnGeneratedSheet";
import type { AppliedSheet, RagDoor, ReadingDoor, SheetsDoor } from "./RagDoor";
import type { Analysis } from "../core/model";
import type { WorkbookSnapshot } from "../core/cells";
import type { Settings } from "../core/settings";
import type { CellEdit, FormatTag } from "../core/formatPlan";
import { analyseRead } from "./analyseRead";
import { buildSummaryPlan } from "../core/summaryPlan";
import { afterGenerating } from "../core/summaryOutOfDate";
import { resolveSheetNames } from "../core/sheetNames";
import { ratingColourFormats, ratingProblemFormats, staleRowFormats } from "../core/formats";
import { ratingFixPlan } from "../core/ratingFixes";
import { outcomeMessage } from "../core/outcome";
import { packOutOfDateNote } from "../core/packOutOfDate";
import { earlierVersionNote } from "../core/earlierVersionSheets";
import type { StoreRecord } from "../core/store";

export type Progress = (step: string, fraction: number) => void;

const noProgress: Progress = () => undefined;

/** Today's date where the user is, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface Analysed {
  analysis: Analysis;
  settings: Settings;
  /**
   * The store's records as read right after the cells, where the door can read them: every report
   * among them was recorded before this reading, so the task pane can tell whether the reading is
   * no older than the report of its date (historyOperations' readingKnownFresh).
   */
  store?: StoreRecord[];
}

/**
 * The store read right after the cells (in the Excel door, with them or in the sync the settings
 * would take); left out where the door cannot give it. A store that cannot be read is said where the
 * recorded reports are listed; the reading stands without it.
 */
async function storeAlongside(door: ReadingDoor): Promise<{ store?: StoreRecord[] }> {
  if (!door.readStore) return {};
  try {
    return { store: await door.readStore() };
  } catch {
    return {};
  }
}

export async function analyse(door: ReadingDoor, progress: Progress = noProgress): Promise<Analysed> {
  progress("Reading the workbook", 0);
  // Cells first: the Excel door reads the settings in the same sync, so readSettings is then free.
  const snapshot = await door.read((done, total) => progress("Reading the workbook", total ? (0.6 * done) / total : 0));
  // The store before the settings: the Excel door keeps what it read, so the settings then cost nothing more.
  const store = await storeAlongside(door);
  const settings = await door.readSettings();
  // Named for what every task that reads does here (Highlight, Undo, Refresh as well as Check): it is said after the task's own title.
  progress("Counting the actions", 0.6);
  const analysis = await analyseRead(door, snapshot, settings, todayIso());
  return { analysis, settings, ...store };
}

export interface Generated extends Analysed {
  sheets: AppliedSheet[];
  message: string;
}

/** The one-click job: read, analyse, write or refresh the generated sheets. */
export async function generateSummary(door: SheetsDoor, progress: Progress = noProgress): Promise<Generated> {
  progress("Reading the workbook", 0);
  const snapshot = await door.read((done, total) => progress("Reading the workbook", total ? (0.5 * done) / total : 0));
  const store = await storeAlongside(door);
  const settings = await door.readSettings();
  progress("Summarising", 0.5);
  const read = await analyseRead(door, snapshot, settings, todayIso());
  const plan = resolveSheetNames(buildSummaryPlan(read), snapshot);
  refuseWritingOverPastedPlan(plan, snapshot, settings);
  progress("Writing the summary sheets", 0.7);
  const sheets = await door.applyPlan(plan);
  const analysis = afterGenerating(read);
  progress("Done", 1);
  // The summary is new; a Committee Pack already in the workbook is not, and goes to the committee with it.
  return { analysis, settings, ...store, sheets, message: [outcomeMessage(analysis), packOutOfDateNote(analysis.findings) ?? "", earlierVersionNote(analysis.findings, "pack-earlier-version") ?? ""].filter(Boolean).join(" ") };
}

/** Check ratings: highlight invalid and missing ratings in place. */
export async function highlightRatingProblems(door: RagDoor, progress: Progress = noProgress): Promise<Analysed> {
  const result = await analyse(door, progress);
  await door.clearFormats("rating-problems");
  await door.applyFormats(ratingProblemFormats(result.analysis));
  progress("Done", 1);
  return result;
}

export async function highlightStaleRows(door: RagDoor, progress: Progress = noProgress): Promise<Analysed> {
  const result = await analyse(door, progress);
  await door.clearFormats("stale-rows");
  await door.applyFormats(staleRowFormats(result.analysis));
  progress("Done", 1);
  return result;
}

/** Colours the rating column by the index and adds the drop-down list of ratings. */
export async function colourRatings(door: RagDoor, progress: Progress = noProgress): Promise<Analysed> {
  const result = await analyse(door, progress);
  await door.clearFormats("rating-colours");
  await door.applyFormats(ratingColourFormats(result.analysis));
  progress("Done", 1);
  return result;
}

export function clearFormats(door: RagDoor, tag: FormatTag): Promise<number> {
  return door.clearFormats(tag);
}

export interface Fixed extends Analysed {
  edits: CellEdit[];
  /** A sentence for each merged rating the engine left as it is (its rows read apart, or merged beyond the rating column). */
  notes: string[];
}

/** Normalises every rating that can be fixed, in the spelling the sheet mostly uses; touches nothing else. */
export async function fixRatings(door: RagDoor, progress: Progress = noProgress): Promise<Fixed> {
  const result = await analyse(door, progress);
  const { edits, notes } = ratingFixPlan(result.analysis);
  if (edits.length > 0) await door.applyEdits(edits);
  progress("Done", 1);
  return { ...result, edits, notes };
}

/**
 * Use a rating the check suggested ("Use Amber"): writes it in its cell, as Fix ratings writes a
 * rating, only if the cell still holds what the reading it came from saw (else the door refuses,
 * saying which cell changed).
 */
export async function applySuggestedRating(door: RagDoor, edit: CellEdit, progress: Progress = noProgress): Promise<number> {
  progress("Writing the rating", 0);
  const written = await door.applyEdits([edit]);
  progress("Done", 1);
  return written;
}

export interface Undone extends Analysed {
  /** The fixes put back as they were. */
  undone: CellEdit[];
  /** The fixes left alone: their cell no longer holds what the fix wrote. */
  kept: CellEdit[];
  /** The fixes on a sheet no longer in the workbook by that name (renamed or deleted since): not found, so left alone too. */
  sheetGone: CellEdit[];
}

/**
 * Puts back the ratings a Fix ratings changed, on every host (Excel's own Undo may not reach an
 * add-in's writes). Only cells that still hold what the fix wrote are put back: a rating edited
 * since is the user's newer word and is kept.
 */
export async function undoFixes(door: RagDoor, fixes: CellEdit[], progress: Progress = noProgress): Promise<Undone> {
  progress("Reading the workbook", 0);
  const snapshot = await door.read((done, total) => progress("Reading the workbook", total ? (0.4 * done) / total : 0));
  const undone: CellEdit[] = [];
  const kept: CellEdit[] = [];
  const sheetGone: CellEdit[] = [];
  for (const fix of fixes) {
    if (!snapshot.sheets.some((s) => s.name === fix.sheet)) {
      sheetGone.push(fix);
      continue;
    }
    const { back, left } = stillAsFixed(snapshot, fix);
    if (back) undone.push(back);
    kept.push(...left);
  }
  progress("Putting the ratings back", 0.4);
  if (undone.length > 0) await door.applyEdits(undone.map((f) => ({ ...f, from: f.to, to: f.from })));
  const result = await analyse(door, (step, fraction) => progress(step, 0.6 + 0.4 * fraction));
  progress("Done", 1);
  return { ...result, undone, kept, sheetGone };
}

/**
 * What of a fix can be put back: the fix itself where its cell still holds what it wrote (and a
 * merged rating is still merged over the rows it was fixed for); where the user has since unmerged
 * or re-merged it, the fix's cell over the rows it still covers alone, each other row kept, as it
 * now shows something else. Nothing where the cell holds anything else.
 */
function stillAsFixed(snapshot: WorkbookSnapshot, fix: CellEdit): { back?: CellEdit; left: CellEdit[] } {
  const sheet = snapshot.sheets.find((s) => s.name === fix.sheet);
  const value = sheet?.values[fix.row - sheet.firstRow]?.[fix.column - sheet.firstColumn];
  const merge = sheet?.merges.find((m) => fix.row >= m.top && fix.row <= m.bottom && fix.column >= m.left && fix.column <= m.right);
  // The fix wrote its cell: a merge made since with another top-left no longer shows it.
  const holds = typeof value === "string" && value === fix.to && (!merge || (merge.top === fix.row && merge.left === fix.column));
  if (!fix.rows) return holds ? { back: fix, left: [] } : { left: [fix] };
  if (!holds) return { left: [fix] };
  const bottom = merge && merge.left === fix.column ? merge.bottom : fix.row;
  const still = fix.rows.filter((r) => r >= fix.row && r <= bottom);
  const gone = fix.rows.filter((r) => !still.includes(r)).map((row): CellEdit => ({ sheet: fix.sheet, row, column: fix.column, from: fix.from, to: fix.to }));
  if (gone.length === 0) return { back: fix, left: [] };
  const { rows: _, ...cell } = fix;
  return { back: still.length > 1 || (still.length === 1 && still[0] !== fix.row) ? { ...cell, rows: still } : cell, left: gone };
}

/**
 * A rating column that mostly holds progress statuses ("Complete", "In progress", "Not started")
 * rather than RAG ratings: the team keeps a status, not a rating. Said once for the column, so the
 * point is not lost among one invalid-rating finding per row (those stay, for the counts and the
 * highlighting of each cell).
 */
import { cellText, columnLetter } from "./cells";
import type { SheetGrid } from "./sheetGrid";
import type { Settings } from "./settings";
import { isGenericHeader } from "./columnRoles";
import { ratingColumnByContent, type TrackerLayout } from "./trackerLayout";
import type { Finding } from "./findings";
import type { Tracker } from "./model";
import type { RagIndex } from "./ragIndex";
import { isStatusWord } from "./statusWords";
import { saysComplete } from "./completeWords";
import { allowed } from "./ratingFindings";
import { listInWords, plural } from "./sentences";
import { quoted } from "./text";

/** Two statuses make the point; one alone could be a slip in a column of ratings. */
const FEWEST_STATUSES = 2;

/** The one finding for a tracker whose rating column holds more statuses than anything else; undefined otherwise. */
export function statusColumnFinding(tracker: Tracker, index: RagIndex): Finding | undefined {
  const column = tracker.columns.rating;
  if (column === undefined) return undefined;
  let filled = 0;
  let statuses = 0;
  let complete = 0;
  const examples = new Map<string, number>();
  for (const a of tracker.actions) {
    if (a.rating.kind === "unrated") continue;
    filled++;
    if (a.rating.kind !== "invalid" || !isStatusWord(a.ratingValue)) continue;
    statuses++;
    if (saysComplete(a.ratingValue)) complete++;
    const text = String(a.ratingValue).trim();
    examples.set(text, (examples.get(text) ?? 0) + 1);
  }
  if (statuses < FEWEST_STATUSES || statuses * 2 <= filled) return undefined;
  const letter = columnLetter(column);
  const header = tracker.headers.rating;
  // The sheet is named: the outcome line repeats the sentence where no place is shown beside it.
  const named = `${header ? `Column ${letter} (${quoted(header)})` : `Column ${letter}`} on sheet ${quoted(tracker.sheet)}`;
  // The statuses most used first, as the team will recognise them.
  const shown = [...examples.entries()]
    .sort((x, y) => y[1] - x[1])
    .slice(0, 2)
    .map(([text]) => quoted(text));
  const notChased = complete > 0 ? ` (the ${complete === 1 ? "one" : complete} it marks complete ${complete === 1 ? "is" : "are"} not listed as stale or overdue)` : "";
  return {
    sheet: tracker.sheet,
    column: letter,
    code: "rating-column-statuses",
    severity: "error",
    message: `${named} holds statuses such as ${listInWords(shown)}, not RAG ratings, so ${plural(statuses, "action")}${statuses === 1 ? " is" : " are"} counted with an invalid rating${notChased}; rate each action ${allowed(index)} in a column headed RAG, or, if another column holds the ratings, choose it under Column overrides in the task pane's settings.`,
  };
}

/**
 * Where the rating column is a plain "Status" that holds statuses, the column that holds ratings
 * instead, headed otherwise ("Overall status"); undefined where there is none, or where the team
 * chose the rating column in the settings.
 */
export function ratingsBesideStatuses(grid: SheetGrid, layout: TrackerLayout, lastRow: number, index: RagIndex, settings: Settings): { column: number; header: string } | undefined {
  if (layout.columns.rating === undefined || !isGenericHeader(layout.headers.rating ?? "")) return undefined;
  if (settings.columnOverrides[grid.name]?.rating || settings.columnOverrides["*"]?.rating) return undefined;
  const found = ratingColumnByContent(grid, layout, lastRow, index, settings.locale);
  return found && { column: found.column, header: cellText(grid.original(layout.headerRow, found.column)) || `column ${columnLetter(found.column)}` };
}

/** Said where a plain "Status" of statuses gives way to the column of ratings beside it. */
export function ratingsBesideStatusesFinding(sheet: string, layout: TrackerLayout, ratings: { column: number; header: string }): Finding {
  const status = columnLetter(layout.columns.rating!);
  const letter = columnLetter(ratings.column);
  return {
    sheet,
    row: layout.headerRow,
    column: letter,
    code: "ratings-beside-statuses",
    severity: "info",
    message: `Column ${status} (${quoted(layout.headers.rating ?? "")}) holds statuses, not RAG ratings, and column ${letter} (${quoted(ratings.header)}) holds ratings, so column ${letter} is read as the RAG rating column; to read another, choose it under Column overrides in the task pane's settings.`,
  };
}

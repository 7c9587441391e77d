/**
 * A front sheet listing the workbook's plans ("Contents": Sheet | Description | Actions | RAG, one
 * row per review, its count of actions and its overall rating) is headed like a tracker but holds
 * no actions: counted, each review would add one phantom action to the committee's totals.
 */
import { ACTION_TEXT_ROLES } from "./settings";
import { cellText, isBlank } from "./cells";
import { listInWords } from "./sentences";
import type { SheetGrid } from "./sheetGrid";
import type { TrackerLayout } from "./trackerLayout";

export interface ContentsList {
  /** Each row below the header and the sheet it names. */
  rows: { row: number; sheet: string }[];
  /** The column read as the action's text, and what it holds. */
  actionColumn?: { header: string; holds: "numbers" | "names" | "numbers and names" | "nothing"; values: string[] };
}

/**
 * The sheet as a contents list: every row below the header names another sheet of the workbook, each
 * a different one, and no column that says what an action is holds anything but a whole number (a
 * count) or that name. A sheet pulling every review's actions together names each sheet on many rows,
 * and its actions are sentences: it is read.
 */
export function contentsList(grid: SheetGrid, layout: TrackerLayout, lastRow: number, sheetNames: readonly string[]): ContentsList | undefined {
  const others = new Map(sheetNames.filter((name) => name !== grid.name).map((name) => [key(name), name]));
  if (others.size === 0) return undefined;
  const rows: ContentsList["rows"] = [];
  const named = new Set<string>();
  const actionColumns = ACTION_TEXT_ROLES.map((role) => layout.columns[role]).filter((c): c is number => c !== undefined);
  for (let row = layout.headerRow + 1; row <= lastRow; row++) {
    const filled = grid.filledColumns(row).filter((c) => c >= layout.firstColumn && c <= layout.lastColumn);
    if (filled.length === 0) continue;
    const sheet = filled.map((c) => others.get(key(cellText(grid.original(row, c))))).find((name) => name !== undefined);
    if (sheet === undefined || named.has(sheet)) return undefined;
    for (const c of actionColumns) {
      const value = grid.original(row, c);
      if (!isBlank(value) && !isWholeNumber(value) && others.get(key(cellText(value))) !== sheet) return undefined;
    }
    named.add(sheet);
    rows.push({ row, sheet });
  }
  if (rows.length === 0) return undefined;
  const column = layout.columns.actions ?? layout.columns.recommendation ?? layout.columns.measure;
  if (column === undefined) return { rows };
  const values = rows.map(({ row }) => cellText(grid.original(row, column))).filter((text) => text !== "");
  const numbers = values.filter((text) => /^\d+$/.test(text.trim())).length;
  const holds = values.length === 0 ? "nothing" : numbers === values.length ? "numbers" : numbers === 0 ? "names" : "numbers and names";
  return { rows, actionColumn: { header: cellText(grid.original(layout.headerRow, column)), holds, values } };
}

const key = (text: string) => text.trim().replace(/\s+/g, " ").toLowerCase();

function isWholeNumber(value: unknown): boolean {
  return (typeof value === "number" && Number.isInteger(value) && value >= 0) || (typeof value === "string" && /^\s*\d+\s*$/.test(value));
}

/** 'Sheet "Contents" was skipped as a contents list, not a tracker: each of its rows names another sheet of this workbook ("Frankie" and "Leo", on rows 4 and 5), and its "Actions" column holds numbers (14 and 14), not the wording of actions.' */
export function contentsListMessage(sheet: string, list: ContentsList): string {
  const names = listInWords(list.rows.map((r) => `"${r.sheet}"`));
  const rows = list.rows.length === 1 ? `row ${list.rows[0]!.row}` : `rows ${listInWords(list.rows.map((r) => String(r.row)))}`;
  const column = list.actionColumn;
  const what = !column
    ? "and no column holds the wording of an action"
    : column.holds === "numbers"
      ? `and its "${column.header}" column holds numbers (${listInWords(column.values)}), not the wording of actions`
      : column.holds === "nothing"
        ? `and its "${column.header}" column is empty on every row, with no wording of an action`
        : `and its "${column.header}" column holds ${column.holds === "names" ? "" : "numbers and "}those sheets' names, not the wording of actions`;
  const each = list.rows.length === 1 ? "its row names another sheet" : "each of its rows names another sheet";
  return `Sheet "${sheet}" was skipped as a contents list, not a tracker: ${each} of this workbook (${names}, on ${rows}), ${what}.`;
}

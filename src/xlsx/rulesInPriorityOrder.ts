/**
 * Excel applies a sheet's conditional formats by their priority numbers, but LibreOffice (and other
 * readers) apply them in the order the file lists them. The highlight buttons give RAG Tracker's own
 * rules the first priorities while ExcelJS writes them after the user's, so in LibreOffice a user's
 * "begins with r" rule on the rating column hid RAG Tracker's Red. Before saving, each sheet's
 * conditional formats, and the rules within each, are put in priority order, so every reader shows
 * what Excel shows.
 */
import type ExcelJS from "exceljs";
import { conditionalFormats, setConditionalFormats } from "./internals";

/** A rule with no priority (none in a valid file) keeps its place after those with one. */
function priorityOf(rule: { priority?: number }): number {
  return rule.priority ?? Number.MAX_SAFE_INTEGER;
}

/** The sheet's conditional formats ordered by their first rule's priority, their rules by theirs (ties keep the file's order). */
export function putRulesInPriorityOrder(sheet: ExcelJS.Worksheet): void {
  const formats = conditionalFormats(sheet);
  if (!formats || formats.length === 0) return;
  for (const format of formats) format.rules = [...format.rules].sort((a, b) => priorityOf(a) - priorityOf(b));
  const first = (format: ExcelJS.ConditionalFormattingOptions) => format.rules.reduce((least, rule) => Math.min(least, priorityOf(rule)), Number.MAX_SAFE_INTEGER);
  setConditionalFormats(sheet, [...formats].sort((a, b) => first(a) - first(b)));
}

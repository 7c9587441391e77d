/**
 * Excel applies a sheet's conditional formats by their priority numbers, but LibreOffice (and other
 * readers) apply them in the order the file lists them. The highlight buttons give RAG Tracker's own
 * rules the first priorities while ExcelJS writes them after the user's, so in LibreOffice a user's
 * "begins with r" rule on the rating column hid RAG Tracker's Red. Before saving, each sheet's
 * conditional formats are listed with every rule in priority order. Where two formats' priorities
 * interleave (1 and 4 in one, 2 and 3 in another, on the same cells), no order of the two whole
 * formats lists 1, 2, 3, 4, so a format is split into parts on the same cells, each listed at its
 * rules' place: 1, then 2 and 3, then 4. Every reader then shows what Excel shows.
 */
import type ExcelJS from "exceljs";
import { conditionalFormats, setConditionalFormats } from "./internals";

/** A rule with no priority (none in a valid file) keeps its place after those with one. */
function priorityOf(rule: { priority?: number }): number {
  return rule.priority ?? Number.MAX_SAFE_INTEGER;
}

/**
 * The sheet's conditional formats with every rule in ascending priority (ties keep the file's order): the rules of one format
 * that follow each other stay in one format; a format whose rules another's come between is split around them.
 */
export function putRulesInPriorityOrder(sheet: ExcelJS.Worksheet): void {
  const formats = conditionalFormats(sheet);
  if (!formats || formats.length === 0) return;
  const rules = formats.flatMap((format) => format.rules.map((rule) => ({ format, rule })));
  rules.sort((a, b) => priorityOf(a.rule) - priorityOf(b.rule));
  const ordered: ExcelJS.ConditionalFormattingOptions[] = [];
  let last: { from: ExcelJS.ConditionalFormattingOptions; part: ExcelJS.ConditionalFormattingOptions } | undefined;
  for (const { format, rule } of rules) {
    if (last?.from === format) last.part.rules.push(rule);
    else {
      last = { from: format, part: { ...format, rules: [rule] } };
      ordered.push(last.part);
    }
  }
  // A format with no rule is written as it was, last (the saved package takes it out: keptRuleSettings.ts).
  setConditionalFormats(sheet, [...ordered, ...formats.filter((format) => format.rules.length === 0)]);
}

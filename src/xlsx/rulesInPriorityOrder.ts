/**
 * Excel applies a sheet's conditional formats by their priority numbers, but LibreOffice (and other
 * readers) apply them in the order the file lists them. The highlight buttons give RAG Tracker's own
 * rules the first priorities while ExcelJS writes them after the user's, so in LibreOffice a user's
 * "begins with r" rule on the rating column hid RAG Tracker's Red. Before saving, each sheet's
 * conditional formats are listed with every rule in priority order. Where two formats' priorities
 * interleave (1 and 4 in one, 2 and 3 in another, on the same cells), no order of the two whole
 * formats lists 1, 2, 3, 4, so a format is split into parts on the same cells, each listed at its
 * rules' place: 1, then 2 and 3, then 4. Every reader then shows what Excel shows. Both file doors
 * order them here: the workbench's on ExcelJS's model, the command line's on the sheet's XML
 * (streaming/sheetRuleOrder.ts).
 */
import type ExcelJS from "exceljs";
import { conditionalFormats, setConditionalFormats } from "./internals";

/** A rule with no priority (none in a valid file) keeps its place after those with one. */
export function priorityOf(rule: { priority?: number }): number {
  return rule.priority ?? Number.MAX_SAFE_INTEGER;
}

/** Whether rules listed with these priorities, in this order, are already in priority order. */
export function listedInPriorityOrder(priorities: readonly (number | undefined)[]): boolean {
  for (let i = 1; i < priorities.length; i++) if (priorityOf({ priority: priorities[i] }) < priorityOf({ priority: priorities[i - 1] })) return false;
  return true;
}

/**
 * The formats with every rule in ascending priority (ties keep the file's order): the rules of one format that follow each
 * other stay in one format; a format whose rules another's come between is split around them, each part made by `withRules`.
 * A format with no rule is kept as it was, last.
 */
export function rulesInPriorityOrder<F, R extends { priority?: number }>(formats: readonly F[], rulesOf: (format: F) => readonly R[], withRules: (format: F, rules: R[]) => F): F[] {
  const rules = formats.flatMap((format) => rulesOf(format).map((rule) => ({ format, rule })));
  rules.sort((a, b) => priorityOf(a.rule) - priorityOf(b.rule));
  const ordered: { from: F; rules: R[] }[] = [];
  for (const { format, rule } of rules) {
    const last = ordered[ordered.length - 1];
    if (last?.from === format) last.rules.push(rule);
    else ordered.push({ from: format, rules: [rule] });
  }
  return [...ordered.map((part) => withRules(part.from, part.rules)), ...formats.filter((format) => rulesOf(format).length === 0)];
}

/** The ExcelJS sheet's conditional formats put in priority order (see rulesInPriorityOrder). */
export function putRulesInPriorityOrder(sheet: ExcelJS.Worksheet): void {
  const formats = conditionalFormats(sheet);
  if (!formats || formats.length === 0) return;
  // A format with no rule is written last (the saved package takes it out: keptRuleSettings.ts).
  setConditionalFormats(sheet, rulesInPriorityOrder(formats, (format) => format.rules, (format, rules) => ({ ...format, rules })));
}

/** The command line's human-readable output. */
import type { Analysis, GroupCount, Tracker } from "../core/model";
import type { Finding } from "../core/findings";
import { countNames } from "../core/grouping";
import { outcomeMessage } from "../core/outcome";
import { hasLeadTable } from "../core/summaryHeadings";
import { quoteSheetName } from "../core/cells";
import { formatLongDate } from "../core/longDate";
import { countText, plural } from "../core/sentences";
import { alikeFindings, cellRuns, type AlikeFindings } from "./alikeFindings";

/** Group names wrap at this width, so a long category ("Strategic Aim 2 – …") keeps the counts in a terminal's view. */
const NAME_WIDTH = 40;

/** The name in lines of at most `width` characters, broken between words (a longer word keeps its own line). */
function wrapped(name: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of name.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > 0 ? lines : [""];
}

function table(title: string, groups: GroupCount[], names: string[]): string {
  const header = [title, ...names, "Total"];
  const rows = groups.map((g) => ({ name: wrapped(g.name, NAME_WIDTH), counts: [...names.map((n) => String(g.counts[n] ?? 0)), String(g.total)] }));
  const nameWidth = Math.max(title.length, ...rows.flatMap((r) => r.name.map((l) => l.length)));
  const widths = header.slice(1).map((h, i) => Math.max(h.length, ...rows.map((r) => r.counts[i]!.length)));
  const line = (first: string, counts: string[]) => [first.padEnd(nameWidth), ...counts.map((c, i) => c.padStart(widths[i]!))].join("  ").trimEnd();
  return [line(title, header.slice(1)), ...rows.flatMap((r) => [line(r.name[0]!, r.counts), ...r.name.slice(1).map((l) => `  ${l}`)])].join("\n");
}

/** Where a finding is, as Excel names it: 'Delivery Plan 2019-20'!G63, a row, or a whole sheet ("" where its message names the sheet). */
function where(f: Finding): string {
  if (!f.sheet) return "";
  const sheet = quoteSheetName(f.sheet);
  if (f.row === undefined) return f.message.includes(`"${f.sheet}"`) ? "" : `${sheet}: `;
  return f.column === undefined ? `${sheet} row ${f.row}: ` : `${sheet}!${f.column}${f.row}: `;
}

/** The finding's sentence after its place: "Row 63: " at its start would say the row again (where() names the row wherever it names a sheet). */
function afterPlace(f: Finding): string {
  const rowFirst = `Row ${f.row}: `;
  return f.sheet && f.row !== undefined && f.message.startsWith(rowFirst) ? f.message.charAt(rowFirst.length).toUpperCase() + f.message.slice(rowFirst.length + 1) : f.message;
}

/** One line for a finding, or for several alike: their cells, how many, and the sentence they share (or the one that speaks for them). */
function findingLine({ first, rows }: AlikeFindings): string {
  if (rows.length === 0 || (rows.length === 1 && rows[0] === first.row)) return `  ${where(first)}${afterPlace(first)}`;
  const cells = rows.length === 1 ? "" : ` (${rows.length} cells)`;
  return `  ${quoteSheetName(first.sheet)}!${cellRuns(first.column!, rows)}${cells}: ${afterPlace(first)}`;
}

export function findingsText(findings: Finding[]): string {
  const sections: [string, Finding["severity"]][] = [
    ["Errors", "error"],
    ["Warnings", "warning"],
    ["For information", "info"],
  ];
  const out: string[] = [];
  for (const [title, severity] of sections) {
    const list = findings.filter((f) => f.severity === severity);
    if (list.length === 0) continue;
    const lines = alikeFindings(list, afterPlace);
    // What the lines show: a line's cells, or its one finding; a finding speaking for a column's cells is not counted beside them.
    const shown = lines.reduce((n, { rows }) => n + Math.max(rows.length, 1), 0);
    out.push(`${title} (${shown})`, ...lines.map(findingLine), "");
  }
  return out.join("\n");
}

function actionRows(t: Tracker): string {
  if (t.actions.length === 0) return "no actions below it";
  if (t.actions.length === 1) return `1 action on row ${t.firstRow}`;
  return `${countText(t.actions.length)} actions on rows ${t.firstRow}–${t.lastRow}`;
}

export function trackersText(analysis: Analysis): string {
  return analysis.trackers
    .map((t) => `Tracker "${t.sheet}": header on row ${t.headerRow}, ${actionRows(t)}.`)
    .join("\n");
}

export function checkText(analysis: Analysis): string {
  // findingsText ends each section with its own blank line, and is empty with no finding.
  const findings = findingsText(analysis.findings);
  // The findings lead with any column of statuses, so the outcome line below need not say it again.
  // The date and threshold may come from the workbook's saved settings rather than today and 90: said, as the counts depend on them.
  const asAt = `As at ${formatLongDate(analysis.asOf)}, stale after ${plural(analysis.staleDays, "day")} without an update.`;
  return [asAt, trackersText(analysis), "", ...(findings ? [findings] : []), outcomeMessage(analysis, false), ""].join("\n");
}

export function summaryText(analysis: Analysis): string {
  const names = countNames(analysis.index);
  return [
    `RAG summary as at ${formatLongDate(analysis.asOf)}`,
    "",
    ...analysis.sentences,
    "",
    table("Review", analysis.byReview, names),
    "",
    table("Category", analysis.byCategory, names),
    "",
    // As the RAG Summary sheet has it: only where some sheet has a lead column.
    ...(hasLeadTable(analysis.trackers) ? [table("Lead", analysis.byLead, names), ""] : []),
    outcomeMessage(analysis),
    "",
  ].join("\n");
}

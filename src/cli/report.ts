/** The command line's human-readable output. */
import type { Analysis, GroupCount, Tracker } from "../core/model";
import type { Finding } from "../core/findings";
import { countNames } from "../core/grouping";
import { outcomeMessage } from "../core/outcome";

function table(title: string, groups: GroupCount[], names: string[]): string {
  const header = [title, ...names, "Total"];
  const rows = groups.map((g) => [g.name, ...names.map((n) => String(g.counts[n] ?? 0)), String(g.total)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ").trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}

function where(f: Finding): string {
  if (f.row === undefined) return f.sheet ? `${f.sheet}: ` : "";
  return `${f.sheet}!${f.column ?? ""}${f.row}: `;
}

export function findingsText(findings: Finding[]): string {
  const sections: [string, Finding["severity"]][] = [
    ["Errors", "error"],
    ["Warnings", "warning"],
    ["Notes", "info"],
  ];
  const out: string[] = [];
  for (const [title, severity] of sections) {
    const list = findings.filter((f) => f.severity === severity);
    if (list.length === 0) continue;
    out.push(`${title} (${list.length})`, ...list.map((f) => `  ${where(f)}${f.message}`), "");
  }
  return out.join("\n");
}

function actionRows(t: Tracker): string {
  if (t.actions.length === 0) return "no actions below it";
  if (t.actions.length === 1) return `1 action on row ${t.firstRow}`;
  return `${t.actions.length} actions on rows ${t.firstRow}–${t.lastRow}`;
}

export function trackersText(analysis: Analysis): string {
  return analysis.trackers
    .map((t) => `Tracker "${t.sheet}": header on row ${t.headerRow}, ${actionRows(t)}.`)
    .join("\n");
}

export function checkText(analysis: Analysis): string {
  return [trackersText(analysis), "", findingsText(analysis.findings), outcomeMessage(analysis), ""].join("\n");
}

export function summaryText(analysis: Analysis): string {
  const names = countNames(analysis.index);
  return [
    `RAG summary as at ${analysis.asOf}`,
    "",
    ...analysis.sentences,
    "",
    table("Review", analysis.byReview, names),
    "",
    table("Category", analysis.byCategory, names),
    "",
    outcomeMessage(analysis),
    "",
  ].join("\n");
}

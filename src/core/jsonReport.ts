/** The command line's --json document: its schema (validated in tests and by consumers) and how it is built. */
import { z } from "zod";
import { notJudged } from "./notJudged";
import { columnLetter } from "./cells";
import { ratingBucket } from "./grouping";
import type { Analysis, FlaggedAction, GroupCount } from "./model";
import { COLUMN_ROLES, type ColumnRole } from "./settings";

const groupSchema = z.object({ name: z.string(), counts: z.record(z.string(), z.number().int().min(0)), total: z.number().int().min(0) });

const flaggedSchema = z.object({
  sheet: z.string(),
  row: z.number().int().min(1),
  review: z.string(),
  ref: z.string(),
  category: z.string(),
  rating: z.string(),
  due: z.string().nullable(),
  updated: z.string().nullable(),
  /** Days since last update (stale) or since due (overdue); null when never updated. */
  days: z.number().int().nullable(),
});

export const jsonReportSchema = z.object({
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  staleDays: z.number().int(),
  trackers: z.array(
    z.object({
      sheet: z.string(),
      headerRow: z.number().int().min(1),
      firstRow: z.number().int().min(1),
      lastRow: z.number().int().min(1),
      actions: z.number().int().min(0),
      columns: z.partialRecord(z.enum(COLUMN_ROLES), z.object({ column: z.string(), header: z.string() })),
    }),
  ),
  index: z.object({
    source: z.string(),
    entries: z.array(z.object({ code: z.string(), name: z.string(), meaning: z.string(), colour: z.string(), complete: z.boolean() })),
  }),
  totals: groupSchema,
  byReview: z.array(groupSchema),
  byCategory: z.array(groupSchema),
  byLead: z.array(groupSchema),
  sentences: z.array(z.string()),
  findings: z.array(
    z.object({
      sheet: z.string(),
      row: z.number().int().optional(),
      column: z.string().optional(),
      code: z.string(),
      severity: z.enum(["error", "warning", "info"]),
      value: z.string().optional(),
      message: z.string(),
      fix: z.string().optional(),
    }),
  ),
  stale: z.array(flaggedSchema),
  overdue: z.array(flaggedSchema),
  /** Open actions not checked for being stale or overdue, as their sheet lacks the column (the text output's "56 not checked"). */
  notChecked: z.object({ stale: z.number().int(), overdue: z.number().int() }),
  /** summarize only: the workbook written and the generated sheets in it. */
  output: z.object({ file: z.string(), sheets: z.array(z.string()), kept: z.array(z.string()).optional() }).optional(),
});
export type JsonReport = z.infer<typeof jsonReportSchema>;

function group(g: GroupCount): JsonReport["totals"] {
  return { name: g.name, counts: { ...g.counts }, total: g.total };
}

function flagged(f: FlaggedAction): JsonReport["stale"][number] {
  const a = f.action;
  const rating = ratingBucket(a);
  return { sheet: a.sheet, row: a.row, review: a.review, ref: a.ref, category: a.category, rating, due: a.due, updated: a.updated, days: f.days };
}

export function toJsonReport(analysis: Analysis): JsonReport {
  const source = analysis.index.source;
  return {
    asOf: analysis.asOf,
    staleDays: analysis.staleDays,
    trackers: analysis.trackers.map((t) => ({
      sheet: t.sheet,
      headerRow: t.headerRow,
      firstRow: t.firstRow,
      lastRow: t.lastRow,
      actions: t.actions.length,
      columns: Object.fromEntries(
        (Object.entries(t.columns) as [ColumnRole, number][]).map(([role, c]) => [role, { column: columnLetter(c), header: t.headers[role] ?? "" }]),
      ),
    })),
    index: {
      source: source.kind === "default" ? "default" : source.kind === "keySheet" ? `sheet ${source.sheet}` : source.kind === "beside" ? `sheet ${source.sheet} cell ${columnLetter(source.column)}${source.row}` : `sheet ${source.sheet} row ${source.row}`,
      entries: analysis.index.entries.map((e) => ({ code: e.code, name: e.name, meaning: e.meaning, colour: e.colour, complete: e.complete })),
    },
    totals: group(analysis.totals),
    byReview: analysis.byReview.map(group),
    byCategory: analysis.byCategory.map(group),
    byLead: analysis.byLead.map(group),
    sentences: analysis.sentences,
    findings: analysis.findings.map((f) => ({ ...f })),
    stale: analysis.stale.map(flagged),
    overdue: analysis.overdue.map(flagged),
    notChecked: notCheckedCounts(analysis),
  };
}

function notCheckedCounts(analysis: Analysis): JsonReport["notChecked"] {
  const sheets = notJudged(analysis.trackers);
  const count = (judged: "stale" | "overdue") => sheets.reduce((sum, n) => sum + (n[judged] ? n.actions : 0), 0);
  return { stale: count("stale"), overdue: count("overdue") };
}

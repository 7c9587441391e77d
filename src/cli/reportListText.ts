/** Text output of `rag-tracker reports`. */
import { recordedWhenWords, type ListedReport, type ReportList } from "../core/history/reportList";
import { reportLabel } from "../core/longDate";
import { countsInWords, plural } from "../core/sentences";

function line(r: ListedReport): string {
  // The reason's sentence names the report itself.
  if (!r.readable) return r.problem ?? `The report recorded for ${reportLabel(r.date)} could not be read.`;
  const total = r.total ?? 0;
  const counts = total > 0 ? ` (${countsInWords(r.counts, Object.keys(r.counts))})` : "";
  return `${reportLabel(r.date)} – ${plural(total, "action")}${counts}; ${recordedWhenWords(r.date, r.recordedBy, r.recordedAt, r.recordedAfter)}`;
}

export function reportListText({ reports }: ReportList): string {
  if (reports.length === 0) return "This workbook has no recorded report yet; record one with the snapshot command.\n";
  const title = reports.length === 1 ? "1 recorded report:" : `${reports.length} recorded reports, newest first:`;
  return [title, ...reports.map((r) => `  ${line(r)}`)].join("\n") + "\n";
}

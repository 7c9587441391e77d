/**
 * The name the workbench gives a downloaded result: "<name> (RAG Tracker).xlsx", never stacking the
 * suffix. Whatever kind of workbook was opened (a template, or one named .xlsm with no macros, which
 * the workbench opens), the download is an .xlsx workbook, and named as one.
 */
export function downloadName(label: string): string {
  const base = label.replace(/\.xl(sx|sm|tx|tm)$/i, "").replace(/ \(RAG Tracker\)$/, "").trim() || "Workbook";
  return `${base} (RAG Tracker).xlsx`;
}

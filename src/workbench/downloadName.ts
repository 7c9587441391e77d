/** The name the workbench gives a downloaded result: "<name> (RAG Tracker).xlsx", never stacking the suffix. */
export function downloadName(label: string): string {
  const base = label.replace(/\.xlsx$/i, "").replace(/ \(RAG Tracker\)$/, "").trim() || "Workbook";
  return `${base} (RAG Tracker).xlsx`;
}

/**
 * One RAG index is read for the whole workbook (a key sheet first, else the first index printed
 * below a table). Another sheet's index that names other ratings, or counts others as complete,
 * would judge its own rows otherwise: said, so the team can make them agree.
 */
import type { Finding } from "./findings";
import type { RagIndex } from "./ragIndex";
import { listInWords } from "./sentences";
import { capitalised } from "./text";

/** Where an index was read from, as a finding names it. */
export function indexSourceText(index: RagIndex): string {
  const source = index.source;
  if (source.kind === "keySheet") return `the key on sheet "${source.sheet}"`;
  if (source.kind === "block") return `the index below the table on sheet "${source.sheet}"`;
  if (source.kind === "above") return `the key above the table on sheet "${source.sheet}"`;
  return source.kind === "beside" ? `the key beside the table on sheet "${source.sheet}"` : "the default index";
}

/** `completeSet`: the settings say which ratings are complete, so no index decides that. */
export function otherIndexFindings(used: RagIndex, others: readonly RagIndex[], completeSet: boolean): Finding[] {
  const usedByName = new Map(used.entries.map((e) => [e.name.toLowerCase(), e]));
  const findings: Finding[] = [];
  for (const other of others) {
    if (other.source.kind === "default") continue;
    const differences: string[] = [];
    let completeDiffers = false;
    const extra = other.entries.filter((e) => !usedByName.has(e.name.toLowerCase())).map((e) => e.name);
    if (extra.length > 0) differences.push(`it has ${listInWords(extra)}, which the one read does not`);
    if (!completeSet) {
      const complete = other.entries.filter((e) => e.complete && usedByName.get(e.name.toLowerCase())?.complete === false);
      const notComplete = other.entries.filter((e) => !e.complete && usedByName.get(e.name.toLowerCase())?.complete === true);
      completeDiffers = complete.length + notComplete.length > 0;
      for (const e of complete) differences.push(`${e.name} means complete there ("${e.meaning}")`);
      for (const e of notComplete) differences.push(`${e.name} does not mean complete there ("${e.meaning}")`);
    }
    if (differences.length === 0) continue;
    findings.push({
      sheet: other.source.sheet,
      ...("row" in other.source ? { row: other.source.row } : {}),
      code: "index-differs",
      severity: "warning",
      message: `${capitalised(indexSourceText(other))} differs from ${indexSourceText(used)}, which is read for the whole workbook: ${differences.join("; ")}; make the two agree${completeDiffers ? ", or choose the Complete rating in the task pane's settings" : ""}.`,
    });
  }
  return findings;
}

/**
 * Tables the engine found but did not count: one table is read on each sheet, and a second one
 * (a peer review plan above a case review table) is reported by an "another-table" finding. A
 * finding alone is not enough: the summary's counts would be read as the whole plan, so the
 * summary, the pack and the outcome line say what they leave out.
 */
import type { Finding } from "./findings";
import { listInWords } from "./sentences";

/** 'Not counted: the table headed on row 2 of sheet "Actions", as …', or null where every table found is counted. */
export function uncountedTablesSentence(findings: readonly Finding[]): string | null {
  const places = findings.filter((f) => f.code === "another-table").map((f) => `on row ${f.row} of sheet "${f.sheet}"`);
  if (places.length === 0) return null;
  const one = places.length === 1;
  return `Not counted: the ${one ? "table" : "tables"} headed ${listInWords(places)}, as one table is read on each sheet; move ${one ? "it" : "each"} to a sheet of its own to have its actions counted.`;
}

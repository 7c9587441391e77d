/** Which sheets a write plan may replace: only those RAG Tracker made for the plan's own keys. */
import type { WritePlan } from "../core/writePlan";
import type { AppliedSheet } from "./RagDoor";
import { listInWords } from "../core/sentences";

/** The sentence for a plan sheet whose name a user's sheet already has. */
export function userSheetInTheWay(name: string): string {
  return `A sheet named "${name}" already exists and was not made by RAG Tracker, so it was left alone and nothing was written.`;
}

/**
 * Checks every name before anything changes: a user's sheet of a plan sheet's name stops the
 * whole write. `existing` finds a sheet by name (ignoring case) and `ownerOf` gives the generated
 * key whose marker names a sheet, if any.
 */
export function refuseUserSheets(plan: WritePlan, existing: (name: string) => string | undefined, ownerOf: (sheet: string) => string | undefined): void {
  const keys = new Set<string>(plan.sheets.map((s) => s.key));
  for (const sheet of plan.sheets) {
    const name = existing(sheet.name);
    if (name === undefined) continue;
    const owner = ownerOf(name);
    if (owner === undefined || !keys.has(owner)) throw new Error(userSheetInTheWay(name));
  }
}

/**
 * "“RAG Summary” holds the table “MyTab”, which RAG Tracker did not put there: …": a generated
 * sheet is written again by replacing it, so a user's table on it would go, and a formula using
 * the table elsewhere would break (#REF! in Excel); the user moves it, or renames the sheet to keep it.
 */
export function tablesOnGeneratedSheet(sheet: string, tables: readonly string[]): string {
  const one = tables.length === 1;
  const named = listInWords(tables.map((t) => `"${t}"`));
  return `"${sheet}" holds the ${one ? "table" : "tables"} ${named}, which RAG Tracker did not put there and would remove with the sheet when it writes it again, breaking any formula that uses ${one ? "it" : "them"}, so nothing was written; move ${one ? "the table" : "the tables"} to another sheet, or rename "${sheet}" to keep it as it is, and run it again.`;
}

/**
 * The sentence for the first generated sheet the plan would replace that holds a table (the user's:
 * RAG Tracker writes none), or null; checked before anything changes. `marked` gives the sheet a
 * generated key marks and `tablesOn` the tables on a sheet of this name.
 */
export function tablesInTheWay(plan: WritePlan, marked: (key: string) => string | undefined, tablesOn: (sheet: string) => readonly string[]): string | null {
  for (const sheet of plan.sheets) {
    const old = sheet.keeps === undefined ? marked(sheet.key) : undefined;
    const tables = old === undefined ? [] : tablesOn(old);
    if (tables.length > 0) return tablesOnGeneratedSheet(old!, tables);
  }
  return null;
}

/** What a door wrote for this plan: each sheet's name, and the renamed sheet it kept instead of replacing. */
export function appliedSheets(plan: WritePlan): AppliedSheet[] {
  return plan.sheets.map((s) => ({
    key: s.key,
    name: s.name,
    ...(s.keeps === undefined ? {} : { kept: s.keeps }),
    ...(s.besideOwn === undefined ? {} : { besideOwn: s.besideOwn }),
    ...(s.besideOwnUnseen ? { besideOwnUnseen: s.besideOwnUnseen } : {}),
  }));
}

/**
 * "Kept “RAG Summary Jul 21” unchanged, since it had been renamed.", and "The workbook's own sheet
 * “RAG Summary” is left as it is, so the new one is “RAG Summary (2)”.", or "" when no sheet was
 * kept; `quote` puts a name in quotation marks. A very hidden sheet is not called the user's: they
 * cannot see it, and would look for it in vain, so the sentence says why its name is taken.
 */
export function keptSentence(sheets: readonly AppliedSheet[], quote: (name: string) => string): string {
  const kept = sheets.flatMap((s) => (s.kept === undefined ? [] : [quote(s.kept)]));
  const beside = sheets.filter((s) => s.besideOwn !== undefined && !s.besideOwnUnseen);
  const unseen = sheets.filter((s) => s.besideOwn !== undefined && s.besideOwnUnseen);
  const one = beside.length === 1;
  const oneUnseen = unseen.length === 1;
  return [
    kept.length === 0 ? "" : `Kept ${listInWords(kept)} unchanged, since ${kept.length === 1 ? "it" : "they"} had been renamed.`,
    beside.length === 0
      ? ""
      : `The workbook's own ${one ? "sheet" : "sheets"} ${listInWords(beside.map((s) => quote(s.besideOwn!)))} ${one ? "is" : "are"} left as ${one ? "it is" : "they are"}, so the new ${one ? "one is" : "ones are"} ${listInWords(beside.map((s) => quote(s.name)))}.`,
    unseen.length === 0
      ? ""
      : `The workbook already has ${oneUnseen ? "a sheet" : "sheets"} named ${listInWords(unseen.map((s) => quote(s.besideOwn!)))} that it keeps out of sight (very hidden, as a macro or another add-in may do), so the new ${oneUnseen ? "one is" : "ones are"} ${listInWords(unseen.map((s) => quote(s.name)))}.`,
  ]
    .filter(Boolean)
    .join(" ");
}

/** Said after a refusal to add sheets: ' "RAG Summary Jul 21" was renamed, so it is kept as it stands and the new report needs a sheet of its own.', or "". */
export function renamedSheetsNote(plan: WritePlan): string {
  const kept = plan.sheets.flatMap((s) => (s.keeps === undefined ? [] : [`"${s.keeps}"`]));
  if (kept.length === 0) return "";
  const one = kept.length === 1;
  return ` ${listInWords(kept)} ${one ? "was" : "were"} renamed, so ${one ? "it is kept as it stands" : "they are kept as they stand"} and the new report needs ${one ? "a sheet" : "sheets"} of its own.`;
}

/**
 * Which name each generated sheet gets. A sheet RAG Tracker made earlier (found by its marker)
 * is replaced where it still has the name it was given; where the user renamed it ("RAG Summary
 * Jul 21", to keep last quarter's), it is kept as it stands and a new sheet is written. A user's
 * sheet of the same name is never touched, and the generated sheet takes the next free name
 * instead ("RAG Summary (2)").
 */
import type { WorkbookSnapshot } from "./cells";
import type { WritePlan } from "./writePlan";

const MAX_SHEET_NAME = 31;

/** The name the Excel door builds a new generated sheet under before giving it its own (a write cut short may leave one). */
export const TEMPORARY_SHEET_NAME = /^RAGTracker_new_\d+$/i;

/** `name`, or the first of "name (2)", "name (3)"… that `isTaken` (given the name in lower case, as Excel compares them) leaves free. */
export function freeSheetName(name: string, isTaken: (lower: string) => boolean): string {
  let free = name.slice(0, MAX_SHEET_NAME);
  for (let n = 2; isTaken(free.toLowerCase()); n++) free = numbered(name, n);
  return free;
}

function numbered(name: string, n: number): string {
  const suffix = ` (${n})`;
  return name.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
}

/** Whether `sheet` is a name RAG Tracker could have given a sheet it writes as `name` (in any letter case): the sheet was not renamed. */
export function isGivenName(sheet: string, name: string): boolean {
  if (TEMPORARY_SHEET_NAME.test(sheet)) return true;
  const lower = sheet.toLowerCase();
  if (lower === name.slice(0, MAX_SHEET_NAME).toLowerCase()) return true;
  const n = / \((\d+)\)$/.exec(sheet)?.[1];
  return n !== undefined && Number(n) >= 2 && lower === numbered(name, Number(n)).toLowerCase();
}

export function resolveSheetNames(plan: WritePlan, snapshot: Pick<WorkbookSnapshot, "sheets" | "otherSheets">): WritePlan {
  const others = snapshot.otherSheets ?? [];
  const taken = new Set([...snapshot.sheets, ...others].map((s) => s.name.toLowerCase()));
  // A sheet the door did not read is never one RAG Tracker may replace: it is the workbook's own.
  const userSheets = new Map([...snapshot.sheets.filter((s) => !s.generatedKey), ...others].map((s) => [s.name.toLowerCase(), s.name]));
  const unseen = new Set(others.filter((s) => s.veryHidden).map((s) => s.name.toLowerCase()));
  const ours = new Map(snapshot.sheets.filter((s) => s.generatedKey).map((s) => [s.generatedKey!, s.name]));
  const chosen = new Set<string>();
  const sheets = plan.sheets.map((sheet) => {
    const existing = ours.get(sheet.key);
    // Still under the Excel door's temporary name (a write cut short after marking it): replaced by one of its own name.
    const temporary = existing !== undefined && TEMPORARY_SHEET_NAME.test(existing);
    if (existing !== undefined && !temporary && isGivenName(existing, sheet.name) && !chosen.has(existing.toLowerCase())) {
      chosen.add(existing.toLowerCase());
      return { ...sheet, name: existing };
    }
    const name = freeSheetName(sheet.name, (lower) => taken.has(lower) || chosen.has(lower));
    chosen.add(name.toLowerCase());
    const own = name === sheet.name ? undefined : userSheets.get(sheet.name.toLowerCase());
    const ownUnseen = own !== undefined && unseen.has(own.toLowerCase());
    return { ...sheet, name, ...(existing === undefined || temporary ? {} : { keeps: existing }), ...(own === undefined ? {} : { besideOwn: own }), ...(ownUnseen ? { besideOwnUnseen: true as const } : {}) };
  });
  return { sheets };
}

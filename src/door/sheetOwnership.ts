/** Which sheets a write plan may replace: only those RAG Tracker made for the plan's own keys. */
import type { WritePlan } from "../core/writePlan";

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

/**
 * The names Excel and people give a copy of a sheet: "Case Reviews (2)" (Excel's "Move or Copy… Create
 * a copy"), "Copy of Case Reviews", "Case Reviews - Copy". A copy is told by its name beside the
 * sheet it copies, whatever else the name says: "Delivery Plan 2019-20 (2)" beside "Delivery Plan
 * 2019-20" is its copy, not a later round of the plan (sheetPeriods.ts).
 */

/** The suffixes and prefixes Excel and people give a copy's name. */
const COPY_NAME = /^copy of (.+)$|^(.+?)\s*(?:\(\d+\)|[-–]?\s*(?:copy|old|backup|back up)(?:\s*\(\d+\))?)$/;

/**
 * "Case Reviews (2)", "Copy of Case Reviews", "Case Reviews - Copy", "Case Reviews copy",
 * "Case Reviews old", "Case Reviews backup"; and "Local Child Safeguarding Pra (2)" for a name of
 * 31 characters, Excel's longest, which Excel cuts to make room for " (2)".
 */
export function isCopyName(name: string, of: string): boolean {
  const m = COPY_NAME.exec(name.trim().toLowerCase());
  const base = (m?.[1] ?? m?.[2])?.trim();
  if (!base) return false;
  const original = of.trim().toLowerCase();
  return base === original || (name.length >= 30 && original.startsWith(base));
}

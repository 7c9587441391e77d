/**
 * The workbook-level names that mark RAG Tracker's generated sheets, read alike by every door.
 * RAGTracker_<key> points at a generated sheet's A1 and follows it when moved or renamed. A
 * generated sheet the user renamed ("RAG Summary Jul 21", to keep last quarter's) is kept as it
 * stands: its marker becomes RAGTracker_kept_<key>_<n>, so it is neither written again nor read
 * as a tracker (a kept Stale Actions sheet has review, number, action and response columns).
 */
import type { GeneratedSheetKey } from "./writePlan";

const MARKER = /^RAGTracker_([A-Za-z]+)$/;
const KEPT_MARKER = /^RAGTracker_kept_([A-Za-z]+)_\d+$/;

/** The defined name that marks a generated sheet as RAG Tracker's own. */
export function markerName(key: GeneratedSheetKey): string {
  return `RAGTracker_${key}`;
}

/** The generated-sheet key a marker name gives, or undefined for any other name. */
export function markerKey(name: string): string | undefined {
  return MARKER.exec(name)?.[1];
}

/** The generatedKey a door gives the snapshot of a kept sheet of this key: "kept_pack". */
export function keptKey(key: string): string {
  return `kept_${key}`;
}

/** Whether a snapshot's generatedKey is a kept sheet's (keptKey), which is never written again. */
export const isKeptKey = (generatedKey: string): boolean => generatedKey.startsWith("kept_");

/** A defined name of the workbook, with the existing sheet it points at (as the workbook spells it), or null where it points at none. */
export interface NamedSheet {
  name: string;
  sheet: string | null;
}

export class WorkbookMarkers {
  /** Generated-sheet key → the sheet its marker points at; null once that sheet is gone. */
  readonly live = new Map<string, string | null>();
  /** Sheet (lower case) → the key of the kept marker on it. */
  private readonly keptOn = new Map<string, string>();
  /** Kept markers whose sheet is gone (the user deleted it, which lets it go): dropped on the next write. */
  readonly danglingKept: string[] = [];
  /** Every defined name, lower case, for choosing free ones. */
  private readonly taken = new Set<string>();

  /** From every defined name of the workbook (others than RAG Tracker's are passed over). */
  constructor(names: Iterable<NamedSheet>) {
    for (const { name, sheet } of names) {
      this.taken.add(name.toLowerCase());
      const key = markerKey(name);
      if (key !== undefined) this.live.set(key, sheet);
      const kept = KEPT_MARKER.exec(name)?.[1];
      if (kept === undefined) continue;
      if (sheet === null) this.danglingKept.push(name);
      else this.keptOn.set(sheet.toLowerCase(), kept);
    }
  }

  /** The generatedKey of a sheet's snapshot: its marker's key (which wins), keptKey(key) for a kept one, or undefined for the user's. */
  keyOf(sheet: string): string | undefined {
    const lower = sheet.toLowerCase();
    for (const [key, target] of this.live) if (target !== null && target.toLowerCase() === lower) return key;
    const kept = this.keptOn.get(lower);
    return kept === undefined ? undefined : keptKey(kept);
  }

  /** Records a kept marker a door has given this sheet since the workbook was read. */
  noteKept(sheet: string, key: string): void {
    this.keptOn.set(sheet.toLowerCase(), key);
  }

  /**
   * The kept marker to give a generated sheet of this key that the user renamed, or null where it
   * already has one (a write cut short after marking it). `alsoTaken` holds names chosen since the
   * workbook was read, lower case; the name chosen joins it.
   */
  keptMarkerFor(sheet: string, key: string, alsoTaken: Set<string>): string | null {
    if (this.keptOn.has(sheet.toLowerCase())) return null;
    let n = 1;
    const name = (i: number) => `RAGTracker_kept_${key}_${i}`;
    while (this.taken.has(name(n).toLowerCase()) || alsoTaken.has(name(n).toLowerCase())) n++;
    alsoTaken.add(name(n).toLowerCase());
    return name(n);
  }
}

/**
 * Where the generated sheets built beside go (sheetWriter.ts). One that replaces a generated
 * sheet takes that sheet's place, wherever the user put it. One whose old sheet was lost to a
 * write cut short (still under a temporary name, at the end where it was added, or gone, its
 * marker pointing at nothing) has no place of its own: it goes just before the first later sheet
 * of the plan, in the workbook's order, that keeps its place, as an ordinary run orders them, so
 * a write cut short late does not leave "Stale Actions" before "RAG Summary" for good. The
 * user's sheets keep their order. A sheet new to the workbook (or beside a kept one) stays at the
 * end, where Excel adds it; so does a lost one with no later sheet to go before (one under a
 * temporary name keeps that sheet's place).
 */
import { TEMPORARY_SHEET_NAME } from "../core/sheetNames";
import type { WorkbookLayout } from "./layout";

/** What the order needs of a plan sheet's target. */
export interface OrderedTarget {
  inPlace: boolean;
  /** The sheet it writes over (in place) or replaces, as the workbook spells it. */
  replaces: string | null;
  hasMarker: boolean;
  keeps: string | null;
}

/** Its old generated sheet was lost to a write cut short: it has no place of its own to keep. */
function lostPlace(t: OrderedTarget): boolean {
  if (t.inPlace) return false;
  if (t.replaces !== null) return TEMPORARY_SHEET_NAME.test(t.replaces);
  return t.hasMarker && t.keeps === null;
}

/**
 * The final index of each target's sheet once the write is done, or null where it stays where
 * Excel adds it (at the end) or is written in place. The indexes are meant to be set in ascending
 * order once every sheet built beside has been added at the end (each set then lands where it
 * says). `swept`: the leftover temporary sheets the write deletes.
 */
export function builtPositions(layout: WorkbookLayout, targets: readonly OrderedTarget[], swept: readonly string[]): (number | null)[] {
  const lower = (name: string) => name.toLowerCase();
  const gone = new Set(swept.map(lower));
  const slotOf = new Map<string, number>();
  targets.forEach((t, i) => {
    if (t.replaces !== null) slotOf.set(lower(t.replaces), i);
  });
  // The workbook's sheets once the write is done: a number for a plan sheet in its old sheet's place.
  const order: (string | number)[] = [...layout.sheets]
    .sort((a, b) => a.position - b.position)
    .filter((s) => !gone.has(lower(s.name)))
    .map((s) => slotOf.get(lower(s.name)) ?? s.name);
  targets.forEach((t, i) => {
    if (!lostPlace(t)) return;
    const anchor = order.find((entry): entry is number => typeof entry === "number" && entry > i && !lostPlace(targets[entry]!));
    // With no later sheet to go before, one still under a temporary name keeps that sheet's place (the end, unless finishing had moved it).
    if (anchor === undefined) return;
    if (order.includes(i)) order.splice(order.indexOf(i), 1);
    order.splice(order.indexOf(anchor), 0, i);
  });
  return targets.map((t, i) => (t.inPlace || order.indexOf(i) < 0 ? null : order.indexOf(i)));
}

/**
 * The workbook's order while a write is finished sheet by sheet (undoWrite.ts), each new sheet
 * placed and named before the next old one is deleted, so that a finish cut short part-way leaves
 * every sheet it named already in its place. `final` gives each sheet to move (by its name now)
 * the index it ends at once the old sheets `doomed` are gone; `place` says which index to give it
 * at that moment, with some old sheets still there.
 */
export class SheetOrder {
  private readonly now: string[];
  private readonly rank = new Map<string, number>();
  private readonly unplaced = new Set<string>();

  constructor(now: readonly string[], final: ReadonlyMap<string, number>, doomed: readonly string[]) {
    const lower = (name: string) => name.toLowerCase();
    this.now = now.map(lower);
    const moving = new Map([...final].map(([name, index]) => [lower(name), index]));
    const gone = new Set(doomed.map(lower));
    const end = this.now.filter((name) => !moving.has(name) && !gone.has(name));
    for (const [name, index] of [...moving].sort((a, b) => a[1] - b[1])) end.splice(index, 0, name);
    end.forEach((name, i) => this.rank.set(name, i));
    for (const name of moving.keys()) this.unplaced.add(name);
  }

  delete(name: string): void {
    this.now.splice(this.now.indexOf(name.toLowerCase()), 1);
  }

  rename(from: string, to: string): void {
    const [old, given] = [from.toLowerCase(), to.toLowerCase()];
    this.now[this.now.indexOf(old)] = given;
    this.rank.set(given, this.rank.get(old)!);
  }

  /** The index to give `name` now: just after the last sheet in place that ends before it. */
  place(name: string): number {
    const key = name.toLowerCase();
    const rank = this.rank.get(key)!;
    this.now.splice(this.now.indexOf(key), 1);
    this.unplaced.delete(key);
    let at = 0;
    this.now.forEach((other, i) => {
      const r = this.rank.get(other);
      if (r !== undefined && r < rank && !this.unplaced.has(other)) at = i + 1;
    });
    this.now.splice(at, 0, key);
    return at;
  }
}

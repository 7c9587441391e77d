/**
 * Where the generated sheets built beside go (sheetWriter.ts). One that replaces a generated
 * sheet takes that sheet's place, wherever the user put it; so does one replacing a new sheet a
 * write cut short had marked but not named, as that write placed it where its old one was before
 * deleting the old one. One whose old sheet such a write deleted before it could mark the new one
 * (its marker pointing at nothing) takes the place of that new one, the leftover of the lowest
 * number (a write adds its new sheets in the plan's order, numbered upwards, and finishes them in
 * that order, so the first not yet marked is the one it was finishing; a leftover of another cut
 * would be taken for it too). Where none can be told (no leftover, as when the user deleted the
 * generated sheet, or two markers point at nothing), it goes just before the first later sheet of
 * the plan, in the workbook's order, that keeps its place, as an ordinary run orders them, so the
 * tabs are not left swapped for good.
 * The user's sheets keep their order. A sheet new to the workbook (or beside a kept one) stays at
 * the end, where Excel adds it; so does a lost one with no later sheet to go before.
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

/** Its old generated sheet was deleted by a write cut short before the new one was marked: its marker points at nothing. */
function lostPlace(t: OrderedTarget): boolean {
  return !t.inPlace && t.replaces === null && t.hasMarker && t.keeps === null;
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
  const sheets = [...layout.sheets].sort((a, b) => a.position - b.position);
  const lost = targets.flatMap((t, i) => (lostPlace(t) ? [i] : []));
  const numberOf = (name: string) => Number(name.slice(name.lastIndexOf("_") + 1));
  const [first] = swept.filter((name) => TEMPORARY_SHEET_NAME.test(name)).sort((a, b) => numberOf(a) - numberOf(b));
  if (lost.length === 1 && first !== undefined) slotOf.set(lower(first), lost[0]!);
  // The workbook's sheets once the write is done: a number for a plan sheet in its old sheet's place.
  const order: (string | number)[] = sheets.filter((s) => !gone.has(lower(s.name)) || slotOf.has(lower(s.name))).map((s) => slotOf.get(lower(s.name)) ?? s.name);
  const keepsPlace = (i: number) => !lostPlace(targets[i]!) || order.includes(i);
  targets.forEach((t, i) => {
    if (keepsPlace(i)) return;
    const anchor = order.find((entry): entry is number => typeof entry === "number" && entry > i && keepsPlace(entry));
    // With no later sheet to go before, it stays at the end.
    if (anchor !== undefined) order.splice(order.indexOf(anchor), 0, i);
  });
  return targets.map((t, i) => (t.inPlace || order.indexOf(i) < 0 ? null : order.indexOf(i)));
}

/**
 * The workbook's order while a write is finished sheet by sheet (sheetWriter.finishStep,
 * undoWrite.ts), each new sheet placed before its old one is deleted, so that a write cut short
 * part-way leaves every sheet it placed in its place. `final` gives each sheet to move (by its name
 * now) the index it ends at once the old sheets `doomed` are gone, each paired with the sheet that
 * takes its place; `place` says which index to give it at that moment, with some old sheets still
 * there, each standing for its new one until it goes.
 */
export class SheetOrder {
  private readonly now: string[];
  private readonly rank = new Map<string, number>();
  private readonly unplaced = new Set<string>();

  constructor(now: readonly string[], final: ReadonlyMap<string, number>, doomed: readonly (readonly [old: string, by: string])[]) {
    const lower = (name: string) => name.toLowerCase();
    this.now = now.map(lower);
    const moving = new Map([...final].map(([name, index]) => [lower(name), index]));
    const gone = new Set(doomed.map(([old]) => lower(old)));
    const end = this.now.filter((name) => !moving.has(name) && !gone.has(name));
    for (const [name, index] of [...moving].sort((a, b) => a[1] - b[1])) end.splice(index, 0, name);
    end.forEach((name, i) => this.rank.set(name, i));
    for (const name of moving.keys()) this.unplaced.add(name);
    // An old sheet still there holds its new one's place: one placed before it goes keeps the user's order.
    for (const [old, by] of doomed) {
      const rank = this.rank.get(lower(by));
      if (rank !== undefined) this.rank.set(lower(old), rank);
    }
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

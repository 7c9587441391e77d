/**
 * The style Excel shows a handful of a worksheet's cells in, read by a pass over the worksheet
 * part that keeps nothing but the asked cells' style numbers: a cell inside a merged area shows
 * the area's top-left cell; a cell the file holds (a <c>) shows its own style (0 without `s`); a
 * cell it does not hold shows its row's style where the row has one (<row s customFormat="1">),
 * else its column's (<col style>), else the default, 0.
 *
 * Reading values keeps no style of a cell without a value (a sheet formatted down to row
 * 1,048,576 would cost a million of them), so this pass reads them again, when asked, for the
 * asked rows only: with the merged areas known (from the read), it stops after the last row it
 * needs; without them it reads the part to its end, where the merges are listed.
 */
import type JSZip from "jszip";
import type { CellRange } from "../../core/cells";
import { a1Range } from "../../core/cells";
import type { XmlAttributes } from "./xmlEvents";
import { isTrue, streamXml } from "./xmlEvents";
import { cellColumnOf, rowNumberOf, styleNumberOf } from "./worksheetPart";

export interface Place {
  row: number;
  column: number;
}

/** Each place, or the top-left cell of the merged area it lies in (whose look Excel shows across the area). */
export function mergeMasters(places: readonly Place[], merges: readonly CellRange[]): Place[] {
  const masters = [...places];
  if (merges.length === 0) return masters;
  const order = places.map((_, i) => i).sort((a, b) => places[a]!.row - places[b]!.row);
  for (const merge of merges) {
    // The first asked place at or below the merge's top row (binary search), then down to its bottom row.
    let low = 0;
    let high = order.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (places[order[mid]!]!.row < merge.top) low = mid + 1;
      else high = mid;
    }
    for (let k = low; k < order.length && places[order[k]!]!.row <= merge.bottom; k++) {
      const i = order[k]!;
      const { column } = places[i]!;
      if (column >= merge.left && column <= merge.right) masters[i] = { row: merge.top, column: merge.left };
    }
  }
  return masters;
}

/** One pass over a worksheet part, keeping the styles the asked cells depend on. */
class StylePass {
  private readonly columnStyles: { min: number; max: number; style: number }[] = [];
  private readonly rowStyles = new Map<number, number>();
  private readonly cellStyles = new Map<number, Map<number, number>>();
  readonly merges: CellRange[] = [];

  private inSheetData = false;
  private rowNumber = 0;
  /** The asked columns of the row being read; undefined for a row nobody asked about. */
  private columns: Set<number> | undefined;
  private column = 0;
  private past = false;

  constructor(
    private readonly wanted: Map<number, Set<number>>,
    private readonly lastRow: number,
    private readonly collectMerges: boolean,
  ) {}

  open(tag: string, a: XmlAttributes): void {
    switch (tag) {
      case "col": {
        if (a.style === undefined) break;
        const min = parseInt(a.min ?? "", 10);
        const max = parseInt(a.max ?? "", 10);
        if (Number.isInteger(min) && Number.isInteger(max)) this.columnStyles.push({ min, max, style: styleNumberOf(a.style) });
        break;
      }
      case "sheetData":
        this.inSheetData = true;
        break;
      case "row":
        if (!this.inSheetData) break;
        this.rowNumber = rowNumberOf(a, this.rowNumber);
        if (this.rowNumber > this.lastRow && !this.collectMerges) this.past = true;
        this.columns = this.wanted.get(this.rowNumber);
        this.column = 0;
        // A row's s counts only where customFormat says the row is formatted.
        if (this.columns && isTrue(a.customFormat) && a.s !== undefined) this.rowStyles.set(this.rowNumber, styleNumberOf(a.s));
        break;
      case "c": {
        if (!this.inSheetData || !this.columns) break;
        this.column = cellColumnOf(a, this.column);
        if (!this.columns.has(this.column)) break;
        let cells = this.cellStyles.get(this.rowNumber);
        if (!cells) this.cellStyles.set(this.rowNumber, (cells = new Map()));
        cells.set(this.column, styleNumberOf(a.s));
        break;
      }
      case "mergeCell": {
        const range = this.collectMerges && a.ref !== undefined ? a1Range(a.ref) : null;
        if (range) this.merges.push(range);
        break;
      }
    }
  }

  close(tag: string): void {
    if (tag !== "sheetData") return;
    this.inSheetData = false;
    if (!this.collectMerges) this.past = true;
  }

  /** True once the rows past the last one asked about begin (only when the merges are not wanted). */
  done(): boolean {
    return this.past;
  }

  asked(place: Place): boolean {
    return this.wanted.get(place.row)?.has(place.column) ?? false;
  }

  styleAt({ row, column }: Place): number {
    const own = this.cellStyles.get(row)?.get(column);
    if (own !== undefined) return own;
    const ofRow = this.rowStyles.get(row);
    if (ofRow !== undefined) return ofRow;
    // Of two <col> ranges over one column (a program's mistake), the later counts.
    let style = 0;
    for (const c of this.columnStyles) if (column >= c.min && column <= c.max) style = c.style;
    return style;
  }
}

async function readPass(zip: JSZip, part: string, places: readonly Place[], collectMerges: boolean): Promise<StylePass> {
  const wanted = new Map<number, Set<number>>();
  let lastRow = 0;
  for (const { row, column } of places) {
    let columns = wanted.get(row);
    if (!columns) wanted.set(row, (columns = new Set()));
    columns.add(column);
    lastRow = Math.max(lastRow, row);
  }
  const pass = new StylePass(wanted, lastRow, collectMerges);
  await streamXml(zip, part, pass);
  return pass;
}

export interface ShownStyles {
  /** The cell style (index into <cellXfs>) each place shows, in the order asked. */
  styles: number[];
  /** The sheet's merged areas: those given, or those the pass read. */
  merges: readonly CellRange[];
}

/**
 * The style each place shows. `merges` are the sheet's merged areas where already known (the
 * pass then stops after the last asked row); null reads them from the part, and reads the rows
 * of any merged area's top-left cell the first pass did not ask for in a second pass.
 */
export async function readShownStyles(zip: JSZip, part: string, places: readonly Place[], merges: readonly CellRange[] | null): Promise<ShownStyles> {
  if (merges !== null) {
    const masters = mergeMasters(places, merges);
    const pass = await readPass(zip, part, masters, false);
    return { styles: masters.map((m) => pass.styleAt(m)), merges };
  }
  const first = await readPass(zip, part, places, true);
  const masters = mergeMasters(places, first.merges);
  const missing = masters.filter((m) => !first.asked(m));
  const second = missing.length > 0 ? await readPass(zip, part, missing, false) : first;
  return { styles: masters.map((m) => (first.asked(m) ? first : second).styleAt(m)), merges: first.merges };
}

/**
 * A sheet snapshot addressed by Excel row and column numbers, with merged areas filled:
 * Excel reports a merged value only in its top-left cell, but every row of a merged
 * category belongs to that category.
 */
import type { CellRange, CellValue, SheetSnapshot } from "./cells";
import { columnLetter, isBlank } from "./cells";

/** filledCount answers up to this many from counts kept per row. */
const FEW = 3;

export class SheetGrid {
  readonly name: string;
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly lastRow: number;
  readonly lastColumn: number;
  private readonly snapshot: SheetSnapshot;
  /** Cells filled from a merge: "row:col" → the merge's value. */
  private readonly mergeFill = new Map<string, CellValue>();
  /** The number format of a merged area's top-left cell, for each other cell the merge fills. */
  private readonly mergeFormat = new Map<string, string>();
  private fewFilled: Uint8Array | undefined;
  private emptyFormulaSet: Set<string> | undefined;

  /**
   * The workbook counts its dates from 1904 (WorkbookSnapshot.date1904): a number of no date format
   * read as a date is counted from then.
   */
  readonly date1904: boolean;

  constructor(snapshot: SheetSnapshot, date1904 = false) {
    this.snapshot = snapshot;
    this.date1904 = date1904;
    this.name = snapshot.name;
    this.firstRow = snapshot.firstRow;
    this.firstColumn = snapshot.firstColumn;
    this.lastRow = snapshot.firstRow + snapshot.values.length - 1;
    let width = 0;
    for (let r = 0; r < snapshot.values.length; r++) width = Math.max(width, snapshot.values[r]!.length);
    this.lastColumn = snapshot.firstColumn + width - 1;
    for (const m of snapshot.merges) {
      const value = this.original(m.top, m.left);
      if (isBlank(value)) continue;
      const format = this.ownNumberFormat(m.top, m.left);
      // A merge can be as large as a whole column; only rows that exist matter.
      const bottom = Math.min(m.bottom, this.lastRow);
      const right = Math.min(m.right, this.lastColumn);
      for (let r = Math.max(m.top, this.firstRow); r <= bottom; r++) {
        for (let c = Math.max(m.left, this.firstColumn); c <= right; c++) {
          if (r === m.top && c === m.left) continue;
          if (!isBlank(this.original(r, c))) continue;
          this.mergeFill.set(`${r}:${c}`, value);
          if (format !== null && format !== this.ownNumberFormat(r, c)) this.mergeFormat.set(`${r}:${c}`, format);
        }
      }
    }
  }

  /** The value as the user sees it, merged areas filled. */
  get(row: number, column: number): CellValue {
    const own = this.original(row, column);
    if (this.mergeFill.size === 0 || !isBlank(own)) return own;
    return this.mergeFill.get(`${row}:${column}`) ?? own;
  }

  /** The sheet's merged areas, as the door gave them. */
  get merges(): readonly CellRange[] {
    return this.snapshot.merges;
  }

  /** The fill colour a door gave for this cell (only blank rating cells, of the round read or an earlier one, are asked), or undefined. */
  fill(row: number, column: number): string | undefined {
    return this.snapshot.fills?.[`${columnLetter(column)}${row}`];
  }

  /** True when the door said the column is hidden in Excel. */
  isColumnHidden(column: number): boolean {
    return this.snapshot.hiddenColumns?.some((run) => run.first <= column && column <= run.last) ?? false;
  }

  /** The formula a door gave for this cell (only those of =TODAY() and =NOW() are given), or undefined. */
  formula(row: number, column: number): string | undefined {
    return this.snapshot.formulas?.[`${columnLetter(column)}${row}`];
  }

  /**
   * True where the door said the cell holds a formula whose result is empty (SheetSnapshot.emptyFormulas);
   * in a merged area, where its top-left cell, which holds the area's content, does.
   */
  holdsEmptyFormula(row: number, column: number): boolean {
    const cells = this.snapshot.emptyFormulas;
    if (!cells) return false;
    this.emptyFormulaSet ??= new Set(cells);
    const merge = this.snapshot.merges.find((m) => row >= m.top && row <= m.bottom && column >= m.left && column <= m.right);
    return this.emptyFormulaSet.has(merge ? `${columnLetter(merge.left)}${merge.top}` : `${columnLetter(column)}${row}`);
  }

  /** True when a door gave formulas for some of this sheet's cells. */
  get hasFormulas(): boolean {
    return this.snapshot.formulas !== undefined;
  }

  /** True when a door gave fill colours for some of this sheet's cells. */
  get hasFills(): boolean {
    return this.snapshot.fills !== undefined;
  }

  /** True when the door said the cell links to a web address or a file. */
  isWebLink(row: number, column: number): boolean {
    return this.snapshot.webLinks !== undefined && this.snapshot.webLinks.includes(`${columnLetter(column)}${row}`);
  }

  /** True when some blank cell takes a merged area's value, so get() can differ from the row's own cells. */
  get fillsMerges(): boolean {
    return this.mergeFill.size > 0;
  }

  /** The row's own values (merges not filled), indexed from firstColumn; undefined past the snapshot's rows. For loops over every row. */
  rowValues(row: number): readonly CellValue[] | undefined {
    return this.snapshot.values[row - this.firstRow];
  }

  /** The row's number formats, parallel to rowValues, where the door read them. */
  rowFormats(row: number): readonly (string | null)[] | undefined {
    return this.snapshot.numberFormats?.[row - this.firstRow];
  }

  /** The value Excel reports for this cell alone. */
  original(row: number, column: number): CellValue {
    const r = this.snapshot.values[row - this.firstRow];
    if (!r) return null;
    return r[column - this.firstColumn] ?? null;
  }

  /** The cell's number format; for a cell a merged area fills, that of the area's top-left cell, whose value it shows. */
  numberFormat(row: number, column: number): string | null {
    if (this.mergeFormat.size > 0) {
      const merged = this.mergeFormat.get(`${row}:${column}`);
      if (merged !== undefined) return merged;
    }
    return this.ownNumberFormat(row, column);
  }

  private ownNumberFormat(row: number, column: number): string | null {
    return this.snapshot.numberFormats?.[row - this.firstRow]?.[column - this.firstColumn] ?? null;
  }

  /** True when the row has no value of its own in any cell. */
  isBlankRow(row: number): boolean {
    return this.filledCount(row, 1) === 0;
  }

  /** How many cells of the row hold a value of their own, counting no further than `atMost`. */
  filledCount(row: number, atMost = Infinity): number {
    if (atMost <= FEW) {
      // Readers ask this of every row, more than once (index block, tracker rows): counted once for all.
      const counts = (this.fewFilled ??= this.countFewFilled());
      const i = row - this.firstRow;
      return i >= 0 && i < counts.length ? Math.min(counts[i]!, atMost) : 0;
    }
    const r = this.snapshot.values[row - this.firstRow];
    if (!r) return 0;
    let n = 0;
    for (let i = 0; i < r.length; i++) if (!isBlank(r[i]) && ++n >= atMost) break;
    return n;
  }

  /** The first row from `fromRow` on holding one or two values of its own; undefined when none does. */
  nextSparseRow(fromRow: number): number | undefined {
    const counts = (this.fewFilled ??= this.countFewFilled());
    for (let i = Math.max(fromRow - this.firstRow, 0); i < counts.length; i++) if (counts[i] === 1 || counts[i] === 2) return i + this.firstRow;
    return undefined;
  }

  /** Each row's count of cells with values of their own, up to FEW. */
  private countFewFilled(): Uint8Array {
    const { values } = this.snapshot;
    const counts = new Uint8Array(values.length);
    for (let r = 0; r < values.length; r++) {
      const cells = values[r];
      if (!cells) continue;
      let n = 0;
      for (let c = 0; c < cells.length && n < FEW; c++) if (!isBlank(cells[c])) n++;
      counts[r] = n;
    }
    return counts;
  }

  /** Column numbers holding a value of the row's own (merges not filled). */
  filledColumns(row: number): number[] {
    const r = this.snapshot.values[row - this.firstRow];
    if (!r) return [];
    // A plain loop, not forEach with a callback: readers ask this of many rows, most before the optimiser has stepped in.
    const columns: number[] = [];
    for (let i = 0; i < r.length; i++) if (!isBlank(r[i])) columns.push(this.firstColumn + i);
    return columns;
  }
}

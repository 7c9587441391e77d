/**
 * A worksheet part read as a stream of XML events by a small state machine: each <c> becomes
 * the value the file door reads from it (see cellValue in ../cellValues.ts), with its number
 * format, and nothing else of the cell is kept. Where ExcelJS reads a cell differently from
 * what Excel shows, this follows Excel (each case is named where it is handled).
 */
import { isVolatileDateFormula } from "../../core/volatileDates";
import type JSZip from "jszip";
import excelJsUtils from "exceljs/lib/utils/utils.js";
import { slideFormula } from "exceljs/lib/utils/shared-formula.js";
import type { CellRange, CellValue, ColumnRun } from "../../core/cells";
import { a1Range, columnLetter, formulaGivesNothing } from "../../core/cells";
import { isoToSerial } from "../isoDateCells";
import { toTheMillisecond } from "../timeAlone";
import type { CellFormats } from "./cellFormats";
import { formatOf, isDateStyle, isTimeStyle } from "./cellFormats";
import type { SheetCells } from "./sheetCells";
import { emptyCell, emptyMergedCells, rowsInOrder } from "./sheetCells";
import type { RowCells } from "../snapshotRows";
import { newRow, place } from "../snapshotRows";
import { StringItemText } from "./sharedStrings";
import type { XmlAttributes } from "./xmlEvents";
import { relationshipId, streamXml } from "./xmlEvents";
import { DamagedPackageError } from "./workbookPart";
import { MAX_COLUMNS, MAX_ROWS } from "../../core/excelLimits";
import { countText } from "../../core/sentences";
import { rulePriority } from "./sheetRuleOrder";
import { listedInPriorityOrder } from "../rulesInPriorityOrder";

export interface WorksheetContext {
  sheetName: string;
  strings: string[];
  formats: CellFormats;
  date1904: boolean;
  /**
   * Keep cells whose value reads as empty but that the file holds (a shared string "", a
   * formula): the store sheet's rows are as long as ExcelJS's rows, which count such cells.
   */
  keepEmptyCells?: boolean;
  /** Read no further than this row (merges and links below the cells are then not read either). */
  rowsUpTo?: number;
}

const enum Collect {
  None,
  Value,
  Formula,
  Inline,
}

/** A <row>'s number: its r, or for a row without one the number after the row before, as Excel reads it. */
export function rowNumberOf(a: XmlAttributes, previous: number): number {
  const r = a.r !== undefined ? parseInt(a.r, 10) : NaN;
  return r > 0 ? r : previous + 1;
}

/** A <c>'s column: its r's, or for a cell without one the column after the cell before, as Excel reads it. */
export function cellColumnOf(a: XmlAttributes, previous: number): number {
  const byRef = a.r !== undefined ? columnOf(a.r) : 0;
  return byRef > 0 ? byRef : previous + 1;
}

/** A style index (a <c>'s or a <row>'s s): 0, the default style, where it is absent or not a number. */
export function styleNumberOf(value: string | undefined): number {
  const n = value === undefined ? 0 : parseInt(value, 10);
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

/** "AB12" → 28; 0 when the reference has no column letters. */
export function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    let code = ref.charCodeAt(i);
    if (code === 36) continue; // $
    if (code >= 97 && code <= 122) code -= 32;
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n;
}

interface SharedMaster {
  formula: string;
  address: string;
}

class WorksheetParser {
  readonly rows: RowCells[] = [];
  private readonly mergesByMaster = new Map<string, CellRange>();
  private readonly hiddenColumns: ColumnRun[] = [];
  /** Cells linked to a web address (<hyperlink r:id>); ExcelJS reads such a cell's formula without result as empty. */
  private readonly linkedCells = new Set<string>();
  /** Formulas without a saved result, by address, should a hyperlink empty them. */
  private readonly uncalculated: { row: number; column: number }[] = [];
  private readonly sharedMasters = new Map<string, SharedMaster>();
  /** Formulas of =TODAY() and =NOW() with a saved result: the engine cannot tell their dates from typed ones. */
  private volatile: Record<string, string> | undefined;
  private emptyFormulas: string[] | undefined;
  /** The priorities of the sheet's conditional-format rules, in the order listed (Excel 2010's, in the sheet's extLst, left out). */
  private rulePriorities: (number | undefined)[] | undefined;
  private inConditionalFormat = false;
  private inSheetExtensions = false;

  private inSheetData = false;
  private rowNumber = 0;
  /** A row past rowsUpTo, or the end of the cells, has been met. */
  private pastRows = false;
  private row: RowCells | null = null;
  private column = 0;

  // The cell being read.
  private inCell = false;
  private type: string | undefined;
  private style = 0;
  private collect = Collect.None;
  private valueText: string | undefined;
  private sawValue = false;
  private formulaText = "";
  private formulaType: string | undefined;
  private formulaShared: { si: string | undefined; ref: string | undefined } | null = null;
  private readonly inline = new StringItemText();
  private inlineText: string | undefined;

  constructor(private readonly context: WorksheetContext) {}

  open(tag: string, a: XmlAttributes): void {
    if (this.inCell) {
      this.openInCell(tag, a);
      return;
    }
    switch (tag) {
      case "sheetData":
        this.inSheetData = true;
        break;
      case "row":
        if (!this.inSheetData) break;
        this.rowNumber = rowNumberOf(a, this.rowNumber);
        // Excel has no such row: the findings and the lists would send the team to a row they cannot find.
        if (this.rowNumber > MAX_ROWS) throw new DamagedPackageError(`its sheet "${this.context.sheetName}" has a row numbered ${countText(this.rowNumber)}, past Excel's last row, ${countText(MAX_ROWS)}`);
        if (this.context.rowsUpTo !== undefined && this.rowNumber > this.context.rowsUpTo) this.pastRows = true;
        this.row = null;
        this.column = 0;
        break;
      case "c":
        if (!this.inSheetData) break;
        this.startCell(a);
        break;
      case "col":
        if (!this.inSheetData) this.noteHiddenColumns(a);
        break;
      case "mergeCell": {
        const range = a.ref !== undefined ? a1Range(a.ref) : null;
        if (range) this.mergesByMaster.set(`${range.top}:${range.left}`, range);
        break;
      }
      case "hyperlink":
        if (a.ref !== undefined && relationshipId(a)) this.linkedCells.add(a.ref);
        break;
      case "conditionalFormatting":
        if (!this.inSheetExtensions) this.inConditionalFormat = true;
        break;
      case "cfRule":
        if (this.inConditionalFormat) (this.rulePriorities ??= []).push(rulePriority(a));
        break;
      case "extLst":
        // A rule's own extLst is inside its format; the sheet's holds formats of Excel 2010's, listed apart.
        if (!this.inConditionalFormat) this.inSheetExtensions = true;
        break;
    }
  }

  /** A <col> run marked hidden (hidden="1" or "true"), its bounds as Excel reads them. */
  private noteHiddenColumns(a: XmlAttributes): void {
    if (a.hidden !== "1" && a.hidden !== "true") return;
    const first = parseInt(a.min ?? "", 10);
    const last = parseInt(a.max ?? "", 10);
    if (!(first > 0 && last >= first)) return;
    // Excel writes a run of columns alike as one <col>, other programs one per column: joined as runs.
    const previous = this.hiddenColumns[this.hiddenColumns.length - 1];
    if (previous && previous.last === first - 1) previous.last = last;
    else this.hiddenColumns.push({ first, last });
  }

  private startCell(a: XmlAttributes): void {
    this.inCell = true;
    this.column = cellColumnOf(a, this.column);
    if (this.column > MAX_COLUMNS) throw new DamagedPackageError(`its sheet "${this.context.sheetName}" has a cell in a column past Excel's last, XFD`);
    this.type = a.t;
    this.style = styleNumberOf(a.s);
    this.collect = Collect.None;
    this.valueText = undefined;
    this.sawValue = false;
    this.formulaText = "";
    this.formulaType = undefined;
    this.formulaShared = null;
    this.inlineText = undefined;
  }

  private openInCell(tag: string, a: XmlAttributes): void {
    switch (tag) {
      case "v":
        this.collect = Collect.Value;
        this.sawValue = true;
        break;
      case "f":
        this.collect = Collect.Formula;
        this.formulaType = a.t || undefined;
        if (a.t === "shared") this.formulaShared = { si: a.si, ref: a.ref };
        break;
      case "is":
        this.collect = Collect.Inline;
        break;
      default:
        if (this.collect === Collect.Inline) this.inline.open(tag);
    }
  }

  text(text: string): void {
    switch (this.collect) {
      case Collect.Value:
        this.valueText = this.valueText === undefined ? text : this.valueText + text;
        break;
      case Collect.Formula:
        this.formulaText += text;
        break;
      case Collect.Inline:
        this.inline.text(text);
        break;
    }
  }

  close(tag: string): void {
    if (this.inCell) {
      switch (tag) {
        case "c":
          this.inCell = false;
          this.collect = Collect.None;
          this.endCell();
          break;
        case "v":
        case "f":
          this.collect = Collect.None;
          break;
        case "is":
          this.collect = Collect.None;
          this.inlineText = this.inline.take();
          break;
        default:
          if (this.collect === Collect.Inline) this.inline.close(tag);
      }
      return;
    }
    if (tag === "row") this.endRow();
    else if (tag === "sheetData") {
      this.inSheetData = false;
      this.pastRows = true;
    } else if (tag === "conditionalFormatting") this.inConditionalFormat = false;
  }

  /** Whether a read of the first rows only (rowsUpTo) has them all. */
  done(): boolean {
    return this.context.rowsUpTo !== undefined && this.pastRows;
  }

  private endRow(): void {
    const row = this.row;
    if (row) {
      // Arrays grown by push keep spare room; a copy the row's exact size is kept instead (most rows live as long as the snapshot).
      row.values = row.values.slice();
      row.formats = row.formats.slice();
      this.rows.push(row);
    }
    this.row = null;
  }

  private endCell(): void {
    // Cells past rowsUpTo that arrive in the same chunk are not kept: the read asked for no more.
    if (this.pastRows) return;
    const isFormula = this.formulaText.length > 0 || this.formulaType !== undefined;
    if (isFormula) this.noteSharedMaster();
    const value = isFormula ? this.formulaValue() : this.plainValue();
    if (value !== null) {
      place((this.row ??= newRow(this.rowNumber)), this.column, value, formatOf(this.context.formats, this.style));
    } else if (this.context.keepEmptyCells && (isFormula || this.valueText !== undefined || this.inlineText)) {
      ((this.row ??= newRow(this.rowNumber)).emptyCells ??= []).push(this.column);
    }
  }

  /** A number as the file door reads it: a date where the cell's format shows one; a time alone to the millisecond, as ExcelJS keeps it. */
  private number(serial: number): CellValue {
    if (isDateStyle(this.context.formats, this.style)) return excelJsUtils.excelToDate(serial, this.context.date1904);
    if (isTimeStyle(this.context.formats, this.style)) return toTheMillisecond(excelJsUtils.excelToDate(serial, this.context.date1904), this.context.date1904);
    return Number.isFinite(serial) ? serial : null;
  }

  private plainValue(): CellValue {
    if (this.type === "inlineStr") {
      // Follows Excel: a plain inline string's `_xHHHH_` escapes are decoded (ExcelJS decodes them only in rich-text runs) and phonetic runs left out.
      // Some programs put an inline string's text in <v> rather than <is>; ExcelJS reads either.
      const inline = this.inlineText || this.valueText;
      return inline ? inline : null;
    }
    const text = this.valueText;
    if (text === undefined) return null;
    switch (this.type) {
      case "s": {
        const shared = this.context.strings[parseInt(text, 10)];
        if (shared === undefined) throw new Error(`The sheet "${this.context.sheetName}" refers to a shared string the workbook does not have, so the workbook is damaged.`);
        return shared === "" ? null : shared;
      }
      case "str":
        // Follows Excel: the text is taken as written (ExcelJS decodes XML entities a second time, so "&amp;lt;" would read "<").
        return text === "" ? null : text;
      default:
        return this.typedValue(text);
    }
  }

  /** A value of type true/false, error, ISO date or number, as a cell holds it or a formula's result. */
  private typedValue(text: string): CellValue {
    switch (this.type) {
      case "b":
        // Follows Excel: true and false stay so in a date-formatted cell (ExcelJS makes a date of a formula's).
        return parseInt(text, 10) !== 0;
      case "e":
        // Follows Excel: an error stays an error in a date-formatted cell (ExcelJS makes an invalid date of a formula's).
        return { error: text };
      case "d":
        // Follows Excel: an ISO date is its serial number (ExcelJS reads only the year, as a number).
        return this.number(isoToSerial(text, this.context.date1904));
      default:
        return this.number(parseFloat(text));
    }
  }

  private formulaValue(): CellValue {
    const text = this.valueText;
    // Follows Excel: a text result saved empty (<v></v>, as =IF(…,"",…) gives) is an empty cell; ExcelJS reads it as a formula without result.
    if (this.type === "str" && this.sawValue) {
      if (formulaGivesNothing(text)) (this.emptyFormulas ??= []).push(`${columnLetter(this.column)}${this.rowNumber}`);
      return text || null;
    }
    // A result of 0 or false is a result like any other.
    if (text) {
      const formula = this.formulaWithoutResult();
      if (isVolatileDateFormula(formula)) (this.volatile ??= {})[`${columnLetter(this.column)}${this.rowNumber}`] = formula;
      return this.typedValue(text);
    }
    this.uncalculated.push({ row: this.rowNumber, column: this.column });
    return { formula: this.formulaWithoutResult() };
  }

  /** The formula text as ExcelJS gives it: a shared formula's other cells have it moved from the cell that holds it. */
  private formulaWithoutResult(): string {
    const shared = this.formulaShared;
    if (this.formulaText) return this.formulaText;
    const master = shared && shared.si !== undefined ? this.sharedMasters.get(shared.si) : undefined;
    return master && master.formula ? slideFormula(master.formula, master.address, `${columnLetter(this.column)}${this.rowNumber}`) : "";
  }

  /** Registers a shared formula's master, with or without a result (its other cells may have none). */
  private noteSharedMaster(): void {
    const shared = this.formulaShared;
    if (shared && shared.si !== undefined && shared.ref !== undefined) {
      this.sharedMasters.set(shared.si, { formula: this.formulaText, address: `${columnLetter(this.column)}${this.rowNumber}` });
    }
  }

  finish(): SheetCells {
    const rows = rowsInOrder(this.rows);
    for (const { row, column } of this.uncalculated) {
      if (!this.linkedCells.has(`${columnLetter(column)}${row}`)) continue;
      const emptied = emptyCell(rows, row, column);
      if (emptied && this.context.keepEmptyCells) (emptied.emptyCells ??= []).push(column);
    }
    const merges = [...this.mergesByMaster.values()];
    emptyMergedCells(rows, merges);
    return { rows, merges, hiddenColumns: this.hiddenColumns, ...(this.volatile && { formulas: this.volatile }), ...(this.emptyFormulas && { emptyFormulas: this.emptyFormulas }), ...(this.linkedCells.size > 0 && { webLinks: [...this.linkedCells] }), ...(this.rulePriorities && !listedInPriorityOrder(this.rulePriorities) && { rulesOutOfPriorityOrder: true }) };
  }
}

/** The cells of one worksheet part, as the file door reads them. */
export async function readWorksheetCells(zip: JSZip, part: string, context: WorksheetContext): Promise<SheetCells> {
  const parser = new WorksheetParser(context);
  await streamXml(zip, part, parser);
  return parser.finish();
}

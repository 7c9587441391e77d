/**
 * The slice of the Office.js Excel API the door uses, as structural types. Excel's own
 * RequestContext satisfies them (officeHost.ts proves it at compile time), and the test
 * fake implements them, so the door is written once against exactly what it calls.
 * Enumerations are plain strings: the door writes "Custom", "BarStacked"… so it never
 * needs the global Excel namespace at run time.
 */

export interface XlContext {
  readonly workbook: XlWorkbook;
  readonly application: XlApplication;
  readonly runtime: XlRuntime;
  sync(): Promise<void>;
}

export interface XlApplication {
  /** ExcelApi 1.6. */
  suspendApiCalculationUntilNextSync(): void;
}

export interface XlRuntime {
  /** ExcelApi 1.8; scoped to this add-in's own runtime. */
  enableEvents: boolean;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly names: XlNamedItemCollection;
  /** ExcelApi 1.7. */
  readonly protection: XlWorkbookProtection;
  /** ExcelApi 1.2: worksheet functions, evaluated by Excel. */
  readonly functions: XlFunctions;
}

export interface XlFunctions {
  date(year: number, month: number, day: number): XlFunctionResult<number>;
}

export interface XlFunctionResult<T> {
  readonly value: T;
  load(propertyNames: string): XlFunctionResult<T>;
}

export interface XlWorkbookProtection {
  /** True when the workbook's structure is protected (Review > Protect Workbook): no sheet can be added. */
  readonly protected: boolean;
  load(propertyNames: string): XlWorkbookProtection;
}

export interface XlWorksheetCollection {
  readonly items: XlWorksheet[];
  load(propertyNames: string): XlWorksheetCollection;
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
  add(name?: string): XlWorksheet;
}

export interface XlWorksheet {
  readonly id: string;
  name: string;
  position: number;
  visibility: string;
  readonly isNullObject: boolean;
  /** ExcelApi 1.2. */
  readonly protection: XlWorksheetProtection;
  readonly charts: XlChartCollection;
  /** ExcelApi 1.1: the tables (Insert > Table) on the sheet. */
  readonly tables: XlTableCollection;
  readonly freezePanes: XlFreezePanes;
  /** ExcelApi 1.9. */
  readonly pageLayout: XlPageLayout;
  /** ExcelApi 1.9: the manual breaks between rows. */
  readonly horizontalPageBreaks: XlPageBreakCollection;
  /** ExcelApi 1.7. */
  readonly onChanged: XlEventHandlers<XlChangedEventArgs>;
  load(propertyNames: string): XlWorksheet;
  /** The whole sheet when no address is given. */
  getRange(address?: string): XlRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange;
  /** ExcelApi 1.9. */
  getRanges(address?: string): XlRangeAreas;
  /** The top-left cell when the sheet is blank: it never throws. */
  getUsedRange(valuesOnly?: boolean): XlRange;
  delete(): void;
  activate(): void;
}

export interface XlWorksheetProtection {
  /** True when the sheet is protected against edits (Review > Protect Sheet). */
  readonly protected: boolean;
}

export interface XlRange {
  values: unknown[][];
  numberFormat: unknown[][];
  formulas: unknown[][];
  readonly valueTypes: string[][];
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly isNullObject: boolean;
  /** True where every column of the range is hidden, false where none is, null for a mix. */
  readonly columnHidden: boolean | null;
  readonly format: XlRangeFormat;
  /** ExcelApi 1.6. */
  readonly conditionalFormats: XlConditionalFormatCollection;
  /** ExcelApi 1.8. */
  readonly dataValidation: XlDataValidation;
  load(propertyNames: string): XlRange;
  /** ExcelApi 1.13. */
  getMergedAreasOrNullObject(): XlRangeAreas;
  /** The part of this range that holds values (or formats too); a null object when none does. ExcelApi 1.4. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  /** ExcelApi 1.9: the properties asked for, of every cell of the range, row by row. */
  getCellProperties(cellPropertiesLoadOptions: XlCellPropertiesLoadOptions): { readonly value: XlCellProperties[][] };
  merge(across?: boolean): void;
  unmerge(): void;
  select(): void;
  clear(applyTo?: string): void;
}

export interface XlRangeAreas {
  /** "Sheet1!A1:C1, Sheet1!A5:A7". */
  readonly address: string;
  readonly isNullObject: boolean;
  readonly conditionalFormats: XlConditionalFormatCollection;
  /** Font, fill and wrap of every area at once. ExcelApi 1.9. */
  readonly format: XlRangeFormat;
  load(propertyNames: string): XlRangeAreas;
}

export type XlBorderIndex = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

/** ExcelApi 1.1. */
export interface XlRangeBorder {
  style: string;
  color: string;
}

/** Which of a cell's properties getCellProperties answers (Excel.CellPropertiesLoadOptions, the part the door asks). */
export interface XlCellPropertiesLoadOptions {
  format?: { fill?: { color?: boolean; pattern?: boolean } };
  hyperlink?: boolean;
}

/** One cell's answer to getCellProperties: only what was asked is there. */
export interface XlCellProperties {
  format?: { fill?: { color?: string; pattern?: string } };
  /** Where the cell links (Insert > Link): `address` for a web page or a file, `documentReference` for a place in the workbook. */
  hyperlink?: { address?: string; documentReference?: string; screenTip?: string; textToDisplay?: string } | null;
}

/** ExcelApi 1.1. Loaded, color is "#RRGGBB": "#FFFFFF" where the cell has no fill. */
export interface XlRangeFill {
  color: string;
  load(propertyNames: string): XlRangeFill;
}

export interface XlRangeFormat {
  readonly fill: XlRangeFill;
  readonly font: { color: string; bold: boolean; italic: boolean; size: number };
  readonly borders: { getItem(index: XlBorderIndex): XlRangeBorder };
  wrapText: boolean;
  verticalAlignment: string;
  horizontalAlignment: string;
  columnWidth: number;
  /** Points, for every row of the range. */
  rowHeight: number;
  /** ExcelApi 1.7: columns back to the sheet's standard width, rows to its standard height. */
  useStandardWidth: boolean;
  useStandardHeight: boolean;
  autofitRows(): void;
  /** ExcelApi 1.2: locked is null where the range mixes locked and unlocked cells. */
  readonly protection: { readonly locked: boolean | null; load(propertyNames: string): { readonly locked: boolean | null } };
}

export interface XlConditionalFormatCollection {
  readonly items: XlConditionalFormat[];
  load(propertyNames: string): XlConditionalFormatCollection;
  /** Adds at the top priority. */
  add(type: "Custom"): XlConditionalFormat;
  /** ExcelApi 1.6, as are getItemAt and getItem. */
  getCount(): { readonly value: number };
  getItemAt(index: number): XlConditionalFormat;
  getItem(id: string): XlConditionalFormat;
}

export interface XlConditionalFormat {
  readonly id: string;
  readonly type: string;
  load(propertyNames: string): XlConditionalFormat;
  readonly custom: XlCustomConditionalFormat;
  readonly customOrNullObject: XlCustomConditionalFormat;
  delete(): void;
}

export interface XlCustomConditionalFormat {
  readonly isNullObject: boolean;
  readonly rule: { formula: string };
  readonly format: { readonly fill: { color: string }; readonly font: { color: string; bold: boolean } };
}

export interface XlDataValidation {
  readonly type: string;
  rule: { list?: { inCellDropDown: boolean; source: unknown } };
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks: boolean;
  load(propertyNames: string): XlDataValidation;
  clear(): void;
}

export interface XlNamedItemCollection {
  readonly items: XlNamedItem[];
  load(propertyNames: string): XlNamedItemCollection;
  add(name: string, reference: XlRange | string, comment?: string): XlNamedItem;
  getItem(name: string): XlNamedItem;
}

export interface XlNamedItem {
  readonly name: string;
  readonly type: string;
  /** For a named range: its address, "Sheet1!$A$1"; "#REF!" once the sheet is gone. */
  readonly value: unknown;
  visible: boolean;
  /** ExcelApi 1.7: what the name refers to ("='RAG Summary'!$A$1"); set, it points the name elsewhere. */
  formula: string;
  delete(): void;
  getRange(): XlRange;
}

export interface XlChartCollection {
  readonly items: XlChartItem[];
  load(propertyNames: string): XlChartCollection;
  add(type: string, sourceData: XlRange, seriesBy?: string): XlChart;
}

/** A chart as a loaded collection gives it: enough to remove it. */
export interface XlChartItem {
  readonly name: string;
  delete(): void;
}

export interface XlTableCollection {
  readonly items: XlTableItem[];
  load(propertyNames: string): XlTableCollection;
}

/** A table as a loaded collection gives it: its name, which formulas elsewhere use (MyTab[Count]). */
export interface XlTableItem {
  readonly name: string;
}

export interface XlChart {
  readonly title: { text: string };
  readonly legend: { position: string };
  readonly series: XlChartSeriesCollection;
  readonly axes: { readonly categoryAxis: { reversePlotOrder: boolean }; readonly valueAxis: { minimum: number } };
  setPosition(startCell: XlRange | string, endCell?: XlRange | string): void;
}

export interface XlChartSeriesCollection {
  getItemAt(index: number): XlChartSeries;
  /** ExcelApi 1.7. */
  add(name?: string, index?: number): XlChartSeries;
}

export interface XlChartSeries {
  name: string;
  readonly format: { readonly fill: { setSolidColor(color: string): void } };
  /** ExcelApi 1.7. */
  hasDataLabels: boolean;
  /** `numberFormat`: ExcelApi 1.8. */
  readonly dataLabels: { showValue: boolean; position: string; numberFormat: string; readonly format: { readonly font: { color: string; bold: boolean } } };
  /** ExcelApi 1.7. */
  setValues(sourceData: XlRange): void;
  /** ExcelApi 1.7. */
  setXAxisValues(sourceData: XlRange): void;
}

export interface XlFreezePanes {
  freezeRows(count?: number): void;
  /** ExcelApi 1.7. */
  unfreeze(): void;
}

export interface XlPageLayout {
  orientation: string;
  paperSize: string;
  /** ExcelApi 1.9; a value left out or null is "not used" (the reference never gives 0 that meaning). */
  zoom: { horizontalFitToPages?: number | null; verticalFitToPages?: number | null; scale?: number | null };
  readonly headersFooters: { readonly defaultForAllPages: { centerHeader: string; centerFooter: string } };
  /** "" is automatic: on from the pages printed before. */
  firstPageNumber: number | "";
  setPrintTitleRows(printTitleRows: XlRange | string): void;
  setPrintArea(printArea: string): void;
}

export interface XlPageBreakCollection {
  /** A break above the range's top-left cell. */
  add(pageBreakRange: XlRange | string): unknown;
  /** Removes every manual break of the collection. */
  removePageBreaks(): void;
}

export interface XlEventHandlers<T> {
  add(handler: (args: T) => Promise<unknown>): { remove(): void };
}

export interface XlChangedEventArgs {
  /** The changed cells on the sheet, without the sheet name: "F12" or "F12:H14". */
  readonly address: string;
  readonly worksheetId: string;
  /** "RangeEdited", "RowInserted"… */
  readonly changeType: string;
  /** "Local" or "Remote" (a co-author). */
  readonly source: string;
  /** ExcelApi 1.14: "ThisLocalAddin" for this add-in's own writes. */
  readonly triggerSource?: string;
  /** ExcelApi 1.9, for a change of one cell only: its value before and after. */
  readonly details?: { readonly valueBefore: unknown; readonly valueAfter: unknown };
}

/** Runs one batch function in a fresh request context, as Excel.run does. */
export type ExcelRun = <T>(batch: (context: XlContext) => Promise<T>) => Promise<T>;

/** What the door needs from the host: batches, batches in a kept context (events), and requirement sets. */
export interface ExcelHost {
  run: ExcelRun;
  /** Runs a batch in a context created earlier (to remove an event handler it added). */
  runIn<T>(context: XlContext, batch: (context: XlContext) => Promise<T>): Promise<T>;
  /** Office.context.requirements.isSetSupported. */
  supports(set: string, version: string): boolean;
}

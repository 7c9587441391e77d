/**
 * The few ExcelJS internals the streaming reader uses so that it decides dates, number formats
 * and shared formulas exactly as ExcelJS's own reader does (they have no type definitions).
 */
declare module "exceljs/lib/utils/utils.js" {
  const utils: {
    isDateFmt(format: string | undefined): boolean;
    excelToDate(serial: number, date1904: boolean): Date;
  };
  export default utils;
}

declare module "exceljs/lib/xlsx/defaultnumformats.js" {
  /** Built-in number format id → its format code, as ExcelJS knows them. */
  const formats: Record<number, { f: string } | undefined>;
  export default formats;
}

declare module "exceljs/lib/utils/shared-formula.js" {
  /** A shared formula as written in its master cell, moved to another cell ("A1" addresses). */
  export function slideFormula(formula: string, fromCell: string, toCell: string): string;
}

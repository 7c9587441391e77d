/**
 * How tall a printed page is, in points of the sheet at 100%, as Excel and as LibreOffice Calc
 * lay out a generated sheet: A4, the doors' margins, fit to one page wide. Each application
 * shrinks the sheet to fit the page's width, so a wide sheet (the stale list's fourteen columns) gets
 * more rows on a page. The two differ (column widths, where the body starts), so the engine
 * estimates both; page breaks are chosen to suit either.
 */
import { hasData, type SheetPlan } from "./writePlan";
import type { CellRange } from "./cells";
import { wrappedRowHeights } from "./rowHeights";

/** Margins every door writes (Excel's "Normal"), in inches. */
export const PAGE_MARGINS = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 } as const;

/** A4 in points, portrait. */
const A4 = { width: 595.3, height: 841.9 };
const POINTS_PER_INCH = 72;
/** A column with no width of its own: 64 pixels in both applications. */
const DEFAULT_COLUMN = 48;
const LINE = 15;

/** One application's pagination of a sheet. */
export interface PageModel {
  application: "Excel" | "LibreOffice";
  /** The fit-to-width scale the sheet prints at (0.5 is 50%): an 11 pt cell text prints at 11 × scale points. */
  scale: number;
  /** Points of sheet (at 100%) one page holds, repeated rows included. */
  pageHeight: number;
  /** Each row's height in points; index 0 is row 1. */
  rowHeights: number[];
}

interface Application {
  application: PageModel["application"];
  /** A column `chars` wide (as the file states it), in points. */
  columnPoints: (chars: number) => number;
  /** Printed points left for the sheet's rows on a page drawn at `scale`. */
  body: (paperHeight: number, scale: number) => number;
  /** Rows holding the 14 pt title or a 12 pt subtitle: neither application keeps them at 15 points. */
  fontRows: { title: number; subtitle: number };
}

const vertical = (PAGE_MARGINS.top + PAGE_MARGINS.bottom) * POINTS_PER_INCH;

const APPLICATIONS: Application[] = [
  {
    application: "Excel",
    // Width × 7 pixels (Calibri 11's digit), rounded to a pixel of 0.75 points.
    columnPoints: (chars) => Math.trunc(chars * 7 + 0.5) * 0.75,
    // The body runs from the top margin to the bottom one; the header sits in the margin above it.
    body: (paperHeight) => paperHeight - vertical,
    fontRows: { title: 18.75, subtitle: 15.75 },
  },
  {
    application: "LibreOffice",
    // Measured on its PDFs (7.x): 5.55 points per character.
    columnPoints: (chars) => chars * 5.55,
    // Calc puts the page edge at the header margin and draws the header area (top margin less
    // header margin) at the sheet's scale, and the footer likewise.
    body: (paperHeight, scale) =>
      paperHeight - (PAGE_MARGINS.header + PAGE_MARGINS.footer) * POINTS_PER_INCH - (PAGE_MARGINS.top - PAGE_MARGINS.header + PAGE_MARGINS.bottom - PAGE_MARGINS.footer) * POINTS_PER_INCH * scale,
    fontRows: { title: 15.75, subtitle: 15.75 },
  },
];

/** Columns that print: the cells', merges' and charts' (both applications print a chart's columns and fit them to the width too). */
export function printedColumns(plan: SheetPlan): number {
  let right = 0;
  for (const row of plan.rows) right = Math.max(right, row.length);
  for (const m of plan.merges) right = Math.max(right, m.right);
  for (const chart of plan.charts) if (hasData(chart)) right = Math.max(right, chart.anchor.right);
  return right;
}

/** The cells that print: from the plan's first printed row to its last row (or chart), across its printed columns; none where every row prints. */
export function printArea(plan: SheetPlan): CellRange | undefined {
  const top = plan.print.firstPrintedRow;
  if (top === undefined || top <= 1) return undefined;
  let bottom = plan.rows.length;
  for (const chart of plan.charts) if (hasData(chart)) bottom = Math.max(bottom, chart.anchor.bottom);
  return { top, left: 1, bottom: Math.max(top, bottom), right: Math.max(1, printedColumns(plan)) };
}

/** The scale fit-to-width gives: a whole percent, rounded down, at most 100% and at least 10%. */
export function fitScale(sheetWidth: number, paperWidth: number): number {
  const room = paperWidth - (PAGE_MARGINS.left + PAGE_MARGINS.right) * POINTS_PER_INCH;
  return Math.min(100, Math.max(10, Math.floor((100 * room) / sheetWidth + 1e-9))) / 100;
}

/** Excel's and LibreOffice's pages for `plan`. */
export function pageModels(plan: SheetPlan): PageModel[] {
  const landscape = plan.print.orientation === "landscape";
  const paper = landscape ? { width: A4.height, height: A4.width } : A4;
  const wrapped = wrappedRowHeights(plan);
  const columns = printedColumns(plan);
  return APPLICATIONS.map((app) => {
    let width = 0;
    for (let c = 0; c < columns; c++) width += plan.columnWidths[c] ? app.columnPoints(plan.columnWidths[c]!) : DEFAULT_COLUMN;
    const scale = fitScale(Math.max(width, 1), paper.width);
    const rowHeights = plan.rows.map((row, i) => {
      const style = row[0]?.style;
      return wrapped.get(i + 1) ?? (style === "title" || style === "subtitle" ? app.fontRows[style] : LINE);
    });
    return { application: app.application, scale, pageHeight: app.body(paper.height, scale) / scale, rowHeights };
  });
}

/**
 * Turns the engine's write plan into write steps. Each generated sheet is built complete
 * under a temporary name; only the last step deletes the old generated sheet, gives the new
 * one its name and position, and marks it. So a failure part-way never leaves a half sheet
 * under the real name, and a user's sheet is never touched.
 */
import { userSheetInTheWay } from "../door/sheetOwnership";
import type { CellRange } from "../core/cells";
import type { ChartSpec, GeneratedSheetKey, SheetPlan, WritePlan } from "../core/writePlan";
import { hasData, markerName } from "../core/writePlan";
import type { XlContext } from "./excelApi";
import type { WorkbookLayout } from "./layout";
import { findSheet, generatedKeyOf } from "./layout";
import { byIndexes, rangeAddress, rowsAddress } from "./addresses";
import { GENERAL_FORMAT, planNumberFormat, planValue } from "./cellValues";
import type { CellLook } from "./cellLooks";
import { cellLook, columnWidthPoints, lookFromKey, lookKey } from "./cellLooks";
import { areaGroups, areasAddress } from "./areaGroups";
import { rectanglesByKey } from "./rectangles";
import { CALL_OVERHEAD_BYTES, jsonBytes } from "./payload";
import type { WriteStep } from "./writeSteps";
import { callStep } from "./writeSteps";
import { ExcelDoorError } from "./errors";
import { MAX_CELL_TEXT, fitText } from "../core/excelLimits";

/** Rows per value or number-format step before any splitting for size. */
const ROWS_PER_GRID_STEP = 2_000;

export interface SheetTarget {
  plan: SheetPlan;
  /** Where the sheet is built before it takes its real name. */
  tempName: string;
  /** The generated sheet it replaces (found by its marker), if there is one. */
  replaces: string | null;
  /** Whether a marker name of this key exists (possibly broken) and must be removed first. */
  hasMarker: boolean;
  /** The replaced sheet's position, kept for the new one. */
  position: number | null;
}

/**
 * Checks every target name before anything is written: a name already used by a sheet that
 * does not carry one of this plan's markers belongs to the user, and the whole write stops.
 */
export function planTargets(plan: WritePlan, layout: WorkbookLayout): SheetTarget[] {
  const keys = new Set<string>(plan.sheets.map((s) => s.key));
  const seen = new Set<string>();
  const taken = new Set([...layout.sheets.map((s) => s.name.toLowerCase()), ...layout.names.map((n) => n.toLowerCase())]);
  return plan.sheets.map((sheet, i) => {
    const lower = sheet.name.toLowerCase();
    if (seen.has(lower)) throw new ExcelDoorError(`The summary plan names two sheets "${sheet.name}", so nothing was written.`);
    seen.add(lower);
    const existing = findSheet(layout, sheet.name);
    if (existing) {
      const owner = generatedKeyOf(layout, existing.name);
      if (owner === undefined || !keys.has(owner)) {
        throw new ExcelDoorError(userSheetInTheWay(existing.name));
      }
    }
    const replaces = layout.markers.get(sheet.key) ?? null;
    let n = i + 1;
    while (taken.has(`ragtracker_new_${n}`)) n++;
    taken.add(`ragtracker_new_${n}`);
    return {
      plan: sheet,
      tempName: `RAGTracker_new_${n}`,
      replaces,
      hasMarker: layout.markers.has(sheet.key),
      position: replaces ? (findSheet(layout, replaces)?.position ?? null) : null,
    };
  });
}

function textForCell(value: string | number): string | number {
  return typeof value === "string" ? fitText(value, MAX_CELL_TEXT) : value;
}

type GridProperty = "values" | "numberFormat";

/**
 * One grid written into the range it fits, from (top, left); split in halves by rows when too
 * big for one request. A null leaves its cell as it is (Office.js skips it).
 */
function gridStep(sheetName: string, property: GridProperty, top: number, left: number, rows: (string | number | null)[][]): WriteStep {
  return {
    bytes: jsonBytes(rows) + CALL_OVERHEAD_BYTES,
    queue: (context) => {
      const range = byIndexes(context.workbook.worksheets.getItem(sheetName), { top, bottom: top + rows.length - 1, left, right: left + rows[0]!.length - 1 });
      if (property === "values") range.values = rows;
      else range.numberFormat = rows;
    },
    split:
      rows.length > 1
        ? () => [gridStep(sheetName, property, top, left, rows.slice(0, rows.length >> 1)), gridStep(sheetName, property, top + (rows.length >> 1), left, rows.slice(rows.length >> 1))]
        : undefined,
  };
}

/**
 * The number formats of rows top..bottom as one grid over the columns that need any, null where
 * the new sheet's General already fits: one call per block of rows, whatever the mix of formats.
 */
function numberFormatStep(sheetName: string, formatAt: (row: number, column: number) => string | null, top: number, bottom: number, width: number): WriteStep | null {
  let first = Infinity;
  let last = -Infinity;
  let left = Infinity;
  let right = -Infinity;
  for (let r = top; r <= bottom; r++)
    for (let c = 1; c <= width; c++) {
      if (formatAt(r, c) === null) continue;
      first = Math.min(first, r);
      last = Math.max(last, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  if (first > last) return null;
  const grid: (string | null)[][] = [];
  for (let r = first; r <= last; r++) grid.push(Array.from({ length: right - left + 1 }, (_, i) => formatAt(r, left + i)));
  return gridStep(sheetName, "numberFormat", first, left, grid);
}

/** Font, fill and wrap of a group of same-looking areas: one range, or many at once through getRanges. */
function lookStep(sheetName: string, look: CellLook, group: CellRange[]): WriteStep {
  const calls = Object.keys(look).length;
  const address = group.length > 1 ? areasAddress(group) : null;
  // Each property call names its target, so a multi-area address travels once per call.
  return callStep(CALL_OVERHEAD_BYTES * (1 + calls) + (address ? (address.length + 16) * calls : 0), (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const target = address ? sheet.getRanges(address) : byIndexes(sheet, group[0]!);
    const format = target.format;
    if (look.bold !== undefined) format.font.bold = look.bold;
    if (look.italic !== undefined) format.font.italic = look.italic;
    if (look.size !== undefined) format.font.size = look.size;
    if (look.fontColour !== undefined) format.font.color = look.fontColour;
    if (look.fill !== undefined) format.fill.color = look.fill;
    if (look.wrap !== undefined) format.wrapText = look.wrap;
  });
}

function chartStep(sheetName: string, spec: ChartSpec): WriteStep | null {
  const [first, ...rest] = spec.series;
  if (!first || !hasData(spec)) return null;
  return callStep(CALL_OVERHEAD_BYTES * (8 + spec.series.length * 5), (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const chart = sheet.charts.add(spec.kind === "stackedBar" ? "BarStacked" : "ColumnStacked", byIndexes(sheet, first.values), "Columns");
    chart.title.text = spec.title;
    chart.legend.position = "Bottom";
    const series = [chart.series.getItemAt(0), ...rest.map((s) => chart.series.add(s.name))];
    spec.series.forEach((s, i) => {
      const target = series[i]!;
      target.name = s.name;
      target.setValues(byIndexes(sheet, s.values));
      target.setXAxisValues(byIndexes(sheet, spec.categories));
      target.format.fill.setSolidColor(s.colour);
    });
    // A bar chart draws its first category at the bottom; reversed, it reads in the table's order.
    if (spec.kind === "stackedBar") chart.axes.categoryAxis.reversePlotOrder = true;
    const a = spec.anchor;
    chart.setPosition(rangeAddress({ top: a.top, bottom: a.top, left: a.left, right: a.left }), rangeAddress({ top: a.bottom, bottom: a.bottom, left: a.right, right: a.right }));
  });
}

/** Header and footer text: "&" starts a code in Excel, so a literal one is doubled. */
function headerText(text: string): string {
  return text.replace(/&/g, "&&");
}

/** Every step that builds one generated sheet under its temporary name. */
export function sheetSteps(target: SheetTarget, options: { printSetup: boolean; multiArea: boolean }): WriteStep[] {
  const { plan, tempName } = target;
  const height = plan.rows.length;
  const width = Math.max(1, ...plan.rows.map((r) => r.length), plan.columnWidths.length);
  const cell = (row: number, column: number) => plan.rows[row - 1]?.[column - 1];
  const steps: WriteStep[] = [];

  steps.push(
    callStep(CALL_OVERHEAD_BYTES, (context) => {
      context.workbook.worksheets.add(tempName);
    }),
  );

  // Number formats before values: text cells must already be text when their value arrives.
  const formatAt = (r: number, c: number) => {
    const f = planNumberFormat(cell(r, c), plan.dateFormat);
    return f === GENERAL_FORMAT ? null : f;
  };
  for (let top = 1; top <= height; top += ROWS_PER_GRID_STEP) {
    const step = numberFormatStep(tempName, formatAt, top, Math.min(top + ROWS_PER_GRID_STEP - 1, height), width);
    if (step) steps.push(step);
  }

  plan.columnWidths.forEach((chars, i) => {
    if (chars > 0) steps.push(callStep(CALL_OVERHEAD_BYTES, (context) => (context.workbook.worksheets.getItem(tempName).getRangeByIndexes(0, i, 1, 1).format.columnWidth = columnWidthPoints(chars))));
  });

  for (let top = 1; top <= height; top += ROWS_PER_GRID_STEP) {
    const rows: (string | number)[][] = [];
    for (let r = top; r < Math.min(top + ROWS_PER_GRID_STEP, height + 1); r++) {
      rows.push(Array.from({ length: width }, (_, c) => textForCell(planValue(cell(r, c + 1)))));
    }
    steps.push(gridStep(tempName, "values", top, 1, rows));
  }

  for (const [key, rects] of rectanglesByKey(height, width, (r, c) => lookKey(cellLook(cell(r, c))))) {
    const look = lookFromKey(key);
    for (const group of areaGroups(rects, options.multiArea)) steps.push(lookStep(tempName, look, group));
  }

  for (const merge of plan.merges) {
    steps.push(callStep(CALL_OVERHEAD_BYTES, (context) => byIndexes(context.workbook.worksheets.getItem(tempName), merge).merge(false)));
  }

  if (height > 0) {
    steps.push(
      callStep(CALL_OVERHEAD_BYTES * 2, (context) => {
        const format = byIndexes(context.workbook.worksheets.getItem(tempName), { top: 1, bottom: height, left: 1, right: width }).format;
        format.verticalAlignment = "Top";
        format.autofitRows();
      }),
    );
  }

  if (plan.freezeRows > 0) {
    steps.push(callStep(CALL_OVERHEAD_BYTES, (context) => context.workbook.worksheets.getItem(tempName).freezePanes.freezeRows(plan.freezeRows)));
  }

  if (options.printSetup) {
    const print = plan.print;
    steps.push(
      callStep(CALL_OVERHEAD_BYTES * 6, (context) => {
        const layout = context.workbook.worksheets.getItem(tempName).pageLayout;
        layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
        layout.paperSize = print.paper;
        // 0 pages tall means "as many as needed": one page wide, any length.
        layout.zoom = { horizontalFitToPages: print.fitToPagesWide, verticalFitToPages: 0 };
        if (print.repeatRows) layout.setPrintTitleRows(rowsAddress(print.repeatRows.first, print.repeatRows.last));
        layout.headersFooters.defaultForAllPages.centerHeader = headerText(print.header);
        layout.headersFooters.defaultForAllPages.centerFooter = "Page &P of &N";
      }),
    );
  }

  for (const spec of plan.charts) {
    const step = chartStep(tempName, spec);
    if (step) steps.push(step);
  }
  return steps;
}

/**
 * The last step: old generated sheets and their markers go, the new sheets take their names,
 * positions and markers (hidden defined names), and the first one is shown.
 */
export function finishStep(targets: SheetTarget[]): WriteStep {
  return callStep(CALL_OVERHEAD_BYTES * targets.length * 8, (context: XlContext) => {
    const { worksheets, names } = context.workbook;
    for (const t of targets) if (t.hasMarker) names.getItem(markerName(t.plan.key)).delete();
    for (const t of targets) if (t.replaces) worksheets.getItem(t.replaces).delete();
    for (const t of targets) worksheets.getItem(t.tempName).name = t.plan.name;
    for (const t of [...targets].filter((t) => t.position !== null).sort((a, b) => a.position! - b.position!)) {
      worksheets.getItem(t.plan.name).position = t.position!;
    }
    for (const t of targets) {
      const marker = names.add(markerName(t.plan.key as GeneratedSheetKey), worksheets.getItem(t.plan.name).getRange("A1"), "RAG Tracker generated this sheet; it is replaced when the summary is regenerated.");
      marker.visible = false;
    }
    const first = targets[0];
    if (first) worksheets.getItem(first.plan.name).activate();
  });
}

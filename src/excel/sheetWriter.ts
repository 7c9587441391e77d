/**
 * Turns the engine's write plan into write steps.
 *
 * A generated sheet that is already there is cleared and written again in place: formulas, names
 * and charts elsewhere that point at it stay valid (a deleted sheet turns them into #REF! for
 * good), and no call that clears Excel's undo history is made. It keeps its marker throughout, so
 * a write that stops part-way leaves a sheet the next run still knows as its own and rewrites.
 *
 * A new generated sheet (or one that cannot be written in place: protected, or under another
 * name) is built complete under a temporary name, which a defined name of the same name marks as
 * the door's from the call that adds it; only the last step places the new one beside the old,
 * deletes the old one, marks the new one and gives it its name. A user's sheet is never touched,
 * whatever its name.
 */
import { userSheetInTheWay } from "../door/sheetOwnership";
import { absoluteRange, type CellRange } from "../core/cells";
import { columnTitles, isColumnTitleOf } from "../core/columnTitles";
import type { ChartSpec, GeneratedSheetKey, SheetPlan, WritePlan } from "../core/writePlan";
import { PAGE_FOOTER, hasData } from "../core/writePlan";
import { markerName } from "../core/markers";
import type { XlChartItem, XlContext } from "./excelApi";
import type { WorkbookLayout } from "./layout";
import { findSheet, generatedKeyOf } from "./layout";
import { byIndexes, rangeAddress, rowsAddress } from "./addresses";
import { printArea } from "../core/printedPage";
import { GENERAL_FORMAT, planNumberFormat, planValue } from "./cellValues";
import type { CellLook } from "./cellLooks";
import { cellLook, columnWidthPoints, lookFromKey, lookKey } from "./cellLooks";
import { areaGroups, areasAddress } from "./areaGroups";
import { rectanglesByKey } from "./rectangles";
import { CALL_OVERHEAD_BYTES, jsonBytes } from "./payload";
import type { WriteStep } from "./writeSteps";
import { callStep } from "./writeSteps";
import { rowHeightSteps } from "./rowHeightSteps";
import { borderSteps } from "./borderSteps";
import { SheetOrder, builtPositions } from "./generatedOrder";
import { ExcelDoorError } from "./errors";
import { MAX_CELL_TEXT, fitText } from "../core/excelLimits";

/** Rows per value or number-format step before any splitting for size. */
const ROWS_PER_GRID_STEP = 2_000;

export interface SheetTarget {
  plan: SheetPlan;
  /** The generated sheet of this name is cleared and written again where it is. */
  inPlace: boolean;
  /** The sheet the steps write to: the generated sheet itself, or a temporary one. */
  sheetName: string;
  /** Where a new sheet is built before it takes its real name; null when written in place. */
  tempName: string | null;
  /** The generated sheet it replaces (found by its marker), if there is one. */
  replaces: string | null;
  /** Whether a marker name of this key exists (possibly broken) and must be removed first. */
  hasMarker: boolean;
  /** The generated sheet of this key that the user renamed, kept as it stands. */
  keeps: string | null;
  /** The kept marker to give it; null where it has one already. */
  keptMarker: string | null;
  /** Where the new sheet goes once named, set in ascending order (generatedOrder.ts); null where it stays where Excel adds it, or is written in place. */
  position: number | null;
  /** The replaced sheet still carries a temporary sheet's mark (a write cut short after marking it): the mark goes with it. */
  replacesTemporary: boolean;
  /** Excel's id of the replaced sheet: once no sheet has it, the last step has deleted it. */
  replacesId: string | null;
}

/**
 * Checks every target name before anything is written: a name already used by a sheet that
 * does not carry one of this plan's markers belongs to the user, and the whole write stops.
 */
export function planTargets(plan: WritePlan, layout: WorkbookLayout, allowInPlace = true, unlisted: ReadonlySet<string> = new Set()): SheetTarget[] {
  const targets = targetsOf(plan, layout, allowInPlace, unlisted);
  const positions = builtPositions(layout, targets, leftoverSheets(layout));
  return targets.map((t, i) => ({ ...t, position: positions[i]! }));
}

/** Each plan sheet's target, before its place among the sheets is settled. */
function targetsOf(plan: WritePlan, layout: WorkbookLayout, allowInPlace: boolean, unlisted: ReadonlySet<string>): Omit<SheetTarget, "position">[] {
  const keys = new Set<string>(plan.sheets.map((s) => s.key));
  const seen = new Set<string>();
  // `unlisted`: temporary names Excel refused as held by a sheet Office.js does not list (a chart sheet), lower case.
  const taken = new Set([...layout.sheets.map((s) => s.name.toLowerCase()), ...layout.names.map((n) => n.toLowerCase()), ...unlisted]);
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
    const marked = layout.markers.live.get(sheet.key) ?? null;
    const keeps = sheet.keeps === undefined ? null : marked;
    const replaces = keeps === null ? marked : null;
    const keptMarker = keeps === null ? null : layout.markers.keptMarkerFor(keeps, sheet.key, taken);
    const inPlace = allowInPlace && replaces !== null && replaces === sheet.name && findSheet(layout, replaces)?.protected === false;
    let tempName: string | null = null;
    if (!inPlace) {
      let n = i + 1;
      while (taken.has(`ragtracker_new_${n}`)) n++;
      taken.add(`ragtracker_new_${n}`);
      tempName = `RAGTracker_new_${n}`;
    }
    return {
      plan: sheet,
      inPlace,
      sheetName: tempName ?? sheet.name,
      tempName,
      replaces,
      hasMarker: layout.markers.live.has(sheet.key),
      keeps,
      keptMarker,
      replacesId: replaces ? (findSheet(layout, replaces)?.id ?? null) : null,
      replacesTemporary: replaces !== null && layout.temporarySheets.some((name) => name.toLowerCase() === replaces.toLowerCase()),
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

/** Font, fill, wrap and alignment of a group of same-looking areas: one range, or many at once through getRanges. */
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
    if (look.align !== undefined) format.horizontalAlignment = look.align === "right" ? "Right" : "Left";
  });
}

/** `labelFormat`: the host takes a number format for a chart's labels (ExcelApi 1.8); without it a zero count shows its 0. */
function chartStep(sheetName: string, spec: ChartSpec, labelFormat: boolean): WriteStep | null {
  const [first, ...rest] = spec.series;
  if (!first || !hasData(spec)) return null;
  return callStep(CALL_OVERHEAD_BYTES * (8 + spec.series.length * 11), (context) => {
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
      target.hasDataLabels = true;
      const labels = target.dataLabels;
      labels.showValue = true;
      labels.position = "Center";
      labels.format.font.color = s.labelColour;
      labels.format.font.bold = true;
      if (labelFormat) labels.numberFormat = s.labelFormat ?? spec.labelFormat;
    });
    // A bar chart draws its first category at the bottom; reversed, it reads in the table's order.
    if (spec.kind === "stackedBar") chart.axes.categoryAxis.reversePlotOrder = true;
    // The counts' axis starts at 0: left to scale itself, close totals start it near them and a larger count draws shorter.
    chart.axes.valueAxis.minimum = 0;
    const a = spec.anchor;
    chart.setPosition(rangeAddress({ top: a.top, bottom: a.top, left: a.left, right: a.left }), rangeAddress({ top: a.bottom, bottom: a.bottom, left: a.right, right: a.right }));
  });
}

/** Header and footer text: "&" starts a code in Excel, so a literal one is doubled. */
function headerText(text: string): string {
  return text.replace(/&/g, "&&");
}

/** Leftover temporary sheets of a write that was cut short: carrying the door's mark of a temporary sheet, and no marker. */
export function leftoverSheets(layout: WorkbookLayout): string[] {
  return layout.temporarySheets.filter((name) => generatedKeyOf(layout, name) === undefined);
}

export interface SheetStepOptions {
  printSetup: boolean;
  multiArea: boolean;
  /** The workbook counts its dates from 1904: the plan's dates are written as its serials. */
  date1904: boolean;
  /** The charts on a sheet written in place, which go with its old content. */
  charts?: XlChartItem[];
  /** The host takes a number format for chart labels (ExcelApi 1.8). */
  chartLabelFormat: boolean;
}

/** Every step that builds one generated sheet: clearing it where it is, or adding it under its temporary name. */
export function sheetSteps(target: SheetTarget, options: SheetStepOptions): WriteStep[] {
  const { plan, sheetName } = target;
  const height = plan.rows.length;
  const width = Math.max(1, ...plan.rows.map((r) => r.length), plan.columnWidths.length);
  const cell = (row: number, column: number) => plan.rows[row - 1]?.[column - 1];
  const steps: WriteStep[] = [];

  if (target.inPlace) {
    const charts = options.charts ?? [];
    steps.push(
      callStep(CALL_OVERHEAD_BYTES * (6 + charts.length), (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        for (const chart of charts) chart.delete();
        const all = sheet.getRange();
        all.unmerge();
        all.clear("All");
        all.format.useStandardWidth = true;
        all.format.useStandardHeight = true;
        if (plan.freezeRows === 0) sheet.freezePanes.unfreeze();
      }),
    );
  } else {
    steps.push(
      callStep(CALL_OVERHEAD_BYTES * 3, (context) => {
        const sheet = context.workbook.worksheets.add(sheetName);
        // The mark that tells a temporary sheet the door built from a user's sheet of the same name, which is never swept.
        const mark = context.workbook.names.add(sheetName, sheet.getRange("A1"));
        mark.visible = false;
      }),
    );
  }

  // Number formats before values: text cells must already be text when their value arrives.
  const formatAt = (r: number, c: number) => {
    const f = planNumberFormat(cell(r, c), plan.dateFormat);
    return f === GENERAL_FORMAT ? null : f;
  };
  for (let top = 1; top <= height; top += ROWS_PER_GRID_STEP) {
    const step = numberFormatStep(sheetName, formatAt, top, Math.min(top + ROWS_PER_GRID_STEP - 1, height), width);
    if (step) steps.push(step);
  }

  plan.columnWidths.forEach((chars, i) => {
    if (chars > 0) steps.push(callStep(CALL_OVERHEAD_BYTES, (context) => (context.workbook.worksheets.getItem(sheetName).getRangeByIndexes(0, i, 1, 1).format.columnWidth = columnWidthPoints(chars))));
  });

  for (let top = 1; top <= height; top += ROWS_PER_GRID_STEP) {
    const rows: (string | number)[][] = [];
    for (let r = top; r < Math.min(top + ROWS_PER_GRID_STEP, height + 1); r++) {
      rows.push(Array.from({ length: width }, (_, c) => textForCell(planValue(cell(r, c + 1), options.date1904))));
    }
    steps.push(gridStep(sheetName, "values", top, 1, rows));
  }

  for (const [key, rects] of rectanglesByKey(height, width, (r, c) => lookKey(cellLook(cell(r, c))))) {
    const look = lookFromKey(key);
    for (const group of areaGroups(rects, options.multiArea)) steps.push(lookStep(sheetName, look, group));
  }

  steps.push(...borderSteps(sheetName, height, width, cell, options.multiArea));

  for (const merge of plan.merges) {
    steps.push(callStep(CALL_OVERHEAD_BYTES, (context) => byIndexes(context.workbook.worksheets.getItem(sheetName), merge).merge(false)));
  }

  if (height > 0) {
    steps.push(
      callStep(CALL_OVERHEAD_BYTES * 2, (context) => {
        const format = byIndexes(context.workbook.worksheets.getItem(sheetName), { top: 1, bottom: height, left: 1, right: width }).format;
        format.verticalAlignment = "Top";
        format.autofitRows();
      }),
    );
    steps.push(...rowHeightSteps(sheetName, plan, options.multiArea));
  }

  if (plan.freezeRows > 0) {
    steps.push(callStep(CALL_OVERHEAD_BYTES, (context) => context.workbook.worksheets.getItem(sheetName).freezePanes.freezeRows(plan.freezeRows)));
  }

  if (options.printSetup) {
    const print = plan.print;
    const area = printArea(plan);
    const pageBreaks = plan.pageBreaks ?? [];
    steps.push(
      callStep(CALL_OVERHEAD_BYTES * (7 + pageBreaks.length), (context) => {
        const layout = context.workbook.worksheets.getItem(sheetName).pageLayout;
        layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
        layout.paperSize = print.paper;
        // Pages tall left out (the reference's "not used" is null, not 0): one page wide, any length.
        layout.zoom = { horizontalFitToPages: print.fitToPagesWide };
        if (print.repeatRows) layout.setPrintTitleRows(rowsAddress(print.repeatRows.first, print.repeatRows.last));
        // The note above the title is for the team on screen: the councillors' pages start under it.
        if (area) layout.setPrintArea(rangeAddress(area));
        layout.headersFooters.defaultForAllPages.centerHeader = headerText(print.header);
        layout.headersFooters.defaultForAllPages.centerFooter = PAGE_FOOTER;
        // Numbered from 1 on every generated sheet, as the file doors write it; Excel otherwise counts on from the sheets printed before it.
        layout.firstPageNumber = 1;
        // A sheet written in place keeps the breaks of the last run: they go before the new ones come.
        const breaks = context.workbook.worksheets.getItem(sheetName).horizontalPageBreaks;
        breaks.removePageBreaks();
        for (const row of pageBreaks) breaks.add(`A${row}`);
      }),
    );
  }

  for (const spec of plan.charts) {
    const step = chartStep(sheetName, spec, options.chartLabelFormat);
    if (step) steps.push(step);
  }
  return steps;
}

/** A name's formula referring to a sheet's A1 ("='RAG Summary'!$A$1"). */
export function firstCellFormula(sheet: string): string {
  return `='${sheet.replace(/'/g, "''")}'!$A$1`;
}

/**
 * Points the generated marker of `key` at the sheet `sheet`. With ExcelApi 1.7 the marker that
 * exists is pointed there (NamedItem.formula), so it is never removed, nor refused when added
 * again (Excel refuses a defined name spuriously at times, office-js#2875); before, or where there
 * is none, it is added (after the old one, if any, is deleted).
 */
export function pointMarker(context: XlContext, key: string, sheet: string, has: boolean, repoint: boolean): void {
  const { names, worksheets } = context.workbook;
  const name = markerName(key as GeneratedSheetKey);
  if (has && repoint) {
    names.getItem(name).formula = firstCellFormula(sheet);
    return;
  }
  if (has) names.getItem(name).delete();
  // No comment on the name: setting one clears the undo history in Excel on the web.
  const marker = names.add(name, worksheets.getItem(sheet).getRange("A1"));
  marker.visible = false;
}

export interface FinishOptions {
  /** ExcelApi 1.7: a marker is pointed at its new sheet rather than deleted and added again. */
  repoint: boolean;
  /** The workbook's sheets in order once the first step has swept the leftovers, before any new sheet is added. */
  sheets: readonly string[];
  /** The workbook's names as read before the write, so a generated sheet's old column titles go or are pointed anew. */
  names: readonly string[];
}

/**
 * Names the headings of each table on the sheet now holding `target`'s plan for screen readers
 * (columnTitles.ts). A name of the same text as one the replaced sheet had is pointed anew where
 * ExcelApi 1.7 allows (Excel may refuse a name deleted and added in one request, as for markers);
 * the replaced sheet's other titles go.
 */
function nameColumnTitles(context: XlContext, target: SheetTarget, sheet: string, options: FinishOptions): void {
  const { names, worksheets } = context.workbook;
  const titles = columnTitles(target.plan);
  const old = new Set(options.names.filter((n) => isColumnTitleOf(n, target.plan.key as GeneratedSheetKey)).map((n) => n.toLowerCase()));
  const kept = (name: string) => options.repoint && old.has(name.toLowerCase());
  for (const name of options.names) if (old.has(name.toLowerCase()) && !titles.some((t) => kept(t.name) && t.name.toLowerCase() === name.toLowerCase())) names.getItem(name).delete();
  for (const title of titles) {
    if (kept(title.name)) names.getItem(title.name).formula = `='${sheet.replace(/'/g, "''")}'!${absoluteRange(title.header)}`;
    else names.add(title.name, worksheets.getItem(sheet).getRange(rangeAddress(title.header)));
  }
}

/**
 * The last step. For the sheets built under a temporary name: renamed generated sheets are marked
 * kept; then, sheet by sheet, the new one takes its place (just before its old one, where it has
 * one), the old generated sheet goes and only then is its marker pointed at the new one
 * (pointMarker), so no old sheet is ever left unmarked, which later runs would take for the
 * user's; then the new ones lose their temporary marks and take their names, and the first sheet
 * is shown. A failure part-way leaves every sheet marked as what it
 * is: a new one not yet marked is a marked temporary sheet the next write removes, a new one
 * marked but not named is the generated sheet the next write replaces. `dangling`: the door's
 * names left pointing at nothing (kept markers and temporary sheets' marks whose sheets are gone),
 * removed here, in a request the write makes anyway. A failed write whose last
 * step had begun is completed (undoWrite.ts), since every new sheet was complete before it.
 */
export function finishStep(targets: SheetTarget[], dangling: readonly string[], options: FinishOptions): WriteStep {
  const built = targets.filter((t) => !t.inPlace);
  const titleCalls = targets.reduce((n, t) => n + 3 * columnTitles(t.plan).length, 0) + options.names.length;
  return callStep(CALL_OVERHEAD_BYTES * (1 + built.length * 11 + dangling.length + titleCalls), (context: XlContext) => {
    const { worksheets, names } = context.workbook;
    for (const t of built) {
      if (t.keeps === null || t.keptMarker === null) continue;
      const kept = names.add(t.keptMarker, worksheets.getItem(t.keeps).getRange("A1"));
      kept.visible = false;
    }
    for (const name of dangling) names.getItem(name).delete();
    const moving = built.filter((t) => t.position !== null);
    const order = new SheetOrder(
      [...options.sheets, ...built.map((t) => t.tempName!)],
      new Map(moving.map((t) => [t.tempName!, t.position!])),
      built.flatMap((t) => (t.replaces === null ? [] : [[t.replaces, t.tempName!] as const])),
    );
    for (const t of built) {
      // Placed before its old sheet goes: a write cut short after the deletion leaves the new one where the user had the old.
      if (t.position !== null) worksheets.getItem(t.tempName!).position = order.place(t.tempName!);
      if (t.replacesTemporary) names.getItem(t.replaces!).delete();
      if (t.replaces) {
        worksheets.getItem(t.replaces).delete();
        order.delete(t.replaces);
      }
      pointMarker(context, t.plan.key, t.tempName!, t.hasMarker, options.repoint);
      nameColumnTitles(context, t, t.tempName!, options);
    }
    for (const t of targets) if (t.inPlace) nameColumnTitles(context, t, t.sheetName, options);
    for (const t of built) names.getItem(t.tempName!).delete();
    for (const t of built) worksheets.getItem(t.tempName!).name = t.plan.name;
    const first = targets[0];
    if (first) worksheets.getItem(first.plan.name).activate();
  });
}

/** The first step: leftover temporary sheets of an earlier write that was cut short go, with their marks. */
export function sweepStep(leftovers: string[]): WriteStep | null {
  if (leftovers.length === 0) return null;
  return callStep(CALL_OVERHEAD_BYTES * 2 * leftovers.length, (context) => {
    for (const name of leftovers) {
      context.workbook.names.getItem(name).delete();
      context.workbook.worksheets.getItem(name).delete();
    }
  });
}

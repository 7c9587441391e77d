/**
 * The fill colours of the cells the engine asks about: blank rating cells, which a team may colour
 * green, amber or red instead of typing the rating (RagDoor.readFills); and, in the same syncs, the
 * formulas of last-updated cells, which tell a date =TODAY() gives from one typed
 * (RagDoor.readFormulas: Range.formulas of each run, the cell's value where it holds no formula),
 * and the links of the few cells alone below a blank row, which a link makes notes (getCellProperties
 * with hyperlink; older hosts are not asked, and the first reading stands).
 *
 * They are mostly many rows of one column per sheet. On ExcelApi 1.9 they are read as runs of
 * rows, one Range.getCellProperties per run answering every cell's fill colour and pattern, all
 * queued before one sync when the runs' requests and responses fit the read budget, and in as
 * many syncs of about the budget as they need when they do not. Should Excel still refuse a sync
 * for its size, the budget halves and the runs not yet read are read again in smaller pieces.
 * Older hosts have neither getCellProperties nor a fill's pattern: each cell's format.fill.color
 * is loaded, as many cells a sync as the budget takes.
 */
import type { CellAddress } from "../core/cells";
import type { XlCellProperties, XlContext, XlRange, XlRangeFill, XlWorksheet } from "./excelApi";
import { MAX_COLUMNS, MAX_ROWS } from "./addresses";
import { CALL_OVERHEAD_BYTES, DEFAULT_READ_BUDGET, errorCode, isPayloadLimitError } from "./payload";
import { ExcelDoorError } from "./errors";

export interface FillReadOptions {
  /** ExcelApi 1.9: Range.getCellProperties, and the fill's pattern with it. */
  cellProperties: boolean;
  /** Largest estimated request, and response, of one sync in bytes. */
  budget?: number;
}

const FILL_PROPERTIES = { format: { fill: { color: true, pattern: true } } };
const LINK_PROPERTIES = { hyperlink: true };

/**
 * Estimated response bytes per cell of a run: {"format":{"fill":{"color":"#00B050","pattern":"Solid"}}}
 * is 57 bytes, 71 with the longest pattern name; rounded up for Office.js's envelope.
 */
const FILL_BYTES_PER_CELL = 100;

/**
 * Estimated response bytes per cell of a run of formulas: a last-updated cell answers its date's
 * serial ([44501], 8 bytes with its brackets and comma), its text, or its formula (["=TODAY()"],
 * 13 bytes); rounded up for a longer formula. Should Excel still refuse, the runs are read smaller.
 */
const FORMULA_BYTES_PER_CELL = 32;

/**
 * Estimated response bytes per cell of a run of links: {"hyperlink":{"address":…,"textToDisplay":…}}, an address of up to
 * 2,079 characters (Excel's longest) with the text shown. Few cells are asked; should Excel still refuse, they are read smaller.
 */
const LINK_BYTES_PER_CELL = 2_500;

/** Estimated request bytes of one run: its sheet, its range, and the getCellProperties call with its options. */
const RUN_REQUEST_BYTES = 3 * CALL_OVERHEAD_BYTES + 60;

/**
 * Rows not asked between two asked ones are read along with them, up to this many: each costs
 * about FILL_BYTES_PER_CELL of response, less than a run of its own costs in request and in calls.
 */
const MAX_GAP_ROWS = 4;

/** Estimated request bytes per cell on older hosts: its range, format and fill, and the load. */
const CELL_REQUEST_BYTES = 4 * CALL_OVERHEAD_BYTES;

/** Estimated response bytes per cell on older hosts: {"color":"#00B050"} and its envelope. */
const CELL_RESPONSE_BYTES = 40;

/** Halvings of the budget after refusals before giving up: 4 MB comes down to under 100 bytes, one cell. */
const MAX_REFUSALS = 16;

const WHITE = "#FFFFFF";
const HEX_COLOUR = /^#?([0-9A-F]{6})$/i;

/**
 * The colour a cell's fill shows, "#RRGGBB", or null. Excel reports no fill as white with pattern
 * "None", and a pattern other than "Solid" (hatching, a gradient) is not one colour. Where the host
 * gives no pattern (none before ExcelApi 1.9; office-js issue 4900 reports null even for white and
 * no fill), white cannot be told from no fill, and white is no rating colour anyway: it is null.
 * Every other colour is the fill's, since without a pattern no colour but white stands for no fill.
 */
export function excelFillColour(fill: { color?: string | null; pattern?: string | null } | undefined): string | null {
  const hex = HEX_COLOUR.exec(fill?.color ?? "");
  if (!hex) return null;
  const colour = `#${hex[1]!.toUpperCase()}`;
  const pattern = fill?.pattern;
  if (pattern === undefined || pattern === null) return colour === WHITE ? null : colour;
  return pattern === "Solid" ? colour : null;
}

/** What a run asks of its cells. */
type Kind = "fill" | "formula" | "link";

/** Rows of one column of one sheet, read with one call. */
interface Run {
  kind: Kind;
  sheet: string;
  column: number;
  top: number;
  rows: number;
}

/** Sheet names are the same sheet in any case, as Excel's getItem finds them. */
function cellKey(sheet: string, row: number, column: number): string {
  return `${sheet.toLowerCase()}\n${row}\n${column}`;
}

function bytesPerCell(kind: Kind): number {
  return kind === "fill" ? FILL_BYTES_PER_CELL : kind === "link" ? LINK_BYTES_PER_CELL : FORMULA_BYTES_PER_CELL;
}

function rowsPerRun(budget: number, kind: Kind): number {
  return Math.max(1, Math.floor(budget / bytesPerCell(kind)));
}

/**
 * The asked cells as runs, per sheet and column in row order: rows a short gap apart join one run,
 * and no run is longer than `maxRows`. A cell asked twice is read once.
 */
function planRuns(cells: readonly CellAddress[], kind: Kind, budget: number): Run[] {
  const maxRows = rowsPerRun(budget, kind);
  const columns = new Map<string, { sheet: string; column: number; rows: Set<number> }>();
  for (const { sheet, row, column } of cells) {
    const key = `${sheet.toLowerCase()}\n${column}`;
    let group = columns.get(key);
    if (!group) columns.set(key, (group = { sheet, column, rows: new Set() }));
    group.rows.add(row);
  }
  const runs: Run[] = [];
  for (const { sheet, column, rows } of columns.values()) {
    let run: Run | null = null;
    for (const row of [...rows].sort((a, b) => a - b)) {
      const gap = run ? row - (run.top + run.rows) : Infinity;
      if (run && gap <= MAX_GAP_ROWS && row - run.top < maxRows) run.rows = row - run.top + 1;
      else runs.push((run = { kind, sheet, column, top: row, rows: 1 }));
    }
  }
  return runs;
}

/** Runs cut to at most `maxRows` each, after Excel refused a sync that seemed to fit. */
function splitRuns(runs: readonly Run[], budget: number): Run[] {
  return runs.flatMap((run) => {
    const maxRows = rowsPerRun(budget, run.kind);
    const pieces: Run[] = [];
    for (let at = 0; at < run.rows; at += maxRows) pieces.push({ ...run, top: run.top + at, rows: Math.min(maxRows, run.rows - at) });
    return pieces;
  });
}

/** As many runs, in order, as fit the budget in request and in response (at least one). */
function nextBatch(runs: readonly Run[], budget: number): Run[] {
  const batch: Run[] = [];
  let request = 0;
  let response = 0;
  for (const run of runs) {
    const cost = run.rows * bytesPerCell(run.kind);
    if (batch.length > 0 && (request + RUN_REQUEST_BYTES > budget || response + cost > budget)) break;
    batch.push(run);
    request += RUN_REQUEST_BYTES;
    response += cost;
  }
  return batch;
}

/** One worksheet object per sheet for the calls of one sync, so each range does not name its sheet again. */
function sheetsOf(context: XlContext): (name: string) => XlWorksheet {
  const sheets = new Map<string, XlWorksheet>();
  return (name) => {
    const key = name.toLowerCase();
    let sheet = sheets.get(key);
    if (!sheet) sheets.set(key, (sheet = context.workbook.worksheets.getItem(name)));
    return sheet;
  };
}

/** Said when Excel refuses even one cell of a kind. */
const ONE_CELL_REFUSED: Record<Kind, string> = {
  fill: "Excel refused to send even one cell's fill, so the coloured ratings cannot be read.",
  formula: "Excel refused to send even one cell's formula, so the last-updated formulas cannot be read.",
  link: "Excel refused to send even one cell's link, so the links below the table cannot be read.",
};

/** What Office.js raises when a response would pass its limit; also raised when Excel answers a run with nothing. */
function refusedForSize(): Error {
  return Object.assign(new Error("Excel returned no cell properties for a read."), { code: "ResponsePayloadSizeLimitExceeded" });
}

/** What the door asks of each kind of cell, and its answers by cellKey. */
export interface Asked {
  fills: readonly CellAddress[];
  formulas: readonly CellAddress[];
  /** Asked only of a host with getCellProperties (ExcelApi 1.9). */
  links?: readonly CellAddress[];
}

interface Answers {
  fills: Map<string, string | null>;
  formulas: Map<string, string | null>;
  links: Map<string, string | null>;
}

/** The formula Excel gives a cell ("=TODAY()"), or null where the cell holds a value (Range.formulas gives the value). */
function formulaOf(cell: unknown): string | null {
  return typeof cell === "string" && cell.startsWith("=") ? cell : null;
}

/** The address a cell links to (a web page's, a file's), or null: a link to a place in the workbook has a document reference and no address. */
function linkOf(cell: XlCellProperties | undefined): string | null {
  const address = cell?.hyperlink?.address;
  return typeof address === "string" && address.trim() !== "" ? address : null;
}

/** A run queued in a sync: its fills or links (getCellProperties) or its range with formulas loaded. */
type Queued = { kind: "fill" | "link"; result: { readonly value: XlCellProperties[][] } } | { kind: "formula"; range: XlRange };

function queueRun(sheet: XlWorksheet, run: Run): Queued {
  const range = sheet.getRangeByIndexes(run.top - 1, run.column - 1, run.rows, 1);
  if (run.kind === "formula") return { kind: "formula", range: range.load("formulas") };
  return { kind: run.kind, result: range.getCellProperties(run.kind === "fill" ? FILL_PROPERTIES : LINK_PROPERTIES) };
}

/** A queued run's answer per row, or null when Excel sent none (refused for size). */
function answered(queued: Queued): (string | null)[] | null {
  if (queued.kind !== "formula") {
    const grid = queued.result.value;
    if (!Array.isArray(grid)) return null;
    return queued.kind === "fill" ? grid.map((row) => excelFillColour(row[0]?.format?.fill)) : grid.map((row) => linkOf(row[0]));
  }
  const grid = queued.range.formulas;
  return Array.isArray(grid) ? grid.map((row) => formulaOf(row[0])) : null;
}

/**
 * The runs, each with one call (getCellProperties for fills, ExcelApi 1.9; Range.formulas), fills and
 * formulas alike packed into as few syncs as the budget allows.
 */
async function readRuns(context: XlContext, asked: Asked, startBudget: number, answers: Answers): Promise<void> {
  let budget = startBudget;
  let refusals = 0;
  let runs = [...planRuns(asked.fills, "fill", budget), ...planRuns(asked.formulas, "formula", budget), ...planRuns(asked.links ?? [], "link", budget)];
  while (runs.length > 0) {
    const batch = nextBatch(runs, budget);
    const sheet = sheetsOf(context);
    const queued = batch.map((run) => queueRun(sheet(run.sheet), run));
    let rows: (string | null)[][];
    try {
      // One sync per batch is the point: each is as large as the payload limit allows, and under it there is only one.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      const got = queued.map(answered);
      if (got.some((r) => r === null)) throw refusedForSize();
      rows = got as (string | null)[][];
    } catch (error) {
      // A refused sync returned nothing: the same runs are read again, smaller, in more syncs.
      if (!isPayloadLimitError(error) || ++refusals > MAX_REFUSALS) throw error;
      if (batch.length === 1 && batch[0]!.rows === 1) throw new ExcelDoorError(ONE_CELL_REFUSED[batch[0]!.kind]);
      budget = Math.max(1, Math.floor(budget / 2));
      runs = splitRuns(runs, budget);
      continue;
    }
    batch.forEach((run, i) => {
      const into = run.kind === "fill" ? answers.fills : run.kind === "link" ? answers.links : answers.formulas;
      rows[i]!.forEach((answer, r) => into.set(cellKey(run.sheet, run.top + r, run.column), answer));
    });
    runs = runs.slice(batch.length);
  }
}

/** Before ExcelApi 1.9: each cell's format.fill.color, as many cells a sync as the budget takes. */
async function readCellByCell(context: XlContext, cells: readonly CellAddress[], budget: number, answers: Map<string, string | null>): Promise<void> {
  const distinct = [...new Map(cells.map((c) => [cellKey(c.sheet, c.row, c.column), c])).values()];
  const perSync = Math.max(1, Math.floor(budget / Math.max(CELL_REQUEST_BYTES, CELL_RESPONSE_BYTES)));
  for (let i = 0; i < distinct.length; i += perSync) {
    const sheet = sheetsOf(context);
    const loads: { cell: CellAddress; fill: XlRangeFill }[] = distinct.slice(i, i + perSync).map((cell) => ({
      cell,
      fill: sheet(cell.sheet).getRangeByIndexes(cell.row - 1, cell.column - 1, 1, 1).format.fill.load("color"),
    }));
    // A budget's worth of cells a sync: rarely more than one, for a tracker's rating column.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const { cell, fill } of loads) answers.set(cellKey(cell.sheet, cell.row, cell.column), excelFillColour({ color: fill.color }));
  }
}

/** The first of these sheets that is not in the workbook, or null when they all are. */
async function missingSheet(context: XlContext, names: readonly string[]): Promise<string | null> {
  const sheets = names.map((name) => ({ name, sheet: context.workbook.worksheets.getItemOrNullObject(name).load("name") }));
  await context.sync();
  return sheets.find((s) => s.sheet.isNullObject)?.name ?? null;
}

/** The fill colour of each cell, in the order asked (see excelFillColour); a missing sheet is named in the error. */
export async function readFills(context: XlContext, cells: readonly CellAddress[], options: FillReadOptions): Promise<(string | null)[]> {
  return (await readFillsAndFormulas(context, { fills: cells, formulas: [] }, options)).fills;
}

/**
 * The fill colour (see excelFillColour), the formula ("=TODAY()", null for a value) and the link (the
 * address it goes to, null for none) of each cell asked, in the order asked; a missing sheet is named
 * in the error. Hosts before ExcelApi 1.9 read the fills cell by cell, the formulas in syncs of their
 * own, and are not asked the links: each answers null, and the first reading stands.
 */
export async function readFillsAndFormulas(context: XlContext, asked: Asked, options: FillReadOptions): Promise<{ fills: (string | null)[]; formulas: (string | null)[]; links: (string | null)[] }> {
  const links = options.cellProperties ? (asked.links ?? []) : [];
  const cells = [...asked.fills, ...asked.formulas, ...links];
  const unasked = (asked.links ?? []).map(() => null);
  if (cells.length === 0) return { fills: [], formulas: [], links: unasked };
  const outside = cells.find((c) => !(Number.isInteger(c.row) && Number.isInteger(c.column) && c.row >= 1 && c.row <= MAX_ROWS && c.column >= 1 && c.column <= MAX_COLUMNS));
  if (outside) throw new ExcelDoorError(`Row ${outside.row}, column ${outside.column} of "${outside.sheet}" is not a cell of the sheet, so ${asked.fills.includes(outside) ? "its fill" : links.includes(outside) ? "its link" : "its formula"} cannot be read.`);
  const budget = options.budget ?? DEFAULT_READ_BUDGET;
  const answers: Answers = { fills: new Map(), formulas: new Map(), links: new Map() };
  try {
    if (options.cellProperties) await readRuns(context, { ...asked, links }, budget, answers);
    else {
      await readCellByCell(context, asked.fills, budget, answers.fills);
      await readRuns(context, { fills: [], formulas: asked.formulas }, budget, answers);
    }
  } catch (error) {
    // Excel's ItemNotFound does not say which sheet: one more sync finds it, to name it.
    if (errorCode(error) === "ItemNotFound") {
      const names = [...new Map(cells.map((c) => [c.sheet.toLowerCase(), c.sheet])).values()];
      const gone = await missingSheet(context, names).catch(() => null);
      if (gone !== null) throw new ExcelDoorError(`There is no sheet named "${gone}" any more.`);
    }
    throw error;
  }
  const answer = (from: Map<string, string | null>) => (c: CellAddress) => from.get(cellKey(c.sheet, c.row, c.column)) ?? null;
  return { fills: asked.fills.map(answer(answers.fills)), formulas: asked.formulas.map(answer(answers.formulas)), links: (asked.links ?? []).map(answer(answers.links)) };
}

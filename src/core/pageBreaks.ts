/**
 * Manual page breaks, as neither Excel nor LibreOffice has "keep with next": where a kept block
 * (a heading with its first rows, a small table, a chart: see keptBlocks) would straddle a page's
 * end in either application's pagination (see printedPage), a break goes before it, unless that
 * leaves a page less than half full. A table that runs past a page's end is continued on the next
 * page under its heading and header copied (see continuedTables); everything else flows as the
 * application pages it.
 */
import type { SheetPlan } from "./writePlan";
import { keptBlocks, type KeptBlock } from "./keptBlocks";
import { pagesOf, type Pages } from "./pageFlow";
import { TableCuts, withContinuations, type Continuation } from "./continuedTables";

/** Excel keeps at most this many manual breaks between rows on a sheet (its binary format allows 1,023). */
export const MAX_PAGE_BREAKS = 1_023;

/** A page may be left a quarter full to keep a chart whole on the next. */
const CHART_MIN_FILL = 0.25;

/**
 * Whether a break before `row` keeps the page at least half full (a quarter, for a chart) and surely before its end, and `block`
 * fits the page it starts. Where the application starts a page at `row` anyway, the break changes nothing there: one
 * application's page may end just above a heading that the other's would leave alone at a page's foot.
 */
function allows(p: Pages, row: number, block: KeptBlock): boolean {
  return (row === p.start || p.canBreakBefore(row, block.chart ? CHART_MIN_FILL : undefined)) && p.fitsFrom(row, block.last);
}

/** Turns the pages the application fills before `block`, leaving the page that holds its start (or might). */
function advanceTo(p: Pages, block: KeptBlock): void {
  while (p.y(block.first) >= p.end() + p.slack) p.turn();
}

/** Whether the block might run past the page's end. */
function straddles(p: Pages, block: KeptBlock): boolean {
  return p.y(block.last + 1) > p.end() - p.slack;
}

/** Where printed pages start, in the plan's rows before any copies are made, and where a table is continued. */
export interface Pagination {
  breaks: number[];
  continuations: Continuation[];
}

/** Walks the sheet's pages down the kept blocks, cutting the tables between them as it goes (see continuedTables). */
export function paginate(plan: SheetPlan, continueTables = true): Pagination {
  const blocks = keptBlocks(plan);
  const pages = pagesOf(plan);
  const tables = new TableCuts(plan, pages, blocks, continueTables);
  const breaks: number[] = [];
  for (const block of blocks) {
    breaks.push(...tables.cutAbove(block.first));
    for (const p of pages) advanceTo(p, block);
    if (!pages.some((p) => straddles(p, block))) continue;
    const row = breakRow(block, blocks, pages);
    if (row === undefined) continue;
    breaks.push(row);
    tables.breakAt(row);
    for (const p of pages) p.start = row;
  }
  breaks.push(...tables.cutAbove(Infinity));
  return { breaks, continuations: tables.continuations };
}

/** The row to start a page at so `block` prints whole: its first row, or earlier where the page might end first; never inside another block. */
function breakRow(block: KeptBlock, blocks: KeptBlock[], pages: Pages[]): number | undefined {
  let row = block.first;
  while (row > 1 && pages.some((p) => p.y(row) > p.end() - p.slack)) row--;
  // Else where one application's page starts just above the block (at a row or two before a heading): a break there leaves
  // that page as it is, where one before the heading would leave those rows alone on a page.
  const starts = pages.filter((p) => p.start < row && !p.canBreakBefore(row)).map((p) => p.start);
  for (const candidate of [row, ...starts]) {
    const at = outsideBlocks(candidate, blocks);
    if (pages.every((p) => allows(p, at, block))) return at;
  }
  return undefined;
}

/** `row`, or the first row of the kept block it falls inside, so a break never cuts another block. */
function outsideBlocks(row: number, blocks: KeptBlock[]): number {
  for (let moved = true; moved; ) {
    moved = false;
    for (const other of blocks) {
      if (other.first < row && row <= other.last) {
        row = other.first;
        moved = true;
      }
    }
  }
  return row;
}

/** `plan` with the breaks its kept blocks need, and each continued table's heading and header where it carries on. */
export function withPageBreaks(plan: SheetPlan): SheetPlan {
  const { breaks, continuations } = paginate(plan);
  if (breaks.length <= MAX_PAGE_BREAKS) return withContinuations({ ...plan, pageBreaks: breaks }, continuations);
  // More breaks than Excel keeps (a list of thousands of actions): the lists flow without repeated headings.
  return { ...plan, pageBreaks: paginate(plan, false).breaks.slice(0, MAX_PAGE_BREAKS) };
}

/**
 * Manual page breaks, as neither Excel nor LibreOffice has "keep with next": where a kept block
 * (a heading with its first rows, a small table, a chart: see keptBlocks) would straddle a page's
 * end in either application's pagination (see printedPage), a break goes before it, unless that
 * leaves a page less than half full. Everything else flows as the application pages it.
 */
import type { SheetPlan } from "./writePlan";
import { keptBlocks, type KeptBlock } from "./keptBlocks";
import { pageModels, type PageModel } from "./printedPage";

/** A page is not left less than half full for a block's sake. */
const MIN_FILL = 0.5;
/** How far an estimate may be off, as a share of a page: each application rounds row heights, widths and scale its own way. */
const SLACK = 0.03;

/** One application's pages as the breaks so far leave them. */
class Pages {
  /** top[r - 1] is the points above row r; top[n] the sheet's height. */
  private readonly top: number[];
  private readonly pageHeight: number;
  readonly slack: number;
  /** First row of the page being filled. */
  start = 1;

  constructor(
    model: PageModel,
    private readonly repeat: { last: number; height: number } | undefined,
  ) {
    this.top = [0];
    for (const h of model.rowHeights) this.top.push(this.top.at(-1)! + h);
    this.pageHeight = model.pageHeight;
    this.slack = SLACK * model.pageHeight;
  }

  /** Above row `row`, in points. */
  y(row: number): number {
    return this.top[Math.min(row, this.top.length) - 1]!;
  }

  /** Points a page starting at `start` holds: repeated rows take their share of every later page. */
  capacity(start = this.start): number {
    return this.pageHeight - (this.repeat && start > this.repeat.last ? this.repeat.height : 0);
  }

  /** Where the page being filled ends. */
  end(): number {
    return this.y(this.start) + this.capacity();
  }

  /** Turns the pages the application fills before `block`, leaving the page that holds its start (or might). */
  advanceTo(block: KeptBlock): void {
    while (this.y(block.first) >= this.end() + this.slack) {
      const end = this.end();
      let next = this.start + 1;
      while (this.y(next + 1) <= end) next++;
      this.start = next;
    }
  }

  /** Whether the block might run past the page's end. */
  straddles(block: KeptBlock): boolean {
    return this.y(block.last + 1) > this.end() - this.slack;
  }

  /** Whether a break before `row` keeps the page at least half full and surely before its end, and `block` fits the page it starts. */
  allows(row: number, block: KeptBlock): boolean {
    const filled = this.y(row) - this.y(this.start);
    return row > this.start && filled >= MIN_FILL * this.capacity() && this.y(row) <= this.end() - this.slack && this.y(block.last + 1) - this.y(row) <= this.capacity(row) - this.slack;
  }
}

/** The rows that start a new printed page, in order. */
export function choosePageBreaks(plan: SheetPlan): number[] {
  const blocks = keptBlocks(plan);
  if (blocks.length === 0) return [];
  const repeated = plan.print.repeatRows;
  const pages = pageModels(plan).map((model) => {
    const repeat = repeated && { last: repeated.last, height: model.rowHeights.slice(repeated.first - 1, repeated.last).reduce((a, b) => a + b, 0) };
    return new Pages(model, repeat);
  });
  const breaks: number[] = [];
  for (const block of blocks) {
    for (const p of pages) p.advanceTo(block);
    if (!pages.some((p) => p.straddles(block))) continue;
    const row = breakRow(block, blocks, pages);
    if (row === undefined) continue;
    breaks.push(row);
    for (const p of pages) p.start = row;
  }
  return breaks;
}

/** The row to start a page at so `block` prints whole: its first row, or earlier where the page might end first; never inside another block. */
function breakRow(block: KeptBlock, blocks: KeptBlock[], pages: Pages[]): number | undefined {
  let row = block.first;
  while (row > 1 && pages.some((p) => p.y(row) > p.end() - p.slack)) row--;
  for (let moved = true; moved; ) {
    moved = false;
    for (const other of blocks) {
      if (other.first < row && row <= other.last) {
        row = other.first;
        moved = true;
      }
    }
  }
  return pages.every((p) => p.allows(row, block)) ? row : undefined;
}

/** `plan` with the breaks its kept blocks need. */
export function withPageBreaks(plan: SheetPlan): SheetPlan {
  return { ...plan, pageBreaks: choosePageBreaks(plan) };
}

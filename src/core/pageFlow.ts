/**
 * How one application fills printed pages with a sheet's rows, as the engine estimates it (see
 * printedPage): rows flow onto a page until the next would pass its end, and repeated rows take
 * their share of every later page. Page breaks and continued tables both read it.
 */
import type { SheetPlan } from "./writePlan";
import { pageModels, type PageModel } from "./printedPage";

/** How far an estimate may be off, as a share of a page: each application rounds row heights, widths and scale its own way. */
const SLACK = 0.03;
/** A page is not left less than half full to keep rows together: a mostly blank page reads as a mistake. */
const MIN_FILL = 0.5;

/** One application's pages as the breaks so far leave them. */
export class Pages {
  /** top[r - 1] is the points above row r; top[n] the sheet's height. */
  private readonly top: number[];
  private readonly pageHeight: number;
  readonly slack: number;
  /** First row of the page being filled. */
  start = 1;
  /** Pages that start with a continued table's heading and header copied above their first row: row → the copies' height. */
  readonly copied = new Map<number, number>();

  constructor(
    model: PageModel,
    private readonly repeat: { last: number; height: number } | undefined,
    firstPrintedRow = 1,
  ) {
    this.start = firstPrintedRow;
    this.top = [0];
    for (const h of model.rowHeights) this.top.push(this.top.at(-1)! + h);
    this.pageHeight = model.pageHeight;
    this.slack = SLACK * model.pageHeight;
  }

  /** Above row `row`, in points. */
  y(row: number): number {
    return this.top[Math.min(row, this.top.length) - 1]!;
  }

  /** Points of the sheet's own rows a page starting at `start` holds: repeated rows take their share of every later page, copied rows of theirs. */
  capacity(start = this.start): number {
    return this.pageHeight - (this.repeat && start > this.repeat.last ? this.repeat.height : 0) - (this.copied.get(start) ?? 0);
  }

  /** Where the page being filled ends. */
  end(): number {
    return this.y(this.start) + this.capacity();
  }

  /** Whether a manual break before `row` leaves the page being filled at least half full, and comes surely before its end. */
  canBreakBefore(row: number, minFill = MIN_FILL): boolean {
    return row > this.start && this.y(row) - this.y(this.start) >= minFill * this.capacity() && this.y(row) <= this.end() - this.slack;
  }

  /** Whether rows `first` to `last` surely fit on the page a break before `first` starts. */
  fitsFrom(first: number, last: number): boolean {
    return this.y(last + 1) - this.y(first) <= this.capacity(first) - this.slack;
  }

  /** Starts the next page where the application would: at the first row that passes this one's end. */
  turn(): void {
    const end = this.end();
    let next = this.start + 1;
    while (this.y(next + 1) <= end) next++;
    this.start = next;
  }
}

/** Excel's and LibreOffice's pages of `plan`, each at its first page. */
export function pagesOf(plan: SheetPlan): Pages[] {
  const repeated = plan.print.repeatRows;
  return pageModels(plan).map((model) => {
    const repeat = repeated && { last: repeated.last, height: model.rowHeights.slice(repeated.first - 1, repeated.last).reduce((a, b) => a + b, 0) };
    // The rows above the print area (the generated note) take no room on the first page.
    return new Pages(model, repeat, plan.print.firstPrintedRow);
  });
}

/**
 * A table that runs onto another printed page starts that page again: a manual break, its heading
 * marked "(continued)" and a copy of its header row, so every printed page of a list says which
 * column is which. Excel's print titles repeat one block of rows only, and the Committee Pack
 * holds several tables. Where a page ends comes from the estimate the kept blocks' breaks use
 * (see pageFlow), taken early: the break comes before the page would end in either application,
 * less the estimate's slack, so neither pushes a table's last row of a page onto a page of its own,
 * and where it can leaves three of the table's rows on each side (see MIN_ROWS_BESIDE_CUT) and
 * misses the charts beside it (see cutRow).
 * The page walk (pageBreaks) asks where to cut as it goes; the copies are inserted at the end.
 * A table a chart reads is left to flow: copied rows would fall inside the chart's ranges.
 */
import type { PlanCell, SheetPlan } from "./writePlan";
import { WHOLE_SECTION_ROWS, sections, type KeptBlock } from "./keptBlocks";
import type { Pages } from "./pageFlow";
import { insertRows, type Insertion } from "./insertRows";

/** A section whose second row is a header row: the heading is `first`, the header `first + 1`, its rows run to `last`. */
type Table = KeptBlock;

/** A page that starts with `table`'s heading and header copied above row `at`. */
export interface Continuation {
  at: number;
  table: Table;
}

const isHeaderRow = (row: PlanCell[] | undefined) => row !== undefined && row.length > 0 && row.every((c) => c.style === "header");

/** "Overdue actions (28)" or "Overdue actions (28; 3 not checked)" → "Overdue actions (continued)": the counts are given where the list starts. */
export const continuedHeading = (heading: string) => `${heading.replace(/ \(\d+(; [^()]*)?\)$/, "")} (continued)`;

function readByChart(plan: SheetPlan, table: Table): boolean {
  return plan.charts.some((c) => [c.categories, ...c.series.map((s) => s.values)].some((r) => r.top <= table.last && r.bottom > table.first));
}

/**
 * The tables of `plan` that may be continued: a heading, a header row and more rows than a section
 * kept whole (a short one goes to the next page whole instead, or, beside a chart that cannot move,
 * flows: a page of "(continued)" and a header over a row or two would say more than the row), no
 * chart reading them.
 */
function continuable(plan: SheetPlan): Table[] {
  return sections(plan).filter((s) => s.last - s.first + 1 > WHOLE_SECTION_ROWS && isHeaderRow(plan.rows[s.first]) && !readByChart(plan, s));
}

/**
 * A cut leaves at least this many of a table's rows on each side: a page that ends, or starts
 * under a copied heading and header, with a row or two of the table reads as a mistake.
 */
export const MIN_ROWS_BESIDE_CUT = 3;

/** Where the tables of a sheet are cut, found as the page walk goes down the sheet. */
export class TableCuts {
  readonly continuations: Continuation[] = [];
  private readonly tables: Table[];
  private next = 0;
  /** The first row of the current table on the page being filled: a cut comes after it, so each page has a row (three where it can) under its header. */
  private pageFirst = 0;

  /** `blocks`: the rows a cut must not split (a chart beside the table, say). `continueTables` false: no table is cut, and the walk places the kept blocks' breaks alone. */
  constructor(
    plan: SheetPlan,
    private readonly pages: Pages[],
    private readonly blocks: KeptBlock[],
    continueTables = true,
  ) {
    this.tables = continueTables ? continuable(plan) : [];
  }

  /** Cuts the tables where they run past a page's end, above row `before`; returns the breaks, in order. */
  cutAbove(before: number): number[] {
    const breaks: number[] = [];
    for (; this.next < this.tables.length && this.tables[this.next]!.first < before; ) {
      const table = this.tables[this.next]!;
      if (this.pageFirst < table.first) this.pageFirst = table.first + 2;
      const last = Math.min(table.last, before - 1);
      for (let end = this.pageEnd(last); end !== undefined; end = this.pageEnd(last)) {
        const cut = this.cutRow(end, table);
        if (cut === undefined) {
          // No row suits a cut: the table runs on as the application turns the page.
          this.pageFirst = end;
          continue;
        }
        breaks.push(cut);
        if (cut === table.first) this.moveHeading(cut);
        else this.continueAt(cut, table);
      }
      if (table.last >= before) break;
      this.next++;
    }
    return breaks;
  }

  /**
   * A break the kept blocks need below a table's first row continues it there: in the current
   * table, or the one just passed, whose last rows flowed where the next block's break comes early.
   */
  breakAt(row: number): void {
    const table = [this.tables[this.next], this.tables[this.next - 1]].find((t) => t !== undefined && t.first + 2 < row && row <= t.last);
    if (table) this.continueAt(row, table);
  }

  /** The first row after `pageFirst`, up to `last`, that might not fit the page in either application. */
  private pageEnd(last: number): number | undefined {
    let first = last + 1;
    for (const p of this.pages) {
      while (p.y(this.pageFirst + 1) > p.end()) p.turn();
      const end = p.end() - p.slack;
      for (let r = this.pageFirst + 1; r < first; r++) {
        if (p.y(r + 1) > end) {
          first = r;
          break;
        }
      }
    }
    return first <= last ? first : undefined;
  }

  /**
   * Where to cut `table` for a page that might end above row `end`. A cut keeps the page at least
   * half full and, where it can, leaves MIN_ROWS_BESIDE_CUT of the table's rows on each side and
   * splits no kept block (a chart beside the table prints whole): the latest such row. Failing
   * that, on the table's first page, above its heading, so the heading, header and first rows
   * start the next page. Failing that, if the table's last rows might fit the page but for the
   * estimate's slack, no cut: they flow, and most likely stay. Otherwise the rows going over keep
   * their header, which says more than a page of rows without it: the latest row outside every
   * block, or where the page ends, through the chart. Undefined where no row will do.
   */
  private cutRow(end: number, table: Table): number | undefined {
    const roomy = this.latestBreak(Math.min(end, table.last - MIN_ROWS_BESIDE_CUT + 1), this.pageFirst + MIN_ROWS_BESIDE_CUT);
    if (roomy !== undefined) return roomy;
    if (this.headingMoves(table)) return table.first;
    if (this.pages.every((p) => p.y(table.last + 1) <= p.end())) return undefined;
    return this.latestBreak(end, this.pageFirst + 1) ?? (this.pages.every((p) => p.canBreakBefore(end)) ? end : undefined);
  }

  /** The latest row from `latest` down to `earliest` that a break suits in both applications, outside every kept block. */
  private latestBreak(latest: number, earliest: number): number | undefined {
    for (let row = latest; row >= earliest; row--) if (this.suitsBreak(row)) return row;
    return undefined;
  }

  /** Whether the page holding `table`'s heading and first rows may end above it, the heading, header and MIN_ROWS_BESIDE_CUT rows starting the next. */
  private headingMoves(table: Table): boolean {
    return this.pageFirst === table.first + 2 && this.suitsBreak(table.first) && this.pages.every((p) => p.fitsFrom(table.first, table.first + 1 + MIN_ROWS_BESIDE_CUT));
  }

  /** Whether a break before `row` splits no kept block (such as a chart beside the table) and keeps the page at least half full in both applications. */
  private suitsBreak(row: number): boolean {
    return !this.blocks.some((b) => b.first < row && row <= b.last) && this.pages.every((p) => p.canBreakBefore(row));
  }

  private moveHeading(row: number): void {
    for (const p of this.pages) p.start = row;
  }

  private continueAt(row: number, table: Table): void {
    this.continuations.push({ at: row, table });
    for (const p of this.pages) {
      // The page holds the heading and header copied above `row`, as tall as the originals.
      p.copied.set(row, p.y(table.first + 2) - p.y(table.first));
      p.start = row;
    }
    this.pageFirst = row;
  }
}

/** `plan` with each continuation's heading and header row (merges and all) copied in; breaks before a continuation start its page at the copies. */
export function withContinuations(plan: SheetPlan, continuations: Continuation[]): SheetPlan {
  const insertions: Insertion[] = continuations.map(({ at, table }) => {
    const [heading, ...rest] = plan.rows[table.first - 1]!;
    const continued = heading!.kind === "text" ? { ...heading!, value: continuedHeading(heading!.value) } : heading!;
    const merges = plan.merges.filter((m) => m.top === m.bottom && (m.top === table.first || m.top === table.first + 1)).map((m) => ({ ...m, top: m.top - table.first + 1, bottom: m.top - table.first + 1 }));
    return { at, rows: [[continued, ...rest], [...plan.rows[table.first]!]], merges };
  });
  return insertRows(plan, insertions);
}

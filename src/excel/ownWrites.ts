/**
 * Remembers where the door itself just wrote, so the "last updated" stamp can tell the
 * add-in's own edits from the user's on hosts without triggerSource (before ExcelApi 1.14).
 * Excel raises change events after a sync returns, so a region stays "ours" a little longer.
 */
import type { CellRange } from "../core/cells";

export interface WrittenRegion {
  sheet: string;
  range: CellRange;
}

export class OwnWrites {
  private active = 0;
  private recent: (WrittenRegion & { until: number })[] = [];

  constructor(
    private readonly now: () => number = Date.now,
    private readonly graceMs = 3_000,
  ) {}

  /** Wraps a write: while it runs every change event is the door's own. */
  async during<T>(regions: WrittenRegion[], write: () => Promise<T>): Promise<T> {
    this.active++;
    try {
      return await write();
    } finally {
      this.active--;
      const until = this.now() + this.graceMs;
      for (const r of regions) this.recent.push({ ...r, until });
    }
  }

  isWriting(): boolean {
    return this.active > 0;
  }

  /** True when the door wrote every cell of this range a moment ago. */
  covers(sheet: string, range: CellRange): boolean {
    const now = this.now();
    this.recent = this.recent.filter((r) => r.until >= now);
    const lower = sheet.toLowerCase();
    return this.recent.some(
      (r) => r.sheet.toLowerCase() === lower && r.range.top <= range.top && r.range.bottom >= range.bottom && r.range.left <= range.left && r.range.right >= range.right,
    );
  }
}

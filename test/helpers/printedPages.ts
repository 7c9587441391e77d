/** Where the engine's page estimate puts each row of a plan: shared by the page-break tests. */
import type { PageModel } from "../../src/core/printedPage";
import type { SheetPlan } from "../../src/core/writePlan";

/** The page (from 0) each row prints on in `model`: rows flow until one would pass the page's end, or a manual break. */
export function pagesOf(plan: SheetPlan, model: PageModel): number[] {
  const repeat = plan.print.repeatRows;
  const repeatHeight = repeat ? model.rowHeights.slice(repeat.first - 1, repeat.last).reduce((a, b) => a + b, 0) : 0;
  const breaks = new Set(plan.pageBreaks ?? []);
  const page: number[] = [];
  let current = 0;
  let used = 0;
  // Rows above the print area (the generated note) are not printed, and take no room on the first page.
  const first = (plan.print.firstPrintedRow ?? 1) - 1;
  model.rowHeights.forEach((h, i) => {
    if (i < first) return void page.push(0);
    const room = model.pageHeight - (current > 0 ? repeatHeight : 0);
    if (i > first && (breaks.has(i + 1) || used + h > room)) {
      current++;
      used = 0;
    }
    used += h;
    page.push(current);
  });
  return page;
}


/** Reading a generated list back from a sheet plan, as the Committee Pack lays its lists out. */
import type { SheetPlan } from "../../src/core/writePlan";

const texts = (row: SheetPlan["rows"][number]) => row.map((c) => ("value" in c ? String(c.value) : ""));

/** The filled cells of each row under the list headed "`heading` (n)", up to the blank row that ends it; none where there is no such list. */
export function listRows(plan: SheetPlan, heading: string): string[][] {
  const rows = plan.rows.map(texts);
  const start = rows.findIndex((r) => r[0]?.startsWith(`${heading} (`));
  if (start < 0) return [];
  const end = rows.findIndex((r, i) => i > start && r.every((t) => t === ""));
  return rows.slice(start + 1, end < 0 ? undefined : end).map((r) => r.filter(Boolean));
}

/**
 * Labels and counts a team writes under the table that the words of countTables.ts miss: a
 * rating's code as the label of its count ("B" beside =COUNTIF(F2:F6,"B")), and a count written
 * with its noun ("14 actions", as =COUNTA(H2:H15)&" actions" shows it). Asked only of a row
 * whose rating cell holds no rating, beside nothing that says what an action is.
 */
import type { CellValue } from "./cells";
import type { RagIndex } from "./ragIndex";

/** "B", "b", "B:", "B =": a code of the index alone, labelling the count of its rating. */
export function isRatingCodeLabel(value: CellValue, index: RagIndex): boolean {
  if (typeof value !== "string" || value.length > 8) return false;
  const code = value.trim().replace(/\s*[:=]$/, "").toLowerCase();
  return code.length > 0 && index.entries.some((e) => e.code.toLowerCase() === code);
}

/** "14 actions", "26 recommendations", "14 actions in total": a count with its noun, never a rating. */
export function isCountText(value: CellValue): boolean {
  return typeof value === "string" && /^\s*\d+\s+(actions?|recommendations?)(\s+in\s+total)?\s*$/i.test(value);
}

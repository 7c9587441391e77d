/**
 * Labels a team writes beside a count under the table that the words of countTables.ts miss: a
 * rating's code as the label of its count ("B" beside =COUNTIF(F2:F6,"B")). Asked only of a row
 * whose rating cell holds a count, beside nothing that says what an action is.
 */
import type { CellValue } from "./cells";
import type { RagIndex } from "./ragIndex";

/** "B", "b", "B:", "B =": a code of the index alone, labelling the count of its rating. */
export function isRatingCodeLabel(value: CellValue, index: RagIndex): boolean {
  if (typeof value !== "string" || value.length > 8) return false;
  const code = value.trim().replace(/\s*[:=]$/, "").toLowerCase();
  return code.length > 0 && index.entries.some((e) => e.code.toLowerCase() === code);
}

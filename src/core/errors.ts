/**
 * Thrown only when the engine cannot read a workbook at all (no tracker, no rating column).
 * Its message is one sentence for the user, saying what is wrong and what was looked for.
 */
export class WorkbookUnusableError extends Error {
  override readonly name = "WorkbookUnusableError";
}

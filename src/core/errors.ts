/**
 * Thrown only when the engine cannot read a workbook at all (no tracker, no rating column).
 * Its message is one sentence for the user, saying what is wrong and what was looked for.
 */
export class WorkbookUnusableError extends Error {
  override readonly name = "WorkbookUnusableError";

  constructor(
    message: string,
    /** The workbook's sheets, so a pane can still offer them in its settings (the way out of most such errors). */
    readonly sheets: readonly string[] = [],
  ) {
    super(message);
  }
}

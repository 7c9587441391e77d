/**
 * Thrown when a file cannot be read as an .xlsx workbook at all (not a zip, encrypted, damaged).
 * Its message is one sentence for the user: what is wrong and what was expected. No stack trace
 * is ever shown for it.
 */
export class WorkbookFileError extends Error {
  override readonly name = "WorkbookFileError";
}

/** The settings stored in the workbook cannot be used (damaged, or not valid): the file itself was read. */
export class StoredSettingsError extends WorkbookFileError {}

/** The reports a workbook holds, named in a sentence that says one was not found: oldest first, one said as the only one. */
import { listInWords } from "../sentences";

export function recordedReportsWords(labels: readonly string[]): string {
  return labels.length === 1 ? `the only recorded report is of ${labels[0]}` : `the recorded reports are of ${listInWords([...labels])}`;
}

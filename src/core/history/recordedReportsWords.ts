/** The reports a workbook holds, named in a sentence that says one was not found: oldest first, one said as the only one. */
import { listInWords } from "../sentences";

/** `unreadable`: how many other reports are recorded that cannot be read, so the one said is not the only one recorded. */
export function recordedReportsWords(labels: readonly string[], unreadable = 0): string {
  const readable = unreadable > 0 ? " that can be read" : "";
  return labels.length === 1 ? `the only recorded report${readable} is of ${labels[0]}` : `the recorded reports${readable} are of ${listInWords([...labels])}`;
}

/**
 * A status table kept under the plan, headed as a key is ("RAG | Status") but giving each line a rating and
 * where an action stands ("G | Meetings have taken place to discuss priorities."): not the RAG key, as its lines
 * say nothing of what a rating means, and not the plan's actions. The plan is read down to it, and it is said,
 * as its rated lines are neither counted nor read as the index.
 */
import type { Finding } from "./findings";
import type { StatusTable } from "./indexBlock";

export function statusTableFinding(sheet: string, table: StatusTable, headerRow: number): Finding {
  const heading = table.heading.join(" | ");
  const lines =
    table.lines === 1
      ? `its rated row, row ${table.firstLine}, says where an action stands rather than what the rating means, so it is neither counted nor read as the index`
      : `its ${table.lines} rated rows, from row ${table.firstLine} down, say where actions stand rather than what each rating means, so they are neither counted nor read as the index`;
  return {
    sheet,
    row: table.row,
    code: "status-table",
    severity: "warning",
    value: heading,
    message: `Row ${table.row} ("${heading}") heads a table of status updates below the table headed on row ${headerRow}, not a RAG key: ${lines}; if it is the key, write what each rating means beside it, such as "Blue | Completed".`,
  };
}

/**
 * Progress statuses a team may keep instead of RAG ratings ("Complete", "In progress", "Not started"):
 * recognised so that a rating column holding them is told once, as a column of statuses, rather
 * than as one invalid rating per row.
 */
import type { CellValue } from "./cells";
import { DONE_WORDS, bareWords } from "./completeWords";

const STATUSES = new Set([
  ...DONE_WORDS,
  "in progress",
  "inprogress",
  // An audit log's: "Implemented" is done (DONE_WORDS), these are not.
  "partly implemented",
  "partially implemented",
  "not implemented",
  "work in progress",
  "wip",
  "ongoing",
  "on going",
  "open",
  "started",
  "not started",
  "not yet started",
  "on track",
  "off track",
  "on hold",
  "paused",
  "delayed",
  "behind",
  "behind schedule",
  "at risk",
  "overdue",
  "pending",
  "outstanding",
  "underway",
  "under way",
  "planned",
  "scheduled",
  "to do",
  "todo",
  "cancelled",
  "canceled",
  "withdrawn",
  "superseded",
  "partially complete",
  "partially completed",
  "partly complete",
  "partly completed",
  "part complete",
  "embedded",
  "in hand",
  "not due",
  "not due yet",
]);

/** True when the cell holds a progress status and nothing else: "In progress", "Not started.", "COMPLETE". */
export function isStatusWord(value: CellValue): boolean {
  return typeof value === "string" && STATUSES.has(bareWords(value));
}

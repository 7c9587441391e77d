/** Shared set-up for the task pane tests: the pane over an in-memory door holding the reference plans. */
import { render, screen } from "@testing-library/react";
import type { CellValue } from "../../src/core/cells";
import type { StoreRecord } from "../../src/core/store";
import { SETTINGS_RECORD } from "../../src/core/store";
import { App } from "../../src/taskpane/App";
import type { AppProps } from "../../src/taskpane/App";
import { MemoryDoor } from "../fakes/memoryDoor";
import { peerReviewSheet } from "../fixtures/peerReview";
import { caseReviewSheet } from "../fixtures/caseReviews";

/** Reports as at a fixed date, so stale and overdue counts do not move with the calendar. */
export const AS_OF = "2022-06-01";

export function settingsRecord(settings: object): StoreRecord {
  return { ...SETTINGS_RECORD, json: JSON.stringify(settings) };
}

/** The peer review plan (ratings overridden by recommendation number) and the case reviews. */
export function referenceDoor(ratings: Partial<Record<number, CellValue>> = {}): MemoryDoor {
  return new MemoryDoor([peerReviewSheet(ratings), caseReviewSheet()], { label: "Action plans.xlsx", store: [settingsRecord({ asOf: AS_OF })] });
}

export const ACTION_BUTTONS = [
  "Generate RAG summary",
  "Check ratings",
  "Clear rating checks",
  "Colour ratings & add drop-down",
  "Clear colours & drop-down",
  "Highlight stale & overdue",
  "Clear stale & overdue highlights",
  "Fix ratings",
  "Refresh overview",
];

export function renderPane(props: AppProps) {
  return render(<App {...props} />);
}

/** Waits for the first reading of the workbook to finish. */
export async function paneReady(): Promise<void> {
  await screen.findByRole("img", { name: /^All actions:/ });
}

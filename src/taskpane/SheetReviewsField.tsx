/**
 * The review of a sheet with no Review column, set by hand: "the actions on Completed actions
 * belong to Frankie", where they would otherwise be counted under the sheet's name. Each is listed
 * with its own Remove button; Add checks it with the engine's schema and says in one sentence what is wrong.
 */
import type { Ref } from "react";
import type { SheetReviewRow } from "./sheetReviewRows";
import { newSheetReview } from "./sheetReviewRows";
import { SheetListField } from "./SheetListField";

export interface SheetReviewsFieldProps {
  rows: SheetReviewRow[];
  /** The sheets read that have no Review column, else every sheet known before the workbook is read. */
  sheetNames: string[];
  /** Whether the workbook was read, so an empty list means every tracker has a Review column. */
  read: boolean;
  /** A problem the schema found on save, shown under the list. */
  error?: string;
  /** The review box, focused when a save finds a problem here. */
  reviewRef?: Ref<HTMLInputElement>;
  /** What the text box holds, not yet added. */
  typed: string;
  onTyped: (typed: string) => void;
  onChange: (rows: SheetReviewRow[]) => void;
}

export function SheetReviewsField({ rows, sheetNames, read, error, reviewRef, typed, onTyped, onChange }: SheetReviewsFieldProps) {
  return (
    <SheetListField
      legend="Reviews of sheets"
      hint="Only for a sheet with no Review column whose actions belong to another review, such as a sheet of completed actions. Otherwise they are counted under the sheet's name."
      rows={rows}
      describe={(r) => ({ key: r.sheet, sheet: r.sheet, detail: `counted under ${r.review}`, removeLabel: (sheet) => `Remove the review of ${sheet}` })}
      sheetLabel="Sheet with no Review column"
      sheetNames={sheetNames}
      noSheets={read ? "None: all have a Review column" : undefined}
      inputLabel="Its review"
      addLabel="Add review"
      check={(sheet, typed) => newSheetReview(rows, sheet, typed)}
      error={error}
      inputRef={reviewRef}
      typed={typed}
      onTyped={onTyped}
      onChange={onChange}
    />
  );
}

/**
 * The engine's advice names the task pane's settings (core/settingsPlaces.ts). On the command line,
 * options stand in for them: where an option gave what the advice speaks of, the sentence names the
 * option, and where an option could change it, the option is offered beside the pane's setting.
 */
import { CHOOSE_TRACKER_SHEETS, CLEAR_SHEET_REVIEW, SETTINGS_NAME_REVIEW, SETTINGS_SAY_TO_READ, SHEET_REVIEWS_PLACE, TRACKER_SHEETS_ADVICE } from "../core/settingsPlaces";
import { capitalised } from "../core/text";

export interface GivenOptions {
  /** Sheets given with --sheet. */
  sheets: readonly string[];
  /** Sheets whose review --sheet-review gave. */
  reviewedSheets: readonly string[];
}

export function commandLineWords(text: string, given: GivenOptions): string {
  let said = text
    .replaceAll(SHEET_REVIEWS_PLACE, `with --sheet-review (or ${SHEET_REVIEWS_PLACE})`)
    .replaceAll(CHOOSE_TRACKER_SHEETS, "choose the tracker sheets with --sheet (or in the task pane's settings)");
  if (given.sheets.length > 0) {
    said = said
      .replaceAll(capitalised(SETTINGS_SAY_TO_READ), "--sheet says to read")
      .replaceAll(SETTINGS_SAY_TO_READ, "--sheet says to read")
      .replaceAll(capitalised(TRACKER_SHEETS_ADVICE), "Name the tracker's sheet with --sheet, or leave --sheet out to read every sheet")
      .replaceAll(TRACKER_SHEETS_ADVICE, "name the tracker's sheet with --sheet, or leave --sheet out to read every sheet");
  } else {
    // One pass over both spellings: a second would find the advice again inside the brackets it wrote.
    said = said.replace(new RegExp(`${TRACKER_SHEETS_ADVICE[0]!.toUpperCase()}${TRACKER_SHEETS_ADVICE.slice(1)}|${TRACKER_SHEETS_ADVICE}`, "g"), (found) =>
      `${found[0] === "T" ? "N" : "n"}ame the tracker's sheet with --sheet (or ${TRACKER_SHEETS_ADVICE})`,
    );
  }
  for (const sheet of given.reviewedSheets) {
    const named = `${SETTINGS_NAME_REVIEW} "${sheet}"`;
    if (said.startsWith(named)) said = said.replace(named, `--sheet-review names the review of sheet "${sheet}"`).replace(CLEAR_SHEET_REVIEW, "leave the sheet out of --sheet-review");
  }
  return said;
}

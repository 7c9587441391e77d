/**
 * Where the task pane's settings change what is read, as the engine's advice names them. The command
 * line, where options stand in for the settings, puts its own in their place (src/cli/commandLineWords.ts).
 */
export const TRACKER_SHEETS_ADVICE = "tick the tracker's sheet under Tracker sheets in the task pane's settings";
export const SHEET_REVIEWS_PLACE = "under Reviews of sheets in the task pane's settings";
/** Said where the tracker sheets or sheets' reviews read came from the settings. */
export const SETTINGS_SAY_TO_READ = "the settings say to read";
export const SETTINGS_NAME_REVIEW = "The settings name the review of sheet";
export const CLEAR_SHEET_REVIEW = "clear the sheet's review in the settings";
/** Said where a sheet read should perhaps not be. */
export const CHOOSE_TRACKER_SHEETS = "choose the tracker sheets in the settings";

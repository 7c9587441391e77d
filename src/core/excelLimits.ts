/** Limits Excel puts on what a workbook holds: every door keeps to them, and cuts text, the same way. */

/** Characters in one cell. */
export const MAX_CELL_TEXT = 32_767;
/** Characters in a drop-down list written out as text ("Blue,Green,Amber,Red"). */
export const MAX_LIST_SOURCE = 255;
/** Characters in a data validation's error alert. */
export const MAX_ALERT = 225;

/** The text cut to `max` characters, its end marked "…", so what was cut never passes for the whole. */
export function fitText(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Excel's last row. */
export const MAX_ROWS = 1_048_576;
/** Excel's last column, XFD. */
export const MAX_COLUMNS = 16_384;

/** The tallest row Excel allows, in points: Office.js refuses a taller one, and a file's taller row is shown at this height. */
export const MAX_ROW_HEIGHT = 409;

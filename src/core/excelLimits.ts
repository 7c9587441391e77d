/** Limits Excel puts on what a workbook holds: every door keeps to them, and cuts text, the same way. */

/** Characters in one cell. */
export const MAX_CELL_TEXT = 32_767;
/** Characters in a drop-down list written out as text ("Blue,Green,Amber,Red"). */
export const MAX_LIST_SOURCE = 255;
/** Characters in a data validation's error alert. */
export const MAX_ALERT = 225;

/**
 * Characters a cell formatted as text ("@") can show: Excel for the desktop shows a longer one as
 * "#####", so a generated cell of longer text keeps the General format (textFormatFits).
 */
export const MAX_TEXT_FORMAT_CHARS = 255;

/** Whether text can take the text format ("@") and still show in Excel. */
export const textFormatFits = (text: string): boolean => text.length <= MAX_TEXT_FORMAT_CHARS;

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

/** Characters in a formula, in one text within it, and functions nested in one another within it. */
export const MAX_FORMULA_LENGTH = 8_192;
export const MAX_FORMULA_TEXT = 255;
export const MAX_FORMULA_NESTING = 64;

const FORMULA_TEXT = /"((?:[^"]|"")*)"/;

/** Whether Excel takes the formula: its length, each quoted text's, and its brackets' depth (outside quoted text) as the most its functions can nest. */
export function fitsInFormula(formula: string): boolean {
  if (formula.length > MAX_FORMULA_LENGTH) return false;
  let depth = 0;
  let deepest = 0;
  // Split on a capturing pattern: the odd parts are the texts inside quotation marks.
  const parts = formula.split(FORMULA_TEXT);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i % 2 === 1) {
      if (part.replace(/""/g, '"').length > MAX_FORMULA_TEXT) return false;
      continue;
    }
    for (const ch of part) {
      if (ch === "(") deepest = Math.max(deepest, ++depth);
      else if (ch === ")") depth--;
    }
  }
  return deepest <= MAX_FORMULA_NESTING;
}

/**
 * Moves the relative references of a formula, as Excel does when a conditional format's
 * formula is read from another top-left cell. "$F12" moved down 8 rows is "$F20"; "$F$12",
 * text in quotes and function names such as LOG10( stay as they are.
 */
import { columnLetter, columnNumber } from "../core/cells";
import { MAX_COLUMNS, MAX_ROWS } from "./addresses";

const REFERENCE = /(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(!])/g;

function shiftPart(part: string, rows: number, columns: number): string {
  return part.replace(REFERENCE, (whole, colAbs: string, letters: string, rowAbs: string, digits: string) => {
    const column = columnNumber(letters);
    const row = Number(digits);
    if (column > MAX_COLUMNS || row < 1 || row > MAX_ROWS) return whole;
    const newColumn = colAbs ? column : column + columns;
    const newRow = rowAbs ? row : row + rows;
    if (newColumn < 1 || newRow < 1) return whole;
    return `${colAbs}${colAbs ? letters : columnLetter(newColumn)}${rowAbs}${newRow}`;
  });
}

export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  // Split on string literals ("…" with "" escapes) and leave those untouched.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : shiftPart(part, rows, columns)))
    .join("");
}

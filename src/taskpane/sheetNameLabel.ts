/**
 * How the pane shows a sheet's name beside others: Excel lets "Leo" and "Leo " be two tabs, and a
 * tab does not show the space, so where names in one list differ only by spaces at their ends, each
 * such space is shown as ␣ and a note says where they are; the spoken name says it in words, as a
 * screen reader may not read ␣. Any other name is shown as it is.
 */
import { sheetNameKey } from "../core/sheetMatch";

export interface SheetNameLabel {
  /** The name as shown: "Leo␣". */
  shown: string;
  /** "(ends with a space)", where the name is shown with its end spaces; undefined otherwise. */
  note?: string;
  /** The name as a screen reader says it: "Leo (ends with a space)". */
  spoken: string;
}

/** The symbol a space at either end of a name is shown as (U+2423 OPEN BOX). */
export const SHOWN_SPACE = "\u2423";

export function sheetNameLabel(name: string, names: readonly string[]): SheetNameLabel {
  const trimmed = sheetNameKey(name).trim();
  const lookAlike = names.some((other) => other !== name && sheetNameKey(other).trim() === trimmed);
  const before = /^\s*/.exec(name)![0].length;
  const after = before === name.length ? 0 : /\s*$/.exec(name)![0].length;
  if (!lookAlike || before + after === 0) return { shown: name, spoken: name };
  const note = `(${listOfEnds(before, after)})`;
  const shown = `${SHOWN_SPACE.repeat(before)}${name.slice(before, name.length - after)}${SHOWN_SPACE.repeat(after)}`;
  return { shown, note, spoken: `${name.trim()} ${note}` };
}

/** "begins with a space", "ends with 2 spaces", "begins with a space and ends with 2 spaces". */
function listOfEnds(before: number, after: number): string {
  const spaces = (n: number) => (n === 1 ? "a space" : `${n} spaces`);
  const ends = [...(before > 0 ? [`begins with ${spaces(before)}`] : []), ...(after > 0 ? [`ends with ${spaces(after)}`] : [])];
  return ends.join(" and ");
}

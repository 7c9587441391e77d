/**
 * Quoted texts too long for their rows. Excel shows and prints at most a 409-point row, about 27
 * lines of Calibri 11, and cuts the rest without a mark: a committee reading a printed list would
 * take the first lines of a long response for the whole of it. The cell still holds every word.
 */
import { MAX_ROW_HEIGHT } from "./excelLimits";
import { LINE_HEIGHT, mostWrappedLines, wrappedLines } from "./rowHeights";
import type { Action } from "./model";
import { listInWords, plural } from "./sentences";

/** The lines a row shows of a wrapped text. */
export const LINES_A_ROW_SHOWS = Math.floor(MAX_ROW_HEIGHT / LINE_HEIGHT);

/** Whether `text`, wrapped in a column `width` characters wide, needs more lines than a row shows. */
export function isCutShort(text: string, width: number): boolean {
  // Most texts are far too short to matter: the bound spares measuring each of them.
  return mostWrappedLines(text, width) > LINES_A_ROW_SHOWS && wrappedLines(text, width) > LINES_A_ROW_SHOWS;
}

/** Where a quoted text sits in a generated list: which of the action's texts, in a column how wide. */
export interface QuotedColumn {
  /** As the sentence names it: "response", "action". */
  name: string;
  width: number;
  text: (a: Action) => string;
}

/**
 * How many actions of one column a sentence names before it counts the rest: enough for any list a
 * committee reads, few enough that the note itself fits its row.
 */
const NAMED = 20;

/**
 * One sentence naming the actions of `listed` whose quoted texts a row cuts short, each by its
 * review and number as the printed list shows them; null when none is. Past NAMED, the actions whose
 * texts run furthest past a row are named, as the surest to be cut whatever the reader's font.
 */
export function cutShortSentence(listed: Iterable<Action>, columns: QuotedColumn[]): string | null {
  const cut = columns.map((column) => ({ column, actions: [] as Action[] }));
  for (const a of listed) for (const c of cut) if (isCutShort(c.column.text(a), c.column.width)) c.actions.push(a);
  const parts = cut.filter((c) => c.actions.length > 0).map(({ column, actions }) => `the ${actions.length === 1 ? column.name : `${column.name}s`} of ${namesOf(actions, column)}`);
  if (parts.length === 0) return null;
  return `Cut short on screen and in print, as a row shows about ${LINES_A_ROW_SHOWS} lines: ${listInWords(parts)}. Each cell holds the whole text (select it to read it in the formula bar), as the tracker does.`;
}

function namesOf(actions: Action[], column: QuotedColumn): string {
  const named = actions.length <= NAMED ? actions : longestNamed(actions, column);
  // "Frankie no. 3": a review's name may end in a number of its own ("Plan 2019-20").
  const names = named.map((a) => (a.ref ? `${a.review} no. ${a.ref}`.trim() : `row ${a.row} of ${a.sheet}`));
  return listInWords(actions.length > NAMED ? [...names, plural(actions.length - NAMED, "other")] : names);
}

/** The NAMED actions whose texts need the most lines, in the list's order (the first listed of equals). */
function longestNamed(actions: Action[], column: QuotedColumn): Action[] {
  const lines = actions.map((a) => wrappedLines(column.text(a), column.width));
  const longest = actions.map((_, i) => i).sort((a, b) => lines[b]! - lines[a]! || a - b);
  const kept = new Set(longest.slice(0, NAMED));
  return actions.filter((_, i) => kept.has(i));
}

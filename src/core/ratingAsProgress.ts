/**
 * A rating typed in the progress update column ("Green", a slip of a column when re-rating) puts a
 * word that says nothing of what was done where the update was, and a report would read the change as
 * progress. Said once per sheet; each such action is marked (Action.progressIsRating) so a report
 * takes it as reporting nothing, as if the update were cleared.
 */
import { columnLetter } from "./cells";
import type { Finding } from "./findings";
import type { Tracker } from "./model";
import type { RagIndex } from "./ragIndex";
import { choicesInWords, fewRowsInWords } from "./sentences";
import { capitalised } from "./text";

/**
 * A rating named by a colour says nothing of the work; one named in words ("Complete", "On track", a key of
 * the team's own) may be the update itself, and is left as written.
 */
const COLOUR = /^(?:blue|green|amber|red|yellow|grey|gray|black|purple)$/i;

export function markRatingsAsProgress(tracker: Tracker, index: RagIndex): Finding | undefined {
  const { response, rating } = tracker.columns;
  if (response === undefined || rating === undefined) return undefined;
  const words = new Map<string, string>();
  let longest = 0;
  for (const e of index.entries) {
    if (COLOUR.test(e.name)) words.set(e.name.toLowerCase(), e.name);
    words.set(e.code.toLowerCase(), e.code);
    longest = Math.max(longest, e.name.length, e.code.length);
  }
  const rows: number[] = [];
  const said: string[] = [];
  for (const a of tracker.actions) {
    // Most updates are sentences: too long to be a rating, they are not copied to be looked up.
    if (a.response.length > longest + 10 || a.response === "") continue;
    // Stops, brackets or quotes about it ("Green.", "(Green)", "Amber ...") say no more.
    const word = words.get(a.response.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "").toLowerCase());
    if (word === undefined) continue;
    a.progressIsRating = true;
    rows.push(a.row);
    if (!said.includes(`"${word}"`)) said.push(`"${word}"`);
  }
  if (rows.length === 0) return undefined;
  const one = rows.length === 1;
  const what = said.length === 1 ? `${said[0]}, a rating,` : `a rating (${choicesInWords(said)}),`;
  return {
    sheet: tracker.sheet,
    row: rows[0]!,
    column: columnLetter(response),
    code: "rating-as-progress",
    severity: "warning",
    message: `${capitalised(fewRowsInWords(rows))}: the progress update in column ${columnLetter(response)} says only ${what} not what was done, so ${one ? "the action is" : "the actions are"} counted as reporting no progress; if a rating was typed in the wrong column, put the update back and type the rating in column ${columnLetter(rating)}.`,
  };
}

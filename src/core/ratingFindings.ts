/** Findings for ratings that are missing, not in the index, or written in an unusual spelling. */
import type { CellRange } from "./cells";
import { columnLetter, columnNumber, isCellError, isUncalculatedFormula } from "./cells";
import { writtenRating } from "./ratings";
import type { Finding } from "./findings";
import type { Action } from "./model";
import type { RagEntry, RagIndex } from "./ragIndex";
import { quoted } from "./text";
import { choicesInWords, listInWords } from "./sentences";
import { hueFamily } from "./fillRating";
import { ratingErrorMessage } from "./errorValues";
import { saysComplete } from "./completeWords";
import { endsWithDirection, ratingsNamed } from "./ratingWords";
import type { EarlierRatingFinder } from "./earlierRoundRatings";

/** Said in a rating-colour-only finding where Fix ratings types the rating; not where it leaves the cell (a merged one, leftInMergeFinding). */
const FIX_RATINGS_DOES = " (Fix ratings does)";

/** A rating-colour-only finding's advice: 'type "Red" in it (Fix ratings does)'. */
function typeAdvice(fix: string): string {
  return `type "${fix}" in it${FIX_RATINGS_DOES}`;
}

/**
 * The finding of a rating given by colour alone that Fix ratings leaves as it is, in a merged cell
 * (`merges`: the sheet's rating merges): typing in the merged cell would rate every row it covers,
 * which is why it was left, so the advice is to unmerge it first and type the rating in the row's own cell.
 */
export function leftInMergeFinding(finding: Finding, merges: readonly CellRange[]): Finding {
  const { row, column, fix } = finding;
  if (row === undefined || column === undefined || fix === undefined) return finding;
  const at = columnNumber(column);
  const merge = merges.find((m) => row >= m.top && row <= m.bottom && at >= m.left && at <= m.right);
  const advice = merge
    ? `unmerge ${columnLetter(merge.left)}${merge.top}:${columnLetter(merge.right)}${merge.bottom} first, then type "${fix}" in ${column}${row}`
    : `type "${fix}" in it`;
  return { ...finding, message: finding.message.replace(typeAdvice(fix), advice) };
}

const didYouMean = (entry: RagEntry) => ` (did you mean ${entry.name}?)`;

/** An invalid rating's finding without the rating it suggests, where the fix is not in its cell (indexWordChanged.ts). */
export function withoutSuggestion(finding: Finding, index: RagIndex): Finding {
  const { fix, ...rest } = finding;
  const entry = index.entries.find((e) => spell(e, "code") === fix || spell(e, "name") === fix);
  return entry ? { ...rest, message: finding.message.replace(didYouMean(entry), "") } : finding;
}

export function spell(entry: RagEntry, spelling: "code" | "name"): string {
  return spelling === "code" ? entry.code : entry.name;
}

/** The ratings a cell may hold, as messages offer them: "Blue (B), Green (G), Amber (A) or Red (R)". */
export function allowed(index: RagIndex): string {
  const names = index.entries.map((e) => (e.code === e.name ? e.name : `${e.name} (${e.code})`));
  return choicesInWords(names);
}

/** Said of a rating cell that says the action is done: why the action is missing from the stale and overdue lists. */
const COMPLETE_NOT_CHASED = "; as it says the action is complete, the action is not listed as stale or overdue";

/** "N/A", "n/a", "NA", "Not applicable": put where an action has no rating yet or no longer applies, neither of which a rating says. */
const NOT_APPLICABLE = /^\s*(?:n\s*\/\s*a|n\.a\.?|na|not\s+applicable)\s*\.?\s*$/i;

/** ", or rate it Blue if it is complete", naming the index's complete rating, where it has one. */
function completeAdvice(index: RagIndex): string {
  const complete = index.entries.find((e) => e.complete);
  return complete ? ` or rate it ${complete.name} if it is complete` : "";
}

/** `earlier`: where the rating column is one round of several, what earlier rounds rated the actions unrated in it. */
export function ratingFindings(actions: Action[], ratingColumn: number, spelling: "code" | "name", index: RagIndex, earlier?: EarlierRatingFinder): Finding[] {
  const column = columnLetter(ratingColumn);
  const expected = allowed(index);
  const findings: Finding[] = [];
  // An invalid text is looked at for the ratings it names once, however many rows repeat it.
  const namedByText = new Map<string, RagEntry[]>();
  const ratingsIn = (value: string): RagEntry[] => {
    let named = namedByText.get(value);
    if (!named) namedByText.set(value, (named = ratingsNamed(index, value)));
    return named;
  };
  const withWords: Action[] = [];
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i]!;
    const { sheet, row, rating } = a;
    if (rating.kind === "unrated") {
      const what = a.ref ? `action ${a.ref}` : "this action";
      const since = earlier ? earlier.wordsFor(a) : "";
      if (a.statusComplete !== undefined) {
        const complete = index.entries.find((e) => e.complete);
        const said = `Row ${row}: ${what} has no rating, but its Status says ${quoted(a.statusComplete)}, so it is not listed as stale or overdue; ${complete ? `rate it ${complete.name}` : `enter ${expected}`}.`;
        findings.push({ sheet, row, column, code: "rating-unrated", severity: "warning", message: said, ...(complete ? { fix: spell(complete, spelling) } : {}) });
      } else findings.push({ sheet, row, column, code: "rating-unrated", severity: "warning", message: `Row ${row}: ${what} has no rating${since}; enter ${expected}.` });
    } else if (rating.kind === "invalid") {
      const value = writtenRating(a.ratingValue);
      const suggestion = rating.suggestion;
      const finding: Finding = {
        sheet,
        row,
        column,
        code: "rating-invalid",
        severity: "error",
        value,
        message: isUncalculatedFormula(a.ratingValue)
          ? `Row ${row}: the rating is a formula (${value}) whose result the file does not hold, so it cannot be read; open the workbook in Excel and save it so Excel stores the result, or type the rating.`
          : isCellError(a.ratingValue)
            ? ratingErrorMessage(row, `${column}${row}`, value, expected)
            : a.ratingValue instanceof Date
              ? `Row ${row}: the rating cell holds a date, ${value}, not a rating; expected ${expected}.`
              : NOT_APPLICABLE.test(value)
                ? `Row ${row}: ${quoted(value)} is not a rating, so the action is counted with an invalid rating; if it no longer applies, remove it from the plan${completeAdvice(index)}, or else enter ${expected}.`
                : `Row ${row}: ${quoted(value)} ${notARating(typeof a.ratingValue === "string" ? ratingsIn(a.ratingValue) : [], expected)}${suggestion ? didYouMean(suggestion) : ""}${saysComplete(a.ratingValue) ? COMPLETE_NOT_CHASED : ""}.`,
      };
      if (suggestion) finding.fix = spell(suggestion, spelling);
      findings.push(finding);
    } else if (rating.fill !== undefined && rating.byFormula) {
      // No fix: Fix ratings never overwrites a formula, so the advice is the formula's, and the finding promises nothing.
      const said = `the rating cell is filled ${hueFamily(rating.fill)} (${rating.fill}) and its formula gives nothing, so it is counted as ${rating.entry.name}; make the formula give "${spell(rating.entry, spelling)}" (Fix ratings leaves formulas as they are)`;
      findings.push({ sheet, row, column, code: "rating-colour-only", severity: "warning", value: "", message: colourOnlyMessage(row, said) });
    } else if (rating.fill !== undefined) {
      const fix = spell(rating.entry, spelling);
      const said = `the rating cell is filled ${hueFamily(rating.fill)} (${rating.fill}) with nothing typed in it, so it is counted as ${rating.entry.name}; ${typeAdvice(fix)}`;
      // value: what the cell holds, which a fix checks is still there before writing: nothing, or only spaces.
      findings.push({ sheet, row, column, code: "rating-colour-only", severity: "warning", value: typeof a.ratingValue === "string" ? a.ratingValue : "", message: colourOnlyMessage(row, said), fix });
    } else if (rating.withWords) {
      withWords.push(a);
    } else if (!rating.canonical) {
      // Written as the sheet mostly writes ratings, so a fixed sheet reads consistently.
      const fix = spell(rating.entry, spelling);
      const typed = String(a.ratingValue);
      findings.push({
        sheet,
        row,
        column,
        code: "rating-not-canonical",
        severity: "info",
        value: typed,
        message: `Row ${row}: ${quoted(typed)} is read as ${rating.entry.name}${spacesAround(typed)}; written as the sheet writes its ratings, it is "${fix}".`,
        fix,
      });
    }
  }
  if (withWords.length > 0) findings.push(withWordsFinding(withWords, column));
  return findings;
}

/** ", but has a space after it": the one difference a reader cannot see between "Red " and "Red". */
function spacesAround(typed: string): string {
  const leading = typed.slice(0, typed.length - typed.trimStart().length);
  const trailing = typed.slice(typed.trimEnd().length);
  if (!leading && !trailing) return "";
  const kind = /[\r\n]/.test(leading + trailing) ? (/[^\r\n]/.test(leading + trailing) ? "a space or line break" : "a line break") : "a space";
  return `, but has ${kind} ${leading && trailing ? "before and after it" : leading ? "before it" : "after it"}`;
}

const COUNT_WORDS = ["", "one", "two", "three", "four"];

/**
 * Why an invalid text is no rating. A cell naming two ratings or more ("Amber Green", "Amber → Green")
 * is a rating updated by adding the new one, the old one struck through (which a file keeps as text,
 * and Excel gives no add-in a sight of) or left in. Neither is counted, in any door.
 */
function notARating(named: readonly RagEntry[], expected: string): string {
  const n = named.length;
  if (n < 2) return `is not a rating in the index; expected ${expected}`;
  return `holds ${COUNT_WORDS[n] ?? n} ratings (${listInWords(named.map((e) => quoted(e.name)))}), perhaps an old one struck through or left in, so it is not read as a rating; the cell should hold only the current one, one of ${expected}`;
}

/**
 * One finding per sheet for ratings written with words after them ("Blue - Complete"): valid as the
 * team writes them, so no fix is offered, but the team is told how they are read.
 */
function withWordsFinding(actions: Action[], column: string): Finding {
  const examples: string[] = [];
  for (const a of actions) {
    const text = quoted(String(a.ratingValue).trim());
    if (!examples.includes(text)) examples.push(text);
    if (examples.length === 2) break;
  }
  const first = actions[0]!;
  const entry = first.rating.kind === "rated" ? first.rating.entry.name : "";
  const n = actions.length;
  const arrows = actions.filter((a) => endsWithDirection(String(a.ratingValue))).length;
  const after = arrows === 0 ? "words" : arrows === n ? (n === 1 ? "an arrow" : "arrows") : "words or arrows";
  return {
    sheet: first.sheet,
    // The first such cell, so a link goes to one; the sentence speaks for the column.
    row: first.row,
    column,
    code: "rating-with-words",
    severity: "info",
    message: `${n === 1 ? "1 rating" : `${n} ratings`} in column ${column} ${n === 1 ? "has" : "have"} ${after} after the rating, such as ${listInWords(examples)}: each is read as the rating it starts with (${quoted(String(first.ratingValue).trim())} as ${entry}), and Fix ratings leaves ${n === 1 ? "it" : "them"} as written.`,
  };
}

/** A colour-only rating's finding: what the row's cell shows and the advice, and why a rating typed matters. */
function colourOnlyMessage(row: number, said: string): string {
  return `Row ${row}: ${said}, so filters, screen readers and printouts in black and white read the rating too.`;
}

/**
 * A review, category or lead named one letter off another ("Franki" beside Frankie's 13 actions). Names
 * differing in case, spacing or "&" are already one group (grouping.ts); one letter more is counted
 * apart, so the committee reads a review of one action that is none. Said where a name of at most
 * two actions is one letter put in, taken out, changed or swapped after the first, in a word of six letters or more,
 * from a name of at least twice as many: "Child A" and "Child B", "Phase 1" and "Phase 2", or two
 * children's pseudonyms ("Leo", "Lea") are names of their own.
 */
import type { Finding } from "./findings";
import type { Action, GroupCount } from "./model";
import { editDistance } from "./editDistance";
import { listInWords, plural } from "./sentences";
import { groupingKey } from "./text";

const FEW = 2;
/** The shortest word a slip is looked for in: "Sara" and "Sarah", "Ellis" and "Ellie" are two children's names. */
const SHORTEST = 6;
/**
 * A word this long is no first name: one slipped at its end ("Safeguardign", "Commissioner" beside "Commissioners") is a
 * slip in a lead too. First names run to eleven letters and differ so by the pair (Christophe and Christopher).
 */
const LONG_WORD = 12;

/** Two adjacent letters the other way round ("Frnakie"), a slip editDistance counts as two. */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differ = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return differ.length === 2 && differ[1] === differ[0]! + 1 && a[differ[0]!] === b[differ[1]!] && a[differ[1]!] === b[differ[0]!];
}

const oneLetterOff = (a: string, b: string) => Math.abs(a.length - b.length) <= 1 && (editDistance(a, b) === 1 || isSwap(a, b));

const wordsOf = (name: string) => name.toLowerCase().replace(/&/g, " and ").split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * Whether two words one letter apart differ at the end: the last letter, or the last two swapped. People's
 * names do so by the pair (Louisa and Louise, Michael and Michaela, Christian and Christina), and so do
 * words (Police and Policy): a lead may be any of them, where a review's slip is as often at the end (Franki).
 */
function differsAtEnd(p: string, q: string): boolean {
  let same = 0;
  while (same < p.length && p[same] === q[same]) same++;
  return same >= Math.min(p.length, q.length) - 1 || (isSwap(p, q) && same === p.length - 2);
}

/**
 * Whether two words of one length differ in their last letter alone: two real words do so (Police and Policy, Louise and
 * Louisa) in a category, review or lead alike, where a slip more often drops, adds or swaps a letter ("Polcie", "Educaton").
 * A word of twelve letters or more is no such pair.
 */
function lastLetterChanged(p: string, q: string): boolean {
  return p.length === q.length && p.length < LONG_WORD && p.slice(0, -1) === q.slice(0, -1);
}

/** The same words but one, a word of letters alone, long enough to be mistyped rather than another name. */
function slipOf(x: readonly string[], y: readonly string[], endSlips: boolean): boolean {
  if (x.length !== y.length) return false;
  const differ = x.flatMap((w, i) => (w === y[i] ? [] : [i]));
  if (differ.length !== 1) return false;
  const [p, q] = [x[differ[0]!]!, y[differ[0]!]!];
  // A name's first letter is seldom the one mistyped, and changed it makes another name ("Hayden", "Kayden").
  return Math.max(p.length, q.length) >= SHORTEST && p[0] === q[0] && /^\p{L}+$/u.test(p) && /^\p{L}+$/u.test(q) && oneLetterOff(p, q) && !lastLetterChanged(p, q) && (endSlips || Math.max(p.length, q.length) >= LONG_WORD || !differsAtEnd(p, q));
}

export function nearNameFindings(actions: readonly Action[], groups: readonly GroupCount[], field: "review" | "category" | "lead"): Finding[] {
  const findings: Finding[] = [];
  // Each name's words once: a plan of many small reviews compares each with every other.
  const words = new Map(groups.map((g) => [g, wordsOf(g.name)]));
  for (const few of groups) {
    if (few.total > FEW) continue;
    const key = groupingKey(few.name);
    // A lead of one word may be a person's first name (Louisa, Louise); an agency's name of several words slips at the end as anywhere.
    const endSlips = field !== "lead" || words.get(few)!.length > 1;
    const near = groups.find((other) => other !== few && other.total >= 2 * few.total && slipOf(words.get(few)!, words.get(other)!, endSlips));
    if (!near) continue;
    const named = actions.filter((a) => groupingKey(a[field]) === key);
    const first = named[0];
    if (!first) continue;
    const rows = named.filter((a) => a.sheet === first.sheet).map((a) => String(a.row));
    const one = few.total === 1;
    findings.push({
      sheet: first.sheet,
      row: first.row,
      code: "near-name",
      severity: "warning",
      value: few.name,
      message: `${rows.length === 1 ? "Row" : "Rows"} ${listInWords(rows)}: the ${field} "${few.name}" is one letter off "${near.name}" (${plural(near.total, "action")}), so ${one ? "its action is" : `its ${plural(few.total, "action")} are`} counted as a ${field} of ${one ? "its" : "their"} own; if ${one ? "it belongs" : "they belong"} to ${near.name}, correct the name.`,
    });
  }
  return findings;
}

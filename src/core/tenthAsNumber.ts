/**
 * An action number Excel shortened: a plan numbering 2.1 … 2.9, 2.10, 2.11 (as the delivery plan
 * does) with 2.10 typed into a General cell holds the number 2.1, so 2.1 is used twice. Where one of
 * the two is a number and the sheet shows it numbers past 2.9 under 2 (2.9 or 2.11 just beside it,
 * or 2.11 anywhere in the review) with no 2.10 of its own, the duplicate is said to be 2.10
 * probably, and how to keep it. Where the sheet shows none of that, nothing is guessed.
 */
import type { Action } from "./model";

/** One of the two actions given the number, as the sheet holds it. */
export interface NumberUse {
  action: Action;
  /** Whether its cell holds a number (only a number loses its last zero; text keeps "2.10"). */
  isNumber: boolean;
  /** The actions of the same review just above and below it, where there are such. */
  before?: Action;
  after?: Action;
}

/** A number with one decimal that a last zero may have left: "2.1" (2.10), "3.2" (3.20). */
const ONE_DECIMAL = /^(\d+)\.([1-9])$/;

/**
 * The end of the duplicate-number sentence for `ref` used by `first` then `second` ("; as it follows
 * 2.9 on row 13, it is probably 2.10 typed as a number, …"), or undefined where the sheet does not
 * show it. `inReview` finds the review's action with a number, as the sheet shows it.
 */
export function tenthAsNumberClause(ref: string, first: NumberUse, second: NumberUse, refColumn: string, inReview: (ref: string) => Action | undefined): string | undefined {
  const m = ONE_DECIMAL.exec(ref);
  if (!m) return undefined;
  const [group, tenth] = [m[1]!, Number(m[2])];
  const meant = `${group}.${tenth}0`;
  if (inReview(meant)) return undefined;
  const below = `${group}.${tenth * 10 - 1}`;
  const above = `${group}.${tenth * 10 + 1}`;
  /** What shows the use is `meant`: the number below it or above it just beside it (before or after, as a plan may be sorted either way). */
  const shownBy = (use: NumberUse): string | undefined => {
    const beside = (a: Action | undefined) => a !== undefined && (a.ref === below || a.ref === above);
    if (beside(use.before)) return `follows ${use.before!.ref} on row ${use.before!.row}`;
    if (beside(use.after)) return `comes before ${use.after!.ref} on row ${use.after!.row}`;
    return undefined;
  };
  const [firstShown, secondShown] = [shownBy(first), shownBy(second)];
  const keep = `to keep ${meant}, format column ${refColumn} as Text and type ${meant} again, or type '${meant}`;
  const shortened = `${meant} typed as a number, which Excel keeps as ${ref}`;
  // The one in 2.10's place, where it is a number: one typed as text there was typed 2.1, no zero lost.
  if (secondShown && !firstShown) return second.isNumber ? `; as it ${secondShown}, it is probably ${shortened}; ${keep}` : undefined;
  if (firstShown && !secondShown) return first.isNumber ? `; as row ${first.action.row}'s ${firstShown}, that one is probably ${shortened}; ${keep}` : undefined;
  const higher = inReview(above);
  if (!higher || firstShown || secondShown) return undefined;
  // The plan numbers past .9 under the group, but neither use sits beside the numbers around the tenth.
  const numbers = [first, second].filter((u) => u.isNumber);
  if (numbers.length === 0) return undefined;
  const which = numbers.length === 1 ? (numbers[0] === second ? "it is" : `row ${first.action.row}'s is`) : "one of the two is";
  return `; as ${above} is on row ${higher.row} and ${meant} on none, ${which} probably ${shortened}; ${keep}`;
}

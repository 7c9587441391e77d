/**
 * Two actions written from one template ("Conduct a multi-agency audit of neglect cases." and "… of
 * child exploitation cases.") share most of their words, so similar wording alone would take one for
 * the other reworded. What tells them apart is a third action of the review written from the same
 * template: it has every word the two share, in the same order, and fills the place where they differ
 * with words of its own ("… of domestic abuse cases."). A reworded action has no such third: no other
 * action says "… audit of neglect cases" with another verb, so "Conduct" made "Carry out" is not
 * mistaken for a template's other instance.
 *
 * Only a place where both wordings have words of their own counts (one topic put for another): a
 * wording that only adds to or cuts the other ("…, including the voice of the child"), or puts a
 * typo right ("neglcet" made "neglect"), is an edit.
 * A report keeps 120 characters of a wording: what follows the cut is not known, so it counts for
 * nothing either way.
 */
import { editDistance } from "../editDistance";
import { isMeaningful, wordTokens } from "./meaningfulWords";

/** An action's meaningful words in order; `cut` where its report kept only the start of its wording (the last word, perhaps cut short, is left out). */
export interface Wording {
  words: string[];
  cut: boolean;
}

/** `tokens`: the title's words as wordTokens gives them, where the caller has them already. */
export function wordingOf(title: string, tokens = wordTokens(title)): Wording {
  const cut = title.endsWith("…");
  return { words: (cut ? tokens.slice(0, -1) : tokens).filter(isMeaningful), cut };
}

/** Where two wordings differ, around the words they share in order: `shared` and, before each of its words and after the last, what each says there. */
export interface Slots {
  shared: string[];
  slots: { a: string[]; b: string[] }[];
  /** Whether what each has after the last shared word is known: neither wording was cut. */
  tailKnown: boolean;
}

/** The longest run of words the two give in the same order (not necessarily together), and what each has around it. */
export function slotsOf(x: Wording, y: Wording): Slots {
  const [a, b] = [x.words, y.words];
  const n = a.length;
  const m = b.length;
  // lcs[i][j]: the longest shared run of a[i..] and b[j..].
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const shared: string[] = [];
  const slots: Slots["slots"] = [{ a: [], b: [] }];
  let [i, j] = [0, 0];
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      shared.push(a[i]!);
      slots.push({ a: [], b: [] });
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) slots[slots.length - 1]!.a.push(a[i++]!);
    else slots[slots.length - 1]!.b.push(b[j++]!);
  }
  const last = slots[slots.length - 1]!;
  last.a.push(...a.slice(i));
  last.b.push(...b.slice(j));
  return { shared, slots, tailKnown: !x.cut && !y.cut };
}

/**
 * The places where each wording has words the other lacks altogether: a word only moved ("the IRO
 * Annual Report" for "Annual Report from IRO") is no word of its own.
 */
function ownPlaces({ shared, slots, tailKnown }: Slots): number[] {
  const inA = slots.flatMap((s) => s.a);
  const inB = slots.flatMap((s) => s.b);
  const lacks = (words: string[], w: string) => !words.some((v) => v === w || isMisspelling(v, w));
  const known = (i: number) => i < shared.length || tailKnown;
  return slots.flatMap((s, i) =>
    known(i) && s.a.some((w) => lacks(inB, w)) && s.b.some((w) => lacks(inA, w)) ? [i] : [],
  );
}

/**
 * Whether two words are one word, one of them mistyped ("neglcet" for "neglect"): a typo put right is
 * no topic put for another. Two letters swapped, a plural ("abuses" for "abuse"), or one letter out
 * in words of nine letters or more; a letter more or another letter in a shorter word is as often
 * another word ("hotels" and "hostels", "carers" and "careers", "police" and "policy"), as is a
 * different first letter ("mothers", "fathers").
 */
export function isMisspelling(a: string, b: string): boolean {
  if (a === b || a[0] !== b[0]) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (longer === `${shorter}s` || longer === `${shorter}es`) return true;
  if (a.length === b.length) {
    const differ = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
    if (differ.length === 2 && differ[1] === differ[0]! + 1 && a[differ[0]!] === b[differ[1]!] && a[differ[1]!] === b[differ[0]!]) return true;
  }
  return shorter.length >= 9 && editDistance(a, b) === 1;
}

/** Whether one wording puts words of its own where the other has words of its own, rather than only adding to, cutting or reordering it. */
export function isSubstitution(slots: Slots): boolean {
  return ownPlaces(slots).length > 0;
}

/**
 * Whether `x` is a third instance of the template two wordings share: it has their shared words in
 * order, and where both have words of their own it has words of its own too, neither's.
 */
export function isThirdInstance(slots: Slots, x: Wording): boolean {
  const { shared } = slots;
  // The shared words found in x, each as early as it can be: what x has between them fills each place.
  const fills: string[][] = [[]];
  let k = 0;
  for (const w of x.words) {
    if (k < shared.length && w === shared[k]) {
      k++;
      fills.push([]);
    } else fills[fills.length - 1]!.push(w);
  }
  if (k < shared.length) return false;
  // What a wording cut short has after the last shared word may run on past its cut.
  const seen = x.cut ? k : k + 1;
  return ownPlaces(slots).some((i) => {
    if (i >= seen) return false;
    const own = fills[i]!;
    return own.length > 0 && own.every((w) => !slots.slots[i]!.a.includes(w) && !slots.slots[i]!.b.includes(w));
  });
}

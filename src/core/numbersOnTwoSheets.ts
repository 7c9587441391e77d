/**
 * An action number of one review used on two counted sheets. An action copied to another sheet, not
 * moved (two of Frankie's on a "Completed actions" sheet beside three new ones), is counted twice, and
 * two actions under one number cannot be followed from report to report. A sheet's own repeats are said
 * row by row (trackerReader.ts), and a sheet that repeats much of another by repeatedTrackers.ts: this
 * says the few a sheet shares with another, once for each pair of sheets: a number of the same review,
 * or a number and wording under another review (a sheet named as its own, with no Review column).
 */
import type { Finding } from "./findings";
import type { Action, Tracker } from "./model";
import { listInWords, plural } from "./sentences";
import { groupingKey } from "./text";

/** The rows named in the sentence, at most. */
const NAMED = 5;


/** `saidPairs`: "sheet\u0001other sheet" for the pairs already said to repeat each other, both counted. */
export function numbersOnTwoSheetsFindings(trackers: readonly Tracker[], saidPairs: ReadonlySet<string>): Finding[] {
  if (trackers.length < 2) return [];
  // Reviews as the counts group them ("Sam & Kyle" is "Sam and Kyle"), each name worked out once; numbers in any case.
  const reviews = new Map<string, string>();
  const keyOf = (a: Action) => {
    let review = reviews.get(a.review);
    if (review === undefined) reviews.set(a.review, (review = groupingKey(a.review)));
    return `${review}\u0001${a.ref.trim().toLowerCase()}`;
  };
  // The same number and wording under another review: a copy on a sheet named as its own review ("Completed actions").
  const wordedKey = (a: Action) => {
    const wording = (a.actions || a.recommendation).trim().toLowerCase();
    return wording === "" ? undefined : `${a.ref.trim().toLowerCase()}\u0001${wording}`;
  };
  const first = new Map<string, Action>();
  const firstWorded = new Map<string, Action>();
  const shared = new Map<string, { action: Action; earlier: Action }[]>();
  for (const t of trackers) {
    const own = new Map<string, Action>();
    const ownWorded = new Map<string, Action>();
    for (const a of t.actions) {
      if (a.ref.trim() === "") continue;
      const key = keyOf(a);
      if (own.has(key)) continue;
      own.set(key, a);
      const worded = wordedKey(a);
      if (worded !== undefined && !ownWorded.has(worded)) ownWorded.set(worded, a);
      const earlier = first.get(key) ?? (worded === undefined ? undefined : firstWorded.get(worded));
      if (earlier === undefined) continue;
      if (saidPairs.has(`${t.sheet}\u0001${earlier.sheet}`) || saidPairs.has(`${earlier.sheet}\u0001${t.sheet}`)) continue;
      const pair = `${t.sheet}\u0001${earlier.sheet}`;
      let pairs = shared.get(pair);
      if (!pairs) shared.set(pair, (pairs = []));
      pairs.push({ action: a, earlier });
    }
    for (const [key, a] of own) if (!first.has(key)) first.set(key, a);
    for (const [key, a] of ownWorded) if (!firstWorded.has(key)) firstWorded.set(key, a);
  }
  return [...shared.values()].map((pairs) => {
    const { action, earlier } = pairs[0]!;
    const named = pairs.slice(0, NAMED).map(
      (p) => `${p.action.review} ${p.action.ref} on row ${p.action.row} (${groupingKey(p.action.review) === groupingKey(p.earlier.review) ? "" : `${p.earlier.review} ${p.earlier.ref}, `}row ${p.earlier.row} there)`,
    );
    const more = pairs.length > NAMED ? [`${pairs.length - NAMED} more`] : [];
    const one = pairs.length === 1;
    return {
      sheet: action.sheet,
      row: action.row,
      code: "duplicate-ref",
      severity: "warning",
      message: `Sheet "${action.sheet}" uses ${plural(pairs.length, "action number")} that sheet "${earlier.sheet}" also uses for the same review or the same action: ${listInWords([...named, ...more])}; an action on both sheets is counted twice: if ${one ? "it is the same action, delete it" : "they are the same actions, delete them"} from one sheet, and if not, give each action its own number so reports can follow ${one ? "it" : "them"}.`,
    };
  });
}

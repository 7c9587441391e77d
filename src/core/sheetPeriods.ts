/**
 * Sheets named for the period each holds, as a team keeps a sheet per round of reporting: "Q1 2022-23",
 * "2022-23 Q2", "Qtr 3", "1st Qtr", "Q1 (Apr-Jun)", "June 2022", "Sept". Put in order, earliest first,
 * so the latest round can be told (roundTrackers.ts).
 */
import type { Settings } from "./settings";
import { parseTimeScaleText } from "./timeScale";
import { sheetNameKey } from "./sheetMatch";
import { isCopyName } from "./copyNames";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_WORD = /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?=\b|\d)/g;
/** "Q1", "Qtr 1", "Quarter 1", "1st Qtr", "first quarter". */
const QUARTER = /\b(?:q(?:tr|uarter)?\s*([1-4])|([1-4])(?:st|nd|rd|th)\s*(?:qtr|quarter)|(first|second|third|fourth)\s+quarter)\b/;
const ORDINALS = ["first", "second", "third", "fourth"];
/** A month range beside a quarter: "(Apr-Jun)", "Apr - Jun", "Jan to Mar". */
const MONTH_RANGE = /\(?\b[a-z]{3,9}\s*(?:-|–|to)\s*[a-z]{3,9}\b\)?/g;
/** A version after the period: "(2)", "v2", "version 2", "- copy", "new", "draft" (a copy beside the sheet it copies is none: roundSheets). */
// A "v" that ends a word is no version: "Nov 2022" is November, not "No" version 2022.
const VERSION = /\s*(?:\((\d+)\)|[-–]?\s*(?<![a-z])v(?:ersion)?\s*(\d{1,3})|[-–]?\s*\(?(copy|new|updated|latest|revised|draft|final)\)?)\s*$/;

interface Period {
  /** The period's last day, where the name gives a year (or its place in the tabs does: datedByNeighbours). */
  date: string | null;
  /** Its place in a cycle, a quarter of 4 or a month of 12, where the name says. */
  cycle: { n: number; of: 4 | 12 } | null;
  /** A later version of the same period: 0 for none, 1 for "copy", n for "(n)" or "vn". */
  version: number;
  /** The name without its period and version ("safeguarding" of "Safeguarding Q1"): rounds of one plan share it. */
  stem: string;
}

/** What a name says besides its period: its quarter, months, years and dates taken out. */
function stemOf(key: string): string {
  return key.replace(QUARTER, " ").replace(MONTH_RANGE, " ").replace(MONTH_WORD, " ").replace(/\bfy\b|\bfy(?=\d)|[\d./-]+/g, " ").replace(/[^\p{L}]+/gu, " ").trim();
}

function periodOf(name: string, locale: Settings["locale"]): Period | null {
  let key = name.toLowerCase().trim();
  const v = VERSION.exec(key);
  const version = v ? Number(v[1] ?? v[2] ?? 1) : 0;
  // "Q3 2026-27_v2": the separator before a version is no part of the period.
  if (v) key = key.slice(0, v.index).replace(/[\s_–-]+$/, "");
  const quarter = QUARTER.exec(key);
  if (quarter) {
    const cycle = { n: Number(quarter[1] ?? quarter[2] ?? ORDINALS.indexOf(quarter[3]!) + 1), of: 4 as const };
    // The quarter, then its year alone, wherever the name has them: "2022-23 Q1", "Q1-2022-23" and "Plan Q1 2022-23" read as "Q1 2022-23".
    const rest = key.replace(QUARTER, " ").replace(MONTH_RANGE, " ");
    const year = /\b(?:fy\s*)?\d{2,4}(?:\s*[-/]\s*\d{2,4})?\b/.exec(rest)?.[0];
    // A year the reader cannot place ("FY22") leaves the quarter undated, placed by its neighbours or the tab order.
    const date = year === undefined ? null : (parseTimeScaleText(`Q${cycle.n} ${year}`, locale).due ?? parseTimeScaleText(key, locale).due);
    return { date, cycle, version, stem: stemOf(key) };
  }
  const months = key.match(MONTH_WORD);
  const cycle = months?.length === 1 ? { n: MONTHS.indexOf(months[0]!.slice(0, 3)) + 1, of: 12 as const } : null;
  const date = parseTimeScaleText(key, locale).due;
  if (date !== null) return { date, cycle, version, stem: stemOf(key) };
  return cycle && !/\d/.test(key) ? { date: null, cycle, version, stem: stemOf(key) } : null;
}

/** The last day of the month `months` after the month of an ISO date. */
function monthsLater(iso: string, months: number): string {
  const [year, month] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7))];
  return new Date(Date.UTC(year, month + months, 0)).toISOString().slice(0, 10);
}

/**
 * A quarter or a month typed without its year among tabs that give theirs ("Q1 2022-23" | "Q2" | "Q3",
 * "Oct 22" | "Nov" | "Jan 23"): the period that follows the dated tab before it, the number of quarters
 * or months on that its name says, where that falls before the next dated tab.
 */
function datedByNeighbours(periods: { i: number; period: Period | null }[]): void {
  for (const [k, p] of periods.entries()) {
    const period = p.period;
    if (!period?.cycle || period.date !== null) continue;
    const before = periods.slice(0, k).reverse().find((q) => q.period?.date)?.period;
    const after = periods.slice(k + 1).find((q) => q.period?.date)?.period?.date;
    if (!before?.date || before.cycle?.of !== period.cycle.of) continue;
    const steps = (period.cycle.n - before.cycle.n + period.cycle.of) % period.cycle.of || period.cycle.of;
    const date = monthsLater(before.date, (steps * 12) / period.cycle.of);
    if (!after || date < after) p.period = { ...period, date };
  }
}

/**
 * Of sheet names, those that are periods of one plan, each plan's as indexes, earliest first: rounds
 * of one plan share what their names say besides the period ("Safeguarding Q1" and "Safeguarding Q2",
 * apart from "Training Q1" and "Training Q2"). A plan of fewer than two periods has none.
 * - Every name that gives a year ("Q1 2022-23", "June 2022"), in date order, a later version of one
 *   period ("Q2 2022-23 v2", "… final") after it; two of one period and version in tab order.
 *   A quarter or month without its year after one that gives it takes the period its place gives it (datedByNeighbours).
 * - Else every quarter or month named without a year ("Q1", "Qtr 2", "Sept"), in the tab order,
 *   where the tabs run forward (Q3 | Q4 | Q1, the next year's Q1 added after Q4) or backward
 *   (Q3 | Q2 | Q1, the newest tab first), whichever moves on the fewer periods; tabs in neither order: none.
 * A name that is another's with a copy's mark ("Delivery Plan 2019-20 (2)", "Q3 2026-27 - Copy") is that sheet's
 * copy, taken before an edit, never a later round or version of it (copyNames.ts), whatever period it names.
 */
export function roundSheets(names: readonly string[], locale: Settings["locale"]): number[][] {
  const byStem = new Map<string, { i: number; period: Period | null }[]>();
  for (const [i, name] of names.entries()) {
    if (names.some((other, j) => j !== i && isCopyName(name, other))) continue;
    const period = periodOf(name, locale);
    if (!period) continue;
    byStem.set(period.stem, [...(byStem.get(period.stem) ?? []), { i, period }]);
  }
  return [...byStem.values()].map(inOrder).filter((order) => order.length >= 2);
}

/** One plan's period tabs, in tab order, earliest first (see roundSheets); none where their order cannot be told. */
function inOrder(periods: { i: number; period: Period | null }[]): number[] {
  datedByNeighbours(periods);
  // Two tabs of one period and version (a plan's "Q3 2022-23" and a review named "Dec 2022") go in tab order: which holds the plan is the content's to tell (roundTrackers.ts).
  const dated = periods.flatMap(({ i, period }) => (period?.date ? [{ i, key: `${period.date}\u0001${String(period.version).padStart(4, "0")}\u0001${String(i).padStart(6, "0")}` }] : []));
  if (dated.length >= 2) return dated.sort((a, b) => (a.key < b.key ? -1 : 1)).map((d) => d.i);
  const cycled = periods.flatMap(({ i, period }) => (period?.cycle && period.date === null ? [{ i, ...period.cycle, version: period.version }] : []));
  if (cycled.length < 2 || new Set(cycled.map((c) => c.of)).size > 1) return [];
  const of = cycled[0]!.of;
  // A later version of a period stands just after it: the same place in the cycle, a step of none.
  const step = (a: (typeof cycled)[number], b: (typeof cycled)[number], forward: boolean) => {
    if (a.n === b.n) return b.version !== a.version && b.version > a.version === forward ? 0 : of;
    return ((((forward ? b.n - a.n : a.n - b.n) % of) + of) % of);
  };
  const moves = (forward: boolean) => cycled.slice(1).reduce((sum, c, k) => sum + step(cycled[k]!, c, forward), 0);
  const [forward, backward] = [moves(true), moves(false)];
  // Going round the cycle more than once is no order of rounds.
  if (Math.min(forward, backward) >= of) return [];
  const order = cycled.map((c) => c.i);
  return forward <= backward ? order : order.reverse();
}

/** A tab named by a period alone ("Jan 2027", "Q1 2026-27", "Sept"): no review's name. */
export function isPeriodAlone(name: string, locale: Settings["locale"]): boolean {
  return periodOf(name, locale)?.stem === "";
}

/**
 * What a period tab's name says besides its period and version, as the tab writes it: "Peer Review" of
 * "Peer Review Q3 2026-27 (2)"; undefined where it says nothing else ("Jan 2027", "Q1 2026-27").
 */
export function nameBesidesPeriod(name: string, locale: Settings["locale"]): string | undefined {
  const stem = periodOf(name, locale)?.stem;
  if (!stem) return undefined;
  const wanted = stem.split(" ");
  // The stem's words, in order, where the tab has them: from the first to the last as written, punctuation and all ("Children's Plan").
  const kept: RegExpExecArray[] = [];
  for (const w of name.matchAll(/\p{L}+/gu)) if (kept.length < wanted.length && w[0].toLowerCase() === wanted[kept.length]) kept.push(w);
  if (kept.length !== wanted.length) return stem;
  const written = name.slice(kept[0]!.index, kept.at(-1)!.index + kept.at(-1)![0].length);
  return /\d/.test(written) ? kept.map((w) => w[0]).join(" ") : written;
}

/**
 * Whether a review named `to` is the round after one named `from` of the same plan ("Q2 2022-23"
 * after "Q1 2022-23"), as a comparison of two reports meets a sheet per round. Periods in words read
 * alike in either locale.
 */
export function isNextRound(from: string, to: string): boolean {
  // One sheet is not its own next round, though two names alike sort as a sheet and its later version.
  if (sheetNameKey(from) === sheetNameKey(to)) return false;
  return roundSheets([from, to], "en-GB")[0]?.join() === "0,1";
}

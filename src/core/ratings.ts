/** Normalising a rating cell to an index entry: "b", " B ", "blue", "AMBER " are all ratings, and so is "Blue - Complete" (ratingWords.ts). */
import type { CellValue } from "./cells";
import { cellText, isBlank } from "./cells";
import { dateToIso } from "./dates";
import { formatLongDate } from "./longDate";
import type { RagEntry, RagIndex } from "./ragIndex";
import type { RatingStatus } from "./model";
import { foldText } from "./text";
import { entryWithWords } from "./ratingWords";
import { DONE_WORDS } from "./completeWords";
import { editDistance } from "./editDistance";

/** Words people type for a colour the index calls something else; used only to suggest a fix. */
const LOOSE_SYNONYMS: Record<string, string> = { yellow: "amber", orange: "amber", gray: "grey", grey: "gray" };

/** Coloured circles and squares typed or pasted as a rating, read as their colour's word to suggest a fix. */
const COLOUR_SYMBOLS: Record<string, string> = {
  "🔵": "blue", "🟦": "blue", "🟢": "green", "🟩": "green", "🟠": "amber", "🟧": "amber", "🟡": "amber", "🟨": "amber",
  "🔴": "red", "🟥": "red", "🟣": "purple", "🟪": "purple", "⚫": "black", "⬛": "black", "⚪": "white", "⬜": "white",
};
const COLOUR_SYMBOL = new RegExp(Object.keys(COLOUR_SYMBOLS).join("|"), "gu");

/** A rating the text says was given before: "Green (was Amber)" names Green alone. */
const EARLIER_RATING = /\b(was|previously|formerly|from)\s+[a-z]+/g;

export function findEntry(index: RagIndex, text: string): RagEntry | undefined {
  const folded = foldText(text);
  if (folded === "") return undefined;
  const entry = index.entries.find((e) => e.code.toLowerCase() === folded || e.name.toLowerCase() === folded);
  if (entry || !IN_BETWEEN.test(folded)) return entry;
  // An in-between rating with another mark between its colours ("Amber-Red" where the key says "Amber/Red") is that rating.
  const key = ratingNameKey(folded);
  return index.entries.find((e) => ratingNameKey(e.name) === key);
}

/** What names a rating however it is typed: case, and the dash, slash or spaces between an in-between rating's colours, aside. */
export function ratingNameKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s*[-–/]\s*|\s+/g, "-");
}

/** A dash or slash between two words: the mark of an in-between rating's name. */
const IN_BETWEEN = /[a-z]\s*[-–/]\s*[a-z]/;

export function normaliseRating(value: CellValue, index: RagIndex): RatingStatus {
  if (isBlank(value)) return { kind: "unrated" };
  // A number, a date, true/false or an error value is never a rating.
  if (typeof value !== "string") return { kind: "invalid" };
  const entry = findEntry(index, value);
  if (entry) return { kind: "rated", entry, canonical: value === entry.code || value === entry.name };
  const worded = entryWithWords(index, value);
  if (worded) return { kind: "rated", entry: worded, canonical: false, withWords: true };
  return { kind: "invalid", suggestion: suggestEntry(index, value) };
}

/** A likely meant rating for an invalid value ("Bleu", "blue.", "Yellow", "🟢", "Completed"), or undefined. */
export function suggestEntry(index: RagIndex, value: string): RagEntry | undefined {
  const folded = foldText(value.replace(COLOUR_SYMBOL, (symbol) => ` ${COLOUR_SYMBOLS[symbol]} `));
  const stripped = folded.replace(/[^a-z0-9 ]/g, "").trim();
  const direct = findEntry(index, stripped);
  if (direct && stripped !== "") return direct;
  // Own keys only: a cell reading "constructor" must not find Object's constructor.
  const synonym = Object.hasOwn(LOOSE_SYNONYMS, stripped) ? LOOSE_SYNONYMS[stripped] : undefined;
  if (synonym) {
    const hit = findEntry(index, synonym);
    if (hit) return hit;
  }
  if (stripped.length >= 3) {
    // The nearest name wins: "Gren" is one letter from Green and two from Red.
    const distances = index.entries.map((e) => editDistance(e.name.toLowerCase(), stripped));
    const nearest = Math.min(...distances);
    const close = index.entries.filter((_, i) => distances[i] === nearest);
    if (nearest <= 2 && close.length === 1) return close[0];
  }
  return namedInWords(index, folded) ?? namedByMeaning(index, stripped);
}

/**
 * The one rating whose meaning the text says in other words: "On track" is Green where Green means
 * "Action on track and progressing to plan", and "Completed" is the one rating that means complete.
 */
function namedByMeaning(index: RagIndex, stripped: string): RagEntry | undefined {
  const complete = index.entries.filter((e) => e.complete);
  // Words that say an action is done name the index's one complete rating: "Completed" means it.
  if (DONE_WORDS.has(stripped)) return complete.length === 1 ? complete[0] : undefined;
  // A phrase, not a word: "Plan" or "Issues" alone says too little to name a rating.
  if (!stripped.includes(" ")) return undefined;
  const phrase = new RegExp(`\\b${stripped}\\b`);
  const saying = index.entries.filter((e) => phrase.test(foldText(e.meaning)));
  return saying.length === 1 ? saying[0] : undefined;
}

/**
 * The one rating a longer text names: "Green (on track)", "Blue/Complete", "G - on track". A code
 * counts only as the first word ("n/a" does not name Amber); two ratings ("B/G") name none.
 */
function namedInWords(index: RagIndex, folded: string): RagEntry | undefined {
  const words = folded
    .replace(EARLIER_RATING, " ")
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");
  const mentioned = index.entries.filter((e) => words.includes(e.name.toLowerCase()) || words.includes(e.code.toLowerCase()));
  if (mentioned.length !== 1) return undefined;
  const only = mentioned[0]!;
  return words.includes(only.name.toLowerCase()) || words[0] === only.code.toLowerCase() ? only : undefined;
}

/** True when a cell holds something that reads as a rating of this index, words after it included ("Blue - Complete"). */
export function looksLikeRating(value: CellValue, index: RagIndex): boolean {
  return typeof value === "string" && (findEntry(index, value) !== undefined || entryWithWords(index, value) !== undefined);
}

/** A rating cell's value as lists and findings quote it: a date in words ("25 October 2021"), anything else as its text. */
export function writtenRating(value: CellValue): string {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? formatLongDate(dateToIso(value)) : cellText(value);
}

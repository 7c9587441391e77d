/**
 * A rating kept with its meaning after it, as a team's drop-down list often offers it: "Blue - Complete",
 * "Green – On track", "Amber: some delay", "Red (off track)", "B - complete". It is read as the rating
 * it starts with, where the rating's name or code is followed by a dash, a colon or an opening bracket
 * and then words that name no other rating. A dash separates only with a space before or after it
 * ("Blue - Complete", "Blue -Complete", "Blue- Complete"): with none it is part of a word, so
 * "Blue-sky thinking day held" and "Amber-ish" are no ratings. "Red - Amber" and "Green - was Amber"
 * name two ratings, so they stay invalid; "Blue/Green" and "B/G" have no such separator; "Blue: 3"
 * has no words, only a count. A capital letter that opens the words, followed by a word in small
 * letters, is a word, not a rating's code: "Green - A delay is expected" is Green ("Green - A" is not).
 * So is a rating with a direction of travel after it, "Green ↑" (DIRECTION).
 */
import type { RagEntry, RagIndex } from "./ragIndex";

/** Format characters take no space on screen: pasted text brings them in unseen (as foldText drops them). */
const INVISIBLE = /\p{Cf}/gu;
/** What may stand between a rating and its words: a dash with a space before or after it, or a colon or an opening bracket after an optional space. */
export const SEPARATOR = /^(?: [-–—]|[-–—](?= )| ?[:(])/;
/** A capital letter that opens the words, then a space and a word in small letters: "A delay", where "A" is no code. */
const OPENING_LETTER = /^( ?)\p{Lu}(?= \p{Ll})/u;
const LETTER = /\p{L}/u;
/**
 * A direction of travel after the rating, as adults' boards and community safety partnerships keep it
 * in the rating's cell: "Green ↑", "Amber →", "Red ↓", "Green▲", "Amber ⬆️". Arrows alone: "Amber → Green"
 * names a second rating (ratingsNamed).
 */
const ARROWS = "↑↓→←↗↘↖↙⬆⬇⬅➡▲▼△▽⇧⇩⇑⇓";
const DIRECTION = new RegExp(`^ ?(?:[${ARROWS}]\\u{FE0F}?)+$`, "u");
const ARROW = new RegExp(`[${ARROWS}]`, "u");

/** Whether a rating read with words after it has an arrow after it instead ("Green ↑"). */
export const endsWithDirection = (value: string): boolean => ARROW.test(value) && !LETTER.test(value.replace(/^\s*\p{L}+/u, ""));

interface Spelling {
  /** A name or code, lower case. */
  text: string;
  entry: RagEntry;
}

interface WordsReader {
  /** Every entry's name and code, longest first, so "Amber-Green - on track" is Amber-Green, not Amber. */
  spellings: Spelling[];
  /** Per entry, whether a text names any other entry: by name in any case, by code only as the index writes it ("A", never "a delay"). */
  namesOther: Map<RagEntry, (folded: string, plain: string) => boolean>;
}

const readers = new WeakMap<RagIndex, WordsReader>();

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The text as a whole word or phrase: "red" in "Red - off track", not in "redesigned". */
function wordPattern(text: string, flags: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped(text)}(?![\\p{L}\\p{N}])`, flags);
}

function readerFor(index: RagIndex): WordsReader {
  let reader = readers.get(index);
  if (reader) return reader;
  const spellings = index.entries
    .flatMap((entry) => [...new Set([entry.name.toLowerCase(), entry.code.toLowerCase()])].map((text) => ({ text, entry })))
    .filter((s) => s.text !== "")
    .sort((a, b) => b.text.length - a.text.length);
  const patterns = index.entries.map((entry) => ({ entry, name: wordPattern(entry.name.toLowerCase(), "u"), code: wordPattern(entry.code, "u") }));
  const namesOther = new Map(
    index.entries.map((entry) => {
      const others = patterns.filter((p) => p.entry !== entry);
      return [entry, (folded: string, plain: string) => others.some((p) => p.name.test(folded) || p.code.test(plain))] as const;
    }),
  );
  readers.set(index, (reader = { spellings, namesOther }));
  return reader;
}

/** The entry a rating with words after it reads as ("Blue - Complete" is Blue), or undefined. */
export function entryWithWords(index: RagIndex, value: string): RagEntry | undefined {
  const plain = value.normalize("NFKC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
  const folded = plain.toLowerCase();
  // A rating needs at least one character before its separator and one letter after it.
  if (folded.length < 3) return undefined;
  // Lower case can change a text's length (rarely): then the code is looked for in lower case too.
  const sameLength = folded.length === plain.length;
  for (const { text, entry } of readerFor(index).spellings) {
    if (!folded.startsWith(text)) continue;
    const after = folded.slice(text.length);
    if (DIRECTION.test(after)) return entry;
    const separator = SEPARATOR.exec(after);
    if (!separator) continue;
    const start = text.length + separator[0].length;
    const words = folded.slice(start);
    if (!LETTER.test(words)) return undefined;
    const plainWords = (sameLength ? plain.slice(start) : words).replace(OPENING_LETTER, "$1 ");
    return readerFor(index).namesOther.get(entry)!(words, plainWords) ? undefined : entry;
  }
  return undefined;
}

/** What stands between two ratings a cell holds: spaces (an old one struck through, as a file reads it), or an arrow with or without spaces. */
const BETWEEN_RATINGS = /^(?:\s*(?:→|⇒|➔|➜|-+>|=>)\s*|\s+)/u;

/**
 * The ratings a text holds when it is nothing but two or more of the index's rating names
 * separated by spaces or an arrow: "Amber Green" (Amber struck through, as a file reads it),
 * "Amber → Green", "Amber -> Green", "GREEN AMBER". Names count in any case, matched longest
 * first, each consuming its span, so an index's "Amber-Green Green" holds Amber-Green and Green,
 * not Amber too. Otherwise none: "Amber-Green", "Amber/Red", "A/R" and "B/G" are ratings between
 * two (written with "-" or "/"), not two ratings; codes are never read inside words ("A meeting
 * with Green Lane school", "Is A or B", "N/A - G"). For an invalid rating's text, to say why it is
 * not read.
 */
export function ratingsNamed(index: RagIndex, value: string): RagEntry[] {
  const folded = value.normalize("NFKC").replace(INVISIBLE, "").trim().toLowerCase();
  const names = index.entries.map((entry) => ({ entry, text: entry.name.toLowerCase() })).filter((n) => n.text !== "").sort((a, b) => b.text.length - a.text.length);
  const named: RagEntry[] = [];
  let at = 0;
  while (at < folded.length) {
    if (named.length > 0) {
      const between = BETWEEN_RATINGS.exec(folded.slice(at));
      if (!between) return [];
      at += between[0].length;
    }
    const rest = folded.slice(at);
    const name = names.find((n) => rest.startsWith(n.text) && !/^[\p{L}\p{N}]/u.test(rest.slice(n.text.length)));
    if (!name) return [];
    if (!named.includes(name.entry)) named.push(name.entry);
    at += name.text.length;
  }
  if (named.length < 2) return [];
  // "Amber Green" beside a six-point key's Amber-Green is that rating written with a space, not two ratings.
  const joined = joinedKey(folded);
  return index.entries.some((e) => joinedKey(e.name.toLowerCase()) === joined) ? [] : named;
}

/** A rating's name with whatever joins its words made one: "amber-green", "amber/green" and "amber green" alike. */
function joinedKey(name: string): string {
  return name.replace(/\s*[-–/]\s*|\s+/g, "-");
}

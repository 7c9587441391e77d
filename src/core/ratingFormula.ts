/**
 * The Excel formula that is TRUE where a cell holds a rating of the index as the engine reads one
 * (ratings.ts, ratingWords.ts): its name or code ("Blue", " b "), or the rating followed by a
 * separator and words ("Blue - Complete", "B: done", "Amber (awaiting sign-off)"), whatever the
 * words, so a wording typed after the formats were added is coloured too. "Blue-sky thinking day
 * held" and "Bluebell" have no separator, so they are no rating here either.
 *
 * A conditional format has no regular expressions, so the formula reads the words more strictly
 * than the engine where it can: a wrong colour misleads more than a missing one. Where the two differ:
 * - another rating's code counts anywhere in the words, even as a capital opening them: "Green - A
 *   delay is expected" is Green to the engine, no rating here;
 * - a letter is one with a capital and a small form, so words in a script without case are none;
 * - only spaces are trimmed: a tab, line break or non-breaking space around the rating, or between it
 *   and its separator, makes no rating (within the words they part words as spaces do), nor does an
 *   invisible character (a zero-width space) anywhere;
 * - a text starting with a longer rating that opens with this one and a separator ("Amber (minor)"
 *   where the index also has Amber) is never this rating, as the engine reads "Amber (minor) - x",
 *   even where the longer one has no separator after it ("Amber (minor)ish", Amber to the engine);
 * - words are parted by spaces and WORD_BREAKS only, so another rating named against a rarer mark
 *   ("Red - «Amber»", "Red - Amber&Green", "Red - Amber" with a zero-width space after it) is missed,
 *   and the first rating's colour shows where the engine finds two ratings and no valid one;
 * - a direction of travel after the rating ("Green ↑") is no separator here: such a rating is
 *   coloured as one of the sheet's own wordings (below), not when typed after the formats were added.
 *
 * The sheet's own wordings can be given too: each is matched as written (any case, spaces trimmed),
 * so a wording the engine reads but the formula would not ("Green - A delay is expected") keeps its colour.
 */
import type { RagEntry, RagIndex } from "./ragIndex";
import { SEPARATOR } from "./ratingWords";

/** Text in a formula, its quotation marks doubled. */
export function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The separators ratingWords.ts reads after a rating (its SEPARATOR), each between slashes, so a
 * FIND of "/" & the cell's next character(s) & "/" finds only a whole separator.
 */
const ONE_CHARACTER_SEPARATORS = "/:/(/";
const TWO_CHARACTER_SEPARATORS = "/ -/ –/ —/- /– /— / :/ (/";

/**
 * Characters read as spaces between words. The first, "/", is also the mark left where another
 * rating is named, so a slash the cell holds ("50/50") is turned into a space before it can pass for one.
 * Text pasted from Word or typed with Alt+Enter brings curly quotes, non-breaking spaces, tabs and
 * line breaks: "Green - on track\nAmber risk" names Amber.
 */
const MARK = "/";
const WORD_BREAKS = [MARK, "(", ")", "[", "]", ".", ",", ";", ":", "-", "–", "—", "!", "?", "'", '"', "‘", "’", "“", "”", "\u00a0", "\t", "\n", "\r"];

/** One character in a formula: a control character by its code, as a tab or line break inside a formula's text may not survive being written; codes below 128 are the same everywhere. */
function formulaChar(char: string): string {
  return char < " " ? `CHAR(${char.charCodeAt(0)})` : formulaText(char);
}

/** Longer than any cell's text (32,767 characters): MID to the end. */
const REST = 32_767;

/** A name or code as the formula sees it once word breaks are spaces: "Amber-Green" is "Amber Green". */
function asWords(text: string): string {
  let words = text;
  for (const mark of WORD_BREAKS) words = words.split(mark).join(" ");
  return words.replace(/ +/g, " ").trim();
}

/** `inner` with each `from` replaced by its `to`, both formulas. */
function nested(inner: string, replacements: readonly (readonly [string, string])[]): string {
  return replacements.reduce((text, [from, to]) => `SUBSTITUTE(${text},${from},${to})`, inner);
}

/** The replacements of texts by texts, as formulas. */
function texts(replacements: readonly (readonly [string, string])[]): [string, string][] {
  return replacements.map(([from, to]) => [formulaText(from), formulaText(to)]);
}

/** The entry's spellings, lower case and distinct, longest first as the engine tries them. */
function spellingsOf(entry: RagEntry): string[] {
  return [...new Set([entry.name, entry.code].map((s) => s.toLowerCase()).filter((s) => s !== ""))].sort((a, b) => b.length - a.length);
}

/** TRUE where the trimmed text is the entry's name or code followed by a separator and words naming no other rating. */
function withWords(trimmed: string, entry: RagEntry, index: RagIndex): string {
  const spellings = spellingsOf(entry);
  const starts = (s: string) => `LEFT(${trimmed},${s.length})=${formulaText(s)}`;
  // Where the spelling ends: the longer one where the text starts with it, else the shorter.
  const after = (offset: number) => {
    const [longer, shorter] = spellings;
    return shorter === undefined ? String(longer!.length + offset) : `IF(${starts(longer!)},${longer!.length + offset},${shorter.length + offset})`;
  };
  const next = (count: number) => `MID(${trimmed},${after(1)},${count})`;
  const separated = `OR(ISNUMBER(FIND("/"&${next(1)}&"/",${formulaText(ONE_CHARACTER_SEPARATORS)})),ISNUMBER(FIND("/"&${next(2)}&"/",${formulaText(TWO_CHARACTER_SEPARATORS)})))`;
  // From the separator's second character on: a dash or space there is no letter and no word.
  const words = `MID(${trimmed},${after(2)},${REST})`;
  const others = index.entries.filter((e) => e !== entry);
  // "Amber (minor)" starts with Amber and a separator: the engine reads it as the longer rating, so this one leaves it.
  const longerSpellings = others.flatMap(spellingsOf).filter((other) => spellings.some((s) => other.startsWith(s) && SEPARATOR.test(other.slice(s.length))));
  const otherCodes = [...new Set(others.map((e) => asWords(e.code)).filter((c) => c !== ""))];
  const otherNames = [...new Set(others.map((e) => asWords(e.name).toLowerCase()).filter((n) => n !== ""))];
  const spaced = `" "&TRIM(${nested(words, WORD_BREAKS.map((b) => [formulaChar(b), '" "'] as const))})&" "`;
  // Codes as the index writes them (SUBSTITUTE heeds case, as the engine does: "A", never "a delay"), names in any case.
  const marked = nested(`LOWER(${nested(spaced, texts(otherCodes.map((c) => [` ${c} `, MARK])))})`, texts(otherNames.map((n) => [` ${n} `, MARK])));
  return `AND(${[
    spellings.length === 1 ? starts(spellings[0]!) : `OR(${spellings.map(starts).join(",")})`,
    ...longerSpellings.map((s) => `NOT(${starts(s)})`),
    separated,
    // A letter has a capital and a small form: "Blue: 3" and "Blue -" have none.
    `NOT(EXACT(UPPER(${words}),LOWER(${words})))`,
    `NOT(ISNUMBER(FIND(${formulaText(MARK)},${marked})))`,
  ].join(",")})`;
}

/**
 * TRUE where `cell` (a reference such as "$F4") holds the entry: its name or code, one of the sheet's
 * `wordings` of it ("Blue - Complete"), or the name or code with any words after it.
 */
export function holdsRating(cell: string, entry: RagEntry, index: RagIndex, wordings: readonly string[] = []): string {
  const trimmed = `TRIM(${cell})`;
  return `OR(${[...plainSpellings(trimmed, entry, wordings), withWords(trimmed, entry, index)].join(",")})`;
}

/** TRUE where `cell` holds the entry's name or code, or one of the sheet's `wordings` of it, alone: the shorter formula, for where the longer would not fit. */
export function holdsPlainRating(cell: string, entry: RagEntry, wordings: readonly string[] = []): string {
  const plain = plainSpellings(`TRIM(${cell})`, entry, wordings);
  return plain.length === 1 ? plain[0]! : `OR(${plain.join(",")})`;
}

function plainSpellings(trimmed: string, entry: RagEntry, wordings: readonly string[]): string[] {
  return [...new Set([entry.name, entry.code, ...wordings].filter((s) => s !== ""))].map((s) => `${trimmed}=${formulaText(s)}`);
}

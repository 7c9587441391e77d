/** Turning the rows of an index (a block below a table, or a key sheet) into RAG entries. */
import type { RagEntry } from "./ragIndex";
import { DEFAULT_RAG_INDEX, isKnownColourName, makeEntry } from "./ragIndex";
import { saysRatingMeaning } from "./ratingMeaning";

/**
 * Which entries mean complete: those a key's "Complete?" column marks, or else those whose meaning
 * starts by saying complete, done or embedded (the committee's Green, "complete but not yet
 * embedded", is complete; Amber, "started but not yet completed", is not); when none says so, the
 * highest rating the key has, wherever it is listed (see highestRating), and none where its line says
 * another state: a key of "Not started", "Off track", "Some delay" and "On track" has no complete rating.
 */
export function markComplete(entries: RagEntry[], explicit?: boolean[]): RagEntry[] {
  if (explicit && explicit.some(Boolean)) return entries.map((e, i) => ({ ...e, complete: explicit[i] === true }));
  const complete = entries.map((e) => saysComplete(e.meaning));
  const highest = complete.some(Boolean) ? undefined : highestRating(entries);
  if (highest !== undefined) complete[highest] = true;
  return entries.map((e, i) => ({ ...e, complete: complete[i]! }));
}

/** Words saying a state other than done, as Blue's line may where a team keeps Blue for work not yet begun: "Not started", "On track". */
const saysNotDone = (meaning: string): boolean => saysRatingMeaning(meaning) && !/^(?:(?:action|work)\s+)?(?:fully\s+)?(?:complete\w*|done|closed|achieved|embedded|implemented|delivered|finished|signed\s+off)\b/i.test(meaning.trim());

/**
 * The entry taken as complete where no meaning says complete: Blue, which a team adds to a RAG key for
 * done work whether it lists it first or last ("Green, Amber, Red, Blue"); else Green, the highest a key
 * without it has ("Red | Not met", …, "Green | Met"); else the first. Never one whose line says another
 * state ("Blue | Not started", "Green | On track"): taking it as complete would stop its actions being
 * chased, so where that leaves none, none is complete and every action is chased.
 */
function highestRating(entries: readonly RagEntry[]): number | undefined {
  const named = (name: string) => entries.findIndex((e) => e.name.toLowerCase() === name);
  const blue = named("blue");
  const green = named("green");
  const candidates = blue >= 0 || green >= 0 ? [blue, green] : [0];
  return candidates.find((i) => i >= 0 && i < entries.length && !saysNotDone(entries[i]!.meaning));
}

const COMPLETE_WORD = /\b(?:complete|completed|embedded|achieved|closed|done|delivered|implemented|finished|signed\s+off)\b/i;
/**
 * Words just before the complete word that make it under way, not done: "Being implemented", "Partially delivered",
 * "Part-complete", "Mostly delivered", "Nearly complete", "Some actions delivered", "On track to complete".
 */
const UNDER_WAY_BEFORE = /\b(?:being|partially|partly|part|mostly|largely|nearly|almost|some\s+\w+|to)[\s-]+$/i;
/** Words after it that take it back: "Implemented in part", "Achieved in part", and "Closed - not achieved" in a later clause. */
const TAKEN_BACK = /\bin\s+part\b|\bnot\s+(?:achieved|met|completed|delivered|implemented)\b/i;

/**
 * Whether a meaning says complete, judged on its first clause: "Complete but not yet embedded" and the committee's
 * Green in other words, "Delivered, not yet embedded", do; "Some delay but expected to be completed",
 * "Partially delivered" and "Being implemented" do not. Only the first complete word is weighed, so "Completed and
 * being monitored" and "Implemented and being embedded" are done.
 */
export function saysComplete(meaning: string): boolean {
  const first = meaning.split(/\bbut\b|[;,:(]|\s[-–]\s/i)[0]!;
  const word = COMPLETE_WORD.exec(first);
  return (
    word !== null &&
    !UNDER_WAY_BEFORE.test(first.slice(0, word.index)) &&
    !/\b(not|to be|will|yet)\b|\bincomplete\b/i.test(first) &&
    !TAKEN_BACK.test(meaning)
  );
}

/**
 * A rating's name: words of letters, joined by spaces, or by a hyphen or slash as a six-point key
 * writes its in-between ratings ("Amber-Green", "Amber/Red"), which a key must not drop.
 */
const RATING_NAME = "[A-Za-z]+(?:(?:\\s*[-–/]\\s*|\\s+)[A-Za-z]+)*";
const PLAIN_NAME = new RegExp(`^${RATING_NAME}$`);
const CODE_THEN_NAME = new RegExp(`^([A-Za-z]{1,2})\\s*[-–:=]\\s*(${RATING_NAME})$`);
const NAME_THEN_BRACKETS = new RegExp(`^(${RATING_NAME})\\s*\\(([^()]+)\\)$`);

/**
 * Whether the name reads as a rating's: a spaced dash may part a name from words about it ("Amber - some
 * delay"), so words joined with spaces around the dash must each be a colour ("Amber - Green").
 */
function isRatingName(name: string): boolean {
  if (!/\s[-–/]|[-–/]\s/.test(name)) return true;
  return name.split(/\s*[-–/]\s*/).every(isKnownColourName);
}

/** An in-between rating's code where the key gives none: its colours' initials ("AG"), so it does not take Amber's "A". */
function joinedInitials(name: string): string | undefined {
  const words = name.split(/\s*[-–/]\s*/);
  return words.length > 1 ? words.map((w) => w.charAt(0)).join("") : undefined;
}

/** One entry from its name (maybe "B - Blue" or "Blue (B)"), meaning and optional code. */
export function entryFromParts(nameText: string, meaning: string, codeText?: string): RagEntry | null {
  const name = nameText.replace(/\s+/g, " ").trim();
  if (name === "" || name.length > 30) return null;
  const spelled = spelledAfterCode(name, meaning);
  if (spelled) return makeEntry(spelled.colour, spelled.meaning, false, name);
  const dashed = CODE_THEN_NAME.exec(name);
  if (dashed && isRatingName(dashed[2]!)) return makeEntry(dashed[2]!, meaning, false, dashed[1]);
  // "Blue (B)" gives a code; "Blue (Complete)" only a note, read as part of the meaning.
  const bracketed = NAME_THEN_BRACKETS.exec(name);
  if (bracketed && isRatingName(bracketed[1]!)) {
    const inside = bracketed[2]!.trim();
    if (/^[A-Za-z]{1,2}$/.test(inside)) return makeEntry(bracketed[1]!, meaning, false, inside);
    return makeEntry(bracketed[1]!, meaning ? `${inside}: ${meaning}` : inside, false, joinedInitials(bracketed[1]!));
  }
  // "G | On track": a usual code alone is the colour it stands for everywhere, so counts read "3 green", not "3 g".
  const usual = DEFAULT_RAG_INDEX.entries.find((e) => e.code === name.toUpperCase());
  if (usual) return makeEntry(usual.name, meaning, false, usual.code);
  if (!PLAIN_NAME.test(name) || !isRatingName(name)) return null;
  const code = codeText?.trim();
  return makeEntry(name, meaning, false, code && /^[A-Za-z0-9]{1,3}$/.test(code) ? code : joinedInitials(name));
}

/**
 * "B | Blue – embedded into the service" or "AG | Amber-Green – on track": the code first, then the
 * colour it stands for and what it means. Only where the colour's words are known colours whose
 * initials are the code, so "G | Good progress" stays a code with its meaning.
 */
function spelledAfterCode(code: string, meaning: string): { colour: string; meaning: string } | null {
  if (!/^[A-Za-z]{1,2}$/.test(code)) return null;
  const m = /^([A-Za-z]+(?:[-/][A-Za-z]+)*)(?:\s*[-–—:=,.]\s*|\s+|$)([\s\S]*)$/.exec(meaning.trim());
  if (!m) return null;
  const words = m[1]!.split(/[-/]/);
  const initials = words.map((w) => w.charAt(0)).join("");
  const stands = words.length === 1 ? words[0]!.toLowerCase().startsWith(code.toLowerCase()) : initials.toLowerCase() === code.toLowerCase();
  return stands && words.every(isKnownColourName) ? { colour: m[1]!, meaning: m[2]! } : null;
}

/**
 * Codes must tell entries apart: where first letters clash (Green and Grey), the entry listed
 * first keeps its letter, so "G" still means Green, and a later one is known by its full name.
 */
export function distinctCodes(entries: RagEntry[]): RagEntry[] {
  const taken = new Set<string>();
  return entries.map((e) => {
    const code = e.code.toLowerCase();
    if (!taken.has(code)) {
      taken.add(code);
      return e;
    }
    taken.add(e.name.toLowerCase());
    return { ...e, code: e.name };
  });
}

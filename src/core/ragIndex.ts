/** The RAG index: the ordered ratings a workbook uses, and which of them mean complete. */
import { findEntry } from "./ratings";
import { listInWords } from "./sentences";
import { capitalised } from "./text";
import type { RepeatedLine } from "./repeatedRatings";

export interface RagEntry {
  /** Short code as typed in the rating column, e.g. "B". */
  code: string;
  /** Display name, e.g. "Blue". */
  name: string;
  /** Fill colour as #RRGGBB. */
  colour: string;
  /** Text colour that reads clearly on the fill (WCAG AA contrast). */
  textColour: string;
  meaning: string;
  complete: boolean;
}

export type RagIndexSource =
  | { kind: "default" }
  | { kind: "block"; sheet: string; row: number }
  /** A key to the right of the table (indexBeside.ts): its heading's row, or its first entry's, and its ratings' column. */
  | { kind: "beside"; sheet: string; row: number; column: number }
  | { kind: "keySheet"; sheet: string }
  /** A legend row above the table's header (indexLegend.ts). */
  | { kind: "above"; sheet: string; row: number };

export interface RagIndex {
  /** Each rating once (repeatedRatings.ts). */
  entries: RagEntry[];
  source: RagIndexSource;
  /** The key's lines that named a rating again, and were not read; absent where there are none. */
  repeatedLines?: RepeatedLine[];
}

/** Colours for the rating names teams use; others fall back to grey. */
const KNOWN_COLOURS: Record<string, { colour: string; textColour: string }> = {
  blue: { colour: "#0070C0", textColour: "#FFFFFF" },
  green: { colour: "#00B050", textColour: "#000000" },
  amber: { colour: "#FFC000", textColour: "#000000" },
  yellow: { colour: "#FFFF00", textColour: "#000000" },
  red: { colour: "#C00000", textColour: "#FFFFFF" },
  grey: { colour: "#A6A6A6", textColour: "#000000" },
  gray: { colour: "#A6A6A6", textColour: "#000000" },
  black: { colour: "#000000", textColour: "#FFFFFF" },
  purple: { colour: "#7030A0", textColour: "#FFFFFF" },
};

type Colours = { colour: string; textColour: string };

/** Own keys only: a rating named "constructor" on a key sheet is not a colour. */
const knownColour = (word: string): Colours | undefined => (Object.hasOwn(KNOWN_COLOURS, word) ? KNOWN_COLOURS[word] : undefined);

/**
 * What a rating named in words says of its action, as the reference documents colour it: done is
 * blue, on track green, slipping amber, off track red, not started grey.
 */
const COLOUR_BY_WORDS: [RegExp, string][] = [
  [/\b(not (yet )?started|pending|superseded|not applicable|on hold)\b/, "grey"],
  [/\b(off track|not on track|behind|significant|serious|failing)\b/, "red"],
  [/\b(slipp\w*|delay\w*|at risk|some risk|minor|concern\w*)\b/, "amber"],
  [/\b(on track|on target|progressing|in progress|ongoing)\b/, "green"],
  [/\b(complete\w*|done|closed|achieved|embedded|implemented)\b/, "blue"],
];

/** Colours for a rating named otherwise, told apart from one another and from the unrated's light grey. */
const OTHER_COLOURS: Colours[] = [
  { colour: "#31859C", textColour: "#FFFFFF" },
  { colour: "#974706", textColour: "#FFFFFF" },
  { colour: "#1F3864", textColour: "#FFFFFF" },
  { colour: "#D883B7", textColour: "#000000" },
  { colour: "#7F7F00", textColour: "#FFFFFF" },
];

/**
 * A rating's colours: its colour's name ("Blue", "Black - closed"); two colours' mix for a rating
 * between them ("Amber-Green", "Amber/Red"); for a rating named in words ("Complete", "Off track"), the colour
 * its words, or its meaning's, give; else one of a few other colours, never the unrated's grey.
 */
export function coloursFor(name: string, meaning = ""): Colours {
  const key = name.trim().toLowerCase();
  const known = knownColour(key);
  if (known) return known;
  const parts = key.split(/\s*[-/–]\s*/).map(knownColour);
  if (parts.length === 2 && parts[0] && parts[1]) return mixed(parts[0].colour, parts[1].colour);
  // "Black - closed", "Green (on track)": the colour it starts with.
  const first = knownColour(key.split(/[^a-z]+/)[0] ?? "");
  if (first) return first;
  for (const text of [key, meaning.toLowerCase()]) {
    const said = COLOUR_BY_WORDS.find(([words]) => words.test(text));
    if (said) return KNOWN_COLOURS[said[1]]!;
  }
  let hash = 0;
  for (const c of key) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return OTHER_COLOURS[hash % OTHER_COLOURS.length]!;
}

const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);

/** Halfway between two colours. */
function mixed(a: string, b: string): Colours {
  const colour = `#${[0, 1, 2].map((i) => Math.round((channel(a, i) + channel(b, i)) / 2).toString(16).padStart(2, "0")).join("").toUpperCase()}`;
  return { colour, textColour: textColourOn(colour) };
}

/** The text colour for a rating's fill: the one given for its colour above, else black or white, as reads best on it. */
export function textColourOn(colour: string): string {
  const given = [...Object.values(KNOWN_COLOURS), ...OTHER_COLOURS].find((c) => c.colour === colour.toUpperCase());
  if (given) return given.textColour;
  return 0.299 * channel(colour, 0) + 0.587 * channel(colour, 1) + 0.114 * channel(colour, 2) > 150 ? "#000000" : "#FFFFFF";
}

export function isKnownColourName(text: string): boolean {
  return text.trim().toLowerCase() in KNOWN_COLOURS;
}

export function makeEntry(name: string, meaning: string, complete = false, code?: string): RagEntry {
  const tidy = name.trim();
  return {
    code: (code ?? tidy.charAt(0)).toUpperCase(),
    name: capitalised(tidy),
    meaning: meaning.trim(),
    complete,
    ...coloursFor(tidy, meaning),
  };
}

/** The peer review action plan's own index, used when a workbook has none. */
export const DEFAULT_RAG_INDEX: RagIndex = {
  source: { kind: "default" },
  entries: [
    makeEntry("Blue", "Action complete.", true),
    makeEntry("Green", "Action on track and progressing to plan."),
    makeEntry("Amber", "Action commenced, some delay will recover to completion."),
    makeEntry("Red", "Action experiencing threatening problems and issues, behind schedule and not expected to recover."),
  ],
};

/**
 * The same index with other ratings marked complete, as a team's settings may ask: one rating
 * ("Green") or several ("Blue, Green", "Blue and Green"), for example where Blue means embedded
 * and Green complete but not yet embedded. Unknown names are ignored; none known leaves it as it was.
 */
export function withCompleteRating(index: RagIndex, codesOrNames: string | undefined): RagIndex {
  if (!codesOrNames) return index;
  const hits = codesOrNames.split(/\s*(?:,|\/|&|\band\b)\s*/i).map((w) => findEntry(index, w));
  if (!hits.some(Boolean)) return index;
  return { ...index, entries: index.entries.map((e) => ({ ...e, complete: hits.includes(e) })) };
}

/** The words of the settings' complete rating that name no rating of the index ("Purple" in "Blue, Purple"). */
export function unknownCompleteRatings(index: RagIndex, codesOrNames: string | undefined): string[] {
  if (!codesOrNames) return [];
  return codesOrNames.split(/\s*(?:,|\/|&|\band\b)\s*/i).filter((w) => w.trim() !== "" && !findEntry(index, w));
}

/** The ratings that mean complete, as a sentence names them: "Blue", "Blue and Green". */
export function completeNames(index: RagIndex): string {
  const names = index.entries.filter((e) => e.complete).map((e) => e.name);
  return names.length === 0 ? "none" : listInWords(names);
}

/** "Blue means complete", "Blue and Green mean complete", "no rating means complete". */
export function completeSentence(index: RagIndex): string {
  if (!index.entries.some((e) => e.complete)) return "no rating means complete";
  const names = completeNames(index);
  return `${names} ${index.entries.filter((e) => e.complete).length > 1 ? "mean" : "means"} complete`;
}

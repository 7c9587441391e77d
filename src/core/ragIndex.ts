/** The RAG index: the ordered ratings a workbook uses, and which of them mean complete. */
import { findEntry } from "./ratings";
import { listInWords } from "./sentences";
import { capitalised } from "./text";

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
  | { kind: "keySheet"; sheet: string };

export interface RagIndex {
  entries: RagEntry[];
  source: RagIndexSource;
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

export function coloursFor(name: string): { colour: string; textColour: string } {
  const key = name.trim().toLowerCase();
  // Own keys only: a rating named "constructor" on a key sheet is not a colour.
  return (Object.hasOwn(KNOWN_COLOURS, key) ? KNOWN_COLOURS[key] : undefined) ?? { colour: "#D9D9D9", textColour: "#000000" };
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
    ...coloursFor(tidy),
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

/** The ratings that mean complete, as a sentence names them: "Blue", "Blue and Green". */
export function completeNames(index: RagIndex): string {
  const names = index.entries.filter((e) => e.complete).map((e) => e.name);
  return names.length === 0 ? "none" : listInWords(names);
}

/** "Blue means complete", "Blue and Green mean complete". */
export function completeSentence(index: RagIndex): string {
  const names = completeNames(index);
  return `${names} ${index.entries.filter((e) => e.complete).length > 1 ? "mean" : "means"} complete`;
}

/** Text tidying shared by header matching and grouping. */

/** Format characters take no space on screen (zero-width space, joiners, byte-order mark): pasted text brings them in unseen. */
const INVISIBLE = /\p{Cf}/gu;

/**
 * Lower case, line breaks and repeated spaces folded, trimmed: "RAG \nRating" → "rag rating".
 * Full-width letters ("Ｂ") read as their plain forms, and invisible characters are dropped,
 * so a rating that looks right is read as the rating it looks like.
 */
export function foldText(text: string): string {
  // ASCII is its own NFKC form and holds no format character: most headers and cells skip both passes.
  const visible = NOT_ASCII.test(text) ? text.normalize("NFKC").replace(INVISIBLE, "") : text;
  return singleSpaced(visible).trim().toLowerCase();
}

/** A character past ASCII: where none is, NFKC and the format-character pass change nothing. */
const NOT_ASCII = /[^\p{ASCII}]/u;
/** Whitespace that single spacing changes: a run of two or more, or any but a plain space. */
const UNTIDY_SPACE = /\s\s|[^\S ]/;

/** Every run of whitespace made one space; text with none to change (most of it) is returned as it is, not rebuilt. */
function singleSpaced(text: string): string {
  return UNTIDY_SPACE.test(text) ? text.replace(/\s+/g, " ") : text;
}

/** `text` cut to `length` characters at most, an ellipsis where it was cut: a cell's text quoted in a sentence. */
export function cutTo(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

/** Control and format characters and line separators: what a reader cannot see, written out (\n, \t, \u200B). */
const UNSEEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** A cell's text in quotation marks as a message shows it, with what cannot be seen written out: "G\n", "\u200BGreen". */
export function quoted(text: string): string {
  const shown = text.replace(UNSEEN, (ch) => {
    if (ch === "\n") return "\\n";
    if (ch === "\t") return "\\t";
    if (ch === "\r") return "\\r";
    return `\\u${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  });
  return `"${shown}"`;
}

/** Header text for matching: folded, punctuation other than & and / dropped. */
export function headerKey(text: string): string {
  return singleSpaced(foldText(text).replace(/[^a-z0-9&/# ]+/g, " ")).trim();
}

/**
 * The key two spellings of a category share: case and spaces do not matter, not even a
 * line break typed inside a word ("Shared Priorities/ Engage\nment").
 */
export function groupingKey(text: string): string {
  // "Finance." is "Finance"; "Learning & Improvement" is "Learning and Improvement".
  return text
    .toLowerCase()
    .replace(/[\s.:;,]+$/, "")
    .replace(/\s*&\s*/g, "and")
    .replace(/\s+/g, "");
}

/** groupingKey, each text worked out once: tens of thousands of actions share a few review and category names. */
export function rememberedGroupingKey(): (text: string) => string {
  const keys = new Map<string, string>();
  return (text) => {
    let key = keys.get(text);
    if (key === undefined) keys.set(text, (key = groupingKey(text)));
    return key;
  };
}

/** A sentence ('Sheet "Lists" was skipped: ….') as a clause of a longer one: its capital lowered, its full stop taken off. */
export function withinSentence(sentence: string): string {
  return sentence.charAt(0).toLowerCase() + sentence.slice(1).replace(/\.$/, "");
}

/** The text with its first letter in capitals, to open a sentence. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Text tidying shared by header matching and grouping. */

/** Lower case, line breaks and repeated spaces folded, trimmed: "RAG \nRating" → "rag rating". */
export function foldText(text: string): string {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}

/** Header text for matching: folded, punctuation other than & and / dropped. */
export function headerKey(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9&/# ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The key two spellings of a category share: case and spaces do not matter, not even a
 * line break typed inside a word ("Shared Priorities/ Engage\nment").
 */
export function groupingKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, "");
}

/** Display form of a cell's text: whitespace folded to single spaces. */
export function tidyText(text: string): string {
  return /\s\s|[^\S ]|^\s|\s$/.test(text) ? text.replace(/\s+/g, " ").trim() : text;
}

/**
 * A word of the workbook's index changed ("Blue" edited to "Bleu", or to "Complete") turns every
 * rating written with the old word invalid. Each of those cells gets its own error, which reads as if
 * the ratings were wrong; this one finding points at the index, where one edit puts them all right.
 */
import type { Finding } from "./findings";
import type { Action } from "./model";
import { DEFAULT_RAG_INDEX, type RagEntry, type RagIndex } from "./ragIndex";
import { editDistance } from "./editDistance";
import { indexSourceText } from "./otherIndexes";
import { listInWords } from "./sentences";

/** Fewer cells than this written one way are slips on the sheet, not a word the index lost. */
const FEW = 3;
const DEFAULT_NAMES = new Set(DEFAULT_RAG_INDEX.entries.map((e) => e.name.toLowerCase()));

interface Written {
  text: string;
  count: number;
}

/** The index entry a word is a slip of: the same first letter, at most two letters off ("Bleu", "Blu"). */
function entryNear(word: string, entries: readonly RagEntry[]): RagEntry | undefined {
  return entries.find((e) => {
    const name = e.name.toLowerCase();
    return name[0] === word[0] && name.length >= 3 && editDistance(name, word) <= 2;
  });
}

/** Invalid ratings by what they say, case and end spaces aside, with the first cell's spelling. */
function countInvalid(actions: readonly Action[]): Map<string, Written> {
  const invalid = new Map<string, Written>();
  for (const a of actions) {
    if (a.rating.kind !== "invalid" || typeof a.ratingValue !== "string") continue;
    const text = a.ratingValue.trim();
    const key = text.toLowerCase();
    const written = invalid.get(key);
    if (written) written.count++;
    else invalid.set(key, { text, count: 1 });
  }
  return invalid;
}

/** How many valid ratings say `word` in full, case and end spaces aside. */
function countSaying(actions: readonly Action[], word: string): number {
  let n = 0;
  for (const a of actions) if (a.rating.kind === "rated" && typeof a.ratingValue === "string" && a.ratingValue.trim().toLowerCase() === word) n++;
  return n;
}

/**
 * One finding at the index for each word it no longer has that three ratings or more still say,
 * with the cells of that word's code letter where the index lost the code too ("B" once "Blue" is
 * "Complete"); and the keys of the texts so explained, whose cells' own findings offer no fix.
 */
export function indexWordChanged(actions: readonly Action[], index: RagIndex): { findings: Finding[]; explained: Set<string> } {
  const findings: Finding[] = [];
  const explained = new Set<string>();
  const { source } = index;
  if (source.kind === "default") return { findings, explained };
  const invalid = countInvalid(actions);
  for (const [key, { text, count }] of invalid) {
    // The word lost is one of the usual ratings ("Blue"), which the index no longer has: a slip typed on the
    // sheets ("Bleu" beside an index that says "Blue") is the cells' own to mend, however the sheets write the rest.
    if (count < FEW || !DEFAULT_NAMES.has(key) || index.entries.some((e) => e.name.toLowerCase() === key)) continue;
    const near = entryNear(key, index.entries);
    // An index deliberately spelled its own way and written so on the sheets ("Bleu" forty times) is the team's.
    if (near && count <= countSaying(actions, near.name.toLowerCase())) continue;
    const code = invalid.get(key[0]!);
    const codeLost = code && !index.entries.some((e) => e.code.toLowerCase() === key[0]);
    const total = count + (codeLost ? code.count : 0);
    const say = `${count} ratings say "${text}"${codeLost ? ` and ${code.count} say "${code.text}"` : ""}`;
    const has = near ? `has "${near.name}" in its place` : `has no rating of that name (it has ${listInWords(index.entries.map((e) => e.name))})`;
    // A line of the key naming a rating again (repeatedRatings.ts) is where the word was most likely lost.
    const repeat = index.repeatedLines?.length === 1 ? index.repeatedLines[0]! : undefined;
    const where = repeat ? `, likely on row ${repeat.row}, which names ${repeat.name} a second time` : "";
    explained.add(key);
    if (codeLost) explained.add(key[0]!);
    findings.push({
      sheet: source.sheet,
      ...("row" in source ? { row: source.row } : {}),
      code: "index-word-changed",
      severity: "warning",
      value: text,
      message: `${say}, but ${indexSourceText(index)} ${has}, so all ${total} are counted as invalid; if the index's word was changed by mistake, put "${text}" back in it${where}.`,
    });
  }
  return { findings, explained };
}

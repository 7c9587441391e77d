/**
 * The committee sentences a generated sheet says, read back and compared with those the plan gives
 * now: the RAG Summary's and the Committee Pack's, which a team may send on after a rating moved.
 * The order a sentence names its ratings in is not compared, nor the order of the sentences.
 */
import type { Finding, FindingCode } from "./findings";
import { countText } from "./sentences";

/** "Frankie – 14 actions identified (11 blue and 3 amber)": its review, and the rest (sentences.ts committeeSentence). */
const COMMITTEE_SENTENCE = /^(.*) – ([\d,]+ actions? identified \(.*\))$/s;

/** A committee sentence's counts, whatever the order its ratings are named in: "14|11 blue;3 amber". */
function countsKey(rest: string): string {
  const m = /^([\d,]+) actions? identified \((.*)\)$/s.exec(rest);
  return m ? `${m[1]}|${m[2]!.split(/,? and |, /).sort().join(";")}` : rest;
}

/** A committee sentence split into its review and the rest, or undefined for any other text. */
export function splitSentence(text: string): { review: string; rest: string } | undefined {
  const m = COMMITTEE_SENTENCE.exec(text);
  return m ? { review: m[1]!, rest: m[2]! } : undefined;
}

/** The plan's committee sentences by review. */
export function sentencesByReview(sentences: readonly string[]): Map<string, string> {
  const byReview = new Map<string, string>();
  for (const s of sentences) {
    const split = splitSentence(s);
    if (split) byReview.set(split.review, split.rest);
  }
  return byReview;
}

/** The sentences a sheet says, by review, with the row each is on and the row of their heading. */
export interface SentencesSaid {
  sentences: Map<string, string>;
  rows: Map<string, number>;
  heading: number;
}

/** One line of a generated sheet that no longer holds: its row, and words for it after "it says". */
export interface Difference {
  row: number;
  words: string;
}

const quoted = (review: string, rest: string) => `"${review} – ${rest}"`;

/** The sentences that differ; a review gone beside one new with the same counts reads as renamed. */
export function sentenceDifferences(said: SentencesSaid, now: Map<string, string>): Difference[] {
  const differences: Difference[] = [];
  const added = [...now.keys()].filter((r) => !said.sentences.has(r));
  for (const [review, rest] of now) {
    const old = said.sentences.get(review);
    if (old !== undefined && countsKey(old) !== countsKey(rest)) differences.push({ row: said.rows.get(review)!, words: `it says ${quoted(review, old)} where the tracker now gives ${quoted(review, rest)}` });
  }
  for (const [old, rest] of said.sentences) {
    if (now.has(old)) continue;
    const renamed = added.findIndex((r) => countsKey(now.get(r)!) === countsKey(rest));
    if (renamed < 0) {
      differences.push({ row: said.rows.get(old)!, words: `it says ${quoted(old, rest)}, which the tracker no longer gives` });
      continue;
    }
    const [review] = added.splice(renamed, 1);
    differences.push({ row: said.rows.get(old)!, words: `it says ${quoted(old, rest)} where the tracker now gives ${quoted(review!, now.get(review!)!)}` });
  }
  for (const review of added) differences.push({ row: said.heading, words: `it leaves out ${quoted(review, now.get(review)!)}` });
  return differences;
}

/** A warning on the first line of a generated sheet that no longer holds, counting the others; nothing where every line holds. */
export function outOfDateFinding(sheet: string, differences: Difference[], code: FindingCode, subject: string, again: string): Finding | undefined {
  if (differences.length === 0) return undefined;
  const [first] = differences;
  // One rating moved changes its sentence and a row of each table: the lines that differ, not the changes.
  const more = differences.length > 1 ? ` (in all, ${countText(differences.length)} of its lines differ)` : "";
  return { sheet, row: first!.row, column: "A", code, severity: "warning", message: `${subject} does not match the tracker as it stands: ${first!.words}${more}; ${again}.` };
}

/**
 * What the counts leave out or count twice, said wherever the counts are (the outcome line, the
 * RAG Summary, the Committee Pack): a finding alone is not enough, as the summary's reader would
 * take its counts for the whole plan. One table is read on each sheet, so a second one (a peer
 * review plan above a case review table) is not counted; a tracker on a hidden sheet is left out
 * (hiddenTrackers.ts); a closed plan kept below or above the live one is not counted (closedPlanBelow.ts, closedPlanAbove.ts), nor are rows below a key typed part-way down the plan (rowsBelowKey.ts), nor a status table's (statusTableBelow.ts); a tracker sheet repeating another's actions is left out as a copy, or
 * counted twice (repeatedTrackers.ts); a rating merged down over several action rows counts each
 * row, above a plan numbering one item per merged rating (mergedRatings.ts). A tracker whose round
 * read leaves actions unrated that an earlier round rated says so (earlierRoundRatings.ts), so its
 * unrated count is not taken for actions nobody rated.
 */
import type { Finding } from "./findings";
import { listInWords } from "./sentences";

/** The sentences, in the order of the findings they come from; none where every action found is counted once. */
export function countingNotes(findings: readonly Finding[]): string[] {
  const tables = uncountedTablesSentence(findings);
  return [
    ...(tables ? [tables] : []),
    ...findings.flatMap((f) => (f.code === "hidden-tracker" || f.code === "repeated-tracker" ? [f.message] : f.code === "merged-rating" || f.code === "rating-earlier-round" || f.code === "closed-plan" || f.code === "actions-below-key" || f.code === "status-table" ? [onSheet(f)] : [])),
  ];
}

/**
 * The latest round's actions not rated in it yet, with what the round before rated them: said with a
 * comparison too, where such an action reads as a rating cleared.
 */
export function unratedRoundNotes(findings: readonly Finding[]): string[] {
  return findings.filter((f) => f.code === "rating-earlier-round").map(onSheet);
}

/** 'On sheet "Peer Review", a rating is merged down over action rows 3 to 4 (F3:F4): …': the finding names no sheet, the summary's reader needs it. */
function onSheet(finding: Finding): string {
  // A finding about the sheet itself (a round kept a sheet each: roundSheetRatings.ts) names it already.
  if (finding.message.startsWith(`Sheet "${finding.sheet}"`) || finding.message.startsWith(`No rated action is counted on sheet "${finding.sheet}"`) || finding.message.startsWith(`No action is counted on sheet "${finding.sheet}"`)) return finding.message;
  return `On sheet "${finding.sheet}", ${finding.message.charAt(0).toLowerCase()}${finding.message.slice(1)}`;
}

/** 'Not counted: the table headed on row 2 of sheet "Actions", as …', or null where every table found is counted. */
function uncountedTablesSentence(findings: readonly Finding[]): string | null {
  const places = findings.filter((f) => f.code === "another-table").map((f) => `${f.column ? `from column ${f.column} ` : ""}on row ${f.row} of sheet "${f.sheet}"`);
  if (places.length === 0) return null;
  const one = places.length === 1;
  return `Not counted: the ${one ? "table" : "tables"} headed ${listInWords(places)}, as one table is read on each sheet; move ${one ? "it" : "each"} to a sheet of its own to have its actions counted.`;
}

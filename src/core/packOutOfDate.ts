/**
 * A Committee Pack made before a rating moved still reads as the plan: the pack is the paper the
 * committee reads, and a workbook sent on with it would have them read last quarter's counts. Its
 * committee sentences (under "Summary by review") are read back and compared with those the plan
 * gives now; its lists and changes depend on the date it was made for, so they are not compared.
 */
import type { SheetSnapshot } from "./cells";
import { cellText } from "./cells";
import type { Finding } from "./findings";
import { SheetGrid } from "./sheetGrid";
import { isGivenName } from "./sheetNames";
import { PACK_FIRST_HEADING } from "./generatedCopy";
import { PACK_SHEET } from "./history/packPlan";
import { outOfDateFinding, sentenceDifferences, sentencesByReview, splitSentence, type SentencesSaid } from "./sentenceDifferences";

/** The sentences under the pack's first heading, down to the first empty row. */
function readPack(sheet: SheetSnapshot): SentencesSaid | undefined {
  const grid = new SheetGrid(sheet);
  const textAt = (row: number) => cellText(grid.original(row, 1)).trim();
  for (let heading = grid.firstRow; heading <= grid.lastRow; heading++) {
    if (textAt(heading) !== PACK_FIRST_HEADING) continue;
    const said: SentencesSaid = { sentences: new Map(), rows: new Map(), heading };
    for (let row = heading + 1; row <= grid.lastRow && textAt(row) !== ""; row++) {
      const split = splitSentence(textAt(row));
      if (!split) continue;
      said.sentences.set(split.review, split.rest);
      said.rows.set(split.review, row);
    }
    return said;
  }
  return undefined;
}

/**
 * A warning for the Committee Pack RAG Tracker generated whose committee sentences are not those
 * the plan gives now, or nothing. A pack the user renamed to keep it (last quarter's) is not compared.
 */
export function packOutOfDate(sheets: readonly SheetSnapshot[], sentences: readonly string[]): Finding | undefined {
  const pack = sheets.find((s) => s.generatedKey === "pack" && isGivenName(s.name, PACK_SHEET));
  const said = pack && readPack(pack);
  if (!pack || !said) return undefined;
  return outOfDateFinding(pack.name, sentenceDifferences(said, sentencesByReview(sentences)), "pack-out-of-date", "This Committee Pack", PACK_AGAIN);
}

const PACK_AGAIN = "generate the committee pack again before it goes to the committee";

/** The sentence that the pack no longer matches the tracker, for a job that leaves the pack as it is (Check, Generate RAG summary). */
export function packOutOfDateNote(findings: readonly Finding[]): string | undefined {
  const pack = findings.find((f) => f.code === "pack-out-of-date");
  return pack && `"${pack.sheet}" does not match the tracker as it stands; ${PACK_AGAIN}.`;
}

/**
 * The engine's reading of what a door read, with ratings given by colour alone: where the first
 * reading leaves rating cells blank, the door is asked for the fills that tell whether they were
 * coloured instead (core/ratingFills.ts), if it can say, and the workbook is read again with the
 * colours that are ratings (core/fillRating.ts). A workbook whose ratings are all typed costs
 * nothing more.
 */
import type { WorkbookSnapshot } from "../core/cells";
import type { Analysis } from "../core/model";
import type { Settings } from "../core/settings";
import { analyseWorkbook } from "../core/analyse";
import { fillQuestions, fillsUnreadFinding, ratingFills } from "../core/ratingFills";
import { sortedFindings } from "../core/findings";
import type { ReadingDoor } from "./RagDoor";

export async function analyseRead(door: ReadingDoor, snapshot: WorkbookSnapshot, settings: Settings, today: string): Promise<Analysis> {
  const analysis = analyseWorkbook(snapshot, settings, today);
  const questions = fillQuestions(analysis);
  if (!door.readFills || questions.cells.length === 0) return analysis;
  let answers: (string | null)[];
  try {
    answers = await door.readFills(questions.cells);
  } catch (error) {
    // Colours are a second way to rate: a host that cannot give them leaves the ratings missing, not the work undone.
    const reason = error instanceof Error ? error.message : String(error);
    return { ...analysis, findings: sortedFindings([...analysis.findings, fillsUnreadFinding(questions, reason)]) };
  }
  const fills = ratingFills(analysis, questions, answers);
  if (fills.size === 0) return analysis;
  const withFills = { ...snapshot, sheets: snapshot.sheets.map((s) => (fills.has(s.name) ? { ...s, fills: fills.get(s.name)! } : s)) };
  return analyseWorkbook(withFills, settings, today);
}

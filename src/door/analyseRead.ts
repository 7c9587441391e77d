/**
 * The engine's reading of what a door read, with what a first reading asks of some cells: where
 * it leaves rating cells blank, the fills that tell whether they were coloured instead
 * (core/ratingFills.ts); where a door reads values alone, the formulas of the date cells (last
 * updated and time scale), which tell a date =TODAY() gives from one typed (core/updatedFormulas.ts); and where
 * a door reads no links either, whether the few cells alone below a blank row read as actions link to a web address
 * or a file, which makes them notes (core/linkQuestions.ts). All are asked in one question, and the workbook is read
 * again only where an answer changes it. A workbook whose ratings are all typed, read by a door that gives its
 * formulas, costs nothing more.
 */
import type { CellAddress, WorkbookSnapshot } from "../core/cells";
import type { Finding } from "../core/findings";
import type { Analysis } from "../core/model";
import type { Settings } from "../core/settings";
import { analyseWorkbook } from "../core/analyse";
import { blankRatingCells, fillQuestions, fillsUnreadFinding, ratingFills } from "../core/ratingFills";
import { columnLetter } from "../core/cells";
import { formulaQuestions, formulasUnreadFinding, volatileFormulas } from "../core/updatedFormulas";
import { linkQuestions, linkedCells } from "../core/linkQuestions";
import { sortedFindings } from "../core/findings";
import type { FormulaAnswers, ReadingDoor } from "./RagDoor";

export async function analyseRead(door: ReadingDoor, snapshot: WorkbookSnapshot, settings: Settings, today: string): Promise<Analysis> {
  const analysis = analyseWorkbook(snapshot, settings, today);
  const questions = fillQuestions(analysis, snapshot);
  const fillCells = door.readFills ? questions.cells : [];
  const formulaCells = door.readFormulas ? formulaQuestions(analysis) : [];
  // A door whose read gives no formulas is asked those of the blank rating cells too, in the same round trip.
  const ratingCells = door.readFormulas && fillCells.length > 0 ? blankRatingCells(questions) : [];
  // Such a door reads no links either: the few lone cells below a blank row that a link would make notes are asked too.
  const linkCells = door.readFormulas ? linkQuestions(analysis) : [];
  if (fillCells.length === 0 && formulaCells.length === 0 && linkCells.length === 0) return analysis;
  let answers: FormulaAnswers;
  try {
    answers = await ask(door, [...formulaCells, ...ratingCells.map((c) => c.asked)], fillCells, linkCells);
  } catch (error) {
    // Colours, formulas and links are second looks: a host that cannot give them leaves the first reading standing, not the work undone.
    const reason = error instanceof Error ? error.message : String(error);
    const unread: Finding[] = [];
    if (fillCells.length > 0) unread.push(fillsUnreadFinding(questions, reason));
    if (formulaCells.length > 0) unread.push(formulasUnreadFinding(formulaCells, reason));
    return { ...analysis, findings: sortedFindings([...analysis.findings, ...unread]) };
  }
  const fills = fillCells.length > 0 ? ratingFills(analysis, questions, answers.fills) : new Map<string, Record<string, string>>();
  const formulas = volatileFormulas(formulaCells, answers.formulas);
  const links = linkedCells(linkCells, answers.links ?? []);
  if (fills.size === 0 && formulas.size === 0 && links.size === 0) return analysis;
  const emptyFormulas = emptyFormulaCells(ratingCells, answers.formulas.slice(formulaCells.length));
  const sheets = snapshot.sheets.map((s) => {
    const sheetFills = fills.get(s.name);
    const sheetFormulas = formulas.get(s.name);
    const sheetLinks = links.get(s.name);
    if (!sheetFills && !sheetFormulas && !sheetLinks) return s;
    const sheetEmpty = sheetFills && emptyFormulas.get(s.name);
    return {
      ...s,
      ...(sheetFills && { fills: sheetFills }),
      ...(sheetFormulas && { formulas: { ...s.formulas, ...sheetFormulas } }),
      ...(sheetEmpty && { emptyFormulas: [...(s.emptyFormulas ?? []), ...sheetEmpty] }),
      ...(sheetLinks && { webLinks: [...(s.webLinks ?? []), ...sheetLinks] }),
    };
  });
  return analyseWorkbook({ ...snapshot, sheets }, settings, today);
}

/** The blank rating cells whose cell asked (a merged one's top-left) holds a formula, which gives nothing as the cell was read blank: by sheet, as A1 addresses of the cells asked. */
function emptyFormulaCells(cells: readonly { asked: CellAddress }[], answers: readonly (string | null)[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  cells.forEach(({ asked: cell }, i) => {
    if (!answers[i]?.startsWith("=")) return;
    found.set(cell.sheet, [...(found.get(cell.sheet) ?? []), `${columnLetter(cell.column)}${cell.row}`]);
  });
  return found;
}

/** The formulas with the fills and links alongside where the door reads formulas (one round trip in Excel); the fills alone where it does not. */
async function ask(door: ReadingDoor, formulaCells: CellAddress[], fillCells: CellAddress[], linkCells: CellAddress[]): Promise<FormulaAnswers> {
  if (door.readFormulas && (formulaCells.length > 0 || linkCells.length > 0)) return door.readFormulas(formulaCells, fillCells, linkCells);
  return { formulas: [], fills: await door.readFills!(fillCells) };
}

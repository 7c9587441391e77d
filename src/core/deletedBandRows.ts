/**
 * A band row deleted by mistake ("Strategic Aim 3 – Voice of the child" cleared with its row): its actions,
 * numbered 3.1, 3.2…, then read as the aim above's, and are counted under it without a word. Said only
 * where the sheet's own numbering shows it: every band that gives a number has its first actions numbered
 * under it (2.1 under "Strategic Aim 2"), and a run of actions under one band is numbered under a number
 * no band on the sheet gives. A plan numbering its actions by objective (1.1 … 21.4 under aim 1, 22.1 under
 * aim 2, as the delivery plan does) is not so numbered, and is never said of.
 */
import type { Finding } from "./findings";
import type { Action, Tracker } from "./model";

/** The number a band's title gives: "Strategic Aim 2 – …", "Priority 3:". */
const BAND_NUMBER = /\b(\d{1,2})\b/;
/** The number an action's number is under: "2" of "2.1" or "2.10a". */
const NUMBERED_UNDER = /^\s*(\d{1,2})\s*\.\s*\d/;

interface Band {
  title: string;
  number: string | null;
  actions: Action[];
}

/** The bands' runs of actions, in row order: each run of actions with one category read from its band. */
function bandsOf(actions: readonly Action[]): Band[] {
  const bands: Band[] = [];
  for (const action of actions) {
    const last = bands.at(-1);
    if (last && last.title === action.category) last.actions.push(action);
    else bands.push({ title: action.category, number: BAND_NUMBER.exec(action.category)?.[1] ?? null, actions: [action] });
  }
  return bands;
}

const numberedUnder = (action: Action): string | null => NUMBERED_UNDER.exec(action.ref)?.[1] ?? null;

/**
 * One warning for each run of two actions or more numbered under a number no band gives, in a band whose actions are
 * numbered under its own: one action alone so numbered ("22.1" under "Priority 2") is likelier a typo than a band.
 */
export function deletedBandFindings(tracker: Tracker): Finding[] {
  // Categories typed in a column of their own name no band.
  if (tracker.columns.category !== undefined || tracker.columns.ref === undefined) return [];
  const bands = bandsOf(tracker.actions).filter((b) => b.title !== "");
  const numbered = bands.filter((b) => b.number !== null);
  if (numbered.length < 2) return [];
  // The sheet's numbering follows its bands' only where each band's first numbered action is numbered under the band.
  if (!numbered.every((b) => b.actions.map(numberedUnder).find((n) => n !== null) === b.number)) return [];
  const given = new Set(numbered.map((b) => b.number));
  const findings: Finding[] = [];
  for (const band of numbered) {
    // A run: actions numbered under one number no band gives, and any unnumbered among them.
    let run: Action[] = [];
    for (const action of band.actions) {
      const under = numberedUnder(action);
      if (run.length > 0 && (under === null || under === numberedUnder(run[0]!))) {
        run.push(action);
        continue;
      }
      if (run.length > 1) findings.push(deletedBandFinding(tracker.sheet, band, run));
      run = under !== null && under !== band.number && !given.has(under) ? [action] : [];
    }
    if (run.length > 1) findings.push(deletedBandFinding(tracker.sheet, band, run));
  }
  return findings;
}

function deletedBandFinding(sheet: string, band: Band, run: readonly Action[]): Finding {
  const first = run[0]!;
  const last = run.at(-1)!;
  const under = numberedUnder(first)!;
  return {
    sheet,
    row: first.row,
    code: "band-deleted",
    severity: "warning",
    message: `Actions ${first.ref} to ${last.ref} (rows ${first.row} to ${last.row}) are counted under "${band.title}", whose actions are numbered ${band.number}.x; if a row naming the aim or priority of the ${under}.x actions was deleted or cleared above row ${first.row}, put it back, so they are counted under it.`,
  };
}

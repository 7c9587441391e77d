/**
 * The case reviews sheet of a partnership's plan (as teams keep it), and a comparison
 * of two versions of it both ways a user meets them, for the tests of how actions are matched.
 */
import { expect } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { settingsSchema } from "../../src/core/settings";
import type { CellRange, CellValue, SheetSnapshot } from "../../src/core/cells";
import { liveSnapshot, recordSnapshot } from "../../src/core/history/record";
import { compareSnapshots, type Changes } from "../../src/core/history/changes";
import type { Snapshot } from "../../src/core/history/snapshot";

export const TODAY = "2026-12-04";
export const THEN = "2026-01-15";
export const NOW = "2026-04-15";
export const d = (s: string) => new Date(`${s}T00:00:00Z`);

export interface Sheet {
  name: string;
  header: string[];
  rows: CellValue[][];
  /** Merged areas, counted from the header's row 1 (an objective merged down its actions' rows). */
  merges?: CellRange[];
}

export const sheetOf = ({ name, header, rows, merges }: Sheet): SheetSnapshot => ({ name, firstRow: 1, firstColumn: 1, values: [header, ...rows], merges: merges ?? [] });
export const analysisOf = (sheets: Sheet[], date: string) => analyseWorkbook({ sheets: sheets.map(sheetOf) }, settingsSchema.parse({ asOf: date }), TODAY);
export const meta = (date: string) => ({ date, recordedAt: `${date}T09:00:00Z`, recordedBy: "Business Manager" });

/** What a comparison says, in a form to compare with a test's expectation. */
export function told(then: Snapshot, c: Changes) {
  const refThen = new Map(then.actions.map((a) => [a.id, `${a.review} ${a.ref}`]));
  return {
    moves: c.moves.map((m) => `${m.before.review} ${m.before.ref}→${m.after.ref} ${m.before.rating}→${m.after.rating}`),
    added: c.added.map((a) => `${a.review} ${a.ref} ${a.rating}`),
    removed: c.removed.map((a) => `${a.review} ${a.ref} ${a.rating}`),
    renumbered: c.modified.map((m) => `${refThen.get(m.beforeId)}→${m.after.ref}`).filter((s) => s.split("→")[0]!.split(" ").pop() !== s.split("→")[1]),
    renamed: c.renamedReviews,
  };
}

/**
 * The two plans compared both ways a user meets them: the workbook as it is against the recorded
 * report (`changes`), and two recorded reports (the second recorded with the first before it).
 */
export function compareBoth(thenSheets: Sheet[], nowSheets: Sheet[]): { then: Snapshot; live: Changes; recorded: Changes; reports: Snapshot[] } {
  const then = recordSnapshot(analysisOf(thenSheets, THEN), meta(THEN));
  const nowAnalysis = analysisOf(nowSheets, NOW);
  const now = recordSnapshot(nowAnalysis, meta(NOW), then);
  return { then, live: compareSnapshots(then, liveSnapshot(nowAnalysis, then)), recorded: compareSnapshots(then, now), reports: [then, now] };
}

/** Both ways must tell the same story; that story is returned. */
export function compare(thenSheets: Sheet[], nowSheets: Sheet[]) {
  const { then, live, recorded } = compareBoth(thenSheets, nowSheets);
  expect(told(then, recorded)).toEqual(told(then, live));
  return told(then, live);
}

// The case reviews sheet of a partnership's plan (as teams keep it).
export const CASE_HEADER = ["Review", "Action No", "Theme", "Recommendation", "Action", "Progress Update", "Lead Agency", "Target Date", "Last Updated", "RAG Status"];
export const REC = 3;
export const ACTION = 4;
export const PROGRESS = 5;
export const RATING = 9;

export function caseRows(): CellValue[][] {
  const row = (review: string, n: number, theme: string, rec: string, action: string, progress: string, lead: string, due: string, updated: string, rag: string): CellValue[] => [review, n, theme, rec, action, progress, lead, d(due), d(updated), rag];
  return [
    row("Frankie", 1, "Information sharing", "Agencies to share information about adults in the household at the point of referral.", "Add a prompt on household members to the MASH referral form.", "Referral form updated and in use since March 2026.", "Children's Social Care", "2026-03-31", "2025-12-10", "Green"),
    row("Frankie", 2, "Information sharing", "Health visiting and GP records to be shared at strategy discussions.", "Invite the named GP to every strategy discussion for children under five.", "Invitations being drafted.", "Health", "2026-06-30", "2025-12-01", "Amber"),
    row("Frankie", 3, "Information sharing", "Schools to be told when a child on their roll becomes subject to a plan.", "Send a notification to the designated safeguarding lead when a plan starts.", "Notifications sent through the education portal.", "Education", "2026-04-30", "2025-12-14", "Green"),
    row("Frankie", 4, "Professional curiosity", "Practitioners to look beyond the presenting concern.", "Deliver professional curiosity briefings to frontline staff.", "Six briefings delivered to 140 practitioners.", "LSCP Business Team", "2026-05-31", "2025-12-01", "Blue"),
    row("Frankie", 5, "Professional curiosity", "Home visits to include seeing where the child sleeps.", "Add the child's sleeping arrangements to the home visit checklist.", "Checklist being revised.", "Children's Social Care", "2026-06-14", "2025-12-20", "Amber"),
    row("Frankie", 6, "Thresholds and escalations", "Practitioners to use the escalation policy when they disagree with a decision.", "Relaunch the escalation policy with a one-page guide.", "Guide in draft.", "LSCP Business Team", "2026-07-31", "2025-12-28", "Red"),
    row("Sam and Kyle", 1, "Information sharing", "Information about siblings in different households to be linked.", "Link sibling records across the children's social care system.", "Records being linked.", "Children's Social Care", "2026-01-31", "2025-12-10", "Amber"),
    row("Sam and Kyle", 2, "Information sharing", "Housing to share concerns about overcrowding with children's services.", "Add housing officers to the MASH partner contact list.", "Housing contact now attends the MASH weekly.", "Housing", "2026-02-28", "2025-12-01", "Green"),
    row("Sam and Kyle", 3, "Professional curiosity", "Practitioners to consider the lived experience of each child.", "Use the child's day tool in assessments.", "Tool being piloted.", "Children's Social Care", "2026-05-31", "2025-12-11", "Amber"),
    row("Sam and Kyle", 4, "Professional curiosity", "Injuries in non-mobile babies to be treated as a concern.", "Relaunch the SET bruising protocol.", "Protocol relaunched with a learning event.", "Health", "2026-04-30", "2025-12-02", "Blue"),
    row("Sam and Kyle", 5, "Working with resistance", "Home visits to be unannounced where access has been refused.", "Update practice guidance on unannounced visits.", "Guidance being updated.", "Children's Social Care", "2026-05-31", "2025-12-01", "Green"),
    row("Leo", 1, "Information sharing", "Agencies to share information about exploitation risk.", "Add exploitation indicators to the MASH referral form.", "Indicators drafted.", "Children's Social Care", "2026-06-30", "2025-12-28", "Amber"),
    row("Leo", 2, "Information sharing", "Missing episodes to be shared with the school the same day.", "Agree a same-day missing notification to schools.", "Process agreed with schools.", "Police", "2026-07-31", "2025-12-09", "Green"),
    row("Leo", 3, "Professional curiosity", "Practitioners to recognise signs of criminal exploitation.", "Deliver county lines awareness training.", "Training booked.", "LSCP Business Team", "2026-07-31", "2025-12-05", "Green"),
    row("Leo", 4, "Thresholds and escalations", "Exploitation concerns to be considered at strategy level.", "Hold a strategy discussion for every child assessed at significant risk.", "Not yet started.", "Children's Social Care", "2026-06-30", "2025-12-01", "Red"),
    row("Leo", 5, "Working with resistance", "Disruption activity to be coordinated across agencies.", "Agree a disruption plan template for MACE.", "Template in draft with the Police.", "Police", "2026-09-30", "2025-12-30", "Amber"),
  ];
}

export const caseSheet = (rows: CellValue[][]): Sheet[] => [{ name: "Case Reviews", header: CASE_HEADER, rows }];
export const copy = (rows: CellValue[][]) => rows.map((r) => [...r]);
export const indexOf = (rows: CellValue[][], review: string, n: number) => rows.findIndex((r) => r[0] === review && r[1] === n);
export const none = { moves: [], added: [], removed: [], renumbered: [], renamed: [] };

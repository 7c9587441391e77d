import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import type { Analysis } from "../../src/core/model";
import { PEER_REVIEW_INDEX_ROWS, peerReviewSheet } from "../fixtures/peerReview";
import { caseReviewSheet } from "../fixtures/caseReviews";
import { deliveryPlanSheet } from "../fixtures/deliveryPlan";
import { PEER_REVIEW_SEVEN } from "../fixtures/peerReview";

const sheet = (values: CellValue[][], name = "LSCP Action Plan"): SheetSnapshot => ({ name, firstRow: 1, firstColumn: 1, values, merges: [] });
const run = (...sheets: SheetSnapshot[]) => analyseWorkbook({ sheets }, DEFAULT_SETTINGS, "2022-06-30");
const notes = (a: Analysis) => a.findings.filter((f) => f.code === "note-below-table");
const counts = (a: Analysis) => a.totals.counts;

const TABLE = PEER_REVIEW_SEVEN;
const SEVEN = { Blue: 3, Green: 2, Amber: 1, Red: 1, Unrated: 0, Invalid: 0 };
const KEY_LINE = ["Key:", "B = Blue – action complete; G = Green – on track; A = Amber – some delay; R = Red – not expected to recover"];
const SIGNATURE = ["Updated by: Priscilla, LSCP Business Manager – 05/07/2021"];
const NOTE = ["Note:", "Actions 4 and 6 to be reviewed at the next Strategic Group."];
const TOTALS: CellValue[][] = [
  [null, "Summary", null, null, "Total Blue", 3],
  [null, null, null, null, "Total Green", 2],
  [null, null, null, null, "Total Amber", 1],
  [null, null, null, null, "Total Red", 1],
  [null, null, null, null, "Total", 7],
];

describe("notes under the table are not actions", () => {
  it('a key line ("Key:" and the key in the next cell) below a blank row is a note, named in an info finding', () => {
    const a = run(sheet([...TABLE, [], KEY_LINE]));
    expect(counts(a)).toMatchObject(SEVEN);
    expect(a.totals.total).toBe(7);
    expect(a.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(notes(a)).toEqual([
      {
        sheet: "LSCP Action Plan",
        row: 10,
        code: "note-below-table",
        severity: "info",
        message: 'Row 10 below the table ("Key: B = Blue – action comple…") has nothing in the rating column and reads as a note, so it is not counted as an action; if it is an action, give it a rating.',
      },
    ]);
  });

  it("a signature line and a note below it are neither actions nor a category", () => {
    const a = run(sheet([...TABLE, [], SIGNATURE, NOTE]));
    expect(a.totals.total).toBe(7);
    expect(a.byCategory.map((g) => g.name)).toEqual(["(no category)"]);
    // The signature, alone in the first column, reads as a section, which names no category with no action under it.
    expect(notes(a).map((f) => f.row)).toEqual([11]);
  });

  it('counts beside "Total…" labels under a heading such as "Summary" are counts, not actions with an invalid rating', () => {
    const a = run(sheet([...TABLE, [], ...TOTALS]));
    expect(counts(a)).toMatchObject(SEVEN);
    expect(a.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("a heading with no count label beside a number is still an action with an invalid rating", () => {
    const a = run(sheet([...TABLE, [], [null, "Summary", null, null, null, 3]]));
    expect(a.totals.total).toBe(8);
    expect(a.findings.filter((f) => f.code === "rating-invalid").map((f) => f.row)).toEqual([10]);
  });

  it("a sheet ending in totals, a signature and a key has its seven actions, and one finding for each run of notes", () => {
    const a = run(sheet([...TABLE, [], ...TOTALS, [], SIGNATURE, KEY_LINE]));
    expect(counts(a)).toMatchObject(SEVEN);
    expect(a.byCategory.map((g) => [g.name, g.total])).toEqual([["(no category)", 7]]);
    expect(a.byLead.map((g) => [g.name, g.total])).toEqual([["Strategic Partners", 7]]);
    expect(notes(a).map((f) => f.row)).toEqual([17]);

    const between = run(sheet([...TABLE.slice(0, 5), [], NOTE, ["NB:", "Rows below added in March."], [], ...TABLE.slice(5), [], KEY_LINE, [null, null, null, null, "Outside the plan's actions: reviewed by the chair."]]));
    expect(counts(between)).toMatchObject(SEVEN);
    expect(notes(between).map((f) => [f.row, f.message])).toEqual([
      [7, 'Rows 7 and 8 in the table ("Note: Actions 4 and 6 to be r…", "NB: Rows below added in March.") have nothing in the rating column and read as notes, so they are not counted as actions; if one is an action, give it a rating.'],
      [14, 'Rows 14 and 15 below the table ("Key: B = Blue – action comple…", "Outside the plan\'s actions: r…") have nothing in the rating column and read as notes, so they are not counted as actions; if one is an action, give it a rating.'],
    ]);
  });

  it("a row shaped like a note that gives a number, a rating or a date is an action", () => {
    const numbered = run(sheet([...TABLE, [], [8, ...NOTE]]));
    expect(numbered.totals.total).toBe(8);
    const rated = run(sheet([...TABLE, [], [...NOTE, null, null, null, "Amber"]]));
    expect(counts(rated).Amber).toBe(2);
    const dated = run(sheet([["Action", "Response", "Due date", "RAG"], ["Revise the Framework", "Approved.", new Date(Date.UTC(2022, 2, 31)), "Blue"], [], ["Note:", "Reviewed quarterly.", new Date(Date.UTC(2022, 8, 30))]]));
    expect(dated.totals.total).toBe(2);
    const timed = run(sheet([["Action", "Response", "Due date", "RAG"], ["Revise the Framework", "Approved.", "March 2022", "Blue"], [], ["Update:", null, "30/09/2022"]]));
    expect(timed.totals.total).toBe(2);
    const costed = run(sheet([...TABLE, [], [null, "Budget:", null, null, 25000]]));
    expect(costed.totals.total).toBe(8);
    const objectives = run(sheet([["Objective", "Action No", "Action", "RAG"], ["Develop our workforce", "1.1", "Deliver training", "Blue"], [], ["Workforce:", "1.2a"]]));
    expect(objectives.actions.map((x) => x.ref)).toEqual(["1.1", "1.2a"]);
    for (const a of [numbered, rated, dated, timed, costed, objectives]) expect(notes(a)).toEqual([]);
  });

  it("straight under the last action, a label in the number column and its text is a note; anything else there is an action, as a new action added there would be", () => {
    for (const line of [KEY_LINE, NOTE]) {
      const a = run(sheet([...TABLE, line]));
      expect(counts(a)).toMatchObject(SEVEN);
      expect(notes(a).map((f) => f.row)).toEqual([9]);
    }
    const between = run(sheet([...TABLE.slice(0, 5), NOTE, ...TABLE.slice(5), KEY_LINE]));
    expect(counts(between)).toMatchObject(SEVEN);
    expect(notes(between).map((f) => f.row)).toEqual([6, 10]);
    // A new action typed there, not yet numbered or rated, or a text with no label.
    for (const line of [[null, null, "Recruit a community lay member"], [null, "Training: develop across SET, sharing costs"], ["Key: B = Blue – action complete; G = Green – on track"]]) {
      const a = run(sheet([...TABLE, line]));
      expect(notes(a)).toEqual([]);
      expect(a.totals.total, String(line)).toBe(line.length === 1 ? 7 : 8);
    }
    // A category typed with a colon, first in a table that starts with its category: the first cells of a new action.
    const byCategory = run(sheet([["Category", "Action", "RAG"], ["Workforce", "Deliver training", "Blue"], ["Finance:", "Agree the partnership budget"]]));
    expect(byCategory.totals.total).toBe(2);
    expect(notes(byCategory)).toEqual([]);
  });

  it("an action typed below a blank row, not yet numbered or rated, is an action", () => {
    const a = run(sheet([...TABLE, [], [null, null, "Recruit a community lay member", null, null, null], [], [null, "Training: develop across SET, sharing costs", null, "L&D Subgroup", null, null]]));
    expect(a.totals.total).toBe(9);
    expect(counts(a).Unrated).toBe(2);
    expect(notes(a)).toEqual([]);
  });

  it("a table with no column for what an action is rates each row: text below a blank row stays an action", () => {
    const a = run(sheet([["Review", "Response", "RAG"], ["Frankie", "Briefings delivered.", "Blue"], [], ["Leo", "Awaiting the panel's report.", null]]));
    expect(a.totals.total).toBe(2);
    expect(notes(a)).toEqual([]);
  });

  it("a table with no number column asks only for a rating", () => {
    const a = run(sheet([TABLE[0]!.slice(1), ...TABLE.slice(1).map((r) => r.slice(1)), [], KEY_LINE]));
    expect(a.totals.total).toBe(7);
    expect(notes(a)[0]!.message).toMatch(/if it is an action, give it a rating\.$/);
  });
});

/** The row's number and rating cleared: what a note has too. */
function unnumberedUnrated(row: CellValue[], refAt: number, ratingAt: number): CellValue[] {
  const copy = [...row];
  copy[refAt] = null;
  copy[ratingAt] = null;
  return copy;
}

/** Each action row of the sheet with a blank row above it and its number and rating cleared, so each meets the notes' test at its hardest. */
function everyRowBelowABlank(sheet: SheetSnapshot, firstActionRow: number, refAt: number, ratingAt: number): SheetSnapshot {
  const top = sheet.values.slice(0, firstActionRow - 1);
  const rows = sheet.values.slice(firstActionRow - 1).filter((r) => r.length > 0);
  return { ...sheet, values: [...top, rows[0]!, ...rows.slice(1).flatMap((r) => [[], unnumberedUnrated(r, refAt, ratingAt)])] };
}

describe("what a note's finding says is empty", () => {
  // Five peer review recommendations with their time scale, then a note below a blank row.
  const withTimeScale = (note: CellValue[]) =>
    sheet([["Rec No", "Recommendation", "Time scale", "Lead", "RAG"], ...TABLE.slice(1, 6).map((r) => [r[0]!, r[1]!, "December 2021", r[3]!, r[5]!]), [], note]);

  it("does not call the date column empty where the note's label or text is typed in it", () => {
    for (const note of [[null, null, ...NOTE], [null, null, "Note: dates agreed at the Strategic Group in March."]]) {
      const a = run(withTimeScale(note));
      expect(a.actions).toHaveLength(5);
      expect(notes(a).map((f) => f.message)).toEqual([expect.stringMatching(/^Row 8 below the table \("Note: [^)]*"\) has nothing in the number and rating columns and reads as a note, so it is not counted as an action; if it is an action, give it a number or a rating\.$/)]);
    }
  });

  it("still calls it empty where the note leaves it so", () => {
    const a = run(withTimeScale(NOTE));
    expect(notes(a).map((f) => f.message)).toEqual(['Row 8 below the table ("Note: Actions 4 and 6 to be r…") has nothing in the rating and date columns and reads as a note, so it is not counted as an action; if it is an action, give it a rating.']);
  });
});

describe("no real action is read as a note", () => {
  it("the peer review plan with notes between its table and its index: 26 actions, 23 blue and 3 green, the index still read", () => {
    const plan = peerReviewSheet();
    const end = plan.values.length - PEER_REVIEW_INDEX_ROWS.length;
    // The note's text typed under the recommendations, as a team would type it across the sheet.
    const values = [...plan.values.slice(0, end), SIGNATURE, [NOTE[0]!, null, NOTE[1]!], [], ...plan.values.slice(end)];
    const a = run({ ...plan, values });
    expect(a.totals.total).toBe(26);
    expect(counts(a)).toMatchObject({ Blue: 23, Green: 3, Amber: 0, Red: 0, Unrated: 0, Invalid: 0 });
    expect(a.index.source).toMatchObject({ kind: "block", sheet: "Peer Review" });
    expect(notes(a).map((f) => f.row)).toEqual([end + 2]);
  });

  it("each peer review row, below a blank row with no number and no rating, is still an action", () => {
    const plan = peerReviewSheet();
    const a = run(everyRowBelowABlank({ ...plan, values: plan.values.slice(0, plan.values.length - PEER_REVIEW_INDEX_ROWS.length) }, 4, 1, 5));
    expect(a.totals.total).toBe(26);
    expect(notes(a)).toEqual([]);
  });

  it("the case reviews with a key and a note below: the counts the minutes give", () => {
    const reviews = caseReviewSheet();
    const a = run({ ...reviews, values: [...reviews.values, [], KEY_LINE, [NOTE[0]!, null, null, NOTE[1]!]] });
    expect(a.sentences).toEqual([
      "Frankie – 14 actions identified (11 blue and 3 amber)",
      "Sam and Kyle – 18 actions identified (16 blue and 2 amber)",
      "Leo – 14 actions identified (1 blue, 4 green, and 9 amber)",
    ]);
    // The key's text sits in the number column, a sentence no action is numbered by: the key and the note are one run of notes.
    expect(notes(a).map((f) => f.message)).toEqual([
      'Rows 50 and 51 below the table ("Key: B = Blue – action comple…", "Note: Actions 4 and 6 to be r…") have nothing in the rating and date columns and read as notes, so they are not counted as actions; if one is an action, give it a rating.',
    ]);
  });

  it('"Key:" or "Note:" in the number column, its text under the theme, is a note said as the others are, between the actions or below them', () => {
    const reviews = caseReviewSheet();
    const key = [null, "Key:", "B = Blue – action complete; G = Green – on track; A = Amber – some delay"];
    const note = [null, "Note:", "Actions 4 and 6 to be reviewed at the next Strategic Group."];
    const a = run({ ...reviews, values: [...reviews.values.slice(0, 8), note, ...reviews.values.slice(8), [], key] });
    expect(a.sentences).toEqual(run(reviews).sentences);
    expect(notes(a).map((f) => f.message)).toEqual([
      'Row 9 in the table ("Note: Actions 4 and 6 to be r…") has nothing in the rating and date columns and reads as a note, so it is not counted as an action; if it is an action, give it a rating.',
      'Row 51 below the table ("Key: B = Blue – action comple…") has nothing in the rating and date columns and reads as a note, so it is not counted as an action; if it is an action, give it a rating.',
    ]);
    // Under the header, before any action, it is passed over as before: a title's line, not a note between actions.
    expect(notes(run({ ...reviews, values: [...reviews.values.slice(0, 2), note, ...reviews.values.slice(2)] }))).toEqual([]);
  });

  it("each case review row, below a blank row with no number and no rating, is still an action", () => {
    const a = run(everyRowBelowABlank(caseReviewSheet(), 3, 1, 9));
    expect(a.totals.total).toBe(46);
    expect(notes(a)).toEqual([]);
  });

  it("the delivery plan with a signature and a key below: its 101 actions under their aims", () => {
    const plan = deliveryPlanSheet();
    const a = run({ ...plan, values: [...plan.values, [], SIGNATURE, KEY_LINE] });
    expect(a.totals.total).toBe(101);
    expect(a.byCategory.map((g) => g.total)).toEqual([53, 31, 3, 6, 8]);
    expect(notes(a)).toHaveLength(1);
  });

  it("a note written in the Action column between the delivery plan's actions, beginning \"Note:\", is a note in the table, not an unrated action", () => {
    const plan = deliveryPlanSheet();
    const at = plan.values.findIndex((r) => r[1] === "9.1") + 1;
    const values = [...plan.values.slice(0, at), [null, null, "Note: 9.1 to be read with the Neglect Strategy (5.1) – agreed at MEB 12/11/2019"], ...plan.values.slice(at)];
    // Under the objective merged down beside it, as the team's sheet has it.
    const a = run({ ...plan, values, merges: [{ top: at, left: 1, bottom: at + 1, right: 1 }] });
    expect(a.totals).toEqual(run(plan).totals);
    expect(a.totals.total).toBe(101);
    expect(a.byCategory.map((g) => g.total)).toEqual([53, 31, 3, 6, 8]);
    expect(notes(a).map((f) => f.message)).toEqual([
      `Row ${at + 1} in the table ("Note: 9.1 to be read with the…") has nothing in the number, rating and date columns and reads as a note, so it is not counted as an action; if it is an action, give it a number or a rating.`,
    ]);
    for (const note of ["Notes: 9.1 and 9.2 to be read together", "N.B. 9.1 to be read with the Neglect Strategy", "N.B.the audit is due in March", "N.B 9.1 to be read with the Neglect Strategy", "NB – 9.1 to be read with the Neglect Strategy", "Note – agreed at MEB", "NB. the audit is due in March", "Nb. the audit is due", "NB-the audit is due", "Note. The board agreed 9.1"]) {
      values[at] = [null, null, note];
      expect(run({ ...plan, values }).totals.total, note).toBe(101);
    }
    // Alone in the first column, where a section names the category of the rows below, a note names none.
    values[at] = ["NB the audit of 9.1 is due in March"];
    const inFirstColumn = run({ ...plan, values });
    expect(inFirstColumn.byCategory.map((g) => [g.name.slice(0, 16), g.total])).toEqual(run(plan).byCategory.map((g) => [g.name.slice(0, 16), g.total]));
    expect(notes(inFirstColumn).map((f) => f.row)).toEqual([at + 1]);
    // Without the label, or with a word beginning "Note", it may be an action still to be numbered and rated.
    for (const action of ["9.1 to be read with the Neglect Strategy (5.1)", "Note-taking training for panel chairs", "Notes of meetings to be shared with partners", "Note the report of the audit group"]) {
      values[at] = [null, null, action];
      expect(run({ ...plan, values }).totals.total, action).toBe(102);
    }
  });

  it("each delivery plan row, below a blank row with no number and no rating, is still an action", () => {
    const a = run(everyRowBelowABlank(deliveryPlanSheet(), 3, 1, 6));
    // Its section rows stay sections: each aim's row is followed by its actions.
    expect(a.totals.total).toBe(101);
    expect(a.byCategory.map((g) => g.total)).toEqual([53, 31, 3, 6, 8]);
    expect(notes(a)).toEqual([]);
  });
});

describe("links and remarks typed below the table are notes, not unrated actions", () => {
  const LINKS: CellValue[][] = [
    [null, "See also the Neglect Strategy"],
    [null, "Working Together 2018"],
    [null, "https://www.gov.uk/government/publications/working-together-to-safeguard-children--2"],
    [null, "Source: LSCP Strategic Group minutes, 5 July 2021"],
  ];
  // Row 11's text is linked to gov.uk (Insert > Link), as the file door reads it.
  const linked = (values: CellValue[][]): SheetSnapshot => ({ ...sheet(values), webLinks: ["B11"] });

  it("below a blank row, a web address, a cell linked to one, and a remark beginning \"See also\" or \"Source:\" are one run of notes, named once", () => {
    const a = run(linked([...TABLE, [], ...LINKS]));
    expect(a.totals.total).toBe(7);
    expect(counts(a)).toMatchObject(SEVEN);
    expect(a.findings.filter((f) => f.code === "rating-unrated")).toEqual([]);
    expect(notes(a).map((f) => f.message)).toEqual([
      'Rows 10 to 13 below the table ("See also the Neglect Strategy", "Working Together 2018", "https://www.gov.uk/government…", …) have nothing in the number and rating columns and read as notes, so they are not counted as actions; if one is an action, give it a number or a rating.',
    ]);
  });

  it("a real action below a blank row, an unlinked title, or a link given a number or a rating, stays an action", () => {
    const a = run(sheet([...TABLE, [], [null, "Audit of neglect cases"], [null, "Working Together 2018"], [8, "See also the Neglect Strategy"], [null, "https://www.gov.uk/", null, null, null, "Green"]]));
    expect(a.totals.total).toBe(11);
    expect(counts(a)).toMatchObject({ ...SEVEN, Green: 3, Unrated: 3 });
    expect(notes(a)).toEqual([]);
  });

  it("straight under the last action, with no blank row between, a remark is read as an action, as a new action added there would be", () => {
    const a = run(linked([...TABLE, ...LINKS.slice(0, 1)]));
    expect(a.totals.total).toBe(8);
    expect(notes(a)).toEqual([]);
  });
});

describe("below a blank row, only a plain pointer is a note: a real action stays one, linked or not", () => {
  // Rows 10 to 15 below the seven actions; rows 14 and 15 are linked (Insert > Link), as the file doors read them.
  const ACTIONS_BELOW: CellValue[][] = [
    [null, "See the attached plan and brief all GPs"],
    [null, "Further information sharing agreement to be signed with schools"],
    [null, "More information to be given to parents on private fostering"],
    [null, "Useful links page to be added to the LSCP website"],
    [null, "Audit of neglect cases"],
    [null, "Review the escalation policy"],
  ];
  const linked = (values: CellValue[][], webLinks: string[]): SheetSnapshot => ({ ...sheet(values), webLinks });

  it("an action beginning with a pointer's word, or linked to its SharePoint document or an e-mail address, is counted, unrated", () => {
    const a = run(linked([...TABLE, [], ...ACTIONS_BELOW], ["B14", "B15"]));
    expect(a.totals.total).toBe(13);
    expect(counts(a)).toMatchObject({ ...SEVEN, Unrated: 6 });
    expect(a.findings.filter((f) => f.code === "rating-unrated").map((f) => f.row)).toEqual([10, 11, 12, 13, 14, 15]);
    expect(notes(a)).toEqual([]);
  });

  it('a pointer with its mark ("See:", "Sources:", "Further information:", "Useful links", "See notes", "See attached", "For further information …") is a note', () => {
    const pointers = [
      "See: the Neglect Strategy",
      "Sources: partner returns",
      "Further information: SET procedures",
      "More information: LSCP website",
      "Useful links",
      "See notes",
      "See attached",
      "See below",
      "See appendix 1 for the full plan",
      "See the LSCP website for the procedures",
      "For further information please contact the LSCP Business Manager",
    ];
    const a = run(sheet([...TABLE, [], ...pointers.map((text) => [null, text])]));
    expect(a.totals.total).toBe(7);
    expect(notes(a).map((f) => f.row)).toEqual([10]);
  });

  it("a linked task in Title Case or capitals, an action's verb then a small word, is counted unrated; a linked title stays a note", () => {
    const tasks = [
      "Review The Escalation Policy",
      "REVIEW THE ESCALATION POLICY",
      "Develop An LSCP Website",
      "Refresh the LSCP Threshold Document",
      "Produce A Priorities Outcome Booklet",
      "Ensure All Partners Complete The Section 11 Audit",
      "To Deliver Our Neglect Training",
      "Review and update the escalation policy",
    ];
    for (const task of tasks) {
      const a = run(linked([...TABLE, [], [null, task]], ["B10"]));
      expect(a.totals.total, task).toBe(8);
      expect(a.findings.filter((f) => f.code === "rating-unrated").map((f) => f.row), task).toEqual([10]);
      expect(notes(a), task).toEqual([]);
    }
    // Between two blocks of actions too: the task is the eighth action, not a note in the table.
    const between = run(linked([...TABLE.slice(0, 5), [], [null, tasks[0]!], [], ...TABLE.slice(5)], ["B7"]));
    expect(between.totals.total).toBe(8);
    expect(notes(between)).toEqual([]);
    const titles = [
      "Working Together to Safeguard Children 2018",
      "Keeping Children Safe in Education 2021",
      "LSCP Threshold Document",
      "Multi-Agency Audit: Neglect",
      "Child Sexual Exploitation (CSE) Strategy 2021-2023",
      "Review of Child Deaths 2020",
      "Audit: Neglect",
      // A verb followed at once by a capitalised noun: the title of a document, as the team links them.
      "Audit Tool",
      "Support Services Directory",
      "Review Panel Terms of Reference",
      "Update Report November 2021",
      "Engage Newsletter",
      "Develop Your Practice Guide",
      "Ensure Safe Sleep Leaflet",
      "Publish Annual Report",
      "Implement Signs Of Safety",
      "Audit Neglect Cases With Health",
    ];
    for (const title of titles) {
      const a = run(linked([...TABLE, [], [null, title]], ["B10"]));
      expect(a.totals.total, title).toBe(7);
      expect(notes(a).map((f) => f.row), title).toEqual([10]);
    }
  });

  it("a linked title is a note only under numbered actions: under unnumbered ones it may be an action still to be numbered", () => {
    const unnumbered = TABLE.map((row, i) => (i === 0 ? row : [null, ...row.slice(1)]));
    const a = run(linked([...unnumbered, [], [null, "Working Together 2018"]], ["B10"]));
    expect(a.totals.total).toBe(8);
    expect(notes(a)).toEqual([]);
  });
});

describe('numbered notes under a "Notes" heading below the table are notes, not actions', () => {
  // As the team numbers them: "Notes" alone in the first column, each note's number in the Action No column and its text under Action.
  const NUMBERED_NOTES: CellValue[][] = [
    ["Notes"],
    [null, 1, "Action 1.4 was withdrawn by the Strategic Group in October 2021 (row hidden)."],
    [null, 2, "Ratings agreed at the Management Executive Board on 14 January 2022."],
  ];

  it("the delivery plan with two numbered notes under \"Notes\": its 101 actions under their five aims, no \"Notes\" category, and one finding", () => {
    const plan = deliveryPlanSheet();
    const values = [...plan.values, [], ...NUMBERED_NOTES];
    const a = run({ ...plan, values });
    expect(a.totals).toEqual(run(plan).totals);
    expect(a.totals.total).toBe(101);
    expect(a.byCategory.map((g) => g.total)).toEqual([53, 31, 3, 6, 8]);
    // No missing rating, number used twice or other finding for the notes: only the one saying they are notes.
    expect(a.findings.filter((f) => f.code !== "note-below-table")).toEqual(run(plan).findings);
    const first = plan.values.length + 2;
    expect(notes(a).map((f) => f.message)).toEqual([
      `Rows ${first} to ${first + 2} below the table ("Notes", "Action 1.4 was withdrawn by t…", "Ratings agreed at the Managem…") have nothing in the rating and date columns and read as notes, so they are not counted as actions; if one is an action, give it a rating.`,
    ]);
    for (const heading of ["Notes:", "NOTES", "Note", "Footnotes", "Additional notes:"]) {
      values[first - 1] = [heading];
      const read = run({ ...plan, values });
      expect(read.totals.total, heading).toBe(101);
      expect(read.byCategory.map((g) => g.total), heading).toEqual([53, 31, 3, 6, 8]);
    }
  });

  it("the peer review plan, numbered 1 to 26, keeps its 26 actions and warns of no number used twice", () => {
    const plan = peerReviewSheet();
    const end = plan.values.length - PEER_REVIEW_INDEX_ROWS.length;
    // Its number column is the second and its recommendation the third, as the delivery plan's Action No and Action are.
    const a = run({ ...plan, values: [...plan.values.slice(0, end), ...NUMBERED_NOTES, [], ...plan.values.slice(end)] });
    expect(a.totals.total).toBe(26);
    expect(counts(a)).toMatchObject({ Blue: 23, Green: 3, Amber: 0, Red: 0, Unrated: 0, Invalid: 0 });
    expect(a.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(a.index.source).toMatchObject({ kind: "block", sheet: "Peer Review" });
    expect(notes(a).map((f) => f.row)).toEqual([end + 1]);
  });

  it("under the heading, a row given a rating or a time scale is an action and ends the notes: a numbered row after it is an action again", () => {
    const plan = deliveryPlanSheet();
    const rated = [...plan.values, [], NUMBERED_NOTES[0]!, [null, "9.2", "Audit of neglect cases", null, null, null, "G"], NUMBERED_NOTES[2]!];
    const a = run({ ...plan, values: rated });
    expect(a.totals.total).toBe(103);
    expect(notes(a).map((f) => f.row)).toEqual([plan.values.length + 2]);
    const dated = [...plan.values, [], NUMBERED_NOTES[0]!, [null, "9.2", "Audit of neglect cases", null, "March 2020"]];
    expect(run({ ...plan, values: dated }).totals.total).toBe(102);
  });

  it("without the heading, numbered rows below a blank row stay actions still to be rated", () => {
    const plan = deliveryPlanSheet();
    const a = run({ ...plan, values: [...plan.values, [], ...NUMBERED_NOTES.slice(1)] });
    expect(a.totals.total).toBe(103);
    expect(notes(a)).toEqual([]);
  });
});

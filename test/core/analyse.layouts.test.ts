import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { outcomeMessage } from "../../src/core/outcome";
import { WorkbookUnusableError } from "../../src/core/errors";
import { DEFAULT_SETTINGS, settingsSchema } from "../../src/core/settings";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import { caseReviewSheet } from "../fixtures/caseReviews";
import { peerReviewSheet } from "../fixtures/peerReview";

const sheet = (name: string, values: CellValue[][], extra: Partial<SheetSnapshot> = {}): SheetSnapshot => ({ name, firstRow: 1, firstColumn: 1, values, merges: [], ...extra });
const run = (sheets: SheetSnapshot[], settings = DEFAULT_SETTINGS) => analyseWorkbook({ sheets }, settings, "2021-11-01");

/** Rows of the Thurrock LSCP Delivery Plan 2019–2020, with a RAG column the team added. */
const deliveryPlan = sheet("Delivery Plan", [
  ["Thurrock Local Safeguarding Children Partnership Delivery Plan 2019 – 2020"],
  ["Objective", "Action\nNo", "Action", "Measure", "Time Scale", "Lead Group", "RAG"],
  ["Strategic Aim 1 – Safeguarding is everyone's business"],
  ["Develop our workforce to be more effective in safeguarding", 1.1, "Develop a multi-agency approach to identification of emerging safeguarding training needs by conducting a multi-agency Training Needs Analysis (TNA)", "Identified additional training and learning opportunities", "Completed by \nDecember 2019", "LPR Group", "B"],
  [null, 1.2, "Produce an interagency online newsletter to incorporate training, recently published Learning Practice Reviews and updates on policies and procedures", "Four publications per business year", "Initial publication September 2019. (May, Sept, Jan, March)", "LSCP Business Team", "G"],
  [null, 1.5, "Conduct review and evaluation of effectiveness of the Multi-agency training and learning programme", "Change in practice procedures and awareness", "As per meeting cycle", "LPR Group", "A"],
  [],
  ["Strategic Aim 2 – Reduce number of children in need of responsive safeguarding through effective help and support at an earlier stage"],
  ["Effective strategic arrangements are in place for the LSCP in Thurrock which promote safeguarding", 2.1, "Produce the LSCP Annual Report", "Annual Report published", "Annually July", "Strategic Group", "G"],
  [null, 2.4, "Receive and review Annual Report from LADO", "Report and learning opportunities", "October 2019", "Management Executive Board", "R"],
  [null, 2.8, "Non mandatory Serious safeguarding Incidents (SI's) to be reported to the partnership", "Number of SI's reviewed and learning identified", "Various dates", "LSCP Business Team", ""],
]);

describe("trackers laid out as the reference documents are", () => {
  it("reads the delivery plan: section rows set the category, numbers like 2.4 are refs", () => {
    const a = run([deliveryPlan]);
    expect(a.actions.map((x) => [x.ref, x.category.slice(0, 16), x.due])).toEqual([
      ["1.1", "Strategic Aim 1 ", "2019-12-31"],
      ["1.2", "Strategic Aim 1 ", "2019-09-30"],
      ["1.5", "Strategic Aim 1 ", null],
      ["2.1", "Strategic Aim 2 ", null],
      ["2.4", "Strategic Aim 2 ", "2019-10-31"],
      ["2.8", "Strategic Aim 2 ", null],
    ]);
    expect(a.trackers[0]?.columns).toMatchObject({ recommendation: 1, ref: 2, actions: 3, measure: 4, due: 5, lead: 6, rating: 7 });
    expect(a.byCategory.map((g) => g.total)).toEqual([3, 3]);
    // Overdue: not complete and past the time scale. 1.1 is Blue (complete); 1.2 Green Sept 2019; 2.4 Red Oct 2019.
    expect(a.overdue.map((f) => f.action.ref)).toEqual(["1.2", "2.4"]);
    // No last-updated column: nothing can be called stale.
    expect(a.stale).toEqual([]);
    expect(a.findings.filter((f) => f.code === "date-invalid")).toEqual([]);
    expect(a.byLead.map((g) => g.name)).toEqual(["LPR Group", "LSCP Business Team", "Strategic Group", "Management Executive Board"]);
  });

  it("reads 'Strategic Aim 1' above the header row, and an aim written across two cells, as sections, as the delivery plan lays them out", () => {
    const s = sheet("Delivery Plan", [
      ["Our Delivery Plan 2019/2020"],
      ["Strategic Aim 1"],
      ["Objective", "Action\nNo", "Action", "Time Scale", "RAG"],
      ["Develop our workforce to be more effective in safeguarding", 1.1, "Conduct a multi-agency Training Needs Analysis", "Completed by \nDecember 2019", "B"],
      ["Strategic Aim 2", null, "Reduce number of children in need of responsive safeguarding"],
      ["Effective strategic arrangements are in place", 2.1, "Produce the LSCP Annual Report", "Annually July", "G"],
    ]);
    const a = run([s]);
    expect(a.actions.map((x) => [x.ref, x.category])).toEqual([
      ["1.1", "Strategic Aim 1"],
      ["2.1", "Strategic Aim 2 – Reduce number of children in need of responsive safeguarding"],
    ]);
    expect(a.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  describe("an aim's title typed in another column than the first, as the delivery plan is pasted from its document", () => {
    const AIM_1 = "Strategic Aim 1 – Safeguarding is everyone’s business";
    const AIM_2 = "Strategic Aim 2 – Reduce the number of children and young people in need of responsive safeguarding through effective help and support at an earlier stage";
    const header = ["Objective", "Action\nNo", "Action", "Time Scale", "Lead Group", "RAG"];
    const actions1: CellValue[][] = [
      ["Develop our workforce to be more effective in safeguarding", "1.1", "Produce an interagency online newsletter to incorporate training", "Initial publication September 2019", "LSCP Business Team", "B"],
      [null, "1.2", "Conduct review and evaluation of effectiveness of the Multi-agency training and learning programme", "As per meeting cycle", "LPR Group", "G"],
    ];
    const actions2: CellValue[][] = [
      ["Ensure arrangements are in place to offer effective Early Offer of Help (EOH) provision", "22.1", "Annual review of the effectiveness of MASH from MASH Strategic Group", "February 2020", "Management Executive Board", "A"],
      [null, "22.2", "Receive annual report from Brighter Futures Board", "February 2020", "Management Executive Board", "B"],
    ];
    const plan = (aim1: CellValue[], aim2: CellValue[]) => run([sheet("Delivery Plan", [header, aim1, ...actions1, [], aim2, ...actions2])]);
    const read = (a: ReturnType<typeof run>) => ({
      rows: a.actions.map((x) => [x.ref, x.category]),
      unrated: a.totals.counts.Unrated,
      categories: a.byCategory.map((g) => [g.name, g.total]),
    });
    const expected = (one: string, two: string) => ({
      rows: [
        ["1.1", one],
        ["1.2", one],
        ["22.1", two],
        ["22.2", two],
      ],
      unrated: 0,
      categories: [
        [one, 2],
        [two, 2],
      ],
    });

    it("reads the title alone in the Action column (or the Action No column) as the section it names, not as an action with no rating", () => {
      expect(read(plan([null, null, AIM_1], [null, null, AIM_2]))).toEqual(expected(AIM_1, AIM_2));
      expect(read(plan([null, AIM_1], [null, AIM_2]))).toEqual(expected(AIM_1, AIM_2));
      // The title on two lines of one cell, as pasted from the printed page: named on one line, as a section in the first column is.
      expect(read(plan([null, null, "Strategic Aim 1\nSafeguarding is everyone’s business"], [null, null, "Strategic Aim 2:\nVoice of the child"]))).toEqual(
        expected("Strategic Aim 1 Safeguarding is everyone’s business", "Strategic Aim 2: Voice of the child"),
      );
    });

    it("reads the label split from its number, and a priority numbered as an aim is, as the section", () => {
      const split = plan(["Strategic Aim", 1, "Safeguarding is everyone’s business"], ["Strategic Aim", 2, "Voice of the child"]);
      expect(read(split)).toEqual(expected(AIM_1, "Strategic Aim 2 – Voice of the child"));
      const priority = plan(["Priority 1", "Safeguarding is everyone’s business"], ["Priority 2", "Voice of the child"]);
      expect(read(priority)).toEqual(expected("Priority 1 – Safeguarding is everyone’s business", "Priority 2 – Voice of the child"));
    });

    it("keeps an action typed alone in the Action column an action, though its first words are a section's and a number", () => {
      const a = run([sheet("Delivery Plan", [header, [null, null, AIM_1], ...actions1, [null, null, "Section 11 and school 157/175 audits to be circulated and reviewed"]])]);
      expect(a.actions.map((x) => [x.ref, x.actions, x.category])).toContainEqual(["", "Section 11 and school 157/175 audits to be circulated and reviewed", AIM_1]);
      expect(a.totals.counts.Unrated).toBe(1);
    });
  });

  it("reads on past its header repeated in other words, with the same columns, and never reads a header as an action", () => {
    const a = run([sheet("Reviews", [["Rec No", "Action", "RAG"], [1, "Brief staff", "B"], [2, "Audit files", "A"], [], ["Ref", "Actions", "RAG Rating"], [3, "Update the policy", ""]])]);
    expect(a.actions.map((x) => [x.ref, x.actions])).toEqual([
      ["1", "Brief staff"],
      ["2", "Audit files"],
      ["3", "Update the policy"],
    ]);
    expect(a.findings.filter((f) => f.code === "another-table")).toEqual([]);
  });

  it("says so when a sheet holds a second table with other columns, and counts none of its rows under the first table's columns", () => {
    // Above the header: the first table's rows are not read.
    const above = run([sheet("Reviews", [["Rec No", "Action", "RAG"], [1, "Brief staff", "B"], [2, "Audit files", "A"], [], ["Ref", "Recommendation", "RAG Status", "Lead"], [1, "Update the policy", "G", "Police"]])]);
    expect(above.trackers[0]!.headerRow).toBe(5);
    expect(above.actions.map((x) => x.actions || x.recommendation)).toEqual(["Update the policy"]);
    expect(above.findings).toContainEqual(expect.objectContaining({ code: "another-table", severity: "warning", row: 1 }));
    // Far below the header (row 60): the first table ends above it, and its own rows are not read with the wrong columns.
    const rows: CellValue[][] = [["Rec No", "Action", "Lead", "RAG"]];
    for (let i = 1; i <= 50; i++) rows.push([i, `Action ${i}`, "Police", "B"]);
    rows.push([], [], [], [], [], [], [], [], ["RAG", "Recommendation", "Response"], ["A", "Share learning", "Agreed at the board"]);
    const below = run([sheet("Reviews", rows)]);
    expect(below.actions).toHaveLength(50);
    expect(below.trackers[0]!.lastRow).toBe(51);
    expect(below.totals.counts.Invalid).toBe(0);
    expect(below.findings).toContainEqual(
      expect.objectContaining({
        code: "another-table",
        severity: "warning",
        row: 60,
        message: "Row 60 reads as the header of another table, with other columns, so the table headed on row 1 ends above it and the rows from 60 down are not counted; move the other table to a sheet of its own so its actions are counted.",
      }),
    );
  });

  it("says a second table kept beside the first, past an empty column, is not counted, and reads none of its columns for the first", () => {
    const rows: CellValue[][] = [
      ["Rec No", "Action", "RAG", null, "No", "Action", "Owner", "RAG"],
      [1, "Brief staff", "B", null, 1, "Update the policy", "Police", "R"],
      [2, "Audit files", "A", null, 2, "Share learning", "Health", "G"],
    ];
    const a = run([sheet("Reviews", rows)]);
    expect(a.actions.map((x) => x.actions)).toEqual(["Brief staff", "Audit files"]);
    expect(a.trackers[0]!.columns.lead).toBeUndefined();
    expect(a.totals.counts).toMatchObject({ Blue: 1, Amber: 1, Red: 0, Green: 0 });
    expect(a.findings.filter((f) => f.code === "duplicate-column")).toEqual([]);
    expect(a.findings.filter((f) => f.code === "another-table").map((f) => [f.row, f.column])).toEqual([[1, "E"]]);
    expect(outcomeMessage(a)).toContain('Not counted: the table headed from column E on row 1 of sheet "Reviews", as one table is read on each sheet');
    // A round's columns past a gap repeat the rating and the update, never the action: still read as rounds.
    const rounds = run([sheet("Reviews", [["Rec No", "Action", "RAG (May 2021)", "Update (May 2021)", null, "RAG (November 2021)", "Update (November 2021)"], [1, "Brief staff", "A", "Started", null, "B", "Done"]])]);
    expect(rounds.trackers[0]!.columns.rating).toBe(6);
    expect(rounds.findings.filter((f) => f.code === "another-table")).toEqual([]);
  });

  it("skips a sheet of drop-down lists headed like a tracker, and counts none of its choices as actions", () => {
    const lists = sheet("Lists", [
      ["Category", "Lead", "RAG"],
      ["Governance", "LSCP Business Team", "Blue"],
      ["Training", "LPR Group", "Green"],
      ["Quality Assurance", "Strategic Group", "Amber"],
      ["Learning", null, "Red"],
    ]);
    const a = run([peerReviewSheet(), lists]);
    expect(a.trackers.map((t) => t.sheet)).toEqual(["Peer Review"]);
    expect(a.totals.total).toBe(26);
    expect(a.findings).toContainEqual({
      sheet: "Lists",
      code: "sheet-no-tracker",
      severity: "info",
      message: 'Sheet "Lists" was skipped: it names no column that says what an action is (such as Recommendation, Actions or Response), and its "RAG" column offers each rating once, as a sheet of drop-down lists does.',
    });
    // A workbook of lists alone says so, rather than that it has no header row.
    expect(() => run([lists])).toThrow(
      'No action-plan tracker was found in this workbook; sheet "Lists" was skipped: it names no column that says what an action is (such as Recommendation, Actions or Response), and its "RAG" column offers each rating once, as a sheet of drop-down lists does.',
    );
    // A list of time scales beside them is still a sheet of lists.
    const withTimeScales = sheet("Lists", [["Category", "Lead", "Timescale", "RAG"], ["Governance", "LSCP", "Q1 2021/22", "Blue"], ["Training", "LPR Group", "Q2 2021/22", "Green"], ["Learning", null, "Q3 2021/22", "Amber"], [null, "Education", "Q4 2021/22", "Red"]]);
    expect(run([peerReviewSheet(), withTimeScales]).trackers.map((t) => t.sheet)).toEqual(["Peer Review"]);
    // A short plan whose actions are sentences is read, though each rating is used once and no header names its text.
    const shortPlan3 = sheet("Plan", [["Area for improvement", "Lead", "Timescale", "RAG"], ["Strengthen the MASH arrangements for early help referrals", "Police", "Mar 2022", "Red"], ["Audit the quality of strategy discussions", "CSC", "June 2022", "Amber"], ["Refresh the neglect strategy and its toolkit", "Health", "Sept 2022", "Green"]]);
    expect(run([shortPlan3]).totals.total).toBe(3);
    // A plan with no column of action text is still read when its ratings repeat down its rows, as a plan's do.
    const shortPlan = sheet("Plan", [["No", "Lead", "RAG"], [1, "Police", "Blue"], [2, "Health", "Amber"], [3, "Education", "Amber"]]);
    expect(run([shortPlan]).totals.total).toBe(3);
    // And so is a plan of a few actions, each rated differently, under a header that names its number.
    const fewActions = sheet("Plan", [["Ref", "Description", "Lead", "RAG"], [1, "Set up the MASH subgroup", "LSCP", "Blue"], [2, "Agree a dataset", "Police", "Red"], [3, "Train staff", "CCG", "Amber"]]);
    expect(run([fewActions]).totals.total).toBe(3);
  });

  it("reads the response, not a percentage done headed 'Progress %', and warns of no rival", () => {
    const a = run([
      sheet("Plan", [
        ["Ref", "Recommendation", "Specific Actions", "Lead", "Time scale", "Progress %", "Response", "Last updated", "RAG"],
        [1, "Consider deputies on Strategic Group", "Agree deputies with each partner", "Chair", "June 2021", 0.25, "Deputies now attend.", "01/10/2021", "Blue"],
      ]),
    ]);
    expect(a.trackers[0]!.columns.response).toBe(7);
    expect(a.actions[0]!.response).toBe("Deputies now attend.");
    expect(a.findings.filter((f) => f.code === "duplicate-column")).toEqual([]);
  });

  it("does not count rows made ready with a rating formula and nothing else, and says which rows they are", () => {
    const rows: CellValue[][] = [["Rec No", "Recommendation", "Response", "RAG"]];
    rows.push([1, "Consider deputies on Strategic Group", "Deputies now attend.", "Blue"], [2, "Revise the Learning and Improvement Framework", "Out for consultation.", "Amber"]);
    // =ROW()-1 and =IF(C4="","Red",…), saved with their results, down to row 10; row 12 is rated with its action still to come.
    for (let row = 4; row <= 10; row++) rows.push([row - 1, null, null, "Red"]);
    rows.push([], [11, null, null, "Amber"]);
    const a = run([sheet("Plan", rows)]);
    expect(a.totals.counts).toMatchObject({ Blue: 1, Amber: 1, Red: 0 });
    // A number worked out on every row (a share done, days overdue) says nothing of what the action is.
    const worked = run([sheet("Plan", [["No", "Action", "Lead", "Progress %", "Days overdue", "RAG"], [1, "Brief staff", "Chair", 1, 0, "Blue"], [2, null, null, 0, 0, "Red"], [3, null, null, 0, 0, "Red"]])]);
    expect(worked.totals.total).toBe(1);
    expect(worked.findings.filter((f) => f.code === "rating-without-action").map((f) => f.message)).toEqual([expect.stringMatching(/^Rows 3 and 4 hold a rating/)]);
    expect(a.findings.filter((f) => f.code === "rating-without-action")).toEqual([
      {
        sheet: "Plan",
        row: 4,
        column: "D",
        code: "rating-without-action",
        severity: "info",
        message: 'Rows 4 to 10 and 12 hold a rating but nothing under "Recommendation" or "Response", so they are not counted as actions; type what each action is, or clear the rating.',
      },
    ]);
  });

  it("says when another sheet's index judges its ratings otherwise than the one read for the workbook", () => {
    // The committee's meanings (minutes of the verbal update): Blue embedded, Green complete but not yet embedded.
    const committee = caseReviewSheet();
    committee.values.push([], ["Key to ratings"], ["Blue", "Work embedded into the service."], ["Green", "Complete but not yet embedded."], ["Amber", "Started but not yet completed."], ["Purple", "Closed by the board."]);
    const a = run([peerReviewSheet(), committee]);
    expect(a.index.source).toMatchObject({ kind: "block", sheet: "Peer Review" });
    const differs = a.findings.filter((f) => f.code === "index-differs");
    expect(differs).toEqual([
      {
        sheet: committee.name,
        row: committee.values.length - 4,
        code: "index-differs",
        severity: "warning",
        message: `The index below the table on sheet "${committee.name}" differs from the index below the table on sheet "Peer Review", which is read for the whole workbook: it has Purple, which the one read does not; Green means complete there ("Complete but not yet embedded."); make the two agree, or choose the Complete rating in the task pane's settings.`,
      },
    ]);
    // Once the settings say which ratings are complete, only the rating the one read lacks is left to say.
    const settled = run([peerReviewSheet(), committee], settingsSchema.parse({ completeRating: "Blue and Green" }));
    expect(settled.findings.filter((f) => f.code === "index-differs").map((f) => f.message)).toEqual([expect.stringMatching(/: it has Purple, which the one read does not; make the two agree\.$/)]);
    // Two sheets printing the same index say nothing.
    expect(run([peerReviewSheet(), { ...peerReviewSheet(), name: "Peer Review 2" }]).findings.filter((f) => f.code === "index-differs")).toEqual([]);
  });

  it("counts every row of a tracker kept one row per review, where the review itself is rated", () => {
    const a = run([
      sheet("Reviews", [
        ["Review", "Lead", "Due date", "RAG", "Progress update"],
        ["Rapid Review Child B", "CSC", "Mar 2021", "R", null],
        ["CSPR Child C", "Police", "Jun 2022", "A", "Terms of reference agreed"],
        ["LCSPR Family D", "Health", "Sep 2021", "R", null],
      ]),
    ]);
    expect(a.totals.total).toBe(3);
    expect(a.overdue.map((f) => f.action.row)).toEqual([2, 4]);
  });

  it("counts a rated row whose action is under a header it does not know, and keeps the review a rated title row names", () => {
    const described = run([
      sheet("Plan", [
        ["No", "Description", "Lead", "Comments", "RAG"],
        [1, "Set up the MASH subgroup", "LSCP", "Subgroup set up.", "Blue"],
        [2, "Agree a multi-agency dataset", "Police", null, "Red"],
      ]),
    ]);
    expect(described.totals.total).toBe(2);
    expect(described.findings.filter((f) => f.code === "rating-without-action")).toEqual([]);
    const titled = run([
      sheet("Plan", [
        ["Review", "Recommendation", "RAG"],
        ["Child A", null, "Green"],
        [null, "Brief practitioners on the learning", "Green"],
        [null, "Audit the effect", "Amber"],
      ]),
    ]);
    expect(titled.actions.map((x) => x.review)).toEqual(["Child A", "Child A"]);
  });

  it("groups categories written with a trailing full stop or with & for and, under the most common spelling", () => {
    const s = sheet("Plan", [
      ["Category", "Action", "RAG"],
      ["Finance", "Set the budget", "B"],
      ["Finance.", "Agree contributions", "G"],
      ["Learning & Improvement", "Publish the framework", "B"],
      ["Learning and Improvement", "Run the audit", "A"],
      ["Learning and Improvement", "Brief the partners", "G"],
    ]);
    expect(run([s]).byCategory.map((g) => [g.name, g.total])).toEqual([
      ["Finance", 2],
      ["Learning and Improvement", 3],
    ]);
  });

  it("gives a row with a blank review the review written above it, not the sheet's name", () => {
    const s = sheet("Case Reviews", [
      ["Review", "No", "Action", "RAG"],
      ["Leo", 1, "Brief practitioners", "B"],
      [null, 2, "Audit the effect", "A"],
      ["Frankie", 1, "Update the procedures", "G"],
      [null, 2, "Train the leads", "G"],
    ]);
    expect(run([s]).sentences).toEqual(["Leo – 2 actions identified (1 blue and 1 amber)", "Frankie – 2 actions identified (2 green)"]);
  });

  it("groups a composite sheet by its Review column and writes the committee's sentences word for word as the minutes have them", () => {
    const a = run([caseReviewSheet()]);
    expect(a.sentences).toEqual([
      "Frankie – 14 actions identified (11 blue and 3 amber)",
      "Sam and Kyle – 18 actions identified (16 blue and 2 amber)",
      "Leo – 14 actions identified (1 blue, 4 green, and 9 amber)",
    ]);
    expect(a.totals.total).toBe(46);
  });

  it("counts each sheet as its own review when there is no Review column, and skips sheets with no tracker", () => {
    const notes = sheet("Notes", [["Notes for the business team"], ["Remember to send the pack by Friday."]]);
    const a = run([peerReviewSheet(), notes, caseReviewSheet()]);
    expect(a.byReview.map((g) => [g.name, g.total])).toEqual([["Peer Review", 26], ["Frankie", 14], ["Sam and Kyle", 18], ["Leo", 14]]);
    expect(a.findings).toContainEqual(expect.objectContaining({ sheet: "Notes", code: "sheet-no-tracker", severity: "info" }));
    expect(a.totals.total).toBe(72);
  });

  it("says a skipped sheet is empty where it is, rather than that it has no header row", () => {
    const a = run([peerReviewSheet(), sheet("Actions", []), sheet("Blank", [[null, "  "], []]), sheet("Notes", [["Notes for the business team"]])]);
    expect(a.findings.filter((f) => f.code === "sheet-no-tracker").map((f) => f.message)).toEqual([
      'Sheet "Actions" was skipped: it is empty.',
      'Sheet "Blank" was skipped: it is empty.',
      'Sheet "Notes" was skipped: it has no header row naming action-plan columns (such as Recommendation, Actions, Response, RAG).',
    ]);
  });

  it("finds the rating column from its content when the header does not name it", () => {
    const s = sheet("Plan", [
      ["No", "Recommendation", "Progress", "Where are we"],
      [1, "Review thresholds", "Done", "Blue"],
      [2, "Train staff", "Under way", "amber"],
      [3, "Publish protocol", "Drafted", "G"],
      [4, "Audit cases", "Planned", "Red"],
    ]);
    const a = run([s]);
    expect(a.trackers[0]?.columns.rating).toBe(4);
    expect(a.totals.counts).toMatchObject({ Blue: 1, Amber: 1, Green: 1, Red: 1 });
  });

  it("finds the rating column from its content past a stray entry in the sheet's last column", () => {
    const rows: CellValue[][] = [["No", "Recommendation", "Progress", "Where are we"]];
    for (let i = 1; i <= 2000; i++) rows.push([i, `Recommendation ${i}`, "Under way", ["Blue", "amber", "G", "Red"][i % 4]!]);
    const stray: CellValue[] = new Array(16_384).fill(null);
    stray[16_383] = "stray";
    rows.push(stray);
    const a = run([sheet("Plan", rows)]);
    expect(a.trackers[0]?.columns.rating).toBe(4);
    expect(a.totals.counts).toMatchObject({ Blue: 500, Amber: 500, Green: 500, Red: 500 });
  });

  it("takes a progress update saying a rating named by a colour for a slip of a column, and one named in words (Complete) for the update it is", () => {
    const key = sheet("RAG Key", [
      ["Rating", "Meaning"],
      ["Complete", "Action complete."],
      ["Green", "On track."],
      ["Amber", "Some delay."],
      ["Red", "Off track."],
    ]);
    const responses = caseReviewSheet((row, i) => void (i < 3 && (row[5] = i === 0 ? "Red" : "Complete")));
    const a = run([key, responses]);
    expect(a.findings.filter((f) => f.code === "rating-as-progress").map((f) => f.message)).toEqual([
      'Row 3: the progress update in column F says only "Red", a rating, not what was done, so the action is counted as reporting no progress; if a rating was typed in the wrong column, put the update back and type the rating in column J.',
    ]);
    expect(a.actions.filter((x) => x.progressIsRating).map((x) => x.row)).toEqual([3]);
    // A full stop after it says no more.
    for (const said of ["Green.", "(Green)", "Amber ...", '"A"']) expect(run([caseReviewSheet((row, i) => void (i === 0 && (row[5] = said)))]).actions[0]!.progressIsRating, said).toBe(true);
  });

  it("reads a RAG Key sheet, which is not a tracker, and lets Blue mean embedded with Green complete but not embedded", () => {
    const key = sheet("RAG Key", [
      ["Rating", "Meaning"],
      ["Blue", "Work embedded into the service."],
      ["Green", "Complete but not yet embedded."],
      ["Amber", "Work started but not yet completed."],
    ]);
    const a = run([key, caseReviewSheet()]);
    expect(a.index.source).toEqual({ kind: "keySheet", sheet: "RAG Key" });
    // The committee's words: Blue is embedded, Green complete but not yet embedded; both are complete, Amber is not.
    expect(a.index.entries.map((e) => [e.name, e.complete])).toEqual([["Blue", true], ["Green", true], ["Amber", false]]);
    expect(a.findings.find((f) => f.code === "index-from-workbook")?.message).toBe(
      'Ratings are read with the key on sheet "RAG Key" (Blue, Green, Amber; Blue and Green mean complete).',
    );
    expect(a.trackers.map((t) => t.sheet)).toEqual(["Case Reviews"]);
    expect([...a.stale, ...a.overdue].every((f) => f.action.rating.kind !== "rated" || f.action.rating.entry.name === "Amber")).toBe(true);
    const complete = (completeRating: string) =>
      run([key, caseReviewSheet()], settingsSchema.parse({ completeRating }))
        .index.entries.filter((e) => e.complete)
        .map((e) => e.name);
    expect(complete("Green")).toEqual(["Green"]);
    expect(complete("Blue, Green")).toEqual(["Blue", "Green"]);
    expect(complete("B and G")).toEqual(["Blue", "Green"]);
    expect(complete("Purple")).toEqual(["Blue", "Green"]);
  });

  it("reads a key on a sheet named otherwise ('Guidance'), where Green is complete, but never a table of other statuses", () => {
    const guidance = sheet("Guidance", [
      ["How we rate our actions"],
      ["RAG", "Meaning"],
      ["Blue", "On track."],
      ["Green", "Complete."],
      ["Amber", "At risk."],
      ["Red", "Off track."],
    ]);
    const a = run([caseReviewSheet(), guidance]);
    expect(a.index.source).toEqual({ kind: "keySheet", sheet: "Guidance" });
    expect(a.index.entries.filter((e) => e.complete).map((e) => e.name)).toEqual(["Green"]);
    expect(a.findings.filter((f) => f.sheet === "Guidance" && f.code === "sheet-no-tracker")).toEqual([]);
    const statuses = sheet("Notes", [["Status", "Meaning"], ["Open", "Action under way."], ["Closed", "Action finished."], ["Blue", "See the key."]]);
    expect(run([caseReviewSheet(), statuses]).index.source).toEqual({ kind: "default" });
  });

  it("reads a key whose names carry a note, and keeps G for Green when the key adds Grey", () => {
    const key = sheet("RAG Key", [
      ["Rating", "Meaning"],
      ["Blue (Complete)", "Work embedded."],
      ["Green (On track)", "Progressing to plan."],
      ["Amber", "Some delay."],
      ["Red", "Significant delay."],
      ["Grey", "Not started."],
    ]);
    const plan = sheet("Plan", [["Recommendation", "RAG"], ["Train staff", "G"], ["Audit", "Grey"], ["Publish", "B"]]);
    const a = run([key, plan]);
    expect(a.index.source).toEqual({ kind: "keySheet", sheet: "RAG Key" });
    expect(a.index.entries.map((e) => [e.name, e.code])).toEqual([["Blue", "B"], ["Green", "G"], ["Amber", "A"], ["Red", "R"], ["Grey", "Grey"]]);
    expect(a.index.entries[0]!.meaning).toBe("Complete: Work embedded.");
    expect(a.totals.counts).toMatchObject({ Blue: 1, Green: 1, Grey: 1, Invalid: 0 });
  });

  it("colours a key's ratings named in words by what they say, as the reference documents colour them, and any other name apart from the unrated", () => {
    const key = sheet("RAG Key", [
      ["Rating", "Meaning"],
      ["Complete", "Action complete."],
      ["On track", "Progressing to plan."],
      ["Some slippage", "Will recover."],
      ["Off track", "Not expected to recover."],
      ["Not started", "Work has not begun."],
      ["Escalated", "Referred to the Management Executive Board."],
    ]);
    const a = run([key, sheet("Plan", [["Recommendation", "RAG"], ["Train staff", "Complete"], ["Audit", "Escalated"]])]);
    expect(a.index.entries.map((e) => [e.name, e.colour])).toEqual([
      ["Complete", "#0070C0"],
      ["On track", "#00B050"],
      ["Some slippage", "#FFC000"],
      ["Off track", "#C00000"],
      ["Not started", "#A6A6A6"],
      ["Escalated", expect.not.stringMatching(/^#D9D9D9$/)],
    ]);
  });

  it("reads a six-point key's in-between ratings, written with a hyphen or a slash, and gives each its colours' initials where the key gives no code", () => {
    const key = sheet("RAG Key", [
      ["RAG", "Meaning"],
      ["Blue", "Complete."],
      ["Green", "On track."],
      ["Amber-Green", "Minor slippage, expected to recover."],
      ["Amber", "Some slippage."],
      ["Amber/Red", "Significant slippage."],
      ["Red", "Not started or off track."],
      ["Amber - see the notes below", "Not a rating: a dash with spaces parts a name from words about it."],
    ]);
    const plan = sheet("Plan", [["Recommendation", "RAG"], ["Train staff", "AG"], ["Audit", "Amber-Green"], ["Publish", "A"], ["Consult", "amber/red"], ["Review", "AR"]]);
    const a = run([key, plan]);
    expect(a.index.entries.map((e) => [e.code, e.name])).toEqual([["B", "Blue"], ["G", "Green"], ["AG", "Amber-Green"], ["A", "Amber"], ["AR", "Amber/Red"], ["R", "Red"]]);
    expect(a.totals.counts).toMatchObject({ "Amber-Green": 2, Amber: 1, "Amber/Red": 2, Invalid: 0 });
    // Each drawn between its two colours, so the charts tell every rating apart, and none in the unrated's grey.
    expect(a.index.entries.map((e) => e.colour)).toEqual(["#0070C0", "#00B050", "#80B828", "#FFC000", "#E06000", "#C00000"]);
    expect(a.findings.filter((f) => f.code === "key-row-not-read").map((f) => [f.row, f.column, f.message])).toEqual([
      [
        8,
        "A",
        'The key on sheet "RAG Key" names "Amber - see the notes below" (A8), but it is not read as a rating\'s name, so actions rated with it count as invalid; write each rating\'s name alone in column A (letters, as "Amber" or "Amber-Green", with any code in brackets after it), and any note in the meaning.',
      ],
    ]);
  });

  it("says nothing of notes written under a key, in one cell or labelled, and reads none as a rating", () => {
    const key = sheet("RAG Key", [
      ["Rating", "Meaning"],
      ["Blue", "Complete."],
      ["Green", "On track."],
      [],
      ["Ratings are agreed by the lead agency at each quarterly review."],
      ["See notes below"],
      ["Owner:", "LSCP Business Team"],
      ["N.B.", "Blue is only given once the evidence is seen."],
    ]);
    const a = run([key, caseReviewSheet()]);
    expect(a.index.entries.map((e) => e.name)).toEqual(["Blue", "Green"]);
    expect(a.findings.filter((f) => f.code === "key-row-not-read")).toEqual([]);
  });

  it("marks every rating a key's Complete? column says yes to as complete", () => {
    const key = sheet("RAG Key", [
      ["Rating", "Meaning", "Complete?"],
      ["Blue", "Embedded.", "Yes"],
      ["Green", "Finished, awaiting evidence.", "Yes"],
      ["Amber", "Started.", ""],
      ["Red", "Not started.", "No"],
    ]);
    expect(run([key, caseReviewSheet()]).index.entries.map((e) => e.complete)).toEqual([true, true, false, false]);
    const byMeaning = sheet("RAG Key", [
      ["Rating", "Meaning"],
      ["Blue", "Action complete."],
      ["Green", "On track."],
      ["Amber", "Some delay but expected to be completed on time."],
      ["Red", "Significant delay; will not be completed by the due date."],
    ]);
    expect(run([byMeaning, caseReviewSheet()]).index.entries.map((e) => e.complete)).toEqual([true, false, false, false]);
  });

  it("honours column overrides and the list of tracker sheets", () => {
    const s = sheet("Plan", [["Ref", "Recommendation", "Col C"], [1, "Train staff", "B"], [2, "Audit", "A"]]);
    const settings = settingsSchema.parse({ columnOverrides: { Plan: { rating: "C" } }, trackerSheets: ["Plan"] });
    const a = run([s, peerReviewSheet()], settings);
    expect(a.trackers.map((t) => t.sheet)).toEqual(["Plan"]);
    expect(a.totals.counts).toMatchObject({ Blue: 1, Amber: 1 });
  });

  it("takes a merged section row and a header repeated after a page break in its stride", () => {
    const s = sheet("Plan", [
      ["Objective", "No", "Action", "RAG"],
      ["Strategic Aim 3 – Voice of the child"],
      ["Hear children", 3.1, "Consult the Youth Cabinet", "G"],
      ["Objective", "No", "Action", "RAG"],
      ["Hear children", 3.2, "Survey schools", "A"],
    ], { merges: [{ top: 2, bottom: 2, left: 1, right: 4 }] });
    const a = run([s]);
    expect(a.actions.map((x) => [x.ref, x.category])).toEqual([["3.1", "Strategic Aim 3 – Voice of the child"], ["3.2", "Strategic Aim 3 – Voice of the child"]]);
  });

  it("says in one sentence why a workbook cannot be used", () => {
    expect(() => run([sheet("Notes", [["Just some notes"]])])).toThrow(WorkbookUnusableError);
    expect(() => run([sheet("Notes", [["Just some notes"]])])).toThrow(/^No action-plan tracker was found in this workbook/);
    // It ends with what to do: a header the reader always takes, or (where the settings name the sheets) the sheet to tick.
    expect(() => run([sheet("Notes", [["Just some notes"]])])).toThrow(/; to have the table read, give it a header row of short text headings with a RAG column and an Actions or Recommendation column\.$/);
    const named = { ...DEFAULT_SETTINGS, trackerSheets: ["Notes", "Minutes"] };
    expect(() => run([sheet("Notes", [["Just some notes"]]), sheet("Minutes", [["Agreed"]])], named)).toThrow(
      'No action-plan tracker was found on the sheets "Notes" and "Minutes", the only sheets the settings say to read: RAG Tracker looked there for a header row naming columns such as Recommendation, Actions, Response, RAG, Lead or Time scale; tick the tracker\'s sheet under Tracker sheets in the task pane\'s settings, or give the table a header row of short text headings with a RAG column and an Actions or Recommendation column.',
    );
    // A sheet the settings name that the workbook no longer has (renamed since): the settings are what to change.
    expect(() => run([sheet("Notes", [["Just some notes"]])], { ...DEFAULT_SETTINGS, trackerSheets: ["Plan"] })).toThrow(
      'The settings say to read the sheet "Plan" alone, which this workbook does not have; tick the tracker\'s sheet under Tracker sheets in the task pane\'s settings.',
    );
    expect(() => run([sheet("Notes", [["Just some notes"]])], { ...DEFAULT_SETTINGS, trackerSheets: ["Notes", "Plan"] })).toThrow(/^No action-plan tracker was found on the sheet "Notes", the only sheet the settings say to read \(the settings also name "Plan", which this workbook does not have\): /);
    const noRating = sheet("Plan", [["Recommendation", "Response", "Lead"], ["Train staff", "Under way", "Police"]]);
    expect(() => run([noRating])).toThrow('No rating column was found on "Plan": looked for a header such as RAG');
    expect(() => run([])).toThrow(WorkbookUnusableError);
  });

  it("reads the sheet the settings name, not another whose name differs by a space at the end (Excel keeps them apart)", () => {
    const spaced = { ...caseReviewSheet(), name: "Case Reviews " };
    const a = run([caseReviewSheet(), spaced], { ...DEFAULT_SETTINGS, trackerSheets: ["Case Reviews"] });
    expect([a.trackers.map((t) => t.sheet), a.actions.length]).toEqual([["Case Reviews"], caseReviewSheet().values.length - 2]);
  });

  it("reads a tab whose name ends in a space the settings leave out, or the other way round, where no other tab has the name", () => {
    const spaced = { ...caseReviewSheet(), name: "Case Reviews " };
    const plain = caseReviewSheet();
    const reviewSheet = sheet("Leo", [["Ref", "Recommendation", "Col C"], [1, "Train staff", "B"], [2, "Audit", "A"]]);
    for (const [tab, named] of [
      [spaced, "Case Reviews"],
      [plain, "Case Reviews  "],
    ] as const) {
      const a = run([tab, peerReviewSheet()], { ...DEFAULT_SETTINGS, trackerSheets: [named] });
      expect([a.trackers.map((t) => t.sheet), a.findings.filter((f) => f.code === "sheet-no-tracker" && f.severity === "warning")]).toEqual([[tab.name], []]);
    }
    // A column chosen and a review named for the sheet by its name without the space are that tab's too.
    const settings = settingsSchema.parse({ trackerSheets: ["Leo"], columnOverrides: { Leo: { rating: "C" } }, sheetReviews: { Leo: "Leo" } });
    const a = run([{ ...reviewSheet, name: "Leo " }], settings);
    expect(a.totals.counts).toMatchObject({ Blue: 1, Amber: 1 });
    expect(a.trackers[0]?.sheetReview).toEqual({ review: "Leo", namedBy: "settings" });
  });

  it("takes every column chosen for a tab under names spelled differently, and the one spelled as the tab, case and all, where both choose a role", () => {
    const leo = { ...caseReviewSheet(), name: "LEO" };
    const columnsOf = (columnOverrides: Record<string, Record<string, string>>) => {
      const columns = run([leo], settingsSchema.parse({ columnOverrides })).trackers[0]!.columns;
      return { rating: columns.rating, due: columns.due };
    };
    // As read unset: the rating in J, the due date in H.
    expect(columnsOf({})).toEqual({ rating: 10, due: 8 });
    expect(columnsOf({ Leo: { rating: "F" }, LEO: { due: "I" } })).toEqual({ rating: 6, due: 9 });
    expect(columnsOf({ Leo: { rating: "F", due: "I" }, LEO: { rating: "J" } })).toEqual({ rating: 10, due: 9 });
    expect(columnsOf({ "LEO ": { rating: "F" }, leo: { rating: "J" } })).toEqual({ rating: 10, due: 8 });
  });

  it("reads neither of two tabs whose names differ from the settings' only by end spaces, and says so", () => {
    const a = run([{ ...caseReviewSheet(), name: "Case Reviews " }, { ...caseReviewSheet(), name: " Case Reviews" }, peerReviewSheet()], { ...DEFAULT_SETTINGS, trackerSheets: ["Case Reviews", "Peer Review"] });
    expect(a.trackers.map((t) => t.sheet)).toEqual(["Peer Review"]);
    expect(a.findings.filter((f) => f.code === "sheet-no-tracker" && f.severity === "warning").map((f) => f.message)).toEqual([
      'The settings name a tracker sheet "Case Reviews" that was not read: it could be either of the tabs "Case Reviews " and " Case Reviews", whose names differ only by spaces at their ends; tick the one meant under Tracker sheets in the task pane\'s settings.',
    ]);
  });

  it("warns that a column override or review of a sheet two tabs could be, differing only by end spaces, is not used, and names both tabs where they are all the settings name", () => {
    const tabs = [{ ...caseReviewSheet(), name: " Case Reviews" }, { ...caseReviewSheet(), name: "Case Reviews " }];
    const settings = settingsSchema.parse({ columnOverrides: { "Case Reviews": { rating: "F" } }, sheetReviews: { "Case Reviews": "Leo" } });
    const a = run(tabs, settings);
    expect(a.trackers.every((t) => t.columns.rating === 10 && t.sheetReview?.namedBy !== "settings")).toBe(true);
    expect(a.findings.filter((f) => f.code === "settings-sheet-alike").map((f) => [f.severity, f.message])).toEqual([
      ["warning", 'The columns the settings choose for a sheet "Case Reviews" were not used: the name could be either of the tabs " Case Reviews" and "Case Reviews ", whose names differ only by spaces at their ends; choose them again for the sheet meant under Column overrides in the task pane\'s settings.'],
      ["warning", 'The review the settings name for a sheet "Case Reviews" was not used: the name could be either of the tabs " Case Reviews" and "Case Reviews ", whose names differ only by spaces at their ends; name it again for the sheet meant under Reviews of sheets in the task pane\'s settings.'],
    ]);
    expect(() => run(tabs, { ...DEFAULT_SETTINGS, trackerSheets: ["Case Reviews"] })).toThrow(
      'The settings say to read the sheet "Case Reviews" alone, which could be either of the tabs " Case Reviews" and "Case Reviews ", whose names differ only by spaces at their ends, so neither was read; tick the tracker\'s sheet under Tracker sheets in the task pane\'s settings.',
    );
    const notes = sheet("Notes", [["Just some notes"]]);
    expect(() => run([...tabs, notes], { ...DEFAULT_SETTINGS, trackerSheets: ["Notes", "Case Reviews"] })).toThrow(
      /^No action-plan tracker was found on the sheet "Notes", the only sheet the settings say to read \(the settings also name "Case Reviews", which could be either of the tabs " Case Reviews" and "Case Reviews ", whose names differ only by spaces at their ends, so neither was read\): /,
    );
  });

  it("ignores sheets RAG Tracker generated and its store sheet", () => {
    const generated = { ...peerReviewSheet(), name: "RAG Summary", generatedKey: "summary" };
    const a = run([peerReviewSheet(), generated, sheet("RAGTracker_Data", [["kind", "id"], ["settings", "workbook", "{}"]])]);
    expect(a.trackers.map((t) => t.sheet)).toEqual(["Peer Review"]);
  });
});

describe("awkward headers", () => {
  it("reads the first of two rating-like columns and says which it used", () => {
    const s = sheet("Plan", [
      ["No", "Recommendation", "RAG", "RAG Status"],
      [1, "Train staff", "B", "Amber"],
      [2, "Audit", "G", "Red"],
    ]);
    const a = run([s]);
    expect(a.trackers[0]?.columns.rating).toBe(3);
    expect(a.totals.counts).toMatchObject({ Blue: 1, Green: 1 });
    expect(a.findings).toContainEqual(
      expect.objectContaining({ code: "duplicate-column", column: "D", message: expect.stringContaining('Column D ("RAG Status") and column C ("RAG") both head a RAG rating column, and only column C is read;') }),
    );
  });

  it("reads a RAG column as the rating beside a Status column that holds progress words, whichever comes first, without a warning", () => {
    for (const [header, rows] of [
      [["Recommendation", "Actions", "Status", "RAG"], [["Train staff", "Brief teams", "Complete", "B"], ["Audit", "Audit files", "In progress", "A"]]],
      [["Recommendation", "Actions", "RAG", "Status"], [["Train staff", "Brief teams", "B", "Complete"], ["Audit", "Audit files", "A", "In progress"]]],
    ] as [string[], CellValue[][]][]) {
      const a = run([sheet("Plan", [header, ...rows])]);
      expect(a.trackers[0]?.columns.rating).toBe(header.indexOf("RAG") + 1);
      expect(a.totals.counts).toMatchObject({ Blue: 1, Amber: 1, Invalid: 0 });
      expect(a.findings.filter((f) => f.code === "duplicate-column")).toEqual([]);
    }
  });

  it("reads an 'Action update' column as the progress update, not as a second actions column", () => {
    const a = run([sheet("Plan", [["Action", "Action update", "RAG"], ["Brief teams", "Briefings delivered in June.", "G"]])]);
    expect(a.actions[0]).toMatchObject({ actions: "Brief teams", response: "Briefings delivered in June." });
  });

  it("takes a section row that starts with 'Key' for a section, not for a RAG index", () => {
    const a = run([
      sheet("Plan", [["Priority", "Action", "Lead", "RAG"], ["Key Priority 2 – Early Help"], [null, "Review thresholds", null, "A"], [null, "Refresh EH guidance", null, "G"], [null, "Audit EH cases", "Audit Group", "R"]]),
    ]);
    expect(a.index.source).toEqual({ kind: "default" });
    expect(a.actions.map((x) => [x.category, x.actions])).toEqual([
      ["Key Priority 2 – Early Help", "Review thresholds"],
      ["Key Priority 2 – Early Help", "Refresh EH guidance"],
      ["Key Priority 2 – Early Help", "Audit EH cases"],
    ]);
  });

  it("does not call a number merged down beside several actions of one recommendation a duplicate", () => {
    const s = sheet(
      "Plan",
      [["Rec No", "Recommendation", "Action", "RAG"], [1, "Strengthen supervision", "Audit supervision files", "B"], [null, null, "Refresh the supervision policy", "G"], [2, "Share learning", "Publish a briefing", "B"]],
      { merges: [{ top: 2, bottom: 3, left: 1, right: 1 }, { top: 2, bottom: 3, left: 2, right: 2 }] },
    );
    const a = run([s]);
    expect(a.actions.map((x) => x.ref)).toEqual(["1", "1", "2"]);
    expect(a.findings.filter((f) => f.code === "duplicate-ref")).toEqual([]);
  });

  it("gives an example date in the locale's own order when a time scale is not a date", () => {
    const s = sheet("Plan", [["Action", "Time scale", "RAG"], ["Brief teams", "14/06/2021", "G"]]);
    const us = run([s], settingsSchema.parse({ locale: "en-US" }));
    expect(us.findings.find((f) => f.code === "date-invalid")?.message).toBe(
      'Row 2: the time scale "14/06/2021" is not a real date, so it is not used; write a real date such as 06/14/2021 or a month such as December 2021.',
    );
  });

  it("says a due date typed as digits with no separators is not read, as a number or as text, and suggests it with separators", () => {
    // The peer review plan's rows, as at 1 November 2021: the first date was typed 31032022 (Excel keeps a number), the second as text.
    const s = sheet("Plan", [
      ["Rec No", "Recommendation", "Time scale", "Last updated", "RAG"],
      [1, "Consider deputies on Strategic Group", 31032022, "01/10/2021", "Amber"],
      [2, "Revise Learning and Improvement Framework", "310321", "01/10/2021", "Amber"],
      [3, "Agree a multiagency dataset based on priority areas", "December 2021", "01102021", "Green"],
    ]);
    const a = run([s]);
    expect(a.findings.filter((f) => f.code === "date-invalid").map((f) => [f.column, f.value, f.severity, f.message])).toEqual([
      ["C", "31032022", "warning", 'Row 2: the time scale "31032022" is a run of digits with no separators, which is not read as a date, so it is not used; write it as a date with separators, such as 31/03/2022.'],
      ["C", "310321", "warning", 'Row 3: the time scale "310321" is a run of digits with no separators, which is not read as a date, so it is not used; write it as a date with separators, such as 31/03/2021.'],
      ["D", "01102021", "warning", 'Row 4: the last-updated date "01102021" is a run of digits with no separators, which is not read as a date, so it is not used; write it as a date with separators, such as 01/10/2021.'],
    ]);
    // Not read as dates: no due date, so neither overdue; the last update unknown, so stale.
    expect(a.actions.map((x) => [x.due, x.updated])).toEqual([[null, "2021-10-01"], [null, "2021-10-01"], ["2021-12-31", null]]);
    expect(a.overdue).toEqual([]);
    expect(a.stale.map((f) => f.action.row)).toEqual([4]);
  });

  it("says digits typed into a date-formatted cell, which Excel shows as a date after 2099, are not read, in the add-in (numbers) and from a file (dates), as the date shown and perhaps the digits", () => {
    // As at 1 November 2021: 310321 (31/03/2021, overdue) typed into a dd/mm/yyyy cell shows as a date in 2749, never overdue; 31032021 as one in year 86862.
    const values: CellValue[][] = [
      ["Rec No", "Recommendation", "Time scale", "Last updated", "RAG"],
      [1, "Consider deputies on Strategic Group", 310321, 44470, "Amber"],
      [2, "Revise Learning and Improvement Framework", 31032021, 31102021, "Amber"],
      [3, "Agree a multiagency dataset based on priority areas", 20050612, 44470, "Amber"],
      [4, "Develop different audit models", 123456, 44470, "Green"],
      // 01/10/2201, typed with separators: its serial's digits (110213) would make 11/02/2013, so both readings are said.
      [5, "Publish the annual report", 110213, 44470, "Amber"],
      // 01102021 with the leading zero Excel drops: seven digits.
      [6, "Refresh the escalation policy", 1102021, 44470, "Amber"],
    ];
    const numberFormats = values.map((row, i) => row.map((_, c) => (i > 0 && (c === 2 || c === 3) ? "dd/mm/yyyy" : "General")));
    const said = [
      ["C", "310321", 'Row 2: the time scale shows 17 August 2749, a date no action plan means, perhaps the digits 310321 typed with no separators, so it is not used; write it as a date with separators, such as 31/03/2021.'],
      ["C", "31032021", 'Row 3: the time scale shows 1 October 86862, a date no action plan means, perhaps the digits 31032021 typed with no separators, so it is not used; write it as a date with separators, such as 31/03/2021.'],
      ["D", "31102021", 'Row 3: the last-updated date shows 1 June 87054, a date no action plan means, perhaps the digits 31102021 typed with no separators, so it is not used; write it as a date with separators, such as 31/10/2021.'],
      // Year first where day first makes no date of 1990 to 2099 (20/05/0612); none suggested where no reading does: a date after 2099 is said as the date it is.
      ["C", "20050612", 'Row 4: the time scale shows 1 September 56796, a date no action plan means, perhaps the digits 20050612 typed with no separators, so it is not used; write it as a date with separators, such as 12/06/2005.'],
      ["C", "2238-01-03", 'Row 5: the time scale shows 3 January 2238, a date no action plan means, so it is not used; write a real date such as 14/06/2021 or a month such as December 2021.'],
      ["C", "110213", 'Row 6: the time scale shows 1 October 2201, a date no action plan means, perhaps the digits 110213 typed with no separators, so it is not used; write it as a date with separators, such as 11/02/2013.'],
      ["C", "1102021", 'Row 7: the time scale shows 24 March 4917, a date no action plan means, perhaps the digits 1102021 typed with no separators, so it is not used; write it as a date with separators, such as 01/10/2021.'],
    ];
    const addIn = run([sheet("Plan", values, { numberFormats })]);
    const asDate = (serial: CellValue) => (typeof serial === "number" ? new Date(Date.UTC(1899, 11, 30) + serial * 864e5) : serial);
    const file = run([sheet("Plan", values.map((row, i) => (i === 0 ? row : row.map((v, c) => (c === 2 || c === 3 ? asDate(v) : v)))))]);
    for (const a of [addIn, file]) {
      expect(a.findings.filter((f) => f.code === "date-invalid").map((f) => [f.column, f.value, f.message])).toEqual(said);
      expect(a.actions.map((x) => x.due)).toEqual([null, null, null, null, null, null]);
      expect(a.actions[1]!.updated).toBeNull();
    }
  });

  it("still reads a Status column as the rating when no other column names it", () => {
    const a = run([sheet("Plan", [["Recommendation", "Status"], ["Train staff", "Blue"], ["Audit", "Red"]])]);
    expect(a.totals.counts).toMatchObject({ Blue: 1, Red: 1 });
  });

  it("reads error values, numbers and booleans in the rating column as invalid", () => {
    const s = sheet("Plan", [
      ["No", "Recommendation", "RAG"],
      [1, "Train staff", { error: "#N/A" }],
      [2, "Audit", 3],
      [3, "Publish", true],
      [4, "Review", "Blue"],
    ]);
    const a = run([s]);
    expect(a.totals.counts).toMatchObject({ Blue: 1, Invalid: 3 });
    expect(a.findings.filter((f) => f.code === "rating-invalid").map((f) => f.value)).toEqual(["#N/A", "3", "TRUE"]);
  });
});

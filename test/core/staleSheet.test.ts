import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import { settingsSchema } from "../../src/core/settings";
import { STALE_SHEET, buildSummaryPlan } from "../../src/core/summaryPlan";
import { buildPackPlan } from "../../src/core/history/packPlan";
import { newlyNotUpdated } from "../../src/core/history/moveWords";
import type { PlanCell } from "../../src/core/writePlan";

const HEADER = ["Review", "Action No", "Action", "Time scale", "Last updated", "RAG"];
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function plan(rows: CellValue[][]): SheetSnapshot {
  return { name: "Plan", firstRow: 1, firstColumn: 1, values: [HEADER, ...rows], merges: [] };
}

/** The Stale Actions rows below its header, as flag, row and days. */
function staleRows(rows: CellValue[][]) {
  const analysis = analyseWorkbook({ sheets: [plan(rows)] }, settingsSchema.parse({ staleDays: 90 }), "2021-11-01");
  const sheet = buildSummaryPlan(analysis).sheets.find((s) => s.name === STALE_SHEET)!;
  const value = (cell: PlanCell | undefined) => (cell && cell.kind !== "blank" ? cell.value : null);
  const header = sheet.rows[sheet.freezeRows - 1]!.map((c) => value(c));
  const at = (r: PlanCell[], name: string) => r[header.indexOf(name)];
  return sheet.rows.slice(sheet.freezeRows).map((r) => ({
    flag: value(r[0]),
    fill: r[0]?.fill,
    row: value(at(r, "Row")),
    sinceUpdate: value(at(r, "Days since update")),
    overdue: value(at(r, "Days overdue")),
    due: value(at(r, "Due")),
    updated: value(at(r, "Last updated")),
    rating: at(r, "Rating"),
  }));
}

describe("the Stale Actions sheet", () => {
  it("says 'never' only where the sheet keeps a last-updated column, and shows a time scale written as a real date as that date", () => {
    const withColumn = plan([["Frankie", 1, "Brief staff", day("2021-06-30"), null, "Amber"]]);
    const withoutColumn: SheetSnapshot = { name: "Delivery", firstRow: 1, firstColumn: 1, values: [["Action", "Time scale", "RAG"], ["Publish the annual report", "Annually July", "Amber"], ["Audit files", "March 2021", "Red"]], merges: [] };
    const analysis = analyseWorkbook({ sheets: [withColumn, withoutColumn] }, settingsSchema.parse({ staleDays: 90 }), "2021-11-01");
    const sheet = buildSummaryPlan(analysis).sheets.find((s) => s.name === STALE_SHEET)!;
    const header = sheet.rows[sheet.freezeRows - 1]!.map((c) => (c.kind === "text" ? c.value : ""));
    const cell = (r: PlanCell[], name: string) => r[header.indexOf(name)];
    const rows = sheet.rows.slice(sheet.freezeRows);
    expect(rows.map((r) => [cell(r, "Sheet"), cell(r, "Time scale"), cell(r, "Due"), cell(r, "Last updated")].map((c) => (c && c.kind !== "blank" ? c.value : null)))).toEqual([
      ["Plan", "2021-06-30", "2021-06-30", "never"],
      ["Delivery", "March 2021", "2021-03-31", null],
    ]);
    // A date, shown in the sheet's date format as the plan shows it, not its ISO text, and set left
    // as the time scales written as text are; the Due column's dates sit right, as dates do.
    expect(cell(rows[0]!, "Time scale")).toMatchObject({ kind: "date", align: "left" });
    expect(cell(rows[0]!, "Due")).not.toHaveProperty("align");
  });

  it("lists stale actions in row order, marking those also overdue, then the actions only overdue", () => {
    const rows = staleRows([
      ["Frankie", 1, "Brief staff", "June 2021", day("2021-10-01"), "Amber"], // overdue only
      ["Frankie", 2, "Audit files", "As per meeting cycle", null, "Green"], // stale: never updated
      ["Frankie", 3, "Train leads", "March 2021", day("2021-01-01"), "Red"], // stale and overdue
      ["Frankie", 4, "Share learning", "March 2021", null, "Blue"], // complete: never flagged
      ["Frankie", 5, "Update forms", "December 2030", day("2021-10-20"), "Amber"], // neither
      ["Frankie", 6, "Review policy", "April 2021", day("2021-10-02"), "Amber"], // overdue only
    ]);
    expect(rows.map(({ flag, fill, row, sinceUpdate, overdue }) => ({ flag, fill, row, sinceUpdate, overdue }))).toEqual([
      { flag: "Stale", fill: "#FCE4D6", row: 3, sinceUpdate: null, overdue: null },
      { flag: "Stale and overdue", fill: "#F4B6B6", row: 4, sinceUpdate: 304, overdue: 215 },
      { flag: "Overdue", fill: "#F4B6B6", row: 2, sinceUpdate: null, overdue: 124 },
      { flag: "Overdue", fill: "#F4B6B6", row: 7, sinceUpdate: null, overdue: 185 },
    ]);
    // Each action's own dates, in their own columns: what a lead is chased by.
    expect(rows.map(({ row, due, updated }) => [row, due, updated])).toEqual([
      [3, null, "never"],
      [4, "2021-03-31", "2021-01-01"],
      [2, "2021-06-30", "2021-10-01"],
      [7, "2021-04-30", "2021-10-02"],
    ]);
    expect(rows.map((r) => r.rating)).toEqual([
      { kind: "text", value: "Green", style: "body", fill: "#00B050", fontColour: "#000000" },
      { kind: "text", value: "Red", style: "body", fill: "#C00000", fontColour: "#FFFFFF" },
      { kind: "text", value: "Amber", style: "body", fill: "#FFC000", fontColour: "#000000" },
      { kind: "text", value: "Amber", style: "body", fill: "#FFC000", fontColour: "#000000" },
    ]);
  });

  it("says a stale threshold of one day in the singular, on the Stale Actions sheet and in the Committee Pack", () => {
    const analysis = analyseWorkbook({ sheets: [plan([["Frankie", 1, "Brief staff", "June 2021", day("2021-10-01"), "Amber"]])] }, settingsSchema.parse({ staleDays: 1 }), "2021-11-01");
    const note = buildSummaryPlan(analysis).sheets.find((s) => s.name === STALE_SHEET)!.rows[2]![0]!;
    expect(note).toMatchObject({ value: expect.stringContaining("not updated for more than 1 day, or never)") });
    const headings = buildPackPlan(analysis, undefined).rows.flatMap((r) => (r[0]?.kind === "text" && r[0].value.startsWith("Not updated") ? [r[0].value] : []));
    expect(headings).toEqual(["Not updated for more than 1 day (1)"]);
    expect(newlyNotUpdated(1)).toBe("Newly past 1 day without an update");
  });

  it("says how many actions are both stale and overdue, so the counts add up to the actions listed", () => {
    const headline = (rows: CellValue[][]) => {
      const analysis = analyseWorkbook({ sheets: [plan(rows)] }, settingsSchema.parse({ staleDays: 90 }), "2021-11-01");
      const sheet = buildSummaryPlan(analysis).sheets.find((s) => s.name === STALE_SHEET)!;
      return { note: sheet.rows[2]![0]!, listed: sheet.rows.length - sheet.freezeRows };
    };
    const mixed = headline([
      ["Frankie", 1, "Brief staff", "June 2021", day("2021-10-01"), "Amber"], // overdue only
      ["Frankie", 2, "Audit files", "March 2021", null, "Green"], // stale and overdue
      ["Frankie", 3, "Train leads", "March 2021", day("2021-01-01"), "Red"], // stale and overdue
      ["Frankie", 4, "Update forms", "As per meeting cycle", null, "Amber"], // stale only
    ]);
    expect(mixed.listed).toBe(4);
    expect(mixed.note).toMatchObject({
      kind: "text",
      value: "As at 1 November 2021: 3 stale (not complete and not updated for more than 90 days, or never) and 3 overdue (not complete and past the time scale); 2 are both, so 4 actions are listed.",
    });
    const one = headline([
      ["Frankie", 1, "Brief staff", "March 2021", null, "Amber"], // stale and overdue
    ]);
    expect(one.note).toMatchObject({ value: expect.stringMatching(/1 stale .* and 1 overdue .*; 1 is both, so 1 action is listed\.$/) });
    // Thousands grouped alike in every count, as the outcome line groups them.
    const many = headline(Array.from({ length: 1500 }, (_, i) => ["Frankie", i + 1, "Brief staff", i % 3 === 0 ? "March 2021" : "As per meeting cycle", null, "Amber"]));
    expect(many.note).toMatchObject({ value: expect.stringMatching(/: 1,500 stale .* and 500 overdue .*; 500 are both, so 1,500 actions are listed\.$/) });
    // Nothing is both: the two counts already add up.
    expect(headline([["Frankie", 1, "Brief staff", "June 2021", day("2021-10-01"), "Amber"]]).note).toMatchObject({ value: expect.stringMatching(/0 stale .* and 1 overdue \(not complete and past the time scale\)\.$/) });
  });

  it("pairs the two lists across several tracker sheets, in the workbook's order of sheets rather than by name", () => {
    const sheet = (name: string, rows: CellValue[][]): SheetSnapshot => ({ ...plan(rows), name });
    const analysis = analyseWorkbook(
      {
        sheets: [
          sheet("Zeta review", [
            ["Zeta", 1, "Brief staff", "As per meeting cycle", null, "Amber"], // stale only
            ["Zeta", 2, "Train leads", "June 2021", day("2021-10-01"), "Red"], // overdue only
          ]),
          sheet("Alpha review", [
            ["Alpha", 1, "Audit files", "March 2021", null, "Green"], // stale and overdue
            ["Alpha", 2, "Review policy", "April 2021", day("2021-10-02"), "Amber"], // overdue only
            ["Alpha", 3, "Update forms", "As per meeting cycle", null, "Amber"], // stale only
          ]),
        ],
      },
      settingsSchema.parse({ staleDays: 90 }),
      "2021-11-01",
    );
    const stale = buildSummaryPlan(analysis).sheets.find((s) => s.name === STALE_SHEET)!;
    const value = (cell: PlanCell | undefined) => (cell && cell.kind !== "blank" ? cell.value : null);
    expect(stale.rows.slice(stale.freezeRows).map((r) => [value(r[0]), value(r.at(-2)), value(r.at(-1))])).toEqual([
      ["Stale", "Zeta review", 2],
      ["Stale and overdue", "Alpha review", 2],
      ["Stale", "Alpha review", 4],
      ["Overdue", "Zeta review", 3],
      ["Overdue", "Alpha review", 3],
    ]);
  });

  it("boxes every cell of the list, the blank ones too, and sets 'never' to the right like the dates in its column", () => {
    const analysis = analyseWorkbook(
      {
        sheets: [
          plan([
            ["Frankie", 1, "Brief staff", "As per meeting cycle", null, "Amber"], // stale, never updated: no date, no days overdue
            ["Frankie", 2, "Train leads", "June 2021", day("2021-10-01"), "Red"], // overdue only: no days since update
          ]),
        ],
      },
      settingsSchema.parse({ staleDays: 90 }),
      "2021-11-01",
    );
    const sheet = buildSummaryPlan(analysis).sheets.find((s) => s.name === STALE_SHEET)!;
    const header = sheet.rows[sheet.freezeRows - 1]!;
    const rows = sheet.rows.slice(sheet.freezeRows);
    expect(rows.flat().some((c) => c.kind === "blank")).toBe(true);
    for (const row of rows) {
      expect(row.length).toBe(header.length);
      // "body" and "wrap" are the boxed table styles; a cell with no style has no border.
      for (const [i, cell] of row.entries()) expect(["body", "wrap"], `column ${i + 1}`).toContain(cell.style);
    }
    const never = rows[0]![header.findIndex((c) => c.kind === "text" && c.value === "Last updated")]!;
    expect(never).toMatchObject({ kind: "text", value: "never", align: "right" });
  });

  it("sets the headings over dates, day counts and row numbers to the right, over their values", () => {
    const analysis = analyseWorkbook({ sheets: [plan([["Frankie", 1, "Brief staff", "June 2021", day("2021-10-01"), "Amber"]])] }, settingsSchema.parse({ staleDays: 90 }), "2021-11-01");
    const sheet = buildSummaryPlan(analysis).sheets.find((s) => s.name === STALE_SHEET)!;
    const right = sheet.rows[sheet.freezeRows - 1]!.flatMap((c) => (c.kind === "text" && c.align === "right" ? [c.value] : []));
    expect(right).toEqual(["Due", "Last updated", "Days since update", "Days overdue", "Row"]);
  });

  it("says, as the Committee Pack's lists do, that an action's sheet has no lead column where a blank Lead would read as nobody's", () => {
    // The peer review plan has no lead column; a case review's blank lead is a lead not given.
    const peerReview: SheetSnapshot = {
      name: "Peer Review",
      firstRow: 1,
      firstColumn: 1,
      values: [
        ["Category", "Recommendation", "Specific Actions", "Time scale", "RAG \nRating"],
        ["Governance & Business Support Structures", "1 Consider deputies on Strategic Group to bring strategic /operational leads together", "Strategic Partners to identify deputies who can attend the Strategic Group alongside them.", "March 2021", "G"],
      ],
      merges: [],
    };
    const caseReviews: SheetSnapshot = {
      name: "Case Reviews",
      firstRow: 1,
      firstColumn: 1,
      values: [
        ["Review", "Action No", "Action", "Lead", "Time scale", "RAG"],
        ["Frankie", 1, "Brief staff", "", "June 2021", "Amber"],
        ["Frankie", 2, "Train leads", "Police", "June 2021", "Red"],
      ],
      merges: [],
    };
    const analysis = analyseWorkbook({ sheets: [peerReview, caseReviews] }, settingsSchema.parse({ staleDays: 90 }), "2021-11-01");
    const leads = (rows: PlanCell[][], header: PlanCell[]) => {
      const at = header.findIndex((c) => c.kind === "text" && c.value === "Lead");
      return rows.map((r) => (r[at]!.kind === "text" ? r[at]!.value : null));
    };
    const stale = buildSummaryPlan(analysis).sheets.find((s) => s.name === STALE_SHEET)!;
    expect(leads(stale.rows.slice(stale.freezeRows), stale.rows[stale.freezeRows - 1]!)).toEqual(['(sheet "Peer Review" has no lead column)', null, "Police"]);
    const pack = buildPackPlan(analysis, undefined).rows;
    const overdueHeader = pack.findIndex((r) => r[0]?.kind === "text" && r[0].value.startsWith("Overdue actions")) + 1;
    expect(leads(pack.slice(overdueHeader + 1, overdueHeader + 4), pack[overdueHeader]!)).toEqual(['(sheet "Peer Review" has no lead column)', null, "Police"]);
  });

  it("says so when no action is stale or overdue", () => {
    expect(staleRows([["Frankie", 1, "Brief staff", "December 2030", day("2021-10-20"), "Amber"]]).map((r) => r.flag)).toEqual(["No action is stale or overdue."]);
  });
});

describe("the No column of generated lists", () => {
  it("writes an action number that reads exactly as a number as a number (no number-stored-as-text marker), and any other as its text", () => {
    const refs: CellValue[] = [7, "12", "3.1", "1.10", "2a", "007", "1e3", "Infinity", "-1"];
    const analysis = analyseWorkbook(
      { sheets: [plan(refs.map((ref) => ["Frankie", ref, `Action ${String(ref)}`, "March 2021", null, "Amber"]))] },
      settingsSchema.parse({ staleDays: 90 }),
      "2021-11-01",
    );
    const sheet = buildSummaryPlan(analysis).sheets.find((s) => s.name === STALE_SHEET)!;
    const noColumn = sheet.rows[sheet.freezeRows - 1]!.findIndex((c) => c.kind === "text" && c.value === "No");
    const written = sheet.rows.slice(sheet.freezeRows).map((r) => r[noColumn]!);
    expect(written.map((c) => (c.kind === "blank" ? null : [c.kind, c.value]))).toEqual([
      ["number", 7],
      ["number", 12],
      ["number", 3.1],
      ["text", "1.10"],
      ["text", "2a"],
      ["text", "007"],
      ["text", "1e3"],
      ["text", "Infinity"],
      ["text", "-1"],
    ]);
  });
});

describe("the dates the generated sheets write", () => {
  // Frankie 7 of the case reviews, its time scale typed month first as a US plan writes it.
  const frankie = plan([["Frankie", 7, "Include a reflective question on hidden adults in the supervision template.", "3/4/2022", day("2022-01-15"), "Amber"]]);
  const formats = (locale: "en-GB" | "en-US") => {
    const analysis = analyseWorkbook({ sheets: [frankie] }, settingsSchema.parse({ staleDays: 90, locale }), "2022-03-15");
    return [...buildSummaryPlan(analysis).sheets, buildPackPlan(analysis, undefined)].map((s) => [s.name, s.dateFormat]);
  };

  it("are in the order the settings' Date order reads the plan's on the sheets the team works in, so a row's Due is not 04/03/2022 beside its time scale 3/4/2022", () => {
    expect(formats("en-US").slice(0, 2)).toEqual([
      ["RAG Summary", "mm/dd/yyyy"],
      ["Stale Actions", "mm/dd/yyyy"],
    ]);
    expect(formats("en-GB").slice(0, 2)).toEqual([
      ["RAG Summary", "dd/mm/yyyy"],
      ["Stale Actions", "dd/mm/yyyy"],
    ]);
  });

  it("spell the month in the Committee Pack in either order, \"4 Mar 2022\", where \"03/04/2022\" is 3 April to a UK councillor and 4 March to a US one", () => {
    for (const locale of ["en-US", "en-GB"] as const) expect(formats(locale)[2], locale).toEqual(["Committee Pack", "d mmm yyyy"]);
  });
});

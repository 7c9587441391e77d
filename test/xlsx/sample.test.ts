import { describe, expect, it } from "vitest";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import { sampleBytes } from "../helpers/workbooks";
import { sampleWorkbookBytes } from "../../scripts/sample/buildSample";
import { PEER_REVIEW_HEADER } from "../../scripts/sample/peerReview";
import { openDoor, partText } from "./helpers";

async function sample(): Promise<Map<string, SheetSnapshot>> {
  const door = await openDoor(sampleBytes(), "sample-action-plans.xlsx");
  return new Map((await door.read()).sheets.map((s) => [s.name, s]));
}

/** The row whose column (1-based) holds this value. */
function rowWhere(sheet: SheetSnapshot, column: number, value: CellValue): CellValue[] {
  const row = sheet.values.find((r) => r[column - 1] === value);
  if (!row) throw new Error(`No row of "${sheet.name}" has ${String(value)} in column ${column}.`);
  return row;
}

function excelRow(sheet: SheetSnapshot, column: number, value: CellValue): number {
  return sheet.firstRow + sheet.values.findIndex((r) => r[column - 1] === value);
}

describe("the sample workbook", () => {
  it("has the four sheets, no generated sheet, no store sheet and no names but print titles", async () => {
    const sheets = await sample();
    expect([...sheets.keys()]).toEqual(["Peer Review", "Case Reviews", "Delivery Plan 2019-20", "Notes"]);
    expect([...sheets.values()].every((s) => s.generatedKey === undefined)).toBe(true);
    const workbookXml = await partText(sampleBytes(), "xl/workbook.xml");
    expect(workbookXml).not.toContain("RAGTracker");
    const names = [...workbookXml.matchAll(/<definedName name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(["_xlnm.Print_Titles", "_xlnm.Print_Titles", "_xlnm.Print_Titles"]);
  });

  it("holds the peer review plan as the document lays it out: title, header with a line break, 26 recommendations, the index below", async () => {
    const peer = (await sample()).get("Peer Review")!;
    expect(peer.firstRow).toBe(1);
    expect(peer.values[0]![0]).toBe("Peer Review Action Plan");
    expect(peer.values[2]).toEqual(["Category", "Rec No", "Recommendation", "Specific Actions", "Response", "RAG \nRating"]);
    expect(PEER_REVIEW_HEADER[5]).toBe("RAG \nRating");

    expect(rowWhere(peer, 2, 13)).toEqual([
      "Finance",
      13,
      "Agree budget needed including contingency for Local Child Safeguarding Practice Review (LCSPR)",
      "Strategic Partners to discuss and agree budget.",
      "Strategic Partners agreed the budget at their January 2021 meeting.",
      "B",
    ]);
    const recs = peer.values.filter((r) => typeof r[1] === "number");
    expect(recs.map((r) => r[1])).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    expect(recs.filter((r) => r[5] === "B")).toHaveLength(23);
    expect(recs.filter((r) => r[5] === "G").map((r) => r[1])).toEqual([3, 19, 25]);
    // List items keep their line breaks; wrapped lines are joined.
    expect(rowWhere(peer, 2, 9)[3]).toBe(
      "This can be started by\n - Undertaking surveys in different areas, the first one could be around the Threshold Document.\n - Ask agencies to provide information in relation to single agency audits within specific areas and produce a booklet of the learning which can be shared with staff.\n - Have deep dive audits twice a year, to involve front line staff.",
    );
    expect(rowWhere(peer, 2, 26)[4]).toBe("The post of Independent Chair Scutineer has been recruited to and the post holder started in mid September 2021.");
    // The document breaks the page after recommendation 7: a blank row there.
    expect(peer.values[excelRow(peer, 2, 7)]).toEqual([]);

    const index = peer.values.findIndex((r) => r[0] === "The following index indicates how the rating is decided:");
    expect(index).toBeGreaterThan(excelRow(peer, 2, 26));
    expect(peer.values.slice(index + 1).filter((r) => r.length > 0)).toEqual([
      ["Blue", "Action complete."],
      ["Green", "Action on track and progressing to plan."],
      ["Amber", "Action commenced, some delay will recover to completion."],
      ["Red", "Action experiencing threatening problems and issues, behind schedule and not expected to recover."],
    ]);
  });

  it("merges the category cell over consecutive recommendations of one category, and reports only its top cell", async () => {
    const peer = (await sample()).get("Peer Review")!;
    const row = (no: number) => excelRow(peer, 2, no);
    expect(peer.merges).toEqual(
      expect.arrayContaining([
        { top: row(1), left: 1, bottom: row(2), right: 1 },
        { top: row(8), left: 1, bottom: row(11), right: 1 },
        { top: row(13), left: 1, bottom: row(15), right: 1 },
        { top: row(22), left: 1, bottom: row(25), right: 1 },
      ]),
    );
    expect(peer.values[row(8) - 1]![0]).toBe("Quality Assurance and Data");
    expect(peer.values[row(9) - 1]![0]).toBeNull();
    expect(peer.values[row(11) - 1]![0]).toBeNull();
    const categories = new Set(peer.merges.map((m) => peer.values[m.top - 1]![0]));
    for (const r of peer.values.filter((v) => typeof v[1] === "number" && v[0] !== null)) categories.add(r[0]);
    expect([...categories].sort()).toEqual(["Finance", "Governance & Business Support Structures", "Learning and Improvement", "Quality Assurance and Data", "Shared Priorities/Engagement"]);
  });

  it("holds the case reviews in the shape the committee minutes report them", async () => {
    const cases = (await sample()).get("Case Reviews")!;
    expect(cases.values[1]).toEqual(["Review", "Action No", "Theme", "Recommendation", "Action", "Progress Update", "Lead Agency", "Target Date", "Last Updated", "RAG Status"]);
    const actions = cases.values.slice(2);
    const counts: Record<string, Record<string, number>> = {};
    for (const r of actions) {
      const review = String(r[0]);
      counts[review] ??= {};
      counts[review]![String(r[9])] = (counts[review]![String(r[9])] ?? 0) + 1;
    }
    expect(counts).toEqual({ Frankie: { Blue: 11, Amber: 3 }, "Sam and Kyle": { Blue: 16, Amber: 2 }, Leo: { Blue: 1, Green: 4, Amber: 9 } });
    expect(new Set(actions.map((r) => r[2]))).toEqual(new Set(["Information sharing", "Professional curiosity", "Thresholds and escalations", "Working with resistance"]));

    const targets = actions.map((r) => r[7]);
    expect(targets.filter((t) => t instanceof Date).length).toBeGreaterThan(5);
    expect(targets).toEqual(expect.arrayContaining(["14/06/2021", "December 2021", "Quarterly"]));
    // Real dates are real dates, with a date format.
    const realTarget = cases.values.findIndex((r) => r[7] instanceof Date);
    expect(cases.numberFormats![realTarget]![7]).toBe("dd/mm/yyyy");
    for (const updated of actions.map((r) => r[8])) if (updated !== null) expect((updated as Date).getUTCFullYear()).toBe(2021);
    expect(actions.some((r) => r[8] === null)).toBe(true);

    const leoOverdue = actions.filter((r) => r[0] === "Leo" && r[9] === "Amber" && typeof r[7] === "string" && ["30/09/2021", "August 2021"].includes(r[7]));
    expect(leoOverdue).toHaveLength(2);
  });

  it("holds the delivery plan with section rows, the document's time scales and a RAG column with two mistakes and one blank", async () => {
    const plan = (await sample()).get("Delivery Plan 2019-20")!;
    expect(plan.values[1]).toEqual(["Objective", "Action No", "Action", "Measure", "Time Scale", "Lead Group", "RAG"]);
    const sections = plan.values.filter((r) => r.length === 1 && typeof r[0] === "string" && r[0].startsWith("Strategic Aim"));
    expect(sections.map((r) => r[0])).toEqual([
      "Strategic Aim 1 – Safeguarding is everyone’s business",
      "Strategic Aim 2 – Reduce the number of children and young people in need of responsive safeguarding through effective help and support at an earlier stage",
      "Strategic Aim 3 – Voice of the child",
      "Strategic Aim 4 – Responding to Serious Youth Violence",
      "Strategic Aim 5 – A Partnership fit to meet future demands",
    ]);
    expect(rowWhere(plan, 2, "1.1")).toEqual([
      "Develop our workforce to be more effective in safeguarding",
      "1.1",
      "Develop a multi-agency approach to identification of emerging safeguarding training needs by conducting a multi-agency Training Needs Analysis (TNA)",
      "Identified additional training and learning opportunities",
      "Completed by December 2019",
      "LPR Group",
      "B",
    ]);
    expect(rowWhere(plan, 2, "2.1").slice(3, 6)).toEqual(["Annual Report published", "Annually July", "Strategic Group"]);
    expect(rowWhere(plan, 2, "2.3").slice(4)).toEqual(["Biennial - August", "Audit Group", "blue "]);
    expect(rowWhere(plan, 2, "22.6")[6]).toBe("Yellow");
    expect(rowWhere(plan, 2, "20.4")[6] ?? null).toBeNull();
    expect(rowWhere(plan, 2, "6.1")[4]).toBe("As per meeting cycle");
    expect(rowWhere(plan, 2, "3.1")[4]).toBe("Various dates");
    // Aims 1 and 2 in full: actions 1.1 to 21.2 and 22.1 to 34.1.
    const numbers = plan.values.map((r) => r[1]).filter((v): v is string => typeof v === "string" && /^\d+\.\d+$/.test(v));
    expect(numbers.filter((n) => Number(n.split(".")[0]) <= 21)).toHaveLength(53);
    expect(numbers.filter((n) => Number(n.split(".")[0]) >= 22 && Number(n.split(".")[0]) <= 34)).toHaveLength(31);
    expect(plan.values.filter((r) => r[6] === "R")).toHaveLength(2);
    // The objective is merged over its actions.
    const first = excelRow(plan, 2, "2.1");
    expect(plan.merges).toContainEqual({ top: first, left: 1, bottom: excelRow(plan, 2, "2.8"), right: 1 });
  });

  it("has a notes sheet with free text and no tracker", async () => {
    const notes = (await sample()).get("Notes")!;
    expect(notes.values.map((r) => r.length)).toEqual([1, 1, 1, 1]);
    expect(notes.values[0]![0]).toBe("Notes for the business team");
  });

  it("is what scripts/build-sample.ts builds (run npm run build:sample after changing it), byte for byte, so a rebuild is no change", async () => {
    const bytes = await sampleWorkbookBytes();
    expect(Buffer.from(bytes).equals(Buffer.from(sampleBytes()))).toBe(true);
    const built = await openDoor(bytes, "built.xlsx");
    const committed = await openDoor(sampleBytes(), "committed.xlsx");
    expect(await committed.read()).toEqual(await built.read());
  });
});

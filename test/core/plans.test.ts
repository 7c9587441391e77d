import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { buildSummaryPlan } from "../../src/core/summaryPlan";
import { isGivenName, resolveSheetNames } from "../../src/core/sheetNames";
import { ratingColourFormats, ratingProblemFormats, staleRowFormats, rowRuns } from "../../src/core/formats";
import { ratingFixes } from "../../src/core/ratingFixes";
import { makeEntry } from "../../src/core/ragIndex";
import { fitsInFormula } from "../../src/core/excelLimits";
import { compileRule } from "../../src/workbench/conditionalFormula";
import { outcomeMessage } from "../../src/core/outcome";
import { jsonReportSchema, toJsonReport } from "../../src/core/jsonReport";
import type { PlanCell, SheetPlan } from "../../src/core/writePlan";
import { peerReviewRow, peerReviewSheet } from "../fixtures/peerReview";
import { caseReviewSheet } from "../fixtures/caseReviews";

const analysis = (ratings = {}) => analyseWorkbook({ sheets: [peerReviewSheet(ratings), caseReviewSheet()] }, DEFAULT_SETTINGS, "2021-12-15");
const texts = (sheet: SheetPlan) => sheet.rows.map((r) => r.map((c) => ("value" in c ? c.value : "")));
const cellAt = (sheet: SheetPlan, row: number, col: number): PlanCell | undefined => sheet.rows[row - 1]?.[col - 1];

describe("the summary write plan", () => {
  it("holds the committee sentences, totals and counts by review, category and lead", () => {
    const [summary] = buildSummaryPlan(analysis()).sheets;
    const rows = texts(summary!);
    const flat = rows.flat();
    expect(summary!.name).toBe("RAG Summary");
    expect(flat).toContain("Peer Review – 26 actions identified (23 blue and 3 green)");
    expect(flat).toContain("Leo – 14 actions identified (1 blue, 4 green, and 9 amber)");
    const totalsHeader = rows.findIndex((r) => r[0] === "Totals") + 1;
    expect(rows[totalsHeader]).toEqual(["", "Blue", "Green", "Amber", "Red", "Unrated", "Invalid", "Total"]);
    // An empty heading is an empty cell with the heading's look, never a cell holding "".
    expect(summary!.rows[totalsHeader]![0]).toEqual({ kind: "blank", style: "header" });
    // The count headings sit on the right, over their numbers.
    for (const cell of summary!.rows[totalsHeader]!.slice(1)) expect(cell).toMatchObject({ kind: "text", style: "header", align: "right" });
    expect(summary!.rows.flat().some((c) => c.kind === "text" && c.value === "")).toBe(false);
    expect(rows[totalsHeader + 1]).toEqual(["All actions", 51, 7, 14, 0, 0, 0, 72]);
    const financeRow = rows.find((r) => r[0] === "Finance");
    expect(financeRow).toEqual(["Finance", 3, 0, 0, 0, 0, 0, 3]);
    expect(flat).toContain("By lead");
    // The peer review plan has no lead column: its actions are said to be that, not to have no lead.
    expect(rows.find((r) => r[0] === '(sheet "Peer Review" has no lead column)')).toEqual(['(sheet "Peer Review" has no lead column)', 23, 3, 0, 0, 0, 0, 26]);
    expect(flat).not.toContain("(no lead)");
    expect(flat).toContain("Action complete.");
  });

  it("names a blank lead cell '(no lead)' on a sheet that has a lead column", () => {
    const sheet = caseReviewSheet();
    const leadAt = sheet.values.findIndex((r) => r.includes("Lead Agency"));
    const column = sheet.values[leadAt]!.indexOf("Lead Agency");
    sheet.values[leadAt + 1]![column] = null;
    const byLead = analyseWorkbook({ sheets: [peerReviewSheet(), sheet] }, DEFAULT_SETTINGS, "2021-12-15").byLead;
    expect(byLead.find((g) => g.name === "(no lead)")?.total).toBe(1);
    expect(byLead.find((g) => g.name === '(sheet "Peer Review" has no lead column)')?.total).toBe(26);
  });

  it("leaves out the By lead table when no tracker has a lead column, rather than one row of '(no lead)'", () => {
    const peerReviewOnly = analyseWorkbook({ sheets: [peerReviewSheet()] }, DEFAULT_SETTINGS, "2021-12-15");
    expect(peerReviewOnly.trackers[0]!.columns.lead).toBeUndefined();
    const flat = texts(buildSummaryPlan(peerReviewOnly).sheets[0]!).flat();
    expect(flat).not.toContain("By lead");
    expect(flat.filter((t) => typeof t === "string" && t.includes("lead"))).toEqual([]);
    expect(flat).toContain("By category");
  });

  it("specifies stacked-bar charts over the by-review and by-category tables, in the index colours", () => {
    const [summary] = buildSummaryPlan(analysis()).sheets;
    const [byReview, byCategory] = summary!.charts;
    expect(byReview?.kind).toBe("stackedBar");
    const firstReview = cellAt(summary!, byReview!.categories.top, 1);
    expect(firstReview).toMatchObject({ kind: "text", value: "Peer Review" });
    expect(byReview!.categories.bottom - byReview!.categories.top).toBe(3);
    expect(byReview!.series.map((s) => [s.name, s.colour])).toEqual([
      ["Blue", "#0070C0"],
      ["Green", "#00B050"],
      ["Amber", "#FFC000"],
      ["Red", "#C00000"],
      ["Unrated", "#D9D9D9"],
      ["Invalid", "#FFC7CE"],
    ]);
    const blueOfPeerReview = cellAt(summary!, byReview!.series[0]!.values.top, byReview!.series[0]!.values.left);
    expect(blueOfPeerReview).toEqual({ kind: "number", value: 23, style: "body" });
    expect(cellAt(summary!, byCategory!.categories.top, 1)).toMatchObject({ value: "Governance & Business Support Structures" });
    expect(summary!.print).toMatchObject({ orientation: "landscape", fitToPagesWide: 1, paper: "A4" });
  });

  it("lists stale and overdue actions with their response quoted exactly, formula-like text kept as text", () => {
    const sheet = caseReviewSheet((row, i) => {
      if (i === 11) row[5] = "=HYPERLINK(\"http://example.invalid\",\"click\")\nsecond line";
    });
    const a = analyseWorkbook({ sheets: [sheet] }, DEFAULT_SETTINGS, "2021-12-15");
    const stale = buildSummaryPlan(a).sheets[1]!;
    expect(stale.name).toBe("Stale Actions");
    const header = stale.rows[stale.freezeRows - 1]!.map((c) => ("value" in c ? c.value : ""));
    expect(header.slice(0, 5)).toEqual(["Flag", "Review", "No", "Action", "Response"]);
    const quoted = stale.rows.flat().find((c) => c.kind === "text" && c.value.startsWith("=HYPERLINK"));
    expect(quoted).toMatchObject({ kind: "text", value: "=HYPERLINK(\"http://example.invalid\",\"click\")\nsecond line" });
    expect(stale.rows.length - stale.freezeRows).toBe(a.stale.length);
    expect(stale.print.repeatRows).toEqual({ first: stale.freezeRows, last: stale.freezeRows });
  });

  it("quotes a response's and an action's edges as the cell has them: an indent, a closing line break", () => {
    const sheet = caseReviewSheet((row, i) => {
      if (i === 11) {
        row[4] = "  Indented action text.";
        row[5] = "Progress noted.\n";
      }
    });
    const a = analyseWorkbook({ sheets: [sheet] }, DEFAULT_SETTINGS, "2021-12-15");
    const cells = buildSummaryPlan(a).sheets[1]!.rows.flat();
    expect(cells).toContainEqual(expect.objectContaining({ kind: "text", value: "  Indented action text." }));
    expect(cells).toContainEqual(expect.objectContaining({ kind: "text", value: "Progress noted.\n" }));
  });
});

describe("sheet names for generated sheets", () => {
  const plan = buildSummaryPlan(analysis());
  it("never takes the name of a user's sheet", () => {
    const resolved = resolveSheetNames(plan, { sheets: [{ name: "rag summary", firstRow: 1, firstColumn: 1, values: [], merges: [] }] });
    expect(resolved.sheets.map((s) => [s.name, s.besideOwn])).toEqual([
      ["RAG Summary (2)", "rag summary"],
      ["Stale Actions", undefined],
    ]);
  });
  it("never takes the name of a sheet the door did not read, and marks one kept very hidden as unseen", () => {
    const resolved = resolveSheetNames(plan, { sheets: [], otherSheets: [{ name: "RAG Summary", veryHidden: true }, { name: "Stale Actions" }] });
    expect(resolved.sheets.map((s) => [s.name, s.besideOwn, s.besideOwnUnseen])).toEqual([
      ["RAG Summary (2)", "RAG Summary", true],
      ["Stale Actions (2)", "Stale Actions", undefined],
    ]);
  });
  const sheet = (name: string, generatedKey?: string) => ({ name, firstRow: 1, firstColumn: 1, values: [], merges: [], ...(generatedKey ? { generatedKey } : {}) });
  it("keeps its own sheet where the user renamed it, and writes a new one beside it", () => {
    const resolved = resolveSheetNames(plan, { sheets: [sheet("RAG Summary"), sheet("Summary Nov", "summary"), sheet("Stale Actions", "stale")] });
    expect(resolved.sheets.map((s) => [s.name, s.keeps])).toEqual([
      ["RAG Summary (2)", "Summary Nov"],
      ["Stale Actions", undefined],
    ]);
  });
  it("replaces its own sheet under any name it could have given, in any letter case", () => {
    const resolved = resolveSheetNames(plan, { sheets: [sheet("RAG Summary"), sheet("rag summary (3)", "summary"), sheet("STALE ACTIONS", "stale")] });
    expect(resolved.sheets.map((s) => [s.name, s.keeps])).toEqual([
      ["rag summary (3)", undefined],
      ["STALE ACTIONS", undefined],
    ]);
  });
  it("a kept sheet's name is taken like any other", () => {
    const resolved = resolveSheetNames(plan, { sheets: [sheet("RAG Summary", "kept"), sheet("Stale Actions", "kept")] });
    expect(resolved.sheets.map((s) => [s.name, s.keeps])).toEqual([
      ["RAG Summary (2)", undefined],
      ["Stale Actions (2)", undefined],
    ]);
  });
  it.each([
    ["RAG Summary", "RAG Summary", true],
    ["rag SUMMARY", "RAG Summary", true],
    ["RAG Summary (2)", "RAG Summary", true],
    ["RAG Summary (12)", "RAG Summary", true],
    ["RAG Summary (1)", "RAG Summary", false],
    ["RAG Summary Jul 21", "RAG Summary", false],
    ["RAG Summary (2) old", "RAG Summary", false],
    ["Summary", "RAG Summary", false],
    // The Excel door's own name for a sheet it is building, left by a write cut short.
    ["RAGTracker_new_1", "RAG Summary", true],
    // Excel's 31 characters: a long name is cut, and cut further to make room for its number.
    ["Committee Pack for the Partnersh", "Committee Pack for the Partnership Board", false],
    ["Committee Pack for the Partnersh".slice(0, 31), "Committee Pack for the Partnership Board", true],
    ["Committee Pack for the Part (2)", "Committee Pack for the Partnership Board", true],
  ])("%s is a name given for %s: %s", (name, preferred, given) => {
    expect(isGivenName(name, preferred)).toBe(given);
  });
});

describe("formats on the tracker", () => {
  it("colours the rating column by the index, with a drop-down in the sheet's spelling", () => {
    const plans = ratingColourFormats(analysis());
    const peer = plans.find((p) => p.sheet === "Peer Review")!;
    expect(peer.rules).toHaveLength(4);
    expect(peer.rules[0]).toMatchObject({ fill: "#0070C0", fontColour: "#FFFFFF" });
    // Blue by name or code, or either with words after it (ratingFormula.ts).
    expect(peer.rules[0]!.formula).toMatch(/^=\(IFERROR\(OR\(TRIM\(\$F4\)="Blue",TRIM\(\$F4\)="B",AND\(.+\),FALSE\)\)\+N\("RAGTracker:rating-colours"\)$/);
    expect(peer.validation?.allowed).toEqual(["B", "G", "A", "R"]);
    const cases = plans.find((p) => p.sheet === "Case Reviews")!;
    expect(cases.validation?.allowed).toEqual(["Blue", "Green", "Amber", "Red"]);
    // The meanings run past what Excel holds in an alert (225 characters): cut once, in the plan, and marked.
    expect(peer.validation!.message).toHaveLength(225);
    expect(peer.validation!.message).toMatch(/^Choose a rating from the RAG index\. Blue: Action complete\. .*…$/);
  });

  it("highlights invalid and missing ratings only where they are", () => {
    const plans = ratingProblemFormats(analysis({ 4: "Yellow", 5: "TBC", 9: null }));
    expect(plans).toHaveLength(1);
    const [invalid, unrated] = plans[0]!.rules;
    expect(invalid!.ranges).toEqual([{ top: peerReviewRow(4), bottom: peerReviewRow(5), left: 6, right: 6 }]);
    expect(invalid!.formula).toContain(`TRIM($F${peerReviewRow(4)})`);
    expect(unrated!.ranges).toEqual([{ top: peerReviewRow(9), bottom: peerReviewRow(9), left: 6, right: 6 }]);
  });

  it("matches ratings by name or code alone, in the colours and the invalid highlight alike, where words after them would not fit in an Excel formula", () => {
    const base = analysis({ 4: "Yellow" });
    const many = Array.from({ length: 30 }, (_, i) => makeEntry(`Rating number ${i + 1}`, "A rating of a long key.", false, `R${i + 1}`));
    const crowded = { ...base, index: { ...base.index, entries: [...base.index.entries, ...many] } };
    const formulas = [...ratingColourFormats(crowded), ...ratingProblemFormats(crowded)].flatMap((p) => p.rules.map((r) => r.formula));
    expect(formulas.some((f) => f.includes("SUBSTITUTE("))).toBe(false);
    expect(formulas.every((f) => fitsInFormula(f))).toBe(true);
    expect(ratingColourFormats(base)[0]!.rules[0]!.formula).toContain("SUBSTITUTE(");
    expect(ratingProblemFormats(base)[0]!.rules[0]!.formula).toContain("SUBSTITUTE(");
  });

  it("keeps each colour rule reading words with a long RAG key, and a flagged cell shows its colour or the highlight, never both, never neither", () => {
    const base = analysis({ 1: "Blue - Complete", 2: "Green - on track", 4: "Yellow", 5: "TBC" });
    const extra = [["Amber Green", "AG"], ["Amber Red", "AR"], ["Not started", "NS"]].map(([name, code]) => makeEntry(name!, "A rating of a longer key.", false, code));
    const seven = { ...base, index: { ...base.index, entries: [...base.index.entries, ...extra] } };
    const colours = ratingColourFormats(seven).find((p) => p.sheet === "Peer Review")!.rules;
    const invalid = ratingProblemFormats(seven).find((p) => p.sheet === "Peer Review")!.rules[0]!;
    expect(colours).toHaveLength(7);
    // Each colour rule on its own fits with words read; the highlight naming all seven would not, so it matches the sheet's own wordings.
    for (const rule of colours) expect(rule.formula).toContain("SUBSTITUTE(");
    expect(invalid.formula).not.toContain("SUBSTITUTE(");
    expect([...colours.map((r) => r.formula), invalid.formula].every((f) => fitsInFormula(f))).toBe(true);
    const [top, column] = [invalid.ranges[0]!.top, invalid.ranges[0]!.left];
    const shown = (text: string) => {
      const cell = () => text;
      const names = colours.filter((r) => compileRule(r.formula, peerReviewRow(1), column).appliesAt(top, column, cell)).map((r) => r.fill);
      return [...names, ...(compileRule(invalid.formula, top, column).appliesAt(top, column, cell) ? ["invalid"] : [])];
    };
    const colourOf = (name: string) => seven.index.entries.find((e) => e.name === name)!.colour;
    expect(shown("Blue - Complete")).toEqual([colourOf("Blue")]);
    expect(shown("green - on track")).toEqual([colourOf("Green")]);
    expect(shown("AG")).toEqual([colourOf("Amber Green")]);
    expect(shown("Not started")).toEqual([colourOf("Not started")]);
    expect(shown("Yellow")).toEqual(["invalid"]);
    expect(shown("Red - Amber")).toEqual(["invalid"]);
    // A wording new to the sheet gets its colour and keeps the highlight: never neither (formats.ts).
    expect(shown("Amber - awaiting sign-off")).toEqual([colourOf("Amber"), "invalid"]);
  });

  it("highlights stale and overdue rows across the table but for the rating cell, which keeps its own colour", () => {
    const plans = staleRowFormats(analysis());
    const cases = plans.find((p) => p.sheet === "Case Reviews")!;
    const covered = cases.rules.flatMap((r) => r.ranges).reduce((n, r) => n + r.bottom - r.top + 1, 0);
    expect(covered).toBe(18); // 3 + 2 + 13 not-blue actions, all last updated 1 September
    // The rating is the last column (J): the highlight stops before it.
    expect(cases.rules.flatMap((r) => r.ranges).every((r) => r.left === 1 && r.right === 9)).toBe(true);
    expect(rowRuns([5, 6, 7, 9], 1, 3)).toEqual([{ top: 5, bottom: 7, left: 1, right: 3 }, { top: 9, bottom: 9, left: 1, right: 3 }]);
  });

  it("tells overdue rows from stale ones by more than colour: overdue text is bold", () => {
    // Half the actions given a time scale years ahead: stale, but not overdue.
    const sheet = caseReviewSheet((row, i) => {
      if (i % 2 === 0) row[7] = "December 2030";
    });
    const later = analyseWorkbook({ sheets: [sheet] }, DEFAULT_SETTINGS, "2022-06-01");
    expect(later.overdue.length).toBeGreaterThan(0);
    expect(later.stale.some((s) => !later.overdue.some((o) => o.action === s.action))).toBe(true);
    const [overdue, stale] = staleRowFormats(later)[0]!.rules;
    expect(overdue).toMatchObject({ fill: "#F4B6B6", bold: true });
    expect(stale).toMatchObject({ fill: "#FCE4D6" });
    expect(stale!.bold).toBeUndefined();
  });

  it("fixes only ratings it can read, in the sheet's spelling", () => {
    const edits = ratingFixes(analysis({ 1: " b ", 2: "blue", 3: "Yellow" }));
    expect(edits).toEqual([
      { sheet: "Peer Review", row: peerReviewRow(1), column: 6, from: " b ", to: "B" },
      { sheet: "Peer Review", row: peerReviewRow(2), column: 6, from: "blue", to: "B" },
    ]);
  });
});

describe("outcome and JSON", () => {
  it("sums the job up in one line", () => {
    expect(outcomeMessage(analysis({ 4: "Yellow" }))).toBe(
      // "0 overdue" would read as none on the peer review plan, which has no date column to judge by.
      "72 actions in 4 reviews; 1 invalid rating, 0 missing ratings, 18 stale (4 not checked: no last-updated column), 0 overdue (4 not checked: no time-scale column).",
    );
  });
  it("produces a JSON document that satisfies its schema", () => {
    const json = toJsonReport(analysis());
    expect(jsonReportSchema.parse(JSON.parse(JSON.stringify(json)))).toEqual(json);
    expect(json.trackers[0]).toMatchObject({ sheet: "Peer Review", headerRow: 3, columns: { rating: { column: "F", header: "RAG Rating" } } });
    expect(json.byReview[0]).toEqual({ name: "Peer Review", counts: { Blue: 23, Green: 3, Amber: 0, Red: 0, Unrated: 0, Invalid: 0 }, total: 26 });
  });
});

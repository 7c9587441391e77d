/** The workbench's reading of conditional-format formulas: the add-in's own, Excel's rules for text and blanks, and what it refuses. */
import { describe, expect, it } from "vitest";
import type { Analysis } from "../../src/core/model";
import { ratingColourFormats, ratingProblemFormats } from "../../src/core/formats";
import type { CellLookup, FormulaValue } from "../../src/workbench/conditionalFormula";
import { UnsupportedFormula, compileRule } from "../../src/workbench/conditionalFormula";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { SheetSnapshot } from "../../src/core/cells";

function cells(values: Record<string, FormulaValue>): CellLookup {
  return (row, column) => values[`${String.fromCharCode(64 + column)}${row}`] ?? null;
}

const holds = (formula: string, at: [number, number], values: Record<string, FormulaValue>, anchor: [number, number] = at) =>
  compileRule(formula, anchor[0], anchor[1]).appliesAt(at[0], at[1], cells(values));

describe("conditional-format formulas", () => {
  it("compares text as Excel does: without case, after TRIM, an empty cell equal to empty text", () => {
    expect(holds('TRIM($F5)="Blue"', [5, 6], { F5: " blue  " })).toBe(true);
    expect(holds('TRIM($F5)="Blue"', [5, 6], { F5: "Green" })).toBe(false);
    expect(holds('TRIM($F5)=""', [5, 6], {})).toBe(true);
    expect(holds('$F5<>""', [5, 6], { F5: 0 })).toBe(true);
    expect(holds("$F5=0", [5, 6], {})).toBe(true);
    expect(holds('TRIM("  a   b  ")="a b"', [1, 1], {})).toBe(true);
  });

  it("trims only spaces, as Excel's TRIM does, and counts every character in a comparison", () => {
    for (const text of ["Blue\n", "Blue\t", "Blue\u00a0", "Blue\u200b", "Blue\u00ad", "\u200bBlue", "Bl\u00adue"]) {
      expect(holds('TRIM($F5)="Blue"', [5, 6], { F5: text }), JSON.stringify(text)).toBe(false);
    }
    expect(holds('TRIM($F5)="a b"', [5, 6], { F5: "  a    b " })).toBe(true);
    expect(holds('TRIM($F5)=" a"&CHAR(9)', [5, 6], { F5: `${String.fromCharCode(9)}  a ${String.fromCharCode(9)}` })).toBe(false);
    expect(holds('TRIM($F5)=CHAR(9)&"a"&CHAR(9)', [5, 6], { F5: "\ta\t " })).toBe(true);
    expect(holds('LEN(TRIM($F5))=3', [5, 6], { F5: "\u00a0a\n" })).toBe(true);
    expect(holds('$F5="BLUE"', [5, 6], { F5: "blue" })).toBe(true);
    expect(holds('$F5<"b"', [5, 6], { F5: "A" })).toBe(true);
  });

  it("gives a character by its code, as CHAR does", () => {
    expect(holds('SUBSTITUTE($F5,CHAR(10)," ")="a b"', [5, 6], { F5: "a\nb" })).toBe(true);
    expect(holds('IFERROR(CHAR(0),"none")="none"', [5, 6], {})).toBe(true);
  });

  it("moves relative references with the cell and keeps $ references fixed", () => {
    // Anchored at F5, looked at in F7 and G5.
    expect(holds('$F5="x"', [7, 6], { F7: "x", F5: "y" }, [5, 6])).toBe(true);
    expect(holds('F$5="x"', [7, 6], { F5: "x", F7: "y" }, [5, 6])).toBe(true);
    expect(holds('F5="x"', [5, 7], { G5: "x" }, [5, 6])).toBe(true);
    expect(holds('$F$5="x"', [9, 9], { F5: "x" }, [5, 6])).toBe(true);
  });

  it("shows where the result is TRUE or a number other than zero, and lets IFERROR catch errors", () => {
    expect(holds("(TRUE)+N(\"RAGTracker:stale-rows\")", [3, 1], {})).toBe(true);
    expect(holds("1-1", [3, 1], {})).toBe(false);
    expect(holds('"text"', [3, 1], {})).toBe(false);
    expect(holds("1/0", [3, 1], {})).toBe(false);
    expect(holds("IFERROR(1/0,TRUE)", [3, 1], {})).toBe(true);
    expect(holds('IFERROR(AND($A1,"x"),TRUE)', [1, 1], { A1: true })).toBe(true);
    expect(holds("NOT(OR($A1,$B1))", [1, 1], { A1: false, B1: 0 })).toBe(true);
    expect(holds('IF(LEN($A1)>3,UPPER($A1)="LONG",FALSE)', [1, 1], { A1: "long" })).toBe(true);
    expect(holds("ISBLANK($A1)", [1, 1], {})).toBe(true);
    expect(holds('$A1&"-"&$B1="a-2"', [1, 1], { A1: "a", B1: 2 })).toBe(true);
  });

  it("cuts, finds and replaces text as Excel does: FIND and SUBSTITUTE heed case, EXACT too, = does not", () => {
    expect(holds('LEFT($A1,4)="blue"', [1, 1], { A1: "Blue - Complete" })).toBe(true);
    expect(holds('LEFT($A1)="B"', [1, 1], { A1: "Blue" })).toBe(true);
    expect(holds('MID($A1,5,2)=" -"', [1, 1], { A1: "Blue - Complete" })).toBe(true);
    expect(holds('MID($A1,20,2)=""', [1, 1], { A1: "Blue" })).toBe(true);
    expect(holds("ISNUMBER(MID($A1,0,2))", [1, 1], { A1: "Blue" })).toBe(false);
    expect(holds('FIND("-",$A1)=6', [1, 1], { A1: "Blue - Complete" })).toBe(true);
    expect(holds('ISNUMBER(FIND("c",$A1))', [1, 1], { A1: "Blue - Complete" })).toBe(false);
    expect(holds('FIND("",$A1)=1', [1, 1], { A1: "Blue" })).toBe(true);
    expect(holds("ISNUMBER($A1)", [1, 1], { A1: 3 })).toBe(true);
    expect(holds("ISNUMBER($A1)", [1, 1], { A1: "3" })).toBe(false);
    expect(holds('EXACT($A1,"Blue")', [1, 1], { A1: "blue" })).toBe(false);
    expect(holds('$A1="Blue"', [1, 1], { A1: "blue" })).toBe(true);
    expect(holds('SUBSTITUTE($A1,"a","/")="B/n/n/ A"', [1, 1], { A1: "Banana A" })).toBe(true);
    expect(holds('SUBSTITUTE($A1,"a","/",2)="Ban/na"', [1, 1], { A1: "Banana" })).toBe(true);
    expect(holds('SUBSTITUTE($A1,"","/")="Banana"', [1, 1], { A1: "Banana" })).toBe(true);
  });

  it("refuses what it does not read, rather than guess", () => {
    for (const formula of ["VLOOKUP($A1,Sheet2!A:B,2,FALSE)", "$A1:$A9", "TODAY()-$A1>90", "$A1=", "($A1"]) {
      expect(() => compileRule(formula, 1, 1), formula).toThrow(UnsupportedFormula);
    }
  });
});

describe("the add-in's own formulas", () => {
  const sheet: SheetSnapshot = {
    name: "Plan",
    firstRow: 1,
    firstColumn: 1,
    values: [
      ["Review", "No", "Specific actions", "RAG"],
      ["Audit", 1, "Refresh the policy", "blue "],
      ["Audit", 2, "Train chairs", "G"],
      ["Audit", 3, "Publish", "Yellow"],
      ["Audit", 4, "Review data", null],
    ],
    merges: [],
  };
  const analysis: Analysis = analyseWorkbook({ sheets: [sheet] }, DEFAULT_SETTINGS, "2024-01-01");
  const value = (row: number, column: number): FormulaValue => (sheet.values[row - 1]?.[column - 1] as FormulaValue | undefined) ?? null;

  it("colour each rating by its index entry, by name or code", () => {
    const [plan] = ratingColourFormats(analysis);
    const shown = (row: number) =>
      plan!.rules.filter((rule) => compileRule(rule.formula, rule.ranges[0]!.top, rule.ranges[0]!.left).appliesAt(row, 4, value)).map((rule) => rule.fill);
    expect(shown(2)).toEqual(["#0070C0"]);
    expect(shown(3)).toEqual(["#00B050"]);
    expect(shown(4)).toEqual([]);
    expect(shown(5)).toEqual([]);
  });

  it("highlight the invalid and the missing rating only while they are still wrong", () => {
    const [plan] = ratingProblemFormats(analysis);
    const fills = (row: number, lookup: CellLookup) =>
      plan!.rules.filter((r) => r.ranges.some((g) => g.top <= row && row <= g.bottom)).filter((r) => compileRule(r.formula, r.ranges[0]!.top, r.ranges[0]!.left).appliesAt(row, 4, lookup)).map((r) => r.fill);
    expect(fills(4, value)).toEqual(["#FFC7CE"]);
    expect(fills(5, value)).toEqual(["#FFEB9C"]);
    const corrected: CellLookup = (row, column) => (row === 4 && column === 4 ? "Amber" : row === 5 && column === 4 ? "Red" : value(row, column));
    expect(fills(4, corrected)).toEqual([]);
    expect(fills(5, corrected)).toEqual([]);
  });
});

describe("the add-in's own formulas on ratings written with their meaning", () => {
  const sheet: SheetSnapshot = {
    name: "Plan",
    firstRow: 1,
    firstColumn: 1,
    values: [
      ["Review", "No", "Specific actions", "RAG"],
      ["Audit", 1, "Refresh the policy", "Blue - Complete"],
      ["Audit", 2, "Train chairs", "Green - On track"],
      ["Audit", 3, "Publish", "Blue - Complete"],
      ["Audit", 4, "Review data", "Red - Amber"],
      ["Audit", 5, "Survey staff", "Amber - Some delay"],
    ],
    merges: [],
  };
  const analysis: Analysis = analyseWorkbook({ sheets: [sheet] }, DEFAULT_SETTINGS, "2024-01-01");
  const value = (row: number, column: number): FormulaValue => (sheet.values[row - 1]?.[column - 1] as FormulaValue | undefined) ?? null;

  it("colour each as the sheet writes it, in any case, but not a text naming two ratings", () => {
    const [plan] = ratingColourFormats(analysis);
    const shown = (row: number, lookup: CellLookup = value) =>
      plan!.rules.filter((rule) => compileRule(rule.formula, rule.ranges[0]!.top, rule.ranges[0]!.left).appliesAt(row, 4, lookup)).map((rule) => rule.fill);
    expect([2, 3, 4, 5, 6].map((row) => shown(row))).toEqual([["#0070C0"], ["#00B050"], ["#0070C0"], [], ["#FFC000"]]);
    expect(shown(2, () => "  blue - complete ")).toEqual(["#0070C0"]);
  });

  it("colour a wording the sheet did not have when the colours were added, as the engine reads it", () => {
    const [plan] = ratingColourFormats(analysis);
    const shown = (text: string) =>
      plan!.rules.filter((rule) => compileRule(rule.formula, rule.ranges[0]!.top, rule.ranges[0]!.left).appliesAt(3, 4, () => text)).map((rule) => rule.fill);
    expect(shown("Amber - awaiting sign-off")).toEqual(["#FFC000"]);
    expect(shown("R (off track)")).toEqual(["#C00000"]);
    expect(shown("Blue-sky thinking day held")).toEqual([]);
    expect(shown("Bluebell")).toEqual([]);
    expect(shown("Green - was Amber")).toEqual([]);
  });

  it("offer the ratings in the drop-down list as the sheet writes them, with their meaning", () => {
    const [plan] = ratingColourFormats(analysis);
    expect(plan!.validation?.allowed).toEqual(["Blue - Complete", "Green - On track", "Amber - Some delay", "Red"]);
  });

  it("offer plain names in the list where a wording holds a comma, which a list cannot hold", () => {
    const withComma: SheetSnapshot = { ...sheet, values: sheet.values.map((row, i) => (i === 5 ? [...row.slice(0, 3), "Amber: delayed, recovering"] : i === 4 ? [...row.slice(0, 3), "Amber: delayed, recovering"] : row)) };
    const [plan] = ratingColourFormats(analyseWorkbook({ sheets: [withComma] }, DEFAULT_SETTINGS, "2024-01-01"));
    expect(plan!.validation?.allowed).toEqual(["Blue", "Green", "Amber", "Red"]);
  });

  it("take a rating corrected to one with its meaning as corrected", () => {
    const [plan] = ratingProblemFormats(analysis);
    const [invalid] = plan!.rules;
    const flagged = (lookup: CellLookup) => compileRule(invalid!.formula, invalid!.ranges[0]!.top, invalid!.ranges[0]!.left).appliesAt(5, 4, lookup);
    expect(flagged(value)).toBe(true);
    expect(flagged((row, column) => (row === 5 && column === 4 ? "Amber - Some delay" : value(row, column)))).toBe(false);
    // A wording no cell had when the highlight was added.
    expect(flagged((row, column) => (row === 5 && column === 4 ? "Amber - awaiting sign-off" : value(row, column)))).toBe(false);
    expect(flagged((row, column) => (row === 5 && column === 4 ? "Amber - Red" : value(row, column)))).toBe(true);
  });
});

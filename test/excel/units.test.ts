import { describe, expect, it } from "vitest";
import { shiftFormula } from "../../src/excel/formulaShift";
import { parseAreas, sheetOfAddress } from "../../src/excel/addresses";
import { quoteSheetName } from "../../src/core/cells";
import { rectanglesByKey } from "../../src/excel/rectangles";
import { packSteps, runSteps, type WriteStep } from "../../src/excel/writeSteps";
import { errorSentence } from "../../src/excel/errors";
import { toCellValue } from "../../src/excel/cellValues";
import { columnWidthPoints } from "../../src/excel/cellLooks";
import type { XlContext } from "../../src/excel/excelApi";
import { gridResponseBytes } from "../../src/excel/payload";

describe("shiftFormula", () => {
  it("moves relative references only, outside quoted text and function names", () => {
    const f = '=(IFERROR(AND(TRIM($F12)<>"",NOT(OR(TRIM($F12)="B12"))),TRUE))+N("RAGTracker:rating-problems")';
    expect(shiftFormula(f, 8, 0)).toBe('=(IFERROR(AND(TRIM($F20)<>"",NOT(OR(TRIM($F20)="B12"))),TRUE))+N("RAGTracker:rating-problems")');
    expect(shiftFormula("=A1+$B$2+C$3+$D4+LOG10(E5)", 2, 1)).toBe("=B3+$B$2+D$3+$D6+LOG10(F7)");
    expect(shiftFormula("=Plan!A1", 1, 0)).toBe("=Plan!A2");
    expect(shiftFormula("=A1", 0, 0)).toBe("=A1");
  });
});

describe("addresses", () => {
  it("parses the areas Excel reports, including quoted sheet names with commas", () => {
    expect(parseAreas("Sheet1!A1:C1, Sheet1!$A$5:$A$7")).toEqual([
      { top: 1, bottom: 1, left: 1, right: 3 },
      { top: 5, bottom: 7, left: 1, right: 1 },
    ]);
    expect(parseAreas("'Plan, 2021'!B2,'Plan, 2021'!D4:E5")).toEqual([
      { top: 2, bottom: 2, left: 2, right: 2 },
      { top: 4, bottom: 5, left: 4, right: 5 },
    ]);
    expect(sheetOfAddress("'Tom''s plan'!$A$1")).toBe("Tom's plan");
    expect(sheetOfAddress("=Plan!$A$1")).toBe("Plan");
    expect(sheetOfAddress("#REF!")).toBeNull();
    expect(quoteSheetName("RAG Summary")).toBe("'RAG Summary'");
    expect(quoteSheetName("Plan")).toBe("Plan");
    expect(quoteSheetName("AB12")).toBe("'AB12'");
    expect(quoteSheetName("R2C3")).toBe("'R2C3'");
    expect(quoteSheetName("C")).toBe("'C'");
    expect(quoteSheetName("Reviews")).toBe("Reviews");
    expect(quoteSheetName("2021")).toBe("'2021'");
    expect(quoteSheetName("Frankie's plan")).toBe("'Frankie''s plan'");
  });
});

describe("rectanglesByKey", () => {
  it("covers every keyed cell exactly once with stacked runs", () => {
    const grid = ["aab", "aab", "bba", "..a"];
    const rects = rectanglesByKey(4, 3, (r, c) => (grid[r - 1]![c - 1] === "." ? undefined : grid[r - 1]![c - 1]));
    expect(rects.get("a")).toEqual([
      { top: 1, bottom: 2, left: 1, right: 2 },
      { top: 3, bottom: 4, left: 3, right: 3 },
    ]);
    expect(rects.get("b")).toEqual([
      { top: 1, bottom: 2, left: 3, right: 3 },
      { top: 3, bottom: 3, left: 1, right: 2 },
    ]);
  });
});

describe("write steps", () => {
  const step = (bytes: number, log: string[], name: string, splittable = false): WriteStep => ({
    bytes,
    queue: () => log.push(name),
    ...(splittable ? { split: (): [WriteStep, WriteStep] => [step(bytes / 2, log, `${name}.1`), step(bytes / 2, log, `${name}.2`)] } : {}),
  });

  it("packs in order under the budget and splits what is too big alone", () => {
    const log: string[] = [];
    const { batches } = packSteps([step(40, log, "a"), step(50, log, "b"), step(180, log, "c", true), step(10, log, "d")], 100);
    expect(batches.map((b) => b.length)).toEqual([2, 1, 2]);
  });

  it("halves the budget and resends when Excel refuses a request for its size, with events back on at the end", async () => {
    const log: string[] = [];
    const events: boolean[] = [];
    let syncs = 0;
    const context = {
      application: { suspendApiCalculationUntilNextSync: () => undefined },
      runtime: {
        set enableEvents(v: boolean) {
          events.push(v);
        },
      },
      sync: async () => {
        syncs++;
        if (syncs === 1) throw Object.assign(new Error("too big"), { code: "RequestPayloadSizeLimitExceeded" });
      },
    } as unknown as XlContext;
    const n = await runSteps(context, [step(60, log, "a"), step(60, log, "b")], { budget: 200, pauseEvents: true, pauseCalculation: true });
    expect(n).toBe(3);
    // First attempt queued a and b together; then a and b went one per sync.
    expect(log).toEqual(["a", "b", "a", "b"]);
    expect(events).toEqual([false, true, false, true]);
  });
});

describe("values and sentences", () => {
  it("reads Office.js cells as the engine's values", () => {
    expect(toCellValue("#DIV/0!", "Error")).toEqual({ error: "#DIV/0!" });
    expect(toCellValue("", "Empty")).toBeNull();
    expect(toCellValue(44300, "Double")).toBe(44300);
    expect(toCellValue("Blue ", "String")).toBe("Blue ");
  });

  it("turns any failure into one sentence", () => {
    expect(errorSentence(Object.assign(new Error("x"), { code: "AccessDenied" }))).toBe("Excel refused the change because the workbook or sheet is protected; unprotect it and try again.");
    expect(errorSentence(new Error("The range is invalid. More detail here."))).toBe("The range is invalid.");
    // The pane and a ribbon button writing the summary at once: not 'The name "RAGTracker_summary" already exists.'
    expect(errorSentence(Object.assign(new Error('The name "RAGTracker_summary" already exists.'), { code: "ItemAlreadyExists" }))).toMatch(/^Excel refused a name RAG Tracker adds, as it does when another RAG Tracker task \(in the task pane or from a ribbon button\) writes the same sheets/);
    expect(errorSentence("odd failure")).toBe("odd failure.");
  });

  it("gives a column the plan's width in points as Excel draws the file doors' width: 7 px a character, no padding added", () => {
    // A file's default column, 9.140625 (8.43 in Excel's Column Width box), is 64 px; the plan's 46 is 322 px.
    expect(columnWidthPoints(9.140625)).toBe(48);
    expect(columnWidthPoints(46)).toBe(241.5);
    expect(columnWidthPoints(9)).toBe(47.25);
  });
});

describe("gridResponseBytes", () => {
  it("counts what the grid takes as UTF-8 JSON, non-Latin text and emoji included", () => {
    const grids: unknown[][][] = [
      [["Blue", 3, 44_300.5, true, null, ""]],
      [["Ælfred – ré-évalué", "社会福祉", "✅ done 👍🏽"], ["plain", -1, false]],
      [[], ["General", "dd/mm/yyyy"]],
    ];
    for (const grid of grids) expect(gridResponseBytes(grid)).toBe(new TextEncoder().encode(JSON.stringify(grid)).length);
  });
});

import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";

const sheet = (name: string, values: CellValue[][]): SheetSnapshot => ({ name, firstRow: 1, firstColumn: 1, values, merges: [] });

describe("text that names a property of every JavaScript object", () => {
  it('a rating cell reading "constructor" (or "=constructor") is an invalid rating, not a crash', () => {
    const a = analyseWorkbook(
      { sheets: [sheet("Plan", [["Rec No", "Recommendation", "RAG"], [1, "Share the brief", "constructor"], [2, "Audit referrals", "=Constructor!"], [3, "Train staff", "Blue"]])] },
      DEFAULT_SETTINGS,
      "2021-11-01",
    );
    expect(a.totals.counts).toMatchObject({ Blue: 1, Invalid: 2 });
    expect(a.findings.filter((f) => f.code === "rating-invalid").map((f) => f.row)).toEqual([2, 3]);
  });

  it('a key sheet rating named "Constructor" gets a colour of its own, as a rating named otherwise than a colour does, not a property of every object', () => {
    const a = analyseWorkbook(
      {
        sheets: [
          sheet("Plan", [["Rec No", "Recommendation", "RAG"], [1, "Share the brief", "Constructor"], [2, "Audit referrals", "Done"]]),
          sheet("RAG Key", [["Rating", "Meaning"], ["Done", "Action complete"], ["Constructor", "Being built"]]),
        ],
      },
      DEFAULT_SETTINGS,
      "2021-11-01",
    );
    const [done, constructor] = a.index.entries;
    // "Done" says the action is done: blue, as the reference documents colour a complete action.
    expect([done!.name, done!.colour]).toEqual(["Done", "#0070C0"]);
    expect(constructor!.name).toBe("Constructor");
    expect(constructor!.colour).toMatch(/^#[0-9A-F]{6}$/);
    expect(constructor!.colour).not.toBe("#D9D9D9");
    expect(a.totals.counts).toMatchObject({ Done: 1, Constructor: 1 });
  });
});

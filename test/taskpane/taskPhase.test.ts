import { describe, expect, it } from "vitest";
import { phase } from "../../src/taskpane/taskPhase";

describe("a task made of several operations", () => {
  it("maps each operation's steps onto its stretch of the bar, and does not say Done until the whole task ends", () => {
    const shown: [string, number][] = [];
    const progress = (step: string, fraction: number) => shown.push([step, fraction]);
    const fixing = phase(progress, 0, 0.6);
    const reading = phase(progress, 0.6, 1);
    fixing("Reading the workbook", 0);
    fixing("Checking ratings", 0.5);
    fixing("Done", 1);
    reading("Reading the workbook", 0);
    reading("Checking ratings", 0.5);
    expect(shown).toEqual([
      ["Reading the workbook", 0],
      ["Checking ratings", 0.3],
      ["Reading the workbook", 0.6],
      ["Checking ratings", 0.8],
    ]);
  });
});

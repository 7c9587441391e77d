import { describe, expect, it } from "vitest";
import { isNamedAsExtract } from "../../src/core/extractNames";

const RAG = ["Blue", "Green", "Amber", "Red"];

describe("a sheet named as a list pulled out of the plan", () => {
  it("is named for a rating of the index or as exceptions, escalations or closed actions", () => {
    for (const name of ["Red actions", "Amber & Red", "RED", "Exceptions", "Exception report Q3", "Escalations", "Completed this year", "Off track", "Overdue"]) {
      expect([name, isNamedAsExtract(name, RAG)]).toEqual([name, true]);
    }
  });

  it("is not a review's or a plan's sheet, nor a name holding a rating's letters inside a word", () => {
    for (const name of ["Leo", "Frankie", "Action Plan", "Redbridge review", "Q3 2025-26", "Greenwich", "Bluebell House"]) {
      expect([name, isNamedAsExtract(name, RAG)]).toEqual([name, false]);
    }
  });

  it("takes the names of the workbook's own index", () => {
    expect(isNamedAsExtract("Purple actions", ["Purple", "Green"])).toBe(true);
    expect(isNamedAsExtract("Blue actions", ["Complete", "On track"])).toBe(false);
  });
});

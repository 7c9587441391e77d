import { describe, expect, it } from "vitest";
import { isNamedAsList } from "../../src/core/listNames";

const RAG = ["Blue", "Green", "Amber", "Red"];

describe("a sheet named as a list pulled out of the plan", () => {
  it("is named as exceptions, escalations or overdue actions, or for ratings as a list of them", () => {
    for (const name of ["Exceptions", "Exception report Q3", "Escalations", "Overdue", "Overdue actions 2023", "Off track", "Red actions", "Amber & Red", "RED AND AMBER", "Red only", "Exceptions for the Board - March 2023", "Off-track actions Sept 2023", "Red rated actions", "Escalation log", "RAG exceptions", "Exceptions to 30 Sept", "Overdue as at 30 June", "Exception report - Exec Board"]) expect([name, isNamedAsList(name, RAG)]).toEqual([name, true]);
  });

  it("is not a review's sheet named for a rating alone, a plan's, a round's or closed actions' sheet, or a name with a rating's letters inside a word", () => {
    for (const name of ["Amber", "Red", "Leo", "Action Plan", "Q3 2025-26", "Completed", "Closed actions", "Redbridge review", "Greenwich"]) expect([name, isNamedAsList(name, RAG)]).toEqual([name, false]);
    // A review's sheet may hold a word of a list's, or name itself a review.
    for (const name of ["Children at risk thematic", "Highlights of Child H", "Escalation policy review", "Overdue reviews of Leo", "Track", "Mayor actions"]) expect([name, isNamedAsList(name, RAG)]).toEqual([name, false]);
  });

  it("takes the names of the workbook's own index", () => {
    expect(isNamedAsList("Purple actions", ["Purple", "Green"])).toBe(true);
    expect(isNamedAsList("Blue actions", ["Complete", "On track"])).toBe(false);
  });
});

/** The file doors refuse a sheet name Excel would refuse, before anything is written, rather than write a file Excel must repair. */
import { describe, expect, it } from "vitest";
import { sheetNameProblem } from "../../src/xlsx/writeSheet";

describe("a sheet name Excel would refuse", () => {
  it("is said with why; a name Excel takes is not", () => {
    expect(sheetNameProblem("A".repeat(31))).toBeNull();
    expect(sheetNameProblem("A".repeat(32))).toBe("is longer than Excel's 31 characters");
    expect(sheetNameProblem("  ")).toBe("is blank");
    for (const name of ["Q1/Q2", "Plan: 2021", "Leo [draft]", "Why?", "All*"]) expect(sheetNameProblem(name), name).toBe("contains one of \\ / ? * : [ ]");
    expect(sheetNameProblem("'Plan")).toBe("starts or ends with an apostrophe");
    expect(sheetNameProblem("History")).toBe("is reserved by Excel");
    for (const name of ["RAG Summary", "Stale Actions (2)", "RAG History", "Leo's plan", "Peer Review – 2021"]) expect(sheetNameProblem(name), name).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { foldText, headerKey } from "../../src/core/text";

// Plain ASCII skips normalising and the whitespace pass where it has nothing to change: every other text still gets both.
describe("foldText and headerKey", () => {
  it("fold plain ASCII headings as before", () => {
    expect(foldText("RAG Status")).toBe("rag status");
    expect(foldText("  Progress Update ")).toBe("progress update");
    expect(headerKey("Action No.")).toBe("action no");
    expect(headerKey("Recommendation 1: partners to strengthen information sharing")).toBe("recommendation 1 partners to strengthen information sharing");
  });

  it("fold line breaks, tabs and runs of spaces to one space", () => {
    expect(foldText("RAG \nRating")).toBe("rag rating");
    expect(foldText("Lead\tAgency")).toBe("lead agency");
    expect(foldText("Target  Date")).toBe("target date");
    expect(headerKey("Time-scale /  Due")).toBe("time scale / due");
  });

  it("read full-width letters, no-break spaces and invisible characters as what they look like", () => {
    expect(foldText("Ｂ")).toBe("b");
    expect(foldText("\u200BGreen")).toBe("green");
    expect(foldText("RAG\u00A0Status")).toBe("rag status");
    expect(foldText("Lead\u3000Agency")).toBe("lead agency");
    expect(headerKey("\uFEFFLast\u00A0updated")).toBe("last updated");
  });
});

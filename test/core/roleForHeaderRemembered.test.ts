import { describe, expect, it } from "vitest";
import { roleForHeader } from "../../src/core/columnRoles";

// Answers are remembered per text: asked again, or after more texts than are remembered, a header names the same role.
describe("roleForHeader, remembered", () => {
  it("gives the same role when a header is asked again", () => {
    expect(roleForHeader("RAG Status")).toBe("rating");
    expect(roleForHeader("RAG Status")).toBe("rating");
    expect(roleForHeader("Progress %")).toBeNull();
    expect(roleForHeader("Progress %")).toBeNull();
  });

  it("still reads headers once more texts than it remembers have been asked", () => {
    for (let i = 0; i < 6000; i++) roleForHeader(`Row ${i}: partners to strengthen information sharing`);
    expect(roleForHeader("Target Date")).toBe("due");
    expect(roleForHeader("Lead Agency")).toBe("lead");
    expect(roleForHeader("Progress %")).toBeNull();
  });
});

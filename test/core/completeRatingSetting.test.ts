import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { settingsSchema } from "../../src/core/settings";
import { peerReviewSheet } from "../fixtures/peerReview";

const analysed = (completeRating: string) => analyseWorkbook({ sheets: [peerReviewSheet()] }, settingsSchema.parse({ completeRating }), "2021-07-13");
const said = (completeRating: string) => analysed(completeRating).findings.filter((f) => f.code === "settings-complete-unknown").map((f) => f.message);

describe("a complete rating in the settings", () => {
  it("that names no rating of the index is said, with what is taken as complete instead", () => {
    expect(said("Purple")).toEqual([
      'The settings name "Purple" as meaning complete, but the RAG index has no rating of that name or code, so it is left out and Blue means complete; choose the complete rating from Blue, Green, Amber and Red under Complete rating in the task pane\'s settings.',
    ]);
    expect(said("Green, Purple, Teal")).toEqual([
      'The settings name "Purple" and "Teal" as meaning complete, but the RAG index has no rating of those names or codes, so they are left out and Green means complete; choose the complete rating from Blue, Green, Amber and Red under Complete rating in the task pane\'s settings.',
    ]);
    expect(analysed("Green, Purple").index.entries.filter((e) => e.complete).map((e) => e.name)).toEqual(["Green"]);
  });

  it("that names ratings of the index, by name or code, is said nowhere", () => {
    for (const rating of ["Blue", "B", "blue and green", "G/B"]) expect(said(rating), rating).toEqual([]);
  });
});

/** A word of the index changed makes every rating written with the old word invalid: one finding points at the index. */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { SheetSnapshot } from "../../src/core/cells";
import { caseReviewSheet } from "../fixtures/caseReviews";
import { peerReviewSheet } from "../fixtures/peerReview";

/** The peer review plan with its index's Blue written otherwise, beside the case reviews, which write "Blue" in full. */
function withIndexWord(word: string): SheetSnapshot[] {
  const plan = peerReviewSheet();
  const blue = plan.values.findIndex((r) => r[0] === "Blue");
  plan.values[blue] = [word, "Action complete."];
  return [plan, caseReviewSheet()];
}

const analysed = (sheets: SheetSnapshot[]) => analyseWorkbook({ sheets }, DEFAULT_SETTINGS, "2021-12-15");

describe("a word of the index changed", () => {
  it("is said at the index, and the ratings' own errors no longer offer the mistyped word as their fix", () => {
    const { findings } = analysed(withIndexWord("Bleu"));
    expect(findings.filter((f) => f.code === "index-word-changed")).toEqual([
      {
        sheet: "Peer Review",
        row: 32,
        code: "index-word-changed",
        severity: "warning",
        value: "Blue",
        message: '28 ratings say "Blue", but the index below the table on sheet "Peer Review" has "Bleu" in its place, so all 28 are counted as invalid; if the index\'s word was changed by mistake, put "Blue" back in it.',
      },
    ]);
    const invalid = findings.filter((f) => f.code === "rating-invalid");
    expect(invalid).toHaveLength(28);
    expect(invalid.filter((f) => f.fix !== undefined || f.message.includes("did you mean"))).toEqual([]);
  });

  it("counts the cells of the word's code letter where the index lost the code too", () => {
    const { findings } = analysed(withIndexWord("Complete"));
    expect(findings.filter((f) => f.code === "index-word-changed").map((f) => f.message)).toEqual([
      '28 ratings say "Blue" and 23 say "B", but the index below the table on sheet "Peer Review" has no rating of that name (it has Complete, Green, Amber and Red), so all 51 are counted as invalid; if the index\'s word was changed by mistake, put "Blue" back in it.',
    ]);
  });

  it("is not said of slips on a sheet that writes its ratings as codes, whose index is as it was", () => {
    const plan = peerReviewSheet({ 1: "Bleu", 2: "Bleu", 5: "bleu" });
    const { findings } = analysed([plan]);
    expect(findings.filter((f) => f.code === "index-word-changed")).toEqual([]);
    expect(findings.filter((f) => f.code === "rating-invalid").map((f) => f.fix)).toEqual(["B", "B", "B"]);
  });

  it("is not said of a few slips on the sheets, of a word the sheets mostly write as the index does, or with the default index", () => {
    const slips = caseReviewSheet((row, i) => void (i < 3 && (row[9] = "Bleu")));
    const plan = peerReviewSheet();
    expect(analysed([plan, slips]).findings.filter((f) => f.code === "index-word-changed")).toEqual([]);
    expect(analysed([plan, caseReviewSheet((row, i) => void (i < 4 && (row[9] = "Bleu")))]).findings.filter((f) => f.code === "rating-invalid").map((f) => f.fix)).toEqual(["Blue", "Blue", "Blue", "Blue"]);
    expect(analysed([caseReviewSheet((row) => void (row[9] === "Blue" && (row[9] = "Bleu")))]).findings.filter((f) => f.code === "index-word-changed")).toEqual([]);
  });
});

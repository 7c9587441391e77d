/** Ratings kept with their meaning after them ("Blue - Complete"), as a team's drop-down list offers them. */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../src/core/analyse";
import type { SheetSnapshot } from "../../src/core/cells";
import { DEFAULT_RAG_INDEX, makeEntry } from "../../src/core/ragIndex";
import type { RagIndex } from "../../src/core/ragIndex";
import { entryWithWords, ratingsNamed } from "../../src/core/ratingWords";
import { ratingFixes } from "../../src/core/ratingFixes";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { peerReviewRow, peerReviewSheet } from "../fixtures/peerReview";

const analyse = (sheet: SheetSnapshot) => analyseWorkbook({ sheets: [sheet] }, DEFAULT_SETTINGS, "2022-06-30");
const read = (text: string, index: RagIndex = DEFAULT_RAG_INDEX) => entryWithWords(index, text)?.name;

describe("a rating with words after it", () => {
  it.each([
    ["Blue - Complete", "Blue"],
    ["Green – On track", "Green"],
    ["Amber: some delay", "Amber"],
    ["Amber (improving)", "Amber"],
    ["Red — behind schedule", "Red"],
    ["B - complete", "Blue"],
    ["  green -  on track ", "Green"],
    ["\u200BBlue - Complete", "Blue"],
    // Another rating's name inside a word, or its code in small letters, names no rating.
    ["Blue - redesigned service in place", "Blue"],
    ["Amber - a delay of a month", "Amber"],
    // A dash with a space on either side of it, or both.
    ["Blue -Complete", "Blue"],
    ["Blue- Complete", "Blue"],
    ["Blue – Complete", "Blue"],
    ["Blue –Complete", "Blue"],
    // A capital letter opening the words before a word in small letters is a word ("A delay"), not Amber's code.
    ["Green - A delay is expected", "Green"],
    ["Green: A delay is expected", "Green"],
    ["Green (A delay is expected)", "Green"],
    // A direction of travel after the rating, an arrow alone.
    ["Green ↑", "Green"],
    ["Amber →", "Amber"],
    ["Red ↓", "Red"],
    ["Green▲", "Green"],
    ["Amber ⬆\uFE0F", "Amber"],
    ["A ↓", "Amber"],
  ])("%s is read as %s", (text, name) => {
    expect(read(text)).toBe(name);
  });

  it.each([
    // Two ratings named: which one the team meant is not the engine's to guess.
    "Blue/Green",
    "Amber → Green",
    "Green ↑ Amber",
    "Green - was Amber",
    "Red - Amber",
    "B - G",
    "Green - see note A",
    // A capital letter alone, or not opening the words, is a rating's code.
    "Green - A",
    "Green - A.",
    "Green - was A",
    "Green - A Delay",
    // A dash with no space around it is part of a word.
    "Blue-sky thinking day held",
    "Amber-ish",
    "Blue–Complete",
    "Blue-Complete",
    // No separator, or nothing but a count after it.
    "Blue Green",
    "Blues - fine",
    "Blue: 3",
    "Blue -",
    "B/G",
    "Yellow - some delay",
    "TBC",
  ])("%s is no rating", (text) => {
    expect(read(text)).toBeUndefined();
  });

  it("reads the longest rating it starts with, so an index's Amber-Green is not taken for Amber", () => {
    const index: RagIndex = {
      source: { kind: "default" },
      entries: [makeEntry("Green", "On track", true), makeEntry("Amber", "Delayed"), makeEntry("Amber-Green", "Minor slippage", false, "AG"), makeEntry("Red", "Off track", false, "R")],
    };
    expect(read("Amber-Green - recovering", index)).toBe("Amber-Green");
    expect(read("AG: recovering", index)).toBe("Amber-Green");
    expect(read("Amber - delayed", index)).toBe("Amber");
    expect(read("Amber - was Amber-Green", index)).toBeUndefined();
  });
});

describe("the peer review plan with its ratings written with their meaning", () => {
  const worded = analyse(
    peerReviewSheet({ 1: "Blue - Action complete.", 2: "B - complete", 3: "Green – on track", 4: "Amber: some delay", 5: "Red (behind schedule)", 6: "blue - action complete.", 7: "Green - was Amber", 8: "Red - Amber", 9: "Blue/Green" }),
  );
  const rowOf = (no: number) => peerReviewRow(no);

  it("counts each as the rating it starts with, and still refuses a text naming two ratings", () => {
    expect(worded.totals.counts).toEqual({ Blue: 18, Green: 3, Amber: 1, Red: 1, Unrated: 0, Invalid: 3 });
    const invalid = worded.findings.filter((f) => f.code === "rating-invalid").map((f) => [f.row, f.fix]);
    expect(invalid).toEqual([
      [rowOf(7), "G"],
      [rowOf(8), undefined],
      [rowOf(9), undefined],
    ]);
  });

  it("says so once for the sheet, and offers no fix: Fix ratings leaves them as written", () => {
    const told = worded.findings.filter((f) => f.code === "rating-with-words");
    expect(told).toEqual([
      {
        sheet: "Peer Review",
        row: rowOf(1),
        column: "F",
        code: "rating-with-words",
        severity: "info",
        message: `6 ratings in column F have words after the rating, such as "Blue - Action complete." and "B - complete": each is read as the rating it starts with ("Blue - Action complete." as Blue), and Fix ratings leaves them as written.`,
      },
    ]);
    expect(worded.findings.filter((f) => f.code === "rating-not-canonical")).toEqual([]);
    expect(ratingFixes(worded)).toEqual([]);
  });

  it("says arrows, not words, where the ratings carry a direction of travel", () => {
    const arrows = analyse(peerReviewSheet({ 1: "Green ↑", 2: "Amber →", 3: "Red ↓" }));
    expect(arrows.totals.counts).toMatchObject({ Blue: 21, Green: 3, Amber: 1, Red: 1, Invalid: 0 });
    expect(arrows.findings.find((f) => f.code === "rating-with-words")?.message).toBe(
      `3 ratings in column F have arrows after the rating, such as "Green ↑" and "Amber →": each is read as the rating it starts with ("Green ↑" as Green), and Fix ratings leaves them as written.`,
    );
  });

  it("keeps the sheet's spelling of plain ratings, and lists the wordings, most used first, any case as one", () => {
    const [tracker] = worded.trackers;
    expect(tracker?.ratingSpelling).toBe("code");
    expect(tracker?.wordedRatings).toEqual([
      { name: "Blue", text: "Blue - Action complete.", uses: 2 },
      { name: "Blue", text: "B - complete", uses: 1 },
      { name: "Green", text: "Green – on track", uses: 1 },
      { name: "Amber", text: "Amber: some delay", uses: 1 },
      { name: "Red", text: "Red (behind schedule)", uses: 1 },
    ]);
  });

  it("still offers a fix for a plain rating written otherwise, beside the ratings with words", () => {
    const a = analyse(peerReviewSheet({ 1: "Blue - Action complete.", 2: " b " }));
    expect(ratingFixes(a)).toEqual([{ sheet: "Peer Review", row: rowOf(2), column: 6, from: " b ", to: "B" }]);
  });
});

describe("a tracker whose drop-down list writes every rating with its meaning", () => {
  // The header gives the codes as a hint; every rating follows one pattern.
  const sheet = (header: string): SheetSnapshot => ({
    name: "Tracker",
    firstRow: 1,
    firstColumn: 1,
    values: [
      ["No", "Action", "Progress update", header],
      ...["Blue - Complete", "Blue - Complete", "Green - On track", "Amber - Some delay", "Red - Off track", "Green - On track"].map((rating, i) => [i + 1, `Action ${i + 1}: partners to agree and implement the learning`, `Update ${i + 1}: reported to the Strategic Group.`, rating]),
    ],
    merges: [],
  });

  it("reads 2 blue, 2 green, 1 amber and 1 red, with no error", () => {
    const a = analyse(sheet("RAG Status\n(B/G/A/R)"));
    expect(a.totals.counts).toEqual({ Blue: 2, Green: 2, Amber: 1, Red: 1, Unrated: 0, Invalid: 0 });
    expect(a.sentences).toEqual(["Tracker – 6 actions identified (2 blue, 2 green, 1 amber, and 1 red)"]);
    expect(a.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("counts a dash inside a word as part of it, and a capital A opening the words as a word", () => {
    const values = sheet("RAG").values.map((cells, i) => (i === 1 ? [...cells.slice(0, 3), "Blue-sky thinking day held"] : i === 3 ? [...cells.slice(0, 3), "Green - A delay is expected"] : cells));
    const a = analyse({ ...sheet("RAG"), values });
    expect(a.totals.counts).toEqual({ Blue: 1, Green: 2, Amber: 1, Red: 1, Unrated: 0, Invalid: 1 });
    expect(a.findings.filter((f) => f.code === "rating-invalid").map((f) => f.value)).toEqual(["Blue-sky thinking day held"]);
  });

  it("finds the rating column by what it holds when its header says nothing", () => {
    const a = analyse(sheet("Where we are"));
    expect(a.trackers[0]?.columns.rating).toBe(4);
    expect(a.totals.counts).toMatchObject({ Blue: 2, Green: 2, Amber: 1, Red: 1, Invalid: 0 });
  });
});

describe("a rating cell holding two ratings", () => {
  const SIX: RagIndex = {
    source: { kind: "default" },
    entries: [makeEntry("Blue", "Done", true), makeEntry("Green", "On track"), makeEntry("Amber-Green", "Minor", false, "AG"), makeEntry("Amber", "Delayed"), makeEntry("Amber-Red", "Major", false, "AR"), makeEntry("Red", "Off track", false, "R")],
  };

  it("finds two or more rating names, in any case, separated by spaces or an arrow, in the text's order", () => {
    const named = (text: string) => ratingsNamed(DEFAULT_RAG_INDEX, text).map((e) => e.name);
    // "Amber" struck through then "Green", as a file's rich text reads; arrows.
    expect(named("Amber Green")).toEqual(["Amber", "Green"]);
    expect(named("Amber → Green")).toEqual(["Amber", "Green"]);
    expect(named("Amber -> Green")).toEqual(["Amber", "Green"]);
    expect(named("GREEN AMBER")).toEqual(["Green", "Amber"]);
    expect(named("Red Amber Green")).toEqual(["Red", "Amber", "Green"]);
  });

  it("finds none in a rating between two written with a dash or a slash, in codes, or in ordinary text", () => {
    const named = (text: string) => ratingsNamed(DEFAULT_RAG_INDEX, text).map((e) => e.name);
    for (const text of ["Amber-Green", "Amber/Red", "Red/Amber", "A/R", "B/G", "A meeting with Green Lane school", "A & B", "N/A - G", "Is A or B", "n/a", "Green (was Amber)", "Amber to Green", "Amber Greenwich"]) expect(named(text), text).toEqual([]);
  });

  it("matches an index's longest names first, each once, so Amber-Green is not also Amber and Green", () => {
    const named = (text: string) => ratingsNamed(SIX, text).map((e) => e.name);
    expect(named("Amber-Green Green")).toEqual(["Amber-Green", "Green"]);
    expect(named("Amber-Red → Amber")).toEqual(["Amber-Red", "Amber"]);
    expect(named("Amber Amber-Green")).toEqual(["Amber", "Amber-Green"]);
    expect(named("Amber-Red")).toEqual([]);
    expect(named("AG/A")).toEqual([]);
    // The index's own in-between rating written with a space is that rating misspelt, not two ratings; with an arrow it is two.
    expect(named("Amber Green")).toEqual([]);
    expect(named("AMBER  RED")).toEqual([]);
    expect(named("Amber → Green")).toEqual(["Amber", "Green"]);
    expect(ratingsNamed(DEFAULT_RAG_INDEX, "Amber Green").map((e) => e.name)).toEqual(["Amber", "Green"]);
  });

  it("says so in one sentence for each such cell, with the ratings expected, counting it invalid as before; other invalid texts keep their message", () => {
    // The peer review plan, rerated: Amber struck through then Green; Amber → Green; a rating between two; and "Amber - on track", one rating.
    const a = analyse(peerReviewSheet({ 1: "Amber Green", 2: "Amber → Green", 3: "Amber -> Green", 4: "B/G", 5: "Amber - on track", 6: "Green (was Amber)", 7: "Amber/Red" }));
    expect(a.totals.counts).toMatchObject({ Invalid: 6 });
    expect(a.actions.find((x) => x.row === peerReviewRow(5))!.rating).toMatchObject({ kind: "rated", entry: { name: "Amber" } });
    const said = a.findings.filter((f) => f.code === "rating-invalid").map((f) => [f.row, f.message]);
    const expected = "Blue (B), Green (G), Amber (A) or Red (R)";
    const two = (row: number, text: string) => `Row ${row}: "${text}" holds two ratings ("Amber" and "Green"), perhaps an old one struck through or left in, so it is not read as a rating; the cell should hold only the current one, one of ${expected}.`;
    expect(said.slice(0, 3)).toEqual([
      [peerReviewRow(1), two(peerReviewRow(1), "Amber Green")],
      [peerReviewRow(2), two(peerReviewRow(2), "Amber → Green")],
      [peerReviewRow(3), two(peerReviewRow(3), "Amber -> Green")],
    ]);
    for (const [row, message] of said.slice(3)) {
      expect(message).toMatch(new RegExp(`^Row ${row}: ".*" is not a rating in the index; expected ${expected.replace(/[()]/g, "\\$&")}`));
    }
  });

  it("says three ratings where a cell holds three", () => {
    const a = analyse(peerReviewSheet({ 1: "Red Amber Green" }));
    expect(a.findings.find((f) => f.code === "rating-invalid")!.message).toContain('"Red Amber Green" holds three ratings ("Red", "Amber" and "Green")');
  });
});

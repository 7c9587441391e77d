/**
 * The formula that tells a rating in a cell, worked out by the workbench's formula reader and set
 * against the engine's own reading (normaliseRating): where the formula sees a rating, the engine
 * sees the same one. LibreOffice works the same formulas out in test/libreoffice/ratingColours.test.ts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { holdsPlainRating, holdsRating } from "../../src/core/ratingFormula";
import { DEFAULT_RAG_INDEX, makeEntry, type RagIndex } from "../../src/core/ragIndex";
import { normaliseRating } from "../../src/core/ratings";
import { fitsInFormula } from "../../src/core/excelLimits";
import { compileRule } from "../../src/workbench/conditionalFormula";

const CELL = "$F4";

/** The names of the entries whose formula holds for the text in F4, as Excel would work them out. */
function seenAs(index: RagIndex, text: string): string[] {
  return index.entries.filter((entry) => compileRule(holdsRating(CELL, entry, index), 4, 6).appliesAt(4, 6, () => text)).map((e) => e.name);
}

function engineReads(index: RagIndex, text: string): string[] {
  const status = normaliseRating(text, index);
  return status.kind === "rated" ? [status.entry.name] : [];
}

describe("the formula that tells a rating in a cell", () => {
  it.each([
    ["B", "Blue"],
    [" blue ", "Blue"],
    ["Blue - Complete", "Blue"],
    ["Amber - awaiting sign-off", "Amber"],
    ["amber -awaiting sign-off", "Amber"],
    ["Amber- awaiting sign-off", "Amber"],
    ["Green – On track", "Green"],
    ["Green — On track", "Green"],
    ["G: booklet drafted, publication pending", "Green"],
    ["G : booklet drafted", "Green"],
    ["Red (off track)", "Red"],
    ["Red(off track)", "Red"],
    ["B - done", "Blue"],
    ["Green - delivered, waiting times reduced", "Green"],
    ["Green - 50/50 split agreed with partners", "Green"],
    ["Blue - Complete; LSCP to review in 2022.", "Blue"],
    ["Blue-sky thinking day held", undefined],
    ["Bluebell", undefined],
    ["Bl - done", undefined],
    ["Red - Amber", undefined],
    ["Red - Amber.", undefined],
    ["Green (was Amber)", undefined],
    ["Green - recovering, see R", undefined],
    ["Blue: 3", undefined],
    ["Blue -", undefined],
    ["Blue/Green", undefined],
    ["Yellow - some delay", undefined],
    // Pasted from Word or typed with Alt+Enter: a line break, tab, non-breaking space or curly quote parts words too.
    ["Green - on track\nAmber risk", undefined],
    ["Amber - awaiting sign-off\nRed if missed", undefined],
    ["Green - on track\r\nAmber risk", undefined],
    ["Green - on track\tAmber risk", undefined],
    ["Green - on track\u00a0Amber risk", undefined],
    ["Green - Amber’s", undefined],
    ["Green - “Amber”", undefined],
    ["Green - ‘Amber’", undefined],
    ["Green - on track\nnext review in May", "Green"],
  ])("reads %j as the engine does: %s", (text, rating) => {
    const expected = rating === undefined ? [] : [rating];
    expect(seenAs(DEFAULT_RAG_INDEX, text)).toEqual(expected);
    expect(engineReads(DEFAULT_RAG_INDEX, text)).toEqual(expected);
  });

  it("sees no rating where another rating's code opens the words, which the engine reads as a word", () => {
    // The one difference with the default index: a capital "A" opening the words is Amber's code to the formula.
    expect(engineReads(DEFAULT_RAG_INDEX, "Green - A delay is expected")).toEqual(["Green"]);
    expect(seenAs(DEFAULT_RAG_INDEX, "Green - A delay is expected")).toEqual([]);
  });

  it("never sees a rating the engine does not read, nor another than it reads", () => {
    const pieces = ["Blue", "blue", "B", "b", "Red", "R", "Amber", "A", "Green", "G", "Amber-Green", " - ", " -", "- ", "-", "–", "—", ": ", ":", " (", "(", ")", "[", " ", "  ", ".", ",", "/", "!", "?", "'", "\"", "sky", "done", "a delay", "was", "3", "ok", "bell", "\n", "\r\n", "\t", "\u00a0", "’", "‘", "“", "”"];
    const index: RagIndex = { ...DEFAULT_RAG_INDEX, entries: [...DEFAULT_RAG_INDEX.entries, makeEntry("Amber-Green", "Nearly on track.", false, "AG")] };
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 6 }), (parts) => {
        const text = parts.join("");
        const seen = seenAs(index, text);
        expect(seen.length === 0 || seen.join() === engineReads(index, text).join(), text).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("tells a longer rating's name from the shorter one it starts with", () => {
    const index: RagIndex = { ...DEFAULT_RAG_INDEX, entries: [...DEFAULT_RAG_INDEX.entries, makeEntry("Amber (minor)", "Small delay.", false, "AM")] };
    expect(seenAs(index, "Amber (minor) - recovering")).toEqual(["Amber (minor)"]);
    expect(seenAs(index, "Amber - recovering")).toEqual(["Amber"]);
    expect(engineReads(index, "Amber (minor) - recovering")).toEqual(["Amber (minor)"]);
  });

  it("fits easily in one Excel formula, for each rating and for all of them together", () => {
    const each = DEFAULT_RAG_INDEX.entries.map((entry) => holdsRating(CELL, entry, DEFAULT_RAG_INDEX));
    expect(Math.max(...each.map((f) => f.length))).toBeLessThan(1_500);
    expect(fitsInFormula(`NOT(OR(${each.join(",")}))`)).toBe(true);
    expect(holdsPlainRating(CELL, DEFAULT_RAG_INDEX.entries[0]!)).toBe('OR(TRIM($F4)="Blue",TRIM($F4)="B")');
  });

  it("knows what Excel refuses in a formula: too long, a text over 255 characters, functions nested over 64 deep", () => {
    expect(fitsInFormula(`LEN("${"x".repeat(255)}")`)).toBe(true);
    expect(fitsInFormula(`LEN("${"x".repeat(256)}")`)).toBe(false);
    expect(fitsInFormula(`LEN("${'""'.repeat(200)}")`)).toBe(true);
    expect(fitsInFormula(`${"N(".repeat(64)}1${")".repeat(64)}`)).toBe(true);
    expect(fitsInFormula(`${"N(".repeat(65)}1${")".repeat(65)}`)).toBe(false);
    expect(fitsInFormula(`LEN("((((")+${"1+".repeat(4_100)}1`)).toBe(false);
  });
});

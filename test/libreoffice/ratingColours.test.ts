// @vitest-environment node
/**
 * A real spreadsheet works out our rating colours and invalid highlight. The peer review plan gets
 * its colours and highlights from the file door; then ratings are typed as a team would, some in
 * wordings no cell had when the formats were added. LibreOffice Calc exports the sheet to HTML,
 * which shows each cell with the conditional format that applies to it: a rating the engine reads
 * must show its colour and lose its invalid highlight; "Blue-sky thinking day held" and "Bluebell"
 * stay uncoloured, and "Red - Amber", which names two ratings, stays flagged.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { colourRatings, highlightRatingProblems } from "../../src/door/operations";
import { PROBLEM_STYLES } from "../../src/core/formats";
import { DEFAULT_RAG_INDEX } from "../../src/core/ragIndex";
import { normaliseRating } from "../../src/core/ratings";
import { peerReviewRow, peerReviewSheet } from "../fixtures/peerReview";
import { workbookBytes } from "../helpers/workbooks";
import { convertWithLibreOffice, fillInHtml, freshDir, removeDir, requirePrograms, writeFile } from "./libreOffice";

const SHEET = "Peer Review";
const RATING_COLUMN = 6;
/** Before the formats: one wording the sheet already has, and three invalid ratings that get the highlight. */
const BEFORE: Record<number, string> = { 1: "Blue - Complete", 3: "Yellow", 4: "Bleu", 5: "TBC" };
const INVALID = PROBLEM_STYLES.invalid.fill;

const colourOf = (name: string) => DEFAULT_RAG_INDEX.entries.find((e) => e.name === name)!.colour;

/** Typed after the formats were added: [recommendation, text, what the cell shows, what the engine reads]. */
const TYPED: [number, string, string | undefined, string | undefined][] = [
  [3, "Amber - awaiting sign-off", colourOf("Amber"), "Amber"],
  [4, "Red - Amber", INVALID, undefined],
  [5, "G: booklet drafted, publication pending", colourOf("Green"), "Green"],
  [2, "B - done", colourOf("Blue"), "Blue"],
  [6, "Blue-sky thinking day held", undefined, undefined],
  [7, "Bluebell", undefined, undefined],
  [9, "Red (off track)", colourOf("Red"), "Red"],
  [10, "Blue: 3", undefined, undefined],
  [11, "blue -  re-audit booked for March", colourOf("Blue"), "Blue"],
  [19, "Green (was Amber)", undefined, undefined],
  // The engine reads a capital opening the words as a word; the formula takes it for Amber's code, so no colour.
  [20, "Green - A new audit cycle has started", undefined, "Green"],
];

let dir = "";
let html = "";


beforeAll(async () => {
  requirePrograms(["soffice"]);
  dir = freshDir("rag-lo-colours-");
  const door = await XlsxDoor.open(await workbookBytes({ [SHEET]: peerReviewSheet(BEFORE).values }), "peer-review.xlsx");
  await colourRatings(door);
  await highlightRatingProblems(door);
  const typed = (await door.read()).sheets.find((s) => s.name === SHEET)!;
  const before = (no: number) => typed.values[peerReviewRow(no) - typed.firstRow]![RATING_COLUMN - typed.firstColumn] as string;
  await door.applyEdits(TYPED.map(([no, text]) => ({ sheet: SHEET, row: peerReviewRow(no), column: RATING_COLUMN, from: before(no), to: text })));
  const [exported] = convertWithLibreOffice([writeFile(dir, "peer-review.xlsx", await door.save())], "html", dir);
  html = readFileSync(exported!, "utf8");
});

afterAll(() => removeDir(dir));

describe("rating colours worked out by LibreOffice Calc", () => {
  it("shows the colour of a rating written as the sheet already wrote it", () => {
    expect(fillInHtml(html, "Blue - Complete")).toBe(colourOf("Blue"));
  });

  it.each(TYPED)("recommendation %i typed as %j shows %s, as the engine reads it (%s)", (_no, text, shown, engine) => {
    expect(fillInHtml(html, text)).toBe(shown);
    const status = normaliseRating(text, DEFAULT_RAG_INDEX);
    expect(status.kind === "rated" ? status.entry.name : undefined).toBe(engine);
  });
});

/**
 * Ratings given by colour alone: a blank rating cell a team filled green is read as Green, said in
 * a warning with the word to type, and written by Fix ratings. Rows are the peer review plan's.
 */
import { describe, expect, it } from "vitest";
import { entryForFill, hueFamily } from "../../src/core/fillRating";
import { analyseWorkbook } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { DEFAULT_RAG_INDEX, makeEntry, type RagIndex } from "../../src/core/ragIndex";
import type { CellValue, SheetSnapshot } from "../../src/core/cells";
import { analyseRead } from "../../src/door/analyseRead";
import { fixRatings } from "../../src/door/operations";
import { outcomeMessage } from "../../src/core/outcome";
import { MemoryDoor } from "../fakes/memoryDoor";

const TODAY = "2021-11-01";
const HEADER = ["Rec No", "Recommendation", "Response", "RAG"];
const ROWS: CellValue[][] = [
  [1, "Consider deputies on Strategic Group to bring strategic /operational leads together", "Deputies now attend.", null],
  [2, "Multi-agency Safeguarding Hub (MASH) steering group subgroup - governance through LSCP", "Terms of reference agreed.", "B"],
  [3, "Shared and agreed priorities across Partnerships in Thurrock", "Priorities agreed at the joint meeting.", null],
  [19, "Embedded in system/video/induction packs", "Induction pack drafted.", null],
];
const plan = (): SheetSnapshot => ({ name: "Peer Review", firstRow: 1, firstColumn: 1, values: [HEADER, ...ROWS.map((r) => [...r])], merges: [] });

describe("the hue family of a fill", () => {
  it("reads strong and Excel's light Good, Neutral and Bad fills alike, and no grey, near-white or near-black", () => {
    const families: Record<string, ReturnType<typeof hueFamily>> = {
      "#00B050": "green",
      "#C6EFCE": "green",
      "#92D050": "green",
      "#FFC000": "amber",
      "#FFEB9C": "amber",
      "#FFFF00": "amber",
      "#ED7D31": "amber",
      "#FF0000": "red",
      "#C00000": "red",
      "#FFC7CE": "red",
      "#0070C0": "blue",
      "#00B0F0": "blue",
      "#4472C4": "blue",
      // The palette's lighter shades are colours (whether one is the rating cell's own is ratingFills.ts's to say).
      "#DDEBF7": "blue",
      "#D9E1F2": "blue",
      "#DAE2F3": "blue",
      "#E2EFDA": "green",
      "#FFF2CC": "amber",
      "#7030A0": "purple",
      "#FFFFFF": null,
      "#D9D9D9": null,
      "#F2F2F2": null,
      "#FFFFF0": null,
      "#000000": null,
      "#1F1F1F": null,
      "green": null,
    };
    for (const [colour, family] of Object.entries(families)) expect([colour, hueFamily(colour)]).toEqual([colour, family]);
  });

  it("means the one entry of the index in that family, and nothing where two share it or none has it", () => {
    expect(entryForFill("#C6EFCE", DEFAULT_RAG_INDEX)?.name).toBe("Green");
    expect(entryForFill("#FFEB9C", DEFAULT_RAG_INDEX)?.name).toBe("Amber");
    expect(entryForFill("#7030A0", DEFAULT_RAG_INDEX)).toBeUndefined();
    const withYellow: RagIndex = { ...DEFAULT_RAG_INDEX, entries: [...DEFAULT_RAG_INDEX.entries, { ...DEFAULT_RAG_INDEX.entries[2]!, code: "Y", name: "Yellow", colour: "#FFFF00" }] };
    expect(entryForFill("#FFC000", withYellow)).toBeUndefined();
    expect(entryForFill("#00B050", withYellow)?.name).toBe("Green");
    // A six-point key's in-between ratings are drawn between their colours: a green or amber fill still means Green or Amber.
    const sixPoint: RagIndex = { ...DEFAULT_RAG_INDEX, entries: ["Blue", "Green", "Amber-Green", "Amber", "Amber/Red", "Red"].map((name) => makeEntry(name, "")) };
    expect(entryForFill("#00B050", sixPoint)?.name).toBe("Green");
    expect(entryForFill("#FFC000", sixPoint)?.name).toBe("Amber");
    expect(entryForFill("#C00000", sixPoint)?.name).toBe("Red");
  });
});

describe("a rating given by colour alone", () => {
  it("is counted as its rating, with a warning that gives the word to type", () => {
    const sheet = { ...plan(), fills: { D2: "#00B050", D4: "#FFFFFF" } };
    const a = analyseWorkbook({ sheets: [sheet] }, DEFAULT_SETTINGS, TODAY);
    expect(a.totals.counts).toMatchObject({ Blue: 1, Green: 1, Unrated: 2 });
    const coloured = a.findings.filter((f) => f.code === "rating-colour-only");
    expect(coloured).toEqual([
      {
        sheet: "Peer Review",
        row: 2,
        column: "D",
        code: "rating-colour-only",
        severity: "warning",
        value: "",
        // The sheet writes its one typed rating as a code, so the fix is the code.
        fix: "G",
        message:
          'Row 2: the rating cell is filled green (#00B050) with nothing typed in it, so it is counted as Green; type "G" in it (Fix ratings does), so filters, screen readers and printouts in black and white read the rating too.',
      },
    ]);
    expect(a.findings.filter((f) => f.code === "rating-unrated").map((f) => f.row)).toEqual([4, 5]);
    expect(outcomeMessage(a)).toBe("4 actions in 1 review; 0 invalid ratings, 2 missing ratings, 1 given by colour alone, 0 stale (3 not checked: no last-updated column), 0 overdue (3 not checked: no time-scale column).");
  });

  it("is read through a door that can say a cell's fill, asked of each blank rating cell, a content cell of its row and some typed ratings", async () => {
    const door = new MemoryDoor([plan()]);
    door.fills.set("Peer Review!D2", "#C6EFCE");
    door.fills.set("Peer Review!D5", "#FFC7CE");
    door.fills.set("Peer Review!D3", "#FF0000");
    const a = await analyseRead(door, await door.read(), DEFAULT_SETTINGS, TODAY);
    const cell = (row: number, column: number) => ({ sheet: "Peer Review", row, column });
    // Each blank rating (D2, D4, D5) with its recommendation beside it (B), then the typed rating D3.
    expect(door.fillsAsked).toEqual([[cell(2, 4), cell(2, 2), cell(4, 4), cell(4, 2), cell(5, 4), cell(5, 2), cell(3, 4)]]);
    expect(a.totals.counts).toMatchObject({ Blue: 1, Green: 1, Red: 1, Unrated: 1 });
  });

  it("is not read from a filled row (banding, a row highlighted yellow) or a shaded rating column", async () => {
    const counts = async (fills: Record<string, string>) => {
      const door = new MemoryDoor([plan()]);
      for (const [at, colour] of Object.entries(fills)) door.fills.set(`Peer Review!${at}`, colour);
      return (await analyseRead(door, await door.read(), DEFAULT_SETTINGS, TODAY)).totals.counts;
    };
    // Rows 2 and 4 banded pale blue across, row 5 highlighted yellow across: no rating among them.
    expect(await counts({ A2: "#DDEBF7", B2: "#DDEBF7", C2: "#DDEBF7", D2: "#DDEBF7", B4: "#DDEBF7", D4: "#DDEBF7", B5: "#FFFF00", D5: "#FFFF00" })).toMatchObject({ Blue: 1, Unrated: 3 });
    // A pale blue worn only by typed Blues: a blank cell wearing it reads as Blue too.
    expect(await counts({ D2: "#DDEBF7", D3: "#DDEBF7" })).toMatchObject({ Blue: 2, Unrated: 2 });
    // The rating column shaded pale blue under typed Blue and Green alike: the shade is no rating's colour.
    const shaded = { ...plan(), values: plan().values.map((r, i) => (i === 3 ? [...r.slice(0, 3), "G"] : r)) };
    const door = new MemoryDoor([shaded]);
    for (const at of ["D2", "D3", "D4", "D5"]) door.fills.set(`Peer Review!${at}`, "#DDEBF7");
    expect((await analyseRead(door, await door.read(), DEFAULT_SETTINGS, TODAY)).totals.counts).toMatchObject({ Blue: 1, Green: 1, Unrated: 2 });
  });

  it("costs nothing where every rating is typed, and is unrated as before through a door that cannot say", async () => {
    const typed = new MemoryDoor([{ ...plan(), values: [HEADER, ...ROWS.map((r) => [...r.slice(0, 3), "B"])] }]);
    await analyseRead(typed, await typed.read(), DEFAULT_SETTINGS, TODAY);
    expect(typed.fillsAsked).toEqual([]);

    const door = new MemoryDoor([plan()]);
    door.fills.set("Peer Review!D2", "#00B050");
    const blind = { read: () => door.read(), readSettings: () => door.readSettings() };
    const a = await analyseRead(blind, await door.read(), DEFAULT_SETTINGS, TODAY);
    expect(a.totals.counts).toMatchObject({ Green: 0, Unrated: 3 });
  });

  it("is left missing, with the reason said, where the door cannot give the fills; the work goes on", async () => {
    const door = new MemoryDoor([plan()]);
    door.readFills = async () => {
      throw new Error("Excel could not read the cells' formats.");
    };
    const a = await analyseRead(door, await door.read(), DEFAULT_SETTINGS, TODAY);
    expect(a.totals.counts).toMatchObject({ Blue: 1, Unrated: 3 });
    expect(a.findings.filter((f) => f.code === "fills-unread")).toEqual([
      {
        sheet: "Peer Review",
        code: "fills-unread",
        severity: "info",
        message: "The fill colours of the 3 blank rating cells could not be read (Excel could not read the cells' formats), so a rating given there by colour alone is counted as missing.",
      },
    ]);
  });

  it("is written as its word by Fix ratings, in the sheet's spelling, and the cell then reads as typed", async () => {
    const door = new MemoryDoor([plan()]);
    door.fills.set("Peer Review!D2", "#00B050");
    door.fills.set("Peer Review!D4", "#FFC000");
    const fixed = await fixRatings(door);
    expect(fixed.edits).toEqual([
      { sheet: "Peer Review", row: 2, column: 4, from: "", to: "G" },
      { sheet: "Peer Review", row: 4, column: 4, from: "", to: "A" },
    ]);
    expect([door.cell("Peer Review", 2, 4), door.cell("Peer Review", 4, 4)]).toEqual(["G", "A"]);
    const after = await analyseRead(door, await door.read(), DEFAULT_SETTINGS, TODAY);
    expect(after.findings.filter((f) => f.code === "rating-colour-only")).toEqual([]);
    expect(after.totals.counts).toMatchObject({ Blue: 1, Green: 1, Amber: 1, Unrated: 1 });
  });
});

/**
 * ExcelDoor.readFills: the fill colour of blank rating cells a team coloured instead of typing the
 * rating. On ExcelApi 1.9 a column's rows are read as runs with one getCellProperties each, in one
 * sync when they fit the read budget and in several when they do not; older hosts load each cell's
 * format.fill.color. Answers come back one per asked cell, in the asked order.
 */
import { describe, expect, it } from "vitest";
import type { CellAddress } from "../../src/core/cells";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { ExcelDoorError } from "../../src/excel/errors";
import { excelFillColour } from "../../src/excel/readFills";
import { FakeExcel, type FakeSheet, type SyncRecord } from "../fakes/fakeExcel";
import { peerReviewRow, peerReviewSheet } from "../fixtures/peerReview";
import { putSnapshot } from "./helpers";

const GREEN = "#00B050";
const AMBER = "#FFC000";
const RED = "#FF0000";
/** The rating column of peerReviewSheet(). */
const PEER_RAG = 6;

/** The peer review plan with the ratings of these recommendations left blank. */
function peerReview(excel: FakeExcel, blank: number[]): FakeSheet {
  return putSnapshot(excel, peerReviewSheet(Object.fromEntries(blank.map((no) => [no, null]))));
}

/** A second tracker of the same plan, as another team keeps it: header on row 1, rating in D. */
function followUp(excel: FakeExcel): FakeSheet {
  return excel.sheet("Follow-up", [
    ["Rec No", "Recommendation", "Response", "RAG"],
    [1, "Consider deputies on Strategic Group", "Deputies now attend.", null],
    [2, "MASH steering group subgroup - governance through LSCP", "Reports quarterly to the LSCP.", "B"],
    [3, "Shared and agreed priorities across Partnerships in Thurrock", "Priorities drafted, not yet agreed.", null],
    [4, "Protocol to reduce duplication across partnership groups", "No progress since the last review.", null],
    [5, "Develop wider role of SET", "Awaiting SET's reply.", null],
  ]);
}

function colour(sheet: FakeSheet, row: number, column: number, fill: string, fillPattern?: string | null): void {
  const cell = sheet.ensure(row, column);
  cell.look = { ...cell.look, fill, ...(fillPattern !== undefined ? { fillPattern } : {}) };
}

function refused(syncs: SyncRecord[]): string[] {
  return syncs.filter((s) => !s.ok).map((s) => s.error ?? "failed");
}

/** A tracker of `rows` actions under a header, every rating blank and coloured green, amber or red in turn. */
function longTracker(excel: FakeExcel, name: string, rows: number): FakeSheet {
  const sheet = excel.sheet(name, [["Rec No", "Recommendation", "Response", "RAG"]]);
  const fills = [GREEN, AMBER, RED];
  for (let i = 0; i < rows; i++) {
    sheet.ensure(2 + i, 1).value = i + 1;
    sheet.ensure(2 + i, 2).value = `Recommendation ${i + 1}: review the multi-agency safeguarding arrangements`;
    colour(sheet, 2 + i, 4, fills[i % 3]!);
  }
  return sheet;
}

function ratingCells(name: string, rows: number): CellAddress[] {
  return Array.from({ length: rows }, (_, i) => ({ sheet: name, row: 2 + i, column: 4 }));
}

function expectedLong(rows: number): string[] {
  return Array.from({ length: rows }, (_, i) => [GREEN, AMBER, RED][i % 3]!);
}

describe("the fills of blank rating cells on ExcelApi 1.9 and later", () => {
  it("answers each cell asked, in the asked order, across two sheets and rows apart, in one sync", async () => {
    const excel = new FakeExcel();
    const plan = peerReview(excel, [3, 5, 6, 12, 25]);
    colour(plan, peerReviewRow(3), PEER_RAG, GREEN);
    colour(plan, peerReviewRow(5), PEER_RAG, "#ffc000"); // as a host might spell it: answered upper case
    colour(plan, peerReviewRow(12), PEER_RAG, RED);
    colour(plan, peerReviewRow(25), PEER_RAG, GREEN);
    // Rec 6 is blank and has no fill.
    const follow = followUp(excel);
    colour(follow, 2, 4, GREEN);
    colour(follow, 4, 4, RED);
    colour(follow, 6, 4, AMBER);
    // Rec 2's typed rating sits on a fill too: not asked, so not answered.
    colour(follow, 3, 4, "#0070C0");

    const door = new ExcelDoor(excel);
    await door.read();
    excel.resetSyncs();
    const asked: CellAddress[] = [
      { sheet: "Follow-up", row: 6, column: 4 },
      { sheet: "Peer Review", row: peerReviewRow(12), column: PEER_RAG },
      { sheet: "Follow-up", row: 2, column: 4 },
      { sheet: "Peer Review", row: peerReviewRow(3), column: PEER_RAG },
      { sheet: "Follow-up", row: 5, column: 4 },
      { sheet: "Peer Review", row: peerReviewRow(25), column: PEER_RAG },
      { sheet: "Peer Review", row: peerReviewRow(6), column: PEER_RAG },
      { sheet: "peer review", row: peerReviewRow(5), column: PEER_RAG },
      { sheet: "Follow-up", row: 4, column: 4 },
      { sheet: "Follow-up", row: 2, column: 4 },
    ];
    expect(await door.readFills(asked)).toEqual([AMBER, RED, GREEN, GREEN, null, GREEN, null, AMBER, RED, GREEN]);
    expect(excel.syncs).toHaveLength(1);
    expect(refused(excel.syncs)).toEqual([]);
  });

  it("reads a column's asked rows a few rows apart as one run, and rows far apart as runs of their own", async () => {
    const excel = new FakeExcel();
    const sheet = longTracker(excel, "Action Plan", 300);
    const door = new ExcelDoor(excel);
    // Every other rating is blank and asked: one getCellProperties covers them all.
    const everyOther = ratingCells("Action Plan", 300).filter((_, i) => i % 2 === 0);
    expect(await door.readFills(everyOther)).toEqual(expectedLong(300).filter((_, i) => i % 2 === 0));
    expect(excel.syncs).toHaveLength(1);
    expect(excel.syncs[0]!.calls).toBe(1);
    // A gap of 50 rows is not read: two runs, still one sync.
    excel.resetSyncs();
    colour(sheet, 100, 4, RED);
    expect(await door.readFills([{ sheet: "Action Plan", row: 2, column: 4 }, { sheet: "Action Plan", row: 100, column: 4 }, { sheet: "Action Plan", row: 3, column: 4 }])).toEqual([GREEN, RED, AMBER]);
    expect(excel.syncs).toHaveLength(1);
    expect(excel.syncs[0]!.calls).toBe(2);
    // The rows of the gap were not in the answer: only the two runs' five cells were sent.
    expect(excel.syncs[0]!.responseBytes).toBeLessThan(600);
  });

  it("a few hundred blank ratings on two sheets cost one sync, whose response stays well inside the limit", async () => {
    const excel = new FakeExcel();
    longTracker(excel, "Plan 2023", 250);
    longTracker(excel, "Plan 2024", 250);
    const door = new ExcelDoor(excel);
    const asked = [...ratingCells("Plan 2023", 250), ...ratingCells("Plan 2024", 250)];
    expect(await door.readFills(asked)).toEqual([...expectedLong(250), ...expectedLong(250)]);
    expect(excel.syncs).toHaveLength(1);
    expect(excel.syncs[0]!.calls).toBe(2);
    expect(excel.syncs[0]!.responseBytes).toBeLessThan(500 * 100);
  });

  it("no fill is null; a patterned fill is null; a host that gives no pattern has white read as no fill", async () => {
    const excel = new FakeExcel();
    const follow = followUp(excel);
    colour(follow, 2, 4, RED, "Gray50"); // hatched red on white: not one colour
    colour(follow, 4, 4, "#FFFFFF"); // a solid white fill, as the user chose it
    colour(follow, 5, 4, "#FFFFFF", null); // a host that reports no pattern: white cannot be told from no fill
    colour(follow, 6, 4, AMBER, null); // …but amber is the fill's
    const door = new ExcelDoor(excel);
    const asked = [2, 3, 4, 5, 6].map((row) => ({ sheet: "Follow-up", row, column: 4 }));
    expect(await door.readFills(asked)).toEqual([null, null, "#FFFFFF", null, AMBER]);
  });

  it("more cells than one response may carry are read in several syncs, none refused, each inside the limit", async () => {
    const limit = 30_000;
    const excel = new FakeExcel({ payloadLimit: limit });
    longTracker(excel, "Action Plan", 2_000);
    const door = new ExcelDoor(excel, { readBudget: 25_000 });
    const asked = ratingCells("Action Plan", 2_000);
    expect(await door.readFills(asked)).toEqual(expectedLong(2_000));
    expect(refused(excel.syncs)).toEqual([]);
    expect(excel.syncs.length).toBeGreaterThan(1);
    expect(excel.syncs.every((s) => s.requestBytes <= limit && s.responseBytes <= limit)).toBe(true);
    // The whole answer would not have fitted one response.
    expect(excel.syncs.reduce((n, s) => n + s.responseBytes, 0)).toBeGreaterThan(limit);
  });

  it("when Excel refuses a sync for its size anyway, the same cells are read again in smaller syncs", async () => {
    const excel = new FakeExcel({ payloadLimit: 20_000 });
    longTracker(excel, "Action Plan", 1_000);
    // The default budget (4 MB) expects a 5 MB limit: the first sync is refused.
    const door = new ExcelDoor(excel);
    expect(await door.readFills(ratingCells("Action Plan", 1_000))).toEqual(expectedLong(1_000));
    expect(refused(excel.syncs)[0]).toBe("ResponsePayloadSizeLimitExceeded");
    expect(excel.syncs.at(-1)!.ok).toBe(true);
  });
});

describe("the fills on hosts before ExcelApi 1.9 (no getCellProperties, no fill pattern)", () => {
  it("loads each cell's fill colour, in the asked order across two sheets, in one sync; white is no fill", async () => {
    const excel = new FakeExcel({ apiVersion: "1.7" });
    const plan = peerReview(excel, [3, 6, 12]);
    colour(plan, peerReviewRow(3), PEER_RAG, GREEN);
    colour(plan, peerReviewRow(12), PEER_RAG, "#ff0000");
    const follow = followUp(excel);
    colour(follow, 4, 4, AMBER);
    colour(follow, 5, 4, "#FFFFFF"); // white cannot be told from no fill without a pattern
    const door = new ExcelDoor(excel);
    const asked: CellAddress[] = [
      { sheet: "Follow-up", row: 4, column: 4 },
      { sheet: "Peer Review", row: peerReviewRow(12), column: PEER_RAG },
      { sheet: "Peer Review", row: peerReviewRow(6), column: PEER_RAG },
      { sheet: "Follow-up", row: 5, column: 4 },
      { sheet: "Peer Review", row: peerReviewRow(3), column: PEER_RAG },
      { sheet: "Follow-up", row: 2, column: 4 },
    ];
    expect(await door.readFills(asked)).toEqual([AMBER, RED, null, null, GREEN, null]);
    expect(excel.syncs).toHaveLength(1);
    expect(refused(excel.syncs)).toEqual([]);
  });

  it("reads many cells in a bounded number of syncs, a budget's worth each", async () => {
    const excel = new FakeExcel({ apiVersion: "1.7", payloadLimit: 30_000 });
    longTracker(excel, "Action Plan", 120);
    // 50 cells' worth of calls (480 bytes each) a sync: three syncs for 120 cells.
    const door = new ExcelDoor(excel, { readBudget: 24_000 });
    expect(await door.readFills(ratingCells("Action Plan", 120))).toEqual(expectedLong(120));
    expect(excel.syncs).toHaveLength(3);
    expect(refused(excel.syncs)).toEqual([]);
    expect(excel.syncs.every((s) => s.requestBytes <= 30_000)).toBe(true);
  });

  it("cannot see a pattern, so a hatched fill reads as its colour", async () => {
    const excel = new FakeExcel({ apiVersion: "1.7" });
    const follow = followUp(excel);
    colour(follow, 2, 4, RED, "Gray50");
    expect(await new ExcelDoor(excel).readFills([{ sheet: "Follow-up", row: 2, column: 4 }])).toEqual([RED]);
  });
});

describe("what readFills refuses", () => {
  it("nothing asked: no sync at all", async () => {
    const excel = new FakeExcel();
    followUp(excel);
    expect(await new ExcelDoor(excel).readFills([])).toEqual([]);
    expect(excel.syncs).toHaveLength(0);
  });

  for (const apiVersion of ["1.17", "1.7"]) {
    it(`a sheet renamed since the read is named in one sentence (ExcelApi ${apiVersion})`, async () => {
      const excel = new FakeExcel({ apiVersion });
      followUp(excel);
      peerReview(excel, [3]);
      const door = new ExcelDoor(excel);
      await door.read();
      // The team renamed the plan after the read.
      excel.renameSheet(excel.get("Peer Review"), "Peer Review 2021");
      const asked: CellAddress[] = [
        { sheet: "Follow-up", row: 2, column: 4 },
        { sheet: "Peer Review", row: peerReviewRow(3), column: PEER_RAG },
      ];
      const error = await door.readFills(asked).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ExcelDoorError);
      expect((error as Error).message).toBe('There is no sheet named "Peer Review" any more.');
    });
  }

  it("a sheet deleted between the read and the fills is named too", async () => {
    const excel = new FakeExcel();
    followUp(excel);
    peerReview(excel, [3]);
    const door = new ExcelDoor(excel);
    await door.read();
    excel.deleteSheet(excel.get("Peer Review"));
    await expect(door.readFills([{ sheet: "Peer Review", row: peerReviewRow(3), column: PEER_RAG }])).rejects.toThrow(new ExcelDoorError('There is no sheet named "Peer Review" any more.'));
  });

  it("a cell outside the sheet is refused in one sentence before anything is sent", async () => {
    const excel = new FakeExcel();
    followUp(excel);
    const door = new ExcelDoor(excel);
    await expect(door.readFills([{ sheet: "Follow-up", row: 0, column: 4 }])).rejects.toThrow(ExcelDoorError);
    await expect(door.readFills([{ sheet: "Follow-up", row: 2, column: 16_385 }])).rejects.toThrow(/^Row 2, column 16385 of "Follow-up" is not a cell of the sheet/);
    expect(excel.syncs).toHaveLength(0);
  });
});

describe("excelFillColour: what a fill reads as", () => {
  it("a solid fill is its colour, upper case; no fill, a pattern or a gradient is null", () => {
    expect(excelFillColour({ color: "#00b050", pattern: "Solid" })).toBe(GREEN);
    expect(excelFillColour({ color: "#FFFFFF", pattern: "None" })).toBeNull();
    // A colour with pattern None is what Excel keeps after the fill was removed: still no fill.
    expect(excelFillColour({ color: "#FF0000", pattern: "None" })).toBeNull();
    expect(excelFillColour({ color: "#FF0000", pattern: "LightUp" })).toBeNull();
    expect(excelFillColour({ color: "#FF0000", pattern: "LinearGradient" })).toBeNull();
    expect(excelFillColour({ color: "#FFFFFF", pattern: "Solid" })).toBe("#FFFFFF");
  });

  it("without a pattern, every colour but white is the fill's", () => {
    expect(excelFillColour({ color: "#FFFFFF" })).toBeNull();
    expect(excelFillColour({ color: "#ffffff", pattern: null })).toBeNull();
    expect(excelFillColour({ color: "#FFC000" })).toBe(AMBER);
    expect(excelFillColour({ color: "FFC000" })).toBe(AMBER);
  });

  it("anything but a colour code is null", () => {
    expect(excelFillColour(undefined)).toBeNull();
    expect(excelFillColour({})).toBeNull();
    expect(excelFillColour({ color: "orange", pattern: "Solid" })).toBeNull();
    expect(excelFillColour({ color: "#FFC00", pattern: "Solid" })).toBeNull();
  });
});

describe("the stand-in answers fills as Excel does", () => {
  it("no fill is white with pattern None; getCellProperties and the fill's pattern need ExcelApi 1.9", async () => {
    const modern = new FakeExcel();
    colour(followUp(modern), 2, 4, GREEN);
    const answer = await modern.run(async (context) => {
      const props = [context.workbook.worksheets.getItem("Follow-up").getRangeByIndexes(1, 3, 2, 1).getCellProperties({ format: { fill: { color: true, pattern: true } } })];
      await context.sync();
      // A method's result arrives with the sync, with no load to call.
      return props[0]!.value;
    });
    expect(answer).toEqual([[{ format: { fill: { color: GREEN, pattern: "Solid" } } }], [{ format: { fill: { color: "#FFFFFF", pattern: "None" } } }]]);

    const old = new FakeExcel({ apiVersion: "1.7" });
    followUp(old);
    await expect(
      old.run(async (context) => {
        context.workbook.worksheets.getItem("Follow-up").getRangeByIndexes(1, 3, 1, 1).getCellProperties({ format: { fill: { color: true } } });
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(
      old.run(async (context) => {
        const fill = context.workbook.worksheets.getItem("Follow-up").getRangeByIndexes(1, 3, 1, 1).format.fill.load("color");
        await context.sync();
        return fill.color;
      }),
    ).resolves.toBe("#FFFFFF");
  });
});

import { describe, expect, it } from "vitest";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { rowsToStamp, shiftWatch, startLastUpdatedStamping, type StampWatch } from "../../src/excel/lastUpdatedStamp";
import { dateFormatFor, isoToSerial } from "../../src/core/dates";
import { analyse } from "../../src/door/operations";
import { stampWatches } from "../../src/taskpane/stampWatches";
import { FakeExcel } from "../fakes/fakeExcel";

/** Review, No, Action, Response, Last updated (E), RAG (F); header on row 1. */
const WATCH: StampWatch = { sheet: "Leo", headerRow: 1, columns: [4, 6], updatedColumn: 5 };
const TODAY = "2021-12-15";

function workbook(apiVersion?: string) {
  const excel = new FakeExcel(apiVersion ? { apiVersion } : {});
  const sheet = excel.sheet("Leo", [
    ["Review", "No", "Action", "Response", "Last updated", "RAG"],
    ["Leo", 1, "Brief staff", "Started", 44200, "Amber"],
    ["Leo", 2, "Audit", "Started", 44200, "blue"],
    ["Leo", 3, "Train", "Started", 44200, "Green"],
  ]);
  sheet.ensure(2, 5).numberFormat = "d mmm yyyy";
  return { excel, sheet };
}

async function start(excel: FakeExcel, door: ExcelDoor, watch: StampWatch = WATCH) {
  const errors: string[] = [];
  const stop = await startLastUpdatedStamping(excel, [watch], { ownWrites: door.ownWrites, today: () => TODAY, onError: (e) => errors.push(e) });
  return { stop, errors };
}

describe("which edits count as an update", () => {
  it("is a rating or response edit in an action row, not the header, other columns or a sweep over the sheet", () => {
    expect(rowsToStamp({ top: 3, bottom: 3, left: 6, right: 6 }, WATCH)).toEqual([3]);
    expect(rowsToStamp({ top: 1, bottom: 4, left: 4, right: 4 }, WATCH)).toEqual([2, 3, 4]);
    expect(rowsToStamp({ top: 3, bottom: 3, left: 1, right: 3 }, WATCH)).toEqual([]);
    expect(rowsToStamp({ top: 1, bottom: 1, left: 6, right: 6 }, WATCH)).toEqual([]);
    expect(rowsToStamp({ top: 2, bottom: 100_000, left: 1, right: 10 }, WATCH)).toEqual([]);
  });

  it("stays inside the tracker's rows when the watch knows them", () => {
    const watch = { ...WATCH, firstRow: 2, lastRow: 4 };
    expect(rowsToStamp({ top: 40, bottom: 40, left: 4, right: 4 }, watch)).toEqual([]);
    expect(rowsToStamp({ top: 3, bottom: 9, left: 6, right: 6 }, watch)).toEqual([3, 4]);
    expect(rowsToStamp({ top: 5, bottom: 5, left: 6, right: 6 }, watch)).toEqual([]);
  });

  it("follows rows inserted or deleted above and inside the tracker", () => {
    const watch = { ...WATCH, firstRow: 2, lastRow: 4 };
    expect(shiftWatch(watch, 3, 4, true)).toMatchObject({ headerRow: 1, firstRow: 2, lastRow: 6 });
    expect(shiftWatch(watch, 1, 1, true)).toMatchObject({ headerRow: 2, firstRow: 3, lastRow: 5 });
    expect(shiftWatch(watch, 2, 2, true)).toMatchObject({ headerRow: 1, firstRow: 2, lastRow: 5 });
    expect(shiftWatch(watch, 5, 9, true)).toMatchObject({ headerRow: 1, firstRow: 2, lastRow: 4 });
    expect(shiftWatch(watch, 3, 3, false)).toMatchObject({ headerRow: 1, firstRow: 2, lastRow: 3 });
    expect(shiftWatch(watch, 2, 4, false)).toMatchObject({ headerRow: 1, firstRow: 2, lastRow: 1 });
  });
});

describe("last-updated stamping", () => {
  it("writes a stamped date month first in a plan whose Date order is month first, where the cell has no date format", async () => {
    const { excel, sheet } = workbook("1.17");
    const door = new ExcelDoor(excel);
    await startLastUpdatedStamping(excel, [WATCH], { ownWrites: door.ownWrites, today: () => TODAY, dateFormat: dateFormatFor("en-US") });
    excel.userEdit("Leo", "F3", [["Blue"]]);
    await excel.settle();
    expect(sheet.cell(3, 5)).toMatchObject({ value: isoToSerial(TODAY), numberFormat: "mm/dd/yyyy" });
  });

  for (const apiVersion of ["1.17", "1.7"]) {
    it(`stamps today on a user's rating or response edit and ignores the add-in's own writes (ExcelApi ${apiVersion})`, async () => {
      const { excel, sheet } = workbook(apiVersion);
      const door = new ExcelDoor(excel);
      const { stop, errors } = await start(excel, door);

      excel.userEdit("Leo", "F3", [["Blue"]]);
      await excel.settle();
      expect(sheet.cell(3, 5)).toMatchObject({ value: isoToSerial(TODAY), numberFormat: "dd/mm/yyyy" });

      excel.userEdit("Leo", "D2", [["Briefings delivered"]]);
      await excel.settle();
      // A date format the user chose is kept.
      expect(sheet.cell(2, 5)).toMatchObject({ value: isoToSerial(TODAY), numberFormat: "d mmm yyyy" });

      // The add-in fixes a rating: that is not a progress update.
      sheet.ensure(4, 5).value = 44200;
      await door.applyEdits([{ sheet: "Leo", row: 4, column: 6, from: "Green", to: "G" }]);
      await excel.settle();
      expect(sheet.cell(4, 6)?.value).toBe("G");
      expect(sheet.cell(4, 5)?.value).toBe(44200);

      // An edit outside the watched columns changes nothing.
      excel.userEdit("Leo", "C4", [["Train all staff"]]);
      await excel.settle();
      expect(sheet.cell(4, 5)?.value).toBe(44200);
      expect(errors).toEqual([]);

      await stop();
      excel.userEdit("Leo", "F4", [["Red"]]);
      await excel.settle();
      expect(sheet.cell(4, 5)?.value).toBe(44200);
    });
  }

  it("on ExcelApi 1.14 the add-in's writes arrive marked ThisLocalAddin and are skipped for that reason alone", async () => {
    const { excel, sheet } = workbook("1.14");
    const door = new ExcelDoor(excel);
    await start(excel, door);
    // A write the door does not record as its own: only triggerSource can tell.
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Leo").getRangeByIndexes(3, 5, 1, 1).values = [["Red"]];
      await context.sync();
    });
    await excel.settle();
    expect(excel.raisedEvents.at(-1)).toMatchObject({ address: "F4", triggerSource: "ThisLocalAddin" });
    expect(sheet.cell(4, 5)?.value).toBe(44200);
  });

  it("leaves a co-author's edit to their own add-in", async () => {
    const { excel, sheet } = workbook();
    const door = new ExcelDoor(excel);
    await start(excel, door);
    excel.userEdit("Leo", "F3", [["Blue"]], "Remote");
    await excel.settle();
    expect(sheet.cell(3, 5)?.value).toBe(44200);
  });

  it("never stamps below the tracker: an edit far below leaves the user's cells there alone", async () => {
    const { excel, sheet } = workbook();
    const door = new ExcelDoor(excel);
    // The watch the pane builds from the engine's reading of the tracker.
    const { analysis } = await analyse(door);
    const [watch] = stampWatches(analysis);
    const tracker = analysis.trackers[0]!;
    expect(watch).toMatchObject({ firstRow: tracker.firstRow, lastRow: tracker.lastRow });
    await start(excel, door, watch!);
    // Far below the table the user keeps a contacts block: E40 says who to ask, E41 is blank.
    sheet.ensure(40, 5).value = "Ask Jo (chair)";
    excel.userEdit("Leo", "D40", [["Contacts"]]);
    excel.userEdit("Leo", "D41", [["Jo: 01234 567890"]]);
    await excel.settle();
    expect(sheet.cell(40, 5)?.value).toBe("Ask Jo (chair)");
    expect(sheet.cell(41, 5)).toBeUndefined();
    // Rows inserted inside the tracker are its rows: the last action, now row 5, is still stamped.
    excel.userInsertRows("Leo", 3, 1);
    excel.userEdit("Leo", "F5", [["Red"]]);
    excel.userEdit("Leo", "F6", [["Red"]]);
    await excel.settle();
    expect(sheet.cell(5, 5)?.value).toBe(isoToSerial(TODAY));
    expect(sheet.cell(6, 5)).toBeUndefined();
  });

  it("a note or a formula in the last-updated cell is the user's and is never stamped over", async () => {
    const { excel, sheet } = workbook();
    const door = new ExcelDoor(excel);
    await start(excel, door);
    sheet.ensure(3, 5).value = "See minutes";
    Object.assign(sheet.ensure(4, 5), { formula: "=TODAY()", value: 44545 });
    excel.userEdit("Leo", "F2:F4", [["Blue"], ["Blue"], ["Blue"]]);
    await excel.settle();
    expect(sheet.cell(2, 5)?.value).toBe(isoToSerial(TODAY));
    expect(sheet.cell(3, 5)?.value).toBe("See minutes");
    expect(sheet.cell(4, 5)).toMatchObject({ formula: "=TODAY()" });
  });

  for (const apiVersion of ["1.17", "1.7"]) {
    it(`an undo of the stamp and then of the edit leaves the old date, not a new stamp (ExcelApi ${apiVersion})`, async () => {
      const { excel, sheet } = workbook(apiVersion);
      const door = new ExcelDoor(excel);
      await start(excel, door);
      excel.userEdit("Leo", "F3", [["Blue"]]);
      await excel.settle();
      expect(sheet.cell(3, 5)?.value).toBe(isoToSerial(TODAY));
      // Ctrl+Z twice: the stamp goes first, then the user's own edit.
      excel.userEdit("Leo", "E3", [[44200]]);
      await excel.settle();
      excel.userEdit("Leo", "F3", [["blue"]]);
      await excel.settle();
      expect(sheet.cell(3, 5)?.value).toBe(44200);
      expect(sheet.text(3, 6)).toBe("blue");
      // A later, real edit of the row is stamped as ever.
      excel.userEdit("Leo", "F3", [["Green"]]);
      await excel.settle();
      expect(sheet.cell(3, 5)?.value).toBe(isoToSerial(TODAY));
    });
  }

  it("typing the same rating again is no update (ExcelApi 1.9 tells)", async () => {
    const { excel, sheet } = workbook("1.9");
    const door = new ExcelDoor(excel);
    await start(excel, door);
    excel.userEdit("Leo", "F3", [["blue"]]);
    await excel.settle();
    expect(sheet.cell(3, 5)?.value).toBe(44200);
  });
});

describe("cells shifted outside the tracker's rows", () => {
  it("leave the watch going, and a stop is told to the pane apart from an error", async () => {
    const { excel, sheet } = workbook();
    const door = new ExcelDoor(excel);
    const errors: string[] = [];
    const stops: string[] = [];
    await startLastUpdatedStamping(excel, [{ ...WATCH, firstRow: 2, lastRow: 4 }], { ownWrites: door.ownWrites, today: () => TODAY, onError: (e) => errors.push(e), onStopped: (e) => stops.push(e) });
    excel.userDeleteCells("Leo", "A20:C20");
    await excel.settle();
    excel.userEdit("Leo", "F3", [["Red"]]);
    await excel.settle();
    expect(sheet.cell(3, 5)?.value).toBe(isoToSerial(TODAY));
    expect([errors, stops]).toEqual([[], []]);
    excel.userDeleteCells("Leo", "B3:F3");
    await excel.settle();
    expect(stops).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});

describe("changes that update no action", () => {
  const KNOWN: StampWatch = { ...WATCH, firstRow: 2, lastRow: 4 };
  const STAMPED = isoToSerial(TODAY);
  const dates = (sheet: ReturnType<typeof workbook>["sheet"], column = 5) => [2, 3, 4].map((r) => sheet.cell(r, column)?.value);

  for (const apiVersion of ["1.17", "1.7"]) {
    it(`colouring or bolding rating and response cells stamps nothing, where Excel raises a change for it (ExcelApi ${apiVersion})`, async () => {
      const { excel, sheet } = workbook(apiVersion);
      const door = new ExcelDoor(excel);
      await start(excel, door, KNOWN);
      excel.userChanged("Leo", "F2:F4");
      excel.userChanged("Leo", "D3");
      await excel.settle();
      expect(dates(sheet)).toEqual([44200, 44200, 44200]);
      // A paste over the block that changes one rating stamps that row alone.
      excel.userEdit("Leo", "F2:F4", [["Amber"], ["Red"], ["Green"]]);
      await excel.settle();
      expect(dates(sheet)).toEqual([44200, STAMPED, 44200]);
    });
  }

  it("a row inserted in the table is known blank: a format over it and its neighbours stamps nothing", async () => {
    const { excel, sheet } = workbook();
    const door = new ExcelDoor(excel);
    await start(excel, door, KNOWN);
    excel.userInsertRows("Leo", 3, 1);
    await excel.settle();
    excel.userChanged("Leo", "F2:F5");
    await excel.settle();
    expect([2, 3, 4, 5].map((r) => sheet.cell(r, 5)?.value)).toEqual([44200, undefined, 44200, 44200]);
  });

  it("sorting the rows stamps nothing: the same values, in another order", async () => {
    const { excel, sheet } = workbook();
    sheet.ensure(3, 5).value = 44300;
    const door = new ExcelDoor(excel);
    await start(excel, door, KNOWN);
    // Sorted by rating, Z to A: the rows move whole, dates and all.
    const rows = [2, 3, 4].map((r) => [1, 2, 3, 4, 5, 6].map((c) => sheet.cell(r, c)?.value ?? null));
    [rows[2]!, rows[0]!, rows[1]!].forEach((row, i) => row.forEach((v, c) => (sheet.ensure(2 + i, c + 1).value = v as string | number)));
    excel.userChanged("Leo", "A2:F4");
    await excel.settle();
    expect(dates(sheet)).toEqual([44200, 44200, 44300]);
  });

  it("follows columns inserted left of the watched ones, so a due date there is never stamped over", async () => {
    const { excel, sheet } = workbook();
    const door = new ExcelDoor(excel);
    const { errors } = await start(excel, door, KNOWN);
    excel.userInsertColumns("Leo", 3, 1);
    await excel.settle();
    excel.userEdit("Leo", "C2", [["Jo Smith"]]);
    excel.userEdit("Leo", "G3", [["Red"]]);
    await excel.settle();
    // Last updated is now column F, the rating G.
    expect(dates(sheet, 6)).toEqual([44200, STAMPED, 44200]);
    expect(errors).toEqual([]);
  });

  it("stops, saying so, once a column it watches is deleted or cells are shifted in the tracker", async () => {
    for (const change of [(excel: FakeExcel) => excel.userInsertColumns("Leo", 5, 1, true), (excel: FakeExcel) => excel.userDeleteCells("Leo", "B3:F3")]) {
      const { excel, sheet } = workbook();
      const door = new ExcelDoor(excel);
      const { errors } = await start(excel, door, KNOWN);
      change(excel);
      await excel.settle();
      excel.userEdit("Leo", "D3", [["Done"]]);
      await excel.settle();
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^Last-updated stamping stopped on sheet "Leo": .*; press Check ratings, then turn stamping on again\.$/);
      expect([2, 3, 4].flatMap((r) => [1, 2, 3, 4, 5].map((c) => sheet.cell(r, c)?.value))).not.toContain(STAMPED);
    }
  });
});

describe("a paste of long responses over many rows", () => {
  // The peer review plan's three longest responses, kept in one cell as a year's updates: about 2,500 characters.
  const YEAR_OF_UPDATES = [
    "Essex Police are are engaging with communty groups including Enpower Initiative, Leaders Unlocked and various vulnerable, women's and Black, Asian and Minority Ethnic groups about the work of the partnership. Essex Police also attend and share information on the partnership at the Daily Bread initiative that works to support the community with a Food Bank service. Meetings are taking place with existing faith and community groups with a view to developing outreach work.  As restrictions ease and COVID recovery is underway outreach work will continue and develop. The LSCP has worked with the Community Safety Partnership, Essex Police and agencies and distributed information about the LSCP during the 16 Days of Action. Community Forum secretaries have been contacted with a view to adding the LSCP to their agenda and to plan joint community events.",
    "The LSCP is collaborating with the Youth Council, Children in Care Council, Inspire Hub and CSC Participation Officer to deliver a number of summer and autumn engagements events to Young People. The LSCP worked jointly with the CSC Engagement & Participation Officer at the Summer Grangewaters Activity Day to engage and consult with C&YP. The LSCP Business Manager will attend the September 2021 Youth Cabinet meeting to deliver a presentation on 'What the LSCP is and does? with a Q&A session to follow.  A programme of engagement events and consultation activities will be planned with the new Youth Cabinet once the new Youth Worker has been assigned to work with the Youth Cabinet. The LSCP is to attend school groups to engage and consult with C&YP on issues of safeguarding. The first to the Olive Academy with Collet Hunnisett.",
    "The summer and autumn engagement events will ascertain wishes and feelings which will be taken forward by the Practice Standards Group. Recommendations 22 & 23 are closely linked. The LSCP BM to attend C&YP coffee mornings at schools(first The Olive) in the autumn term to talk about the work of the LSCP and to engage and consult with C&YP. The LSCP has worked with Public Health, HWBB and CSP to review the questions in the annual Brigher Futures School Survey 2021. Children and Young People across year groups 4 to 10 are surveyed. The survey includes questions on safety and issues of Safeguarding in addition to Health and Well Being. The four survey themes are My Experiences, My School, My Life and My Feelings. The final published report from the survey will be presented to the Strategic Group and MEB.",
  ].join("\n");
  const ACTIONS = 2_000;

  it("stamps every row within Excel on the web's 5 MB response limit, as the first read of those cells does", async () => {
    expect(YEAR_OF_UPDATES.length).toBeGreaterThan(2_400);
    // The year's responses pasted over the Response column in one go: every row stamped (pasteSyncs), and no read refused.
    expect((await pasteSyncs(() => YEAR_OF_UPDATES)).refused).toBe(0);
  });

  // The same responses repeated, as a cell kept over several years grows: about 6,000 characters, far under Excel's 32,767 a cell.
  const YEARS_OF_UPDATES = [YEAR_OF_UPDATES, YEAR_OF_UPDATES, YEAR_OF_UPDATES].join("\n").slice(0, 6_000);

  it("reads a block of responses too long for one response in smaller blocks, when stamping starts and at each stamp", async () => {
    expect(YEARS_OF_UPDATES.length).toBe(6_000);
    const excel = new FakeExcel({ apiVersion: "1.17" });
    // A thousand actions already holding such responses: the first read's block of them is over 5 MB.
    const rows = Array.from({ length: ACTIONS }, (_, i) => ["Leo", i + 1, "Strategic Partners to identify deputies who can attend the Strategic Group alongside them.", i < 1_000 ? YEARS_OF_UPDATES : "Started", 44200, "G"]);
    excel.sheet("Leo", [["Review", "No", "Action", "Response", "Last updated", "RAG"], ...rows]);
    const door = new ExcelDoor(excel);
    const { errors } = await start(excel, door, { ...WATCH, firstRow: 2, lastRow: ACTIONS + 1 });
    expect(errors).toEqual([]);
    excel.resetSyncs();
    excel.userEdit("Leo", `D2:D${ACTIONS + 1}`, Array.from({ length: ACTIONS }, (_, i) => [i < 1_000 ? `${YEARS_OF_UPDATES.slice(0, -1)}.` : YEARS_OF_UPDATES]));
    await excel.settle();
    expect(errors).toEqual([]);
    const sheet = excel.get("Leo");
    expect([2, ACTIONS / 2 + 1, ACTIONS + 1].map((r) => sheet.cell(r, 5)?.value)).toEqual([isoToSerial(TODAY), isoToSerial(TODAY), isoToSerial(TODAY)]);
    // Refused only for its size, and only the first block: the blocks after are sized from what it took.
    const refused = excel.syncs.filter((s) => !s.ok);
    expect(refused.map((s) => s.error)).toEqual(["ResponsePayloadSizeLimitExceeded"]);
    expect(excel.syncs.filter((s) => s.ok).every((s) => s.responseBytes < 5_000_000)).toBe(true);
  });

  // The year's updates repeated to 30,000 characters: a cell kept for a decade, still under Excel's 32,767.
  const DECADE_OF_UPDATES = Array.from({ length: 13 }, () => YEAR_OF_UPDATES).join("\n").slice(0, 30_000);

  /** The syncs of a paste of `response(i)` over the Response cells of ACTIONS actions holding "Started", once every row is checked stamped. */
  async function pasteSyncs(response: (i: number) => string) {
    const excel = new FakeExcel({ apiVersion: "1.17" });
    const rows = Array.from({ length: ACTIONS }, (_, i) => ["Leo", i + 1, "Strategic Partners to identify deputies who can attend the Strategic Group alongside them.", "Started", 44200, "G"]);
    excel.sheet("Leo", [["Review", "No", "Action", "Response", "Last updated", "RAG"], ...rows]);
    const door = new ExcelDoor(excel);
    const { errors } = await start(excel, door, { ...WATCH, firstRow: 2, lastRow: ACTIONS + 1 });
    excel.resetSyncs();
    excel.userEdit("Leo", `D2:D${ACTIONS + 1}`, Array.from({ length: ACTIONS }, (_, i) => [response(i)]));
    await excel.settle();
    expect(errors).toEqual([]);
    const sheet = excel.get("Leo");
    const unstamped = Array.from({ length: ACTIONS }, (_, i) => i + 2).filter((r) => sheet.cell(r, 5)?.value !== isoToSerial(TODAY));
    expect(unstamped).toEqual([]);
    expect(excel.syncs.filter((s) => s.ok).every((s) => s.responseBytes < 5_000_000)).toBe(true);
    return { syncs: excel.syncs.length, refused: excel.syncs.filter((s) => !s.ok).length };
  }

  // Fewest syncs under the 4 MB read budget: the first block of 1,000 rows refused (halved until one fits),
  // then as many blocks of about 4 MB as the responses take, then the write of the dates.
  it("reads 6,000-character responses over 2,000 rows in blocks of about 4 MB after the one refused: 6 syncs", async () => {
    // 12 MB: the refused 1,000 rows, 500 rows, two blocks of 665, the last 170 rows, the write.
    expect(await pasteSyncs(() => YEARS_OF_UPDATES)).toEqual({ syncs: 6, refused: 1 });
  });

  it("reads 30,000-character responses over 2,000 rows in blocks of about 4 MB after those refused: 20 syncs", async () => {
    expect(DECADE_OF_UPDATES.length).toBe(30_000);
    // 60 MB: 1,000, 500 and 250 rows refused, 125 rows, fifteen blocks of up to 133, the write.
    expect(await pasteSyncs(() => DECADE_OF_UPDATES)).toEqual({ syncs: 20, refused: 3 });
  });

  it("reads in larger blocks again once the responses are short", async () => {
    // 30 MB in the first 1,000 rows, then short responses: the refused, 125 rows, seven blocks of up to 133
    // to the end of the long ones, then blocks that grow (229, 458, the last 257) rather than stay at 133 rows, the write.
    const { syncs, refused } = await pasteSyncs((i) => (i < 1_000 ? DECADE_OF_UPDATES : "Started, with a deputy named"));
    expect(refused).toBe(3);
    expect(syncs).toBeLessThanOrEqual(15);
  });

  it("still reads and writes a paste of short responses over 100 rows in two syncs", async () => {
    const excel = new FakeExcel({ apiVersion: "1.17" });
    const rows = Array.from({ length: 100 }, (_, i) => ["Leo", i + 1, "Strategic Partners to identify deputies who can attend the Strategic Group alongside them.", "Started", 44200, "G"]);
    excel.sheet("Leo", [["Review", "No", "Action", "Response", "Last updated", "RAG"], ...rows]);
    const door = new ExcelDoor(excel);
    await start(excel, door, { ...WATCH, firstRow: 2, lastRow: 101 });
    excel.resetSyncs();
    excel.userEdit("Leo", "D2:D101", Array.from({ length: 100 }, () => ["Deputies named for each partner"]));
    await excel.settle();
    expect(excel.get("Leo").cell(101, 5)?.value).toBe(isoToSerial(TODAY));
    expect(excel.syncs.map((s) => s.ok)).toEqual([true, true]);
  });
});

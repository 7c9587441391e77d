import { describe, expect, it } from "vitest";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { FakeExcel } from "../fakes/fakeExcel";

/** A small tracker: title, merged category cells, an error value and a date, starting at B2. */
function trackerWorkbook(apiVersion?: string) {
  const excel = new FakeExcel(apiVersion ? { apiVersion } : {});
  const plan = excel.sheet(
    "Plan",
    [
      ["Peer review action plan", null, null, null],
      ["Category", "No", "Recommendation", "RAG", "Last updated"],
      ["Finance", 13, "Agree budget", "B", 44300],
      [null, 14, "Schools forum bid", "Blue ", 44301],
      [null, 15, "Equity of funding", { error: "#N/A" }, null],
      ["Governance", 16, "Review functions", "G", 44302],
    ],
    { row: 2, column: 2 },
  );
  plan.merges.push({ top: 2, bottom: 2, left: 2, right: 5 }, { top: 4, bottom: 6, left: 2, right: 2 });
  for (const row of [4, 5, 6]) plan.ensure(row, 6).numberFormat = "dd/mm/yyyy";
  return { excel, plan };
}

describe("ExcelDoor.read", () => {
  it("reports values with Excel's row and column numbers, merged areas, errors as {error} and dates as formatted serials", async () => {
    const { excel } = trackerWorkbook();
    const snapshot = await new ExcelDoor(excel).read();
    expect(snapshot.sheets).toHaveLength(1);
    const sheet = snapshot.sheets[0]!;
    expect(sheet.name).toBe("Plan");
    expect(sheet.firstRow).toBe(2);
    expect(sheet.firstColumn).toBe(2);
    expect(sheet.values[0]).toEqual(["Peer review action plan", null, null, null, null]);
    expect(sheet.values[2]).toEqual(["Finance", 13, "Agree budget", "B", 44300]);
    expect(sheet.values[3]).toEqual([null, 14, "Schools forum bid", "Blue ", 44301]);
    expect(sheet.values[4]![3]).toEqual({ error: "#N/A" });
    expect(sheet.numberFormats?.[2]?.[4]).toBe("dd/mm/yyyy");
    expect(sheet.numberFormats?.[2]?.[0]).toBe("General");
    expect(sheet.merges).toEqual([
      { top: 2, bottom: 2, left: 2, right: 5 },
      { top: 4, bottom: 6, left: 2, right: 2 },
    ]);
    expect(sheet.generatedKey).toBeUndefined();
  });

  it("costs two syncs: the workbook's shape, then every cell at once", async () => {
    const { excel } = trackerWorkbook();
    excel.sheet("Notes", [["Anything"]]);
    await new ExcelDoor(excel).read();
    expect(excel.syncs.map((s) => s.ok)).toEqual([true, true]);
  });

  it("text that merely looks like an error stays text", async () => {
    const excel = new FakeExcel();
    const sheet = excel.sheet("Plan", [["RAG"], ["#N/A"]]);
    sheet.ensure(2, 1).numberFormat = "@";
    const snapshot = await new ExcelDoor(excel).read();
    expect(snapshot.sheets[0]!.values[1]).toEqual(["#N/A"]);
  });

  it("reads without merged areas on hosts before ExcelApi 1.13 instead of failing", async () => {
    const { excel } = trackerWorkbook("1.7");
    const snapshot = await new ExcelDoor(excel).read();
    expect(snapshot.sheets[0]!.merges).toEqual([]);
    expect(snapshot.sheets[0]!.values[4]![3]).toEqual({ error: "#N/A" });
    expect(excel.syncs.every((s) => s.ok)).toBe(true);
  });

  it("still reads merged areas when a sheet has more than Excel's 512 per request", async () => {
    const excel = new FakeExcel();
    const rows = Array.from({ length: 1_200 }, (_, i) => [`Category ${i}`, null, `Action ${i}`]);
    const sheet = excel.sheet("Wide", rows);
    for (let r = 1; r <= 1_200; r++) sheet.merges.push({ top: r, bottom: r, left: 1, right: 2 });
    const snapshot = await new ExcelDoor(excel).read();
    expect(snapshot.sheets[0]!.merges).toHaveLength(1_200);
    expect(snapshot.sheets[0]!.merges[1_199]).toEqual({ top: 1_200, bottom: 1_200, left: 1, right: 2 });
    expect(snapshot.sheets[0]!.values).toHaveLength(1_200);
    // Shape, the first read (refused for its merged areas), the read without them, the merges in 500-row pieces.
    expect(excel.syncs.map((s) => s.error ?? "ok")).toEqual(["ok", "GeneralException", "ok", "ok"]);
  });

  it("reads in row blocks sized before they are sent when one response would pass the payload limit", async () => {
    const excel = new FakeExcel({ payloadLimit: 60_000 });
    const rows = Array.from({ length: 600 }, (_, i) => [`Action ${i} with a longer description of what partners agreed`, i, "Amber"]);
    excel.sheet("Big", rows);
    const progress: [number, number][] = [];
    const snapshot = await new ExcelDoor(excel, { readBudget: 50_000 }).read((done, total) => progress.push([done, total]));
    const values = snapshot.sheets[0]!.values;
    expect(values).toHaveLength(600);
    expect(values[0]).toEqual(["Action 0 with a longer description of what partners agreed", 0, "Amber"]);
    expect(values[599]).toEqual(["Action 599 with a longer description of what partners agreed", 599, "Amber"]);
    // The first read learns the extent with a window of its top rows; no request is refused, and each fits.
    expect(excel.syncs.filter((s) => !s.ok)).toEqual([]);
    expect(excel.syncs.length).toBeGreaterThan(2);
    for (const s of excel.syncs) expect(s.responseBytes).toBeLessThanOrEqual(60_000);
    expect(progress.at(-1)![0]).toBe(progress.at(-1)![1]);
  });

  it("reads the marker of a generated sheet and leaves the add-in's store sheet out", async () => {
    const excel = new FakeExcel();
    excel.sheet("Plan", [["RAG"], ["B"]]);
    const summary = excel.sheet("My Summary", [["RAG Summary"]]);
    excel.workbook.names.push({ name: "RAGTracker_summary", sheet: summary, range: { top: 1, bottom: 1, left: 1, right: 1 }, visible: false });
    const store = excel.sheet("RAGTracker_Data", [["kind", "id", "json"]]);
    store.visibility = "VeryHidden";
    const snapshot = await new ExcelDoor(excel).read();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Plan", "My Summary"]);
    expect(snapshot.sheets[1]!.generatedKey).toBe("summary");
  });

  it("shares the workbook's shape between calls for a few seconds, and reloads it when a sheet it names has gone", async () => {
    const { excel } = trackerWorkbook();
    excel.sheet("Old", [["x"]]);
    let now = 0;
    const door = new ExcelDoor(excel, { now: () => now });
    await door.read();
    excel.resetSyncs();
    await door.read();
    expect(excel.syncs).toHaveLength(1);

    // The user deletes a sheet: the kept shape is wrong, the read notices and starts again.
    excel.deleteSheet(excel.get("Old"));
    excel.resetSyncs();
    const snapshot = await door.read();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Plan"]);
    expect(excel.syncs.map((s) => s.error ?? "ok")).toEqual(["ItemNotFound", "ok", "ok"]);

    now += 3_001;
    excel.resetSyncs();
    await door.read();
    expect(excel.syncs).toHaveLength(2);
  });

  it("a read that takes longer than the shape is kept for leaves it fresh: every sheet it names was just read", async () => {
    const { excel } = trackerWorkbook();
    let now = 0;
    const door = new ExcelDoor(excel, { now: () => now });
    // Each progress report is two seconds later, as a large workbook's read would be.
    await door.read(() => (now += 2_000));
    expect(now).toBeGreaterThan(3_000);
    excel.resetSyncs();
    await door.read();
    expect(excel.syncs).toHaveLength(1);
  });
});

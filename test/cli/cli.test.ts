import { describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdtempSync, readFileSync, existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/program";
import { jsonReportSchema } from "../../src/core/jsonReport";
import { memoryIo } from "../helpers/memoryIo";
import { SAMPLE_PATH, sampleBytes, workbookBytes } from "../helpers/workbooks";
import { differences, fingerprintWorkbook } from "../helpers/xlsxFingerprint";
import { STORE_SHEET_NAME } from "../../src/core/store";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";

const run = promisify(execFile);
const GENERATED = new Set(["RAG Summary", "Stale Actions", STORE_SHEET_NAME]);

const cleanPlan = {
  Plan: [
    ["Rec No", "Recommendation", "Response", "RAG"],
    [1, "Consider deputies on Strategic Group", "Deputies are now core members of Strategic Group.", "B"],
    [2, "Shared and agreed priorities across Partnerships in Thurrock", "Meetings between all Board/Partnerships managers have taken place.", "G"],
  ],
};

describe("rag-tracker summarize on the sample workbook", () => {
  it("reproduces the peer review plan's counts: 26 actions, 23 blue and 3 green, by category as the document has them", async () => {
    const io = memoryIo({ "sample.xlsx": sampleBytes() });
    expect(await runCli(["summarize", "sample.xlsx", "-o", "out.xlsx", "--json", "--as-of", "2021-11-01"], io)).toBe(0);
    const report = jsonReportSchema.parse(JSON.parse(io.out.join("")));
    const peer = report.byReview.find((r) => r.name === "Peer Review")!;
    expect(peer).toEqual({ name: "Peer Review", counts: { Blue: 23, Green: 3, Amber: 0, Red: 0, Unrated: 0, Invalid: 0 }, total: 26 });
    const categories = Object.fromEntries(report.byCategory.map((c) => [c.name, [c.total, c.counts.Blue, c.counts.Green]]));
    expect(categories).toMatchObject({
      "Governance & Business Support Structures": [4, 4, 0],
      "Shared Priorities/Engagement": [8, 6, 2],
      "Learning and Improvement": [6, 5, 1],
      "Quality Assurance and Data": [5, 5, 0],
      Finance: [3, 3, 0],
    });
    expect(report.sentences).toContain("Peer Review – 26 actions identified (23 blue and 3 green)");
    expect(report.sentences).toContain("Frankie – 14 actions identified (11 blue and 3 amber)");
    expect(report.sentences).toContain("Leo – 14 actions identified (1 blue, 4 green and 9 amber)");
    expect(report.output).toEqual({ file: "out.xlsx", sheets: ["RAG Summary", "Stale Actions"] });
    expect(report.findings.some((f) => f.sheet === "Notes" && f.code === "sheet-no-tracker")).toBe(true);
  });

  it("leaves every user sheet unchanged and writes the generated sheets", async () => {
    const input = sampleBytes();
    const io = memoryIo({ "sample.xlsx": input });
    await runCli(["summarize", "sample.xlsx", "-o", "out.xlsx"], io);
    const before = await fingerprintWorkbook(input);
    const after = await fingerprintWorkbook(io.files.get("out.xlsx")!, (name) => GENERATED.has(name));
    expect(differences(before, after)).toEqual([]);
    expect(io.files.get("sample.xlsx")).toBe(input);
    expect(io.out.join("")).toContain("Wrote out.xlsx with the sheets \"RAG Summary\" and \"Stale Actions\".");
  });

  it("never replaces a user's sheet of the same name, and replaces its own on a second run", async () => {
    const bytes = await workbookBytes({ ...cleanPlan, "RAG Summary": [["The team's own notes"]] });
    const io = memoryIo({ "in.xlsx": bytes });
    expect(await runCli(["summarize", "in.xlsx", "-o", "once.xlsx", "--json"], io)).toBe(0);
    expect(JSON.parse(io.out.join("")).output.sheets).toEqual(["RAG Summary (2)", "Stale Actions"]);
    io.out.length = 0;
    expect(await runCli(["summarize", "once.xlsx", "-o", "twice.xlsx", "--json"], io)).toBe(0);
    expect(JSON.parse(io.out.join("")).output.sheets).toEqual(["RAG Summary (2)", "Stale Actions"]);
    const door = await XlsxDoor.open(io.files.get("twice.xlsx")!, "twice.xlsx");
    const names = (await door.read()).sheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith("RAG Summary"))).toEqual(["RAG Summary", "RAG Summary (2)"]);
    const own = (await door.read()).sheets.find((s) => s.name === "RAG Summary")!;
    expect(own.values[0]?.[0]).toBe("The team's own notes");
    expect(own.generatedKey).toBeUndefined();
  });
});

describe("rag-tracker check", () => {
  it("exits 0 when no finding is an error and 1 when some are", async () => {
    const io = memoryIo({ "clean.xlsx": await workbookBytes(cleanPlan) });
    expect(await runCli(["check", "clean.xlsx"], io)).toBe(0);
    expect(io.out.join("")).toContain('Tracker "Plan": header on row 1, 2 actions on rows 2–3.');
    const bad = memoryIo({ "bad.xlsx": await workbookBytes({ Plan: [...cleanPlan.Plan, [3, "Recruit a lay member", "Advertised.", "Yellow"]] }) });
    expect(await runCli(["check", "bad.xlsx"], bad)).toBe(1);
    expect(bad.out.join("")).toContain('Plan!D4: Row 4: "Yellow" is not a rating in the index; expected Blue (B), Green (G), Amber (A) or Red (R) (did you mean Amber?).');
  });

  it("honours --sheet, --as-of and --stale-days", async () => {
    const io = memoryIo({ "sample.xlsx": sampleBytes() });
    expect(await runCli(["check", "sample.xlsx", "--json", "--sheet", "Peer Review", "--as-of", "2021-07-13", "--stale-days", "30"], io)).toBe(0);
    const report = jsonReportSchema.parse(JSON.parse(io.out.join("")));
    expect(report.trackers.map((t) => t.sheet)).toEqual(["Peer Review"]);
    expect(report).toMatchObject({ asOf: "2021-07-13", staleDays: 30 });
  });
});

describe("unusable input", () => {
  const cases: [string, Record<string, Uint8Array>, string[], RegExp][] = [
    ["a missing file", {}, ["check", "nowhere.xlsx"], /^rag-tracker: There is no file at "nowhere.xlsx"; give the path of an \.xlsx workbook\.\n$/],
    ["a CSV file renamed", { "x.xlsx": new TextEncoder().encode("Rec No,RAG\n1,Blue\n") }, ["check", "x.xlsx"], /^rag-tracker: .*CSV.*\n$/i],
    ["no tracker", {}, ["check", "notes.xlsx"], /^rag-tracker: No action-plan tracker was found in this workbook/],
    ["no rating column", {}, ["check", "norating.xlsx"], /^rag-tracker: No rating column was found on "Plan"/],
    ["a bad date", {}, ["check", "clean.xlsx", "--as-of", "13/07/2021"], /"13\/07\/2021" is not a date written YYYY-MM-DD\./],
    ["the output over the input", {}, ["summarize", "clean.xlsx", "-o", "clean.xlsx"], /^rag-tracker: The output file must differ from the input file/],
  ];
  it.each(cases)("%s exits 2 with one sentence and writes nothing", async (_label, files, args, message) => {
    const io = memoryIo({
      ...files,
      "notes.xlsx": await workbookBytes({ Notes: [["Meeting notes"], ["Nothing to rate here."]] }),
      "norating.xlsx": await workbookBytes({ Plan: [["Recommendation", "Response", "Lead"], ["Train staff", "Under way", "Police"]] }),
      "clean.xlsx": await workbookBytes(cleanPlan),
    });
    const filesBefore = [...io.files.keys()];
    expect(await runCli(args, io)).toBe(2);
    expect(io.err.join("")).toMatch(message);
    expect(io.err.join("").trim().split("\n")).toHaveLength(1);
    expect(io.err.join("")).not.toMatch(/\bat \S+ \(/); // no stack trace
    expect([...io.files.keys()]).toEqual(filesBefore);
  });
});

describe("the installed command", () => {
  it("runs from the bin with real files, and a failed run leaves no output file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rag-cli-"));
    const out = join(dir, "out.xlsx");
    const { stdout } = await run(process.execPath, ["bin/rag-tracker.mjs", "summarize", SAMPLE_PATH, "-o", out, "--json"]);
    expect(jsonReportSchema.parse(JSON.parse(stdout)).totals.total).toBeGreaterThan(26);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    const bad = join(dir, "bad.xlsx");
    writeFileSync(bad, "<html><body>not a workbook</body></html>");
    const failed = await run(process.execPath, ["bin/rag-tracker.mjs", "summarize", bad, "-o", join(dir, "never.xlsx")]).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 2 });
    expect((failed as { stderr: string }).stderr).toMatch(/^rag-tracker: .*HTML/i);
    expect(existsSync(join(dir, "never.xlsx"))).toBe(false);
  }, 30_000);
});

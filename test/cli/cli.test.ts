import { loadHistory } from "../helpers/loadHistory";
import { StreamingXlsxDoor } from "../../src/xlsx/streaming/StreamingXlsxDoor";
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
import { closeSync, copyFileSync, mkdtempSync, openSync, readFileSync, existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/program";
import { jsonReportSchema } from "../../src/core/jsonReport";
import { reportListSchema } from "../../src/core/history/reportList";
import { changesJsonSchema } from "../../src/core/history/changesJson";
import { memoryIo, type MemoryIo } from "../helpers/memoryIo";
import { SAMPLE_PATH, sampleBytes, workbookBytes } from "../helpers/workbooks";
import { differences, fingerprintWorkbook } from "../helpers/xlsxFingerprint";
import { SETTINGS_RECORD, STORE_SHEET_NAME } from "../../src/core/store";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { compoundFile } from "../../scripts/corpus/compoundFile";
import { renamedWithNames } from "../helpers/storeSheets";

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
    expect(report.sentences).toContain("Leo – 14 actions identified (1 blue, 4 green, and 9 amber)");
    expect(report.output).toEqual({ file: "out.xlsx", sheets: ["RAG Summary", "Stale Actions"] });
    expect(report.findings.some((f) => f.sheet === "Notes" && f.code === "sheet-no-tracker")).toBe(true);
    // The open actions on sheets with no last-updated or time-scale column, as the text output's "(56 not checked …)".
    expect(report.notChecked).toEqual({ stale: 56, overdue: 3 });
  });

  it("starts every chart's counts axis at 0, so a review of 23 blue and 3 green is not drawn from an axis starting at 21.5", async () => {
    const io = memoryIo({ "sample.xlsx": sampleBytes() });
    expect(await runCli(["summarize", "sample.xlsx", "-o", "out.xlsx"], io)).toBe(0);
    const zip = await JSZip.loadAsync(io.files.get("out.xlsx")!);
    const charts = Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(charts.length).toBeGreaterThan(0);
    for (const part of charts) expect(await zip.file(part)!.async("string")).toMatch(/<c:valAx><c:axId val="\d+"\/><c:scaling><c:orientation val="minMax"\/><c:min val="0"\/><\/c:scaling>/);
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
    // The printout has the sheet's tables, By lead among them, the sheet without a lead column named as the sheet names it.
    const lines = io.out.join("").split("\n");
    expect(lines.filter((l) => /^(Review|Category|Lead) +Blue +Green +Amber +Red +Unrated +Invalid +Total$/.test(l)).map((l) => l.split(" ")[0])).toEqual(["Review", "Category", "Lead"]);
    expect(lines).toContainEqual(expect.stringMatching(/^\(sheet "Peer Review" has no lead column\) +23 +3 +0 +0 +0 +0 +26$/));
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
    // Said in the text output, where the new name would otherwise go unexplained.
    io.out.length = 0;
    expect(await runCli(["summarize", "in.xlsx", "-o", "text.xlsx"], io)).toBe(0);
    expect(io.out.join("")).toContain('Wrote text.xlsx with the sheets "RAG Summary (2)" and "Stale Actions". The workbook\'s own sheet "RAG Summary" is left as it is, so the new one is "RAG Summary (2)".');
  });

  it("a very hidden sheet of the workbook's own named RAG Summary (a macro's) is not read, but the summary takes the next free name and says why", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Plan").addRows(cleanPlan.Plan);
    wb.addWorksheet("RAG Summary", { state: "veryHidden" }).addRow(["The macro's own"]);
    const io = memoryIo({ "in.xlsx": new Uint8Array(await wb.xlsx.writeBuffer()) });
    expect(await runCli(["summarize", "in.xlsx", "-o", "out.xlsx"], io)).toBe(0);
    expect(io.out.join("")).toContain(
      'Wrote out.xlsx with the sheets "RAG Summary (2)" and "Stale Actions". The workbook already has a sheet named "RAG Summary" that it keeps out of sight (very hidden, as a macro or another add-in may do), so the new one is "RAG Summary (2)".',
    );
  });

  it("keeps a summary the team renamed to keep it, says so, and lists it in the JSON output", async () => {
    const io = memoryIo({ "sample.xlsx": sampleBytes() });
    await runCli(["summarize", "sample.xlsx", "-o", "july.xlsx"], io);
    io.files.set("renamed.xlsx", await renamedWithNames(io.files.get("july.xlsx")!, "RAG Summary", "RAG Summary Jul 21"));
    io.out.length = 0;
    expect(await runCli(["summarize", "renamed.xlsx", "-o", "october.xlsx"], io)).toBe(0);
    expect(io.out.join("")).toContain('Wrote october.xlsx with the sheets "RAG Summary" and "Stale Actions". Kept "RAG Summary Jul 21" unchanged, since it had been renamed.\n');
    io.out.length = 0;
    expect(await runCli(["summarize", "renamed.xlsx", "-o", "october.xlsx", "--json"], io)).toBe(0);
    expect(jsonReportSchema.parse(JSON.parse(io.out.join(""))).output).toEqual({ file: "october.xlsx", sheets: ["RAG Summary", "Stale Actions"], kept: ["RAG Summary Jul 21"] });
  });
});

describe("rag-tracker check", () => {
  it("exits 0 when no finding is an error and 1 when some are", async () => {
    const io = memoryIo({ "clean.xlsx": await workbookBytes(cleanPlan) });
    expect(await runCli(["check", "clean.xlsx"], io)).toBe(0);
    expect(io.out.join("")).toContain('Tracker "Plan": header on row 1, 2 actions on rows 2–3.');
    const bad = memoryIo({ "bad.xlsx": await workbookBytes({ Plan: [...cleanPlan.Plan, [3, "Recruit a lay member", "Advertised.", "Yellow"]] }) });
    expect(await runCli(["check", "bad.xlsx"], bad)).toBe(1);
    expect(bad.out.join("")).toContain('Plan!D4: "Yellow" is not a rating in the index; expected Blue (B), Green (G), Amber (A) or Red (R) (did you mean Amber?).');
  });

  it("says the date and threshold it checked by, then puts one blank line between the trackers and the outcome when there is no finding", async () => {
    const io = memoryIo({ "dated.xlsx": await workbookBytes({ Plan: [["Rec No", "Recommendation", "Response", "Time scale", "Last updated", "RAG"], [1, "Consider deputies on Strategic Group", "Deputies now attend.", "June 2021", "01/10/2021", "Blue"]] }) });
    expect(await runCli(["check", "dated.xlsx", "--as-of", "2021-11-01"], io)).toBe(0);
    expect(io.out.join("")).toBe('As at 1 November 2021, stale after 90 days without an update.\nTracker "Plan": header on row 1, 1 action on row 2.\n\n1 action in 1 review; 0 invalid or missing ratings, 0 stale, 0 overdue.\n');
  });

  it("says the report date and threshold saved in the workbook's settings where no option gives them, as they change the counts", async () => {
    const door = await XlsxDoor.open(sampleBytes(), "sample.xlsx");
    await door.writeSettings({ ...(await door.readSettings()), asOf: "2021-10-01", staleDays: 30 });
    const io = memoryIo({ "saved.xlsx": await door.save() });
    expect(await runCli(["check", "saved.xlsx"], io)).toBe(1);
    expect(io.out.join("").split("\n")[0]).toBe("As at 1 October 2021, stale after 30 days without an update.");
    const saved = "rag-tracker: note: counted as at 1 October 2021, the report date saved in the workbook's settings, not today (1 November 2021); give --as-of to count as at another date.\n";
    expect(io.err).toEqual([saved]);
    io.out.length = 0;
    io.err.length = 0;
    expect(await runCli(["check", "saved.xlsx", "--as-of", "2021-11-01", "--stale-days", "90"], io)).toBe(1);
    expect(io.out.join("").split("\n")[0]).toBe("As at 1 November 2021, stale after 90 days without an update.");
    expect(io.err).toEqual([]);
    // The pack, the summary and the changes with the plan now say it too: made next quarter, the pack would be as at the last meeting.
    for (const args of [["pack", "saved.xlsx", "-o", "pack.xlsx"], ["summarize", "saved.xlsx", "-o", "summary.xlsx"]]) {
      io.err.length = 0;
      await runCli(args, io);
      expect(io.err, args[0]).toEqual([saved]);
    }
    // Refused (no report is recorded to compare with), nothing was counted: the refusal alone.
    io.err.length = 0;
    expect(await runCli(["changes", "saved.xlsx"], io)).toBe(2);
    expect(io.err).toEqual(["rag-tracker: This workbook has no recorded report yet; record one with the snapshot command first.\n"]);
  });

  it("with saved tracker sheets that hold no tracker, gives the command line's way and the pane's once each", async () => {
    const door = await XlsxDoor.open(sampleBytes(), "sample.xlsx");
    await door.writeStore([{ ...SETTINGS_RECORD, json: '{"trackerSheets":["Notes"]}' }]);
    const io = memoryIo({ "notes.xlsx": await door.save() });
    expect(await runCli(["check", "notes.xlsx"], io)).toBe(2);
    const said = io.err.join("");
    expect(said).toContain("; name the tracker's sheet with --sheet (or tick the tracker's sheet under Tracker sheets in the task pane's settings), or give the table");
    expect(said.match(/--sheet/g)).toHaveLength(1);
  });

  it("with saved settings that are damaged, says how to run without them, runs so with --ignore-saved-settings, and lists reports regardless", async () => {
    const door = await XlsxDoor.open(sampleBytes(), "sample.xlsx");
    await door.writeStore([{ ...SETTINGS_RECORD, json: '{"asOf":"2021-10-01",' }]);
    const io = memoryIo({ "damaged.xlsx": await door.save() });
    expect(await runCli(["check", "damaged.xlsx"], io)).toBe(2);
    expect(io.err.join("")).toBe(
      "rag-tracker: The RAG Tracker settings saved in this workbook are damaged (their text is cut short or garbled); save the settings again in the task pane, or add --ignore-saved-settings to use the default settings and the options given.\n",
    );
    expect(await runCli(["check", "damaged.xlsx", "--ignore-saved-settings", "--as-of", "2021-11-01"], io)).toBe(1);
    expect(io.out.join("")).toContain("As at 1 November 2021, stale after 90 days without an update.");
    expect(await runCli(["reports", "damaged.xlsx"], io)).toBe(0);
  });

  it("names the option where an option gave what a sentence speaks of, and offers the option beside the task pane's setting", async () => {
    const io = memoryIo({ "sample.xlsx": sampleBytes() });
    expect(await runCli(["check", "sample.xlsx", "--sheet", "Notes"], io)).toBe(2);
    expect(io.err.join("")).toMatch(/^rag-tracker: No action-plan tracker was found on the sheet "Notes", the only sheet --sheet says to read: .*; name the tracker's sheet with --sheet, or leave --sheet out to read every sheet, or give the table/);
    await runCli(["check", "sample.xlsx", "--sheet-review", "Case Reviews=Frankie"], io);
    const said = io.out.join("");
    expect(said).toContain('--sheet-review names the review of sheet "Case Reviews", but the sheet has a Review column ("Review"), which is read instead; leave the sheet out of --sheet-review.');
    expect(said).toContain("or name the sheet's review with --sheet-review (or under Reviews of sheets in the task pane's settings).");
  });

  it("says where a tracker's actions are in plain words, for one action or none", async () => {
    const io = memoryIo({
      "one.xlsx": await workbookBytes({ Plan: cleanPlan.Plan.slice(0, 2) }),
      "none.xlsx": await workbookBytes({ Plan: [cleanPlan.Plan[0]!] }),
    });
    await runCli(["check", "one.xlsx"], io);
    await runCli(["check", "none.xlsx"], io);
    expect(io.out.join("")).toContain('Tracker "Plan": header on row 1, 1 action on row 2.');
    expect(io.out.join("")).toContain('Tracker "Plan": header on row 1, no actions below it.');
  });

  it("counts a sheet with no Review column under the review --sheet-review names, as the settings would", async () => {
    const bytes = await workbookBytes({ Plan: [["Review", ...cleanPlan.Plan[0]!], ...cleanPlan.Plan.slice(1).map((r) => ["Peer Review", ...r])], "Completed actions": [cleanPlan.Plan[0]!, [3, "Recruit a lay member", "Recruited.", "B"]] });
    const plain = memoryIo({ "plan.xlsx": bytes });
    expect(await runCli(["check", "plan.xlsx", "--json"], plain)).toBe(0);
    const before = jsonReportSchema.parse(JSON.parse(plain.out.join("")));
    expect(before.sentences).toEqual(["Peer Review – 2 actions identified (1 blue and 1 green)", "Completed actions – 1 action identified (1 blue)"]);
    expect(before.findings.filter((f) => f.code === "review-from-sheet").map((f) => f.sheet)).toEqual(["Completed actions"]);
    const io = memoryIo({ "plan.xlsx": bytes });
    expect(await runCli(["check", "plan.xlsx", "--json", "--sheet-review", "completed actions=Peer Review"], io)).toBe(0);
    const report = jsonReportSchema.parse(JSON.parse(io.out.join("")));
    expect(report.sentences).toEqual(["Peer Review – 3 actions identified (2 blue and 1 green)"]);
    expect(report.findings.filter((f) => f.code === "review-from-sheet")).toEqual([]);
    // One sheet given two reviews, however its name is written, is refused rather than settled by the order given; the same review twice is no conflict.
    for (const names of [["Completed actions", "completed actions"], ["Completed actions", "Completed actions"]]) {
      const twice = memoryIo({ "plan.xlsx": bytes });
      expect(await runCli(["check", "plan.xlsx", "--sheet-review", `${names[0]}=Leo`, "--sheet-review", `${names[1]}=Sam`], twice)).toBe(2);
      expect(twice.err.join("")).toBe('rag-tracker: --sheet-review names sheet "Completed actions" twice, with the reviews "Leo" and "Sam"; give it once, with the review its actions belong to.\n');
    }
    expect(await runCli(["check", "plan.xlsx", "--sheet-review", "Completed actions=Leo", "--sheet-review", "completed actions=Leo"], memoryIo({ "plan.xlsx": bytes }))).toBe(0);
  });

  it("honours --sheet, --as-of and --stale-days", async () => {
    const io = memoryIo({ "sample.xlsx": sampleBytes() });
    expect(await runCli(["check", "sample.xlsx", "--json", "--sheet", "Peer Review", "--as-of", "2021-07-13", "--stale-days", "30"], io)).toBe(0);
    const report = jsonReportSchema.parse(JSON.parse(io.out.join("")));
    expect(report.trackers.map((t) => t.sheet)).toEqual(["Peer Review"]);
    expect(report).toMatchObject({ asOf: "2021-07-13", staleDays: 30 });
  });

  it("names where each finding is as Excel writes references, and keeps long category names within the table", async () => {
    const io = memoryIo({ "sample.xlsx": sampleBytes() });
    await runCli(["check", "sample.xlsx", "--as-of", "2021-11-01"], io);
    const checked = io.out.join("");
    // The place is said once: not again as "Row 63:" at the start of the sentence.
    expect(checked).toContain(`  'Delivery Plan 2019-20'!G63: "Yellow" is not a rating in the index`);
    expect(checked).toContain(`  'Delivery Plan 2019-20'!G54: Action 20.4 has no rating;`);
    expect(checked).toContain(`  'Peer Review' row 32: Ratings are read with the index below the table`);
    // A whole sheet's finding that names the sheet needs no place before it, under a heading no sheet is likely to be named.
    expect(checked).toContain(`For information (7)\n`);
    expect(checked).toContain(`\n  Sheet "Notes" was skipped`);
    expect(checked).toContain(`\n  Sheet "Peer Review" has no Review column, so its 26 actions are counted under a review named after the sheet, "Peer Review";`);
    // "0 stale" on a sheet without the columns to judge by is said to be no judgement.
    expect(checked).toContain(`\n  Sheet "Peer Review" has no last-updated or time-scale column, so its 3 open actions are not checked for being stale or overdue; to have them checked, add columns headed "Last updated" and "Time scale", or choose them under Column overrides in the task pane's settings.\n`);
    io.out.length = 0;
    await runCli(["summarize", "sample.xlsx", "-o", "out.xlsx", "--as-of", "2021-11-01"], io);
    const table = io.out.join("").split("\n");
    // Dates as the committee's papers write them.
    expect(table[0]).toBe("RAG summary as at 1 November 2021");
    const aim2 = table.findIndex((l) => l.startsWith("Strategic Aim 2 – "));
    // The name's first words beside its counts, the rest of it on the lines below, indented.
    expect(table[aim2]).toMatch(/^Strategic Aim 2 – Reduce the number of +13 +9 +7 +1 +0 +1 +31$/);
    expect(table.slice(aim2 + 1, aim2 + 5).map((l) => l.trim()).join(" ")).toBe("children and young people in need of responsive safeguarding through effective help and support at an earlier stage");
    const categories = table.slice(table.findIndex((l) => l.startsWith("Category ")), table.findIndex((l) => l.startsWith("173 actions")));
    expect(categories.length).toBeGreaterThan(15);
    expect(Math.max(...categories.map((l) => l.length))).toBeLessThanOrEqual(90);
  });
});

/** A copy of a workbook's package with some parts changed or (null) removed. */
async function withParts(bytes: Uint8Array, parts: Record<string, string | Uint8Array | null | ((text: string) => string)>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [path, part] of Object.entries(parts)) {
    if (part === null) zip.remove(path);
    else if (typeof part === "function") zip.file(path, part((await zip.file(path)!.async("string"))));
    else zip.file(path, part);
  }
  return zip.generateAsync({ type: "uint8array" });
}

/** The plan saved as a macro-enabled workbook: its content type says so, and it carries a VBA project. */
const macroEnabled = async (bytes: Uint8Array) =>
  withParts(bytes, {
    "[Content_Types].xml": (t) =>
      t
        .replace("spreadsheetml.sheet.main+xml", "PLACEHOLDER")
        .replace(/application\/vnd\.openxmlformats-officedocument\.PLACEHOLDER/, "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
        .replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
    "xl/_rels/workbook.xml.rels": (t) => t.replace("</Relationships>", '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'),
    "xl/vbaProject.bin": new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]),
  });

describe("the help", () => {
  it("ends the overview with what each exit code means", async () => {
    const io = memoryIo({});
    expect(await runCli(["--help"], io)).toBe(0);
    expect(io.out.join("")).toMatch(/\nExit codes:\n {2}0 .*\n {2}1 .*\n {2}2 .*\n {5}.*\n {2}3 .*\n$/);
    // A command's own help stays on that command.
    const check = memoryIo({});
    expect(await runCli(["check", "--help"], check)).toBe(0);
    expect(check.out.join("")).not.toContain("Exit codes");
  });

  it("marks each option a command cannot run without as required", async () => {
    for (const [command, required] of [["summarize", ["-o, --output"]], ["snapshot", ["--date", "-o, --output"]], ["delete-report", ["--date", "-o, --output"]], ["pack", ["-o, --output"]], ["remove-wording", ["-o, --output"]]] as const) {
      const io = memoryIo({});
      expect(await runCli([command, "--help"], io)).toBe(0);
      for (const flags of required) expect(io.out.join("").split("\n").find((l) => l.trimStart().startsWith(flags)), `${command} ${flags}`).toMatch(/required/);
    }
  });

  it("is given for a known command after help, as after --help", async () => {
    const viaHelp = memoryIo({});
    const viaOption = memoryIo({});
    expect(await runCli(["help", "check"], viaHelp)).toBe(0);
    expect(await runCli(["check", "--help"], viaOption)).toBe(0);
    expect(viaHelp.out.join("")).toBe(viaOption.out.join(""));
    expect(viaHelp.out.join("")).toMatch(/^Usage: rag-tracker check/);
  });
});

describe("the version", () => {
  it("is printed by --version, as package.json gives it, with exit 0", async () => {
    const io = memoryIo({});
    expect(await runCli(["--version"], io)).toBe(0);
    const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    expect(io.out.join("")).toBe(`${version}\n`);
  });

  it("is the lockfile's own and the latest release CHANGELOG.md names, so a user told to update can find what changed", () => {
    const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as { version: string; packages: Record<string, { version?: string }> };
    expect([lock.version, lock.packages[""]?.version]).toEqual([version, version]);
    const releases = [...readFileSync("CHANGELOG.md", "utf8").matchAll(/^## (\d+\.\d+\.\d+)\b/gm)].map((m) => m[1]);
    expect(releases[0]).toBe(version);
  });
});

describe("a macro-enabled workbook", () => {
  it("is copied as one, macros and all, and never to an .xlsx name that Excel would refuse", async () => {
    const io = memoryIo({ "plan.xlsm": await macroEnabled(await workbookBytes(cleanPlan)) });
    expect(await runCli(["summarize", "plan.xlsm", "-o", "out.xlsx"], io)).toBe(2);
    expect(io.err.join("")).toBe('rag-tracker: "plan.xlsm" is a macro-enabled workbook (.xlsm), so its copy must be one too: give the output file a name ending in .xlsm.\n');
    expect(io.files.has("out.xlsx")).toBe(false);
    expect(await runCli(["summarize", "plan.xlsm", "-o", "out.xlsm"], io)).toBe(0);
    const out = await JSZip.loadAsync(io.files.get("out.xlsm")!);
    expect(await out.file("xl/vbaProject.bin")!.async("uint8array")).toEqual(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]));
    expect(await out.file("[Content_Types].xml")!.async("string")).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  });
});

describe("a sheet named with --sheet", () => {
  it("must be one RAG Tracker reads: a sheet it generated is refused, as the engine never reads one as a tracker", async () => {
    const io = memoryIo({ "clean.xlsx": await workbookBytes(cleanPlan) });
    expect(await runCli(["summarize", "clean.xlsx", "-o", "out.xlsx"], io)).toBe(0);
    expect(await runCli(["check", "out.xlsx", "--sheet", "RAG Summary"], io)).toBe(2);
    expect(io.err.join("")).toBe('rag-tracker: --sheet names "RAG Summary", a sheet RAG Tracker generates, which it never reads as a tracker; the sheets RAG Tracker can read in "out.xlsx" are "Plan".\n');
    // A review named for one is refused so too, its name as the tab has it.
    expect(await runCli(["check", "out.xlsx", "--sheet-review", "stale actions=Leo"], io)).toBe(2);
    expect(io.err.join("")).toContain('rag-tracker: --sheet-review names "Stale Actions", a sheet RAG Tracker generates, which it never reads as a tracker;');
    expect(await runCli(["check", "out.xlsx", "--sheet", "plan"], io)).toBe(0);
  });

  it("finds the tab whose name ends in a space not typed, and names both tabs where two differ only by end spaces", async () => {
    const io = memoryIo({ "spaced.xlsx": await workbookBytes({ "Plan ": cleanPlan.Plan }), "two.xlsx": await workbookBytes({ "Plan ": cleanPlan.Plan, " Plan": cleanPlan.Plan }) });
    expect(await runCli(["check", "spaced.xlsx", "--sheet", "Plan", "--sheet-review", "Plan=Peer Review"], io)).toBe(0);
    expect(await runCli(["check", "two.xlsx", "--sheet", "Plan"], io)).toBe(2);
    expect(io.err.join("")).toBe('rag-tracker: --sheet names "Plan", but "two.xlsx" has no sheet of that name exactly, and the name could be either of the tabs "Plan " and " Plan", whose names differ only by spaces at their ends; name the sheet with its spaces, in quotation marks.\n');
    expect(await runCli(["check", "two.xlsx", "--sheet", " Plan"], io)).toBe(0);
  });
});

describe("a sheet named with --sheet-review", () => {
  const reviewsOf = async (io: MemoryIo, args: string[]) => {
    expect(await runCli(["check", "tabs.xlsx", "--json", ...args], io)).toBe(0);
    // Each review and how many actions it counts: the tab with two actions, or the one with one.
    return Object.fromEntries(jsonReportSchema.parse(JSON.parse(io.out.join(""))).byReview.map((r) => [r.name, r.total]));
  };

  it("keeps the spaces typed around the sheet's name, as --sheet does, so it names the tab that has them", async () => {
    const twoSpaced = await workbookBytes({ " Plan": cleanPlan.Plan, "Plan ": cleanPlan.Plan.slice(0, 2) });
    expect(await reviewsOf(memoryIo({ "tabs.xlsx": twoSpaced }), ["--sheet-review", " Plan=Leo"])).toEqual({ Leo: 2, "Plan ": 1 });
    const exactAndSpaced = await workbookBytes({ Plan: cleanPlan.Plan, "Plan ": cleanPlan.Plan.slice(0, 2) });
    expect(await reviewsOf(memoryIo({ "tabs.xlsx": exactAndSpaced }), ["--sheet-review", "Plan =Leo"])).toEqual({ Plan: 2, Leo: 1 });
    // With one tab of the name, a space typed before the = still names it, as a name without a tab's end spaces does.
    expect(await reviewsOf(memoryIo({ "tabs.xlsx": await workbookBytes({ Plan: cleanPlan.Plan }) }), ["--sheet-review", "Plan = Leo"])).toEqual({ Leo: 2 });
  });

  it("replaces a stored review of the same tab however either is spelled, so a review typed without the tab's end space is not left unused", async () => {
    // The pane saves a review under the tab's own spelling, end space and all.
    const door = await XlsxDoor.open(await workbookBytes({ "Plan ": cleanPlan.Plan }), "tabs.xlsx");
    await door.writeSettings({ ...(await door.readSettings()), sheetReviews: { "Plan ": "Stored" } });
    const stored = await door.save();
    expect(await reviewsOf(memoryIo({ "tabs.xlsx": stored }), [])).toEqual({ Stored: 2 });
    expect(await reviewsOf(memoryIo({ "tabs.xlsx": stored }), ["--sheet-review", "Plan=Zed"])).toEqual({ Zed: 2 });
    expect(await reviewsOf(memoryIo({ "tabs.xlsx": stored }), ["--sheet-review", "PLAN =Zed"])).toEqual({ Zed: 2 });
  });

  it("names a sheet whose name holds an =, at whichever = the workbook has the sheet before", async () => {
    const equalsTabs = await workbookBytes({ "Actions = done": cleanPlan.Plan, Notes: cleanPlan.Plan.slice(0, 2) });
    const io = () => memoryIo({ "tabs.xlsx": equalsTabs });
    expect(await reviewsOf(io(), ["--sheet-review", "Actions = done=Frankie"])).toEqual({ Frankie: 2, Notes: 1 });
    // A review may hold one too: only "Notes" is a sheet.
    expect(await reviewsOf(io(), ["--sheet-review", "Notes=Leo=Sam"])).toEqual({ "Actions = done": 2, "Leo=Sam": 1 });
    // The spaces typed around the name still find the one tab that has it without them.
    expect(await reviewsOf(io(), ["--sheet-review", "Actions = done =Frankie"])).toEqual({ Frankie: 2, Notes: 1 });
  });

  it("refuses a value two sheets could be read from, saying how to write the one meant, and takes the sheet written between apostrophes", async () => {
    const both = await workbookBytes({ A: cleanPlan.Plan, "A=B": cleanPlan.Plan.slice(0, 2) });
    const io = memoryIo({ "tabs.xlsx": both });
    expect(await runCli(["check", "tabs.xlsx", "--sheet-review", "A=B=C"], io)).toBe(2);
    expect(io.err.join("")).toBe(
      `rag-tracker: "tabs.xlsx" has the sheets "A" and "A=B", so --sheet-review "A=B=C" could name either; write the sheet meant between apostrophes, as Excel's formulas do, and the whole value in double quotes, without which most shells drop the apostrophes: --sheet-review "'A'=B=C" or --sheet-review "'A=B'=C".\n`,
    );
    expect(await reviewsOf(memoryIo({ "tabs.xlsx": both }), ["--sheet-review", "'A=B'=C"])).toEqual({ A: 2, C: 1 });
    expect(await reviewsOf(memoryIo({ "tabs.xlsx": both }), ["--sheet-review", "'A'=B=C"])).toEqual({ "B=C": 2, "A=B": 1 });
    // A shell reads $, `, " and \ inside double quotes: the options offered escape them, so each can be pasted as it is.
    const dollar = memoryIo({ "costs.xlsx": await workbookBytes({ Cost: cleanPlan.Plan, "Cost=$5 plan": cleanPlan.Plan.slice(0, 2) }) });
    expect(await runCli(["check", "costs.xlsx", "--sheet-review", "Cost=$5 plan=Z"], dollar)).toBe(2);
    expect(dollar.err.at(-1)).toContain(`: --sheet-review "'Cost'=\\$5 plan=Z" or --sheet-review "'Cost=\\$5 plan'=Z".\n`);
    // An apostrophe in the name is doubled, as in Excel's formulas, and the spaces inside are kept.
    const spaced = await workbookBytes({ " Leo's plan": cleanPlan.Plan, "Leo's plan ": cleanPlan.Plan.slice(0, 2) });
    expect(await reviewsOf(memoryIo({ "tabs.xlsx": spaced }), ["--sheet-review", "' Leo''s plan'=Leo"])).toEqual({ Leo: 2, "Leo's plan ": 1 });
  });

  it("refuses a value whose other reading could be either of two tabs differing only by end spaces, rather than take the one tab it names", async () => {
    // Two, one and three actions, so the counts say which tab each review is of.
    const third = [3, "Joint training for all partners", "Training dates have been set.", "A"];
    const tabs = await workbookBytes({ A: cleanPlan.Plan, "A=B ": cleanPlan.Plan.slice(0, 2), " A=B": [...cleanPlan.Plan, third] });
    const io = memoryIo({ "tabs.xlsx": tabs });
    expect(await runCli(["check", "tabs.xlsx", "--sheet-review", "A=B=C"], io)).toBe(2);
    expect(io.out).toEqual([]);
    expect(io.err.join("")).toBe(
      `rag-tracker: "tabs.xlsx" has the sheets "A", "A=B " and " A=B", so --sheet-review "A=B=C" could name any of them; write the sheet meant between apostrophes, with its spaces, as Excel's formulas do, and the whole value in double quotes, without which most shells drop the apostrophes: --sheet-review "'A'=B=C", --sheet-review "'A=B '=C" or --sheet-review "' A=B'=C".\n`,
    );
    // Each form the sentence offers names its one tab.
    expect(await reviewsOf(memoryIo({ "tabs.xlsx": tabs }), ["--sheet-review", "'A'=B=C"])).toMatchObject({ "B=C": 2 });
    expect(await reviewsOf(memoryIo({ "tabs.xlsx": tabs }), ["--sheet-review", "'A=B '=C"])).toMatchObject({ A: 2, C: 1 });
    expect(await reviewsOf(memoryIo({ "tabs.xlsx": tabs }), ["--sheet-review", "' A=B'=C"])).toMatchObject({ A: 2, C: 3 });
  });

  it("is written with its double quotes in the help, as the shell would otherwise drop the apostrophes", async () => {
    const io = memoryIo({});
    expect(await runCli(["check", "--help"], io)).toBe(0);
    const help = io.out.join("").replace(/\s+/g, " ");
    expect(help).toContain(`and the whole value in double quotes, without which most shells drop the apostrophes: --sheet-review "'A=B'=C"`);
  });

  it("names every reading in the sentence for a value that names no sheet", async () => {
    const io = memoryIo({ "clean.xlsx": await workbookBytes(cleanPlan), "two.xlsx": await workbookBytes({ "A=B ": cleanPlan.Plan, " A=B": cleanPlan.Plan }) });
    expect(await runCli(["check", "clean.xlsx", "--sheet-review", "X=Y=Z"], io)).toBe(2);
    expect(io.err.join("")).toBe('rag-tracker: --sheet-review names "X" or "X=Y", but "clean.xlsx" has no such sheet; the sheets RAG Tracker can read in it are "Plan".\n');
    expect(await runCli(["check", "two.xlsx", "--sheet-review", "A=B=C"], io)).toBe(2);
    expect(io.err.at(-1)).toBe('rag-tracker: --sheet-review names "A=B", but "two.xlsx" has no sheet of that name exactly, and the name could be either of the tabs "A=B " and " A=B", whose names differ only by spaces at their ends; name the sheet with its spaces, in quotation marks.\n');
  });
});

describe("unusable input", () => {
  const cases: [string, Record<string, Uint8Array>, string[], RegExp][] = [
    ["no command", {}, [], /^rag-tracker: No command was given; expected one of check, summarize \(or summarise\), snapshot, changes, pack, reports, delete-report or remove-wording \(rag-tracker --help describes them\)\.\n$/],
    ["an unknown command", {}, ["sumarize", "clean.xlsx"], /^rag-tracker: Unknown command 'sumarize' \(did you mean summarize\?\); expected one of check, summarize/],
    ["an unknown option", {}, ["check", "clean.xlsx", "--bogus"], /^rag-tracker: Unknown option '--bogus'; the command is written rag-tracker check \[options\] <file> \(add --help for more\)\.\n$/],
    ["an option written with one dash", {}, ["check", "clean.xlsx", "-json"], /^rag-tracker: Unknown option '-json' \(did you mean --json\?\); the command is written rag-tracker check/],
    ["a sheet name with a space, unquoted", {}, ["check", "clean.xlsx", "--sheet", "Peer", "Review"], /^rag-tracker: Too many arguments for 'check'; expected 1 argument but got 2 \(quote a name with spaces: --sheet "Peer Review"\); the command is written/],
    ["two files to a command without --sheet", {}, ["reports", "clean.xlsx", "other.xlsx"], /^rag-tracker: Too many arguments for 'reports'; expected 1 argument but got 2; the command is written rag-tracker reports/],
    ["an option without its value", {}, ["check", "clean.xlsx", "--as-of"], /^rag-tracker: Option '--as-of <date>' argument missing; the command is written rag-tracker check \[options\] <file>/],
    ["a missing output option", {}, ["summarize", "clean.xlsx"], /^rag-tracker: The -o \(--output\) option is missing: give the \.xlsx workbook to write; the command is written rag-tracker summarize/],
    ["a missing report date", {}, ["snapshot", "clean.xlsx", "-o", "out.xlsx"], /^rag-tracker: The --date option is missing: give the reporting date \(YYYY-MM-DD\); the command is written rag-tracker snapshot/],
    ["a date written as asked that names no day", {}, ["check", "clean.xlsx", "--as-of", "2022-02-30"], /^rag-tracker: "2022-02-30" is written YYYY-MM-DD but is not a real date \(given for --as-of\)\.\n$/],
    ["days written as hexadecimal", {}, ["check", "clean.xlsx", "--stale-days", "0x10"], /^rag-tracker: "0x10" is not a whole number of days from 1 to 3650 \(given for --stale-days\)\.\n$/],
    ["days written with an exponent", {}, ["check", "clean.xlsx", "--stale-days", "1e2"], /"1e2" is not a whole number of days/],
    ["a date before Excel's first", {}, ["summarize", "clean.xlsx", "-o", "out.xlsx", "--as-of", "0000-01-01"], /^rag-tracker: "0000-01-01" is before 1900-01-01, the first date Excel can hold \(given for --as-of\)\.\n$/],
    ["a sheet the workbook does not have", {}, ["check", "clean.xlsx", "--sheet", "Nope"], /^rag-tracker: --sheet names "Nope", but "clean.xlsx" has no such sheet; the sheets RAG Tracker can read in it are "Plan"\.\n$/],
    ["a sheet's review for a sheet the workbook does not have", {}, ["check", "clean.xlsx", "--sheet-review", "Nope=Frankie"], /^rag-tracker: --sheet-review names "Nope", but "clean.xlsx" has no such sheet; the sheets RAG Tracker can read in it are "Plan"\.\n$/],
    ["a sheet's review without its sheet", {}, ["check", "clean.xlsx", "--sheet-review", "Frankie"], /^rag-tracker: "Frankie" is not a sheet and a review joined by =, such as "Completed actions=Frankie" \(given for --sheet-review\)\.\n$/],
    ["a sheet's review left blank", {}, ["check", "clean.xlsx", "--sheet-review", "Plan= "], /^rag-tracker: "Plan= " is not a sheet and a review joined by =/],
    ["a sheet's name opened by an apostrophe and not closed", {}, ["check", "clean.xlsx", "--sheet-review", "'A=B=C"], /^rag-tracker: "'A=B=C" opens the sheet's name with an apostrophe and never closes it; write the name between two apostrophes, then = and the review, as in "'Completed actions'=Frankie" \(given for --sheet-review\)\.\n$/],
    ["an apostrophe inside a sheet's name between apostrophes, not doubled", {}, ["check", "clean.xlsx", "--sheet-review", "'Leo's=plan'=X"], /^rag-tracker: "'Leo's=plan'=X" has an apostrophe inside the sheet's name that is not doubled; write each apostrophe in the name twice, as in "'Leo''s plan'=Frankie" \(given for --sheet-review\)\.\n$/],
    ["an apostrophe not doubled inside a word of a sheet's name, with no = after any apostrophe", {}, ["check", "clean.xlsx", "--sheet-review", "'Leo's plan' =X"], /^rag-tracker: "'Leo's plan' =X" has an apostrophe inside the sheet's name that is not doubled; /],
    ["a space between a sheet's name in apostrophes and its =", {}, ["check", "clean.xlsx", "--sheet-review", "'A=B' =C"], /^rag-tracker: "'A=B' =C" has no = straight after the apostrophe that closes the sheet's name; write = and the review right after it, as in "'Completed actions'=Frankie" \(given for --sheet-review\)\.\n$/],
    ["a sheet's review left blank after a sheet written between apostrophes", {}, ["check", "clean.xlsx", "--sheet-review", "'Plan'= "], /^rag-tracker: "'Plan'= " is not a sheet and a review joined by =/],
    ["a package with no content types part", {}, ["summarize", "nocontent.xlsx", "-o", "out.xlsx"], /^rag-tracker: "nocontent.xlsx" is damaged: it has no \[Content_Types\]\.xml part/],
    ["a package missing a sheet's part", {}, ["check", "nosheetpart.xlsx"], /^rag-tracker: "nosheetpart.xlsx" is damaged: its sheet "Plan" names the part xl\/worksheets\/sheet1\.xml, which the package does not have/],
    ["a missing file", {}, ["check", "nowhere.xlsx"], /^rag-tracker: There is no file at "nowhere.xlsx"; give the path of an \.xlsx workbook\.\n$/],
    ["an Excel 97-2003 workbook", { "old.xlsx": compoundFile([{ name: "Workbook", data: new Uint8Array(300) }]) }, ["check", "old.xlsx"], /^rag-tracker: "old\.xlsx" is an Excel 97-2003 workbook \(\.xls\), an older format RAG Tracker cannot read; open it in Excel and save it as an Excel Workbook \(\.xlsx\)\.\n$/],
    ["a CSV file renamed", { "x.xlsx": new TextEncoder().encode("Rec No,RAG\n1,Blue\n") }, ["check", "x.xlsx"], /^rag-tracker: .*CSV.*\n$/i],
    ["no tracker", {}, ["check", "notes.xlsx"], /^rag-tracker: No action-plan tracker was found in this workbook/],
    ["no rating column", {}, ["check", "norating.xlsx"], /^rag-tracker: No rating column was found on "Plan"/],
    ["a bad date", {}, ["check", "clean.xlsx", "--as-of", "13/07/2021"], /^rag-tracker: "13\/07\/2021" is not a date written YYYY-MM-DD \(given for --as-of\)\.\n$/],
    ["a --to that is neither a date nor now", {}, ["changes", "clean.xlsx", "--to", "yesterday"], /^rag-tracker: "yesterday" is neither a date written YYYY-MM-DD nor "now" \(given for --to\)\.\n$/],
    ["too many arguments to a command given no --sheet", {}, ["check", "clean.xlsx", "other.xlsx"], /^rag-tracker: Too many arguments for 'check'; expected 1 argument but got 2; the command is written rag-tracker check/],
    // The British spelling is answered in it.
    ["a misspelt command, British", {}, ["sumarise", "clean.xlsx"], /^rag-tracker: Unknown command 'sumarise' \(did you mean summarise\?\); expected one of check, summarize \(or summarise\), /],
    ["a command's option missing, British", {}, ["summarise", "clean.xlsx"], /^rag-tracker: The -o \(--output\) option is missing: give the \.xlsx workbook to write; the command is written rag-tracker summarise \[options\] <file> \(add --help for more\)\.\n$/],
    ["help for an unknown command", {}, ["help", "sumarize"], /^rag-tracker: Unknown command 'sumarize' \(did you mean summarize\?\); expected one of check, summarize \(or summarise\), .* or remove-wording\.\n$/],
    ["--help after an unknown command", {}, ["bogus", "--help"], /^rag-tracker: Unknown command 'bogus'; expected one of check, summarize \(or summarise\), .* or remove-wording\.\n$/],
    ["-h after an unknown command", {}, ["bogus", "clean.xlsx", "-h"], /^rag-tracker: Unknown command 'bogus'; expected one of check/],
    ["the output over the input", {}, ["summarize", "clean.xlsx", "-o", "clean.xlsx"], /^rag-tracker: The output file must differ from the input file/],
  ];
  it.each(cases)("%s exits 2 with one sentence and writes nothing", async (_label, files, args, message) => {
    const io = memoryIo({
      ...files,
      "notes.xlsx": await workbookBytes({ Notes: [["Meeting notes"], ["Nothing to rate here."]] }),
      "norating.xlsx": await workbookBytes({ Plan: [["Recommendation", "Response", "Lead"], ["Train staff", "Under way", "Police"]] }),
      "clean.xlsx": await workbookBytes(cleanPlan),
      "nocontent.xlsx": await withParts(await workbookBytes(cleanPlan), { "[Content_Types].xml": null }),
      "nosheetpart.xlsx": await withParts(await workbookBytes(cleanPlan), { "xl/worksheets/sheet1.xml": null }),
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

describe("the installed command's standard output", () => {
  it("that cannot be written (a full disk) is said in one sentence, with the exit code of an output that could not be written", async () => {
    const full = openSync("/dev/full", "w");
    const child = spawn(process.execPath, ["bin/rag-tracker.mjs", "check", SAMPLE_PATH], { stdio: ["ignore", full, "pipe"] });
    closeSync(full);
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("rag-tracker: Could not write the report to standard output: no space left on device (ENOSPC).\n");
    expect(code).toBe(2);
  }, 30_000);
});

describe("npm run cli", () => {
  it("reads and writes relative paths from the folder npm was started in, not the checkout", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rag-npm-"));
    copyFileSync(SAMPLE_PATH, join(dir, "plans.xlsx"));
    await run("npm", ["--prefix", process.cwd(), "run", "--silent", "cli", "--", "summarize", "plans.xlsx", "-o", "summary.xlsx"], { cwd: dir });
    expect(readFileSync(join(dir, "summary.xlsx")).subarray(0, 2).toString()).toBe("PK");
    expect(existsSync("summary.xlsx")).toBe(false);
  }, 60_000);
});

describe("the history commands", () => {
  /** The sample recorded for 13 July 2021, Frankie 7 (Case Reviews row 9) then set from Amber to Blue, and recorded for 1 November 2021. */
  async function twoReports(): Promise<MemoryIo> {
    const io = memoryIo({ "sample.xlsx": sampleBytes() });
    expect(await runCli(["snapshot", "sample.xlsx", "--date", "2021-07-13", "-o", "july.xlsx"], io)).toBe(0);
    const door = await XlsxDoor.open(io.files.get("july.xlsx")!, "july.xlsx");
    expect(await door.applyEdits([{ sheet: "Case Reviews", row: 9, column: 10, from: "Amber", to: "Blue" }])).toBe(1);
    io.files.set("edited.xlsx", await door.save());
    expect(await runCli(["snapshot", "edited.xlsx", "--date", "2021-11-01", "-o", "november.xlsx"], io)).toBe(0);
    return io;
  }

  /** A copy whose report of that date says it was recorded by a later version of RAG Tracker, naming that version where `appVersion` is given. */
  async function withNewerReport(bytes: Uint8Array, date: string, appVersion?: string): Promise<Uint8Array> {
    const door = await XlsxDoor.open(bytes, "in.xlsx");
    const records = await door.readStore();
    const later = (json: string) => JSON.stringify({ ...JSON.parse(json), version: 3, ...(appVersion ? { appVersion } : {}) });
    await door.writeStore(records.map((r) => (r.kind === "snapshot" && r.id === date ? { ...r, json: later(r.json) } : r)));
    return door.save();
  }

  const NEWER = "The report recorded for 1 November 2021 was made by a newer version of RAG Tracker";

  it("snapshot says 'report', and says when it replaced one", async () => {
    const io = await twoReports();
    expect(io.out).toEqual([
      "Recorded a report of 173 actions for 13 July 2021. Wrote july.xlsx.\n",
      "Recorded a report of 173 actions for 1 November 2021. Wrote november.xlsx.\n",
    ]);
    io.out.length = 0;
    expect(await runCli(["snapshot", "november.xlsx", "--date", "2021-11-01", "-o", "again.xlsx"], io)).toBe(0);
    // And when the report it replaced was recorded (at the clock's time), and that nothing differs from it.
    expect(io.out.join("")).toMatch(
      /^Replaced the report recorded for 1 November 2021 with the ratings of 173 actions as they stand now\. The report replaced was recorded on \d+ \w+ \d{4} at \d\d:\d\d; no rating differs from it\. Wrote again\.xlsx\.\n$/,
    );
  });

  it("snapshot refuses a date after today in one sentence with exit 2, unless --future allows it", async () => {
    // memoryIo's today is 1 November 2021: 2099 stands for a year mistyped.
    const io = memoryIo({ "sample.xlsx": sampleBytes() });
    expect(await runCli(["snapshot", "sample.xlsx", "--date", "2099-01-01", "-o", "typo.xlsx"], io)).toBe(2);
    expect(io.err).toEqual([
      "rag-tracker: 1 January 2099 is after today (1 November 2021), so no report was recorded; give the date of a report already made, or add --future to record one for a date to come.\n",
    ]);
    expect(io.files.has("typo.xlsx")).toBe(false);
    expect(await runCli(["snapshot", "sample.xlsx", "--date", "2021-11-02", "--future", "-o", "ahead.xlsx"], io)).toBe(0);
    expect(io.out).toEqual(["Recorded a report of 173 actions for 2 November 2021. Wrote ahead.xlsx.\n"]);
    const help = memoryIo({});
    expect(await runCli(["snapshot", "--help"], help)).toBe(0);
    expect(help.out.join("")).toMatch(/--future\s+allow a reporting date after today/);
  });

  it("snapshot records a date more than a year back, as a report may be recorded late, with a note on standard error", async () => {
    // memoryIo's today is 1 November 2021: 2002 stands for 2022 mistyped, or a report recorded late.
    const io = memoryIo({ "sample.xlsx": sampleBytes() });
    expect(await runCli(["snapshot", "sample.xlsx", "--date", "2002-07-13", "-o", "old.xlsx"], io)).toBe(0);
    expect(io.out).toEqual(["Recorded a report of 173 actions for 13 July 2002. Wrote old.xlsx.\n"]);
    expect(io.err).toEqual([
      "rag-tracker: note: 13 July 2002 is more than a year before today (1 November 2021); if its year is mistyped, the delete-report command takes that report out of old.xlsx again.\n",
    ]);
    const recent = memoryIo({ "sample.xlsx": sampleBytes() });
    expect(await runCli(["snapshot", "sample.xlsx", "--date", "2021-07-13", "-o", "july.xlsx"], recent)).toBe(0);
    expect(recent.err).toEqual([]);
  });

  it("snapshot refuses a date before the latest recorded report in one sentence with exit 2, unless --earlier allows it", async () => {
    const io = await twoReports();
    io.out.length = 0;
    expect(await runCli(["snapshot", "november.xlsx", "--date", "2021-09-01", "-o", "september.xlsx"], io)).toBe(2);
    expect(io.err).toEqual([
      "rag-tracker: 1 September 2021 is before 1 November 2021, the date of the latest recorded report, and a report recorded now holds the plan as it stands now, not as it stood on 1 September 2021, so no report was recorded; add --earlier to record it for that date anyway.\n",
    ]);
    expect(io.files.has("september.xlsx")).toBe(false);
    // Recording the earlier report's date again would put November's plan in July's place just the same.
    expect(await runCli(["snapshot", "november.xlsx", "--date", "2021-07-13", "-o", "july-again.xlsx"], io)).toBe(2);
    expect(io.files.has("july-again.xlsx")).toBe(false);

    expect(await runCli(["snapshot", "november.xlsx", "--date", "2021-09-01", "--earlier", "-o", "september.xlsx"], io)).toBe(0);
    expect(io.out).toEqual(["Recorded a report of 173 actions for 1 September 2021. Wrote september.xlsx.\n"]);
    const help = memoryIo({});
    expect(await runCli(["snapshot", "--help"], help)).toBe(0);
    expect(help.out.join("")).toMatch(/--earlier\s+allow a reporting date before the latest\s+recorded\s+report/);
  });

  it("changes right after recording the day's report compares with the report before it, and prints the notes under the sentence", async () => {
    const io = await twoReports();
    io.out.length = 0;
    expect(await runCli(["changes", "november.xlsx", "--as-of", "2021-11-01"], io)).toBe(0);
    const lines = io.out.join("").split("\n");
    expect(lines[0]).toMatch(/^Since 13 July 2021: 1 action moved to blue; /);
    expect(lines[1]).toMatch(/^Progress is not judged for \d+ open actions on “Delivery Plan 2019-20”, which holds no progress updates\.$/);
    expect(lines).toContain("Moved rating (1)");
    expect(lines.some((l) => /^Newly past 90 days without an update \(\d+\)$/.test(l))).toBe(true);
    expect(lines.some((l) => l.includes("stale"))).toBe(false);
  });

  /** The `changes` text of the sample after a report of 13 July 2021 and these edits of the Case Reviews' rating column. */
  async function changesAfter(edits: { row: number; from: string; to: string }[]): Promise<{ lines: string[]; io: MemoryIo }> {
    const io = memoryIo({ "sample.xlsx": sampleBytes() });
    expect(await runCli(["snapshot", "sample.xlsx", "--date", "2021-07-13", "-o", "july.xlsx"], io)).toBe(0);
    const door = await XlsxDoor.open(io.files.get("july.xlsx")!, "july.xlsx");
    expect(await door.applyEdits(edits.map((e) => ({ sheet: "Case Reviews", column: 10, ...e })))).toBe(edits.length);
    io.files.set("edited.xlsx", await door.save());
    io.out.length = 0;
    expect(await runCli(["changes", "edited.xlsx", "--as-of", "2021-11-01"], io)).toBe(0);
    return { lines: io.out.join("").split("\n"), io };
  }

  /** The "Changes by review" table's counts for one review, by the table's own column names. */
  function byReview(lines: string[], review: string): Record<string, number> {
    const header = lines.find((l) => l.startsWith("Changes by review: "))!;
    const columns = header.slice("Changes by review: ".length).split(" / ");
    const counts = lines.find((l) => l.startsWith(`  ${review}: `))!.slice(`  ${review}: `.length).split(" / ").map(Number);
    expect(counts).toHaveLength(columns.length);
    return Object.fromEntries(columns.map((c, i) => [c, counts[i]!]));
  }

  it("changes says first when no rating changed", async () => {
    const { lines } = await changesAfter([]);
    expect(lines[0]).toMatch(/^No ratings changed since 13 July 2021; \d+ actions with no progress reported; /);
  });

  it("changes counts a rating made invalid in its By review table, and names the move in words", async () => {
    // Frankie 1 (blue) and Leo 4 (amber) given words that are not ratings.
    const { lines } = await changesAfter([
      { row: 3, from: "Blue", to: "TBC" },
      { row: 38, from: "Amber", to: "Yellow" },
    ]);
    expect(lines[0]).toMatch(/^Since 13 July 2021: 2 actions now with an invalid rating; /);
    expect(lines).toContain("  Frankie 1: Add a prompt on household members to the MASH referral form. — Blue → Invalid: TBC (rating made invalid)");
    expect(byReview(lines, "Frankie")).toMatchObject({ improved: 0, worsened: 0, "changed, neither better nor worse": 1 });
    expect(byReview(lines, "Leo")).toMatchObject({ improved: 0, worsened: 0, "changed, neither better nor worse": 1 });
  });

  it("changes counts per review what the pack's table counts, newly overdue and passed 90 days included", async () => {
    // Frankie 1 (blue), Leo 4 and Leo 6 (amber) given words that are not ratings, so no longer complete or overdue-proof.
    const { lines, io } = await changesAfter([
      { row: 3, from: "Blue", to: "TBC" },
      { row: 38, from: "Amber", to: "Yellow" },
      { row: 40, from: "Amber", to: "TBC" },
    ]);
    expect(byReview(lines, "Frankie")).toMatchObject({ "no progress reported": 3, "newly overdue": 1, "newly past 90 days without an update": 2 });
    expect(byReview(lines, "Leo")).toMatchObject({ "no progress reported": 13, "newly overdue": 5, "newly past 90 days without an update": 3 });
    // Row for row, the numbers of the pack's "Changes by review", in its column order.
    expect(await runCli(["pack", "edited.xlsx", "--as-of", "2021-11-01", "-o", "pack.xlsx"], io)).toBe(0);
    const sheet = (await (await XlsxDoor.open(io.files.get("pack.xlsx")!, "pack.xlsx")).read()).sheets.find((s) => s.name === "Committee Pack")!;
    const start = sheet.values.findIndex((r) => r[0] === "Changes by review") + 2;
    const end = sheet.values.findIndex((r, i) => i >= start && r.every((c) => c === null || c === undefined || c === ""));
    // The review's name spans columns A to C; its eight counts follow, or "not checked" where the sheet gives no means to check.
    const packRows = sheet.values.slice(start, end).map((r) => `  ${String(r[0])}: ${r.slice(3, 11).map(String).join(" / ")}`);
    // The delivery plan, with nothing counted, is listed all the same: its progress and updates could not be checked, which an absent row would not say.
    expect(packRows).toHaveLength(5);
    expect(packRows).toContain("  Delivery Plan 2019-20: 0 / 0 / 0 / 0 / 0 / not checked / 0 / not checked");
    expect(packRows).toContain("  Peer Review: 0 / 0 / 0 / 0 / 0 / 3 / not checked / not checked");
    const table = lines.indexOf(lines.find((l) => l.startsWith("Changes by review: "))!);
    expect(lines.slice(table + 1, table + 1 + packRows.length)).toEqual(packRows);
    // And the pack's "Changes by category", row for row below it.
    const categoryStart = sheet.values.findIndex((r) => r[0] === "Changes by category") + 2;
    const categoryEnd = sheet.values.findIndex((r, i) => i >= categoryStart && r.every((c) => c === null || c === undefined || c === ""));
    // Where the table runs onto a second printed page, its heading and column headings are repeated there: not rows of counts.
    const categoryRows = sheet.values
      .slice(categoryStart, categoryEnd)
      .filter((r) => r[0] !== "Category" && !String(r[0]).endsWith("(continued)"))
      .map((r) => `  ${String(r[0])}: ${r.slice(3, 11).map(String).join(" / ")}`);
    expect(categoryRows.length).toBeGreaterThan(3);
    const categories = lines.indexOf(lines.find((l) => l.startsWith("Changes by category: "))!);
    expect(lines[categories]).toBe(lines[table]!.replace("Changes by review: ", "Changes by category: "));
    expect(lines.slice(categories + 1, categories + 1 + categoryRows.length)).toEqual(categoryRows);
  });

  it("changes leaves out the counts by category of a plan with no category column, as the pack does: they would repeat the totals", async () => {
    const plan = [
      ["Rec No", "Action", "Time scale", "RAG"],
      [1, "Consider deputies on Strategic Group", "June 2021", "Amber"],
      [2, "Recruit a lay member", "June 2021", "Green"],
    ];
    const io = memoryIo({ "plan.xlsx": await workbookBytes({ Plan: plan }) });
    expect(await runCli(["snapshot", "plan.xlsx", "--date", "2021-07-13", "-o", "july.xlsx"], io)).toBe(0);
    io.out.length = 0;
    expect(await runCli(["changes", "july.xlsx", "--as-of", "2021-11-01"], io)).toBe(0);
    const lines = io.out.join("").split("\n");
    expect(lines.some((l) => l.startsWith("Changes by review: "))).toBe(true);
    expect(lines.some((l) => l.startsWith("Changes by category: "))).toBe(false);
  });

  it("pack dated before the first recorded report says that reports are recorded, only later, and what the pack holds instead", async () => {
    const io = await twoReports();
    io.out.length = 0;
    expect(await runCli(["pack", "november.xlsx", "--as-of", "2021-06-30", "-o", "pack.xlsx"], io)).toBe(0);
    const early =
      "No report is recorded on or before 30 June 2021 (the first recorded report is of 13 July 2021), so this pack compares with none: it counts the plan as it stands, as at 30 June 2021, and its RAG History shows no report.";
    // The sample's one invalid and one missing rating, which the pack's sentences count as such, are said after it.
    expect(io.out.join("").split("\n")[0]).toBe(`${early} "Committee Pack" counts 1 invalid rating and 1 missing rating: put them right (the rating checks list them), then generate "Committee Pack" again before it goes to the committee.`);
    expect(io.out.join("")).not.toContain("record a report after each committee meeting");
    const sheets = (await (await XlsxDoor.open(io.files.get("pack.xlsx")!, "pack.xlsx")).read()).sheets;
    expect(sheets.find((s) => s.name === "Committee Pack")!.values.flat()).toContain(early);
    expect(sheets.find((s) => s.name === "RAG History")!.values.flat()).toContain(
      "No report is recorded on or before 30 June 2021, the date of the committee pack; the first recorded report is of 13 July 2021.",
    );
    // With no report at all, the advice to start recording stands.
    const none = memoryIo({ "sample.xlsx": sampleBytes() });
    expect(await runCli(["pack", "sample.xlsx", "--as-of", "2021-06-30", "-o", "pack.xlsx"], none)).toBe(0);
    expect(none.out.join("")).toMatch(/^No report is recorded yet, so the pack counts the plan as it stands; record a report after each committee meeting so the next pack can say what moved\. "Committee Pack" counts 1 invalid rating/);
  });

  it("pack, changes, summarize and check refuse a date after today in one sentence with exit 2, as snapshot does, unless --future allows it", async () => {
    // memoryIo's today is 1 November 2021: 2202 stands for 2022 mistyped, which would count thousands of days overdue.
    const io = await twoReports();
    const refusals: { args: string[]; refused: string; output?: string }[] = [
      { args: ["pack", "november.xlsx", "-o", "pack.xlsx"], refused: "so no pack was written; give a date up to today, or add --future to write the pack for a meeting to come.", output: "pack.xlsx" },
      { args: ["changes", "november.xlsx"], refused: "so nothing was compared; give a date up to today, or add --future to read the workbook as at a date to come." },
      { args: ["summarize", "november.xlsx", "-o", "summary.xlsx"], refused: "so no summary was written; give a date up to today, or add --future to write the summary as at a date to come.", output: "summary.xlsx" },
      { args: ["check", "november.xlsx"], refused: "so nothing was checked; give a date up to today, or add --future to check the plan as at a date to come." },
    ];
    for (const { args, refused, output } of refusals) {
      io.out.length = 0;
      io.err.length = 0;
      expect(await runCli([...args, "--as-of", "2202-01-10"], io), args[0]).toBe(2);
      expect(io.err).toEqual([`rag-tracker: 10 January 2202 is after today (1 November 2021), ${refused}\n`]);
      expect(io.out).toEqual([]);
      if (output) expect(io.files.has(output)).toBe(false);
      const help = memoryIo({});
      expect(await runCli([args[0]!, "--help"], help)).toBe(0);
      expect(help.out.join("")).toMatch(/--future\s+allow an --as-of date \(or saved report\s+date\)\s+after\s+today/);
    }
    // Two recorded reports are compared as recorded: the date the workbook would be read as at plays no part.
    expect(await runCli(["changes", "november.xlsx", "--from", "2021-07-13", "--to", "2021-11-01", "--as-of", "2202-01-10"], io)).toBe(0);

    // A pack, a comparison, a summary and a check for a meeting to come, asked for.
    io.out.length = 0;
    expect(await runCli(["pack", "november.xlsx", "--as-of", "2021-11-08", "--future", "-o", "pack.xlsx"], io)).toBe(0);
    expect(io.out.join("")).toMatch(/^No ratings changed since 1 November 2021; /);
    io.out.length = 0;
    expect(await runCli(["changes", "november.xlsx", "--as-of", "2021-11-08", "--future"], io)).toBe(0);
    expect(io.out.join("")).toMatch(/^No ratings changed since 1 November 2021; /);
    expect(await runCli(["summarize", "november.xlsx", "--as-of", "2021-11-08", "--future", "-o", "summary.xlsx"], io)).toBe(0);
    expect(io.files.has("summary.xlsx")).toBe(true);
    io.out.length = 0;
    expect(await runCli(["check", "november.xlsx", "--as-of", "2021-11-08", "--future", "--json"], io)).toBe(1);
    expect(JSON.parse(io.out.join("")).asOf).toBe("2021-11-08");
  });

  it("pack and changes refuse a report date saved in the settings after today, naming it as the settings'", async () => {
    const door = await XlsxDoor.open(sampleBytes(), "sample.xlsx");
    await door.writeSettings({ ...(await door.readSettings()), asOf: "2202-01-10" });
    const io = memoryIo({ "ahead.xlsx": await door.save() });
    expect(await runCli(["pack", "ahead.xlsx", "-o", "pack.xlsx"], io)).toBe(2);
    expect(io.err).toEqual([
      "rag-tracker: The report date saved in the workbook's settings, 10 January 2202, is after today (1 November 2021), so no pack was written; give --as-of with the date meant, or add --future to write the pack for a meeting to come.\n",
    ]);
    // --as-of overrides the settings' date, so a date up to today goes ahead.
    expect(await runCli(["pack", "ahead.xlsx", "--as-of", "2021-11-01", "-o", "pack.xlsx"], io)).toBe(0);
  });

  it("changes that finds no report up to the report date saved in the settings says the date is the settings', and how to give another", async () => {
    // The pane saved 13 July 2021 as the report date; the report of 1 November 2021 (today) is then recorded with --date.
    const door = await XlsxDoor.open(sampleBytes(), "sample.xlsx");
    await door.writeSettings({ ...(await door.readSettings()), asOf: "2021-07-13" });
    const io = memoryIo({ "saved.xlsx": await door.save() });
    expect(await runCli(["snapshot", "saved.xlsx", "--date", "2021-11-01", "-o", "november.xlsx"], io)).toBe(0);
    expect(await runCli(["changes", "november.xlsx"], io)).toBe(2);
    expect(io.err).toEqual([
      "rag-tracker: note: the workbook was read as at 13 July 2021, the report date saved in the workbook's settings, not today (1 November 2021); give --as-of to read it as at another date.\n",
      "rag-tracker: No report is recorded on or before 13 July 2021 (the only recorded report is of 1 November 2021), so there is nothing to compare with.\n",
    ]);
    // With --as-of the date is the user's own: no note.
    io.err.length = 0;
    expect(await runCli(["changes", "november.xlsx", "--as-of", "2021-08-01"], io)).toBe(2);
    expect(io.err).toEqual(["rag-tracker: No report is recorded on or before 1 August 2021 (the only recorded report is of 1 November 2021), so there is nothing to compare with.\n"]);
  });

  it("changes and pack say of a new action that it is back, when a report before the last one held it under the same number and wording", async () => {
    // Frankie 7 (Case Reviews row 9) taken out of the plan for the report of 13 July 2021, and back by 1 November 2021.
    const FRANKIE_7 = [
      { column: 4, text: "Supervision to test practitioners' assumptions about family members." },
      { column: 5, text: "Include a reflective question on hidden adults in the supervision template." },
      { column: 6, text: "Template updated; audit planned for the spring." },
      { column: 10, text: "Amber" },
    ];
    const io = memoryIo({ "sample.xlsx": sampleBytes() });
    expect(await runCli(["snapshot", "sample.xlsx", "--date", "2021-03-01", "-o", "march.xlsx"], io)).toBe(0);
    const door = await XlsxDoor.open(io.files.get("march.xlsx")!, "march.xlsx");
    expect(await door.applyEdits(FRANKIE_7.map((c) => ({ sheet: "Case Reviews", row: 9, column: c.column, from: c.text, to: "" })))).toBe(4);
    io.files.set("removed.xlsx", await door.save());
    expect(await runCli(["snapshot", "removed.xlsx", "--date", "2021-07-13", "-o", "july.xlsx"], io)).toBe(0);
    const back = await XlsxDoor.open(io.files.get("july.xlsx")!, "july.xlsx");
    expect(await back.applyEdits(FRANKIE_7.map((c) => ({ sheet: "Case Reviews", row: 9, column: c.column, from: "", to: c.text })))).toBe(4);
    io.files.set("back.xlsx", await back.save());
    io.out.length = 0;

    expect(await runCli(["changes", "back.xlsx", "--as-of", "2021-11-01"], io)).toBe(0);
    const lines = io.out.join("").split("\n");
    expect(lines.slice(lines.indexOf("New (1)"), lines.indexOf("New (1)") + 2)).toEqual([
      "New (1)",
      "  Frankie 7: Include a reflective question on hidden adults in the supervision template. — Back: removed at the report of 13 July 2021",
    ]);
    io.out.length = 0;
    expect(await runCli(["changes", "back.xlsx", "--as-of", "2021-11-01", "--json"], io)).toBe(0);
    const json = changesJsonSchema.parse(JSON.parse(io.out.join("")));
    expect(json.changes.back).toEqual([{ id: json.changes.added[0]!.id, earlierId: expect.stringMatching(/.+/), removedAt: "2021-07-13" }]);
    expect(json.changes.back[0]!.earlierId).not.toBe(json.changes.back[0]!.id);

    expect(await runCli(["pack", "back.xlsx", "--as-of", "2021-11-01", "-o", "pack.xlsx"], io)).toBe(0);
    const pack = (await (await XlsxDoor.open(io.files.get("pack.xlsx")!, "pack.xlsx")).read()).sheets.find((s) => s.name === "Committee Pack")!;
    // The list's heading, its column headings, then Frankie 7 with its note.
    const listed = pack.values[pack.values.findIndex((r) => r[0] === "New actions (1)") + 2]!;
    expect([listed[0], String(listed[1]), listed.at(-1)]).toEqual(["Frankie", "7", "Back: removed at the report of 13 July 2021; not updated for more than 90 days"]);
  });

  it("changes and pack note a category renamed between two reports, and count it under its new name alone", async () => {
    const io = memoryIo({ "sample.xlsx": sampleBytes() });
    expect(await runCli(["snapshot", "sample.xlsx", "--date", "2021-07-13", "-o", "july.xlsx"], io)).toBe(0);
    const door = await XlsxDoor.open(io.files.get("july.xlsx")!, "july.xlsx");
    const sheet = (await door.read()).sheets.find((s) => s.name === "Case Reviews")!;
    // Every case review action of the theme "Information sharing" (column C) given the theme's new name.
    const rows = sheet.values.flatMap((r, i) => (r[2] === "Information sharing" ? [sheet.firstRow + i] : []));
    expect(rows.length).toBeGreaterThan(1);
    expect(await door.applyEdits(rows.map((row) => ({ sheet: "Case Reviews", row, column: 3, from: "Information sharing", to: "Sharing information" })))).toBe(rows.length);
    io.files.set("renamed.xlsx", await door.save());
    io.out.length = 0;
    const NOTE = "The category “Information sharing” is now named “Sharing information”; its actions are counted under the new name.";
    expect(await runCli(["changes", "renamed.xlsx", "--as-of", "2021-11-01", "--json"], io)).toBe(0);
    const json = changesJsonSchema.parse(JSON.parse(io.out.join("")));
    expect(json.changes.renamedCategories).toEqual([{ from: "Information sharing", to: "Sharing information" }]);
    expect(json.notes).toContain(NOTE);
    expect(json.changes.byCategory.map((g) => g.name)).not.toContain("Information sharing");
    expect(await runCli(["pack", "renamed.xlsx", "--as-of", "2021-11-01", "-o", "pack.xlsx"], io)).toBe(0);
    const pack = (await (await XlsxDoor.open(io.files.get("pack.xlsx")!, "pack.xlsx")).read()).sheets.find((s) => s.name === "Committee Pack")!;
    expect(pack.values.flat()).toContain(NOTE);
  });

  it("changes and pack without --as-of read the workbook as at the command line's today", async () => {
    // memoryIo's today is 1 November 2021, the later report's date: the comparison reaches back to July, as with --as-of 2021-11-01.
    const io = await twoReports();
    io.out.length = 0;
    expect(await runCli(["changes", "november.xlsx", "--as-of", "2021-11-01"], io)).toBe(0);
    const given = io.out.join("");
    io.out.length = 0;
    expect(await runCli(["changes", "november.xlsx"], io)).toBe(0);
    expect(io.out.join("")).toBe(given);
    io.out.length = 0;
    expect(await runCli(["pack", "november.xlsx", "-o", "pack.xlsx"], io)).toBe(0);
    expect(io.out.join("")).toMatch(/^Since 13 July 2021: 1 action moved to blue; /);
  });

  it("pack and changes say when the plan has changed since the report recorded for their date, as their RAG History shows that report", async () => {
    const io = await twoReports();
    // Frankie 1 (Case Reviews row 3) made amber after the report of 1 November 2021 was recorded.
    const door = await XlsxDoor.open(io.files.get("november.xlsx")!, "november.xlsx");
    expect(await door.applyEdits([{ sheet: "Case Reviews", row: 3, column: 10, from: "Blue", to: "Amber" }])).toBe(1);
    io.files.set("late.xlsx", await door.save());
    const changed = "The plan has changed since the report recorded for 1 November 2021: 1 rating differs; record the report again to include it.";
    io.out.length = 0;

    expect(await runCli(["pack", "late.xlsx", "--as-of", "2021-11-01", "-o", "pack.xlsx"], io)).toBe(0);
    const said = io.out.join("").split("\n")[0]!;
    expect(said).toMatch(/^Since 13 July 2021: 1 action moved to blue; 1 action worsened to amber; /);
    expect(said).toContain(` ${changed}`);
    const sheet = (await (await XlsxDoor.open(io.files.get("pack.xlsx")!, "pack.xlsx")).read()).sheets.find((s) => s.name === "Committee Pack")!;
    expect(sheet.values.flat()).toContain(changed);

    io.out.length = 0;
    expect(await runCli(["changes", "late.xlsx", "--as-of", "2021-11-01"], io)).toBe(0);
    // Among the notes under the sentence, before the first blank line.
    const lines = io.out.join("").split("\n");
    expect(lines.slice(0, lines.indexOf(""))).toContain(changed);
    io.out.length = 0;
    expect(await runCli(["changes", "late.xlsx", "--as-of", "2021-11-01", "--json"], io)).toBe(0);
    expect(changesJsonSchema.parse(JSON.parse(io.out.join(""))).notes).toContain(changed);
    // Between the two recorded reports, the changes are what RAG History shows.
    io.out.length = 0;
    expect(await runCli(["changes", "late.xlsx", "--from", "2021-07-13", "--to", "2021-11-01"], io)).toBe(0);
    expect(io.out.join("")).not.toContain("The plan has changed");
  });

  it("changes --json between two recorded reports matches its schema, which rejects a field left out and keeps out the stored fingerprints", async () => {
    const io = await twoReports();
    io.out.length = 0;
    expect(await runCli(["changes", "november.xlsx", "--from", "2021-07-13", "--to", "2021-11-01", "--json"], io)).toBe(0);
    const output = JSON.parse(io.out.join("")) as Record<string, Record<string, unknown>>;
    const { changes, sentence } = changesJsonSchema.parse(output);
    expect(sentence).toMatch(/^Between 13 July 2021 and 1 November 2021: 1 action moved to blue; /);
    expect(changes.moves).toEqual([
      {
        before: expect.objectContaining({ review: "Frankie", ref: "7", rating: "Amber" }),
        after: expect.objectContaining({ review: "Frankie", ref: "7", rating: "Blue", sheet: "Case Reviews", row: 9 }),
        direction: "improved",
      },
    ]);
    expect(Object.keys(changes.moves[0]!.after).sort()).toEqual(["category", "complete", "due", "id", "overdue", "rating", "ref", "review", "row", "sheet", "stale", "title", "updated"]);
    const { toDate: _dropped, ...withoutToDate } = output.changes!;
    expect(changesJsonSchema.safeParse({ ...output, changes: withoutToDate }).success).toBe(false);
    expect(changesJsonSchema.safeParse({ ...output, changes: { ...output.changes, modified: [] } }).success).toBe(false);
  });

  it("changes compares two report dates given the wrong way round oldest first", async () => {
    const io = await twoReports();
    io.out.length = 0;
    expect(await runCli(["changes", "november.xlsx", "--from", "2021-07-13", "--to", "2021-11-01"], io)).toBe(0);
    const forward = io.out.join("");
    io.out.length = 0;
    expect(await runCli(["changes", "november.xlsx", "--from", "2021-11-01", "--to", "2021-07-13"], io)).toBe(0);
    expect(io.out.join("")).toBe(forward);
    // Both reports are named: "since" alone would read as up to today.
    expect(forward).toMatch(/^Between 13 July 2021 and 1 November 2021: 1 action moved to blue; /);
  });

  it("changes says in one sentence, with exit 2, when the dates cannot be compared", async () => {
    const io = await twoReports();
    expect(await runCli(["changes", "november.xlsx", "--from", "2021-07-13", "--to", "2021-07-13"], io)).toBe(2);
    expect(await runCli(["changes", "november.xlsx", "--from", "2021-11-01", "--as-of", "2021-08-01"], io)).toBe(2);
    expect(io.err).toEqual([
      "rag-tracker: Both dates are 13 July 2021; give two different report dates to compare.\n",
      "rag-tracker: The report recorded for 1 November 2021 is later than 1 August 2021, the date the workbook is read as at, so there is nothing to compare it with; give a later --as-of, or a report date with --to.\n",
    ]);
  });

  it("snapshot refuses, in one sentence with exit 2, to replace a report a newer version recorded", async () => {
    const io = await twoReports();
    io.files.set("newer.xlsx", await withNewerReport(io.files.get("november.xlsx")!, "2021-11-01"));
    expect(await runCli(["snapshot", "newer.xlsx", "--date", "2021-11-01", "-o", "out.xlsx"], io)).toBe(2);
    expect(io.err.join("")).toBe(`rag-tracker: ${NEWER}, so this version cannot replace it; update RAG Tracker to record that date again, or record this report under another date.\n`);
    expect(io.files.has("out.xlsx")).toBe(false);
  });

  it("snapshot and reports name the version that recorded a later version's report, and this one, so the user knows what to update to", async () => {
    const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    const io = await twoReports();
    io.files.set("newer.xlsx", await withNewerReport(io.files.get("november.xlsx")!, "2021-11-01", "99.0.0"));
    expect(await runCli(["snapshot", "newer.xlsx", "--date", "2021-11-01", "-o", "out.xlsx"], io)).toBe(2);
    const made = `The report recorded for 1 November 2021 was made by RAG Tracker 99.0.0, which this version (${version})`;
    expect(io.err.join("")).toBe(`rag-tracker: ${made} cannot replace; update RAG Tracker to 99.0.0 or later to record that date again, or record this report under another date.\n`);
    io.out.length = 0;
    expect(await runCli(["reports", "newer.xlsx"], io)).toBe(0);
    expect(io.out.join("").split("\n")[1]).toBe(`  ${made} cannot read; update RAG Tracker to 99.0.0 or later to use it.`);
    // The JSON names it too, beside the version that recorded the report this one can read.
    io.out.length = 0;
    expect(await runCli(["reports", "newer.xlsx", "--json"], io)).toBe(0);
    const { reports } = reportListSchema.parse(JSON.parse(io.out.join("")));
    expect(reports.map((r) => [r.date, r.readable, r.newer, r.appVersion])).toEqual([
      ["2021-11-01", false, true, "99.0.0"],
      ["2021-07-13", true, false, version],
    ]);
  });

  it("changes and pack say when the latest report could not be used and they reach back to an older one", async () => {
    const io = await twoReports();
    io.files.set("newer.xlsx", await withNewerReport(io.files.get("november.xlsx")!, "2021-11-01"));
    const skipped = "These changes are counted since 13 July 2021, not since 1 November 2021, because the report recorded for 1 November 2021 could not be used.";
    io.out.length = 0;
    expect(await runCli(["changes", "newer.xlsx", "--as-of", "2021-12-01", "--future"], io)).toBe(0);
    const changes = io.out.join("");
    expect(changes.split("\n")).toContain(skipped);
    expect(changes).toContain(`Note: ${NEWER}, so only that version can read it; update RAG Tracker to use it.`);
    io.out.length = 0;
    expect(await runCli(["pack", "newer.xlsx", "--as-of", "2021-12-01", "--future", "-o", "pack.xlsx"], io)).toBe(0);
    const [message] = io.out.join("").split("\n");
    expect(message).toMatch(/^Since 13 July 2021: 1 action moved to blue; /);
    expect(message).toContain(` ${skipped} ${NEWER}`);
  });

  it("reports lists the recorded reports newest first with their counts, and one a newer version made as not usable", async () => {
    const io = await twoReports();
    io.files.set("newer.xlsx", await withNewerReport(io.files.get("november.xlsx")!, "2021-11-01"));
    io.out.length = 0;
    expect(await runCli(["reports", "newer.xlsx"], io)).toBe(0);
    const lines = io.out.join("").split("\n");
    expect(lines[0]).toBe("2 recorded reports, newest first:");
    expect(lines[1]).toBe(`  ${NEWER}, so only that version can read it; update RAG Tracker to use it.`);
    expect(lines[2]).toMatch(/^ {2}13 July 2021 – 173 actions \(99 blue, 35 green, 35 amber, 2 red, 1 unrated, and 1 with an invalid rating\); recorded on \d{1,2} \w+ \d{4}$/);
    io.out.length = 0;
    expect(await runCli(["reports", "november.xlsx", "--json"], io)).toBe(0);
    const { reports } = reportListSchema.parse(JSON.parse(io.out.join("")));
    expect(reports.map((r) => [r.date, r.readable, r.total, r.counts.Blue, r.counts.Amber])).toEqual([
      ["2021-11-01", true, 173, 100, 34],
      ["2021-07-13", true, 173, 99, 35],
    ]);
    // Each field as the documentation lists it, in that order: the version that recorded the report among them.
    expect(Object.keys(reports[0]!)).toEqual(["date", "readable", "newer", "recordedAt", "recordedBy", "appVersion", "recordedAfter", "counts", "total", "problem"]);
    io.out.length = 0;
    expect(await runCli(["reports", "sample.xlsx"], io)).toBe(0);
    expect(io.out.join("")).toBe("This workbook has no recorded report yet; record one with the snapshot command.\n");
  });

  it("delete-report writes a copy without the report, and says in one sentence with exit 2 when there is none for the date", async () => {
    const io = await twoReports();
    const before = io.files.get("november.xlsx")!;
    expect(await runCli(["delete-report", "november.xlsx", "--date", "2021-07-13", "-o", "deleted.xlsx"], io)).toBe(0);
    expect(io.out.at(-1)).toBe("Deleted the report recorded for 13 July 2021. Wrote deleted.xlsx.\n");
    expect(io.files.get("november.xlsx")).toBe(before);
    // A pack written before still shows the report until it is generated again: said.
    expect(await runCli(["pack", "november.xlsx", "--as-of", "2021-11-01", "-o", "packed.xlsx"], io)).toBe(0);
    expect(await runCli(["delete-report", "packed.xlsx", "--date", "2021-07-13", "-o", "deleted-packed.xlsx"], io)).toBe(0);
    expect(io.out.at(-1)).toBe(
      "Deleted the report recorded for 13 July 2021. “Committee Pack” and “RAG History” were written before and may still show it until the committee pack is generated again. Wrote deleted-packed.xlsx.\n",
    );
    io.out.length = 0;
    expect(await runCli(["reports", "deleted.xlsx", "--json"], io)).toBe(0);
    expect(reportListSchema.parse(JSON.parse(io.out.join(""))).reports.map((r) => r.date)).toEqual(["2021-11-01"]);
    expect(await runCli(["delete-report", "november.xlsx", "--date", "2021-07-14", "-o", "none.xlsx"], io)).toBe(2);
    expect(io.err).toEqual([
      `rag-tracker: "november.xlsx" holds no report recorded for 14 July 2021, so nothing was deleted; the recorded reports are of 13 July 2021 and 1 November 2021.\n`,
    ]);
    expect(io.files.has("none.xlsx")).toBe(false);
    // A record filed by hand under an id that is no date is listed under it, and deleted by it.
    const door = await XlsxDoor.open(io.files.get("november.xlsx")!, "november.xlsx");
    await door.writeStore([...(await door.readStore()), { kind: "snapshot", id: "my copy", json: "{}" }]);
    io.files.set("copied.xlsx", await door.save());
    expect(await runCli(["delete-report", "copied.xlsx", "--date", "my copy", "-o", "tidied.xlsx"], io)).toBe(0);
    expect(io.out.at(-1)).toBe("Deleted the report recorded for “my copy”. Wrote tidied.xlsx.\n");
    io.out.length = 0;
    expect(await runCli(["reports", "tidied.xlsx", "--json"], io)).toBe(0);
    expect(reportListSchema.parse(JSON.parse(io.out.join(""))).reports.map((r) => r.date)).toEqual(["2021-11-01", "2021-07-13"]);
    expect(await runCli(["delete-report", "november.xlsx", "--date", "13/07/2021", "-o", "none.xlsx"], io)).toBe(2);
    expect(io.err[1]).toBe(`rag-tracker: "13/07/2021" is not a date written YYYY-MM-DD, nor a report of "november.xlsx", so nothing was deleted; the recorded reports are of 13 July 2021 and 1 November 2021.\n`);
    expect(io.files.has("none.xlsx")).toBe(false);
  });

  it("remove-wording writes a copy whose recorded reports keep no wording, and changes still finds what moved", async () => {
    const io = await twoReports();
    io.out.length = 0;
    expect(await runCli(["changes", "november.xlsx", "--from", "2021-07-13", "--to", "2021-11-01"], io)).toBe(0);
    const before = io.out.join("").split("\n")[0];
    io.out.length = 0;
    expect(await runCli(["remove-wording", "november.xlsx", "-o", "bare.xlsx"], io)).toBe(0);
    expect(io.out.join("")).toBe(
      "Removed the actions' wording from 2 recorded reports (346 action entries in all); their ratings, numbers and dates stay. Reports recorded from now on keep the plan's wording again. Wrote bare.xlsx.\n",
    );
    io.out.length = 0;
    expect(await runCli(["changes", "bare.xlsx", "--from", "2021-07-13", "--to", "2021-11-01"], io)).toBe(0);
    const lines = io.out.join("").split("\n");
    expect(lines[0]).toBe(before);
    expect(lines).toContain("  Frankie 7: (wording not kept) — Amber → Blue (improved)");
    // The stored texts are gone from the file's XML (the shared strings only the store held are blanked), not only from what RAG Tracker reads.
    const storedTitles = async (bytes: Uint8Array) => {
      const zip = await JSZip.loadAsync(bytes);
      const xml = await Promise.all(Object.keys(zip.files).filter((n) => n.endsWith(".xml")).map((n) => zip.file(n)!.async("string")));
      return xml.join("").match(/&quot;title&quot;:&quot;[^&]/g)?.length ?? 0;
    };
    // Every action of the two reports had its wording in the file before (read back as the reports are read, since a stored text may be split between cells).
    const wordings = async (bytes: Uint8Array) => (await loadHistory(await StreamingXlsxDoor.open(bytes, "x.xlsx"))).snapshots.flatMap((r) => r.actions.filter((a) => a.title !== ""));
    expect(await wordings(io.files.get("november.xlsx")!)).toHaveLength(346);
    expect(await wordings(io.files.get("bare.xlsx")!)).toHaveLength(0);
    expect(await storedTitles(io.files.get("november.xlsx")!)).toBeGreaterThan(300);
    expect(await storedTitles(io.files.get("bare.xlsx")!)).toBe(0);
  });

  it("changes, its JSON and the pack say what an invalid rating said at the earlier report, until remove-wording takes it out", async () => {
    const io = memoryIo({ "sample.xlsx": sampleBytes() });
    // In July, Frankie 1 (Case Reviews row 3) typed "TBC" and Leo 4 (row 38) " b/g "; the Delivery Plan's row 63 has "Yellow" as the sample does.
    const typed = await XlsxDoor.open(io.files.get("sample.xlsx")!, "sample.xlsx");
    expect(await typed.applyEdits([{ sheet: "Case Reviews", row: 3, column: 10, from: "Blue", to: "TBC" }, { sheet: "Case Reviews", row: 38, column: 10, from: "Amber", to: " b/g " }])).toBe(2);
    io.files.set("typed.xlsx", await typed.save());
    expect(await runCli(["snapshot", "typed.xlsx", "--date", "2021-07-13", "-o", "july.xlsx"], io)).toBe(0);
    // By November, Frankie 1 is Blue again and row 63 Amber; Leo 4 is retyped "Yellow", still no rating.
    const edited = await XlsxDoor.open(io.files.get("july.xlsx")!, "july.xlsx");
    const edits = [
      { sheet: "Case Reviews", row: 3, column: 10, from: "TBC", to: "Blue" },
      { sheet: "Case Reviews", row: 38, column: 10, from: " b/g ", to: "Yellow" },
      { sheet: "Delivery Plan 2019-20", row: 63, column: 7, from: "Yellow", to: "A" },
    ];
    expect(await edited.applyEdits(edits)).toBe(3);
    io.files.set("edited.xlsx", await edited.save());

    io.out.length = 0;
    expect(await runCli(["changes", "edited.xlsx", "--as-of", "2021-11-01"], io)).toBe(0);
    const lines = io.out.join("").split("\n");
    const moved = lines.slice(lines.indexOf("Moved rating (2)") + 1, lines.indexOf("Moved rating (2)") + 3);
    expect(moved[0]).toBe("  Frankie 1: Add a prompt on household members to the MASH referral form. — Invalid: TBC → Blue (rating corrected)");
    expect(moved[1]).toMatch(/^ {2}Delivery Plan 2019-20 [\d.]+: .* — Invalid: Yellow → Amber \(rating corrected\)$/);

    io.out.length = 0;
    expect(await runCli(["changes", "edited.xlsx", "--as-of", "2021-11-01", "--json"], io)).toBe(0);
    const { changes } = changesJsonSchema.parse(JSON.parse(io.out.join("")));
    expect(changes.moves.map((m) => [m.before.review, m.before.rating, m.before.typedRating, m.after.rating, m.after.typedRating])).toEqual([
      ["Frankie", "Invalid", "TBC", "Blue", undefined],
      ["Delivery Plan 2019-20", "Invalid", "Yellow", "Amber", undefined],
    ]);

    expect(await runCli(["pack", "edited.xlsx", "--as-of", "2021-11-01", "-o", "pack.xlsx"], io)).toBe(0);
    const pack = (await (await XlsxDoor.open(io.files.get("pack.xlsx")!, "pack.xlsx")).read()).sheets.find((s) => s.name === "Committee Pack")!;
    const at = pack.values.findIndex((r) => r[0] === "Moved rating (2)");
    expect(pack.values[at + 1]!.slice(3, 6)).toEqual(["Was", "Now", "Direction"]);
    expect(pack.values.slice(at + 2, at + 4).map((r) => r.slice(3, 6))).toEqual([
      ["Invalid: TBC", "Blue", "rating corrected"],
      ["Invalid: Yellow", "Amber", "rating corrected"],
    ]);

    // Taken out with the wording, from the file itself: it is whatever the team typed in the cell.
    expect(await runCli(["remove-wording", "edited.xlsx", "-o", "bare.xlsx"], io)).toBe(0);
    const storedXml = async (bytes: Uint8Array) => {
      const zip = await JSZip.loadAsync(bytes);
      return (await Promise.all(Object.keys(zip.files).filter((n) => n.endsWith(".xml")).map((n) => zip.file(n)!.async("string")))).join("");
    };
    expect(await storedXml(io.files.get("edited.xlsx")!)).toContain("&quot;typedRating&quot;:&quot;b/g&quot;");
    expect(await storedXml(io.files.get("bare.xlsx")!)).not.toContain("typedRating");
    io.out.length = 0;
    expect(await runCli(["changes", "bare.xlsx", "--as-of", "2021-11-01"], io)).toBe(0);
    expect(io.out.join("")).toContain("  Frankie 1: Add a prompt on household members to the MASH referral form. — invalid rating → Blue (rating corrected)");
  });

  it("remove-wording speaks of a Committee Pack or Stale Actions sheet only where there is one, and of a workbook with no report as such", async () => {
    const io = await twoReports();
    expect(await runCli(["pack", "november.xlsx", "--as-of", "2021-11-01", "-o", "pack.xlsx"], io)).toBe(0);
    io.out.length = 0;
    expect(await runCli(["remove-wording", "pack.xlsx", "-o", "bare.xlsx"], io)).toBe(0);
    expect(io.out.join("")).toContain(" Reports recorded from now on keep the plan's wording again. A “Committee Pack” sheet already written keeps its wording until the pack is generated again. Wrote bare.xlsx.\n");
    // A pack renamed to keep it is never written again, so it keeps its wording until deleted.
    io.files.set("kept.xlsx", await renamedWithNames(io.files.get("pack.xlsx")!, "Committee Pack", "Committee Pack Nov 21"));
    expect(await runCli(["pack", "kept.xlsx", "--as-of", "2021-11-01", "-o", "again.xlsx"], io)).toBe(0);
    io.out.length = 0;
    expect(await runCli(["remove-wording", "again.xlsx", "-o", "bare.xlsx"], io)).toBe(0);
    expect(io.out.join("")).toContain(
      " Reports recorded from now on keep the plan's wording again. A “Committee Pack” sheet already written keeps its wording until the pack is generated again. “Committee Pack Nov 21” keeps its wording until you delete it, since it was renamed to keep it. Wrote bare.xlsx.\n",
    );
    // The Stale Actions sheet quotes each action and response as the plan had them when it was written.
    expect(await runCli(["summarize", "november.xlsx", "--as-of", "2021-11-01", "-o", "summary.xlsx"], io)).toBe(0);
    io.out.length = 0;
    expect(await runCli(["remove-wording", "summary.xlsx", "-o", "bare.xlsx"], io)).toBe(0);
    expect(io.out.join("")).toContain(
      " Reports recorded from now on keep the plan's wording again. A “Stale Actions” sheet already written keeps its wording until the RAG summary is generated again. Wrote bare.xlsx.\n",
    );
    io.out.length = 0;
    expect(await runCli(["remove-wording", "sample.xlsx", "-o", "none.xlsx"], io)).toBe(0);
    expect(io.out.join("")).toBe("This workbook has no recorded report, so there was nothing to remove. Wrote none.xlsx.\n");
  });

  it("changes piped to a reader that stops early (| head) ends quietly with exit 0", async () => {
    const io = await twoReports();
    const dir = mkdtempSync(join(tmpdir(), "rag-cli-"));
    const file = join(dir, "november.xlsx");
    writeFileSync(file, io.files.get("november.xlsx")!);
    const child = spawn(process.execPath, ["bin/rag-tracker.mjs", "changes", file, "--as-of", "2021-11-01"], { stdio: ["ignore", "pipe", "pipe"] });
    // The reader is gone before the command writes a line, as head is after its first lines.
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  }, 30_000);
});


/**
 * One measurement in a fresh process (so peak memory is its own), printed as one JSON line:
 *   tsx bench/measure.ts <what> <actions>
 * what: prepare | library-read | library-read-write | engine | engine-sheets | records-only | browser | snapshot | summarize | summarize-workbench | workbench-grid | excel
 * Set-up is outside the timed part. The workbooks are built beforehand ("prepare", in a process of
 * its own) and read from disk, so the peak RSS of a file measurement is that of the measured work
 * and the file's bytes, not of building the workbook with ExcelJS.
 * BENCH_PROFILE=out.cpuprofile writes a CPU profile of the timed part alone (open it in Chrome's
 * DevTools, Performance tab), where `node --cpu-prof` would mix in the set-up.
 */
import ExcelJS from "exceljs";
import { performance } from "node:perf_hooks";
import { Session } from "node:inspector/promises";
import { writeFileSync } from "node:fs";
import { REPORT_DATE, RUN_DATE, syntheticFakeExcel, syntheticSnapshot, syntheticWorkbookWithSettings } from "./syntheticTracker";
import { preparedWorkbook, workbookFile } from "./preparedWorkbooks";
import { recordsOnly } from "./recordsOnly";
import { median } from "./median";
import { analyseWorkbook } from "../src/core/analyse";
import { buildSummaryPlan } from "../src/core/summaryPlan";
import { settingsSchema } from "../src/core/settings";
import { recordSnapshot } from "../src/core/history/record";
import { backActions } from "../src/core/history/backActions";
import { compareSnapshots } from "../src/core/history/changes";
import { generateSummary } from "../src/door/operations";

const [what, countText] = process.argv.slice(2);
const n = Number(countText);
const settings = settingsSchema.parse({ asOf: REPORT_DATE });

/**
 * Processor time of the timed work (all the process's threads, outermost regions summed), which
 * other work on a shared machine inflates far less than it does wall time.
 */
let cpuMs = 0;
const SETTLE_MS = 200;
let depth = 0;

const profileTo = process.env.BENCH_PROFILE;
const profiler = profileTo ? new Session() : null;
if (profiler) {
  profiler.connect();
  await profiler.post("Profiler.enable");
  await profiler.post("Profiler.setSamplingInterval", { interval: 50 });
}

async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  // The set-up's own code is still being compiled on background threads when it returns, which
  // the process's processor time would count against the timed work: a pause lets that finish.
  if (depth === 0) await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  if (profiler && depth === 0) await profiler.post("Profiler.start");
  const start = performance.now();
  const cpu = process.cpuUsage();
  depth++;
  try {
    await fn();
  } finally {
    depth--;
  }
  const used = process.cpuUsage(cpu);
  const ms = performance.now() - start;
  if (depth === 0) {
    cpuMs += (used.user + used.system) / 1000;
    if (profiler) writeFileSync(profileTo!, JSON.stringify((await profiler.post("Profiler.stop")).profile));
  }
  return ms;
}

/**
 * The median wall time of `runs` more runs in the same process, after as many runs again to warm
 * up: the work as a long-lived process (the task pane) does it once its code is compiled. Not
 * counted in the processor time, which stays that of the first run.
 */
async function steadyState(fn: () => Promise<unknown> | unknown, runs: number): Promise<number> {
  for (let i = 0; i < runs; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

async function main(): Promise<Record<string, number>> {
  switch (what) {
    case "prepare": {
      writeFileSync(workbookFile(n), await syntheticWorkbookWithSettings(n));
      return { ms: 0 };
    }
    case "library-read": {
      const bytes = preparedWorkbook(n);
      const load = () => new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
      const ms = await time(load);
      return { ms, steadyMs: await steadyState(load, 3), fileBytes: bytes.length };
    }
    case "library-read-write": {
      const bytes = preparedWorkbook(n);
      return {
        ms: await time(async () => {
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.load(bytes as unknown as ArrayBuffer);
          await wb.xlsx.writeBuffer();
        }),
      };
    }
    case "engine": {
      const snapshot = { sheets: [syntheticSnapshot(n)] };
      let analyseMs = 0;
      let planMs = 0;
      let analysis: ReturnType<typeof analyseWorkbook> | undefined;
      const ms = await time(async () => {
        analyseMs = await time(() => (analysis = analyseWorkbook(snapshot, settings, RUN_DATE)));
        planMs = await time(() => buildSummaryPlan(analysis!));
      });
      const steadyMs = await steadyState(() => buildSummaryPlan(analyseWorkbook(snapshot, settings, RUN_DATE)), 9);
      return { ms, analyseMs, planMs, steadyMs, stale: analysis!.stale.length };
    }
    case "engine-sheets": {
      // The same actions over five tracker sheets, and a copy of the first kept beside it, as a team
      // keeps one before a big edit: what comparing sheets for repeated actions adds (repeatedTrackers.ts).
      const rows = syntheticSnapshot(n).values;
      const part = Math.ceil((rows.length - 1) / 5);
      const sheets = Array.from({ length: 5 }, (_, i) => ({ ...syntheticSnapshot(0), name: `Actions ${i + 1}`, values: [rows[0]!, ...rows.slice(1 + i * part, 1 + (i + 1) * part)] }));
      const snapshot = { sheets: [...sheets, { ...sheets[0]!, name: "Actions 1 (2)" }] };
      let analysis: ReturnType<typeof analyseWorkbook> | undefined;
      const ms = await time(() => buildSummaryPlan((analysis = analyseWorkbook(snapshot, settings, RUN_DATE))));
      const steadyMs = await steadyState(() => buildSummaryPlan(analyseWorkbook(snapshot, settings, RUN_DATE)), 9);
      return { ms, steadyMs, trackers: analysis!.trackers.length, counted: analysis!.actions.length };
    }
    case "records-only": {
      // The floor under the engine's first run (see bench/recordsOnly.ts), timed the same way.
      const sheet = syntheticSnapshot(n);
      let records = 0;
      const ms = await time(() => (records = recordsOnly(sheet).length));
      return { ms, records, steadyMs: await steadyState(() => recordsOnly(sheet), 9) };
    }
    case "browser": {
      // The engine and ExcelJS's read in Chromium, timed inside the page (wall time only).
      const { browserFigures } = await import("./browserRuns");
      return browserFigures(n, preparedWorkbook(n));
    }
    case "workbench-grid": {
      // The workbench page in Chromium: how long its grid keeps the page frozen after opening, jobs and tab clicks (wall time only).
      const { workbenchGridFigures } = await import("./workbenchGrid");
      return workbenchGridFigures(n, preparedWorkbook(n));
    }
    case "snapshot": {
      const sheet = syntheticSnapshot(n);
      const first = recordSnapshot(analyseWorkbook({ sheets: [sheet] }, settings, RUN_DATE), { date: "2021-07-13", recordedAt: "", recordedBy: null });
      // A later report: every tenth rating moved, every seventh response rewritten.
      for (let r = 1; r < sheet.values.length; r++) {
        const row = sheet.values[r]!;
        if (r % 10 === 0) row[9] = "Blue";
        if (r % 7 === 0) row[5] = `Updated response ${r}`;
      }
      const later = analyseWorkbook({ sheets: [sheet] }, settings, RUN_DATE);
      let second: ReturnType<typeof recordSnapshot> | undefined;
      let recordMs = 0;
      let compareMs = 0;
      let moves = 0;
      const ms = await time(async () => {
        recordMs = await time(() => {
          second = recordSnapshot(later, { date: REPORT_DATE, recordedAt: "", recordedBy: null }, first);
        });
        compareMs = await time(() => {
          // As every door compares: the new actions are then looked for in the reports before the earlier one.
          const changes = compareSnapshots(first, second!);
          backActions(changes.added, first, [first, second!]);
          moves = changes.moves.length;
        });
      });
      return { recordMs, compareMs, ms, moves, jsonBytes: JSON.stringify(second).length };
    }
    case "summarize":
    case "summarize-workbench": {
      // A file door end to end: open the bytes, the one-click operation, save the package. The
      // command line uses the streaming door; the browser workbench keeps the ExcelJS one.
      const bytes = preparedWorkbook(n);
      const open = what === "summarize" ? (await import("../src/xlsx/streaming/StreamingXlsxDoor")).StreamingXlsxDoor.open : (await import("../src/xlsx/XlsxDoor")).XlsxDoor.open;
      let openMs = 0;
      let summaryMs = 0;
      let saveMs = 0;
      let saved = 0;
      const ms = await time(async () => {
        let door: Awaited<ReturnType<typeof open>> | undefined;
        openMs = await time(async () => (door = await open(bytes, "bench.xlsx")));
        summaryMs = await time(() => generateSummary(door!));
        saveMs = await time(async () => (saved = (await door!.save()).length));
      });
      return { ms, openMs, summaryMs, saveMs, inputBytes: bytes.length, outputBytes: saved };
    }
    case "excel": {
      // The Office.js door over the Excel stand-in, which enforces load/sync and the 5 MB limits.
      const { excel, door } = await syntheticFakeExcel(n);
      const ms = await time(() => generateSummary(door));
      // A refused sync carried nothing back (the host rejected it), so sizes are of the syncs that went through.
      const syncs = excel.syncs;
      const sent = syncs.filter((s) => s.ok);
      const sum = (f: (s: (typeof syncs)[number]) => number) => sent.reduce((a, s) => a + f(s), 0);
      return {
        ms,
        syncs: syncs.length,
        refusedSyncs: syncs.length - sent.length,
        largestRequestBytes: Math.max(...sent.map((s) => s.requestBytes)),
        largestResponseBytes: Math.max(...sent.map((s) => s.responseBytes)),
        totalRequestBytes: sum((s) => s.requestBytes),
        totalResponseBytes: sum((s) => s.responseBytes),
        payloadLimit: excel.payloadLimit,
      };
    }
    default:
      throw new Error(`Unknown measurement "${what}".`);
  }
}

const result = await main();
console.log(JSON.stringify({ what, actions: n, ...result, cpuMs, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));

/**
 * npm run bench: every measurement in its own process, printed as tables and saved as JSON in
 * bench/results/ (latest.json and a dated copy).
 *   npm run bench                       the 20,000-action comparison, then 1,000 / 10,000 / 100,000 actions
 *   npm run bench -- 1000 10000         other sizes
 *   npm run bench -- --scale-only 1000  sizes only, without the 20,000-action comparison
 * Each row shows wall time and processor time: on a machine shared with other work, wall time
 * grows with the load while processor time stays close to the work done, so ratios and growth
 * are computed from processor time. The load average is printed with the results.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { growthOf, type Growth } from "./growth";
import { median } from "./median";

/** What bench/measure.ts prints: wall and processor time and peak memory, plus figures of its own. */
interface Measured {
  what: string;
  actions: number;
  ms: number;
  cpuMs: number;
  peakRssMb: number;
  [figure: string]: number | string | number[];
}

type Row = Record<string, number | string>;

const loads: number[] = [];

function measure(what: string, actions: number): Measured {
  loads.push(loadavg()[0]!);
  const out = execFileSync(process.execPath, ["--import", "tsx", "bench/measure.ts", what, String(actions)], { encoding: "utf8", maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split("\n").at(-1)!) as Measured;
}

/**
 * `times` fresh processes: the run with the median processor time, with every run's processor
 * time beside it, and the median of the runs' warm times where they measured one.
 */
function medianOf(what: string, actions: number, times: number): Measured {
  const runs = Array.from({ length: times }, () => measure(what, actions)).sort((a, b) => a.cpuMs - b.cpuMs);
  const steady = median(runs.map((r) => Number(r.steadyMs)));
  return { ...runs[Math.floor(times / 2)]!, cpuRuns: runs.map((r) => r.cpuMs), ...(Number.isNaN(steady) ? {} : { steadyMs: steady }) };
}

function table(title: string, rows: Row[], columns: string[]): string {
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [`${title}`, "", line(columns), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map((r) => line(columns.map((c) => String(r[c] ?? "")))), ""].join("\n");
}

const round = (x: unknown): number | string => (typeof x === "number" ? Math.round(x * 10) / 10 : "");
const whole = (x: unknown): number | string => (typeof x === "number" ? Math.round(x) : "");
const kb = (x: unknown): string => (typeof x === "number" ? `${Math.round(x / 1000).toLocaleString("en-GB")} kB` : "");
const perThousand = (r: Measured): number | string => round((r.cpuMs / r.actions) * 1000);
const times = (r: Measured): Row => ({ "wall ms": whole(r.ms), "cpu ms": whole(r.cpuMs), "cpu ms per 1,000": perThousand(r), "peak RSS MB": r.peakRssMb });
const TIME_COLUMNS = ["wall ms", "cpu ms", "cpu ms per 1,000", "peak RSS MB"];

const args = process.argv.slice(2);
const scaleOnly = args.includes("--scale-only");
const requested = args.map(Number).filter((n) => Number.isInteger(n) && n > 0);
const sizes = requested.length ? requested : [1_000, 10_000, 100_000];
const saved: Record<string, unknown> = { measuredAt: new Date().toISOString(), node: process.version };

// Every workbook measured is built first, each in a process of its own (see bench/preparedWorkbooks.ts).
for (const n of new Set([...(scaleOnly ? [] : [20_000]), ...sizes])) measure("prepare", n);

if (!scaleOnly) {
  // Issue 2 and 5: the 20,000-action comparison with ExcelJS alone, and the snapshot engine.
  const N = 20_000;
  // The engine's share is a ratio of two noisy times: each side is run in several fresh processes and the median run kept.
  const read = medianOf("library-read", N, 3);
  const readWrite = measure("library-read-write", N);
  const engine = medianOf("engine", N, 5);
  const floor = medianOf("records-only", N, 5);
  const engineSheets = medianOf("engine-sheets", N, 3);
  const browser = measure("browser", N);
  const summarize = measure("summarize", N);
  const snapshot = measure("snapshot", N);
  const engineShare = (engine.cpuMs / read.cpuMs) * 100;
  const floorShare = (floor.cpuMs / read.cpuMs) * 100;
  const endToEndRatio = summarize.cpuMs / readWrite.cpuMs;
  const steadyShare = (Number(engine.steadyMs) / Number(read.steadyMs)) * 100;
  const browserFirstShare = (Number(browser.engineFirstMs) / Number(browser.readFirstMs)) * 100;
  const browserWarmShare = (Number(browser.engineWarmMs) / Number(browser.readWarmMs)) * 100;
  saved.comparison = { read, readWrite, engine, engineSheets, floor, browser, browserFirstShare, browserWarmShare, summarize, snapshot, engineShare, floorShare, engineSteadyShare: steadyShare, endToEndRatio };
  const step = (name: string, r: Measured): Row => ({
    step: name,
    "wall ms": whole(r.ms),
    "cpu ms": whole(r.cpuMs),
    "cpu ms of each run": Array.isArray(r.cpuRuns) ? r.cpuRuns.map(whole).join(", ") : "",
    "peak RSS MB": r.peakRssMb,
  });
  console.log(
    table(
      `${N.toLocaleString("en-GB")} actions`,
      [
        step("read with ExcelJS alone", read),
        step("read + write with ExcelJS alone", readWrite),
        step("engine alone (analyse + summary plan)", engine),
        step("floor: one bare record per action, nothing else (bench/recordsOnly.ts)", floor),
        step("engine alone, the same actions over 5 sheets and a copy of one kept beside them (left out as a copy)", engineSheets),
        step("summarize end to end, as the command line runs it (streaming door: open, read, analyse, write, save)", summarize),
        step("record snapshot + changes against the previous (engine)", snapshot),
      ],
      ["step", "wall ms", "cpu ms", "cpu ms of each run", "peak RSS MB"],
    ),
  );
  const verdict = (ok: boolean) => (ok ? "met" : "missed");
  console.log(`engine = ${round(engineShare)}% of the read time, each run once in a fresh process, as the command line runs them (target < 5%: ${verdict(engineShare < 5)})`);
  console.log(`  floor: building one bare record per action and nothing else, run the same way, = ${round(floorShare)}% of the read time`);
  console.log(
    `engine run again in the same process once warm (as the task pane runs it on each click) = ${whole(engine.steadyMs)} ms, ${round(steadyShare)}% of ExcelJS reading the file again once warm (${whole(read.steadyMs)} ms) (target < 5%: ${verdict(steadyShare < 5)})`,
  );
  console.log(
    `in Chromium, where the task pane runs the engine (wall time, median of ${browser.firstRuns} first runs each in a browser of its own): ` +
      `engine ${whole(browser.engineFirstMs)} ms = ${round(browserFirstShare)}% of ExcelJS's first read there (${whole(browser.readFirstMs)} ms) (target < 5%: ${verdict(browserFirstShare < 5)}); ` +
      `warm ${whole(browser.engineWarmMs)} ms = ${round(browserWarmShare)}% of ${whole(browser.readWarmMs)} ms (target < 5%: ${verdict(browserWarmShare < 5)})`,
  );
  console.log(`end to end = ${round(endToEndRatio)}× read + write (target ≤ 1.3×: ${verdict(endToEndRatio <= 1.3)})`);
  console.log(
    `snapshot of ${N.toLocaleString("en-GB")} actions recorded in ${whole(snapshot.recordMs)} ms, changes computed in ${whole(snapshot.compareMs)} ms wall, ` +
      `${whole(snapshot.cpuMs)} ms processor (target < 1000 ms: ${verdict(snapshot.cpuMs < 1000)})\n`,
  );
}

// Issue 6: each door at each size.
const engine = sizes.map((n) => measure("engine", n));
const file = sizes.map((n) => measure("summarize", n));
const workbench = sizes.map((n) => measure("summarize-workbench", n));
const excel = sizes.map((n) => measure("excel", n));
const grid = sizes.map((n) => measure("workbench-grid", n));
saved.engine = engine;
saved.fileDoor = file;
saved.workbenchFileDoor = workbench;
saved.excelDoor = excel;
saved.workbenchGrid = grid;

console.log(
  table(
    "Engine: analyse + summary plan",
    engine.map((r) => ({ actions: r.actions, ...times(r), "analyse ms": whole(r.analyseMs), "plan ms": whole(r.planMs) })),
    ["actions", ...TIME_COLUMNS, "analyse ms", "plan ms"],
  ),
);
const fileRows = (runs: Measured[]) =>
  runs.map((r) => ({ actions: r.actions, ...times(r), "open ms": whole(r.openMs), "summary ms": whole(r.summaryMs), "save ms": whole(r.saveMs), "file in": kb(r.inputBytes), "file out": kb(r.outputBytes) }));
const FILE_COLUMNS = ["actions", ...TIME_COLUMNS, "open ms", "summary ms", "save ms", "file in", "file out"];
console.log(table("File door of the command line (streaming): open + generateSummary + save", fileRows(file), FILE_COLUMNS));
console.log(table("File door of the browser workbench (ExcelJS model): open + generateSummary + save", fileRows(workbench), FILE_COLUMNS));
console.log(
  table(
    "Excel door over the Excel stand-in: generateSummary (read, settings, write); times include the stand-in's own work",
    excel.map((r) => ({
      actions: r.actions,
      ...times(r),
      syncs: whole(r.syncs),
      refused: whole(r.refusedSyncs),
      "largest request": kb(r.largestRequestBytes),
      "largest response": kb(r.largestResponseBytes),
      "all requests": kb(r.totalRequestBytes),
      "all responses": kb(r.totalResponseBytes),
    })),
    ["actions", ...TIME_COLUMNS, "syncs", "refused", "largest request", "largest response", "all requests", "all responses"],
  ),
);

console.log(
  table(
    "Workbench page in Chromium: how long the grid keeps the page frozen (ms, from the last idle moment to the frame showing the change)",
    grid.map((r) => ({
      actions: r.actions,
      "workbook opened": whole(r.openMs),
      "after Check ratings": whole(r.checkMs),
      "after Generate RAG summary": whole(r.generateMs),
      "tab: the tracker": whole(r.largeTabMs),
      "tab: Stale Actions": whole(r.staleTabMs),
    })),
    ["actions", "workbook opened", "after Check ratings", "after Generate RAG summary", "tab: the tracker", "tab: Stale Actions"],
  ),
);

if (sizes.length >= 2) {
  const cpu = (runs: Measured[]) => runs.map((r) => ({ actions: r.actions, ms: r.cpuMs }));
  const growth: Growth[] = [
    growthOf("engine", cpu(engine)),
    growthOf("file door, command line (streaming)", cpu(file)),
    growthOf("file door, workbench (ExcelJS)", cpu(workbench)),
    growthOf("Excel door (stand-in)", cpu(excel)),
  ];
  saved.growth = growth;
  console.log(
    table(
      `Growth of processor time from ${growth[0]!.from.toLocaleString("en-GB")} to ${growth[0]!.to.toLocaleString("en-GB")} actions`,
      growth.map((g) => ({ door: g.door, "time ratio": round(g.timeRatio), "size ratio": g.sizeRatio, exponent: g.exponent.toFixed(2), growth: g.verdict })),
      ["door", "time ratio", "size ratio", "exponent", "growth"],
    ),
  );
}

const limit = Number(excel[0]?.payloadLimit ?? 5_000_000);
const largest = Math.max(...excel.map((r) => Math.max(Number(r.largestRequestBytes), Number(r.largestResponseBytes))));
const [first, last] = [excel[0]!, excel.at(-1)!];
const moved = (r: Measured) => Number(r.totalRequestBytes) + Number(r.totalResponseBytes);
console.log(
  `Excel door round trips: ${first.syncs} syncs at ${first.actions.toLocaleString("en-GB")} actions, ${last.syncs} at ${last.actions.toLocaleString("en-GB")} ` +
    `(${first.syncs === last.syncs ? "flat" : `not flat: one sync per ${kb(moved(last) / Number(last.syncs))} moved on average at the largest size`}); ` +
    `largest request or response ${kb(largest)}, ${largest <= limit ? "within" : "OVER"} the ${kb(limit)} limit.`,
);
saved.loadAverage = { min: Math.min(...loads), max: Math.max(...loads), cores: cpus().length };
console.log(`Load average (1 min) while measuring: ${round(Math.min(...loads))} to ${round(Math.max(...loads))} on ${cpus().length} cores.`);

mkdirSync("bench/results", { recursive: true });
const json = `${JSON.stringify(saved, null, 2)}\n`;
writeFileSync("bench/results/latest.json", json);
writeFileSync(`bench/results/bench-${String(saved.measuredAt).replace(/[:.]/g, "-")}.json`, json);
console.log("Saved bench/results/latest.json");

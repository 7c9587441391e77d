/**
 * npm run bench: every measurement in its own process, printed as tables and saved as JSON
 * in bench/results/. Sizes can be narrowed: npm run bench -- 1000 10000
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";

type Row = Record<string, number | string>;

/** What bench/measure.ts prints: time and peak memory, plus figures of its own. */
type Measured = { ms: number; peakRssMb: number } & Record<string, number>;

function measure(what: string, actions: number): Measured {
  const out = execFileSync(process.execPath, ["--import", "tsx", "bench/measure.ts", what, String(actions)], { encoding: "utf8", maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split("\n").at(-1)!) as Measured;
}

function table(title: string, rows: Row[], columns: string[]): string {
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [`${title}`, "", line(columns), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map((r) => line(columns.map((c) => String(r[c] ?? "")))), ""].join("\n");
}

const round = (x: number | string | undefined): number | string => (typeof x === "number" ? Math.round(x * 10) / 10 : (x ?? ""));
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const results: Record<string, Row[]> = {};

// The 20,000-action read/engine/end-to-end comparison.
const N = 20_000;
const read = measure("library-read", N);
const readWrite = measure("library-read-write", N);
const engine = measure("engine", N);
const summarize = measure("summarize", N);
const snapshot = measure("snapshot", N);
results.comparison = [read, readWrite, engine, summarize, snapshot];
const engineShare = (Number(engine.ms) / Number(read.ms)) * 100;
const endToEndRatio = Number(summarize.ms) / Number(readWrite.ms);
console.log(
  table(
    `${N.toLocaleString("en-GB")} actions`,
    [
      { step: "read with ExcelJS alone", ms: round(read.ms), "peak RSS MB": read.peakRssMb },
      { step: "read + write with ExcelJS alone", ms: round(readWrite.ms), "peak RSS MB": readWrite.peakRssMb },
      { step: "engine alone (analyse + summary plan)", ms: round(engine.ms), "peak RSS MB": engine.peakRssMb },
      { step: "summarize end to end (open, read, analyse, write, save)", ms: round(summarize.ms), "peak RSS MB": summarize.peakRssMb },
      { step: "record snapshot + changes against the previous (engine)", ms: round(snapshot.ms), "peak RSS MB": snapshot.peakRssMb },
    ],
    ["step", "ms", "peak RSS MB"],
  ),
);
console.log(`engine = ${round(engineShare)}% of the read time (target < 5%); end to end = ${round(endToEndRatio)}× read + write (target ≤ 1.3×)`);
console.log(`snapshot of ${N} actions recorded in ${round(snapshot.recordMs)} ms, changes computed in ${round(snapshot.compareMs)} ms (target < 1000 ms)\n`);

// Growth with size.
const scale: Row[] = [];
for (const n of sizes.length ? sizes : [1_000, 10_000, 100_000]) {
  for (const what of ["engine", "summarize"]) {
    const r = measure(what, n);
    scale.push({ door: what === "engine" ? "engine" : "file door (summarize)", actions: n, ms: round(r.ms), "peak RSS MB": r.peakRssMb });
  }
}
results.scale = scale;
console.log(table("Growth with size", scale, ["door", "actions", "ms", "peak RSS MB"]));

mkdirSync("bench/results", { recursive: true });
writeFileSync("bench/results/latest.json", `${JSON.stringify({ measuredAt: new Date().toISOString(), ...results, engineShare, endToEndRatio }, null, 2)}\n`);
console.log("Saved bench/results/latest.json");

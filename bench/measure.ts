/**
 * One measurement in a fresh process (so peak memory is its own), printed as one JSON line:
 *   tsx bench/measure.ts <what> <actions>
 * what: library-read | library-read-write | engine | snapshot | summarize
 */
import ExcelJS from "exceljs";
import { performance } from "node:perf_hooks";
import { syntheticSnapshot, syntheticWorkbook } from "./syntheticTracker";
import { analyseWorkbook } from "../src/core/analyse";
import { buildSummaryPlan } from "../src/core/summaryPlan";
import { resolveSheetNames } from "../src/core/sheetNames";
import { settingsSchema } from "../src/core/settings";
import { recordSnapshot } from "../src/core/history/record";
import { compareSnapshots } from "../src/core/history/changes";

const [what, countText] = process.argv.slice(2);
const n = Number(countText);
const settings = settingsSchema.parse({ asOf: "2021-11-01" });

async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function main(): Promise<Record<string, number>> {
  switch (what) {
    case "library-read": {
      const bytes = await syntheticWorkbook(n);
      return { ms: await time(async () => new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer)), bytes: bytes.length };
    }
    case "library-read-write": {
      const bytes = await syntheticWorkbook(n);
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
      const ms = await time(() => buildSummaryPlan(analyseWorkbook(snapshot, settings, "2021-11-01")));
      return { ms };
    }
    case "snapshot": {
      const sheet = syntheticSnapshot(n);
      const first = recordSnapshot(analyseWorkbook({ sheets: [sheet] }, settings, "2021-11-01"), { date: "2021-07-13", recordedAt: "", recordedBy: null });
      // A later report: every tenth rating moved, every seventh response rewritten.
      for (let r = 1; r < sheet.values.length; r++) {
        const row = sheet.values[r]!;
        if (r % 10 === 0) row[9] = "Blue";
        if (r % 7 === 0) row[5] = `Updated response ${r}`;
      }
      const later = analyseWorkbook({ sheets: [sheet] }, settings, "2021-11-01");
      let recordMs = 0;
      let compareMs = 0;
      let second;
      recordMs = await time(() => {
        second = recordSnapshot(later, { date: "2021-11-01", recordedAt: "", recordedBy: null }, first);
      });
      let moves = 0;
      compareMs = await time(() => {
        moves = compareSnapshots(first, second!).moves.length;
      });
      return { recordMs, compareMs, ms: recordMs + compareMs, moves, jsonBytes: JSON.stringify(second).length };
    }
    case "summarize": {
      const bytes = await syntheticWorkbook(n);
      const { XlsxDoor } = await import("../src/xlsx/XlsxDoor");
      const ms = await time(async () => {
        const door = await XlsxDoor.open(bytes, "bench.xlsx");
        const snapshot = await door.read();
        const analysis = analyseWorkbook(snapshot, await door.readSettings(), "2021-11-01");
        await door.applyPlan(resolveSheetNames(buildSummaryPlan(analysis), snapshot));
        await door.save();
      });
      return { ms };
    }
    default:
      throw new Error(`Unknown measurement "${what}".`);
  }
}

const result = await main();
console.log(JSON.stringify({ what, actions: n, ...result, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));

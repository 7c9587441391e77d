/**
 * The engine and ExcelJS in a browser page, as the task pane and the workbench run them: bundled
 * and driven in Chromium by bench/browserRuns.ts. The first call of each in a fresh page is a
 * first run; later calls in the same page run warm.
 */
import ExcelJS from "exceljs";
import { analyseWorkbook } from "../src/core/analyse";
import { buildSummaryPlan } from "../src/core/summaryPlan";
import { settingsSchema } from "../src/core/settings";
import { REPORT_DATE, RUN_DATE, syntheticSnapshot } from "./syntheticRows";

export interface BrowserBench {
  /** Milliseconds to analyse n synthetic actions and plan their summary (the snapshot is built first, untimed). */
  engine(n: number): number;
  /** Milliseconds for ExcelJS to read the workbook, given as base64 (decoded first, untimed). */
  read(workbookBase64: string): Promise<number>;
}

const settings = settingsSchema.parse({ asOf: REPORT_DATE });

const bench: BrowserBench = {
  engine(n) {
    const snapshot = { sheets: [syntheticSnapshot(n)] };
    const start = performance.now();
    buildSummaryPlan(analyseWorkbook(snapshot, settings, RUN_DATE));
    return performance.now() - start;
  },
  async read(workbookBase64) {
    const bytes = Uint8Array.from(atob(workbookBase64), (c) => c.charCodeAt(0));
    const start = performance.now();
    await new ExcelJS.Workbook().xlsx.load(bytes.buffer);
    return performance.now() - start;
  },
};

(globalThis as { ragBench?: BrowserBench }).ragBench = bench;

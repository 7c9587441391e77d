/**
 * The engine against ExcelJS's read in Chromium, where the add-in runs the engine (Excel's task
 * pane is a Chromium-based web view). First runs each get a browser of their own, so no compiled
 * code is carried over from an earlier run; warm runs repeat in one page.
 */
import { build } from "esbuild";
import type { Page } from "playwright-core";
import { launchChromium } from "../test/e2e/chromium";
import type { BrowserBench } from "./browserEngine";
import { median } from "./median";

const FIRST_RUNS = 3;
const WARM_UP_RUNS = { engine: 9, read: 3 };
const WARM_RUNS = { engine: 9, read: 5 };

async function bundle(): Promise<string> {
  const built = await build({ entryPoints: ["bench/browserEngine.ts"], bundle: true, platform: "browser", format: "iife", write: false, logLevel: "warning", define: { global: "globalThis" } });
  return built.outputFiles[0]!.text;
}

async function inFreshPage<T>(script: string, work: (page: Page) => Promise<T>): Promise<T> {
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.setContent("<!doctype html><title>RAG Tracker bench</title>");
    await page.addScriptTag({ content: script });
    return await work(page);
  } finally {
    await browser.close();
  }
}

/** The page's bench; written out in each page function, as those are sent to the page as text and see none of this module. */
type InPage = { ragBench: BrowserBench };

export async function browserFigures(actions: number, workbook: Uint8Array): Promise<Record<string, number>> {
  const script = await bundle();
  const base64 = Buffer.from(workbook).toString("base64");
  const engineFirst: number[] = [];
  const readFirst: number[] = [];
  for (let i = 0; i < FIRST_RUNS; i++) {
    engineFirst.push(await inFreshPage(script, (page) => page.evaluate((n) => (globalThis as unknown as InPage).ragBench.engine(n), actions)));
    readFirst.push(await inFreshPage(script, (page) => page.evaluate((b) => (globalThis as unknown as InPage).ragBench.read(b), base64)));
  }
  const warm = await inFreshPage(script, (page) =>
    page.evaluate(
      async ({ n, b, upEngine, upRead, runsEngine, runsRead }) => {
        const bench = (globalThis as unknown as InPage).ragBench;
        const engine: number[] = [];
        const read: number[] = [];
        for (let i = 0; i < upEngine + runsEngine; i++) engine.push(bench.engine(n));
        for (let i = 0; i < upRead + runsRead; i++) read.push(await bench.read(b));
        return { engine: engine.slice(upEngine), read: read.slice(upRead) };
      },
      { n: actions, b: base64, upEngine: WARM_UP_RUNS.engine, upRead: WARM_UP_RUNS.read, runsEngine: WARM_RUNS.engine, runsRead: WARM_RUNS.read },
    ),
  );
  return {
    firstRuns: FIRST_RUNS,
    ms: median(engineFirst),
    engineFirstMs: median(engineFirst),
    readFirstMs: median(readFirst),
    engineWarmMs: median(warm.engine),
    readWarmMs: median(warm.read),
  };
}

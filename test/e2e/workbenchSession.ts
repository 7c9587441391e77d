/**
 * One end-to-end test file's set-up: the production build (shared by every file of the run),
 * served on a free loopback port, and Chromium with a fresh profile.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll } from "vitest";
import path from "node:path";
import { builtSite, REPO } from "./builtSite";
import type { Browser } from "./chromium";
import { launchChromium } from "./chromium";
import type { StaticServer } from "./staticServer";
import { serveFolder } from "./staticServer";

/** Enough for a cold production build on a busy two-core machine. */
export const SETUP_TIMEOUT = 8 * 60_000;
/** A test that drives the browser through several actions. */
export const STEP_TIMEOUT = 90_000;

export const OUTPUT = path.join(REPO, "test-output");
export const SCREENSHOTS = path.join(OUTPUT, "screenshots");

export interface WorkbenchSession {
  url: string;
  siteDir: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startSession(viewport?: { width: number; height: number }): Promise<WorkbenchSession> {
  const site = await builtSite();
  if (site.buildSeconds > 0) recordFigures({ productionBuildSeconds: Number(site.buildSeconds.toFixed(1)) });
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await serveFolder(site.dir);
    browser = await launchChromium(viewport);
  } catch (error) {
    await server?.close();
    throw error;
  }
  const opened = { server, browser };
  return {
    url: server.url,
    siteDir: site.dir,
    browser,
    close: async () => {
      await opened.browser.close();
      await opened.server.close();
    },
  };
}

/** The session of the test file that calls this: started before its tests, closed after them. */
export function sessionForThisFile(): WorkbenchSession {
  let session: WorkbenchSession | undefined;
  beforeAll(async () => {
    session = await startSession();
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await session?.close();
  });
  const started = (): WorkbenchSession => {
    if (!session) throw new Error("The workbench session has not started.");
    return session;
  };
  return {
    get url() {
      return started().url;
    },
    get siteDir() {
      return started().siteDir;
    },
    get browser() {
      return started().browser;
    },
    close: () => started().close(),
  };
}

/** Adds figures to test-output/e2e-timings.json (each test file writes its own keys) and prints them. */
export function recordFigures(figures: Record<string, number | string>): void {
  mkdirSync(OUTPUT, { recursive: true });
  const file = path.join(OUTPUT, "e2e-timings.json");
  let current: Record<string, unknown> = {};
  try {
    current = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch {
    // No figures yet, or a file from an interrupted run: start again.
  }
  writeFileSync(file, `${JSON.stringify({ ...current, ...figures, updated: new Date().toISOString() }, null, 2)}\n`);
  console.log(`e2e figures: ${JSON.stringify(figures)}`);
}

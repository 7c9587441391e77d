/**
 * The task pane's JavaScript budget: every script taskpane.html loads from the production build,
 * gzipped, stays within 400 KB, so the pane opens quickly in Excel on the web. The ribbon
 * commands' size is recorded beside it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { builtSite } from "./builtSite";
import { SETUP_TIMEOUT, recordFigures } from "./workbenchSession";

const BUDGET_BYTES = 400 * 1024;

let dir: string;

beforeAll(async () => {
  dir = (await builtSite()).dir;
}, SETUP_TIMEOUT);

/** The page's own scripts (office.js comes from Microsoft's host and is not ours to count). */
function localScripts(page: string): string[] {
  const html = readFileSync(path.join(dir, page), "utf8");
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)].map((m) => m[1]!);
  return sources.filter((src) => !/^(https?:)?\/\//i.test(src));
}

function gzippedSize(page: string): { scripts: string[]; raw: number; gzipped: number } {
  const scripts = localScripts(page);
  let raw = 0;
  let gzipped = 0;
  for (const script of scripts) {
    const bytes = readFileSync(path.join(dir, script));
    raw += bytes.length;
    gzipped += gzipSync(bytes, { level: 9 }).length;
  }
  return { scripts, raw, gzipped };
}

const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));

describe("bundle budget", () => {
  it("keeps the task pane's JavaScript within 400 KB gzipped", () => {
    const pane = gzippedSize("taskpane.html");
    const commands = gzippedSize("commands.html");
    const workbench = gzippedSize("index.html");
    recordFigures({
      taskpaneGzipKB: kb(pane.gzipped),
      taskpaneRawKB: kb(pane.raw),
      commandsGzipKB: kb(commands.gzipped),
      commandsRawKB: kb(commands.raw),
      workbenchGzipKB: kb(workbench.gzipped),
    });
    // The pane page loads the shared pane chunk and its own entry; both are counted.
    expect(pane.scripts.length).toBeGreaterThanOrEqual(2);
    expect(pane.scripts.every((s) => s.endsWith(".js"))).toBe(true);
    expect(commands.scripts.length).toBeGreaterThanOrEqual(1);
    expect(pane.gzipped, `taskpane.html loads ${pane.scripts.join(", ")}`).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it("points the built manifest at the development address when no ADDIN_URL is given, and at pages the build made", () => {
    const manifest = readFileSync(path.join(dir, "manifest.xml"), "utf8");
    const pages = [...manifest.matchAll(/https:\/\/localhost:3000\/([\w-]+\.html)/g)].map((m) => m[1]!);
    expect(new Set(pages)).toEqual(new Set(["taskpane.html", "commands.html"]));
    for (const page of pages) expect(localScripts(page).length, page).toBeGreaterThan(0);
  });
});

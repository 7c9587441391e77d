/**
 * The task pane on a webview that cannot run its script (Internet Explorer 11, Edge Legacy: Office
 * 2019 volume-licensed, Office without WebView2 on older Windows) shows one plain sentence instead
 * of a blank pane. The page does it without script (its policy allows none inline): the sentence is
 * shown unless the browser knows a CSS feature every browser that runs the pane has.
 *
 * The page is opened in Chromium as it is, then as each old engine would read its styles: IE11
 * ignores every @supports rule, Edge Legacy finds the feature asked for unsupported.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { launchChromium, type Browser } from "../e2e/chromium";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const PAGE = readFileSync(path.join(repoRoot, "src/taskpane/taskpane.html"), "utf8");
const SENTENCE = "RAG Tracker needs Microsoft 365, Excel 2021 or later, or Excel on the web; this version of Excel runs add-ins in an older browser it cannot use.";

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium({ width: 320, height: 600 });
  page = await browser.context.newPage();
  // Nothing is fetched: office.js and the bundle are not what is tested here.
  await page.route("**/*", (route) => route.abort());
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function shown(html: string): Promise<string> {
  await page.setContent(html, { waitUntil: "domcontentloaded" });
  return (await page.locator("#container").innerText()).replace(/\s+/g, " ").trim();
}

describe("the task pane before its script runs", () => {
  it("the page asks for a feature Edge Legacy lacks and every browser that runs the pane has", () => {
    expect(PAGE).toContain("@supports (accent-color: auto)");
  });

  it("in a browser that can run the pane: 'Loading RAG Tracker…', and no word of old browsers", async () => {
    expect(await shown(PAGE)).toBe("Loading RAG Tracker…");
  });

  it("in Internet Explorer 11, which ignores @supports: the sentence, and no 'Loading'", async () => {
    const ie11 = PAGE.replace(/@supports\s*\([^)]*\)/, "@media not all");
    expect(ie11).not.toBe(PAGE);
    expect(await shown(ie11)).toBe(SENTENCE);
  });

  it("in Edge Legacy, which lacks the feature: the sentence", async () => {
    const edgeLegacy = PAGE.replace("@supports (accent-color: auto)", "@supports (x-feature-edge-legacy-lacks: auto)");
    expect(edgeLegacy).not.toBe(PAGE);
    expect(await shown(edgeLegacy)).toBe(SENTENCE);
  });

  it("the sentence is part of the container the pane replaces when it starts", async () => {
    await page.setContent(PAGE, { waitUntil: "domcontentloaded" });
    await page.evaluate(() => document.getElementById("container")!.replaceChildren(Object.assign(document.createElement("p"), { textContent: "Pane" })));
    expect(await page.locator("body").innerText()).not.toContain("older browser");
  });
});

/**
 * Driving the workbench in Chromium as a person would: the pane's buttons and outcome, the grid's
 * tabs and cells, opening, dropping and downloading workbooks. Every page also records its
 * console errors and failed requests, so a test can insist there were none (a blocked script or
 * a policy violation shows up there first).
 */
import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { expect } from "vitest";

export interface WorkbenchPage {
  page: Page;
  /** Console errors, uncaught exceptions and failed requests seen so far. */
  problems: string[];
  /** Milliseconds from navigation start until the pane showed the sample's overview. */
  readyAt: number;
}

/** The summary line the pane's overview shows once a workbook has been read. */
export const OVERVIEW_LINE = /\d+ actions? in \d+ reviews?;/;

/**
 * Notes, in the page itself, the moment the pane becomes usable with a workbook read: the
 * overview line is shown and the action buttons are no longer held back by a running task.
 */
const READY_PROBE = `(() => {
  const usable = () => {
    const pane = document.querySelector('[aria-label="RAG Tracker task pane"]');
    if (!pane || !/\\d+ actions? in \\d+ reviews?;/.test(pane.textContent || "")) return false;
    const generate = [...pane.querySelectorAll("button")].find((b) => b.textContent === "Generate RAG summary");
    return Boolean(generate) && generate.getAttribute("aria-disabled") !== "true";
  };
  const observer = new MutationObserver(() => {
    if (window.__ragReadyAt === undefined && usable()) {
      window.__ragReadyAt = performance.now();
      observer.disconnect();
    }
  });
  document.addEventListener("DOMContentLoaded", () => observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true }));
})();`;

export async function openWorkbench(context: BrowserContext, url: string): Promise<WorkbenchPage> {
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => {
    // A download's blob: address is released once the browser has the file.
    if (!r.url().startsWith("blob:")) problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ""}`);
  });
  await page.addInitScript(READY_PROBE);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __ragReadyAt?: number }).__ragReadyAt !== undefined, undefined, { timeout: 20_000 });
  const readyAt = await page.evaluate(() => (window as unknown as { __ragReadyAt: number }).__ragReadyAt);
  return { page, problems, readyAt };
}

export function pane(page: Page): Locator {
  return page.getByRole("region", { name: "RAG Tracker task pane" });
}

function paneStatus(page: Page): Locator {
  return pane(page).getByRole("status").first();
}

/** What the pane's status area says now (the last outcome, or nothing). */
export async function currentOutcome(page: Page): Promise<string> {
  return ((await paneStatus(page).textContent()) ?? "").trim();
}

/**
 * Waits for the task just started to finish and returns its outcome; `before` is what the status
 * said before the task started (each test step is chosen so that its outcome says something new).
 * A one-sentence error from the pane fails the step with that sentence.
 */
export async function outcomeAfter(page: Page, before: string): Promise<string> {
  const status = paneStatus(page);
  const alert = pane(page).getByRole("alert").first();
  await expect
    .poll(
      async () => {
        if (((await alert.textContent()) ?? "").trim() !== "") return "error";
        if ((await status.getByRole("progressbar").count()) > 0) return "running";
        const now = await currentOutcome(page);
        return now !== "" && now !== before ? "done" : "waiting";
      },
      { timeout: 20_000 },
    )
    .toMatch(/^(done|error)$/);
  const error = ((await alert.textContent()) ?? "").trim();
  if (error) throw new Error(`The pane reported an error: ${error}`);
  return currentOutcome(page);
}

/** Clicks a pane button and returns the outcome it reports. */
export async function runAction(page: Page, label: string): Promise<string> {
  const before = await currentOutcome(page);
  await pane(page).getByRole("button", { name: label, exact: true }).click();
  return outcomeAfter(page, before);
}

export function gridRegion(page: Page): Locator {
  return page.locator('[role="region"][data-sheet]');
}

export function gridCell(page: Page, address: string): Locator {
  return gridRegion(page).locator(`td[data-cell="${address}"]`);
}

export async function showSheet(page: Page, name: string): Promise<void> {
  await page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name, exact: true }).click();
  await expect.poll(() => gridRegion(page).getAttribute("data-sheet")).toBe(name);
}

export async function sheetTabs(page: Page): Promise<string[]> {
  // A Fluent tab holds its label twice (a hidden bold copy keeps its width steady), so read the sheet's name from the tab itself.
  return page.getByRole("tablist", { name: "Sheets" }).getByRole("tab").evaluateAll((tabs) => tabs.map((t) => t.getAttribute("data-sheet-tab") ?? ""));
}

/** The cell's background as the browser paints it, as "#RRGGBB" (null when transparent). */
export async function cellFill(page: Page, address: string): Promise<string | null> {
  return gridCell(page, address).evaluate((el) => {
    const m = /rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)/.exec(getComputedStyle(el).backgroundColor);
    if (!m || m[4] === "0") return null;
    return `#${[m[1], m[2], m[3]].map((n) => Number(n).toString(16).padStart(2, "0").toUpperCase()).join("")}`;
  });
}

export function downloadButton(page: Page): Locator {
  return page.getByRole("button", { name: "Download result (.xlsx)" });
}

/** Clicks the download button and returns the file's name and bytes. */
export async function downloadResult(page: Page): Promise<{ name: string; bytes: Uint8Array }> {
  const [download] = await Promise.all([page.waitForEvent("download"), downloadButton(page).click()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: download.suggestedFilename(), bytes: new Uint8Array(Buffer.concat(chunks)) };
}

/** Drops a file on the page the way a desktop drag does: dragenter, dragover and drop with the file in the data. */
export function dropFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  return dropFiles(page, [{ name, bytes }]);
}

export async function dropFiles(page: Page, files: { name: string; bytes: Uint8Array }[]): Promise<void> {
  const data = await page.evaluateHandle(
    (files) => {
      const transfer = new DataTransfer();
      for (const { name, content } of files) {
        transfer.items.add(new File([new Uint8Array(content)], name, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
      }
      return transfer;
    },
    files.map(({ name, bytes }) => ({ name, content: [...bytes] })),
  );
  const target = page.locator("[data-ready]");
  for (const type of ["dragenter", "dragover", "drop"]) await target.dispatchEvent(type, { dataTransfer: data });
  await data.dispose();
}

export async function pickFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const choosing = page.waitForEvent("filechooser", { timeout: 30_000 });
  await page.getByRole("button", { name: "Open workbook…" }).click();
  const chooser = await choosing;
  await chooser.setFiles({ name, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(bytes) });
}

/**
 * Holds back every file the page reads until the returned function is called, so the moment a
 * workbook is opening can be looked at for as long as a test needs (a real one lasts ~2 s).
 */
export async function holdFileReads(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(() => {
    const read = Blob.prototype.arrayBuffer;
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    Blob.prototype.arrayBuffer = async function (this: Blob) {
      await released;
      return read.call(this);
    };
    (window as unknown as { __releaseFileReads: () => void }).__releaseFileReads = () => {
      Blob.prototype.arrayBuffer = read;
      release();
    };
  });
  return () => page.evaluate(() => (window as unknown as { __releaseFileReads: () => void }).__releaseFileReads());
}

/** The text of the element that has keyboard focus. */
export function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
}

/**
 * Fluent UI's focus manager (tabster) puts focusable, aria-hidden "dummy" elements at the edges of
 * focus groups; each only passes focus straight on. axe reports them under aria-hidden-focus, a
 * known false positive (microsoft/tabster#288) that Microsoft's own accessibility scanners leave out
 * the same way: by that rule and that attribute only.
 */
function isTabsterDummy(rule: string, html: string): boolean {
  return rule === "aria-hidden-focus" && /^<i\b[^>]*\bdata-tabster-dummy\b/.test(html);
}

/** WCAG 2.2 AA violations axe finds on the page as it is now, each as "rule: target (summary)", so a failure says what to fix. */
export async function axeViolations(page: Page): Promise<string[]> {
  // A dialog fades in: colours read mid-transition are neither the start's nor the end's (a spinner's endless animation aside).
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getTiming().iterations === Infinity));
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return result.violations.flatMap((v) =>
    v.nodes.filter((n) => !isTabsterDummy(v.id, n.html)).map((n) => `${v.id}: ${n.target.join(" ")} (${n.failureSummary?.split("\n").slice(1).join(" ").trim() ?? v.help})`),
  );
}

/** Where the focused control is: in the window, and not under something else drawn over it. */
export function focusSeen(page: Page): Promise<{ name: string; inWindow: boolean; coveredBy: string | null }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const box = el.getBoundingClientRect();
    // Within a pixel: the browser's own scroll to a focused control can leave it flush with the window's edge, at a fraction of a pixel.
    const inWindow = box.top >= -1 && box.bottom <= window.innerHeight + 1 && box.left >= -1 && box.right <= window.innerWidth + 1;
    const x = Math.min(Math.max(box.left + Math.min(8, box.width / 2), 0), window.innerWidth - 1);
    const y = Math.min(Math.max(box.top + box.height / 2, 0), window.innerHeight - 1);
    const top = document.elementFromPoint(x, y);
    const coveredBy = top && !el.contains(top) && !top.contains(el) ? top.tagName + "." + String(top.className).slice(0, 40) : null;
    return { name: (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 60), inWindow, coveredBy };
  });
}

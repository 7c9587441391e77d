/**
 * How long the workbench page stays frozen while its grid catches up, in Chromium on the
 * production build: after the workbook opens, after a job that changes the sheet on show (Check
 * ratings), after one that writes new sheets (Generate RAG summary, which turns the grid to the
 * summary), and when a tab is clicked (the large tracker, then the long stale-action list).
 *
 * Each figure runs from the page's last idle moment before the grid showed the change to the first
 * frame drawn with it. The idle moments are found by a message passed round in the page from just
 * before each step to its end: it runs between any two of the page's tasks, so the last time it ran
 * before the change appeared is when the task that drew it began.
 */
import type { Page } from "playwright-core";
import { builtSite } from "../test/e2e/builtSite";
import { launchChromium } from "../test/e2e/chromium";
import { serveFolder } from "../test/e2e/staticServer";

/** What the in-page probe waits for: a sheet on show in the grid, a new outcome in the pane, or both. */
interface Awaited {
  sheet?: string;
  outcomeAfter?: string;
}

/** Set in the page by PROBE. */
type Probe = { ragGridProbe: { start(awaited: Awaited): void; result(): Promise<number> } };

/**
 * Sent to the page as text, so it sees nothing of this module. start() begins passing the message
 * round and watching the page; result() resolves, once the awaited change has been drawn, with the
 * milliseconds from the last idle moment before it to the frame that shows it.
 */
const PROBE = `(() => {
  const paneStatus = () => document.querySelector('[aria-label="RAG Tracker task pane"] [role="status"]');
  const shown = (awaited) => {
    const region = document.querySelector('[role="region"][data-sheet]');
    if (awaited.sheet !== undefined && region?.getAttribute("data-sheet") !== awaited.sheet) return false;
    if (awaited.outcomeAfter === undefined) return true;
    const status = paneStatus();
    if (!status || status.querySelector('[role="progressbar"]')) return false;
    const text = (status.textContent || "").trim();
    return text !== "" && text !== awaited.outcomeAfter;
  };
  let done;
  window.ragGridProbe = {
    start(awaited) {
      let lastIdle = performance.now();
      let watching = true;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        lastIdle = performance.now();
        if (watching) channel.port2.postMessage(0);
      };
      channel.port2.postMessage(0);
      done = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (!shown(awaited)) return;
          observer.disconnect();
          const began = lastIdle;
          // The frame after the change, once drawn: its style and layout count as part of the refresh.
          requestAnimationFrame(() => setTimeout(() => {
            watching = false;
            resolve(performance.now() - began);
          }, 0));
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      });
    },
    result: () => done,
  };
})();`;

const paneOutcome = (page: Page) => page.locator('[aria-label="RAG Tracker task pane"] [role="status"]').first().innerText();

/** Starts the probe, does the step, and gives the probe's figure. */
async function frozenMs(page: Page, awaited: Awaited, step: () => Promise<void>): Promise<number> {
  await page.evaluate((a) => (globalThis as unknown as Probe).ragGridProbe.start(a), awaited);
  await step();
  return page.evaluate(() => (globalThis as unknown as Probe).ragGridProbe.result());
}

async function clickPaneButton(page: Page, name: string): Promise<void> {
  await page.getByRole("region", { name: "RAG Tracker task pane" }).getByRole("button", { name, exact: true }).click();
}

async function clickTab(page: Page, name: string): Promise<void> {
  await page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name, exact: true }).click();
}

/** Waits until the pane has read the workbook and its actions may be clicked. */
async function paneReady(page: Page, timeout: number): Promise<void> {
  await page.waitForFunction(
    () => {
      const pane = document.querySelector('[aria-label="RAG Tracker task pane"]');
      const generate = [...(pane?.querySelectorAll("button") ?? [])].find((b) => b.textContent === "Generate RAG summary");
      return /\d[\d,]* actions? in \d+ reviews?;/.test(pane?.textContent ?? "") && generate !== undefined && generate.getAttribute("aria-disabled") !== "true";
    },
    undefined,
    { timeout },
  );
}

export async function workbenchGridFigures(actions: number, workbook: Uint8Array): Promise<Record<string, number>> {
  // Generous: at 100,000 actions, opening and each job take seconds, and the grid before this change as long again.
  const timeout = Math.max(60_000, actions * 2);
  const site = await builtSite();
  const server = await serveFolder(site.dir);
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    page.setDefaultTimeout(timeout);
    await page.addInitScript(PROBE);
    await page.goto(server.url);
    await paneReady(page, timeout);

    const name = "bench.xlsx";
    const openMs = await frozenMs(page, { sheet: "Actions" }, () =>
      page.locator('input[type="file"]').setInputFiles({ name, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(workbook) }),
    );
    await page.getByText(`Workbook: ${name}`).waitFor();
    await paneReady(page, timeout);

    let before = await paneOutcome(page);
    const checkMs = await frozenMs(page, { outcomeAfter: before }, () => clickPaneButton(page, "Check ratings"));
    await paneReady(page, timeout);

    before = await paneOutcome(page);
    const generateMs = await frozenMs(page, { sheet: "RAG Summary", outcomeAfter: before }, () => clickPaneButton(page, "Generate RAG summary"));
    await paneReady(page, timeout);

    const largeTabMs = await frozenMs(page, { sheet: "Actions" }, () => clickTab(page, "Actions"));
    const staleTabMs = await frozenMs(page, { sheet: "Stale Actions" }, () => clickTab(page, "Stale Actions"));
    return { ms: checkMs + generateMs, openMs, checkMs, generateMs, largeTabMs, staleTabMs };
  } finally {
    await browser.close();
    await server.close();
  }
}

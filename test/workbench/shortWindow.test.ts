/**
 * The workbench in Chromium at 200% zoom of a 1400×900 screen (700×450 CSS px): once the keyboard
 * is in the pane, the bar and its hint have scrolled away, the pane has the window's height beside
 * the grid, and no focused control is out of the window or under anything drawn over it. The Actions
 * outcome pinned at the pane's foot keeps to its first line there, scrolling for the rest.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { STEP_TIMEOUT, sessionForThisFile } from "../e2e/workbenchSession";
import { axeViolations, focusSeen, openWorkbench, pane, runAction } from "../e2e/workbenchPage";

const session = sessionForThisFile();

/** The share of the window's height the pane shows. */
function paneShare(page: Page): Promise<number> {
  return pane(page).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return (Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0)) / window.innerHeight;
  });
}

describe("the workbench at 200% zoom", () => {
  it(
    "scrolls the bar away once the keyboard is in the pane, so the pane has most of the window, and never hides the focused control",
    async () => {
      const { page, problems } = await openWorkbench(session.browser.context, session.url);
      await page.setViewportSize({ width: 700, height: 450 });
      for (let i = 0; i < 6; i++) await page.keyboard.press("Tab");
      const hidden: string[] = [];
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press("Tab");
        // After the browser's scroll, and the pane's own past its pinned outcome.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const seen = await focusSeen(page);
        if (seen.name !== "" && (!seen.inWindow || seen.coveredBy)) hidden.push(JSON.stringify(seen));
        if (seen.name === "Fix ratings") {
          // The bar, its two buttons and hint, have scrolled away: the pane has the window's height (35% before).
          expect(await paneShare(page)).toBeGreaterThan(0.9);
          expect(await page.getByRole("heading", { name: "RAG Tracker workbench" }).evaluate((h) => h.getBoundingClientRect().bottom)).toBeLessThanOrEqual(0);
          // The grid stays beside the pane, in the window.
          expect(await page.locator('[role="region"][data-sheet]').evaluate((g) => g.getBoundingClientRect().top >= 0 && g.getBoundingClientRect().top < window.innerHeight)).toBe(true);
        }
      }
      expect(hidden).toEqual([]);
      // Shift+Tab back to the bar's buttons brings them into view again.
      await page.getByRole("button", { name: "Download result (.xlsx)" }).focus();
      expect((await focusSeen(page)).inWindow).toBe(true);
      expect(problems).toEqual([]);
      await page.close();
    },
    STEP_TIMEOUT,
  );

  it(
    "keeps the Actions outcome pinned at the pane's foot to its first line, its full text reached by scrolling it, so the pane has most of the window",
    async () => {
      const { page, problems } = await openWorkbench(session.browser.context, session.url);
      await page.setViewportSize({ width: 700, height: 450 });
      const generate = pane(page).getByRole("button", { name: "Generate RAG summary", exact: true });
      await generate.scrollIntoViewIfNeeded();
      await runAction(page, "Generate RAG summary");
      const outcome = pane(page).locator('[role="group"][aria-label="Outcome of the last action"]');
      await expect.poll(() => outcome.count()).toBe(1);
      // Pinned whole it took 138 of the window's 450 px (31%): now a one-line message's height, and the pane above it the rest.
      const box = await outcome.evaluate((el) => ({ share: el.getBoundingClientRect().height / window.innerHeight, scrolls: el.scrollHeight > el.clientHeight, tabIndex: el.tabIndex }));
      expect(box.share).toBeLessThanOrEqual(0.13);
      expect(box).toMatchObject({ scrolls: true, tabIndex: 0 });
      expect(await outcome.textContent()).toContain("Wrote “RAG Summary” and “Stale Actions”.");
      // A box that scrolls takes focus, and is named: no WCAG 2.2 AA violation.
      expect(await axeViolations(page)).toEqual([]);
      // The keyboard scrolls it to its last line, which then shows inside it.
      await outcome.focus();
      await page.keyboard.press("End");
      await expect
        .poll(() =>
          outcome.evaluate((el) => {
            const last = [...el.querySelectorAll("*")].filter((e) => (e.textContent ?? "").includes("Wrote “RAG Summary”")).at(-1)!;
            const range = document.createRange();
            range.selectNodeContents(last);
            const rects = [...range.getClientRects()];
            const end = rects.at(-1)!;
            const b = el.getBoundingClientRect();
            return end.top >= b.top - 1 && end.bottom <= b.bottom + 1;
          }),
        )
        .toBe(true);
      // A short outcome is no tab stop: it shows whole.
      await runAction(page, "Check ratings");
      await expect.poll(() => outcome.count()).toBe(0);

      // In a taller window the outcome shows whole, as before.
      await page.setViewportSize({ width: 1366, height: 900 });
      await generate.scrollIntoViewIfNeeded();
      await runAction(page, "Generate RAG summary");
      const whole = pane(page).locator('[role="status"]').first();
      expect(await whole.evaluate((el) => el.parentElement!.scrollHeight <= el.parentElement!.clientHeight + 1)).toBe(true);
      expect(await outcome.count()).toBe(0);
      expect(problems).toEqual([]);
      await page.close();
    },
    STEP_TIMEOUT,
  );
});

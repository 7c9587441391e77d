/**
 * The workbench in Chromium at 200% zoom of a 1400×900 screen (700×450 CSS px): once the keyboard
 * is in the pane, the bar and its hint have scrolled away, the pane has the window's height beside
 * the grid, and no focused control is out of the window or under anything drawn over it.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { STEP_TIMEOUT, sessionForThisFile } from "../e2e/workbenchSession";
import { focusSeen, openWorkbench, pane } from "../e2e/workbenchPage";

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
});

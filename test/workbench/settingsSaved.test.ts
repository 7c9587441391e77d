/**
 * Save settings' confirmation, in Chromium: it appears under the button, which Tab leaves at the
 * pane's foot, so it is scrolled into view there, focus staying on the button.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { STEP_TIMEOUT, sessionForThisFile } from "../e2e/workbenchSession";
import { openWorkbench, pane } from "../e2e/workbenchPage";

const session = sessionForThisFile();

/** Where the focused control is: in the window, and not under something else drawn over it. */
function focusSeen(page: Page): Promise<{ name: string; inWindow: boolean; coveredBy: string | null }> {
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

describe("Save settings' confirmation", () => {
  it(
    "is scrolled into view under the button, focus staying on the button",
    async () => {
      const { page, problems } = await openWorkbench(session.browser.context, session.url);
      const save = pane(page).getByRole("button", { name: "Save settings" });
      // The button at the foot of the pane, as Tab leaves it after the report date field.
      await save.evaluate((b) => {
        b.scrollIntoView({ block: "end" });
        (b as HTMLElement).focus({ preventScroll: true });
      });
      await page.keyboard.press("Enter");
      const saved = pane(page).locator("[data-intent]").filter({ hasText: /^Settings saved\./ });
      await expect.poll(() => saved.count()).toBe(1);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const inPane = await saved.evaluate((message) => {
        const scroller = document.querySelector('[aria-label="RAG Tracker task pane"]')!.getBoundingClientRect();
        const box = message.getBoundingClientRect();
        return box.top >= scroller.top && box.bottom <= Math.min(scroller.bottom, window.innerHeight);
      });
      expect(inPane, "the confirmation in the pane's visible part").toBe(true);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Save settings");
      expect((await focusSeen(page)).inWindow, "the button still in view").toBe(true);
      expect(problems).toEqual([]);
      await page.close();
    },
    STEP_TIMEOUT,
  );
});

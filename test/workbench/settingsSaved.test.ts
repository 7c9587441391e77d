/**
 * Save settings' confirmation, in Chromium: it appears under the button, which Tab leaves at the
 * pane's foot, so it is scrolled into view there, focus staying on the button.
 */
import { describe, expect, it } from "vitest";
import { STEP_TIMEOUT, sessionForThisFile } from "../e2e/workbenchSession";
import { focusSeen, openWorkbench, pane } from "../e2e/workbenchPage";

const session = sessionForThisFile();

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

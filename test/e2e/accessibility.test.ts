/**
 * WCAG 2.2 AA in Chromium (axe-core): the workbench and its pane at a task pane's 320 px and at
 * desktop width, both as opened and after the actions have filled in their messages, highlights,
 * change list and summary sheet. Screenshots of both widths are saved for a person to look at.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { SCREENSHOTS, STEP_TIMEOUT, sessionForThisFile } from "./workbenchSession";
import { axeViolations, openWorkbench, pane, runAction } from "./workbenchPage";

const WIDTHS = [
  { name: "320", viewport: { width: 320, height: 800 } },
  { name: "desktop", viewport: { width: 1366, height: 900 } },
];

const session = sessionForThisFile();

beforeAll(() => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

/** Whether the element's middle is on screen and not covered: what a sighted user can see. */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((css) => {
    const el = document.querySelector(css);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    if (r.height === 0) return false;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 20));
    return hit !== null && el.contains(hit);
  }, selector);
}

describe("accessibility of the workbench and its pane", () => {
  it(
    "shows each outcome where the user is: the Actions status stays in view, the settings' beside Save",
    async () => {
      const { page } = await openWorkbench(session.browser.context, session.url);
      // A task pane's height: the Actions section is taller than this.
      await page.setViewportSize({ width: 1366, height: 560 });
      const generate = pane(page).getByRole("button", { name: "Generate RAG summary", exact: true });
      await generate.scrollIntoViewIfNeeded();
      await runAction(page, "Generate RAG summary");
      expect(await inView(page, '[aria-label="RAG Tracker task pane"] [role="status"]'), "the outcome of Generate").toBe(true);
      expect(await generate.isVisible()).toBe(true);

      const save = pane(page).getByRole("button", { name: "Save settings" });
      await save.scrollIntoViewIfNeeded();
      await save.click();
      const saved = pane(page).getByRole("region", { name: "Settings" }).getByText("Settings saved.");
      await saved.waitFor({ timeout: 30_000 });
      expect(await saved.isVisible()).toBe(true);
      expect(await page.evaluate(() => (document.activeElement?.textContent ?? "").trim())).toBe("Save settings");
      await page.close();
    },
    STEP_TIMEOUT,
  );

  it(
    "has one h1, the workbench's, and one main landmark, not inside another",
    async () => {
      const { page } = await openWorkbench(session.browser.context, session.url);
      expect(await page.locator("h1").allTextContents()).toEqual(["RAG Tracker workbench"]);
      expect(await pane(page).getByRole("heading", { name: "RAG Tracker", exact: true }).evaluate((h) => h.tagName)).toBe("H2");
      // Best-practice rules, outside the WCAG tags axeViolations runs: they say how the page's parts are named and nested.
      const structure = await new AxeBuilder({ page })
        .withRules(["page-has-heading-one", "heading-order", "landmark-one-main", "landmark-no-duplicate-main", "landmark-main-is-top-level", "landmark-unique"])
        .analyze();
      expect(structure.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`))).toEqual([]);
      await page.close();
    },
    STEP_TIMEOUT,
  );

  it(
    "reflows at 200% zoom of a narrow pane (175 CSS px): no control sticks out sideways",
    async () => {
      const { page } = await openWorkbench(session.browser.context, session.url);
      await page.setViewportSize({ width: 175, height: 700 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.close();
    },
    STEP_TIMEOUT,
  );

  for (const { name, viewport } of WIDTHS) {
    it(
      `has no WCAG 2.2 AA violations at ${name === "320" ? "320 px" : "desktop width"}, as opened and after the actions`,
      async () => {
        const { page } = await openWorkbench(session.browser.context, session.url);
        await page.setViewportSize(viewport);
        expect(await axeViolations(page), "as opened").toEqual([]);

        // Nothing scrolls sideways at 320 px except the grid itself (WCAG 1.4.10 reflow).
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);

        await runAction(page, "Check ratings");
        await runAction(page, "Fix ratings");
        await runAction(page, "Highlight stale & overdue");
        await runAction(page, "Colour ratings & add drop-down");
        expect(await axeViolations(page), "after highlighting and fixing").toEqual([]);
        await runAction(page, "Generate RAG summary");
        expect(await axeViolations(page), "with the summary sheet shown").toEqual([]);

        if (name === "320") {
          await pane(page).screenshot({ path: path.join(SCREENSHOTS, "pane-320.png") });
          // The page as it opens at this width: the workbench's bar, then the pane stacked above the grid.
          await page.evaluate(() => window.scrollTo(0, 0));
          await page.screenshot({ path: path.join(SCREENSHOTS, "workbench-320.png") });
        } else {
          await page.screenshot({ path: path.join(SCREENSHOTS, "workbench-desktop.png") });
          await pane(page).screenshot({ path: path.join(SCREENSHOTS, "pane-desktop.png") });
        }
        await page.close();
      },
      STEP_TIMEOUT,
    );
  }
});

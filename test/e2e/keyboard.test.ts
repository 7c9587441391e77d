/**
 * Every action of the workbench with the keyboard alone: Tab to move, Enter or Space to press.
 * Opening a workbook, each pane button, a link that selects a cell, and the download.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { workbookBytes } from "../helpers/workbooks";
import { STEP_TIMEOUT, sessionForThisFile } from "./workbenchSession";
import { currentOutcome, gridCell, gridRegion, openWorkbench, outcomeAfter, pane, runAction } from "./workbenchPage";

const session = sessionForThisFile();

/** Presses Tab until the focused control is the one named; fails if Tab never gets there. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let presses = 0; presses < 250; presses++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? (el.getAttribute("aria-label") ?? el.textContent ?? "").trim() : "";
    });
    if (focused === name) return;
  }
  throw new Error(`Tab never reached "${name}".`);
}

/** Tabs to a pane button, presses it with the key given, and returns the outcome. */
async function pressAction(page: Page, name: string, key: "Enter" | "Space"): Promise<string> {
  await tabTo(page, name);
  const before = await currentOutcome(page);
  await page.keyboard.press(key);
  return outcomeAfter(page, before);
}

describe("the workbench with the keyboard only", () => {
  it(
    "opens a workbook, runs every action, selects a changed cell and downloads the result",
    async () => {
      const { page, problems } = await openWorkbench(session.browser.context, session.url);
      const plan = await workbookBytes({
        "Action Plan": [
          ["Review", "No", "Specific actions", "Time scale", "RAG"],
          ["Peer review", 1, "Refresh the escalation policy", "31/01/2020", "amber"],
          ["Peer review", 2, "Train new chairs", "31/01/2020", "g"],
          ["Peer review", 3, "Publish the annual report", "December 2019", "TBC"],
          ["Peer review", 4, "Agree the budget", "December 2019", "Blue"],
        ],
      });

      // Listening for the file chooser from the start, so Playwright intercepts it before any key is pressed.
      const choosing = page.waitForEvent("filechooser", { timeout: 30_000 });
      await tabTo(page, "Open workbook…");
      await page.keyboard.press("Enter");
      const chooser = await choosing;
      await chooser.setFiles({ name: "keyboard plan.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(plan) });
      await expect.poll(() => pane(page).textContent()).toMatch(/Workbook: keyboard plan\.xlsx/);
      await expect.poll(() => pane(page).textContent()).toMatch(/4 actions in 1 review; 1 invalid rating/);

      expect(await pressAction(page, "Check ratings", "Enter")).toBe("Highlighted 1 invalid rating.");
      expect(await pressAction(page, "Fix ratings", "Space")).toContain("Changed 2 ratings: row 2 from ‘amber’ (in small letters) to ‘Amber’ (with a capital) and row 3 from the letter ‘g’ to ‘Green’; 1 invalid rating (row 4 ‘TBC’");
      expect((await gridCell(page, "E3").textContent())?.trim()).toBe("Green");
      await tabTo(page, "Action Plan row 3 from the letter ‘g’ to ‘Green’");
      await page.keyboard.press("Enter");
      await expect.poll(() => gridCell(page, "E3").getAttribute("aria-current")).toBe("location");

      expect(await pressAction(page, "Highlight stale & overdue", "Enter")).toBe("Highlighted 3 overdue actions (pink, bold).");
      expect(await pressAction(page, "Colour ratings & add drop-down", "Space")).toContain("Coloured the rating column on 1 sheet");
      expect(await pressAction(page, "Clear rating checks", "Enter")).toBe("Removed the rating check's highlights.");
      expect(await pressAction(page, "Clear stale & overdue highlights", "Space")).toBe("Removed the stale and overdue highlights.");
      expect(await pressAction(page, "Clear colours & drop-down", "Enter")).toBe("Removed the rating colours and drop-down lists.");
      expect(await pressAction(page, "Generate RAG summary", "Space")).toContain("Wrote “RAG Summary” and “Stale Actions”.");
      await expect.poll(() => gridRegion(page).getAttribute("data-sheet")).toBe("RAG Summary");
      expect(await pressAction(page, "Refresh overview", "Enter")).toMatch(/^4 actions in 1 review; 1 invalid rating/);

      await tabTo(page, "Download result (.xlsx)");
      const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Space")]);
      expect(download.suggestedFilename()).toBe("keyboard plan (RAG Tracker).xlsx");
      const chunks: Buffer[] = [];
      for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
      const saved = await (await XlsxDoor.open(new Uint8Array(Buffer.concat(chunks)), "keyboard plan (RAG Tracker).xlsx")).read();
      expect(saved.sheets.map((s) => s.name)).toEqual(["Action Plan", "RAG Summary", "Stale Actions"]);
      expect(saved.sheets[0]!.values.map((row) => row[4])).toEqual(["RAG", "Amber", "Green", "TBC", "Blue"]);
      expect(problems).toEqual([]);
      await page.close();
    },
    STEP_TIMEOUT,
  );

  it(
    "in a narrow or zoomed window, where the grid sits below the pane, takes focus to the cell a link shows (the cell, not the grid), and Escape back to the link",
    async () => {
      const { page, problems } = await openWorkbench(session.browser.context, session.url);
      const inView = () =>
        page.evaluate(() => {
          const box = document.activeElement!.getBoundingClientRect();
          return box.bottom > 0 && box.top < window.innerHeight;
        });
      const DELIVERY = "Delivery Plan 2019-20";
      const link = `${DELIVERY} row 11 from ‘blue ’ (with a space after it) to the letter ‘B’`;
      // The Excel task pane's width; 200% zoom of a laptop screen lays the page out the same way.
      await page.setViewportSize({ width: 350, height: 800 });
      expect(await pressAction(page, "Fix ratings", "Enter")).toContain(`Changed 1 rating: ${link}`);
      await tabTo(page, link);
      await page.keyboard.press("Enter");
      await expect.poll(() => gridCell(page, "G11").getAttribute("aria-current")).toBe("location");
      // The cell itself, not the grid around it: a screen reader says the cell, its headers and what it holds.
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-cell"))).toBe("G11");
      expect(await inView(), "the cell, holding focus, in view").toBe(true);
      await page.keyboard.press("Escape");
      await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute("aria-label") ?? document.activeElement?.textContent?.trim())).toBe(link);
      expect(await inView(), "the link, back in view").toBe(true);

      // Beside the pane the cell shows with the link still in view: focus stays on the link, as in Excel.
      await page.setViewportSize({ width: 1400, height: 800 });
      await page.evaluate(() => (document.activeElement as HTMLElement).scrollIntoView({ block: "center" }));
      expect(await inView(), "the link, in view beside the grid").toBe(true);
      await page.keyboard.press("Enter");
      await expect.poll(() => gridCell(page, "G11").getAttribute("aria-current")).toBe("location");
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute("aria-label") ?? document.activeElement?.textContent?.trim())).toBe(link);
      expect(problems).toEqual([]);
      await page.close();
    },
    STEP_TIMEOUT,
  );

  it(
    "at 1366×900 keeps the page still (only the pane and the grid scroll), and Ctrl+End and Ctrl+Home show the grid's last and first cell, as in Excel",
    async () => {
      const { page, problems } = await openWorkbench(session.browser.context, session.url);
      await page.setViewportSize({ width: 1366, height: 900 });
      // The sample's findings fill the pane with messages far below its foot: the pane scrolls, the page does not.
      await runAction(page, "Check ratings");
      const pageHeight = () => page.evaluate(() => ({ tall: document.documentElement.scrollHeight, window: window.innerHeight }));
      const { tall, window: windowHeight } = await pageHeight();
      expect(tall, "the page's height").toBeLessThanOrEqual(windowHeight);

      await tabTo(page, "Sheet Peer Review, read only");
      const where = () =>
        page.evaluate(() => {
          const grid = document.querySelector<HTMLElement>('[role="region"][data-sheet]')!;
          return {
            pageScrolled: window.scrollY,
            atTop: grid.scrollTop === 0,
            atLeft: grid.scrollLeft === 0,
            atFoot: Math.abs(grid.scrollHeight - grid.clientHeight - grid.scrollTop) <= 1,
            atRight: Math.abs(grid.scrollWidth - grid.clientWidth - grid.scrollLeft) <= 1,
            focusInGrid: grid.contains(document.activeElement),
          };
        });
      await page.keyboard.press("Control+End");
      await expect.poll(where).toEqual({ pageScrolled: 0, atTop: false, atLeft: false, atFoot: true, atRight: true, focusInGrid: true });
      // Pressed again at the last cell, the page still does not move.
      await page.keyboard.press("Control+End");
      await page.keyboard.press("End");
      await expect.poll(where).toEqual({ pageScrolled: 0, atTop: false, atLeft: false, atFoot: true, atRight: true, focusInGrid: true });
      await page.keyboard.press("Control+Home");
      await expect.poll(where).toEqual({ pageScrolled: 0, atTop: true, atLeft: true, atFoot: false, atRight: false, focusInGrid: true });
      expect(problems).toEqual([]);
      await page.close();
    },
    STEP_TIMEOUT,
  );
});

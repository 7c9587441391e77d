/**
 * The workbench in Chromium: it opens on the sample quickly, shows the visible sheets only, opens
 * a workbook from the file picker and from a drop, and keeps the current workbook when a file
 * that is not a workbook is dropped or picked.
 */
import { describe, expect, it } from "vitest";
import { workbookBytes } from "../helpers/workbooks";
import { STEP_TIMEOUT, recordFigures, sessionForThisFile } from "./workbenchSession";
import { OVERVIEW_LINE, dropFile, gridCell, gridRegion, openWorkbench, pane, pickFile, sheetTabs } from "./workbenchPage";

/** Target from the issue: the pane usable, with the sample read, within 1.5 s of navigation. */
const TTI_TARGET_MS = 1500;
/**
 * What fails the test: three times the target. The figure is recorded and reported against the
 * target; the two cores are shared with other work, so a hard 1.5 s bound would fail on load alone.
 */
const TTI_CEILING_MS = 3 * TTI_TARGET_MS;

const session = sessionForThisFile();

function teamPlan(): Promise<Uint8Array> {
  return workbookBytes({
    "Team Plan": [
      ["Review", "No", "Specific actions", "Response", "Lead", "RAG"],
      ["Audit 2024", 1, "Refresh the escalation policy", "Drafted", "Business manager", "blue "],
      ["Audit 2024", 2, "Train new chairs", "Booked", "Training lead", "Green"],
      ["Audit 2024", 3, "Publish the annual report", "Late", "Chair", "Yellow"],
      ["Audit 2024", 4, "Review the dataset", "Started", "Data lead", "Amber"],
    ],
  });
}

describe("the workbench", () => {
  it(
    "opens on the sample with the pane usable, shows the visible sheets and its cells, and needs nothing from outside this site",
    async () => {
      // A cold first load, then a warm one (the browser has the scripts, as on a second visit).
      const cold = await openWorkbench(session.browser.context, session.url);
      const warm = await openWorkbench(session.browser.context, session.url);
      // Where the cold load's time went: scripts run, the sample fetched, the workbook opened, the pane ready.
      const phases = await cold.page.evaluate(() => {
        const at = (name: string) => Math.round(performance.getEntriesByName(name)[0]?.startTime ?? -1);
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
        return { scriptsRunMs: Math.round(nav.domContentLoadedEventEnd), sampleFetchedMs: at("workbench:sample-fetched"), workbookOpenedMs: at("workbench:workbook-opened") };
      });
      expect(phases.sampleFetchedMs).toBeGreaterThan(0);
      // The page preloads the sample while its scripts load, and the workbench uses that one download.
      const sampleRequests = await cold.page.evaluate(() => performance.getEntriesByType("resource").filter((r) => r.name.endsWith(".xlsx")).length);
      expect(sampleRequests).toBe(1);
      expect(phases.workbookOpenedMs).toBeGreaterThanOrEqual(phases.sampleFetchedMs);
      expect(cold.readyAt).toBeGreaterThanOrEqual(phases.workbookOpenedMs);
      recordFigures({ workbenchTtiColdMs: Math.round(cold.readyAt), workbenchTtiMs: Math.round(warm.readyAt), workbenchTtiTargetMs: TTI_TARGET_MS, ...phases });
      const { page, problems } = cold;
      expect(cold.readyAt, "time to interactive, cold").toBeLessThan(TTI_CEILING_MS);
      expect(warm.readyAt, "time to interactive, warm").toBeLessThan(TTI_CEILING_MS);

      await expect.poll(() => pane(page).textContent()).toMatch(/Workbook: sample-action-plans\.xlsx/);
      expect(await pane(page).textContent()).toMatch(/173 actions in \d+ reviews; 1 invalid rating, 1 missing rating/);
      // Tabs for the visible sheets in their order; the very hidden store sheet never shows.
      expect(await sheetTabs(page)).toEqual(["Peer Review", "Case Reviews", "Delivery Plan 2019-20", "Notes"]);
      expect(await gridRegion(page).getAttribute("data-sheet")).toBe("Peer Review");
      expect((await gridCell(page, "A1").textContent())?.trim()).toBe("Peer Review Action Plan");
      expect((await gridCell(page, "F3").textContent())?.trim()).toMatch(/^RAG\s+Rating$/);
      // No office.js, no other host: every request went to this site and nothing failed.
      expect(problems).toEqual([]);
      await cold.page.close();
      await warm.page.close();
    },
    STEP_TIMEOUT,
  );

  it(
    "opens a workbook from the file picker and another dropped on the page",
    async () => {
      const { page, problems } = await openWorkbench(session.browser.context, session.url);
      await pickFile(page, "team-plan.xlsx", await teamPlan());
      await expect.poll(() => pane(page).textContent()).toMatch(/Workbook: team-plan\.xlsx/);
      await expect.poll(() => pane(page).textContent()).toMatch(/4 actions in 1 review; 1 invalid rating/);
      expect(await sheetTabs(page)).toEqual(["Team Plan"]);
      expect((await gridCell(page, "F4").textContent())?.trim()).toBe("Yellow");
      await expect.poll(() => page.getByRole("status").filter({ hasText: "Opened team-plan.xlsx." }).count()).toBe(1);

      const dropped = await workbookBytes({ Dropped: [["Action", "RAG"], ["Agree the budget", "Red"], ["Hire a chair", "Blue"]] });
      await dropFile(page, "dropped plan.xlsx", dropped);
      await expect.poll(() => pane(page).textContent()).toMatch(/Workbook: dropped plan\.xlsx/);
      await expect.poll(() => pane(page).textContent()).toMatch(/2 actions in 1 review/);
      expect(await sheetTabs(page)).toEqual(["Dropped"]);
      expect((await gridCell(page, "B2").textContent())?.trim()).toBe("Red");
      expect(problems).toEqual([]);
      await page.close();
    },
    STEP_TIMEOUT,
  );

  it(
    "says in one sentence why a dropped or picked file is not a workbook, and keeps the workbook that was open",
    async () => {
      const { page } = await openWorkbench(session.browser.context, session.url);
      const alert = page.locator('[data-ready] > [role="alert"]');

      await dropFile(page, "minutes.xlsx", new TextEncoder().encode("Minutes of the scrutiny committee, 13 July 2021.\n"));
      await expect.poll(() => alert.textContent()).toMatch(/minutes\.xlsx/);
      const sentence = ((await alert.textContent()) ?? "").trim();
      expect(sentence.split(/(?<=[.!?])\s+/).filter(Boolean)).toHaveLength(1);
      expect(await pane(page).textContent()).toMatch(/Workbook: sample-action-plans\.xlsx/);
      expect(await pane(page).textContent()).toMatch(OVERVIEW_LINE);

      await pickFile(page, "broken.xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]));
      await expect.poll(() => alert.textContent()).toMatch(/broken\.xlsx/);
      expect(await pane(page).textContent()).toMatch(/Workbook: sample-action-plans\.xlsx/);
      expect(await sheetTabs(page)).toContain("Peer Review");

      // A good workbook afterwards clears the error.
      await pickFile(page, "team-plan.xlsx", await teamPlan());
      await expect.poll(() => pane(page).textContent()).toMatch(/Workbook: team-plan\.xlsx/);
      expect(((await alert.textContent()) ?? "").trim()).toBe("");
      await page.close();
    },
    STEP_TIMEOUT,
  );
});

/**
 * Every action of the pane, clicked in Chromium on the sample: what the pane says, what the grid
 * shows (highlights as Excel would paint them, fixed values, generated sheets, the selected cell),
 * and what the downloaded .xlsx holds when opened again with the file door.
 */
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import type { SheetView } from "../../src/xlsx/sheetView";
import { STEP_TIMEOUT, sessionForThisFile } from "./workbenchSession";
import { workbookBytes } from "../helpers/workbooks";
import { syntheticWorkbook } from "../../bench/syntheticTracker";
import { cellFill, downloadResult, gridCell, gridRegion, openWorkbench, pane, pickFile, runAction, sheetTabs, showSheet } from "./workbenchPage";

const INVALID_FILL = "#FFC7CE";
const MISSING_FILL = "#FFEB9C";
const OVERDUE_FILL = "#F4B6B6";
const BLUE = "#0070C0";
const AMBER = "#FFC000";
const GREEN = "#00B050";
const DELIVERY = "Delivery Plan 2019-20";

const session = sessionForThisFile();

/** The add-in's conditional-format rules on each sheet of a saved workbook, by the tag in their formula. */
function taggedRules(views: SheetView[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const view of views) {
    const tags = [...new Set(view.rules.map((r) => /RAGTracker:([a-z-]+)/.exec(r.formula)?.[1]).filter((t): t is string => t !== undefined))].sort();
    if (tags.length > 0) out[view.name] = tags;
  }
  return out;
}

describe("the pane's actions in the workbench", () => {
  it(
    "check, fix, highlight stale, colour and generate change the grid as Excel would show them, and the download holds it all",
    async () => {
      const { page, problems } = await openWorkbench(session.browser.context, session.url);

      expect(await runAction(page, "Check ratings")).toContain("Highlighted 1 invalid rating and 1 missing rating.");
      await showSheet(page, DELIVERY);
      expect(await cellFill(page, "G63")).toBe(INVALID_FILL);
      expect((await gridCell(page, "G63").textContent())?.trim()).toBe("Yellow");
      expect(await cellFill(page, "G54")).toBe(MISSING_FILL);

      expect(await runAction(page, "Fix ratings")).toBe(
        `Changed 1 rating: ${DELIVERY} row 11 from ‘blue ’ (with a space after it) to the letter ‘B’; 1 invalid rating (${DELIVERY} row 63 ‘Yellow’, perhaps the letter ‘A’) and 1 missing rating (${DELIVERY} row 54) still need your choice.`,
      );
      expect((await gridCell(page, "G11").textContent())?.trim()).toBe("B");
      // The change is listed as a link that shows the cell in the grid.
      await pane(page).getByRole("button", { name: `${DELIVERY} row 11 from ‘blue ’ (with a space after it) to the letter ‘B’` }).click();
      await expect.poll(() => gridCell(page, "G11").getAttribute("aria-current")).toBe("location");
      expect(await page.getByText(`Selected: ${DELIVERY}, cell G11, ‘B’`, { exact: true }).count()).toBe(1);
      // A cell whose colour says something is said with it, as its own description says it.
      await pane(page).getByRole("region", { name: "Findings" }).getByRole("button", { name: /Yellow/ }).first().click();
      await expect.poll(() => gridCell(page, "G63").getAttribute("aria-current")).toBe("location");
      expect(await page.getByText(`Selected: ${DELIVERY}, cell G63, ‘Yellow’, rating not in the RAG index`, { exact: true }).count()).toBe(1);

      expect(await runAction(page, "Highlight stale & overdue")).toMatch(/^Highlighted \d+ overdue actions? \(pink, bold(; [^)]+)?\)( and \d+ (other )?stale actions? \(peach\))?\.$/);
      await showSheet(page, "Case Reviews");
      // Row 9 (Frankie, ref 7) is past its time scale: the whole tracker row is highlighted.
      expect(await cellFill(page, "A9")).toBe(OVERDUE_FILL);
      expect(await cellFill(page, "F9")).toBe(OVERDUE_FILL);
      expect(await cellFill(page, "A1"), "the title row is no action").toBeNull();

      expect(await runAction(page, "Colour ratings & add drop-down")).toContain("Coloured the rating column on 3 sheets and added a drop-down list of Blue, Green, Amber and Red.");
      // The newest rules come first, as in Excel: the rating's colour over the overdue row. (The
      // sample's ratings are coloured by hand as well, so the colours alone are checked on a plain workbook below.)
      expect(await cellFill(page, "J9")).toBe(AMBER);
      expect(await cellFill(page, "A9")).toBe(OVERDUE_FILL);
      await showSheet(page, DELIVERY);
      // Row 63 is overdue too: the row is marked, and its rating cell keeps the invalid rating's highlight.
      expect(await cellFill(page, "B63")).toBe(OVERDUE_FILL);
      expect(await cellFill(page, "G63")).toBe(INVALID_FILL);

      const generated = await runAction(page, "Generate RAG summary");
      expect(generated).toMatch(/173 actions in \d+ reviews/);
      expect(generated).toContain("Wrote “RAG Summary” and “Stale Actions”.");
      // As Excel activates the summary it has written, the grid turns to it.
      expect(await sheetTabs(page)).toEqual(["Peer Review", "Case Reviews", DELIVERY, "Notes", "RAG Summary", "Stale Actions"]);
      await expect.poll(() => gridRegion(page).getAttribute("data-sheet")).toBe("RAG Summary");
      expect(await gridRegion(page).textContent()).toContain("Frankie – 14 actions identified (11 blue and 3 amber)");
      // No cell is selected on the sheet shown: the grid's hint is back, but not in a live region, so the job's outcome is said alone.
      expect(await page.getByText("Links in the pane select cells here.").count()).toBe(1);
      expect(await page.locator('[role="status"]', { hasText: "Links in the pane" }).count()).toBe(0);

      const first = await downloadResult(page);
      expect(first.name).toBe("sample-action-plans (RAG Tracker).xlsx");
      const saved = await XlsxDoor.open(first.bytes, first.name);
      const snapshot = await saved.read();
      expect(snapshot.sheets.filter((s) => s.generatedKey).map((s) => [s.generatedKey, s.name])).toEqual([
        ["summary", "RAG Summary"],
        ["stale", "Stale Actions"],
      ]);
      const delivery = snapshot.sheets.find((s) => s.name === DELIVERY)!;
      expect(delivery.values[11 - delivery.firstRow]![7 - delivery.firstColumn]).toBe("B");
      const summaryText = JSON.stringify(snapshot.sheets.find((s) => s.name === "RAG Summary")!.values);
      expect(summaryText).toContain("Frankie – 14 actions identified (11 blue and 3 amber)");
      expect(taggedRules(saved.sheetViews())).toEqual({
        "Peer Review": ["rating-colours"],
        "Case Reviews": ["rating-colours", "stale-rows"],
        [DELIVERY]: ["rating-colours", "rating-problems", "stale-rows"],
      });

      expect(await runAction(page, "Clear rating checks")).toBe("Removed the rating check's highlights.");
      expect(await runAction(page, "Clear stale & overdue highlights")).toBe("Removed the stale and overdue highlights.");
      expect(await runAction(page, "Clear colours & drop-down")).toBe("Removed the rating colours and drop-down lists.");
      await showSheet(page, DELIVERY);
      for (const cell of ["G54", "G63"]) expect(await cellFill(page, cell), cell).toBeNull();
      expect(await cellFill(page, "G11"), "the sample's own blue fill").toBe(BLUE);
      await showSheet(page, "Case Reviews");
      expect(await cellFill(page, "A9")).toBeNull();
      expect(await cellFill(page, "J9"), "the sample's own amber fill").toBe(AMBER);

      const second = await downloadResult(page);
      const cleared = await XlsxDoor.open(second.bytes, second.name);
      expect(taggedRules(cleared.sheetViews())).toEqual({});
      const stillFixed = (await cleared.read()).sheets.find((s) => s.name === DELIVERY)!;
      expect(stillFixed.values[11 - stillFixed.firstRow]![7 - stillFixed.firstColumn]).toBe("B");
      expect(problems).toEqual([]);
      await page.close();
    },
    STEP_TIMEOUT,
  );

  it(
    "colours the ratings of a plain workbook by the index, text kept, and clears the colours again",
    async () => {
      const { page, problems } = await openWorkbench(session.browser.context, session.url);
      const plain = await workbookBytes({
        Plan: [
          ["Review", "No", "Specific actions", "RAG"],
          ["Audit", 1, "Refresh the policy", "blue "],
          ["Audit", 2, "Train new chairs", "Green"],
          ["Audit", 3, "Publish the report", "Yellow"],
          ["Audit", 4, "Review the dataset", "amber"],
        ],
      });
      await pickFile(page, "plain.xlsx", plain);
      await expect.poll(() => pane(page).textContent()).toMatch(/Workbook: plain\.xlsx/);
      for (const cell of ["D2", "D3", "D4", "D5"]) expect(await cellFill(page, cell), cell).toBeNull();

      expect(await runAction(page, "Colour ratings & add drop-down")).toContain("Coloured the rating column on 1 sheet");
      expect(await cellFill(page, "D2")).toBe(BLUE);
      expect(await gridCell(page, "D2").evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).fontWeight])).toEqual(["rgb(255, 255, 255)", "700"]);
      expect((await gridCell(page, "D2").textContent())?.trim()).toBe("blue");
      expect(await cellFill(page, "D3")).toBe(GREEN);
      expect(await cellFill(page, "D4"), "Yellow is not in the index").toBeNull();
      expect(await cellFill(page, "D5")).toBe(AMBER);

      expect(await runAction(page, "Check ratings")).toBe("Highlighted 1 invalid rating.");
      expect(await cellFill(page, "D4")).toBe(INVALID_FILL);

      expect(await runAction(page, "Clear colours & drop-down")).toBe("Removed the rating colours and drop-down lists.");
      for (const cell of ["D2", "D3", "D5"]) expect(await cellFill(page, cell), cell).toBeNull();
      expect(await cellFill(page, "D4")).toBe(INVALID_FILL);

      const saved = await XlsxDoor.open((await downloadResult(page)).bytes, "plain (RAG Tracker).xlsx");
      expect(taggedRules(saved.sheetViews())).toEqual({ Plan: ["rating-problems"] });
      expect(problems).toEqual([]);
      await page.close();
    },
    STEP_TIMEOUT,
  );

  it(
    "counts blank ratings coloured by hand, shows their fills, and Fix ratings types their words, which undo takes away again",
    async () => {
      const { page, problems } = await openWorkbench(session.browser.context, session.url);
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("Plan");
      sheet.addRows([
        ["Rec No", "Recommendation", "Response", "RAG"],
        [1, "Consider deputies on Strategic Group", "Deputies now attend.", "Blue"],
        [2, "Revise Learning and Improvement Framework", "Out for consultation.", null],
        [3, "Recruit community voice as lay member", "Advert closed with no applicants.", null],
        [4, "Develop wider role of SET", "Not started.", null],
      ]);
      sheet.getCell("D3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } };
      sheet.getCell("D4").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } };
      await pickFile(page, "coloured.xlsx", new Uint8Array(await workbook.xlsx.writeBuffer()));
      await expect.poll(() => pane(page).textContent()).toMatch(/Workbook: coloured\.xlsx/);
      expect([await cellFill(page, "D3"), await cellFill(page, "D4"), await cellFill(page, "D5")]).toEqual([GREEN, INVALID_FILL, null]);

      expect(await runAction(page, "Check ratings")).toBe("Highlighted 1 missing rating. 2 ratings are given by colour alone, with no word typed; Fix ratings types them.");
      expect(await runAction(page, "Fix ratings")).toBe("Changed 2 ratings: row 3 from blank to ‘Green’ and row 4 from blank to ‘Red’; 1 missing rating (row 5) still needs your choice.");
      expect((await gridCell(page, "D3").textContent())?.trim()).toBe("Green");
      expect(await cellFill(page, "D3"), "the team's own fill stays").toBe(GREEN);

      await pane(page).getByRole("button", { name: /^Undo the (\d+ )?rating changes?$/ }).click();
      await expect.poll(async () => (await gridCell(page, "D3").textContent())?.trim()).toBe("");
      const saved = await XlsxDoor.open((await downloadResult(page)).bytes, "coloured (RAG Tracker).xlsx");
      const plan = (await saved.read()).sheets.find((s) => s.name === "Plan")!;
      expect(plan.values.slice(1).map((row) => row[3] ?? null)).toEqual(["Blue", null, null, null]);
      expect(problems).toEqual([]);
      await page.close();
    },
    STEP_TIMEOUT,
  );

  it(
    "draws each step of a long job's progress as it comes, on a workbook of 10,000 actions",
    async () => {
      const { page, problems } = await openWorkbench(session.browser.context, session.url);
      await pickFile(page, "large plan.xlsx", await syntheticWorkbook(10_000));
      await expect.poll(() => pane(page).textContent(), { timeout: 30_000 }).toMatch(/Workbook: large plan\.xlsx/);
      // Each frame the page draws, the step the pane's progress shows: a step drawn only after the work is no progress.
      await page.evaluate(() => {
        const drawn: string[] = [];
        (window as unknown as { stepsDrawn: string[] }).stepsDrawn = drawn;
        const look = () => {
          const step = document.querySelector('[role="progressbar"]')?.closest('[role="status"]')?.textContent ?? "";
          if (step !== "" && drawn.at(-1) !== step) drawn.push(step);
          requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      });
      expect(await runAction(page, "Generate RAG summary")).toMatch(/^10,000 actions in 20 reviews; /);
      const drawn = await page.evaluate(() => (window as unknown as { stepsDrawn: string[] }).stepsDrawn);
      for (const step of ["Reading the workbook", "Writing the summary sheets"]) expect(drawn.some((text) => text.includes(step)), `${step} in ${JSON.stringify(drawn)}`).toBe(true);
      expect(problems).toEqual([]);
      await page.close();
    },
    STEP_TIMEOUT,
  );
  it(
    "applies a finding's suggested rating with the keyboard: the grid shows it and the download holds it",
    async () => {
      const { page, problems } = await openWorkbench(session.browser.context, session.url);
      expect(await runAction(page, "Check ratings")).toContain("Highlighted 1 invalid rating and 1 missing rating.");
      const findings = pane(page).getByRole("region", { name: "Findings" });
      const useAmber = findings.getByRole("button", { name: `Use Amber in ${DELIVERY} row 63` });
      await useAmber.focus();
      await page.keyboard.press("Enter");
      await expect.poll(() => findings.getByText(`Changed ${DELIVERY} row 63 from ‘Yellow’ to the letter ‘A’.`).count()).toBe(1);
      expect(await findings.getByRole("button", { name: /^Use / }).count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Findings");
      await showSheet(page, DELIVERY);
      expect((await gridCell(page, "G63").textContent())?.trim()).toBe("A");

      const saved = await XlsxDoor.open((await downloadResult(page)).bytes, "saved.xlsx");
      const sheet = (await saved.read()).sheets.find((s) => s.name === DELIVERY)!;
      expect(sheet.values[63 - sheet.firstRow]?.[7 - sheet.firstColumn]).toBe("A");
      expect(problems).toEqual([]);
      await page.close();
    },
    STEP_TIMEOUT,
  );
});

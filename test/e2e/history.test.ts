/**
 * The Reports section in the workbench: a report recorded on the sample, the file downloaded and
 * edited as a user would between two committee meetings (one rating moves from amber to blue),
 * opened again, a second report recorded on a later date, and the move listed in the pane, with
 * both reports kept in the downloaded workbook. Then what only a real browser shows: the date
 * field's incomplete date, the Replace confirmation (asked once with the date's own question) opening on Cancel, and the trend table
 * scrolled from the keyboard in a 320 px pane, and a report deleted from the keyboard.
 */
import { describe, expect, it } from "vitest";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { STEP_TIMEOUT, sessionForThisFile } from "./workbenchSession";
import { downloadResult, openWorkbench, pane, pickFile } from "./workbenchPage";
import type { Page } from "playwright-core";
import { todayIso } from "../../src/door/operations";
import { formatLongDate } from "../../src/core/longDate";

const session = sessionForThisFile();

function recordForm(page: Page) {
  return pane(page).getByRole("form", { name: "Record a report" });
}

/** Records a report for a date of the sample's (years ago), which the pane asks about first. */
async function recordReport(page: Page, date: string, reports: number): Promise<void> {
  await recordForm(page).getByLabel("Date of the report to record").fill(date);
  await recordForm(page).getByRole("button", { name: "Record report" }).click();
  const asked = page.getByRole("dialog", { name: "Check the report date" });
  await expect.poll(() => asked.textContent()).toMatch(/is more than a year before today; record a report for that date anyway\?/);
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Cancel");
  await asked.getByRole("button", { name: "Record anyway" }).click();
  await expect.poll(() => pane(page).textContent()).toContain(`Recorded reports (${reports})`);
}

describe("the Reports section in the workbench", () => {
  it(
    "records two reports on different dates and lists the rating that moved between them",
    async () => {
      const { page, problems } = await openWorkbench(session.browser.context, session.url);
      await recordReport(page, "2021-07-13", 1);
      const first = await downloadResult(page);

      // Between the meetings someone sets Frankie action 7 (Case Reviews, row 9) from Amber to Blue.
      const edited = await XlsxDoor.open(first.bytes, first.name);
      expect(await edited.applyEdits([{ sheet: "Case Reviews", row: 9, column: 10, from: "Amber", to: "Blue" }])).toBe(1);
      await pickFile(page, "action plans October.xlsx", await edited.save());
      await expect.poll(() => pane(page).textContent()).toMatch(/Workbook: action plans October\.xlsx/);
      await expect.poll(() => pane(page).textContent()).toContain("Recorded reports (1)");
      // Against the workbook as it is now, the move is listed at once.
      const sinceLast = pane(page).getByRole("region", { name: "What changed since the last report" });
      await expect.poll(() => sinceLast.textContent()).toMatch(/^What changed since the last reportSince 13 July 2021: 1 action moved to blue/);
      // Each action's link is a target at least 24 px tall (WCAG 2.5.8), not a line of text stacked on its caption.
      const linkHeights = await sinceLast.locator("li button").evaluateAll((links) => links.map((l) => l.getBoundingClientRect().height));
      expect(linkHeights.length).toBeGreaterThan(0);
      expect(Math.min(...linkHeights)).toBeGreaterThanOrEqual(24);

      await recordReport(page, "2021-10-05", 2);
      // The two recorded reports, compared: the one move, and nothing else about ratings.
      const compare = pane(page).getByRole("region", { name: "Compare two reports" });
      await expect.poll(() => compare.textContent()).toContain("Between 13 July 2021 and 5 October 2021: 1 action moved to blue");
      expect(await compare.getByLabel("From report").inputValue()).toBe("2021-07-13");
      expect(await compare.getByLabel("To report").inputValue()).toBe("2021-10-05");
      expect(await compare.textContent()).not.toMatch(/worsened to/);

      const second = await downloadResult(page);
      const store = await (await XlsxDoor.open(second.bytes, second.name)).readStore();
      const snapshotDates = store.filter((r) => r.kind !== "settings").map((r) => r.id);
      expect(snapshotDates.join(" ")).toMatch(/2021-07-13/);
      expect(snapshotDates.join(" ")).toMatch(/2021-10-05/);

      // The date in words under the field; an incomplete date (the field then holds "") asks for a complete one.
      const dateField = recordForm(page).getByLabel("Date of the report to record");
      await dateField.fill("2021-10-05");
      await expect.poll(() => recordForm(page).textContent()).toContain("Tuesday 5 October 2021");
      await dateField.fill("");
      await dateField.focus();
      await page.keyboard.type("10");
      expect(await dateField.inputValue()).toBe("");
      await recordForm(page).getByRole("button", { name: "Record report" }).click();
      await expect.poll(() => recordForm(page).textContent()).toContain("Enter a complete date, or pick one from the calendar.");

      // Replacing the report of a date long ago asks once, saying both, and the dialog opens on Cancel: Enter keeps the report.
      await dateField.fill("2021-10-05");
      await recordForm(page).getByRole("button", { name: "Record report" }).click();
      const dialog = page.getByRole("dialog", { name: "Replace the report recorded for 5 October 2021?" });
      // It says when the report replaced was recorded (today, a moment ago), so a colleague's report is known for one.
      await expect
        .poll(() => dialog.textContent())
        .toMatch(
          /5 October 2021 is more than a year before today; the report for 5 October 2021, recorded on \d{1,2} \w+ \d{4} at \d\d:\d\d, will be replaced by the ratings as they stand now, and the earlier one cannot be recovered\./,
        );
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Cancel");
      await page.keyboard.press("Enter");
      await expect.poll(() => dialog.count()).toBe(0);
      // Focus goes back to the button that opened the dialog (Fluent restores it a moment after closing).
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Record report");
      // Opened by Enter in the date field, a dialog gives the focus back to that field.
      await dateField.focus();
      await page.keyboard.press("Enter");
      const dateAsked = page.getByRole("dialog", { name: "Replace the report recorded for 5 October 2021?" });
      await expect.poll(() => dateAsked.count()).toBe(1);
      await page.keyboard.press("Escape");
      await expect.poll(() => dateAsked.count()).toBe(0);
      await expect.poll(() => dateField.evaluate((field) => field === document.activeElement)).toBe(true);

      // At 320 px the trend table is cut off: its scroller takes focus from the keyboard and scrolls, and Total stays in view.
      await page.setViewportSize({ width: 320, height: 800 });
      const scroller = pane(page).getByRole("region", { name: "Ratings at each report: all actions" });
      const sizes = await scroller.evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth }));
      expect(sizes.scroll).toBeGreaterThan(sizes.client);
      const total = scroller.getByRole("columnheader", { name: "Total" });
      const [box, totalBox] = [await scroller.boundingBox(), await total.boundingBox()];
      expect(totalBox!.x + totalBox!.width).toBeLessThanOrEqual(box!.x + box!.width);
      await pane(page).getByRole("combobox", { name: "Show the ratings of" }).focus();
      await page.keyboard.press("Tab");
      await expect.poll(() => scroller.evaluate((e) => e === document.activeElement)).toBe(true);
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => scroller.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);

      // Deleting a report from the keyboard: once it is gone, focus is on the list's heading, whose count fell,
      // not on another report's Delete button or nowhere.
      await pane(page).getByRole("button", { name: "Delete the report recorded for 5 October 2021" }).focus();
      await page.keyboard.press("Enter");
      const asked = page.getByRole("dialog", { name: "Delete the report recorded for 5 October 2021?" });
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Cancel");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      await expect.poll(() => asked.count()).toBe(0);
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Recorded reports (1)");

      expect(problems).toEqual([]);
      await page.close();
    },
    STEP_TIMEOUT,
  );

  it(
    "says, where it is heard, when the plan has changed since the report recorded for today, and no longer once it is recorded again",
    async () => {
      const { page, problems } = await openWorkbench(session.browser.context, session.url);
      const today = formatLongDate(todayIso());
      await recordForm(page).getByRole("button", { name: "Record report" }).click();
      await expect.poll(() => pane(page).textContent()).toContain(`Recorded a report of 173 actions for ${today}.`);
      const recorded = await downloadResult(page);

      // Frankie action 7 (Case Reviews, row 9) set from Amber to Blue after the day's report, and the workbook opened again.
      const edited = await XlsxDoor.open(recorded.bytes, recorded.name);
      expect(await edited.applyEdits([{ sheet: "Case Reviews", row: 9, column: 10, from: "Amber", to: "Blue" }])).toBe(1);
      await pickFile(page, "action plans later.xlsx", await edited.save());
      const sinceLast = pane(page).getByRole("region", { name: "What changed since the last report" });
      const changed = `The plan has changed since the report recorded for ${today}: 1 rating differs; record the report again to include it.`;
      await expect.poll(() => sinceLast.textContent()).toContain(changed);
      // In a polite live region, so a screen reader announces it.
      expect(await sinceLast.getByText(changed).evaluate((e) => e.closest("[aria-live]")?.getAttribute("aria-live"))).toBe("polite");

      // Recorded again from the keyboard: the sentence goes.
      await recordForm(page).getByRole("button", { name: "Record report" }).focus();
      await page.keyboard.press("Enter");
      const replace = page.getByRole("dialog", { name: `Replace the report recorded for ${today}?` });
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Cancel");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      await expect.poll(() => replace.count()).toBe(0);
      await expect.poll(() => pane(page).textContent()).toContain(`Replaced the report recorded for ${today}`);
      await expect.poll(() => sinceLast.textContent()).not.toContain("The plan has changed");

      expect(problems).toEqual([]);
      await page.close();
    },
    STEP_TIMEOUT,
  );
});

/**
 * The Reports section in the workbench: a report recorded on the sample, the file downloaded and
 * edited as a user would between two committee meetings (one rating moves from amber to blue),
 * opened again, a second report recorded on a later date, and the move listed in the pane, with
 * both snapshots kept in the downloaded workbook.
 */
import { describe, expect, it } from "vitest";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { STEP_TIMEOUT, sessionForThisFile } from "./workbenchSession";
import { downloadResult, openWorkbench, pane, pickFile } from "./workbenchPage";
import type { Page } from "playwright-core";

const session = sessionForThisFile();

async function recordReport(page: Page, date: string, snapshots: number): Promise<void> {
  const reports = pane(page).getByRole("form", { name: "Record a report" });
  await reports.getByLabel("Report date").fill(date);
  await reports.getByRole("button", { name: "Record report" }).click();
  await expect.poll(() => pane(page).textContent()).toContain(`Recorded snapshots (${snapshots})`);
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
      await expect.poll(() => pane(page).textContent()).toContain("Recorded snapshots (1)");
      // Against the workbook as it is now, the move is listed at once.
      const sinceLast = pane(page).getByRole("region", { name: "What changed since the last report" });
      await expect.poll(() => sinceLast.textContent()).toMatch(/^What changed since the last reportSince 13 July 2021: 1 action moved to blue/);

      await recordReport(page, "2021-10-05", 2);
      // The two recorded reports, compared: the one move, and nothing else about ratings.
      const compare = pane(page).getByRole("region", { name: "Compare two snapshots" });
      await expect.poll(() => compare.textContent()).toContain("Since 13 July 2021: 1 action moved to blue");
      expect(await compare.getByLabel("From snapshot").inputValue()).toBe("2021-07-13");
      expect(await compare.getByLabel("To snapshot").inputValue()).toBe("2021-10-05");
      expect(await compare.textContent()).not.toMatch(/worsened to/);

      const second = await downloadResult(page);
      const store = await (await XlsxDoor.open(second.bytes, second.name)).readStore();
      const snapshotDates = store.filter((r) => r.kind !== "settings").map((r) => r.id);
      expect(snapshotDates.join(" ")).toMatch(/2021-07-13/);
      expect(snapshotDates.join(" ")).toMatch(/2021-10-05/);
      expect(problems).toEqual([]);
      await page.close();
    },
    STEP_TIMEOUT,
  );
});

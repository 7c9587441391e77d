/**
 * The grid in Chromium on a sheet kept in column A (minutes): each line shows whole, running on
 * into the empty columns drawn past A, where the narrow column cut it short ("LSCP M…").
 */
import { describe, expect, it } from "vitest";
import { workbookBytes } from "../helpers/workbooks";
import { STEP_TIMEOUT, sessionForThisFile } from "../e2e/workbenchSession";
import { gridCell, openWorkbench, pane, pickFile } from "../e2e/workbenchPage";

const session = sessionForThisFile();

describe("the grid of a sheet kept in column A", () => {
  it(
    "shows each line whole, running on into empty columns past A as Excel shows them",
    async () => {
      const { page, problems } = await openWorkbench(session.browser.context, session.url);
      await pickFile(
        page,
        "minutes.xlsx",
        await workbookBytes({
          Minutes: [
            ["Items Raised by Thurrock Local Safeguarding Children Partnership - Verbal Update"],
            ["1. Frankie – 14 actions identified (11 blue and 3 amber)"],
            ["4. Shay and Ashley – learning published but not yet ratified through governance processes."],
          ],
        }),
      );
      await expect.poll(() => pane(page).textContent()).toMatch(/Workbook: minutes\.xlsx/);
      for (const address of ["A1", "A2", "A3"]) {
        // The text's box is as wide as the text: nothing cut off with an ellipsis.
        const cut = await gridCell(page, address).evaluate((td) => {
          const text = (td.firstElementChild as HTMLElement | null) ?? td;
          return text.scrollWidth - text.clientWidth;
        });
        expect(cut, address).toBeLessThanOrEqual(0);
      }
      expect(problems).toEqual([]);
      await page.close();
    },
    STEP_TIMEOUT,
  );
});

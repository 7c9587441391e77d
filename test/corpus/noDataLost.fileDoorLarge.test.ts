/** No data lost through the file door, for the corpus workbooks used down to row 1,048,576 (the others: noDataLost.fileDoor.test.ts). */
import { describe, expect, it } from "vitest";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { fingerprintWorkbook } from "../helpers/xlsxFingerprint";
import { TIME_LIMIT, WORKBOOK_NAMES, everyStepLosesNothing, expectedRefusals, workbooksAtReportDate } from "./noDataLostSteps";

const workbooks = workbooksAtReportDate();

describe.each(WORKBOOK_NAMES.filter((n) => n.startsWith("million-rows")))("no data lost through the file door: %s", (name) => {
  it(
    "every action, saved after each",
    async () => {
      const door = await XlsxDoor.open(workbooks.get(name)!, `${name}.xlsx`);
      const result = await everyStepLosesNothing(door, async (ignore) => fingerprintWorkbook(await door.save(), ignore));
      expect(result.refused).toEqual(expectedRefusals(name));
      if (name === "sample") expect(result.edited).toBeGreaterThan(0);
    },
    // Thirteen saves of a million-row workbook; a slow machine needs the room, a hang still fails.
    2 * TIME_LIMIT,
  );
});

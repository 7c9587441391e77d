/** No data lost through the file door: every action on every corpus workbook and the sample, saved and fingerprinted after each (see noDataLostSteps.ts). */
import { describe, expect, it } from "vitest";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { fingerprintWorkbook } from "../helpers/xlsxFingerprint";
import { TIME_LIMIT, WORKBOOK_NAMES, everyStepLosesNothing, expectedRefusals, workbooksAtReportDate } from "./noDataLostSteps";

const workbooks = workbooksAtReportDate();

// The million-row workbooks take a second a save; they have a file of their own to keep each file short.
describe.each(WORKBOOK_NAMES.filter((n) => !n.startsWith("million-rows")))("no data lost through the file door: %s", (name) => {
  it(
    "every action, saved after each",
    async () => {
      const door = await XlsxDoor.open(workbooks.get(name)!, `${name}.xlsx`);
      const result = await everyStepLosesNothing(door, async (ignore) => fingerprintWorkbook(await door.save(), ignore));
      expect(result.refused).toEqual(expectedRefusals(name));
      if (name === "sample") expect(result.edited).toBeGreaterThan(0);
    },
    TIME_LIMIT,
  );
});

/** No data lost through the Excel door over the stand-in: every action on every corpus workbook and the sample, fingerprinted after each (see noDataLostSteps.ts). */
import { describe, expect, it } from "vitest";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { fakeExcelFromXlsx } from "../helpers/fakeFromXlsx";
import { fingerprintFake } from "../helpers/fakeExcelFingerprint";
import { STEPS, TIME_LIMIT, WORKBOOK_NAMES, everyStepLosesNothing, expectedRefusals, workbooksAtReportDate } from "./noDataLostSteps";

const workbooks = workbooksAtReportDate();

describe.each(WORKBOOK_NAMES)("no data lost through the Excel door: %s", (name) => {
  it(
    "every action",
    async () => {
      const excel = await fakeExcelFromXlsx(workbooks.get(name)!);
      const result = await everyStepLosesNothing(new ExcelDoor(excel), async (ignore) => fingerprintFake(excel, ignore), STEPS);
      expect(result.refused).toEqual(expectedRefusals(name));
      if (name === "sample") expect(result.edited).toBeGreaterThan(0);
    },
    TIME_LIMIT,
  );
});

/** The file door's no-data-lost test, shared by the two files that split the corpus between them to keep each short. */
import { describe, expect, it } from "vitest";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { fingerprintWorkbook } from "../helpers/xlsxFingerprint";
import { STEPS, everyStepLosesNothing, expectedRefusals, workbooksAtReportDate } from "./noDataLostSteps";

/** Every action on each named workbook, saved and fingerprinted after each. */
export function fileDoorLosesNoData(names: string[], timeLimit: number): void {
  const workbooks = workbooksAtReportDate();
  describe.each(names)("no data lost through the file door: %s", (name) => {
    it(
      "every action, saved after each",
      async () => {
        const door = await XlsxDoor.open(workbooks.get(name)!, `${name}.xlsx`);
        const result = await everyStepLosesNothing(door, async (ignore) => fingerprintWorkbook(await door.save(), ignore), STEPS, await fingerprintWorkbook(workbooks.get(name)!));
        expect(result.refused).toEqual(expectedRefusals(name));
        if (name === "sample") expect(result.edited).toBeGreaterThan(0);
      },
      timeLimit,
    );
  });
}

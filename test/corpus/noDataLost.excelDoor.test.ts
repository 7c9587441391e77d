/** No data lost through the Excel door over the stand-in: every action on every corpus workbook and the sample, fingerprinted after each (see noDataLostSteps.ts). */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { fakeExcelFromXlsx } from "../helpers/fakeFromXlsx";
import { fingerprintFake } from "../helpers/fakeExcelFingerprint";
import { AS_OF } from "./expectations";
import { TIME_LIMIT, WORKBOOK_NAMES, everyStepLosesNothing, expectedRefusals, workbooksToCheck } from "./noDataLostSteps";

const workbooks = new Map<string, Uint8Array>();

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(`${AS_OF}T12:00:00`));
  for (const [name, bytes] of await workbooksToCheck()) workbooks.set(name, bytes);
});

afterAll(() => {
  vi.useRealTimers();
});

describe.each(WORKBOOK_NAMES)("no data lost through the Excel door: %s", (name) => {
  it(
    "every action",
    async () => {
      const excel = await fakeExcelFromXlsx(workbooks.get(name)!);
      const result = await everyStepLosesNothing(new ExcelDoor(excel), async (ignore) => fingerprintFake(excel, ignore));
      expect(result.refused).toEqual(expectedRefusals(name));
      if (name === "sample") expect(result.edited).toBeGreaterThan(0);
    },
    TIME_LIMIT,
  );
});

/** No data lost through the file door: every action on every corpus workbook and the sample, saved and fingerprinted after each (see noDataLostSteps.ts). */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { XlsxDoor } from "../../src/xlsx/XlsxDoor";
import { fingerprintWorkbook } from "../helpers/xlsxFingerprint";
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

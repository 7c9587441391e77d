/** No data lost through the file door: every action on every corpus workbook and the sample, saved and fingerprinted after each (see noDataLostSteps.ts). */
import { TIME_LIMIT, WORKBOOK_NAMES } from "./noDataLostSteps";
import { fileDoorLosesNoData } from "./noDataLostFileDoor";

// The million-row workbooks take a second a save; they have a file of their own to keep each file short.
fileDoorLosesNoData(
  WORKBOOK_NAMES.filter((n) => !n.startsWith("million-rows")),
  TIME_LIMIT,
);

/** No data lost through the file door, for the corpus workbooks used down to row 1,048,576 (the others: noDataLost.fileDoor.test.ts). */
import { TIME_LIMIT, WORKBOOK_NAMES } from "./noDataLostSteps";
import { fileDoorLosesNoData } from "./noDataLostFileDoor";

// Thirteen saves of a million-row workbook; a slow machine needs the room, a hang still fails.
fileDoorLosesNoData(
  WORKBOOK_NAMES.filter((n) => n.startsWith("million-rows")),
  2 * TIME_LIMIT,
);

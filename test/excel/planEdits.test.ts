import { describe, expect, it } from "vitest";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { watchPlanEdits } from "../../src/excel/planEdits";
import { recordReport } from "../../src/door/historyOperations";
import { generateSummary } from "../../src/door/operations";
import { FakeExcel } from "../fakes/fakeExcel";

/** Leo's actions as the case reviews list them: Review, No, Action, Response, RAG. */
function workbook(apiVersion: string) {
  const excel = new FakeExcel({ apiVersion });
  excel.sheet("Leo", [
    ["Review", "No", "Action", "Response", "RAG"],
    ["Leo", 1, "Brief staff on the learning from the review", "Briefings held", "Blue"],
    ["Leo", 2, "Audit the use of the escalation policy", "Audit planned", "Amber"],
  ]);
  excel.sheet("Notes", [["Kept by the business team"]]);
  return excel;
}

describe("edits the task pane hears of", () => {
  for (const apiVersion of ["1.17", "1.7"]) {
    it(`hears a user's or co-author's edit of a tracker and a co-author's report, not the add-in's own writes (ExcelApi ${apiVersion})`, async () => {
      const excel = workbook(apiVersion);
      const door = new ExcelDoor(excel);
      let heard = 0;
      // The store sheet is there once a report is recorded.
      await recordReport(door, undefined, "2022-06-01");
      await excel.settle();
      const stop = await watchPlanEdits(excel, { sheets: ["Leo"], ownWrites: door.ownWrites, onEdit: () => heard++ });

      excel.userEdit("Leo", "E3", [["Green"]]);
      await excel.settle();
      expect(heard).toBe(1);
      excel.userEdit("Leo", "D2", [["Briefings held; more planned"]], "Remote");
      await excel.settle();
      expect(heard).toBe(2);
      excel.userInsertRows("Leo", 3, 1);
      await excel.settle();
      expect(heard).toBe(3);

      // The add-in's own writes: a rating fixed, the summary sheets, a report recorded.
      await door.applyEdits([{ sheet: "Leo", row: 4, column: 5, from: "Green", to: "G" }]);
      await generateSummary(door);
      await recordReport(door, undefined, "2022-06-01");
      await excel.settle();
      expect(heard).toBe(3);
      // A sheet that holds no tracker, and the store edited here (only this add-in writes it), are not the plan.
      excel.userEdit("Notes", "A2", [["Next meeting in July"]]);
      excel.userEdit("RAGTracker_Data", "A40", [["note"]]);
      await excel.settle();
      expect(heard).toBe(3);
      // A co-author's report arrives from afar.
      excel.userEdit("RAGTracker_Data", "A41", [["snapshot"]], "Remote");
      await excel.settle();
      expect(heard).toBe(4);

      await stop();
      excel.userEdit("Leo", "E2", [["Red"]]);
      await excel.settle();
      expect(heard).toBe(4);
    });
  }
});

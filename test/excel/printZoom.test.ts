/**
 * Fit to one page wide (review finding 9): the summary asks for { horizontalFitToPages: 1 } and
 * leaves the pages tall out, as Excel.PageLayoutZoomOptions documents ("null if percentage scale
 * is used"); the stand-in accepts only the values that reference documents.
 */
import { describe, expect, it } from "vitest";
import { ExcelDoor } from "../../src/excel/ExcelDoor";
import { generateSummary } from "../../src/door/operations";
import type { FakePageLayout } from "../fakes/fakeExcel";
import { FakeExcel } from "../fakes/fakeExcel";
import { putSnapshot } from "./helpers";
import { peerReviewSheet } from "../fixtures/peerReview";

async function setZoom(excel: FakeExcel, zoom: NonNullable<FakePageLayout["zoom"]>): Promise<void> {
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem("Plan").pageLayout.zoom = zoom;
    await context.sync();
  });
}

describe("print scaling", () => {
  it("the summary is set one page wide with the pages tall left out, not 0", async () => {
    const excel = new FakeExcel();
    putSnapshot(excel, peerReviewSheet());
    await generateSummary(new ExcelDoor(excel));
    const zoom = excel.get("RAG Summary").page.zoom;
    expect(zoom).toEqual({ horizontalFitToPages: 1 });
    expect(zoom).not.toHaveProperty("verticalFitToPages");
  });

  it("the stand-in takes documented zoom values and refuses the rest", async () => {
    const excel = new FakeExcel();
    excel.sheet("Plan", [["Rec No"]]);
    await setZoom(excel, { horizontalFitToPages: 1 });
    await setZoom(excel, { horizontalFitToPages: 1, verticalFitToPages: null });
    await setZoom(excel, { scale: 80 });
    expect(excel.get("Plan").page.zoom).toEqual({ scale: 80 });
    for (const zoom of [{ horizontalFitToPages: 1, verticalFitToPages: 0 }, { horizontalFitToPages: 0.5 }, { scale: 5 }, { scale: 90, horizontalFitToPages: 1 }]) {
      await expect(setZoom(excel, zoom)).rejects.toMatchObject({ code: "InvalidArgument" });
    }
    expect(excel.get("Plan").page.zoom).toEqual({ scale: 80 });
  });
});

/**
 * The workbench page's entry: starts fetching the sample workbook at once (it is served beside the
 * page), then renders the workbench. No Office.js: the pane runs over the .xlsx file door.
 */
import "../excel/zodWithoutEval";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import sampleUrl from "../../assets/sample-action-plans.xlsx";
import { Workbench } from "./Workbench";

const SAMPLE_NAME = "sample-action-plans.xlsx";

const sample = fetch(sampleUrl).then(async (response) => {
  if (!response.ok) throw new Error(`The server answered ${response.status} for ${SAMPLE_NAME}.`);
  return { bytes: await response.arrayBuffer(), name: SAMPLE_NAME };
});

const container = document.getElementById("container");
if (container) {
  createRoot(container).render(
    <StrictMode>
      <Workbench sample={sample} />
    </StrictMode>,
  );
}

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
  const bytes = await response.arrayBuffer();
  // User Timing marks, so the load can be measured in a browser's tools and by the end-to-end tests.
  performance.mark("workbench:sample-fetched");
  return { bytes, name: SAMPLE_NAME };
});

const container = document.getElementById("container");
if (container) {
  createRoot(container).render(
    <StrictMode>
      <Workbench sample={sample} />
    </StrictMode>,
  );
}

/**
 * The task pane's entry in Excel: waits for Office.js, then renders the pane over the Office.js
 * door, with the things only Excel can do (last-updated stamping, notes about formats an older
 * Excel left out) passed as capabilities.
 */
import "../excel/zodWithoutEval";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import type { PaneCapabilities } from "./capabilities";
import { ExcelDoor } from "../excel/ExcelDoor";
import { officeHost } from "../excel/officeHost";
import { stampClearsUndo, startLastUpdatedStamping } from "../excel/lastUpdatedStamp";
import { watchPlanEdits } from "../excel/planEdits";
import { stampWatches } from "./stampWatches";
import { dateFormatFor } from "../core/dates";
import { addinStorage, takeUnshown } from "../commands/unshownOutcome";
import { watchRibbonWrites } from "../commands/ribbonWrites";

function showText(container: HTMLElement, sentence: string): void {
  const p = document.createElement("p");
  p.style.margin = "12px";
  p.textContent = sentence;
  container.replaceChildren(p);
}

function start(container: HTMLElement): void {
  const host = officeHost();
  const door = new ExcelDoor(host);
  const capabilities: PaneCapabilities = {
    stampLastUpdated: (analysis, onError, onStopped) => startLastUpdatedStamping(host, stampWatches(analysis), { ownWrites: door.ownWrites, onError, dateFormat: dateFormatFor(analysis.locale), ...(onStopped ? { onStopped } : {}) }),
    stampClearsUndo: stampClearsUndo(host),
    formatOutcome: () => door.lastFormatOutcome,
    editOutcome: () => door.lastEditOutcome,
    watchEdits: (sheets, onEdit) => watchPlanEdits(host, { sheets, ownWrites: door.ownWrites, onEdit }),
    unshownOutcome: () => takeUnshown(addinStorage(() => window.localStorage), Date.now()),
    watchRibbonWrites: (onWrite) => watchRibbonWrites(window, Office.context.document.url, onWrite),
  };
  createRoot(container).render(
    <StrictMode>
      <App door={door} capabilities={capabilities} />
    </StrictMode>,
  );
}

const container = document.getElementById("container");
if (container) {
  if (typeof Office === "undefined") {
    showText(container, "Office.js could not be loaded, so RAG Tracker cannot reach the workbook; check the connection and reopen the pane.");
  } else {
    void Office.onReady((info) => {
      if (info.host === Office.HostType.Excel) start(container);
      else showText(container, "RAG Tracker works inside Excel: open it from the Home tab of an Excel workbook.");
    });
  }
}

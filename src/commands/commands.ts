/**
 * The function file behind the ribbon buttons (commands.html). It runs in its own runtime,
 * separate from the task pane, but shares the door and engine code with it.
 */
import "../excel/zodWithoutEval";
import { ExcelDoor } from "../excel/ExcelDoor";
import { officeHost } from "../excel/officeHost";
import { commandHandlers } from "./handlers";
import { dialogOutcome } from "./outcomeDialog";
import { addinStorage, keepUnshown } from "./unshownOutcome";
import { noteRibbonWrite } from "./ribbonWrites";

const storage = addinStorage(() => window.localStorage);

const handlers = commandHandlers({
  door: () => new ExcelDoor(officeHost()),
  show: (message, kind) =>
    dialogOutcome(
      Office.context.ui,
      new URL("outcome.html", window.location.href).href,
      {
        succeeded: Office.AsyncResultStatus.Succeeded,
        messageReceived: Office.EventType.DialogMessageReceived,
        eventReceived: Office.EventType.DialogEventReceived,
      },
      (unshownMessage, unshownKind) => keepUnshown(storage, { message: unshownMessage, kind: unshownKind, at: Date.now() }),
    )(message, kind),
  wrote: (command) => noteRibbonWrite(storage, command, Office.context.document.url, Date.now()),
});

Office.onReady(() => undefined);

// The names match <FunctionName> in manifest.xml.
Office.actions.associate("generateSummary", handlers.generateSummary);
Office.actions.associate("checkRatings", handlers.checkRatings);

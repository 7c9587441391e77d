/**
 * Shows a command's outcome in a small Office dialog (outcome.html). Excel has no toast API for
 * add-ins on the web, Windows and Mac alike; the dialog API (DialogApi 1.1) works on all three.
 * The promise resolves when the user closes it, or after a while so the command can finish.
 */
import type { ShowOutcome } from "./runCommand";

/** The part of Office.context.ui this needs, so it can be tested without Office. */
export interface DialogUi {
  displayDialogAsync(url: string, options: { height: number; width: number; displayInIframe: boolean }, callback: (result: { status: unknown; value: DialogHandle }) => void): void;
}

export interface DialogHandle {
  addEventHandler(type: unknown, handler: (args: unknown) => void): void;
  close(): void;
}

/** Office.AsyncResultStatus.Succeeded and the two Office.EventType dialog events, passed in from Office. */
export interface DialogConstants {
  succeeded: unknown;
  messageReceived: unknown;
  eventReceived: unknown;
}

/** `unshown`: where an outcome the dialog could not show goes (unshownOutcome.ts). */
export function dialogOutcome(ui: DialogUi, pageUrl: string, constants: DialogConstants, unshown: (message: string, kind: "done" | "error") => void, timeoutMs = 120_000): ShowOutcome {
  return (message, kind) =>
    new Promise<void>((resolve) => {
      const url = new URL(pageUrl);
      url.searchParams.set("message", message);
      url.searchParams.set("kind", kind);
      ui.displayDialogAsync(url.href, { height: 30, width: 35, displayInIframe: true }, (result) => {
        // Another dialog already open, or dialogs blocked: the outcome is kept for the task pane to say.
        if (result.status !== constants.succeeded) {
          unshown(message, kind);
          return resolve();
        }
        const dialog = result.value;
        const timer = setTimeout(() => {
          dialog.close();
          resolve();
        }, timeoutMs);
        const done = (closeIt: boolean) => {
          clearTimeout(timer);
          if (closeIt) dialog.close();
          resolve();
        };
        dialog.addEventHandler(constants.messageReceived, () => done(true));
        // The user closed it with its own X.
        dialog.addEventHandler(constants.eventReceived, () => done(false));
      });
    });
}

/**
 * One ribbon click: do the work, show its outcome, and always tell Office the command is
 * finished. Without event.completed() Office queues every later click behind this one.
 */
import { errorSentence } from "../excel/errors";

export interface CommandEvent {
  completed(): void;
}

/** Shows one sentence to the user; resolves when it has been seen or dismissed. */
export type ShowOutcome = (message: string, kind: "done" | "error") => Promise<void>;

export async function runCommand(event: CommandEvent, work: () => Promise<string>, show: ShowOutcome): Promise<void> {
  try {
    let message: string;
    let kind: "done" | "error" = "done";
    try {
      message = await work();
    } catch (error) {
      message = errorSentence(error);
      kind = "error";
    }
    await show(message, kind).catch(() => undefined);
  } finally {
    event.completed();
  }
}

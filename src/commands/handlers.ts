/** The ribbon's function commands, over any door: the same operations the task pane uses. */
import type { RagDoor } from "../door/RagDoor";
import { generateSummary, highlightRatingProblems } from "../door/operations";
import type { CommandEvent, ShowOutcome } from "./runCommand";
import { runCommand } from "./runCommand";
import { checkRatingsMessage } from "./messages";
import { writtenSentence } from "../taskpane/messages";

export interface CommandDeps {
  door: () => RagDoor;
  show: ShowOutcome;
  /** Told when a command has run, which may have written to the workbook (`command`: the button's name), so an open pane can know (ribbonWrites.ts). */
  wrote?: (command: string) => void;
}

export function commandHandlers(deps: CommandDeps) {
  /** Runs a command that writes to the workbook, telling `wrote` once it ends: also where it failed part-way, as Excel keeps the writes before a refused one. */
  const writing = (command: string, work: () => Promise<string>) => (event: CommandEvent) =>
    runCommand(
      event,
      async () => {
        try {
          return await work();
        } finally {
          deps.wrote?.(command);
        }
      },
      deps.show,
    );
  return {
    /** Reads the trackers, writes or refreshes the generated sheets, says what it found. */
    generateSummary: writing("Generate RAG summary", async () => {
      const result = await generateSummary(deps.door());
      return `${result.message} ${writtenSentence(result.sheets)}`;
    }),
    /** Highlights invalid and missing ratings in place. */
    checkRatings: writing("Check ratings", async () => checkRatingsMessage((await highlightRatingProblems(deps.door())).analysis)),
  };
}

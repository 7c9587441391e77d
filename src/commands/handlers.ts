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
  return {
    /** Reads the trackers, writes or refreshes the generated sheets, says what it found. */
    generateSummary: (event: CommandEvent) =>
      runCommand(
        event,
        async () => {
          try {
            const result = await generateSummary(deps.door());
            return `${result.message} ${writtenSentence(result.sheets)}`;
          } finally {
            // Also where it failed part-way: Excel keeps the writes before a refused one.
            deps.wrote?.("Generate RAG summary");
          }
        },
        deps.show,
      ),
    /** Highlights invalid and missing ratings in place. */
    checkRatings: (event: CommandEvent) =>
      runCommand(
        event,
        async () => {
          try {
            return checkRatingsMessage((await highlightRatingProblems(deps.door())).analysis);
          } finally {
            deps.wrote?.("Check ratings");
          }
        },
        deps.show,
      ),
  };
}

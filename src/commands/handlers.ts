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
  /** Told when a command has written to the workbook (`command`: the button's name), so an open pane can know (ribbonWrites.ts). */
  wrote?: (command: string) => void;
}

export function commandHandlers(deps: CommandDeps) {
  return {
    /** Reads the trackers, writes or refreshes the generated sheets, says what it found. */
    generateSummary: (event: CommandEvent) =>
      runCommand(
        event,
        async () => {
          const result = await generateSummary(deps.door());
          deps.wrote?.("Generate RAG summary");
          return `${result.message} ${writtenSentence(result.sheets)}`;
        },
        deps.show,
      ),
    /** Highlights invalid and missing ratings in place. */
    checkRatings: (event: CommandEvent) =>
      runCommand(
        event,
        async () => {
          const { analysis } = await highlightRatingProblems(deps.door());
          deps.wrote?.("Check ratings");
          return checkRatingsMessage(analysis);
        },
        deps.show,
      ),
  };
}

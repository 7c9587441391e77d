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
}

export function commandHandlers(deps: CommandDeps) {
  return {
    /** Reads the trackers, writes or refreshes the generated sheets, says what it found. */
    generateSummary: (event: CommandEvent) =>
      runCommand(
        event,
        async () => {
          const result = await generateSummary(deps.door());
          return `${result.message} ${writtenSentence(result.sheets)}`;
        },
        deps.show,
      ),
    /** Highlights invalid and missing ratings in place. */
    checkRatings: (event: CommandEvent) => runCommand(event, async () => checkRatingsMessage((await highlightRatingProblems(deps.door())).analysis), deps.show),
  };
}

/**
 * What recording a date again replaced: when the report replaced was recorded, and what differs from
 * it, so a team member sees they are overwriting a colleague's report, which may already have gone out.
 */
import { shownTitle, type Snapshot, type SnapshotAction } from "./snapshot";
import { compareSnapshots } from "./changes";
import { recordedWords } from "./reportList";
import { countText, fewInWords, plural } from "../sentences";
import { cutTo } from "../text";

/** "recorded on 7 December 2026 at 10:02", as far as `recordedAt` says: the day and time it names, in the time zone it was written in. */
export function recordedAtWords(recordedBy: string | null, recordedAt: string | null): string {
  const words = recordedWords(recordedBy, recordedAt);
  const time = /^\d{4}-\d\d-\d\dT(\d\d:\d\d)/.exec(recordedAt ?? "")?.[1];
  return time ? `${words} at ${time}` : words;
}

/** "Peer Review 19", or, on a plan with no numbers, by its opening words: "Plan “Strategic Partners to identify deputies…”". */
function actionNamed(a: SnapshotAction): string {
  return a.ref !== "" ? `${a.review} ${a.ref}` : `${a.review} “${cutTo(shownTitle(a.title), TITLE_SHOWN)}”`;
}
const TITLE_SHOWN = 40;

/**
 * "The report replaced was recorded on 7 December 2026 at 10:02; 1 rating differs from it: Frankie 14 (Amber to Blue)."
 * `replaced` and `now` are the old and new report of one date.
 */
export function replacedReportSentence(replaced: Snapshot, now: Snapshot): string {
  const changes = compareSnapshots(replaced, now, now.date);
  const moves = changes.moves.map((m) => `${actionNamed(m.after)} (${m.before.rating} to ${m.after.rating})`);
  const ratings = moves.length === 0 ? "no rating differs from it" : `${moves.length === 1 ? "1 rating differs" : `${countText(moves.length)} ratings differ`} from it: ${fewInWords(moves)}`;
  const added = changes.added.length;
  const removed = changes.removed.length;
  const actions = [added > 0 ? `${plural(added, "action")} ${added === 1 ? "is" : "are"} new to it` : "", removed > 0 ? `${plural(removed, "action")} of it ${removed === 1 ? "is" : "are"} gone` : ""].filter(Boolean);
  return `The report replaced was ${recordedAtWords(replaced.recordedBy, replaced.recordedAt)}; ${ratings}${actions.length > 0 ? `; ${actions.join(", and ")}` : ""}.`;
}

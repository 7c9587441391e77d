/**
 * A review is often first recorded under a child's or family's real name and given its pseudonym
 * later. The reports recorded before keep the real name, and the Committee Pack and RAG History
 * made from them print it ("“Jane Smith” is now named “Leo”"); an action also keeps the identity it
 * was first recorded under ("Jane Smith#7"), so deleting those reports does not take the name out of
 * the file. Remove wording does (namesAsNow.ts): both are said where they happen.
 */
import type { Snapshot } from "./snapshot";
import { reviewLineages } from "./reviewLineage";
import { countText, listInWords } from "../sentences";

/**
 * How each door names the way to take the wording out of the reports: the command line names its
 * command; the task pane names its button, as the pane never speaks of the command line.
 */
export const REMOVE_WORDING = {
  commandLine: "Remove wording from reports (remove-wording on the command line)",
  pane: "Remove wording from reports, below the list of recorded reports,",
} as const;

export type RemoveWordingWay = (typeof REMOVE_WORDING)[keyof typeof REMOVE_WORDING];

/** Said where `deleted` is deleted and `kept` remain: the former review names its deletion leaves in the file, or "". */
export function formerNamesKeptNote(deleted: Snapshot, kept: readonly Snapshot[], way: RemoveWordingWay = REMOVE_WORDING.commandLine): string {
  const names = formerNamesInIdentities(deleted, kept);
  if (names.length === 0) return "";
  const one = names.length === 1;
  return `The ${one ? "name" : "names"} it gave ${one ? "a review" : `${countText(names.length)} reviews`} since renamed (${listInWords(names.map((n) => `“${n}”`))}) ${one ? "stays" : "stay"} in the file, in the identities the later reports keep for its actions; ${way} takes ${one ? "it" : "them"} out.`;
}

/** The review names of `deleted` that no kept report names a review by, but whose identities a kept report still carries. */
function formerNamesInIdentities(deleted: Snapshot, kept: readonly Snapshot[]): string[] {
  const reviewsNow = new Set(kept.flatMap((s) => s.actions.map((a) => a.review)));
  const former = new Set(deleted.actions.map((a) => a.review).filter((r) => !reviewsNow.has(r)));
  const carried = new Set<string>();
  for (const s of kept) for (const a of s.actions) for (const name of former) if (a.id.startsWith(`${name}#`) || a.id.startsWith(`${name}~`)) carried.add(name);
  return [...former].filter((name) => carried.has(name));
}

/**
 * Said with a pack made from reports that name a review otherwise than the plan now does, or ""; the
 * names are quoted, as the pack prints them for the committee.
 */
export function formerNamesInPackNote(snapshots: readonly Snapshot[], way: RemoveWordingWay = REMOVE_WORDING.commandLine): string {
  // A name used in two runs (renamed back and again) is one former name; a plan's tab's name, before its round tabs' shared one (or after), is none.
  const renamed = [...new Set(reviewLineages(snapshots).flatMap((line) => line.formerNames.filter((f) => f.roundTabs === undefined).map((f) => `“${f.name}”, now “${line.name}”`)))];
  if (renamed.length === 0) return "";
  const one = renamed.length === 1;
  return `It names ${one ? "a review" : `${renamed.length} reviews`} by a former name too, as the recorded reports keep ${one ? "it" : "them"} (${listInWords(renamed)}); where a former name must not be published, ${way} names each review as the plan does now in every report, and the pack generated again then does too.`;
}

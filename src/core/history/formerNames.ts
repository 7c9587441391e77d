/**
 * An action keeps the identity it was first recorded under ("Jane Smith#7": its review's name then,
 * and its number), so its history follows it through renames. A report recorded under a review's
 * real name, since renamed to its pseudonym, leaves that name in the identities of every later
 * report: deleting the report does not take it out of the file, and Remove wording does
 * (namesAsNow.ts). Said where a report is deleted.
 */
import type { Snapshot } from "./snapshot";

/** The review names of `deleted` that no kept report names a review by, but whose identities a kept report still carries. */
export function formerNamesInIdentities(deleted: Snapshot, kept: readonly Snapshot[]): string[] {
  const reviewsNow = new Set(kept.flatMap((s) => s.actions.map((a) => a.review)));
  const former = new Set(deleted.actions.map((a) => a.review).filter((r) => !reviewsNow.has(r)));
  const carried = new Set<string>();
  for (const s of kept) for (const a of s.actions) for (const name of former) if (a.id.startsWith(`${name}#`) || a.id.startsWith(`${name}~`)) carried.add(name);
  return [...former].filter((name) => carried.has(name));
}

/**
 * The version of RAG Tracker a report was recorded by, as the report keeps it (`appVersion`), named where this
 * version cannot read the report: "update RAG Tracker" alone gives a team no number to compare or ask for.
 * The engine is told its own version by the door; it never reads one.
 */
import { capitalised } from "../text";

/** A later version and this one, where a report this version cannot read names the version that recorded it. */
export interface NewerRelease {
  recordedWith: string;
  thisVersion: string;
}

/** A release number as package.json writes it ("0.3.0", "1.0.0-beta.2"), short enough to quote in a sentence. */
const RELEASE = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})(?:-[0-9A-Za-z.-]{1,20})?$/;

function releaseNumbers(version: string): [number, number, number] | undefined {
  const match = RELEASE.exec(version);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

/** Whether `version` is a later release than `than`, by major, minor and patch numbers (0.10.0 is later than 0.9.0). */
function isLaterRelease(version: string, than: string): boolean {
  const a = releaseNumbers(version);
  const b = releaseNumbers(than);
  if (!a || !b) return false;
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}

/**
 * The version a stored report names as its recorder, where it reads as a release later than this one. Anything
 * else (no version, text that is no version number, this version or an earlier one) names nothing, so the
 * sentence stays the one for a report that names no version rather than quoting what the file holds.
 */
export function newerReleaseOf(data: unknown, thisVersion: string | undefined): NewerRelease | undefined {
  if (thisVersion === undefined || data === null || typeof data !== "object" || Array.isArray(data)) return undefined;
  const named = (data as Record<string, unknown>).appVersion;
  return typeof named === "string" && isLaterRelease(named, thisVersion) ? { recordedWith: named, thisVersion } : undefined;
}

/** "was made by RAG Tracker 0.3.0, which this version (0.2.0) cannot read". */
const madeBy = ({ recordedWith, thisVersion }: NewerRelease, cannot: string) => `made by RAG Tracker ${recordedWith}, which this version (${thisVersion}) cannot ${cannot}`;

/** The sentence for a stored report a later version recorded that this one cannot use. */
export function newerReportSentence(label: string, release: NewerRelease | undefined): string {
  return release
    ? `The report recorded for ${label} was ${madeBy(release, "read")}; update RAG Tracker to ${release.recordedWith} or later to use it.`
    : `The report recorded for ${label} was made by a newer version of RAG Tracker, so only that version can read it; update RAG Tracker to use it.`;
}

/** The sentence refusing to record over such a report. */
export function newerReportRefusal(label: string, release: NewerRelease | undefined): string {
  return release
    ? `The report recorded for ${label} was ${madeBy(release, "replace")}; update RAG Tracker to ${release.recordedWith} or later to record that date again, or record this report under another date.`
    : `The report recorded for ${label} was made by a newer version of RAG Tracker, so this version cannot replace it; update RAG Tracker to record that date again, or record this report under another date.`;
}

/** The line under the report's date in the task pane's list of recorded reports, which names the date already. */
export function newerReportLine(release: NewerRelease | undefined): string {
  return release
    ? `${capitalised(madeBy(release, "read"))}: update RAG Tracker to ${release.recordedWith} or later to use it.`
    : "Made by a newer version of RAG Tracker, which alone can read it: update RAG Tracker to use it.";
}

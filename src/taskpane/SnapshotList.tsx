/**
 * The recorded reports, newest first: the date, who recorded it where the host said, the count
 * per rating (each colour beside its name), and a Delete button that asks first.
 */
import { Body1Strong, Button, Caption1, makeStyles, tokens, useRestoreFocusTarget } from "@fluentui/react-components";
import { useState } from "react";
import { TITLE_LENGTH, TYPED_RATING_LENGTH, keepsWording, type Snapshot, type SnapshotProblem } from "../core/history/snapshot";
import { point as countsAt, type Trend } from "../core/history/trend";
import { newestFirst, recordedWhenWords } from "../core/history/reportList";
import { lateReport } from "../core/history/recordedLate";
import { reportLabel } from "../core/longDate";
import { ConfirmDialog } from "./ConfirmDialog";
import { pointCounts, snapshotLook } from "./historyLooks";
import { RatingSwatch } from "./RatingSwatch";
import { capitalised } from "../core/text";
import { newerReportLine, type NewerRelease } from "../core/history/recordedWith";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  text: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  counts: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, fontSize: tokens.fontSizeBase200 },
  count: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS, whiteSpace: "nowrap" },
});

/** A workbook can hold hundreds of reports; the newest few are what a committee cycle needs. */
export const SNAPSHOTS_SHOWN = 12;

export interface SnapshotListProps {
  snapshots: Snapshot[];
  /** Dates whose stored report could not be read: listed too, so they can be deleted. */
  unreadable: string[];
  /** Why each of them could not be read. */
  reasons: Record<string, SnapshotProblem>;
  /** For a newer version's report that names the version that recorded it, that version and this one. */
  releases: Record<string, NewerRelease>;
  trend: Trend;
  busy: boolean;
  onDelete: (date: string) => void;
  onRemoveWording: () => void;
}

/** What an unreadable report's line says: what is wrong with it, and what the team can do. */
const UNREADABLE_LINE: Record<Exclude<SnapshotProblem, "newer">, string> = {
  damaged: "Damaged (its stored text is incomplete), so it cannot be used: delete it and record a new one.",
  malformed: "Not in the form RAG Tracker stores, so it cannot be used: delete it and record a new one.",
  altered: "Changed outside RAG Tracker, so it cannot be trusted: delete it and record a new one.",
};

/** The line of a report that could not be read; a newer version's names that version and this one where it can. */
function unreadableLine(reason: SnapshotProblem, release: NewerRelease | undefined): string {
  return reason === "newer" ? newerReportLine(release) : UNREADABLE_LINE[reason];
}

/** As the command line's reports says it, a report recorded out of order marked so: its counts are of the day it was recorded. */
function recordedLine(s: Snapshot, snapshots: readonly Snapshot[]): string {
  return capitalised(recordedWhenWords(s.date, s.recordedBy, s.recordedAt, lateReport(s, snapshots)?.after ?? null));
}

type Listed = { date: string; snapshot: Snapshot | null };

export function SnapshotList({ snapshots, unreadable, reasons, releases, trend, busy, onDelete, onRemoveWording }: SnapshotListProps) {
  const styles = useStyles();
  const [deleting, setDeleting] = useState<string | null>(null);
  // The dialog is opened from code, not a DialogTrigger: this marks the buttons focus goes back to when it closes.
  const restoreFocus = useRestoreFocusTarget();
  const [showAll, setShowAll] = useState(false);
  const [removingWording, setRemovingWording] = useState(false);
  const worded = snapshots.filter((s) => s.actions.some(keepsWording)).length;
  const listed: Listed[] = [...snapshots.map((s) => ({ date: s.date, snapshot: s })), ...unreadable.filter((d) => !snapshots.some((s) => s.date === d)).map((date) => ({ date, snapshot: null }))];
  const unreadableCount = listed.length - snapshots.length;
  const ordered = listed.sort((a, b) => newestFirst(a.date, b.date));
  const shown = showAll ? ordered : ordered.slice(0, SNAPSHOTS_SHOWN);

  return (
    <>
      <ul className={styles.list} aria-label="Recorded reports">
        {shown.map(({ date, snapshot: s }) => {
          // As the report recorded them, as the command line's reports lists them: RAG History may leave an earlier round's sheet out (roundsCountedTwice.ts).
          const point = s && countsAt(s.date, s.actions, trend.ratings);
          const long = reportLabel(date);
          return (
            <li key={date} className={styles.item}>
              <div className={styles.text}>
                <Body1Strong>{long}</Body1Strong>
                <Caption1 className={styles.muted}>{s ? recordedLine(s, snapshots) : unreadableLine(reasons[date] ?? "malformed", releases[date])}</Caption1>
                {s && point && (
                  <div className={styles.counts}>
                    {pointCounts(point, trend.ratings).map((c) => (
                      <span key={c.rating} className={styles.count}>
                        <RatingSwatch look={snapshotLook(s, c.rating)} />
                        {c.count} {c.rating}
                      </span>
                    ))}
                    <span className={styles.count}>{point.total} in all</span>
                  </div>
                )}
              </div>
              <Button
                {...restoreFocus}
                size="small"
                disabledFocusable={busy}
                aria-label={`Delete the report recorded for ${long}`}
                onClick={() => setDeleting(date)}
              >
                Delete
              </Button>
            </li>
          );
        })}
      </ul>
      {listed.length > SNAPSHOTS_SHOWN && (
        <div>
          <Button appearance="subtle" size="small" onClick={() => setShowAll((v) => !v)}>
            {showAll ? `Show the newest ${SNAPSHOTS_SHOWN} recorded reports` : `Show all ${listed.length} recorded reports`}
          </Button>
        </div>
      )}
      {worded > 0 && (
        <div>
          <Button {...restoreFocus} size="small" disabledFocusable={busy} onClick={() => setRemovingWording(true)}>
            Remove wording from reports
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={removingWording}
        title="Remove the actions' wording from the recorded reports?"
        text={
          `${worded === 1 ? "The recorded report keeps" : `${worded} recorded reports keep`} up to ${TITLE_LENGTH} characters of each action's wording, and up to ${TYPED_RATING_LENGTH} of each invalid rating as it was typed (“Yellow”), so comparisons and the committee pack can name them. ` +
          "Removing it takes that text out of the workbook; ratings, numbers and dates stay, and changes are still found. This cannot be undone." +
          (unreadableCount > 0 ? ` ${unreadableCount === 1 ? "The report that cannot be read keeps its" : `The ${unreadableCount} reports that cannot be read keep their`} wording until deleted.` : "")
        }
        confirmLabel="Remove wording"
        onConfirm={() => {
          setRemovingWording(false);
          if (!busy) onRemoveWording();
        }}
        onCancel={() => setRemovingWording(false)}
      />
      <ConfirmDialog
        open={deleting !== null}
        title={deleting ? `Delete the report recorded for ${reportLabel(deleting)}?` : ""}
        text="Later reports can no longer be compared with it, and this cannot be undone. A Committee Pack or RAG History sheet already written keeps showing it until the committee pack is generated again."
        confirmLabel="Delete report"
        onConfirm={() => {
          const date = deleting;
          setDeleting(null);
          if (date && !busy) onDelete(date);
        }}
        onCancel={() => setDeleting(null)}
      />
    </>
  );
}

/**
 * Actions that are overdue (past their time scale) or stale (not updated for longer than the
 * threshold), each a link that selects the row's due or last-updated cell in the sheet. Each list
 * shows its first few until asked for all: dozens of links would each be a Tab stop to get past.
 */
import { Button, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import type { Action, Analysis, FlaggedAction, FlagReason, Tracker } from "../core/model";
import type { RagIndex } from "../core/ragIndex";
import { formatLongDate } from "../core/longDate";
import { plural } from "../core/sentences";
import { notJudgedSentences } from "../core/notJudged";
import { UNRATED, INVALID, ratingBucket } from "../core/grouping";
import { writtenRating } from "../core/ratings";
import type { SelectCell } from "./CellLink";
import { CellLink } from "./CellLink";
import { lookFor } from "./ratingLooks";
import { RatingSwatch } from "./RatingSwatch";
import { actionName } from "./messages";
import { useHeadingTag } from "./headingLevel";

export const MAX_FLAGGED_SHOWN = 100;
/** Shown before "Show all": enough to see what needs chasing first. */
export const FIRST_FLAGGED_SHOWN = 10;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: { display: "flex", alignItems: "baseline", columnGap: tokens.spacingHorizontalS, overflowWrap: "anywhere" },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

function ratingWords(action: Action): string {
  const bucket = ratingBucket(action);
  if (bucket === INVALID) return `invalid rating ‘${writtenRating(action.ratingValue)}’`;
  if (bucket === UNRATED) return "no rating";
  return bucket;
}

/** "Frankie action 12" or the recommendation's start when there is no reference. */
export function flagDetail(flag: FlaggedAction, reason: FlagReason): string {
  const { action, days } = flag;
  if (reason === "overdue") {
    const due = action.due ? `due ${formatLongDate(action.due)}` : `due ${action.dueText}`;
    return days === null ? due : `${due}, ${plural(days, "day")} overdue`;
  }
  // A cell that gives no date ("Ongoing", =TODAY()) is shown as the Stale Actions sheet shows it: "never" would not be true.
  if ((days === null || !action.updated) && action.updatedWritten !== undefined) return `last update ‘${action.updatedWritten}’: not a date`;
  if (days === null || !action.updated) return "never updated";
  return `last updated ${formatLongDate(action.updated)}, ${plural(days, "day")} ago`;
}

function targetColumn(tracker: Tracker | undefined, reason: FlagReason): number {
  const columns = tracker?.columns ?? {};
  return (reason === "overdue" ? columns.due : columns.updated) ?? columns.rating ?? 1;
}

interface FlagSectionProps {
  title: string;
  reason: FlagReason;
  flags: FlaggedAction[];
  trackers: Tracker[];
  index: RagIndex;
  empty: string;
  onSelect: SelectCell;
}

function FlagSection({ title, reason, flags, trackers, index, empty, onSelect }: FlagSectionProps) {
  const styles = useStyles();
  const id = useId();
  const [all, setAll] = useState(false);
  const firstNew = useRef<HTMLButtonElement>(null);
  // Focus would stay on the button, now gone: it goes to the first link it brought into view.
  useEffect(() => {
    if (all) firstNew.current?.focus();
  }, [all]);
  const shown = flags.slice(0, all ? MAX_FLAGGED_SHOWN : FIRST_FLAGGED_SHOWN);
  const kind = title.toLowerCase();
  return (
    <section aria-labelledby={id} className={styles.section}>
      <Subtitle2 as={useHeadingTag(3)} block id={id}>
        {title} ({flags.length})
      </Subtitle2>
      {flags.length === 0 ? (
        <p className={styles.muted}>{empty}</p>
      ) : (
        <ul className={styles.list}>
          {shown.map((flag, i) => {
            const { action } = flag;
            const tracker = trackers.find((t) => t.sheet === action.sheet);
            const target = { sheet: action.sheet, row: action.row, column: targetColumn(tracker, reason) };
            return (
              <li key={`${action.sheet}-${action.row}`} className={styles.item}>
                <RatingSwatch look={lookFor(ratingBucket(action), index)} />
                <CellLink ref={i === FIRST_FLAGGED_SHOWN ? firstNew : undefined} target={target} onSelect={onSelect}>
                  {`${action.sheet} row ${action.row}: ${actionName(action, action.recommendation, true)}, ${ratingWords(action)}, ${flagDetail(flag, reason)}`}
                </CellLink>
              </li>
            );
          })}
        </ul>
      )}
      {!all && flags.length > FIRST_FLAGGED_SHOWN && (
        <Button onClick={() => setAll(true)}>
          {flags.length > MAX_FLAGGED_SHOWN ? `Show the first ${MAX_FLAGGED_SHOWN} of ${flags.length} ${kind} actions` : `Show all ${flags.length} ${kind} actions`}
        </Button>
      )}
      {all && flags.length > MAX_FLAGGED_SHOWN && (
        <p className={styles.muted}>
          Showing the first {MAX_FLAGGED_SHOWN} of {flags.length}; Generate RAG summary lists them all on the Stale Actions sheet.
        </p>
      )}
    </section>
  );
}

export function FlaggedList({ analysis, onSelect }: { analysis: Analysis; onSelect: SelectCell }) {
  const styles = useStyles();
  const common = { trackers: analysis.trackers, index: analysis.index, onSelect };
  const withNotJudged = (none: string, judged: "stale" | "overdue") => [none, notJudgedSentences(analysis.trackers, judged)].filter((s) => s !== "").join(" ");
  return (
    <div className={styles.root}>
      {/* "None" on a sheet without the date column to judge by would read as none at all: that sheet is named. */}
      <FlagSection title="Overdue" reason="overdue" flags={analysis.overdue} empty={withNotJudged("No action is past its time scale.", "overdue")} {...common} />
      <FlagSection
        title="Stale"
        reason="stale"
        flags={analysis.stale}
        empty={withNotJudged(`No action has gone more than ${plural(analysis.staleDays, "day")} without an update.`, "stale")}
        {...common}
      />
    </div>
  );
}

/** Compare any two recorded reports: two lists of report dates, and what changed between them. */
import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Snapshot } from "../core/history/snapshot";
import type { Analysis } from "../core/model";
import { formatLongDate } from "../core/longDate";
import { compareRecorded } from "../door/historyOperations";
import type { SelectCell } from "./CellLink";
import type { LocateAction } from "./ChangesSummary";
import { ChangesSummary } from "./ChangesSummary";
import { errorSentence } from "./messages";
import { useVisuallyHiddenStyles } from "./visuallyHidden";

/** How long the picked comparison's sentence stays in the live region: long enough to be queued, gone before the section is read again. */
const SAID_FOR_MS = 3000;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  selects: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  select: { flexGrow: 1, minWidth: "9em" },
});

export interface CompareReportsProps {
  /** Oldest first, at least two. */
  snapshots: Snapshot[];
  locate: LocateAction;
  onSelect: SelectCell;
  /** The plan as read now, so a review the team renamed between the two reports is told, and a round's tab renamed (compareRecorded). */
  planNow?: Pick<Analysis, "actions" | "trackers" | "sheets">;
}

function choose(snapshots: Snapshot[], wanted: string, fallback: Snapshot | undefined): string {
  return snapshots.some((s) => s.date === wanted) ? wanted : (fallback?.date ?? "");
}

export function CompareReports({ snapshots, locate, onSelect, planNow }: CompareReportsProps) {
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles().hidden;
  const [picked, setPicked] = useState<{ from: string; to: string }>({ from: "", to: "" });
  // The comparison the user picks is said, as the lists under the selects change out of hearing; only that pair (a report
  // deleted or recorded since changes the pair, said by its own task), and only for a while, so reading the section later
  // does not meet the sentence twice.
  const [said, setSaid] = useState<{ from: string; to: string } | null>(null);
  const pick = (next: { from: string; to: string }) => {
    setPicked(next);
    setSaid(next);
  };
  useEffect(() => {
    if (!said) return;
    const timer = setTimeout(() => setSaid(null), SAID_FOR_MS);
    return () => clearTimeout(timer);
  }, [said]);
  // A deleted or newly recorded report changes the list: fall back to the last two.
  const from = choose(snapshots, picked.from, snapshots.at(-2));
  const to = choose(snapshots, picked.to, snapshots.at(-1));

  let result: ReturnType<typeof compareRecorded> | null = null;
  let problem: string | null = null;
  try {
    result = compareRecorded({ snapshots }, from, to, planNow);
  } catch (error) {
    problem = errorSentence(error);
  }
  const newer = result ? snapshots.find((s) => s.date === result.changes.to) : undefined;

  const options = snapshots.map((s) => (
    <option key={s.date} value={s.date}>
      {formatLongDate(s.date)}
    </option>
  ));

  return (
    <div className={styles.root}>
      <div className={styles.selects}>
        <Field label="From report" className={styles.select}>
          <Select value={from} onChange={(_, data) => pick({ from: data.value, to })}>
            {options}
          </Select>
        </Field>
        <Field label="To report" className={styles.select} validationState={problem ? "error" : "none"} validationMessage={problem ?? undefined}>
          <Select value={to} onChange={(_, data) => pick({ from, to: data.value })}>
            {options}
          </Select>
        </Field>
      </div>
      {/* The same two reports picked is said by the To field's alert. */}
      <span aria-live="polite" className={hidden}>
        {said?.from === from && said.to === to && result ? result.sentence : ""}
      </span>
      {result && <ChangesSummary changes={result.changes} sentence={result.sentence} notes={result.notes} colours={newer} locate={locate} onSelect={onSelect} />}
    </div>
  );
}

/**
 * Record report: keeps the ratings as they stand for a reporting date, so the next report can
 * say what moved. One report per date, so recording a date that already has one replaces it,
 * after asking; also when the stored one could not be read, since it is lost once replaced.
 * A date after today or more than a year before it is asked about first: it is most likely a
 * mistyped year, and a report kept under it would be compared with as if it were real. So is a
 * date before the latest recorded report: the report would hold today's plan under that date.
 * A date that is both asked about and already recorded is asked about once, in one dialog.
 */
import { Button, Caption1, Field, Input, makeStyles, tokens, useRestoreFocusTarget } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import type { FormEvent } from "react";
import type { Snapshot } from "../core/history/snapshot";
import { latestReportDate } from "../core/history/record";
import { isIsoDate } from "../core/dates";
import { todayIso } from "../door/operations";
import { ConfirmDialog } from "./ConfirmDialog";
import { DateInWords } from "./DateInWords";
import { reportDateProblem, unlikelyReportDateClause, unlikelyReportDateQuestion } from "./reportDate";
import type { ReplacedReport } from "./replaceReportQuestion";
import { replaceReportQuestion } from "./replaceReportQuestion";
import { isBeforeLatestReport } from "../core/history/unlikelyReportDate";

const useStyles = makeStyles({
  form: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, minWidth: "11em" },
  reason: { flexBasis: "100%", color: tokens.colorNeutralForeground2 },
});

export interface RecordReportFormProps {
  /**
   * The date offered: the pane's report date (today unless Settings has one). The field follows it
   * while the user has not typed a date of their own; a date they typed stays when it changes.
   */
  defaultDate: string;
  snapshots: Snapshot[];
  /** Dates whose stored report could not be read: not in `snapshots`, but still replaced by recording that date. */
  unreadable: string[];
  /** Those recorded by a newer version: never replaced, so recording one goes straight to the refusal, with no dialog. */
  newer: string[];
  busy: boolean;
  /**
   * Why a report cannot be recorded yet (the recorded reports are still being read, or could not
   * be read), or null. Until they are read, a date that already has a report would not be seen.
   */
  unavailable: string | null;
  /** The id the reason is shown under, so other buttons that wait for the same thing can point to it. */
  reasonId: string;
  /** What the user has confirmed, so the door records what it would otherwise refuse. */
  onRecord: (date: string, confirmed: RecordConfirmed) => void;
  /** Told the date the field holds each time it changes, typed or following the report date. */
  onDateChange?: (date: string) => void;
}

export interface RecordConfirmed {
  /** Replacing the report already recorded for that date. */
  replace: boolean;
  /** Recording a date before the latest recorded report. */
  earlier: boolean;
}

/** The report a recording would replace, and why its date is unlikely to be the one meant, if it is: asked about together. */
interface Replacing extends ReplacedReport {
  unlikely: string | null;
  /** Confirming confirms a date before the latest report too. */
  earlier: boolean;
}

/** A date asked about before recording, and whether confirming it confirms a date before the latest report. */
interface Unlikely {
  date: string;
  question: string;
  earlier: boolean;
}

export function RecordReportForm({ defaultDate, snapshots, unreadable, newer, busy, unavailable, reasonId, onRecord, onDateChange }: RecordReportFormProps) {
  const styles = useStyles();
  // null until the user types a date: until then the field shows the report date, whatever it becomes.
  const [typed, setTyped] = useState<string | null>(null);
  const date = typed ?? defaultDate;
  const [problem, setProblem] = useState<string | null>(null);
  const [replacing, setReplacing] = useState<Replacing | null>(null);
  const [unlikely, setUnlikely] = useState<Unlikely | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const wordsId = useId();
  // The dialogs are opened from code, not a DialogTrigger: focus goes back to what opened them when they
  // close, Record report or the date field where Enter was pressed.
  const restoreFocus = useRestoreFocusTarget();
  useEffect(() => {
    onDateChange?.(date.trim());
  }, [date, onDateChange]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Enter in the date field submits the form even while the button is only aria-disabled.
    if (busy || unavailable) return;
    const found = reportDateProblem(date);
    setProblem(found);
    if (found) {
      input.current?.focus();
      return;
    }
    const chosen = date.trim();
    const latest = latestReportDate({ snapshots, unreadable });
    const today = todayIso();
    const earlier = isBeforeLatestReport(chosen, latest);
    const replaced = replacedBy(chosen);
    const question = unlikelyReportDateQuestion(chosen, today, latest);
    // Both at once: one dialog says both and asks once.
    if (replaced) setReplacing({ ...replaced, unlikely: unlikelyReportDateClause(chosen, today, latest), earlier });
    else if (question) setUnlikely({ date: chosen, question, earlier });
    else onRecord(chosen, { replace: false, earlier });
  };

  /** The report recording `chosen` would replace, or null; one a newer version recorded is never replaced, so the door's refusal says so. */
  const replacedBy = (chosen: string): ReplacedReport | null => {
    const existing = snapshots.find((s) => s.date === chosen);
    if (existing) return { date: chosen, recordedBy: existing.recordedBy, recordedAt: existing.recordedAt || null, readable: true };
    if (unreadable.includes(chosen) && !newer.includes(chosen)) return { date: chosen, recordedBy: null, recordedAt: null, readable: false };
    return null;
  };

  /** Records a date the user means, asking first when that would replace a report (recorded since the date was asked about). */
  const record = (chosen: string, earlier: boolean) => {
    const replaced = replacedBy(chosen);
    if (replaced) setReplacing({ ...replaced, unlikely: null, earlier });
    else onRecord(chosen, { replace: false, earlier });
  };

  const recordUnlikely = () => {
    if (!unlikely) return;
    setUnlikely(null);
    record(unlikely.date, unlikely.earlier);
  };

  const replace = () => {
    if (!replacing) return;
    setReplacing(null);
    onRecord(replacing.date, { replace: true, earlier: replacing.earlier });
  };

  const replaceQuestion = replacing ? replaceReportQuestion(replacing, replacing.unlikely) : null;
  return (
    <>
      <form noValidate onSubmit={submit} className={styles.form} aria-label="Record a report">
        <Field
          className={styles.field}
          label="Date of the report to record"
          hint="The date of the report the ratings belong to."
          validationState={problem ? "error" : "none"}
          validationMessage={problem ?? undefined}
        >
          <Input
            {...restoreFocus}
            ref={input}
            type="date"
            value={date}
            // The browser shows the date in its own locale's order; the words under it cannot be misread.
            aria-describedby={isIsoDate(date) ? wordsId : undefined}
            onChange={(_, data) => {
              setTyped(data.value);
              setProblem(null);
            }}
          />
          <DateInWords iso={date} id={wordsId} />
        </Field>
        <Button
          {...restoreFocus}
          type="submit"
          appearance="primary"
          disabledFocusable={busy || unavailable !== null}
          aria-describedby={unavailable ? reasonId : undefined}
        >
          Record report
        </Button>
        {unavailable && (
          <Caption1 id={reasonId} className={styles.reason}>
            {unavailable}
          </Caption1>
        )}
      </form>
      <ConfirmDialog
        open={unlikely !== null}
        title="Check the report date"
        text={unlikely?.question ?? ""}
        confirmLabel="Record anyway"
        onConfirm={recordUnlikely}
        onCancel={() => setUnlikely(null)}
      />
      <ConfirmDialog
        open={replacing !== null}
        title={replaceQuestion?.title ?? ""}
        text={replaceQuestion?.text ?? ""}
        confirmLabel="Replace report"
        onConfirm={replace}
        onCancel={() => setReplacing(null)}
      />
    </>
  );
}

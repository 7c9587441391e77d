/**
 * Record report: keeps the ratings as they stand for a reporting date, so the next report can
 * say what moved. One snapshot per date, so recording a date that already has one replaces
 * it, after asking.
 */
import { Button, Field, Input, makeStyles, tokens, useRestoreFocusTarget } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { FormEvent } from "react";
import type { Snapshot } from "../core/history/snapshot";
import { formatLongDate } from "../core/longDate";
import { ConfirmDialog } from "./ConfirmDialog";
import { reportDateProblem } from "./reportDate";

const useStyles = makeStyles({
  form: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, minWidth: "11em" },
});

export interface RecordReportFormProps {
  /** The date offered first: the pane's report date (today unless Settings has one). */
  defaultDate: string;
  snapshots: Snapshot[];
  busy: boolean;
  onRecord: (date: string) => void;
}

export function RecordReportForm({ defaultDate, snapshots, busy, onRecord }: RecordReportFormProps) {
  const styles = useStyles();
  const [date, setDate] = useState(defaultDate);
  const [problem, setProblem] = useState<string | null>(null);
  const [replacing, setReplacing] = useState<Snapshot | null>(null);
  const input = useRef<HTMLInputElement>(null);
  // The dialog is opened from code, not a DialogTrigger: focus goes back to Record report when it closes.
  const restoreFocus = useRestoreFocusTarget();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = reportDateProblem(date);
    setProblem(found);
    if (found) {
      input.current?.focus();
      return;
    }
    const existing = snapshots.find((s) => s.date === date.trim());
    if (existing) setReplacing(existing);
    else onRecord(date.trim());
  };

  const replace = () => {
    if (!replacing) return;
    setReplacing(null);
    onRecord(replacing.date);
  };

  return (
    <>
      <form noValidate onSubmit={submit} className={styles.form} aria-label="Record a report">
        <Field
          className={styles.field}
          label="Report date"
          hint="The date of the report the ratings belong to."
          validationState={problem ? "error" : "none"}
          validationMessage={problem ?? undefined}
        >
          <Input
            ref={input}
            type="date"
            value={date}
            onChange={(_, data) => {
              setDate(data.value);
              setProblem(null);
            }}
          />
        </Field>
        <Button {...restoreFocus} type="submit" appearance="primary" disabledFocusable={busy}>
          Record report
        </Button>
      </form>
      <ConfirmDialog
        open={replacing !== null}
        title={replacing ? `Replace the snapshot of ${formatLongDate(replacing.date)}?` : ""}
        text={
          replacing
            ? `A report is already recorded for ${formatLongDate(replacing.date)}${replacing.recordedBy ? ` by ${replacing.recordedBy}` : ""}. Recording again keeps the ratings as they stand now instead.`
            : ""
        }
        confirmLabel="Replace snapshot"
        onConfirm={replace}
        onCancel={() => setReplacing(null)}
      />
    </>
  );
}

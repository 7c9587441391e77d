/**
 * A report date saved in the settings holds for everyone who opens the workbook, long after the
 * meeting it was set for: while it is not today, the pane says so at the top, with the way back.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useId } from "react";
import { formatLongDate } from "../core/longDate";
import { isoToSerial } from "../core/dates";
import { PLANNED_DAYS_AHEAD } from "../core/history/unlikelyReportDate";


export interface ReportDateNoticeProps {
  asOf: string;
  /** A report date more than PLANNED_DAYS_AHEAD after it is most likely a mistyped year, and is said to be; one before, a meeting to come. */
  today: string;
  busy: boolean;
  onUseToday: () => void;
}

export function ReportDateNotice({ asOf, today, busy, onUseToday }: ReportDateNoticeProps) {
  const bodyId = useId();
  return (
    <MessageBar intent="warning" layout="multiline" aria-labelledby={bodyId}>
      <MessageBarBody id={bodyId}>
        {asOf <= today
          ? `Counts are as at ${formatLongDate(asOf)}, the report date in the settings, not today.`
          : isoToSerial(asOf) - isoToSerial(today) > PLANNED_DAYS_AHEAD
            ? `Counts are as at ${formatLongDate(asOf)}, the report date in the settings, which is after today (${formatLongDate(today)}); a date so far to come is most likely a mistyped year.`
            : `Counts are as at ${formatLongDate(asOf)}, the report date in the settings, a meeting to come: stale and overdue actions are judged as they will be on that day if nothing changes.`}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" disabledFocusable={busy} onClick={onUseToday}>
          Use today
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/**
 * A report date saved in the settings holds for everyone who opens the workbook, long after the
 * meeting it was set for: while it is not today, the pane says so at the top, with the way back.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useId } from "react";
import { reportDateSentence } from "./messages";
import { useBusyDescribedBy } from "./busyReason";


export interface ReportDateNoticeProps {
  asOf: string;
  today: string;
  busy: boolean;
  onUseToday: () => void;
}

export function ReportDateNotice({ asOf, today, busy, onUseToday }: ReportDateNoticeProps) {
  const bodyId = useId();
  const describedBy = useBusyDescribedBy(busy);
  return (
    <MessageBar intent="warning" layout="multiline" aria-labelledby={bodyId}>
      <MessageBarBody id={bodyId}>{reportDateSentence(asOf, today)}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" disabledFocusable={busy} aria-describedby={describedBy} onClick={onUseToday}>
          Count as at today
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

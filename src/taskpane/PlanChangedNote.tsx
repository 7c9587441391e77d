/**
 * Under what changed since the last report: whether the plan has changed since the report recorded
 * for the report date, in the committee pack's words. The region is always in the page and polite,
 * so a screen reader hears the sentence when it appears, and hears when it no longer holds.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { Message } from "./Message";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export interface PlanChangedNoteProps {
  /** "The plan has changed since the report recorded for …", against a reading no older than that report. */
  sentence?: string;
  /** Said instead when an edit has come since the reading, so the sentence, or its absence, may no longer hold. */
  edited?: string;
}

export function PlanChangedNote({ sentence, edited }: PlanChangedNoteProps) {
  const styles = useStyles();
  return (
    <div className={styles.root} aria-live="polite" aria-atomic="true">
      {edited ? <Message intent="info" text={edited} /> : sentence ? <Message intent="warning" text={sentence} /> : null}
    </div>
  );
}

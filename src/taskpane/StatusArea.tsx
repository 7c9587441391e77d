/**
 * Where the pane says what is happening: a progress bar with the operation's step while a task
 * runs, then its outcome, or one sentence about what went wrong. Both sit in live regions that
 * are always in the page, so screen readers announce each change.
 */
import { Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { DoorTaskState } from "./useDoorTask";
import { Message } from "./Message";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export interface StatusAreaProps extends DoorTaskState {
  /**
   * Announce through aria-live alone, without the status and alert roles: for a section's own
   * status area, so the pane keeps a single status and a single alert region.
   */
  liveOnly?: boolean;
}

export function StatusArea({ running, outcome, error, liveOnly = false }: StatusAreaProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <div {...(liveOnly ? { "aria-live": "polite" as const } : { role: "status" })} aria-atomic="true">
        {running && (
          <Field label={running.title} validationMessage={running.step} validationState="none">
            <ProgressBar value={running.fraction} thickness="large" />
          </Field>
        )}
        {!running && outcome && <Message intent="success" text={outcome.text} detail={outcome.detail} />}
      </div>
      <div {...(liveOnly ? { "aria-live": "assertive" as const } : { role: "alert" })}>{!running && error && <Message intent="error" text={error} />}</div>
    </div>
  );
}

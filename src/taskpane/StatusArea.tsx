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

export function StatusArea({ running, outcome, error }: DoorTaskState) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <div role="status" aria-atomic="true">
        {running && (
          <Field label={running.title} validationMessage={running.step} validationState="none">
            <ProgressBar value={running.fraction} thickness="large" />
          </Field>
        )}
        {!running && outcome && <Message intent="success" text={outcome.text} detail={outcome.detail} />}
      </div>
      <div role="alert">{!running && error && <Message intent="error" text={error} />}</div>
    </div>
  );
}

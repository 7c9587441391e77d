/**
 * Where the pane says what is happening: a progress bar with the operation's step while a task
 * runs, then its outcome, or one sentence about what went wrong. Both sit in live regions that
 * are always in the page, so screen readers announce each change.
 */
import { Field, MessageBar, MessageBarBody, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { DoorTaskState } from "./useDoorTask";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  detail: { display: "block", marginTop: tokens.spacingVerticalXXS },
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
        {!running && outcome && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {outcome.text}
              {outcome.detail && <span className={styles.detail}>{outcome.detail}</span>}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div role="alert">
        {!running && error && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}

/**
 * Where the pane says what is happening: a progress bar with the operation's step while a task
 * runs, then its outcome, or one sentence about what went wrong. Both sit in live regions that
 * are always in the page, so screen readers announce each change.
 */
import { Field, ProgressBar, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { DoorTaskState } from "./useDoorTask";
import { Message } from "./Message";
import { useKeepFocusAbove } from "./useKeepFocusAbove";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  // Pinned to the foot of the pane while the section it closes is on screen: the Actions
  // section is taller than a task pane, and its outcome must be seen from any of its buttons.
  pinned: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    paddingBlock: tokens.spacingVerticalXS,
  },
});

export interface StatusAreaProps extends DoorTaskState {
  /**
   * Announce through aria-live alone, without the status and alert roles: for a section's own
   * status area, so the pane keeps a single status and a single alert region.
   */
  liveOnly?: boolean;
  /** Keep it in view at the foot of the pane while its section is on screen. */
  pinned?: boolean;
  /** Move the focus to a problem when one is shown: for a form whose save failed after the user left its fields. */
  focusError?: boolean;
  /**
   * A problem that stays in view while tasks run, until what it speaks of changes (a refusal to record a
   * date, until the date field holds another): it is announced once, as it appears, not again after each task.
   */
  standingError?: string | null;
}

export function StatusArea({ running, outcome, error, liveOnly = false, pinned = false, focusError = false, standingError = null }: StatusAreaProps) {
  const styles = useStyles();
  const root = useRef<HTMLDivElement>(null);
  const problem = useRef<HTMLDivElement>(null);
  useKeepFocusAbove(root, pinned);
  const shownError = running ? null : error;
  useEffect(() => {
    if (focusError && shownError) problem.current?.focus();
  }, [focusError, shownError]);
  return (
    <div ref={root} className={pinned ? mergeClasses(styles.root, styles.pinned) : styles.root}>
      <div {...(liveOnly ? { "aria-live": "polite" as const } : { role: "status" })} aria-atomic="true">
        {running && (
          <Field label={running.title} validationMessage={running.step} validationState="none">
            <ProgressBar value={running.fraction} thickness="large" />
          </Field>
        )}
        {!running && outcome && <Message intent={outcome.intent ?? "success"} text={outcome.text} detail={outcome.detail} />}
      </div>
      <div {...(liveOnly ? { "aria-live": "assertive" as const } : { role: "alert" })}>
        {standingError && <Message intent="error" text={standingError} />}
        {shownError && (
          <div ref={problem} tabIndex={focusError ? -1 : undefined}>
            <Message intent="error" text={shownError} />
          </div>
        )}
      </div>
    </div>
  );
}

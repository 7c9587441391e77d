/**
 * Where the pane says what is happening: a progress bar with the operation's step while a task
 * runs, then its outcome, or one sentence about what went wrong. Both sit in live regions that
 * are always in the page, so screen readers announce each change. Work the pane starts by itself
 * (reading the workbook again) shows its bar outside them, beside what the last task said.
 */
import { Field, ProgressBar, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { DoorTaskState } from "./useDoorTask";
import { Message } from "./Message";
import { useKeepFocusAbove } from "./useKeepFocusAbove";
import { revealBelowFocus } from "./revealBelowFocus";
import { useScrollsItself } from "./useScrollsItself";

/**
 * A window this short (200% zoom of a 1400×900 screen is 700×450) keeps the pinned outcome to its first line; a task
 * pane of an ordinary height (560 px and more) shows it whole, as before.
 */
const SHORT_WINDOW = "@media (max-height: 500px)";

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
    // A long outcome pinned whole would take a third of a short window: it shows its first line and scrolls for the
    // rest, so the pane above it keeps most of the window.
    [SHORT_WINDOW]: { maxHeight: "4em", overflowY: "auto", boxSizing: "border-box" },
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
  /** Scroll an outcome or problem into view as it appears, focus staying where it is: for one shown below the control used. */
  reveal?: boolean;
  /**
   * A problem that stays in view while tasks run, until what it speaks of changes (a refusal to record a
   * date, until the date field holds another): it is announced once, as it appears, not again after each task.
   */
  standingError?: string | null;
}

export function StatusArea({ running, outcome, error, liveOnly = false, pinned = false, focusError = false, reveal = false, standingError = null }: StatusAreaProps) {
  const styles = useStyles();
  const root = useRef<HTMLDivElement>(null);
  const problem = useRef<HTMLDivElement>(null);
  useKeepFocusAbove(root, pinned);
  // Cut to its first line, the pinned outcome is a box the keyboard can scroll: a tab stop only then.
  const scrolls = useScrollsItself(root, pinned);
  // Work the pane started by itself leaves what the last task said where it is: its progress is shown outside the live
  // regions, so the outcome's region (atomic) is not changed, and read out again, as it starts and ends.
  const background = running?.background === true;
  const asked = background ? null : running;
  const shownError = asked ? null : error;
  useEffect(() => {
    if (focusError && shownError) problem.current?.focus();
  }, [focusError, shownError]);
  // The progress bar too: it is the first sign the press did something.
  const shown = asked ?? outcome ?? shownError;
  useEffect(() => {
    if (reveal && shown && root.current) revealBelowFocus(root.current);
  }, [reveal, shown]);
  const bar = running && (
    // A task starts with its title as its step: said once, as the region is read whole at each step.
    <Field label={running.title} validationMessage={running.step === running.title ? undefined : running.step} validationState="none">
      <ProgressBar value={running.fraction} thickness="large" />
    </Field>
  );
  return (
    <div
      ref={root}
      className={pinned ? mergeClasses(styles.root, styles.pinned) : styles.root}
      {...(scrolls && { tabIndex: 0, role: "group", "aria-label": "Outcome of the last action" })}
    >
      {background && bar}
      <div {...(liveOnly ? { "aria-live": "polite" as const } : { role: "status" })} aria-atomic="true">
        {asked && bar}
        {!asked && outcome && <Message intent={outcome.intent ?? "success"} text={outcome.text} items={outcome.items} detail={outcome.detail} />}
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

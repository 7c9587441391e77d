/**
 * The pane's buttons: each action that changes the workbook, next to the one that takes its
 * formats away again. While a task runs the buttons stay focusable but do nothing
 * (aria-disabled), so a keyboard user's place is not lost.
 */
import { Body1Strong, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { RefObject } from "react";
import { plural } from "../core/sentences";
import { useBusyDescribedBy } from "./busyReason";

export type ActionKey = "generate" | "check" | "clearCheck" | "colour" | "clearColour" | "stale" | "clearStale" | "fix" | "refresh";

interface ActionButton {
  key: ActionKey;
  label: string;
  primary?: boolean;
}

interface ActionGroup {
  title: string;
  description: string;
  buttons: ActionButton[];
}

export function actionGroups(staleDays: number | undefined): ActionGroup[] {
  const over = staleDays === undefined ? "the stale threshold" : plural(staleDays, "day");
  return [
    {
      title: "Summary",
      description: "Writes or refreshes the RAG Summary and Stale Actions sheets with a chart; your own sheets are never changed.",
      buttons: [{ key: "generate", label: "Generate RAG summary", primary: true }],
    },
    {
      title: "Rating checks",
      description: "Highlights invalid and missing ratings in the rating column.",
      buttons: [
        { key: "check", label: "Check ratings" },
        { key: "clearCheck", label: "Clear rating checks" },
      ],
    },
    {
      title: "Rating colours",
      description: "Colours each rating by the index, keeping its text, and adds a drop-down list of the ratings.",
      buttons: [
        { key: "colour", label: "Colour ratings & add drop-down" },
        { key: "clearColour", label: "Clear colours & drop-down" },
      ],
    },
    {
      title: "Stale and overdue",
      description: `Highlights actions not updated for over ${over} in peach, and actions past their time scale in pink with bold text. The highlight shows the rows as they were when pressed: press again after updating actions.`,
      buttons: [
        { key: "stale", label: "Highlight stale & overdue" },
        { key: "clearStale", label: "Clear stale & overdue highlights" },
      ],
    },
    {
      title: "Fix ratings",
      description: "Rewrites ratings such as ‘blue ’ or ‘b’ the way the sheet writes them, types the rating into a blank rating cell given only a colour, and lists every change with a button to put them back; nothing else is touched.",
      buttons: [{ key: "fix", label: "Fix ratings" }],
    },
    {
      title: "Overview",
      description: "Reads the workbook again after you have edited it.",
      buttons: [{ key: "refresh", label: "Refresh overview" }],
    },
  ];
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  description: { color: tokens.colorNeutralForeground2 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type ButtonRefs = Partial<Record<ActionKey, RefObject<HTMLButtonElement | null>>>;

function Group({ group, busy, onAction, buttonRefs }: { group: ActionGroup; busy: boolean; onAction: (key: ActionKey) => void; buttonRefs?: ButtonRefs }) {
  const styles = useStyles();
  const titleId = useId();
  const descriptionId = useId();
  const describedBy = useBusyDescribedBy(busy);
  return (
    <div role="group" aria-labelledby={titleId} aria-describedby={descriptionId} className={styles.group}>
      <Body1Strong id={titleId}>{group.title}</Body1Strong>
      <Caption1 id={descriptionId} className={styles.description}>
        {group.description}
      </Caption1>
      <div className={styles.buttons}>
        {group.buttons.map((b) => (
          <Button key={b.key} ref={buttonRefs?.[b.key]} appearance={b.primary ? "primary" : "secondary"} disabledFocusable={busy} aria-describedby={describedBy} onClick={() => onAction(b.key)}>
            {b.label}
          </Button>
        ))}
      </div>
    </div>
  );
}

export interface ActionsPanelProps {
  busy: boolean;
  staleDays?: number;
  onAction: (key: ActionKey) => void;
  /** The buttons the pane may move the focus to. */
  buttonRefs?: ButtonRefs;
}

export function ActionsPanel({ busy, staleDays, onAction, buttonRefs }: ActionsPanelProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {actionGroups(staleDays).map((g) => (
        <Group key={g.title} group={g} busy={busy} onAction={onAction} buttonRefs={buttonRefs} />
      ))}
    </div>
  );
}

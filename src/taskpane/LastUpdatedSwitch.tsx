/**
 * Turns "last updated" stamping on or off for this session (off by default). While on, an
 * edit to a row's rating or progress response sets that row's last-updated cell to today.
 */
import { Body1Strong, Caption1, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import type { Analysis } from "../core/model";
import type { PaneCapabilities } from "./capabilities";
import { errorSentence } from "./messages";
import { stampWatches } from "./stampWatches";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground2 },
});

export interface LastUpdatedSwitchProps {
  start: NonNullable<PaneCapabilities["stampLastUpdated"]>;
  /** Each date stamped clears Excel's undo list (PaneCapabilities.stampClearsUndo). */
  clearsUndo: boolean;
  analysis: Analysis | null;
  onError: (sentence: string) => void;
}

export function LastUpdatedSwitch({ start, clearsUndo, analysis, onError }: LastUpdatedSwitchProps) {
  const styles = useStyles();
  const [on, setOn] = useState(false);
  const titleId = useId();
  const hintId = useId();
  const errorRef = useRef(onError);
  useEffect(() => {
    errorRef.current = onError;
  }, [onError]);

  const watched = analysis ? stampWatches(analysis) : [];
  const usable = watched.length > 0;
  // Restart only when the watched cells move, not on every new reading of the workbook.
  const watchKey = JSON.stringify(watched);
  const analysisRef = useRef(analysis);
  useEffect(() => {
    analysisRef.current = analysis;
  }, [analysis]);

  useEffect(() => {
    const current = analysisRef.current;
    if (!on || !current || watchKey === "[]") return;
    let stop: (() => Promise<void>) | null = null;
    let ended = false;
    const report = (sentence: string) => errorRef.current(sentence);
    // A watch that can no longer follow its columns stops: the switch says so by going off, beside the sentence.
    const stopped = (sentence: string) => {
      report(sentence);
      setOn(false);
    };
    start(current, report, stopped).then(
      (stopper) => {
        if (ended) void stopper().catch((e: unknown) => report(errorSentence(e)));
        else stop = stopper;
      },
      (error: unknown) => {
        report(errorSentence(error));
        if (!ended) setOn(false);
      },
    );
    return () => {
      ended = true;
      if (stop) void stop().catch((e: unknown) => report(errorSentence(e)));
    };
  }, [on, watchKey, start]);

  const hint = !analysis
    ? "Available once the workbook has been read."
    : usable
      ? `Watches ${watched.map((w) => w.sheet).join(", ")}. Off again when the pane closes.${clearsUndo ? " On this version of Excel each date stamped clears Undo, so an edit cannot be undone with Ctrl+Z once its row is stamped." : ""}`
      : "No tracker has a last-updated column, so there is nothing to stamp.";

  return (
    <div role="group" aria-labelledby={titleId} className={styles.root}>
      <Body1Strong id={titleId}>Last updated</Body1Strong>
      <Switch
        checked={on && usable}
        disabled={!usable}
        onChange={(_, data) => setOn(data.checked)}
        label="Stamp today's date when a rating or progress response is edited"
        aria-describedby={hintId}
      />
      <Caption1 id={hintId} className={styles.hint}>
        {hint}
      </Caption1>
    </div>
  );
}

/**
 * The Reports section: record the ratings for a reporting date, the recorded reports, what
 * changed since the last one, a comparison of any two, the trend, and the RAG History and
 * Committee Pack sheets. Every step is an operation from src/door/historyOperations; this
 * component only calls them and shows what they return.
 */
import { Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { ReactNode, RefObject } from "react";
import type { RagDoor } from "../door/RagDoor";
import type { Analysis } from "../core/model";
import type { StoreRecord } from "../core/store";
import type { Analysed, Progress } from "../door/operations";
import type { SnapshotAction } from "../core/history/snapshot";
import { formatLongDate } from "../core/longDate";
import { deleteReport, generateCommitteePack, generateRagHistory, recordReport, removeReportWording } from "../door/historyOperations";
import type { CellTarget, SelectCell } from "./CellLink";
import type { ChangeKind } from "./ChangesSummary";
import { ChangesSummary } from "./ChangesSummary";
import { CompareReports } from "./CompareReports";
import { Message } from "./Message";
import { PlanChangedNote } from "./PlanChangedNote";
import { RecordReportForm, type RecordConfirmed } from "./RecordReportForm";
import { SnapshotList } from "./SnapshotList";
import { StatusArea } from "./StatusArea";
import { TrendTable } from "./TrendTable";
import { useDoorTask, type Outcome, type TaskWork } from "./useDoorTask";
import { useWithdrawnNote } from "./useWithdrawnNote";
import { summaryOutOfDateNote } from "../core/summaryOutOfDate";
import { earlierVersionNote } from "../core/earlierVersionSheets";
import { useHistory } from "./useHistory";
import { packOutcome } from "./messages";
import { REMOVE_WORDING } from "../core/history/formerNames";
import { recordProblemSentence } from "./recordProblem";
import { useHeadingTag } from "./headingLevel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  part: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  heading: { margin: 0 },
});

/** `headingRef`: a heading that code can move focus to (not in the tab order). */
function Part({ title, headingRef, children }: { title: string; headingRef?: RefObject<HTMLHeadingElement | null>; children: ReactNode }) {
  const styles = useStyles();
  const id = useId();
  const Heading = useHeadingTag(3);
  return (
    <section aria-labelledby={id} className={styles.part}>
      <Heading className={styles.heading} id={id} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        <Subtitle2>{title}</Subtitle2>
      </Heading>
      {children}
    </section>
  );
}

/** Said once above the section's parts; each report's line in the list says what is wrong with it, by its Delete button. */
function unusableSentence(count: number): string {
  const which = count === 1 ? "A recorded report cannot be used" : `${count} recorded reports cannot be used`;
  return `${which}, so comparisons and the committee pack leave ${count === 1 ? "it" : "them"} out; the list of recorded reports below says what is wrong and what to do.`;
}

/** A control the user types or picks in. */
function isField(element: Element | null): boolean {
  return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement || (element instanceof HTMLElement && element.isContentEditable);
}

const READING = "Waiting for the recorded reports to be read.";
const UNREADABLE = "The recorded reports could not be read; press Refresh overview to try again.";
const NOTHING_RECORDED = "Record a report first: RAG History counts the ratings at each recorded report.";

/** Said in place of the plan-changed sentence once Excel has reported an edit since the reading it was worked out from. */
function editedSentence(asOf: string): string {
  return `The workbook has been edited since the pane read it: press Refresh overview to check it against the report recorded for ${formatLongDate(asOf)} again.`;
}

/** Which cell of a row to show for each kind of change: the rating, or the column the change is about. */
function columnFor(columns: Analysis["trackers"][number]["columns"] | undefined, kind: ChangeKind): number {
  const wanted = kind === "noProgress" ? columns?.response : kind === "newlyStale" ? columns?.updated : kind === "newlyOverdue" || kind === "timeScaleMoved" ? columns?.due : undefined;
  return wanted ?? columns?.rating ?? 1;
}

export interface HistorySectionProps {
  door: RagDoor;
  /** The pane's last reading of the workbook. */
  analysis: Analysis;
  /** The store as read with that reading, where the pane has it: it tells whether the reading is no older than the report of its date. */
  storeAtReading?: StoreRecord[];
  /** A reading of the workbook this section made, for the pane to show; `mark` is what editMark gave as the reading began. */
  onRead: (analysed: Analysed, mark: number) => void;
  /** How many edits Excel has reported so far (always 0 where the host reports none). */
  editMark: () => number;
  /** Excel has reported an edit of the plan since the pane's reading began. */
  editedSinceRead: boolean;
  /** Another task of the pane is running: this section's buttons wait for it. */
  paneBusy: boolean;
  /** Tells the pane while this section's task runs, so its own buttons wait too. */
  onBusyChange: (busy: boolean) => void;
  onSelect: SelectCell;
  onWorkbookChanged: () => void;
  /** Called once a Committee Pack is written: a warning that the one before it was out of date no longer holds. */
  onPackWritten: () => void;
}

export function HistorySection(props: HistorySectionProps) {
  const { door, analysis, storeAtReading, onRead, editMark, editedSinceRead, paneBusy, onBusyChange, onSelect, onWorkbookChanged, onPackWritten } = props;
  const styles = useStyles();
  const task = useDoorTask();
  // The pack's message may say the RAG Summary is out of date, or an earlier version's: not once it is generated again.
  useWithdrawnNote(summaryOutOfDateNote(analysis.findings), task.unsay);
  useWithdrawnNote(earlierVersionNote(analysis.findings, "summary-earlier-version"), task.unsay);
  const { run } = task;
  const { history, error, reload, readAgain } = useHistory(door, analysis, storeAtReading);
  const busy = paneBusy || task.busy;

  /**
   * Reads the workbook and the store together, as the committee pack does, and hands the reading
   * to the pane: the plan-changed sentence is then worked out from cells no older than the report.
   */
  const readFresh = useCallback(
    async (progress: Progress) => {
      const mark = editMark();
      const read = await readAgain(progress);
      onRead(read.analysed, mark);
    },
    [editMark, readAgain, onRead],
  );

  // A report of the report date recorded or replaced since the pane's reading (by someone else, or its
  // wording removed) leaves that reading older than it: read again, once per such list, so a failure is said, not retried in a loop.
  const checkedHistory = useRef<typeof history>(null);
  useEffect(() => {
    // A list worked out against a reading the pane has since replaced is about to be worked out again.
    if (!history?.unrecordedUnknown || history.analysis !== analysis || busy || checkedHistory.current === history) return;
    checkedHistory.current = history;
    void run(`Reading the workbook to compare it with the report recorded for ${formatLongDate(history.analysis.asOf)}`, async (progress) => {
      await readFresh(progress);
      // The sentence, if any, is said under what changed, where it belongs; what the last task said stays.
      return null;
    }, undefined, { keepsResult: true });
  }, [history, analysis, busy, run, readFresh]);

  // Layout effects, so the pane's buttons wait from the frame this section's task begins, not one later.
  useLayoutEffect(() => onBusyChange(task.busy), [task.busy, onBusyChange]);
  // Leaving while a task runs must not leave the pane's buttons waiting for it.
  useLayoutEffect(() => () => onBusyChange(false), [onBusyChange]);

  // A refusal to record (or a failure) speaks of the date recorded: it stays in view, the reading that may follow it
  // included, until the date field holds another date (typed, or following the settings' report date) or the
  // section's next task the user asks for. Kept apart from the task's own outcome, it is announced once.
  // One that arrives after the field was changed (while the recording ran) is still said, so no one takes the date for recorded,
  // in words true of the field as it now is (recordProblem.ts): it names its date, with no advice to record again; it goes when the date changes to another date.
  const [recordProblem, setRecordProblem] = useState<{ date: string; sentence: string } | null>(null);
  const fieldDate = useRef<string | null>(null);
  const onDateChange = useCallback((date: string) => {
    fieldDate.current = date;
    setRecordProblem((problem) => (problem && problem.date !== date ? null : problem));
  }, []);

  /** Runs a task the user asked for: what it says takes the place of a refusal to record. */
  const start = (title: string, work: TaskWork) => {
    setRecordProblem(null);
    return run(title, work);
  };

  const onRecord = (date: string, { replace, earlier }: RecordConfirmed) => {
    if (busy) return;
    void start("Recording the report", async (progress) => {
      const mark = editMark();
      let result: Awaited<ReturnType<typeof recordReport>> | null = null;
      try {
        // Unconfirmed, the door refuses to replace a report this pane's list did not show (recorded since it was read),
        // or to record under a date before a later report recorded since.
        result = await recordReport(door, progress, date, { replace, earlier });
      } catch (error) {
        setRecordProblem({ date, sentence: recordProblemSentence(error, date, fieldDate.current) });
      } finally {
        // After a refusal too: the list then shows that report, and Record report asks before replacing it.
        await reload();
      }
      if (!result) return null;
      // The report of the pane's report date is the one the plan is checked against, and the pane's reading is older than it:
      // the pane takes the reading the report was made from instead, so it is not read a second time.
      if (date === analysis.asOf) onRead(result.reading, mark);
      onWorkbookChanged();
      return result.message;
    });
  };

  // Once a report is deleted or its wording removed, focus would fall on another report's button,
  // on Record report or on nothing: it goes to the list's heading (or the line saying none is left).
  // Not after a failure (the list is as it was), nor away from a field the user went on to meanwhile.
  const reportsHeading = useRef<HTMLHeadingElement>(null);
  const noReports = useRef<HTMLParagraphElement>(null);
  const [focusReports, setFocusReports] = useState(false);
  useEffect(() => {
    if (!focusReports) return;
    setFocusReports(false);
    (reportsHeading.current ?? noReports.current)?.focus();
  }, [focusReports]);

  /** A change to the stored reports alone: the list is read again whatever the outcome. */
  const changeReports = (title: string, change: () => Promise<Outcome | string>) => {
    if (busy) return;
    let changed = false;
    void start(title, async () => {
      let outcome: Outcome | string;
      try {
        outcome = await change();
        changed = true;
      } finally {
        await reload();
      }
      onWorkbookChanged();
      return outcome;
    }).then(() => {
      if (changed && !isField(document.activeElement)) setFocusReports(true);
    });
  };
  const onDelete = (date: string) => changeReports("Deleting the report", () => deleteReport(door, date, undefined, REMOVE_WORDING.pane));
  const onRemoveWording = () =>
    changeReports("Removing the wording from the reports", async () => {
      // The workbook's sheets say whether a Committee Pack sheet still quotes the wording.
      const { message, advice } = await removeReportWording(door, (await door.read()).sheets);
      return { text: message, ...(advice ? { detail: advice } : {}) };
    });

  const onHistorySheet = () => {
    // An empty RAG History sheet would only clutter the team's workbook.
    if (busy || !history || history.snapshots.length === 0) return;
    void start("Generating the RAG History sheet", async (progress) => {
      const result = await generateRagHistory(door, progress);
      onWorkbookChanged();
      return result.message;
    });
  };

  const onPack = () => {
    if (busy) return;
    void start("Generating the committee pack", async (progress) => {
      const result = await generateCommitteePack(door, progress);
      onPackWritten();
      onWorkbookChanged();
      return packOutcome(result.sheets, result.ratingsCounted, result.notes);
    });
  };

  const now = history?.now;
  const nowById = useMemo(() => new Map((now?.actions ?? []).map((a) => [a.id, a])), [now]);
  const locate = useCallback(
    (action: SnapshotAction, kind: ChangeKind): CellTarget | undefined => {
      const here = nowById.get(action.id);
      if (!here) return undefined;
      const tracker = analysis.trackers.find((t) => t.sheet === here.sheet);
      return { sheet: here.sheet, row: here.row, column: columnFor(tracker?.columns, kind) };
    },
    [nowById, analysis],
  );

  const snapshots = history?.snapshots ?? [];
  const reportOfDate = snapshots.some((s) => s.date === analysis.asOf);
  // Until the list is read, Record report could not see that a date already has a report.
  const notRead = error ? UNREADABLE : history ? null : READING;
  const reasonId = useId();
  const historyHintId = useId();
  const nothingRecorded = history !== null && snapshots.length === 0;

  return (
    <div className={styles.root}>
      <div className={styles.group}>
        <Caption1 className={styles.muted}>Record report keeps the ratings as they stand, inside the workbook, so the next report can say what moved.</Caption1>
        <RecordReportForm
          defaultDate={analysis.asOf}
          snapshots={snapshots}
          unreadable={history?.unreadable ?? []}
          newer={history?.newer ?? []}
          busy={busy}
          unavailable={notRead}
          reasonId={reasonId}
          onRecord={onRecord}
          onDateChange={onDateChange}
        />
        <div className={styles.group} role="group" aria-label="Report sheets">
          <Caption1 className={styles.muted}>
            RAG History counts the ratings at each recorded report, with a chart; the committee pack adds the committee sentences, what changed and the stale
            and overdue lists, ready to print.
          </Caption1>
          <div className={styles.buttons}>
            <Button
              disabledFocusable={busy || !history || nothingRecorded}
              aria-describedby={!history ? reasonId : nothingRecorded ? historyHintId : undefined}
              onClick={onHistorySheet}
            >
              Generate RAG History
            </Button>
            <Button disabledFocusable={busy} onClick={onPack}>
              Generate committee pack
            </Button>
          </div>
          {nothingRecorded && (
            <Caption1 id={historyHintId} className={styles.muted}>
              {NOTHING_RECORDED}
            </Caption1>
          )}
        </div>
        <StatusArea liveOnly running={task.running} outcome={task.outcome} error={task.error} standingError={recordProblem?.sentence ?? null} />
      </div>

      {error && <Message intent="error" text={error} />}
      {history && history.unreadable.length > 0 && <Message intent="warning" text={unusableSentence(history.unreadable.length)} />}

      {!history ? (
        <p className={styles.muted}>{error ? "" : "Reading the recorded reports…"}</p>
      ) : snapshots.length === 0 && history.unreadable.length === 0 ? (
        <p className={styles.muted} ref={noReports} tabIndex={-1}>
          No report is recorded yet. Record one after each committee report, and the next one can say what moved.
        </p>
      ) : (
        <>
          <Part title="What changed since the last report">
            {history.sinceLast && history.sentence ? (
              <ChangesSummary changes={history.sinceLast} sentence={history.sentence} notes={history.notes} colours={now} locate={locate} onSelect={onSelect} />
            ) : (
              <p className={styles.muted}>{history.nothingToCompare ?? "Nothing to compare yet."}</p>
            )}
            <PlanChangedNote
              // Worked out against a reading the pane has since replaced, it may no longer hold: it waits for the list worked out against the new one.
              sentence={history.analysis === analysis ? history.unrecorded : undefined}
              edited={editedSinceRead && reportOfDate ? editedSentence(analysis.asOf) : undefined}
            />
          </Part>
          <Part title={`Recorded reports (${snapshots.length + history.unreadable.length})`} headingRef={reportsHeading}>
            <SnapshotList
              snapshots={snapshots}
              unreadable={history.unreadable}
              reasons={history.reasons}
              releases={history.releases}
              trend={history.trend}
              busy={busy}
              onDelete={onDelete}
              onRemoveWording={onRemoveWording}
            />
          </Part>
          <Part title="Compare two reports">
            {snapshots.length >= 2 ? (
              <CompareReports snapshots={snapshots} locate={locate} onSelect={onSelect} planNow={analysis} />
            ) : (
              <p className={styles.muted}>{comparableNone(snapshots.length, history.unreadable.length)}</p>
            )}
          </Part>
          <Part title="Trend">
            <TrendTable trend={history.trend} newest={snapshots.at(-1)} />
          </Part>
        </>
      )}
    </div>
  );
}

/** Why two reports cannot be compared yet: too few recorded, or too few that can be read. */
function comparableNone(readable: number, unreadable: number): string {
  if (unreadable === 0) return readable === 0 ? "Record two reports to compare them." : "Record a second report to compare it with the first.";
  return readable === 0 ? "No recorded report can be read (the list above says why), so none can be compared." : "Only one recorded report can be read (the list above says why the others cannot), so there is none to compare it with.";
}

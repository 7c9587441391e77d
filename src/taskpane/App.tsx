/**
 * The RAG Tracker task pane. It talks to the workbook only through a RagDoor, so the same
 * component runs in Excel (ExcelDoor) and in the browser workbench (the .xlsx file door).
 * Every action goes through src/door/operations; the pane decides no rule of its own.
 */
import { FluentProvider, Caption1, Text, Title3, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useCallback, useContext, useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import type { ReactNode, RefObject } from "react";
import type { RagDoor } from "../door/RagDoor";
import type { Analysed } from "../door/operations";
import {
  analyse,
  applySuggestedRating,
  clearFormats,
  colourRatings,
  fixRatings,
  generateSummary,
  highlightRatingProblems,
  highlightStaleRows,
  todayIso,
  undoFixes,
} from "../door/operations";
import type { CellEdit, FormatTag } from "../core/formatPlan";
import type { Settings } from "../core/settings";
import type { Analysis } from "../core/model";
import { DEFAULT_SETTINGS } from "../core/settings";
import { usableSettingsInStore } from "../core/store";
import { listInWords } from "../core/sentences";
import { FIELD_LABELS } from "./settingsValidation";
import { outcomeMessage } from "../core/outcome";
import { WorkbookUnusableError } from "../core/errors";
import type { Finding } from "../core/findings";
import { ratingProblemCounts, withoutFindings } from "../core/findings";
import type { PaneCapabilities } from "./capabilities";
import type { ActionKey } from "./ActionsPanel";
import { ActionsPanel } from "./ActionsPanel";
import { StatusArea } from "./StatusArea";
import { Message } from "./Message";
import { ReportDateNotice } from "./ReportDateNotice";
import { Overview } from "./Overview";
import { FindingsList } from "./FindingsList";
import { FlaggedList } from "./FlaggedList";
import { ChangesList } from "./ChangesList";
import { SettingsForm } from "./SettingsForm";
import { keptFromElsewhereSentence, mergedSettings } from "./settingsMerge";

import { LastUpdatedSwitch } from "./LastUpdatedSwitch";
import { HistorySection } from "./HistorySection";
import type { CellTarget } from "./CellLink";
import type { Outcome, StatusPlace, TaskWork } from "./useDoorTask";
import { useDoorTask } from "./useDoorTask";
import { BusyReasonId, busyReasonSentence } from "./busyReason";
import { useVisuallyHiddenStyles } from "./visuallyHidden";
import { useWithdrawnNote } from "./useWithdrawnNote";
import { packOutOfDateNote } from "../core/packOutOfDate";
import { earlierVersionNote } from "../core/earlierVersionSheets";
import { phase } from "./taskPhase";
import { savedOutcome, trySettings } from "./settingsCheck";
import { useRefocusWhenLost } from "./useRefocusWhenLost";
import { HeadingDepth, useHeadingTag } from "./headingLevel";
import { checkedSentence } from "../core/checkedSentence";
import {
  ALREADY_WRITTEN,
  clearedSentence,
  colouredSentence,
  errorSentence,
  fixSentence,
  notReadAfterFix,
  ratingsLeftList,
  reportDateSentence,
  staleSentence,
  suggestionUsedSentence,
  undoneSentence,
  usedTodaySentence,
  writtenSentence,
} from "./messages";
import type { SuggestedRating } from "../core/suggestedRating";
import { suggestedRating } from "../core/suggestedRating";

/** Said above the Overview once the workbook has been edited since the reading it shows. */
const EDITED_SINCE_READ = "The workbook has been edited since the pane read it, so these counts and sentences may be out of date: press Refresh overview to count it again.";

/** Said in the settings form where the stored settings changed under changes typed and not yet saved. */
const CHANGED_ELSEWHERE = "The stored settings were changed elsewhere since this form was filled in: the fields you have not changed show them now, and yours are kept until you save.";

export type { PaneCapabilities } from "./capabilities";

export interface AppProps {
  door: RagDoor;
  capabilities?: PaneCapabilities;
  /** Called after the pane has changed the workbook (the workbench redraws its grid). */
  onWorkbookChanged?: () => void;
  /** Called when a task starts and ends: a change under way is not yet reported by onWorkbookChanged. */
  onBusyChange?: (busy: boolean) => void;
  /**
   * Called once the pane's first reading of the workbook has ended: with null when it could be used,
   * or with the sentence the pane shows on why not (no tracker, no rating column). The workbench
   * says "Opened …" only of a workbook the pane can use.
   */
  onFirstReading?: (problem: string | null) => void;
  /** Called with each new reading of the workbook: the workbench's grid says in words what its highlights mean. */
  onAnalysis?: (analysis: Analysis | null) => void;
  /**
   * Shown as one part of a page that has its own h1 and main landmark (the workbench): the pane's
   * headings go one level down and its sections are not a second main landmark.
   */
  embedded?: boolean;
}

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  page: {
    boxSizing: "border-box",
    minWidth: 0,
    maxWidth: "720px",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
  },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  workbook: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  main: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXL },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/**
 * `headingRef`: the heading can take the focus, for a task that removes the control the user was on.
 * `busy`: a task is replacing what the section shows; not for a section whose live region says the task's progress.
 */
function Section({ title, headingRef, busy, children }: { title: string; headingRef?: RefObject<HTMLHeadingElement | null>; busy?: boolean; children: ReactNode }) {
  const styles = useStyles();
  const id = useId();
  return (
    <section aria-labelledby={id} aria-busy={busy || undefined} className={styles.section}>
      {/* Text with Subtitle1's size and weight: the preset takes no ref. */}
      <Text as={useHeadingTag(2)} block size={500} weight="semibold" id={id} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {title}
      </Text>
      {children}
    </section>
  );
}

/** A reading that found ratings to put right is not shown as a plain success. */
function findingsIntent(analysis: Analysis): Outcome["intent"] {
  return analysis.findings.some((f) => f.severity === "error") ? "warning" : "success";
}

/** Ratings left invalid or missing are for the user to put right: no green tick while there are any. */
function ratingProblemsIntent(analysis: Analysis): Outcome["intent"] {
  return ratingFindingsIntent(analysis.findings);
}

function ratingFindingsIntent(findings: readonly Finding[]): Outcome["intent"] {
  const { invalid, unrated, colourOnly } = ratingProblemCounts(findings);
  return invalid + unrated + colourOnly > 0 ? "warning" : "success";
}

/**
 * The findings of the reading before Fix ratings, less the ratings given by colour alone that it
 * has typed (`made`): what is left when the workbook could not be read again after the fix.
 */
function leftAfterFix(before: readonly Finding[], made: readonly CellEdit[]): Finding[] {
  const typed = (f: Finding) => made.some((e) => e.sheet === f.sheet && (e.rows ?? [e.row]).includes(f.row ?? -1));
  return before.filter((f) => f.code !== "rating-colour-only" || !typed(f));
}

interface SettingsState {
  settings: Settings;
  /** Bumped when the stored settings change, so the form starts again from them. */
  version: number;
  note?: string;
  /** The stored settings could not be used, so the form shows the defaults: saving replaces the stored ones whole. */
  replacesStored?: true;
}

/** The list of ratings the pane changed, with one more: a cell changed before keeps what it first held, for Undo. */
function withEditAdded(made: readonly CellEdit[] | null, edit: CellEdit): CellEdit[] {
  const same = (e: CellEdit) => e.sheet === edit.sheet && e.row === edit.row && e.column === edit.column;
  const before = made?.find(same);
  return [...(made ?? []).filter((e) => !same(e)), before ? { ...edit, from: before.from } : edit];
}

/** Trackers left out (hidden, copies, earlier rounds, extracts): their findings say to choose them in the settings to count them. */
const trackersLeftOut = (analysis: Analysis) => analysis.findings.filter((f) => f.code === "hidden-tracker" || f.code === "repeated-tracker").map((f) => f.sheet);

/** Sheets the pane can offer as trackers: every sheet the analysis mentions, or after a failed read every sheet it read. */
function knownSheets(analysed: Analysed | null, unread: readonly string[]): string[] {
  if (!analysed) return [...unread];
  const { analysis } = analysed;
  return [...analysis.trackers.map((t) => t.sheet), ...trackersLeftOut(analysis), ...analysis.findings.filter((f) => f.code === "sheet-no-tracker").map((f) => f.sheet)];
}

/**
 * Sheets whose review can be set by hand: trackers with no Review column, counted under the sheet's
 * name, and trackers left out, as a round's tab names the review of the latest.
 */
function sheetsWithoutReviewColumn(analysed: Analysed | null): string[] | undefined {
  if (!analysed) return undefined;
  const { analysis } = analysed;
  return [...analysis.trackers.filter((t) => t.columns.review === undefined).map((t) => t.sheet), ...trackersLeftOut(analysis)];
}

/**
 * Counts led by the report date where one is stored and is not today: the notice at the top of the pane
 * is not read out as the counts are, so a screen reader user hears here that they are not today's.
 */
function asAt(analysed: Pick<Analysed, "settings">, counts: string): string {
  const { asOf } = analysed.settings;
  const today = todayIso();
  return asOf && asOf !== today ? `${reportDateSentence(asOf, today)} ${counts}` : counts;
}

/** Use Amber's task, whose progress is said under the findings: that section is not marked busy while it runs. */
const SUGGESTION_TITLE = "Using the suggested rating";

const ACTION_TITLES: Record<ActionKey, string> = {
  generate: "Generating the RAG summary",
  check: "Checking ratings",
  clearCheck: "Clearing rating checks",
  colour: "Colouring ratings",
  clearColour: "Clearing rating colours",
  stale: "Highlighting stale and overdue actions",
  clearStale: "Clearing stale and overdue highlights",
  fix: "Fixing ratings",
  refresh: "Reading the workbook",
};

const CLEAR_TAGS: Partial<Record<ActionKey, FormatTag>> = {
  clearCheck: "rating-problems",
  clearColour: "rating-colours",
  clearStale: "stale-rows",
};

function Pane({ door, capabilities, onWorkbookChanged, onBusyChange, onFirstReading, onAnalysis, embedded }: AppProps) {
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles().hidden;
  const busyReasonId = useContext(BusyReasonId);
  const task = useDoorTask();
  const { report, fail, at } = task;
  const runTask = task.run;
  /** Runs a task of the pane's, noting the edits reported as it begins: a reading it gives is no newer than them. */
  const run = useCallback(
    (title: string, work: TaskWork, place?: StatusPlace) =>
      runTask(
        title,
        (progress) => {
          editsAtTaskStart.current = editsHeard.current;
          return work(progress);
        },
        place,
      ),
    [runTask],
  );
  const [analysed, setAnalysed] = useState<Analysed | null>(null);
  // The sheets of a workbook read but not understood (no tracker, no rating column): the settings that can fix it offer them,
  // and check a sheet added by name against them.
  const [unreadSheets, setUnreadSheets] = useState<readonly string[] | null>(null);
  const [settingsState, setSettingsState] = useState<SettingsState | null>(null);
  // The settings form holds changes not yet saved: every task meanwhile uses the saved settings, and the pane says so.
  const [settingsDirty, setSettingsDirty] = useState(false);
  const [changes, setChanges] = useState<CellEdit[] | null>(null);
  // The Reports section runs its own tasks; while one runs, the pane's buttons wait, and the other way round.
  const [historyBusy, setHistoryBusy] = useState(false);
  const busy = task.busy || historyBusy;
  const refocus = useRefocusWhenLost();
  // Edits Excel has reported since the pane opened, and how many it had reported when the reading on show began:
  // a reading is older than any edit reported after it began (an edit reported while it ran may or may not be in it).
  const editsHeard = useRef(0);
  const [edits, setEdits] = useState({ heard: 0, atReading: 0 });
  const editsAtTaskStart = useRef(0);
  const editMark = useCallback(() => editsHeard.current, []);
  const actionsHeading = useRef<HTMLHeadingElement>(null);
  const fixButton = useRef<HTMLButtonElement>(null);
  const findingsHeading = useRef<HTMLHeadingElement>(null);
  // A layout effect, so the host holds its own controls (the workbench's Download) in the same commit as the job's
  // progress shows: a passive effect left them usable for a frame after the job began.
  useLayoutEffect(() => {
    onBusyChange?.(busy);
  }, [busy, onBusyChange]);

  // Read by the callbacks below, which must not start again on every keystroke in the form.
  const settingsDirtyNow = useRef(false);
  settingsDirtyNow.current = settingsDirty;

  /**
   * New stored settings; the form starts again from them unless it is where they came from, or holds
   * changes not yet saved: then it shows what changed in the stored settings, keeps what was typed, and says so.
   */
  const acceptSettings = useCallback((settings: Settings, note?: string, { restartForm = true } = {}) => {
    setSettingsState((s) => {
      if (s && !note && !s.note && JSON.stringify(s.settings) === JSON.stringify(settings)) return s;
      const keepTyping = restartForm && s !== null && settingsDirtyNow.current;
      const changedElsewhere = keepTyping && !note ? CHANGED_ELSEWHERE : note;
      return { settings, version: (s?.version ?? 0) + (restartForm && !keepTyping ? 1 : 0), note: changedElsewhere };
    });
  }, []);

  /** A new reading to show; `mark`, the edits reported when it began (by default when the pane's running task began). */
  const accept = useCallback(
    (result: Analysed, mark: number = editsAtTaskStart.current) => {
      setAnalysed(result);
      setUnreadSheets(null);
      setEdits((e) => ({ ...e, atReading: mark }));
      acceptSettings(result.settings);
    },
    [acceptSettings],
  );

  const changed = useCallback(() => onWorkbookChanged?.(), [onWorkbookChanged]);
  const packWritten = useCallback(() => setAnalysed((a) => a && { ...a, analysis: withoutFindings(withoutFindings(a.analysis, "pack-out-of-date"), "pack-earlier-version") }), []);
  // Check's and Generate's messages may say the pack is out of date, or an earlier version's: not once it is written again.
  useWithdrawnNote(analysed ? packOutOfDateNote(analysed.analysis.findings) : undefined, task.unsay);
  useWithdrawnNote(analysed ? earlierVersionNote(analysed.analysis.findings, "pack-earlier-version") : undefined, task.unsay);

  /**
   * After a failed read the form still needs the stored settings: read again, else those already on
   * show (a read refused for a moment, Excel busy), else, where none ever were, the defaults with a warning.
   */
  const settingsAfterFailure = useCallback(async () => {
    try {
      acceptSettings(await door.readSettings());
    } catch (error) {
      // Stored settings that cannot be used show what of them can, so saving does not drop the team's other choices.
      const usable = await door.readStore().then(usableSettingsInStore, () => undefined);
      const reset = usable?.unusable ?? [];
      const trimmed = usable?.trimmed ?? [];
      const changes = [
        ...(reset.length > 0 ? [`${listInWords(reset.map((f) => FIELD_LABELS[f]))} put back to ${reset.length === 1 ? "its default" : "their defaults"}`] : []),
        ...(trimmed.length > 0 ? [`the entries of ${listInWords(trimmed.map((f) => FIELD_LABELS[f]))} that cannot be used left out`] : []),
      ];
      const shown = usable && changes.length > 0 ? `The form shows the stored settings, with ${changes.join(" and ")}` : "The form shows the default settings";
      setSettingsState((s) =>
        s && !s.note ? s : { settings: usable?.settings ?? DEFAULT_SETTINGS, version: (s?.version ?? 0) + 1, note: `${errorSentence(error)} ${shown}; saving replaces the stored ones.`, replacesStored: true },
      );
    }
  }, [door, acceptSettings]);

  const analyseWork = useCallback(
    (): TaskWork => async (progress) => {
      try {
        const result = await analyse(door, progress);
        accept(result);
        return { text: asAt(result, outcomeMessage(result.analysis)), intent: findingsIntent(result.analysis) };
      } catch (error) {
        // A workbook read but not understood has nothing left to show; a read that failed (Excel busy) keeps the last one.
        if (error instanceof WorkbookUnusableError) {
          setAnalysed(null);
          setUnreadSheets(error.sheets);
        }
        await settingsAfterFailure();
        throw error;
      }
    },
    [door, accept, settingsAfterFailure],
  );

  const firstReading = useRef(onFirstReading);
  useEffect(() => {
    firstReading.current = onFirstReading;
  }, [onFirstReading]);
  // Read once, by the first reading: a ref, so the reading does not start again when the host's capabilities do.
  const unshownOutcome = useRef(capabilities?.unshownOutcome);
  useEffect(() => {
    const work = analyseWork();
    void run(ACTION_TITLES.refresh, async (progress) => {
      try {
        const outcome = await work(progress);
        firstReading.current?.(null);
        // A ribbon command whose own dialog could not open: what it said is said here, with the reading.
        const unshown = unshownOutcome.current?.();
        if (!unshown || !outcome) return outcome;
        const said = `The last ribbon command's message could not be shown: ${unshown.message}`;
        const read = typeof outcome === "string" ? { text: outcome } : outcome;
        return unshown.kind === "error" ? { ...read, afterwards: said } : { ...read, detail: [read.detail, said].filter(Boolean).join(" ") };
      } catch (error) {
        firstReading.current?.(errorSentence(error));
        throw error;
      }
    });
  }, [run, analyseWork]);

  // Where the host reports edits (Excel), the trackers of the reading on show are listened to; again when they change.
  const watchEdits = capabilities?.watchEdits;
  const watchedSheets = JSON.stringify(analysed?.analysis.trackers.map((t) => t.sheet) ?? []);
  useEffect(() => {
    const sheets = JSON.parse(watchedSheets) as string[];
    if (!watchEdits || sheets.length === 0) return;
    let stop: (() => Promise<void>) | null = null;
    let ended = false;
    const heard = () => {
      editsHeard.current += 1;
      setEdits((e) => ({ ...e, heard: editsHeard.current }));
    };
    watchEdits(sheets, heard).then(
      (stopper) => {
        if (ended) void stopper().catch((e: unknown) => fail(errorSentence(e)));
        else stop = stopper;
      },
      (error: unknown) => fail(errorSentence(error)),
    );
    return () => {
      ended = true;
      if (stop) void stop().catch((e: unknown) => fail(errorSentence(e)));
    };
  }, [watchEdits, watchedSheets, fail]);

  // A ribbon command's write (Generate RAG summary, Check ratings) is heard as an edit: the reading on show is older than it.
  const watchRibbonWrites = capabilities?.watchRibbonWrites;
  useEffect(() => {
    if (!watchRibbonWrites) return;
    return watchRibbonWrites(() => {
      editsHeard.current += 1;
      setEdits((e) => ({ ...e, heard: editsHeard.current }));
    });
  }, [watchRibbonWrites]);

  const withNotes = (text: string, intent?: Outcome["intent"]): Outcome => {
    const notes = capabilities?.formatOutcome?.().notes ?? [];
    return notes.length > 0 ? { text, detail: notes.join(" "), intent } : { text, intent };
  };

  const actionWork = (key: ActionKey): TaskWork => {
    const tag = CLEAR_TAGS[key];
    if (tag)
      return async () => {
        const removed = await clearFormats(door, tag);
        if (removed > 0) changed();
        return clearedSentence(tag, removed);
      };
    switch (key) {
      case "generate":
        return async (progress) => {
          const result = await generateSummary(door, progress);
          accept(result);
          changed();
          return { text: asAt(result, result.message), detail: writtenSentence(result.sheets), intent: findingsIntent(result.analysis) };
        };
      case "check":
        return async (progress) => {
          const result = await highlightRatingProblems(door, progress);
          accept(result);
          changed();
          return withNotes(asAt(result, checkedSentence(result.analysis)), ratingProblemsIntent(result.analysis));
        };
      case "colour":
        return async (progress) => {
          const result = await colourRatings(door, progress);
          accept(result);
          changed();
          return withNotes(colouredSentence(result.analysis, capabilities?.formatOutcome?.().lists));
        };
      case "stale":
        return async (progress) => {
          const result = await highlightStaleRows(door, progress);
          accept(result);
          changed();
          return withNotes(asAt(result, staleSentence(result.analysis)));
        };
      case "fix":
        return async (progress) => {
          const result = await fixRatings(door, phase(progress, 0, 0.6));
          // The host may leave some cells as they are (a rating a formula gives): only the others were changed. Its outcome is of this fix only where this fix wrote.
          const outcome = (result.edits.length > 0 ? capabilities?.editOutcome?.() : undefined) ?? { left: [], notes: [] };
          const left = outcome.left;
          // The engine's sentences first (a merged rating left as it is), then the host's.
          const notes = [...result.notes, ...outcome.notes];
          const isLeft = (e: CellEdit) => left.some((l) => l.sheet === e.sheet && l.row === e.row && l.column === e.column);
          const made = result.edits.filter((e) => !isLeft(e));
          if (made.length > 0) changed();
          // Read the fixed ratings back so the overview and findings show the workbook as it now is.
          // The ratings are changed whether or not that reading succeeds: its failure is said beside what the fix did.
          let after: Analysed = result;
          let afterwards: string | undefined;
          if (made.length > 0) {
            try {
              after = await analyse(door, phase(progress, 0.6, 1));
            } catch (error) {
              afterwards = notReadAfterFix(error);
            }
          }
          if (afterwards === undefined) accept(after);
          if (made.length > 0) setChanges(made);
          const withSheet = after.analysis.trackers.length > 1;
          // Fix ratings changes no invalid or missing rating, so where the reading after it failed the reading before counts those left as well; the colour-only ratings it typed are not left.
          const remaining = afterwards === undefined ? after.analysis.findings : leftAfterFix(result.analysis.findings, made);
          // A rating left as it is, by the engine (a merged one) or the host, is no rating already written right.
          const sentence = fixSentence(made, remaining, withSheet);
          const text = sentence === ALREADY_WRITTEN && notes.length > 0 ? "No rating was changed." : sentence;
          const failed = afterwards === undefined ? {} : { afterwards };
          // Several of a kind are counted in the sentence: each is named in a list under it.
          const leftList = ratingsLeftList(remaining, withSheet);
          const items = leftList.length > 0 ? { items: leftList } : {};
          if (notes.length > 0) return { text, ...items, detail: notes.join(" "), intent: "warning", ...failed };
          return { text, ...items, intent: ratingFindingsIntent(remaining), ...failed };
        };
      default:
        return analyseWork();
    }
  };

  const onAction = (key: ActionKey) => {
    if (busy) return;
    // The list of fixed ratings stays until the next fix that changes a cell: it is the only record of what the cells held.
    void run(ACTION_TITLES[key], actionWork(key));
  };

  const onUndoFixes = () => {
    if (busy || !changes) return;
    void run("Putting the fixed ratings back", async (progress) => {
      const result = await undoFixes(door, changes, progress);
      // The host may leave a cell as it is (a formula put in it since the fix): it was not put back, but kept.
      const outcome = (result.undone.length > 0 ? capabilities?.editOutcome?.() : undefined) ?? { left: [], notes: [] };
      const isLeft = (e: CellEdit) => outcome.left.some((l) => l.sheet === e.sheet && l.row === e.row && l.column === e.column);
      const undone = result.undone.filter((e) => !isLeft(e));
      const kept = [...result.kept, ...result.undone.filter(isLeft)];
      if (undone.length > 0) changed();
      accept(result);
      setChanges(null);
      refocus(fixButton);
      const text = undoneSentence(undone, kept, result.analysis.trackers.length > 1, result.sheetGone);
      return outcome.notes.length > 0 ? { text, detail: outcome.notes.join(" "), intent: "warning" } : text;
    });
  };

  /**
   * Types a rating the check suggested in its cell ("Use Amber" beside the finding), then reads the
   * workbook again; said under the findings. A cell changed since the reading is refused by the door.
   */
  const onUseSuggestion = ({ edit }: SuggestedRating) => {
    if (busy) return;
    void run(
      SUGGESTION_TITLE,
      async (progress) => {
        await applySuggestedRating(door, edit, phase(progress, 0, 0.4));
        // The host may leave the cell as it is (a rating a formula gives), with a sentence saying why.
        const outcome = capabilities?.editOutcome?.() ?? { left: [], notes: [] };
        const withSheet = (analysed?.analysis.trackers.length ?? 0) > 1;
        if (outcome.left.length > 0) return { text: "No rating was changed.", detail: outcome.notes.join(" "), intent: "warning" };
        changed();
        // Listed with Fix ratings' changes, so Undo the rating changes puts it back too (the cell's own may not reach it).
        setChanges((made) => withEditAdded(made, edit));
        const text = suggestionUsedSentence(edit, withSheet);
        try {
          accept(await analyse(door, phase(progress, 0.4, 1)));
        } catch (error) {
          return { text, afterwards: notReadAfterFix(error) };
        }
        // The finding and its button are gone: the focus goes to the findings' heading, under which the outcome is said.
        refocus(findingsHeading);
        return text;
      },
      "findings",
    );
  };

  /**
   * Saves settings from the form or from elsewhere in the pane (Count as at today). The form is not started
   * again: it shows what changed in the stored settings and keeps any other change typed in it.
   * `said`: what the save did in words, in place of "Settings saved." (Count as at today: what the counts are now as at).
   */
  const saveSettings = (asTyped: Settings, place: StatusPlace, afterSave?: () => void, said?: string) => {
    if (busy) return;
    void run(
      "Saving settings",
      async (progress) => {
        // Fields changed elsewhere since the form's settings were read, and not changed here, keep what is stored now.
        // Stored settings that cannot be used are replaced, as the form's note says: there is nothing of them to keep.
        const base = settingsState?.replacesStored ? undefined : settingsState?.settings;
        const { settings, keptFromElsewhere } = base ? mergedSettings(asTyped, base, await door.readSettings()) : { settings: asTyped, keptFromElsewhere: [] };
        // Read with the new settings before they are stored: settings that cannot be used are not kept.
        const result = await trySettings(door, settings, phase(progress, 0, 0.9));
        progress("Saving settings", 0.9);
        await door.writeSettings(settings);
        changed();
        setAnalysed(result);
        setEdits((e) => ({ ...e, atReading: editsAtTaskStart.current }));
        acceptSettings(result.settings, undefined, { restartForm: false });
        afterSave?.();
        const saved = savedOutcome(settings, result.analysis);
        // A warning about the settings saved is still said; "Settings saved." alone gives way to what was done.
        const text = said && saved.intent === "success" ? said : [said, saved.text].filter(Boolean).join(" ");
        return { ...saved, text: [text, keptFromElsewhereSentence(keptFromElsewhere)].filter(Boolean).join(" "), detail: asAt(result, outcomeMessage(result.analysis)) };
      },
      place,
    );
  };
  const onSaveSettings = (settings: Settings) => saveSettings(settings, "settings");
  const storedAsOf = settingsState?.settings.asOf;
  const onUseToday = () => {
    if (!settingsState) return;
    const { asOf: _reportDate, ...today } = settingsState.settings;
    // The notice and its button go once saved: the focus goes on to the actions.
    saveSettings(today, "reportDate", () => refocus(actionsHeading), usedTodaySentence(todayIso()));
  };

  /** Selects a cell from a list; a refusal is said beside that list. */
  const selectFrom = useCallback(
    (place: StatusPlace) => (target: CellTarget) => {
      door.select(target.sheet, target.row, target.column).catch((error: unknown) => fail(errorSentence(error), place));
    },
    [door, fail],
  );
  const select = selectFrom("actions");

  const analysis = analysed?.analysis ?? null;
  useEffect(() => {
    onAnalysis?.(analysis);
  }, [analysis, onAnalysis]);
  const waiting = (
    <p className={styles.muted}>
      {task.busy
        ? "Reading the workbook…"
        : unreadSheets
          ? "Nothing to show: the workbook was read, but it holds no tracker RAG Tracker can count (the message under Actions says why)."
          : "This appears once the workbook has been read."}
    </p>
  );

  // In the workbench the page's own main landmark holds the pane.
  const Sections = embedded ? "div" : "main";
  return (
    <div className={styles.page}>
      <span id={busyReasonId} className={hidden}>
        {busy ? busyReasonSentence(task.running?.title) : ""}
      </span>
      <header className={styles.header}>
        <Title3 as={useHeadingTag(1)} block>
          RAG Tracker
        </Title3>
        <Caption1 className={styles.workbook}>Workbook: {door.label}</Caption1>
        {storedAsOf && storedAsOf !== todayIso() && <ReportDateNotice asOf={storedAsOf} today={todayIso()} busy={busy} onUseToday={onUseToday} />}
        <StatusArea liveOnly {...at("reportDate")} />
      </header>
      <Sections className={styles.main}>
        <Section title="Actions" headingRef={actionsHeading}>
          {settingsDirty && <Message intent="warning" text="Settings have unsaved changes; the actions and reports use the saved settings until the changes are saved." />}
          <ActionsPanel busy={busy} staleDays={analysis?.staleDays} onAction={onAction} buttonRefs={{ fix: fixButton }} />
          {capabilities?.stampLastUpdated && <LastUpdatedSwitch start={capabilities.stampLastUpdated} clearsUndo={capabilities.stampClearsUndo ?? false} analysis={analysis} onError={fail} />}
          <StatusArea pinned {...at("actions")} />
          {changes && <ChangesList edits={changes} busy={busy} onSelect={select} onUndo={onUndoFixes} />}
        </Section>
        <Section title="Overview" busy={busy}>
          {/* The counts and sentences, and what Copy gives, are those of the reading on show: said where edits came since. */}
          {analysis && edits.heard > edits.atReading && <Message intent="warning" text={EDITED_SINCE_READ} />}
          {analysis ? <Overview analysis={analysis} onCopied={(text) => report(text, "overview")} onCopyFailed={(text) => fail(text, "overview")} /> : waiting}
          <StatusArea liveOnly {...at("overview")} />
        </Section>
        <Section title="Findings" headingRef={findingsHeading} busy={busy && task.running?.title !== SUGGESTION_TITLE}>
          {analysis ? (
            <FindingsList
              findings={analysis.findings}
              onSelect={selectFrom("findings")}
              suggestionFor={(finding) => suggestedRating(analysis, finding)}
              onUseSuggestion={onUseSuggestion}
              busy={busy}
            />
          ) : (
            waiting
          )}
          <StatusArea liveOnly {...at("findings")} />
        </Section>
        <Section title="Stale and overdue actions" busy={busy}>
          {analysis ? <FlaggedList analysis={analysis} onSelect={selectFrom("flagged")} /> : waiting}
          <StatusArea liveOnly {...at("flagged")} />
        </Section>
        <Section title="Reports">
          {analysis ? (
            <HistorySection
              door={door}
              analysis={analysis}
              storeAtReading={analysed?.store}
              onRead={accept}
              editMark={editMark}
              editedSinceRead={edits.heard > edits.atReading}
              paneBusy={task.busy}
              onBusyChange={setHistoryBusy}
              onSelect={select}
              onWorkbookChanged={changed}
              onPackWritten={packWritten}
            />
          ) : (
            waiting
          )}
        </Section>
        <Section title="Settings">
          {settingsState ? (
            <SettingsForm
              key={settingsState.version}
              settings={settingsState.settings}
              note={settingsState.note}
              sheetNames={knownSheets(analysed, unreadSheets ?? [])}
              sheetsWithoutReviewColumn={sheetsWithoutReviewColumn(analysed)}
              // No sheets known (a report date that is no date stopped the reading first): Save checks the name instead.
              workbookSheets={analysed ? analysed.analysis.sheets : unreadSheets?.length ? unreadSheets : null}
              index={analysis?.index ?? null}
              busy={busy}
              onSave={onSaveSettings}
              onDirtyChange={setSettingsDirty}
              status={<StatusArea liveOnly focusError reveal {...at("settings")} />}
            />
          ) : (
            waiting
          )}
        </Section>
      </Sections>
    </div>
  );
}

const doorKeys = new WeakMap<RagDoor, number>();
let nextDoorKey = 1;

/** A new door (another workbook opened in the workbench) starts a fresh pane. */
function doorKey(door: RagDoor): number {
  let key = doorKeys.get(door);
  if (key === undefined) doorKeys.set(door, (key = nextDoorKey++));
  return key;
}

export function App(props: AppProps) {
  const styles = useStyles();
  const busyReasonId = useId();
  return (
    <FluentProvider theme={webLightTheme} className={styles.provider}>
      <HeadingDepth.Provider value={props.embedded ? 1 : 0}>
        <BusyReasonId.Provider value={busyReasonId}>
          <Pane key={doorKey(props.door)} {...props} />
        </BusyReasonId.Provider>
      </HeadingDepth.Provider>
    </FluentProvider>
  );
}

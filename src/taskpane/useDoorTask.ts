/**
 * Runs one piece of door work at a time, with the state the pane shows while it runs: the
 * task's name, the step text and fraction from the operation's progress callback, and then
 * either the outcome or one clear sentence about what went wrong, or both where what failed came
 * after the work was done (reading the workbook again), which leaves the outcome true.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Progress } from "../door/operations";
import { errorSentence } from "./messages";

export interface Running {
  /** What the user asked for, e.g. "Generating the RAG summary". */
  title: string;
  /** The operation's current step, e.g. "Reading the workbook". */
  step: string;
  /** 0 to 1; undefined until the operation reports, shown as an indeterminate bar. */
  fraction?: number;
  /**
   * Work the pane started by itself (keepsResult): what the last task said stays on show, and in its
   * live region untouched, while it runs, so a screen reader does not hear it a second time.
   */
  background?: boolean;
}

export interface Outcome {
  text: string;
  /** A second line, e.g. which sheets were written. */
  detail?: string;
  /** A short list under the sentence, one thing a line (the ratings left for the user's choice). */
  items?: string[];
  /** "warning" when the work was done but found problems to put right (invalid ratings): no green tick. */
  intent?: "success" | "warning";
  /**
   * What failed once the work was done (reading the workbook again after it): said as a problem
   * beside the outcome, which is still true, rather than in its place.
   */
  afterwards?: string;
}

export interface DoorTaskState {
  running: Running | null;
  outcome: Outcome | null;
  error: string | null;
}

/**
 * Where in the pane the work was asked for: its progress, outcome or problem is shown there,
 * beside the control the user just used, not in a part of the pane scrolled out of view.
 */
export type StatusPlace = "actions" | "overview" | "findings" | "flagged" | "settings" | "reportDate";

interface PlacedState extends DoorTaskState {
  /** Where the running task was asked for. */
  runningPlace: StatusPlace;
  /** Where the outcome or error came from: a task, or a report or failure beside it. */
  resultPlace: StatusPlace;
}

const NOTHING: DoorTaskState = { running: null, outcome: null, error: null };

/**
 * The work of a task: gets a progress callback, resolves to what the user is told, or to null for
 * work with nothing to say once done (a reading whose result the pane shows where it belongs).
 */
export type TaskWork = (progress: Progress) => Promise<Outcome | string | null>;

export interface DoorTask extends DoorTaskState {
  busy: boolean;
  /**
   * Starts the work unless another task is running; resolves when it has finished either way.
   * `keepsResult`: work the pane starts by itself (reading the workbook again), which leaves what the
   * last task said in place when it has nothing to say itself.
   */
  run(title: string, work: TaskWork, place?: StatusPlace, options?: { keepsResult?: boolean }): Promise<void>;
  /** Shows an outcome or a problem that did not come from a task (Copy, a stamp that failed). */
  report(outcome: Outcome | string, place?: StatusPlace): void;
  fail(sentence: string, place?: StatusPlace): void;
  /** Takes a sentence out of the outcome on show, once it no longer holds (useWithdrawnNote). */
  unsay(sentence: string): void;
  /** What to show at this place: the running task if it was asked for here, and the last result given here. */
  at(place: StatusPlace): DoorTaskState;
}

const clamp = (n: number) => Math.min(1, Math.max(0, n));

export function useDoorTask(): DoorTask {
  const [state, setState] = useState<PlacedState>({ ...NOTHING, runningPlace: "actions", resultPlace: "actions" });
  const busyRef = useRef(false);
  const mounted = useRef(false);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // What the last task the user asked for said, and where, for work that leaves it in place (keepsResult):
  // a failure of such work is shown, but not put back after the next such work, which succeeded.
  const said = useRef<Pick<PlacedState, "outcome" | "error" | "resultPlace">>({ outcome: null, error: null, resultPlace: "actions" });
  // Failures said while a task runs (a stamp that could not be written, a cell that could not be selected): the
  // task's end would replace them unseen, so they are said with its result.
  const failedMeanwhile = useRef<string[]>([]);
  const show = (result: Pick<PlacedState, "outcome" | "error" | "resultPlace">, remembered: boolean) => {
    const late = failedMeanwhile.current.splice(0);
    const shown = late.length > 0 ? { ...result, error: [result.error, ...late].filter(Boolean).join(" ") } : result;
    if (remembered) said.current = shown;
    if (mounted.current) setState((s) => ({ ...s, running: null, ...shown }));
  };

  const run = useCallback(async (title: string, work: TaskWork, place: StatusPlace = "actions", { keepsResult = false } = {}) => {
    if (busyRef.current) return;
    busyRef.current = true;
    const background = keepsResult ? { background: true } : {};
    // Work the pane starts by itself leaves what is on show (an outcome, or an earlier such work's failure) in place as it begins.
    setState((s) =>
      keepsResult
        ? { ...s, running: { title, step: title, ...background }, runningPlace: place }
        : { running: { title, step: title }, outcome: null, error: null, runningPlace: place, resultPlace: place },
    );
    const progress: Progress = (step, fraction) => {
      if (!mounted.current) return;
      setState((s) => (s.running ? { ...s, running: { title, step, fraction: Number.isFinite(fraction) ? clamp(fraction) : undefined, ...background } } : s));
    };
    try {
      const result = await work(progress);
      if (result === null) {
        // What the last task said as it stands now: a sentence taken out meanwhile (unsay) stays out.
        show(keepsResult ? said.current : { outcome: null, error: null, resultPlace: place }, !keepsResult);
      } else {
        const { afterwards, ...outcome }: Outcome = typeof result === "string" ? { text: result } : result;
        show({ outcome, error: afterwards ?? null, resultPlace: place }, !keepsResult);
      }
    } catch (error) {
      // Work the pane starts by itself (reading the workbook again) failing leaves what the last task said true: the failure is said beside it.
      const before = said.current;
      const kept = keepsResult && before.outcome ? { outcome: before.outcome, resultPlace: before.resultPlace } : { outcome: null, resultPlace: place };
      show({ ...kept, error: errorSentence(error) }, !keepsResult);
    } finally {
      busyRef.current = false;
    }
  }, []);

  const report = useCallback((outcome: Outcome | string, place: StatusPlace = "actions") => {
    said.current = { outcome: typeof outcome === "string" ? { text: outcome } : outcome, error: null, resultPlace: place };
    setState((s) => ({ ...s, ...said.current }));
  }, []);

  const fail = useCallback((sentence: string, place: StatusPlace = "actions") => {
    if (busyRef.current) {
      failedMeanwhile.current.push(sentence);
      return;
    }
    said.current = { outcome: null, error: sentence, resultPlace: place };
    setState((s) => ({ ...s, ...said.current }));
  }, []);

  const unsay = useCallback((sentence: string) => {
    const without = (o: Outcome | null): Outcome | null => {
      if (!o) return o;
      // A sentence may stand in the list under the outcome, as a line of its own.
      const items = o.items?.includes(sentence) ? { items: o.items.filter((line) => line !== sentence) } : {};
      const text = o.text.includes(sentence) ? { text: o.text.replace(sentence, "").replace(/\s{2,}/g, " ").trim() } : {};
      return "items" in items || "text" in text ? { ...o, ...text, ...items } : o;
    };
    said.current = { ...said.current, outcome: without(said.current.outcome) };
    setState((s) => ({ ...s, outcome: without(s.outcome) }));
  }, []);

  const { running, outcome, error, runningPlace, resultPlace } = state;
  const at = (place: StatusPlace): DoorTaskState =>
    place === runningPlace || place === resultPlace
      ? { running: place === runningPlace ? running : null, outcome: place === resultPlace ? outcome : null, error: place === resultPlace ? error : null }
      : NOTHING;
  return { running, outcome, error, busy: running !== null, run, report, fail, unsay, at };
}

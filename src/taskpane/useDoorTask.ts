/**
 * Runs one piece of door work at a time, with the state the pane shows while it runs: the
 * task's name, the step text and fraction from the operation's progress callback, and then
 * either the outcome or one clear sentence about what went wrong.
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
}

export interface Outcome {
  text: string;
  /** A second line, e.g. which sheets were written. */
  detail?: string;
}

export interface DoorTaskState {
  running: Running | null;
  outcome: Outcome | null;
  error: string | null;
}

/** The work of a task: gets a progress callback, resolves to what the user is told. */
export type TaskWork = (progress: Progress) => Promise<Outcome | string>;

export interface DoorTask extends DoorTaskState {
  busy: boolean;
  /** Starts the work unless another task is running; resolves when it has finished either way. */
  run(title: string, work: TaskWork): Promise<void>;
  /** Shows an outcome or a problem that did not come from a task (Copy, a stamp that failed). */
  report(outcome: Outcome | string): void;
  fail(sentence: string): void;
}

const clamp = (n: number) => Math.min(1, Math.max(0, n));

export function useDoorTask(): DoorTask {
  const [state, setState] = useState<DoorTaskState>({ running: null, outcome: null, error: null });
  const busyRef = useRef(false);
  const mounted = useRef(false);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (title: string, work: TaskWork) => {
    if (busyRef.current) return;
    busyRef.current = true;
    setState({ running: { title, step: title }, outcome: null, error: null });
    const progress: Progress = (step, fraction) => {
      if (!mounted.current) return;
      setState((s) => (s.running ? { ...s, running: { title, step, fraction: Number.isFinite(fraction) ? clamp(fraction) : undefined } } : s));
    };
    try {
      const result = await work(progress);
      const outcome = typeof result === "string" ? { text: result } : result;
      if (mounted.current) setState({ running: null, outcome, error: null });
    } catch (error) {
      if (mounted.current) setState({ running: null, outcome: null, error: errorSentence(error) });
    } finally {
      busyRef.current = false;
    }
  }, []);

  const report = useCallback((outcome: Outcome | string) => {
    setState((s) => ({ ...s, outcome: typeof outcome === "string" ? { text: outcome } : outcome, error: null }));
  }, []);

  const fail = useCallback((sentence: string) => {
    setState((s) => ({ ...s, outcome: null, error: sentence }));
  }, []);

  return { ...state, busy: state.running !== null, run, report, fail };
}

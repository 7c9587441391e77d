/**
 * Writes as a list of steps, each a few queued Office.js calls with an estimated request
 * size. The runner packs steps into as few syncs as the budget allows (one, for anything
 * under the limit), splits a step that is too big on its own, and when Excel still refuses
 * a request for its size (nothing of it was applied) halves the budget and tries again.
 */
import type { XlContext } from "./excelApi";
import { DEFAULT_WRITE_BUDGET, isPayloadLimitError } from "./payload";

export interface WriteStep {
  /** Estimated request bytes. */
  readonly bytes: number;
  queue(context: XlContext): void;
  /** The same work as two smaller steps, when the step can be divided. */
  split?(): [WriteStep, WriteStep];
}

export interface RunOptions {
  budget?: number;
  /** ExcelApi 1.8: turn this add-in's events off while writing, so its own handlers stay quiet. */
  pauseEvents: boolean;
  /** ExcelApi 1.6: no recalculation between the calls of one batch. */
  pauseCalculation: boolean;
  /** False: a batch Excel refuses for its size is not sent again smaller; the refusal is thrown (nothing of it was applied). */
  retrySmaller?: boolean;
}

/** Greedy packing in order; a step larger than the budget is split where it can be. */
export function packSteps(steps: readonly WriteStep[], budget: number): { steps: WriteStep[]; batches: WriteStep[][] } {
  const flat: WriteStep[] = [];
  // A stack, next step on top: shift/unshift on a long list costs its length each time.
  const pending = [...steps].reverse();
  while (pending.length > 0) {
    const step = pending.pop()!;
    if (step.bytes > budget && step.split) {
      const [first, second] = step.split();
      pending.push(second, first);
    } else flat.push(step);
  }
  const batches: WriteStep[][] = [];
  let current: WriteStep[] = [];
  let bytes = 0;
  for (const step of flat) {
    if (current.length > 0 && bytes + step.bytes > budget) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(step);
    bytes += step.bytes;
  }
  if (current.length > 0) batches.push(current);
  return { steps: flat, batches };
}

const MAX_RETRIES = 8;

/** Runs every step; returns the number of syncs it took. */
export async function runSteps(context: XlContext, steps: readonly WriteStep[], options: RunOptions): Promise<number> {
  if (steps.length === 0) return 0;
  let budget = options.budget ?? DEFAULT_WRITE_BUDGET;
  let { steps: remaining, batches } = packSteps(steps, budget);
  let syncs = 0;
  let retries = 0;
  let eventsOff: boolean = false;
  let finished = false;
  try {
    while (batches.length > 0) {
      const batch = batches[0]!;
      const last = batches.length === 1;
      if (options.pauseCalculation) context.application.suspendApiCalculationUntilNextSync();
      const wereOff: boolean = eventsOff;
      if (options.pauseEvents && !eventsOff) context.runtime.enableEvents = false;
      eventsOff = options.pauseEvents;
      for (const step of batch) step.queue(context);
      if (options.pauseEvents && last) context.runtime.enableEvents = true;
      try {
        syncs++;
        // Each batch is as large as the payload limit allows; under it there is only one.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (error) {
        // A request refused for its size was not applied at all, so it can be sent again smaller.
        if (!isPayloadLimitError(error) || retries >= MAX_RETRIES || options.retrySmaller === false) throw error;
        retries++;
        eventsOff = wereOff;
        budget = Math.max(1, Math.floor(budget / 2));
        ({ steps: remaining, batches } = packSteps(remaining, budget));
        continue;
      }
      eventsOff = options.pauseEvents && !last;
      remaining = remaining.slice(batch.length);
      batches.shift();
    }
    finished = true;
  } finally {
    // A failed batch may have switched events off before it stopped: switch them back on.
    if (options.pauseEvents && !finished) {
      context.runtime.enableEvents = true;
      await context.sync().catch(() => undefined);
    }
  }
  return syncs;
}

/** A step of fixed calls whose size is known up front. */
export function callStep(bytes: number, queue: (context: XlContext) => void): WriteStep {
  return { bytes, queue };
}

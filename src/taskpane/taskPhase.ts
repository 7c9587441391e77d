/** Progress for a task made of several operations, each given its own stretch of one bar. */
import type { Progress } from "../door/operations";

/** The step each operation in src/door/operations reports as it finishes. */
const OPERATION_DONE = "Done";

/**
 * A progress callback for one part of a longer task, mapped onto [from, to] of the bar. The
 * part's own "Done" is not passed on: the bar would say the whole task was done while it goes on.
 */
export function phase(progress: Progress, from: number, to: number): Progress {
  return (step, fraction) => {
    if (step !== OPERATION_DONE) progress(step, from + (to - from) * fraction);
  };
}

/** How a measured time grows with the number of actions, between the two largest sizes measured. */

export interface Growth {
  door: string;
  from: number;
  to: number;
  sizeRatio: number;
  timeRatio: number;
  /** t ∝ n^exponent between the two sizes: 1 is linear. */
  exponent: number;
  verdict: string;
}

export function growthOf(door: string, runs: readonly { actions: number; ms: number }[]): Growth {
  const sorted = [...runs].sort((a, b) => a.actions - b.actions);
  const a = sorted.at(-2)!;
  const b = sorted.at(-1)!;
  const sizeRatio = b.actions / a.actions;
  const timeRatio = b.ms / a.ms;
  const exponent = Math.log(timeRatio) / Math.log(sizeRatio);
  // A tenth either way of linear is within run-to-run noise on a shared machine.
  const verdict = exponent < 0.85 ? "less than linear (fixed costs still show)" : exponent <= 1.15 ? "linear" : "more than linear";
  return { door, from: a.actions, to: b.actions, sizeRatio, timeRatio, exponent, verdict };
}

/** packSteps keeps the plan's order when it splits steps, however deep, and over many steps. */
import { describe, expect, it } from "vitest";
import { packSteps, type WriteStep } from "../../src/excel/writeSteps";

/** A step writing the labels `items`, one byte each, that splits into halves. */
function labelled(items: string[]): WriteStep {
  return {
    bytes: items.length,
    queue: () => undefined,
    split: items.length > 1 ? () => [labelled(items.slice(0, items.length >> 1)), labelled(items.slice(items.length >> 1))] : undefined,
    items,
  } as WriteStep & { items: string[] };
}

const labels = (steps: WriteStep[]) => steps.flatMap((s) => (s as WriteStep & { items: string[] }).items);

describe("packSteps", () => {
  it("splits a step too big for the budget into pieces in their original order", () => {
    const big = Array.from({ length: 37 }, (_, i) => `b${i}`);
    const { steps, batches } = packSteps([labelled(["a"]), labelled(big), labelled(["c", "d"])], 4);
    expect(labels(steps)).toEqual(["a", ...big, "c", "d"]);
    expect(steps.every((s) => s.bytes <= 4)).toBe(true);
    expect(batches.flat()).toEqual(steps);
    expect(batches.every((b) => b.reduce((n, s) => n + s.bytes, 0) <= 4)).toBe(true);
  });

  it("keeps the order over tens of thousands of steps", () => {
    const many = Array.from({ length: 50_000 }, (_, i) => labelled([`s${i}a`, `s${i}b`, `s${i}c`]));
    const { steps } = packSteps(many, 2);
    expect(steps).toHaveLength(100_000);
    expect(labels(steps)).toEqual(Array.from({ length: 50_000 }, (_, i) => [`s${i}a`, `s${i}b`, `s${i}c`]).flat());
  });
});

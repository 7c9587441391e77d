// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { act, renderHook } from "@testing-library/react";
import { useDoorTask } from "../../src/taskpane/useDoorTask";

describe("work the pane starts by itself (keepsResult)", () => {
  it("leaves what the last task asked for said in place when it has nothing to say, and never brings back its own failure", async () => {
    const { result } = renderHook(() => useDoorTask());
    await act(() => result.current.run("Recording", async () => "Recorded a report."));
    await act(() => result.current.run("Reading", async () => null, undefined, { keepsResult: true }));
    expect([result.current.outcome?.text, result.current.error]).toEqual(["Recorded a report.", null]);
    // A reading that fails says so beside the recording's outcome, which is still true; the next, which succeeds, leaves the outcome alone, without that failure.
    const shown = result.current.outcome;
    await act(() => result.current.run("Reading", async () => Promise.reject(new Error("The workbook could not be read.")), undefined, { keepsResult: true }));
    expect([result.current.outcome, result.current.error]).toEqual([shown, "The workbook could not be read."]);
    // The very outcome, not a copy: the status area leaves it in its live region, not read out again.
    expect(result.current.outcome).toBe(shown);
    await act(() => result.current.run("Reading", async () => null, undefined, { keepsResult: true }));
    expect([result.current.outcome?.text, result.current.error]).toEqual(["Recorded a report.", null]);
    // A task the user asks for that has nothing to say clears it, as ever.
    await act(() => result.current.run("Deleting", async () => null));
    expect([result.current.outcome, result.current.error]).toEqual([null, null]);
  });

  it("shows a failure that came after the work was done beside the work's outcome", async () => {
    const { result } = renderHook(() => useDoorTask());
    await act(() => result.current.run("Fixing", async () => ({ text: "Changed 1 rating: row 8 ‘b’ → ‘B’.", afterwards: "The workbook could not be read again." })));
    expect([result.current.outcome, result.current.error]).toEqual([{ text: "Changed 1 rating: row 8 ‘b’ → ‘B’." }, "The workbook could not be read again."]);
  });

  it("leaves what is on show in place while it runs, marked as the pane's own work", async () => {
    const { result } = renderHook(() => useDoorTask());
    await act(() => result.current.run("Recording", async () => "Recorded a report."));
    const shown = result.current.outcome;
    let finish: () => void = () => undefined;
    let running: Promise<void> = Promise.resolve();
    act(() => {
      running = result.current.run("Reading", () => new Promise<null>((resolve) => (finish = () => resolve(null))), undefined, { keepsResult: true });
    });
    expect(result.current.running).toMatchObject({ title: "Reading", background: true });
    // The very outcome, not a copy: the status area leaves it as it is in its live region.
    expect(result.current.outcome).toBe(shown);
    await act(async () => {
      finish();
      await running;
    });
    expect([result.current.running, result.current.outcome]).toEqual([null, shown]);
    // A task the user asks for shows its own progress alone.
    let finishAsked: () => void = () => undefined;
    act(() => {
      running = result.current.run("Deleting", () => new Promise<null>((resolve) => (finishAsked = () => resolve(null))));
    });
    expect(result.current.running?.background).toBeUndefined();
    expect(result.current.outcome).toBeNull();
    await act(async () => {
      finishAsked();
      await running;
    });
  });
});

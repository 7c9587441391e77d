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
    // A reading that fails says so; the next, which succeeds, puts back the recording's outcome, not that failure.
    await act(() => result.current.run("Reading", async () => Promise.reject(new Error("The workbook could not be read.")), undefined, { keepsResult: true }));
    expect(result.current.error).toBe("The workbook could not be read.");
    await act(() => result.current.run("Reading", async () => null, undefined, { keepsResult: true }));
    expect([result.current.outcome?.text, result.current.error]).toEqual(["Recorded a report.", null]);
    // A task the user asks for that has nothing to say clears it, as ever.
    await act(() => result.current.run("Deleting", async () => null));
    expect([result.current.outcome, result.current.error]).toEqual([null, null]);
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

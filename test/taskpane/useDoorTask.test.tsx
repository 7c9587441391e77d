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
});

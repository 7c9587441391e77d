// @vitest-environment jsdom
/** What a screen reader hears of a task's progress: the status region is read whole at each step. */
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { StatusArea } from "../../src/taskpane/StatusArea";
import { analyse } from "../../src/door/operations";
import { referenceDoor } from "./paneHelpers";

afterEach(cleanup);

const statusFor = (title: string, step: string) => {
  render(
    <FluentProvider theme={webLightTheme}>
      <StatusArea running={{ title, step }} outcome={null} error={null} />
    </FluentProvider>,
  );
  return screen.getByRole("status").textContent;
};

describe("a task's progress", () => {
  it("says the task's title once as it starts, not twice", () => {
    expect(statusFor("Checking ratings", "Checking ratings")).toBe("Checking ratings");
  });

  it("says the title and then the step under way", () => {
    expect(statusFor("Highlighting stale and overdue actions", "Reading the workbook")).toBe("Highlighting stale and overdue actions" + "Reading the workbook");
  });

  it("names the reading's steps for what they do, not 'Checking ratings' whatever was pressed", async () => {
    const steps: string[] = [];
    await analyse(referenceDoor(), (step) => steps.push(step));
    expect([...new Set(steps)]).toEqual(["Reading the workbook", "Counting the actions"]);
  });
});

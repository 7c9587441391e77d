// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { TrendTable } from "../../src/taskpane/TrendTable";
import type { Trend, TrendPoint } from "../../src/core/history/trend";

afterEach(cleanup);

const point = (date: string, counts: Record<string, number>): TrendPoint => ({ date, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) });

/** Two reports; Shay and Ashley, whose learning the minutes say was not yet ratified, enters the plan at the second. */
const trend: Trend = {
  ratings: ["Blue", "Green", "Amber", "Red", "Unrated", "Invalid"],
  totals: [point("2021-11-02", { Blue: 11, Amber: 3 }), point("2022-02-01", { Blue: 13, Amber: 2, Green: 1 })],
  byReview: [
    { name: "Frankie", points: [point("2021-11-02", { Blue: 11, Amber: 3 }), point("2022-02-01", { Blue: 13, Amber: 2 })], formerNames: [] },
    { name: "Shay and Ashley", points: [point("2021-11-02", {}), point("2022-02-01", { Green: 1 })], formerNames: [] },
  ],
  earlierRoundsLeftOut: [],
  recordedLate: [],
};

describe("the trend of one review", () => {
  it("shows dashes, not noughts, at a report before the review was in the plan", async () => {
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <TrendTable trend={trend} newest={undefined} />
      </FluentProvider>,
    );
    await user.selectOptions(screen.getByRole("combobox"), "Shay and Ashley");
    const rows = within(screen.getByRole("table")).getAllByRole("row");
    const cells = (date: string) => within(rows.find((r) => r.textContent?.startsWith(date))!).getAllByRole("cell").map((c) => c.textContent);
    expect(cells("2 November 2021")).toEqual(["–", "–", "–", "–"]);
    expect(cells("1 February 2022")).toEqual(["1", "0", "1", "0"]);
  });
});

describe("the notes under one review's trend", () => {
  it("say why its dashes are there, as the RAG History sheet does", async () => {
    const user = userEvent.setup();
    const hidden: TrendPoint = { ...point("2021-11-02", {}), leftOut: { reason: "hiddenSheet", sheets: ["Shay and Ashley"] } };
    const withSheet: Trend = { ...trend, byReview: [trend.byReview[0]!, { ...trend.byReview[1]!, points: [hidden, trend.byReview[1]!.points[1]!] }] };
    render(
      <FluentProvider theme={webLightTheme}>
        <TrendTable trend={withSheet} newest={undefined} />
      </FluentProvider>,
    );
    expect(screen.queryByText(/A dash/)).toBeNull();
    await user.selectOptions(screen.getByRole("combobox"), "Shay and Ashley");
    expect(screen.getByText("A dash at the report of 2 November 2021 means this review was not counted at that report: its sheet “Shay and Ashley” was hidden.")).toBeTruthy();
  });

  it("say a dash before the review's first report marks it not yet in the plan", async () => {
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <TrendTable trend={trend} newest={undefined} />
      </FluentProvider>,
    );
    await user.selectOptions(screen.getByRole("combobox"), "Shay and Ashley");
    expect(screen.getByText("A dash marks a report at which this review was not yet in the plan.")).toBeTruthy();
  });

  it("name the reports a review's middle name was used at, when it was renamed back", async () => {
    const user = userEvent.setup();
    const dates = ["2021-11-02", "2022-02-01", "2022-05-03"];
    const frankie = dates.map((d) => point(d, { Blue: 11, Amber: 3 }));
    const renamedBack: Trend = { ...trend, byReview: [{ name: "Frankie", points: frankie, formerNames: [{ name: "Frankie CSPR", from: "2022-02-01", until: "2022-02-01" }] }, trend.byReview[1]!] };
    render(
      <FluentProvider theme={webLightTheme}>
        <TrendTable trend={renamedBack} newest={undefined} />
      </FluentProvider>,
    );
    await user.selectOptions(screen.getByRole("combobox"), "Frankie");
    expect(screen.getByText("Named “Frankie CSPR” at the report of 1 February 2022.")).toBeTruthy();
  });
});

// @vitest-environment jsdom
/** The list of recorded reports gives each report's counts as it recorded them, as the command line's reports does. */
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { SnapshotList } from "../../src/taskpane/SnapshotList";
import { trend } from "../../src/core/history/trend";
import { recordSnapshot } from "../../src/core/history/record";
import { analyseWorkbook } from "../../src/core/analyse";
import { settingsSchema } from "../../src/core/settings";
import { CASE_HEADER, THEN, TODAY, caseRows, meta, sheetOf } from "../helpers/caseReviewComparison";

afterEach(cleanup);

describe("a report that counted an earlier round's sheet beside the latest", () => {
  it("is listed with the counts it recorded, though RAG History leaves that round out", () => {
    const sheets = ["Q3 2025-26", "Q4 2025-26"].map((name) => sheetOf({ name, header: CASE_HEADER, rows: caseRows() }));
    const report = recordSnapshot(analyseWorkbook({ sheets }, settingsSchema.parse({ asOf: THEN, trackerSheets: ["Q3 2025-26", "Q4 2025-26"] }), TODAY), meta(THEN));
    const drawn = trend([report]);
    expect(drawn.totals[0]!.total).toBe(caseRows().length);
    render(
      <FluentProvider theme={webLightTheme}>
        <SnapshotList snapshots={[report]} unreadable={[]} reasons={{}} releases={{}} trend={drawn} busy={false} onDelete={() => undefined} onRemoveWording={() => undefined} />
      </FluentProvider>,
    );
    expect(screen.getByText(`${2 * caseRows().length} in all`)).toBeTruthy();
  });
});

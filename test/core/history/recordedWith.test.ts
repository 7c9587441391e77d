/**
 * Each report keeps the version of RAG Tracker that recorded it, so a report this version cannot read
 * names the version to update to; a report recorded before the version was kept reads as it always did.
 * On the rows of the peer review action plan.
 */
import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "../../../src/core/analyse";
import { settingsSchema } from "../../../src/core/settings";
import { NewerReportError, recordSnapshot, storedSnapshots, withSnapshot } from "../../../src/core/history/record";
import { readSnapshot, sealSnapshot, snapshotSchema, type Snapshot } from "../../../src/core/history/snapshot";
import { newerReportLine } from "../../../src/core/history/recordedWith";
import { reportList } from "../../../src/core/history/reportList";
import { peerReviewSheet } from "../../fixtures/peerReview";

const DATE = "2022-02-01";
const LABEL = "1 February 2022";

function recorded(appVersion?: string): Snapshot {
  const analysis = analyseWorkbook({ sheets: [peerReviewSheet()] }, settingsSchema.parse({ asOf: DATE }), "2022-06-01");
  return recordSnapshot(analysis, { date: DATE, recordedAt: `${DATE}T09:00:00Z`, recordedBy: "Business Manager", ...(appVersion ? { appVersion } : {}) });
}

/** As a later RAG Tracker might store it: a format version this one does not know, and the version that recorded it. */
function laterReport(appVersion: unknown): string {
  const { seal: _seal, ...unsealed } = recorded();
  return JSON.stringify(sealSnapshot({ ...unsealed, version: 3, appVersion } as unknown as Omit<Snapshot, "seal">));
}

const TODAY_WORDING = `The report recorded for ${LABEL} was made by a newer version of RAG Tracker, so only that version can read it; update RAG Tracker to use it.`;
const NAMED = `The report recorded for ${LABEL} was made by RAG Tracker 0.3.0, which this version (0.2.0) cannot read; update RAG Tracker to 0.3.0 or later to use it.`;

describe("the version a report was recorded by", () => {
  it("is kept in the report and read back through the schema, sealed with it", () => {
    const report = recorded("0.2.0");
    expect(report.appVersion).toBe("0.2.0");
    const json = JSON.stringify(report);
    expect(snapshotSchema.parse(JSON.parse(json)).appVersion).toBe("0.2.0");
    expect(readSnapshot(json, LABEL, "0.2.0")).toEqual({ ok: true, snapshot: report });
    // Changed after sealing, it is an altered report.
    expect(readSnapshot(json.replace('"appVersion":"0.2.0"', '"appVersion":"0.2.1"'), LABEL, "0.2.0")).toMatchObject({ ok: false, reason: "altered" });
  });

  it("is absent from a report recorded without it, which reads, and is sealed, as before", () => {
    const report = recorded();
    expect("appVersion" in report).toBe(false);
    const json = JSON.stringify(report);
    expect(snapshotSchema.parse(JSON.parse(json))).not.toHaveProperty("appVersion");
    expect(readSnapshot(json, LABEL, "0.2.0")).toEqual({ ok: true, snapshot: report });
    // The seal of the same report with the version is another: the version is part of what is sealed.
    expect(recorded("0.2.0").seal).not.toBe(report.seal);
  });
});

describe("a report a later version recorded", () => {
  it("names that version and this one, and what to update to", () => {
    expect(readSnapshot(laterReport("0.3.0"), LABEL, "0.2.0")).toEqual({ ok: false, reason: "newer", message: NAMED, release: { recordedWith: "0.3.0", thisVersion: "0.2.0" } });
    // Found newer by a field this version does not know, sealed with it, rather than by its format version.
    const { seal: _seal, ...unsealed } = recorded("0.3.0");
    const extraField = sealSnapshot({ ...unsealed, reportTitle: "Report to Children's Services Overview and Scrutiny Committee" } as typeof unsealed);
    expect(readSnapshot(JSON.stringify(extraField), LABEL, "0.2.0")).toMatchObject({ reason: "newer", message: NAMED });
    // Compared as numbers, not as text: 0.10.0 is later than 0.9.0.
    expect(readSnapshot(laterReport("0.10.0"), LABEL, "0.9.0")).toMatchObject({ message: expect.stringContaining("made by RAG Tracker 0.10.0, which this version (0.9.0) cannot read") });
  });

  it("keeps today's wording where it names no version, none that reads as one, or none later than this one", () => {
    expect(readSnapshot(laterReport(undefined), LABEL, "0.2.0")).toEqual({ ok: false, reason: "newer", message: TODAY_WORDING });
    for (const odd of ["", "latest", "0.3", 3, "0.3.0; delete every report", `0.3.0-${"x".repeat(60)}`, "0.2.0", "0.1.0", "0.2.0-beta.1"]) {
      expect(readSnapshot(laterReport(odd), LABEL, "0.2.0")).toEqual({ ok: false, reason: "newer", message: TODAY_WORDING });
    }
    // Where the caller does not say which version it is.
    expect(readSnapshot(laterReport("0.3.0"), LABEL)).toEqual({ ok: false, reason: "newer", message: TODAY_WORDING });
  });

  it("is listed with the versions, and never replaced: the refusal names them too", () => {
    const json = laterReport("0.3.0");
    const records = [{ kind: "snapshot", id: DATE, json }];
    const stored = storedSnapshots(records, (text, label) => readSnapshot(text, label, "0.2.0"));
    expect(stored.problems).toEqual([NAMED]);
    expect(stored.releases).toEqual({ [DATE]: { recordedWith: "0.3.0", thisVersion: "0.2.0" } });
    expect(newerReportLine(stored.releases[DATE]!)).toBe("Made by RAG Tracker 0.3.0, which this version (0.2.0) cannot read: update RAG Tracker to 0.3.0 or later to use it.");
    expect(() => withSnapshot(records, recorded("0.2.0"))).toThrow(NewerReportError);
    expect(() => withSnapshot(records, recorded("0.2.0"))).toThrow(
      `The report recorded for ${LABEL} was made by RAG Tracker 0.3.0, which this version (0.2.0) cannot replace; update RAG Tracker to 0.3.0 or later to record that date again, or record this report under another date.`,
    );
    // A report being recorded that names no version refuses in today's words.
    expect(() => withSnapshot(records, recorded())).toThrow(
      `The report recorded for ${LABEL} was made by a newer version of RAG Tracker, so this version cannot replace it; update RAG Tracker to record that date again, or record this report under another date.`,
    );
  });
});

describe("the list of recorded reports as JSON", () => {
  const at = (date: string, appVersion?: string) => {
    const { seal: _seal, ...unsealed } = recorded(appVersion);
    return { kind: "snapshot", id: date, json: JSON.stringify(sealSnapshot({ ...unsealed, date })) };
  };
  const later = (appVersion: unknown) => ({ kind: "snapshot", id: DATE, json: laterReport(appVersion) });
  const listed = (records: { kind: string; id: string; json: string }[]) =>
    reportList(storedSnapshots(records, (text, label) => readSnapshot(text, label, "0.2.0"))).reports.map((r) => [r.date, r.readable, r.appVersion]);

  it("names the version that recorded each report: this one's, an earlier one's, and a later one this version cannot read", () => {
    expect(listed([at("2021-07-13", "0.1.0"), at("2021-11-01", "0.2.0"), later("0.3.0")])).toEqual([
      [DATE, false, "0.3.0"],
      ["2021-11-01", true, "0.2.0"],
      ["2021-07-13", true, "0.1.0"],
    ]);
  });

  it("leaves it out where the report names none, or none the sentence would name, rather than make one up", () => {
    const { reports } = reportList(storedSnapshots([at("2021-07-13"), later(undefined)], (text, label) => readSnapshot(text, label, "0.2.0")));
    expect(reports.map((r) => "appVersion" in r)).toEqual([false, false]);
    expect(JSON.stringify(reports)).not.toContain("appVersion");
    // A later format naming text that is no later release: as its sentence, no version is named.
    expect(listed([later("latest")])).toEqual([[DATE, false, undefined]]);
    // Damaged or changed by hand: nothing in it is trusted.
    const altered = at("2021-11-01", "0.2.0");
    expect(listed([{ ...altered, json: altered.json.replace('"appVersion":"0.2.0"', '"appVersion":"0.2.1"') }, { kind: "snapshot", id: "2021-07-13", json: "{" }])).toEqual([
      ["2021-11-01", false, undefined],
      ["2021-07-13", false, undefined],
    ]);
  });
});

/** The Committee Pack's Due for a time scale typed as text: the date read only where the text is one date in digits. */
import { describe, expect, it } from "vitest";
import { dueInWords } from "../../../src/core/history/dueInWords";

const shown = (dueText: string, due: string | null) => {
  const cell = dueInWords(dueText, due);
  return cell.kind === "text" ? cell.value : cell.kind;
};

describe("the Due the Committee Pack writes for a time scale typed as text", () => {
  it("is the date read, month spelled, for one date in digits, either way round or with a two-figure year", () => {
    expect(shown("3/4/2022", "2022-03-04")).toBe("4 Mar 2022");
    expect(shown("31/03/2022", "2022-03-31")).toBe("31 Mar 2022");
    expect(shown(" 4/3/22 ", "2022-03-04")).toBe("4 Mar 2022");
    expect(shown("31.03.2022", "2022-03-31")).toBe("31 Mar 2022");
  });

  it("is the plan's text, with the date read on a line under it, where the text holds a day and month in digits among more", () => {
    expect(shown("31/3/2022-30/6/2022", "2022-06-30")).toBe("31/3/2022-30/6/2022\n(read as 30 Jun 2022)");
    expect(shown("Dec 2021 (rescheduled 14/2)", "2021-12-31")).toBe("Dec 2021 (rescheduled 14/2)\n(read as 31 Dec 2021)");
    // A day and month with no year: the year is the reading's, not the plan's.
    expect(shown("3/4", "2022-04-03")).toBe("3/4\n(read as 3 Apr 2022)");
  });

  it("is the plan's text alone where it holds no day and month in digits: a year, a financial year, a year-first date, words", () => {
    for (const [said, due] of [["Q3 21/22", "2021-12-31"], ["2021/22", "2022-03-31"], ["2022-03-04", "2022-03-04"], ["Phase 1.2 Dec 2021", "2021-12-31"], ["4 March 2022", "2022-03-04"], ["September 2021", "2021-09-30"]] as const) {
      expect(shown(said, due), said).toBe(said);
    }
  });

  it("is the plan's text where no date was read from it", () => {
    expect(shown("TBC", null)).toBe("TBC");
    expect(shown("3/4/2022", null)).toBe("3/4/2022");
  });
});
